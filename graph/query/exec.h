// Internal to the query executor: scopes, evaluation, binding, matching, projection.
#pragma once

#include <chrono>
#include <cstdio>
#include <cstdint>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "graph/query/ast.h"
#include "graph/query/model.h"
#include "graph/query/query.h"

namespace kg::graph::query::detail {

// A run-time query error (type error, limit exceeded); becomes Status kInvalidArgument.
struct QueryFailure : std::runtime_error {
  using std::runtime_error::runtime_error;
};
[[noreturn]] void fail_at(const Pos& p, const std::string& msg);

enum class VarKind : unsigned char { kValue, kNode, kRel, kRelList };

struct ScopeVar {
  std::string name;
  VarKind kind = VarKind::kValue;
  bool hidden = false;  // anonymous pattern element: not in RETURN *
};
using Scope = std::vector<ScopeVar>;
using Row = std::vector<Value>;
using Table = std::vector<Row>;

// Slot of the variable `name` in scope, or -1.
int find_var(const Scope& s, const std::string& name);

struct EvalContext {
  const GraphModel& m;
  const Row* row = nullptr;
  const std::vector<Value>* aggregates = nullptr;  // values of Expr::aggregate indices
};

Value eval(const Expr& e, const EvalContext& c);
// Three-valued truth of a predicate: true only for boolean true; null counts as false;
// a non-boolean value is a type error.
bool truthy(const Expr& e, const EvalContext& c);
// Scalar function `e.name` on evaluated arguments (functions.cpp).
Value call_function(const Expr& e, std::vector<Value>& args, const GraphModel& m);
bool known_function(const std::string& name);
bool is_aggregate(const std::string& name);
int function_min_args(const std::string& name);
int function_max_args(const std::string& name);

// Aggregate accumulator for one aggregate expression in one group.
class Aggregator {
 public:
  explicit Aggregator(const Expr& e) : e_(&e) {}
  void add(const EvalContext& c);
  Value result() const;

 private:
  struct Less {
    bool operator()(const Value& a, const Value& b) const { return order_compare(a, b) < 0; }
  };
  const Expr* e_;
  std::int64_t count_ = 0;
  std::vector<Value> values_;  // collect (first-appearance order); min/max: the best so far
  std::set<Value, Less> seen_;  // DISTINCT
  bool int_sum_ = true;
  std::int64_t isum_ = 0;
  double fsum_ = 0.0;
};

// Binding: resolves variables to slots, checks functions and aggregate placement, and
// collects warnings for unknown labels, types and properties.
class Binder {
 public:
  Binder(const GraphModel& m, std::vector<std::string>& warnings) : m_(m), warnings_(warnings) {}
  // Binds an expression; `aggs` non-null: aggregates allowed, appended there.
  void bind(Expr& e, const Scope& s, std::vector<const Expr*>* aggs, bool in_aggregate = false);
  void check_label(const std::string& l, const Pos& p);
  void check_type(const std::string& t, const Pos& p);
  void check_key(const std::string& key, VarKind kind, const Pos& p);

 private:
  void warn(const std::string& w);
  const GraphModel& m_;
  std::vector<std::string>& warnings_;
};

struct Limits {
  explicit Limits(const QueryOptions& opts)
      : o(opts),
        deadline(opts.timeout_seconds > 0
                     ? std::chrono::steady_clock::now() +
                           std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                               std::chrono::duration<double>(opts.timeout_seconds))
                     : std::chrono::steady_clock::time_point::max()) {}
  const QueryOptions& o;
  const std::chrono::steady_clock::time_point deadline;
  std::uint64_t steps = 0;
  std::uint64_t next_clock_check = 0;  // the clock is read every kClockEvery steps
  static constexpr std::uint64_t kClockEvery = 4096;
  void step(std::uint64_t n = 1) {
    steps += n;
    if (steps > o.max_steps)
      throw QueryFailure("query stopped: it examined more than " + std::to_string(o.max_steps) +
                         " nodes and relationships; anchor the pattern (labels, {name: ...}) or lower the "
                         "variable-length bound");
    if (steps >= next_clock_check) {
      next_clock_check = steps + kClockEvery;
      check_time();
    }
  }
  // Stops the query once the time limit has passed or the caller asked it to stop.
  void check_time() const {
    if (o.stop_requested && o.stop_requested()) throw QueryFailure("query stopped: interrupted");
    if (std::chrono::steady_clock::now() > deadline) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%g", o.timeout_seconds);
      throw QueryFailure(std::string("query stopped: it ran longer than the time limit (--timeout ") + buf +
                         " s); anchor the pattern (labels, {name: ...}), lower the variable-length bound or add LIMIT");
    }
  }
  std::uint64_t values = 0;
  void rows(std::size_t n) const {
    if (n > o.max_rows)
      throw QueryFailure("query stopped: more than " + std::to_string(o.max_rows) +
                         " rows in one step; add a filter or LIMIT");
    if ((n & (kClockEvery - 1)) == 0) check_time();
  }
  // Values produced by matching (row cells plus the relationships of named paths).
  void hold(std::uint64_t n) {
    values += n;
    if (values > o.max_values)
      throw QueryFailure("query stopped: the matches hold more than " + std::to_string(o.max_values) +
                         " values; add a filter or LIMIT, or lower the variable-length bound");
  }
};

// MATCH / OPTIONAL MATCH: binds the clause (extending `scope`) and returns the new table.
// `stop_after`: the caller needs at most this many rows.
Table run_match(const GraphModel& m, Binder& b, Clause& c, Scope& scope, const Table& in, Limits& lim,
                std::size_t stop_after);
// WITH / RETURN: binds and projects; `scope` becomes the projected columns.
Table run_projection(const GraphModel& m, Binder& b, Projection& p, bool is_return, Scope& scope, const Table& in,
                     Limits& lim);
// UNWIND expr AS alias.
Table run_unwind(const GraphModel& m, Binder& b, Clause& c, Scope& scope, const Table& in, Limits& lim);

}  // namespace kg::graph::query::detail
