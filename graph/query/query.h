// run_query: parses and runs one `kg query` statement (the Cypher subset of docs/query.md)
// on a GraphModel and returns a table of values.
//
// Semantics are Cypher's: relationship isomorphism within one MATCH (a relationship is
// used at most once per match of all its comma-separated patterns, variable-length ones
// included), three-valued logic with null, OPTIONAL MATCH yielding nulls, implicit
// grouping by the non-aggregate RETURN/WITH columns. Rows come out in a deterministic
// order (node and relationship id order, see GraphModel) unless ORDER BY says otherwise.
//
// Errors (Status kInvalidArgument): syntax errors "line L, column C: expected ...",
// undefined variables, unknown functions, misplaced aggregates, type errors at run time,
// and queries exceeding the limits of QueryOptions (so no query can exhaust memory or run
// forever). Unknown labels, relationship types and property keys are not errors (as in
// Neo4j the pattern just matches nothing) but produce a warning in QueryResult::warnings.
// On a model without evidence (GraphModel::has_evidence() false) a query that may read it
// (query_needs_evidence, graph/query/evidence.h) fails with kInvalidArgument.
// Thread safety: run_query only reads the model; concurrent calls are safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/query/model.h"
#include "graph/query/value.h"
#include "graph/status.h"

namespace kg::graph::query {

struct QueryOptions {
  // Work limit: relationships and nodes examined while matching patterns.
  std::uint64_t max_steps = 500'000'000;
  // Largest intermediate or final table (rows).
  std::size_t max_rows = 5'000'000;
  // Values produced by pattern matching over the whole query (row cells and the
  // relationships of named variable-length paths); bounds memory (a value takes 72 bytes).
  std::uint64_t max_values = 20'000'000;
  // Wall-clock limit in seconds (0: none): a query still running then stops with an error.
  double timeout_seconds = 0;
  // Polled while the query runs (may be null): true stops it with an error ("interrupted").
  // Set by the caller from another thread or a signal watcher; must be thread-safe.
  bool (*stop_requested)() = nullptr;
};

struct QueryResult {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
  std::vector<std::string> warnings;  // unknown labels / types / properties, in query order
};

Result<QueryResult> run_query(const GraphModel& model, std::string_view text, const QueryOptions& options = {});

// Text of a value as the table and CSV outputs show it: strings and dates raw at the top
// level, lists as [a, b], nodes as (:Label {key: value, ...}), relationships as
// [:TYPE {key: value, ...}], null as "" (top level) / null (inside a list).
std::string to_text(const Value& v, const GraphModel& m);
// JSON of a value: null, true, 12, 0.5, "text", dates as "YYYY-MM-DD", lists as arrays,
// nodes as {"labels": [...], "properties": {...}}, relationships as
// {"type": "MEET", "start": entityId, "end": entityId, "properties": {...}}.
void append_json(std::string& out, const Value& v, const GraphModel& m);

}  // namespace kg::graph::query
