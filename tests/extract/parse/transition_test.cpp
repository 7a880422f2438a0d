#include "extract/parse/transition.h"

#include <doctest/doctest.h>

#include <random>

#include "tests/extract/tiny_treebank.h"

using namespace kg::extract;
using namespace kg::extract::parse;

namespace {

// Gold heads (1-based, gold[0] = -1) of every sentence of the tiny treebank.
std::vector<std::vector<int>> tiny_trees() {
  std::vector<std::vector<int>> out;
  for (const auto& d : kg::test::tiny_treebank()) {
    for (const auto& s : d.sentences) {
      std::vector<int> g(s.end_token - s.first_token + 1, -1);
      for (std::uint32_t i = s.first_token; i < s.end_token; ++i) g[i - s.first_token + 1] = d.tokens[i].head + 1;
      out.push_back(std::move(g));
    }
  }
  return out;
}

// A random projective tree over n words: each span picks a head, its left and right parts
// become subtrees attached to it.
void build(int lo, int hi, int parent, std::vector<int>& g, std::mt19937& rng) {
  if (lo > hi) return;
  const int h = std::uniform_int_distribution<int>(lo, hi)(rng);
  g[static_cast<std::size_t>(h)] = parent;
  // Split each side into one or two sibling subtrees.
  auto side = [&](int a, int b) {
    if (a > b) return;
    const int cut = std::uniform_int_distribution<int>(a, b)(rng);
    build(a, cut, h, g, rng);
    build(cut + 1, b, h, g, rng);
  };
  side(lo, h - 1);
  side(h + 1, hi);
}

std::vector<int> random_projective(int n, std::mt19937& rng) {
  std::vector<int> g(static_cast<std::size_t>(n) + 1, -1);
  build(1, n, 0, g, rng);
  return g;
}

std::vector<int> run_static(const std::vector<int>& g) {
  State st(static_cast<int>(g.size()) - 1);
  int guard = 0;
  while (!st.terminal() && guard++ < 10000) st.apply(static_oracle(st, g), 1);
  std::vector<int> out(g.size(), -1);
  for (int i = 1; i < static_cast<int>(g.size()); ++i) out[static_cast<std::size_t>(i)] = st.head(i);
  return out;
}

}  // namespace

TEST_CASE("the tiny treebank has two non-projective trees and projectivize lifts them") {
  auto trees = tiny_trees();
  REQUIRE(trees.size() == 12);
  int nonprojective = 0;
  for (auto g : trees) {
    if (is_projective(g)) {
      CHECK(projectivize(g) == 0);
      continue;
    }
    ++nonprojective;
    const auto before = g;
    CHECK(projectivize(g) >= 1);
    CHECK(is_projective(g));
    CHECK(run_static(g) == g);  // the lifted tree is reachable
    int changed = 0;
    for (std::size_t i = 1; i < g.size(); ++i) changed += g[i] != before[i] ? 1 : 0;
    CHECK(changed == 1);
  }
  CHECK(nonprojective == 2);
}

TEST_CASE("lifting a crossing arc: 'A hearing is scheduled on the issue today'") {
  // hearing(2) <- issue(7) crosses is(3) and scheduled(4); lifted to scheduled.
  std::vector<int> g = {-1, 2, 4, 4, 0, 7, 7, 2, 4, 4};
  CHECK_FALSE(is_projective(g));
  CHECK(projectivize(g) == 1);
  CHECK(g[7] == 4);
}

TEST_CASE("the static oracle rebuilds every projective gold tree") {
  for (auto g : tiny_trees()) {
    projectivize(g);
    CHECK(run_static(g) == g);
  }
  std::mt19937 rng(7);
  for (int k = 0; k < 500; ++k) {
    const int n = 1 + k % 40;
    const auto g = random_projective(n, rng);
    REQUIRE(is_projective(g));
    CHECK(run_static(g) == g);
  }
}

TEST_CASE("dynamic oracle: zero-cost moves rebuild the tree, and costs add up to the errors") {
  std::mt19937 rng(11);
  for (int k = 0; k < 300; ++k) {
    const int n = 1 + k % 30;
    const auto g = random_projective(n, rng);
    // Following only zero-cost moves gives the gold tree.
    State st(n);
    int cost[3];
    while (!st.terminal()) {
      move_costs(st, g, cost);
      Move m = kShift;
      bool found = false;
      for (Move c : {kLeft, kRight, kShift}) {
        if (st.can(c) && cost[c] == 0) {
          m = c;
          found = true;
          break;
        }
      }
      REQUIRE(found);
      st.apply(m, 1);
    }
    for (int i = 1; i <= n; ++i) CHECK(st.head(i) == g[static_cast<std::size_t>(i)]);
    // Random legal moves: the summed costs equal the number of wrong heads at the end.
    State rs(n);
    int total = 0;
    while (!rs.terminal()) {
      move_costs(rs, g, cost);
      std::vector<Move> legal;
      for (Move c : {kShift, kLeft, kRight}) {
        if (rs.can(c)) legal.push_back(c);
      }
      REQUIRE_FALSE(legal.empty());
      const Move m = legal[std::uniform_int_distribution<std::size_t>(0, legal.size() - 1)(rng)];
      total += cost[m];
      rs.apply(m, 1);
    }
    int wrong = 0;
    for (int i = 1; i <= n; ++i) wrong += rs.head(i) != g[static_cast<std::size_t>(i)] ? 1 : 0;
    CHECK(total == wrong);
  }
}

TEST_CASE("every complete parse is a tree with exactly one word on the root") {
  std::mt19937 rng(3);
  for (int k = 0; k < 200; ++k) {
    const int n = 1 + k % 25;
    State st(n);
    while (!st.terminal()) {
      std::vector<Move> legal;
      for (Move c : {kShift, kLeft, kRight}) {
        if (st.can(c)) legal.push_back(c);
      }
      REQUIRE_FALSE(legal.empty());
      st.apply(legal[std::uniform_int_distribution<std::size_t>(0, legal.size() - 1)(rng)], 1);
    }
    int roots = 0;
    for (int i = 1; i <= n; ++i) {
      CHECK(st.head(i) >= 0);
      roots += st.head(i) == 0 ? 1 : 0;
      int a = i, steps = 0;
      while (a != 0 && steps++ <= n) a = st.head(a);
      CHECK(a == 0);  // no cycle
    }
    CHECK(roots == 1);
  }
}
