#include "extract/parse/transition.h"

#include <algorithm>
#include <cstdlib>

namespace kg::extract::parse {

void State::reset(int n) {
  n_ = n;
  buffer_ = 1;
  stack_.clear();
  stack_.reserve(static_cast<std::size_t>(n) + 1);
  stack_.push_back(0);
  const auto m = static_cast<std::size_t>(n) + 1;
  head_.assign(m, -1);
  lc1_.assign(m, -1);
  lc2_.assign(m, -1);
  rc1_.assign(m, -1);
  rc2_.assign(m, -1);
  nl_.assign(m, 0);
  nr_.assign(m, 0);
  label_.assign(m, 0);
  lset_.assign(m, 0);
  rset_.assign(m, 0);
}

void State::add_arc(int h, int d, std::uint8_t label) {
  const auto hi = static_cast<std::size_t>(h);
  const auto di = static_cast<std::size_t>(d);
  head_[di] = h;
  label_[di] = label;
  const std::uint64_t bit = std::uint64_t{1} << (label & 63u);
  if (d < h) {
    if (lc1_[hi] == -1 || d < lc1_[hi]) {
      lc2_[hi] = lc1_[hi];
      lc1_[hi] = d;
    } else if (lc2_[hi] == -1 || d < lc2_[hi]) {
      lc2_[hi] = d;
    }
    ++nl_[hi];
    lset_[hi] |= bit;
  } else {
    if (rc1_[hi] == -1 || d > rc1_[hi]) {
      rc2_[hi] = rc1_[hi];
      rc1_[hi] = d;
    } else if (rc2_[hi] == -1 || d > rc2_[hi]) {
      rc2_[hi] = d;
    }
    ++nr_[hi];
    rset_[hi] |= bit;
  }
}

void State::apply(Move m, std::uint8_t label) {
  switch (m) {
    case kShift:
      stack_.push_back(buffer_++);
      break;
    case kLeft:
      add_arc(buffer_, stack_.back(), label);
      stack_.pop_back();
      break;
    case kRight:
      add_arc(stack_[stack_.size() - 2], stack_.back(), label);
      stack_.pop_back();
      break;
  }
}

Move static_oracle(const State& st, const std::vector<int>& gold) {
  const int s0 = st.s(0);
  const int s1 = st.s(1);
  const int b0 = st.b(0);
  if (s0 > 0) {
    // Every gold dependent of s0 attached?
    int want = 0;
    for (int i = 1; i <= st.size(); ++i) want += gold[static_cast<std::size_t>(i)] == s0 ? 1 : 0;
    const bool complete = st.n_left(s0) + st.n_right(s0) == want;
    if (complete && b0 > 0 && gold[static_cast<std::size_t>(s0)] == b0 && st.can_left()) return kLeft;
    if (complete && s1 >= 0 && gold[static_cast<std::size_t>(s0)] == s1 && st.can_right()) return kRight;
  }
  return st.can_shift() ? kShift : kRight;
}

void move_costs(const State& st, const std::vector<int>& gold, int cost[3]) {
  constexpr int kIllegal = 1 << 20;
  const int s0 = st.s(0);
  const int s1 = st.s(1);
  const int b0 = st.b(0);
  const int n = st.size();
  auto g = [&](int i) { return gold[static_cast<std::size_t>(i)]; };
  // Dependents of s0 still in the buffer.
  int s0_deps_in_buffer = 0;
  if (s0 > 0 && b0 > 0) {
    for (int i = b0; i <= n; ++i) s0_deps_in_buffer += g(i) == s0 ? 1 : 0;
  }
  cost[kShift] = kIllegal;
  cost[kLeft] = kIllegal;
  cost[kRight] = kIllegal;
  if (st.can_shift()) {
    int c = 0;
    const auto& stack = st.stack();
    for (std::size_t k = 0; k < stack.size(); ++k) {
      const int x = stack[k];
      if (x != s0 && g(b0) == x) ++c;
      if (x > 0 && g(x) == b0) ++c;
    }
    cost[kShift] = c;
  }
  if (st.can_left()) {
    int c = s0_deps_in_buffer;
    const int h = g(s0);
    if (h != b0 && (h == s1 || h > b0)) ++c;
    cost[kLeft] = c;
  }
  if (st.can_right()) {
    int c = s0_deps_in_buffer;
    const int h = g(s0);
    if (h != s1 && b0 > 0 && h >= b0) ++c;
    cost[kRight] = c;
  }
}

namespace {

// True when h dominates every word strictly between h and d.
bool arc_projective(const std::vector<int>& gold, int h, int d) {
  const int lo = std::min(h, d) + 1;
  const int hi = std::max(h, d);
  for (int i = lo; i < hi; ++i) {
    int a = i;
    int guard = static_cast<int>(gold.size());
    while (a != h && a > 0 && guard-- > 0) a = gold[static_cast<std::size_t>(a)];
    if (a != h && h != 0) return false;
  }
  return true;
}

}  // namespace

bool is_projective(const std::vector<int>& gold) {
  for (std::size_t d = 1; d < gold.size(); ++d) {
    if (!arc_projective(gold, gold[d], static_cast<int>(d))) return false;
  }
  return true;
}

int projectivize(std::vector<int>& gold) {
  int lifts = 0;
  for (;;) {
    int best = -1;
    int best_len = 0;
    for (std::size_t d = 1; d < gold.size(); ++d) {
      const int h = gold[d];
      if (h <= 0) continue;
      const int len = std::abs(h - static_cast<int>(d));
      if ((best == -1 || len < best_len) && !arc_projective(gold, h, static_cast<int>(d))) {
        best = static_cast<int>(d);
        best_len = len;
      }
    }
    if (best == -1) return lifts;
    gold[static_cast<std::size_t>(best)] = gold[static_cast<std::size_t>(gold[static_cast<std::size_t>(best)])];
    ++lifts;
  }
}

}  // namespace kg::extract::parse
