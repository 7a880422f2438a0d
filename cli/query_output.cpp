#include "cli/query_output.h"

#include <algorithm>

#include "graph/text_io.h"

namespace kg::cli {

using graph::query::GraphModel;
using graph::query::QueryResult;
using graph::query::Value;

bool parse_query_format(std::string_view s, QueryFormat& f) {
  if (s == "table") f = QueryFormat::kTable;
  else if (s == "csv") f = QueryFormat::kCsv;
  else if (s == "json") f = QueryFormat::kJson;
  else if (s == "jsonl") f = QueryFormat::kJsonl;
  else return false;
  return true;
}

namespace {

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string table_cell(std::string s, std::size_t max_cell) {
  std::string out;
  for (char c : s) {
    if (c == '\n') out += "\xE2\x8F\x8E";  // ⏎
    else if (c == '\r' || c == '\t') out += ' ';
    else out += c;
  }
  if (max_cell == 0 || code_points(out) <= max_cell) return out;
  std::size_t i = 0, n = 0;
  while (i < out.size() && n < max_cell - 1) {
    ++i;
    while (i < out.size() && (static_cast<unsigned char>(out[i]) & 0xC0) == 0x80) ++i;
    ++n;
  }
  return out.substr(0, i) + "\xE2\x80\xA6";  // …
}

void csv_field(std::string& out, const std::string& s) {
  const bool quote = s.find_first_of(",\"\r\n") != std::string::npos ||
                     (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (!quote) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void json_row(std::string& out, const QueryResult& r, std::size_t row, const GraphModel& m) {
  out += '{';
  for (std::size_t c = 0; c < r.columns.size(); ++c) {
    if (c) out += ',';
    graph::append_json_string(out, r.columns[c]);
    out += ':';
    graph::query::append_json(out, r.rows[row][c], m);
  }
  out += '}';
}

}  // namespace

void write_result(std::ostream& os, const QueryResult& r, const GraphModel& m, QueryFormat f, std::size_t max_cell) {
  std::string out;
  switch (f) {
    case QueryFormat::kTable: {
      std::vector<std::vector<std::string>> cells;
      std::vector<std::size_t> width;
      for (const auto& c : r.columns) width.push_back(code_points(table_cell(c, max_cell)));
      for (const auto& row : r.rows) {
        cells.emplace_back();
        for (std::size_t c = 0; c < row.size(); ++c) {
          std::string s = row[c].is_null() ? "null" : table_cell(graph::query::to_text(row[c], m), max_cell);
          width[c] = std::max(width[c], code_points(s));
          cells.back().push_back(std::move(s));
        }
      }
      auto rule = [&] {
        out += '+';
        for (auto w : width) out += std::string(w + 2, '-') + '+';
        out += '\n';
      };
      auto line = [&](const std::vector<std::string>& v) {
        out += '|';
        for (std::size_t c = 0; c < v.size(); ++c) {
          out += ' ';
          out += v[c];
          out += std::string(width[c] - code_points(v[c]) + 1, ' ');
          out += '|';
        }
        out += '\n';
      };
      std::vector<std::string> header;
      for (const auto& c : r.columns) header.push_back(table_cell(c, max_cell));
      rule();
      line(header);
      rule();
      for (const auto& row : cells) line(row);
      if (!cells.empty()) rule();
      out += '(';
      out += std::to_string(r.rows.size());
      out += r.rows.size() == 1 ? " row)\n" : " rows)\n";
      break;
    }
    case QueryFormat::kCsv:
      for (std::size_t c = 0; c < r.columns.size(); ++c) {
        if (c) out += ',';
        csv_field(out, r.columns[c]);
      }
      out += '\n';
      for (const auto& row : r.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
          if (c) out += ',';
          csv_field(out, graph::query::to_text(row[c], m));
        }
        out += '\n';
      }
      break;
    case QueryFormat::kJson:
      out += '[';
      for (std::size_t i = 0; i < r.rows.size(); ++i) {
        out += i ? ",\n" : "\n";
        json_row(out, r, i, m);
      }
      out += r.rows.empty() ? "]\n" : "\n]\n";
      break;
    case QueryFormat::kJsonl:
      for (std::size_t i = 0; i < r.rows.size(); ++i) {
        json_row(out, r, i, m);
        out += '\n';
      }
      break;
  }
  os << out;
  os.flush();
}

std::vector<std::string> split_statements(std::string_view text, bool* complete) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (cur.find_first_not_of(" \t\r\n") != std::string::npos) out.push_back(cur);
    cur.clear();
  };
  char quote = 0;
  bool line_comment = false, block_comment = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char next = i + 1 < text.size() ? text[i + 1] : '\0';
    if (line_comment) {
      if (c == '\n') line_comment = false;
    } else if (block_comment) {
      if (c == '*' && next == '/') {
        block_comment = false;
        cur += c;
        cur += next;
        ++i;
        continue;
      }
    } else if (quote) {
      if (c == '\\' && quote != '`' && next) {
        cur += c;
        cur += next;
        ++i;
        continue;
      }
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"' || c == '`') {
      quote = c;
    } else if (c == '/' && next == '/') {
      line_comment = true;
    } else if (c == '/' && next == '*') {
      block_comment = true;
    } else if (c == ';') {
      cur += c;
      flush();
      continue;
    }
    cur += c;
  }
  const bool has_rest = cur.find_first_not_of(" \t\r\n") != std::string::npos;
  // A trailing comment alone does not make an unterminated statement.
  bool only_comment = true;
  if (has_rest) {
    bool lc = false;
    for (std::size_t i = 0; i < cur.size(); ++i) {
      if (lc) {
        if (cur[i] == '\n') lc = false;
        continue;
      }
      if (cur[i] == '/' && i + 1 < cur.size() && cur[i + 1] == '/') {
        lc = true;
        continue;
      }
      if (cur[i] != ' ' && cur[i] != '\t' && cur[i] != '\r' && cur[i] != '\n') {
        only_comment = false;
        break;
      }
    }
  }
  if (complete) *complete = !has_rest || (only_comment && !quote && !block_comment);
  if (has_rest && !only_comment) out.push_back(cur);
  return out;
}

}  // namespace kg::cli
