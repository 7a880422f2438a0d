#include "cli/report.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "graph/normalize.h"
#include "graph/text_io.h"

namespace kg::cli {

namespace {

std::size_t display_width(const std::string& s) {
  std::size_t w = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++w;
  return w;
}

// Table cells stay on one line.
std::string one_line(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
  return out;
}

void csv_field(std::string& out, const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) {
    out += s;
    return;
  }
  out.push_back('"');
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void print_table(std::string& out, const Table& t) {
  std::vector<std::size_t> width(t.columns.size(), 0);
  for (std::size_t i = 0; i < t.columns.size(); ++i) width[i] = display_width(t.columns[i]);
  for (const auto& r : t.rows)
    for (std::size_t i = 0; i < r.size() && i < width.size(); ++i)
      width[i] = std::max(width[i], display_width(one_line(r[i].text)));
  auto line = [&](const std::vector<Cell>& cells) {
    std::string l;
    for (std::size_t i = 0; i < cells.size() && i < width.size(); ++i) {
      const std::string text = one_line(cells[i].text);
      const std::string pad(width[i] - display_width(text), ' ');
      if (i) l += "  ";
      if (cells[i].number) l += pad + text;
      else l += text + (i + 1 < cells.size() ? pad : "");
    }
    while (!l.empty() && l.back() == ' ') l.pop_back();
    out += l + "\n";
  };
  std::vector<Cell> header;
  for (const auto& c : t.columns) header.push_back({c, false});
  line(header);
  std::string rule;
  for (std::size_t i = 0; i < width.size(); ++i) rule += (i ? "  " : "") + std::string(width[i], '-');
  out += rule + "\n";
  for (const auto& r : t.rows) line(r);
}

void print_csv(std::string& out, const Table& t) {
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    if (i) out.push_back(',');
    csv_field(out, t.columns[i]);
  }
  out += "\n";
  for (const auto& r : t.rows) {
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (i) out.push_back(',');
      csv_field(out, r[i].text);
    }
    out += "\n";
  }
}

void print_json(std::string& out, const Table& t) {
  out += "[";
  for (std::size_t k = 0; k < t.rows.size(); ++k) {
    out += k ? ",\n {" : "\n {";
    const auto& r = t.rows[k];
    for (std::size_t i = 0; i < r.size() && i < t.columns.size(); ++i) {
      if (i) out.push_back(',');
      graph::append_json_string(out, t.columns[i]);
      out.push_back(':');
      if (r[i].number) out += r[i].text;
      else graph::append_json_string(out, r[i].text);
    }
    out += "}";
  }
  out += t.rows.empty() ? "]" : "\n]";
}

}  // namespace

Cell num(std::uint64_t v) { return {std::to_string(v), true}; }
Cell num(double v) { return {graph::format_double(v), true}; }
Cell num_fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return {buf, true};
}

void add_format_option(CLI::App* sub, std::string& format) {
  sub->add_option("--format", format, "table, csv or json (default: table on a terminal, else csv)");
}

Result<OutputFormat> output_format(const std::string& text) {
  if (text.empty()) return isatty(STDOUT_FILENO) ? OutputFormat::kTable : OutputFormat::kCsv;
  if (text == "table") return OutputFormat::kTable;
  if (text == "csv") return OutputFormat::kCsv;
  if (text == "json") return OutputFormat::kJson;
  return Status::invalid_argument("--format must be table, csv or json, not '" + text + "'");
}

void print_tables(std::ostream& os, const std::vector<Table>& tables, OutputFormat f) {
  std::string out;
  const bool several = tables.size() > 1;
  if (f == OutputFormat::kJson && several) out += "{";
  for (std::size_t i = 0; i < tables.size(); ++i) {
    const Table& t = tables[i];
    switch (f) {
      case OutputFormat::kTable:
        if (i) out += "\n";
        if (several && !t.title.empty()) out += t.title + "\n";
        print_table(out, t);
        break;
      case OutputFormat::kCsv:
        if (i) out += "\n";
        if (several) out += "# " + t.title + "\n";
        print_csv(out, t);
        break;
      case OutputFormat::kJson:
        if (several) {
          out += i ? ",\n" : "\n";
          graph::append_json_string(out, t.key);
          out += ":";
        }
        print_json(out, t);
        break;
    }
  }
  if (f == OutputFormat::kJson) out += several ? "\n}\n" : "\n";
  os << out;
}

}  // namespace kg::cli
