// Output of `kg query` results (table, CSV, JSON, JSON Lines) and statement splitting.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/query/query.h"

namespace kg::cli {

enum class QueryFormat { kTable, kCsv, kJson, kJsonl };

// "table", "csv", "json", "jsonl"; false for anything else.
bool parse_query_format(std::string_view s, QueryFormat& f);

// Writes the result. Table: aligned columns with borders and a "(N rows)" footer, cells
// longer than `max_cell` code points cut with "…" (0 = no limit), line breaks shown as ⏎.
void write_result(std::ostream& os, const graph::query::QueryResult& r, const graph::query::GraphModel& m,
                  QueryFormat f, std::size_t max_cell = 0);

// Splits a script into statements at ';' outside strings, `names` and comments; blank
// statements are dropped. `complete` (if non-null) is set to false when the text ends
// inside a statement that is not terminated by ';'.
std::vector<std::string> split_statements(std::string_view text, bool* complete = nullptr);

}  // namespace kg::cli
