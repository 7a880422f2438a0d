// Abstract syntax tree of a `kg query` statement (the Cypher subset of docs/query.md).
// Built by parse_query(); the executor resolves variables to slots in place (`slot`).
// Positions are 1-based line/column of the first token of the construct.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/query/value.h"

namespace kg::graph::query {

struct Pos {
  std::uint32_t line = 1, column = 1;
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

enum class Op : unsigned char {
  kLiteral,    // value
  kVariable,   // name (slot resolved by the executor)
  kProperty,   // args[0].name
  kList,       // [args...]
  kMap,        // {keys[i]: args[i]} (only inside patterns and as values)
  kNot, kNeg, kPlusSign,
  kAnd, kOr, kXor,
  kEq, kNe, kLt, kLe, kGt, kGe,
  kAdd, kSub, kMul, kDiv, kMod, kPow,
  kContains, kStartsWith, kEndsWith, kRegexMatch, kIn,
  kIsNull, kIsNotNull,
  kIndex,      // args[0][args[1]]
  kSlice,      // args[0][args[1]..args[2]] (missing bounds are kLiteral null)
  kHasLabels,  // args[0]:L1:L2 (names)
  kCall,       // name(args...), distinct for aggregates
  kCountStar,  // count(*)
  kCase,       // CASE [args[0] when has_subject] WHEN a THEN b ... [ELSE e] END
  kListComp,   // [name IN args[0] WHERE args[1] | args[2]] (missing parts: kLiteral true / the element)
  kQuantifier, // any|all|none|single(name IN args[0] WHERE args[1]); which one in `names[0]`
};

struct Expr {
  Op op = Op::kLiteral;
  Pos pos;
  Value value;                     // kLiteral
  std::string name;                // variable, property key, function name (lower case)
  std::vector<std::string> names;  // kHasLabels labels, kMap keys
  std::vector<ExprPtr> args;
  bool distinct = false;           // kCall: count(DISTINCT x)
  bool has_subject = false;        // kCase: simple form
  bool has_else = false;           // kCase
  std::int32_t slot = -1;          // kVariable: resolved slot
  std::int32_t aggregate = -1;     // kCall/kCountStar: index of the aggregate in its projection
  std::string text;                // source text of the expression (column names)
  std::uint32_t depth = 1;         // height of the tree (bounded by the parser)
};

enum class Direction : unsigned char { kRight, kLeft, kBoth };  // -[]->, <-[]-, -[]-

struct NodePattern {
  Pos pos;
  std::string var;                  // may be empty (anonymous)
  std::vector<std::string> labels;  // all must hold
  std::vector<std::pair<std::string, ExprPtr>> props;
};

struct RelPattern {
  Pos pos;
  std::string var;
  std::vector<std::string> types;  // any may hold; empty = any type
  std::vector<std::pair<std::string, ExprPtr>> props;
  Direction dir = Direction::kBoth;
  bool var_length = false;
  std::uint32_t min_hops = 1, max_hops = 1;  // var_length: max_hops == kUnbounded for "*"
};
inline constexpr std::uint32_t kUnbounded = 0xFFFFFFFFu;

struct PatternPart {
  std::vector<NodePattern> nodes;  // nodes.size() == rels.size() + 1
  std::vector<RelPattern> rels;
};

struct ReturnItem {
  ExprPtr expr;
  std::string alias;   // column name: alias, else the expression text
  bool aliased = false;
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct Projection {
  bool distinct = false;
  bool star = false;
  std::vector<ReturnItem> items;
  std::vector<SortItem> order;
  ExprPtr skip, limit;
  ExprPtr where;  // WITH ... WHERE
};

struct Clause {
  enum class Kind : unsigned char { kMatch, kOptionalMatch, kWith, kUnwind, kReturn };
  Kind kind = Kind::kMatch;
  Pos pos;
  std::vector<PatternPart> patterns;  // MATCH
  ExprPtr where;                      // MATCH ... WHERE
  Projection projection;              // WITH / RETURN
  ExprPtr unwind;                     // UNWIND expr AS alias
  std::string alias;
};

struct Query {
  std::vector<Clause> clauses;  // ends with a RETURN
  // "... RETURN ... UNION [ALL] ... RETURN ...": the parts after the first, each ending with
  // a RETURN of the same column names; union_all says whether duplicates stay (one kind per
  // query, as in Neo4j).
  std::vector<std::vector<Clause>> unions;
  bool union_all = false;
};

}  // namespace kg::graph::query
