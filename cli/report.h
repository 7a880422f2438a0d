// Tabular output of the query commands (neighbors, path, explain, stats): one or more
// titled tables printed as an aligned text table, CSV (RFC 4180) or JSON.
//
// table: "title" line (when the report has several tables), the header, a rule, the rows,
//        columns padded to their widest cell (width counted in UTF-8 code points); numbers
//        right-aligned.
// csv:   with several tables, each is preceded by "# title" and followed by a blank line.
// json:  one table: an array of row objects; several: an object {"<key>": [rows], ...}.
//        Number cells are JSON numbers, the others strings.
// Deterministic: rows are printed in the order they were added.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/inputs.h"  // split_list for the list options
#include "graph/status.h"

namespace kg::cli {

enum class OutputFormat { kTable, kCsv, kJson };

struct Cell {
  std::string text;
  bool number = false;
};

Cell num(std::uint64_t v);
Cell num(double v);  // shortest round-trip text (graph::format_double)
Cell num_fixed(double v, int decimals);  // fixed decimals, still a JSON number

struct Table {
  std::string title;  // shown in table/csv output with several tables
  std::string key;    // JSON member name (snake_case) with several tables
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
  void add(std::vector<Cell> row) { rows.push_back(std::move(row)); }
};

// Adds `--format table|csv|json` to `sub`, storing the text in `format`.
void add_format_option(CLI::App* sub, std::string& format);
// The format from the option text; empty = table when stdout is a terminal, else csv.
Result<OutputFormat> output_format(const std::string& text);

void print_tables(std::ostream& os, const std::vector<Table>& tables, OutputFormat f);

}  // namespace kg::cli
