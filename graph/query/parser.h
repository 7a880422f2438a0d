// Parser: query text -> Query AST (the Cypher subset of docs/query.md).
//
// Errors are Status kInvalidArgument "line L, column C: expected X but found Y" (or
// "... : WHAT is not supported" for Cypher that kg does not run, such as CREATE or
// $parameters). Bounded: expressions nested deeper than kMaxDepth and patterns longer
// than kMaxPatternLength, MATCH clauses with more than kMaxMatchNodes nodes are rejected, as are expression trees higher than kMaxTreeDepth, so no input can exhaust the stack.
// Thread safety: pure function.
#pragma once

#include <string_view>

#include "graph/query/ast.h"
#include "graph/status.h"

namespace kg::graph::query {

inline constexpr int kMaxDepth = 200;          // nested parentheses, lists, calls, NOT, signs
inline constexpr std::uint32_t kMaxTreeDepth = 1000;  // height of an expression tree (a + b + ...)
inline constexpr std::size_t kMaxPatternLength = 256;
inline constexpr std::size_t kMaxMatchNodes = 512;  // node patterns in one MATCH (all its parts)

Result<Query> parse_query(std::string_view text);

}  // namespace kg::graph::query
