// Arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the root at
// the bottom of the stack, and its static and dynamic oracles (Goldberg & Nivre 2013).
//
// Words are numbered 1..n; 0 is the artificial root. Moves:
//   SHIFT  push the buffer front b0;
//   LEFT   b0 becomes the head of s0, pop s0;
//   RIGHT  s1 becomes the head of s0, pop s0.
// RIGHT onto the root is allowed only as the last move (buffer empty, stack = [0, x]),
// so every tree has exactly one word attached to the root. Each word is shifted once and
// popped once: 2n moves, linear time. Trees are projective; non-projective training trees
// are lifted first (projectivize()).
// Thread safety: plain values.
#pragma once

#include <cstdint>
#include <vector>

namespace kg::extract::parse {

enum Move : std::uint8_t { kShift = 0, kLeft = 1, kRight = 2 };

class State {
 public:
  explicit State(int n = 0) { reset(n); }
  void reset(int n);

  int size() const { return n_; }
  bool terminal() const { return buffer_ > n_ && stack_.size() == 1; }
  bool can_shift() const { return buffer_ <= n_; }
  bool can_left() const { return stack_.size() >= 2 && buffer_ <= n_; }
  bool can_right() const {
    return stack_.size() >= 2 && (stack_[stack_.size() - 2] != 0 || (buffer_ > n_ && stack_.size() == 2));
  }
  bool can(Move m) const { return m == kShift ? can_shift() : m == kLeft ? can_left() : can_right(); }
  // Precondition: can(m).
  void apply(Move m, std::uint8_t label);

  // k-th stack item from the top (0 = s0), or -1.
  int s(std::size_t k) const { return k < stack_.size() ? stack_[stack_.size() - 1 - k] : -1; }
  // k-th buffer item (0 = b0), or -1.
  int b(int k) const { return buffer_ + k <= n_ ? buffer_ + k : -1; }
  int buffer_front() const { return buffer_; }
  const std::vector<int>& stack() const { return stack_; }

  int head(int i) const { return head_[static_cast<std::size_t>(i)]; }
  std::uint8_t label(int i) const { return label_[static_cast<std::size_t>(i)]; }
  int left1(int i) const { return lc1_[static_cast<std::size_t>(i)]; }   // leftmost child or -1
  int left2(int i) const { return lc2_[static_cast<std::size_t>(i)]; }   // second leftmost
  int right1(int i) const { return rc1_[static_cast<std::size_t>(i)]; }  // rightmost
  int right2(int i) const { return rc2_[static_cast<std::size_t>(i)]; }
  int n_left(int i) const { return nl_[static_cast<std::size_t>(i)]; }
  int n_right(int i) const { return nr_[static_cast<std::size_t>(i)]; }
  std::uint64_t left_labels(int i) const { return lset_[static_cast<std::size_t>(i)]; }  // bit per label
  std::uint64_t right_labels(int i) const { return rset_[static_cast<std::size_t>(i)]; }

 private:
  void add_arc(int h, int d, std::uint8_t label);
  int n_ = 0;
  int buffer_ = 1;
  std::vector<int> stack_;
  std::vector<int> head_, lc1_, lc2_, rc1_, rc2_, nl_, nr_;
  std::vector<std::uint8_t> label_;
  std::vector<std::uint64_t> lset_, rset_;
};

// `gold` holds the gold head of each word: gold[i] for i in 1..n, gold[0] unused (-1).

// The move that keeps a projective gold tree reachable, preferring arcs to SHIFT.
Move static_oracle(const State& state, const std::vector<int>& gold);

// Dynamic oracle: for each of SHIFT, LEFT, RIGHT the number of gold arcs still reachable
// before the move that become unreachable after it (exact for projective gold trees).
// Illegal moves get a large cost.
void move_costs(const State& state, const std::vector<int>& gold, int cost[3]);

bool is_projective(const std::vector<int>& gold);

// Lifts the shortest non-projective arc (its dependent gets its head's head) until the
// tree is projective; labels are kept. Returns the number of lifts.
int projectivize(std::vector<int>& gold);

}  // namespace kg::extract::parse
