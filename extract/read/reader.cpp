#include "extract/read/reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "extract/read/blocks.h"
#include "extract/read/clean.h"
#include "extract/read/dates.h"
#include "extract/read/html.h"
#include "extract/read/markdown.h"
#include "graph/normalize.h"

namespace kg::extract {
namespace fs = std::filesystem;

namespace {

std::string lower_ext(std::string_view path) {
  const std::string ext = fs::path(std::string(path)).extension().string();
  std::string r;
  for (char c : ext) r += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// The path shown for a document (Document::path): relative to the input root, i.e. to the
// directory given on the command line for files found in it ("samples/a.txt" under
// "samples" → "a.txt"), and the file name alone for a file named on the command line, so
// that no absolute or machine-specific path reaches the graph. "-" is "stdin".
std::string display_path(const std::string& full, const std::string& root) {
  if (full == "-") return "stdin";
  if (!root.empty() && full.size() > root.size() && full.compare(0, root.size(), root) == 0) {
    std::string name = full.substr(root.size());
    while (!name.empty() && name.front() == '/') name.erase(name.begin());
    if (!name.empty()) return name;
  }
  return fs::path(full).filename().generic_string();
}

// True when the first bytes look like binary data rather than text in any encoding.
bool looks_binary(std::string_view data) {
  const std::size_t n = std::min<std::size_t>(data.size(), 4096);
  std::size_t bad = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(data[i]);
    if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) ++bad;
  }
  return n > 0 && bad * 10 > n;  // more than 10% control bytes
}

void problem(ReadReport& r, const std::string& file, std::size_t line, std::string msg) {
  r.problems.push_back({file, line, std::move(msg)});
}

const rapidjson::Value* field(const rapidjson::Value& obj, const std::string& names) {
  std::size_t b = 0;
  while (b <= names.size()) {
    std::size_t e = names.find('|', b);
    if (e == std::string::npos) e = names.size();
    const std::string key = names.substr(b, e - b);
    auto it = obj.FindMember(rapidjson::StringRef(key.data(), key.size()));
    if (it != obj.MemberEnd() && !it->value.IsNull()) return &it->value;
    b = e + 1;
  }
  return nullptr;
}

std::string scalar_string(const rapidjson::Value* v) {
  if (!v) return {};
  if (v->IsString()) return std::string(v->GetString(), v->GetStringLength());
  if (v->IsInt64()) return std::to_string(v->GetInt64());
  if (v->IsUint64()) return std::to_string(v->GetUint64());
  if (v->IsNumber()) return fmt::format("{}", v->GetDouble());
  return {};
}

std::string clean_field(std::string_view raw, ReadReport& report) {
  std::string out;
  const CleanStats cs = clean_text(raw, out);
  report.repaired_utf8 += cs.invalid_utf8;
  report.control_chars += cs.control_chars;
  for (char& c : out) if (c == '\n' || c == '\t') c = ' ';
  return out;
}

// One JSON object → one Document. Returns false (with a problem recorded) if unusable.
Status emit_json_object(const rapidjson::Value& obj, const std::string& name, std::size_t line,
                        const std::string& path, const ReadOptions& opt, const DocumentSink& sink,
                        ReadReport& report) {
  if (!obj.IsObject()) {
    ++report.rejected;
    problem(report, name, line, "expected a JSON object for an article");
    return Status::ok();
  }
  const rapidjson::Value* text = field(obj, opt.fields.text);
  if (!text || !text->IsString()) {
    ++report.rejected;
    problem(report, name, line, fmt::format("no string field for the text (looked for {})", opt.fields.text));
    return Status::ok();
  }
  // No id field: make_document derives the id from the text.
  const std::string id = scalar_string(field(obj, opt.fields.id));
  std::string_view body(text->GetString(), text->GetStringLength());
  std::string source = line ? fmt::format("{}:{}", name, line) : name;
  Document doc = make_document(clean_field(id, report), std::move(source), body, opt.keep_boilerplate, report);
  // A record with an id is named by it; one without is found by its place in the file.
  if (id.empty()) doc.path = path;
  doc.title = clean_field(scalar_string(field(obj, opt.fields.title)), report);
  doc.url = clean_field(scalar_string(field(obj, opt.fields.url)), report);
  const std::string date = scalar_string(field(obj, opt.fields.date));
  if (!date.empty()) {
    const std::string iso = normalize_date(date);
    if (!iso.empty()) doc.published = iso;
  }
  if (doc.text.find_first_not_of(" \t\n") == std::string::npos) {
    ++report.rejected;
    problem(report, name, line, "empty article text");
    return Status::ok();
  }
  ++report.documents;
  return sink(std::move(doc));
}

Status read_text_like(std::string data, const std::string& name, InputFormat format, const ReadOptions& opt,
                      const DocumentSink& sink, ReadReport& report) {
  if (looks_binary(data)) {
    ++report.rejected;
    problem(report, name, 0, "looks like a binary file, not text (more than 10% control bytes)");
    return Status::ok();
  }
  Document doc;
  if (format == InputFormat::kHtml) {
    std::string cleaned;
    const CleanStats cs = clean_text(data, cleaned);
    report.repaired_utf8 += cs.invalid_utf8;
    report.control_chars += cs.control_chars;
    HtmlInfo info;
    const std::string text = html_to_text(cleaned, info);
    report.html_chrome += info.dropped_elements;
    doc = make_document({}, name, text, opt.keep_boilerplate, report);
    if (!info.title.empty()) doc.title = clean_field(info.title, report);
    if (!info.url.empty()) doc.url = info.url;
    if (!info.published.empty()) {
      const std::string iso = normalize_date(info.published);
      if (!iso.empty()) doc.published = iso;
    }
    if (!info.language.empty()) doc.language = info.language.substr(0, info.language.find('-'));
  } else if (format == InputFormat::kMarkdown) {
    doc = make_document({}, name, markdown_to_text(data), opt.keep_boilerplate, report);
  } else {
    doc = make_document({}, name, data, opt.keep_boilerplate, report);
  }
  doc.path = display_path(name, opt.id_root);
  if (doc.text.find_first_not_of(" \t\n") == std::string::npos) {
    ++report.rejected;
    problem(report, name, 0, format == InputFormat::kHtml ? "no article text in the HTML page" : "empty file");
    return Status::ok();
  }
  ++report.documents;
  return sink(std::move(doc));
}

Status read_json_lines(std::istream& in, const std::string& name, const ReadOptions& opt, const DocumentSink& sink,
                       ReadReport& report) {
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    report.bytes += line.size() + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    rapidjson::Document d;
    d.Parse<rapidjson::kParseStopWhenDoneFlag>(line.data(), line.size());
    if (d.HasParseError()) {
      ++report.rejected;
      problem(report, name, n,
              fmt::format("malformed JSON at column {}: {}", d.GetErrorOffset() + 1,
                          rapidjson::GetParseError_En(d.GetParseError())));
      continue;
    }
    if (Status s = emit_json_object(d, name, n, fmt::format("{}:{}", display_path(name, opt.id_root), n), opt, sink, report);
        !s.is_ok())
      return s;
  }
  return Status::ok();
}

Status read_json(std::string data, const std::string& name, const ReadOptions& opt, const DocumentSink& sink,
                 ReadReport& report) {
  rapidjson::Document d;
  d.Parse(data.data(), data.size());
  if (d.HasParseError()) {
    // Report the line of the error, not only the byte.
    const std::size_t off = std::min(d.GetErrorOffset(), data.size());
    const std::size_t line = 1 + static_cast<std::size_t>(std::count(data.begin(), data.begin() + static_cast<std::ptrdiff_t>(off), '\n'));
    ++report.rejected;
    problem(report, name, line,
            fmt::format("malformed JSON: {}", rapidjson::GetParseError_En(d.GetParseError())));
    return Status::ok();
  }
  if (d.IsArray()) {
    std::size_t k = 0;
    for (const auto& v : d.GetArray()) {
      ++k;
      if (Status s = emit_json_object(v, name, 0, fmt::format("{}#{}", display_path(name, opt.id_root), k), opt, sink, report);
          !s.is_ok())
        return s;
    }
    return Status::ok();
  }
  return emit_json_object(d, name, 0, display_path(name, opt.id_root), opt, sink, report);
}

Status read_file(const std::string& path, const std::string& name, const ReadOptions& opt, const DocumentSink& sink,
                 ReadReport& report) {
  InputFormat format = opt.format == InputFormat::kAuto ? format_from_extension(path) : opt.format;
  if (format == InputFormat::kAuto) format = InputFormat::kText;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ++report.rejected;
    problem(report, name, 0, "cannot open the file for reading");
    return Status::ok();
  }
  return read_stream(in, name, format, opt, sink, report);
}

}  // namespace

bool parse_input_format(std::string_view n, InputFormat& out) {
  if (n == "auto") out = InputFormat::kAuto;
  else if (n == "txt" || n == "text") out = InputFormat::kText;
  else if (n == "md" || n == "markdown") out = InputFormat::kMarkdown;
  else if (n == "html" || n == "htm") out = InputFormat::kHtml;
  else if (n == "json") out = InputFormat::kJson;
  else if (n == "jsonl" || n == "ndjson") out = InputFormat::kJsonLines;
  else return false;
  return true;
}

InputFormat format_from_extension(std::string_view path) {
  const std::string e = lower_ext(path);
  if (e == ".txt" || e == ".text") return InputFormat::kText;
  if (e == ".md" || e == ".markdown") return InputFormat::kMarkdown;
  if (e == ".html" || e == ".htm" || e == ".xhtml") return InputFormat::kHtml;
  if (e == ".json") return InputFormat::kJson;
  if (e == ".jsonl" || e == ".ndjson") return InputFormat::kJsonLines;
  return InputFormat::kAuto;
}

std::string content_id(std::string_view text) { return graph::hex16(graph::fnv1a64(text)); }

Document make_document(std::string id, std::string source, std::string_view raw, bool keep_boilerplate,
                       ReadReport& report) {
  Document doc;
  doc.id = std::move(id);
  doc.source = std::move(source);
  const CleanStats cs = clean_text(raw, doc.text);
  if (doc.id.empty()) doc.id = content_id(doc.text);
  report.repaired_utf8 += cs.invalid_utf8;
  report.control_chars += cs.control_chars;
  doc.layers |= kLayerText;
  const BlockStats bs = segment_blocks(doc, keep_boilerplate);
  report.boilerplate_blocks += bs.boilerplate_blocks;
  return doc;
}

Status read_stream(std::istream& in, const std::string& name, InputFormat format, const ReadOptions& opt,
                   const DocumentSink& sink, ReadReport& report) {
  ++report.files;
  if (format == InputFormat::kJsonLines) return read_json_lines(in, name, opt, sink, report);
  std::string data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) {
    ++report.rejected;
    problem(report, name, 0, "read error");
    return Status::ok();
  }
  report.bytes += data.size();
  if (format == InputFormat::kJson) return read_json(std::move(data), name, opt, sink, report);
  return read_text_like(std::move(data), name, format == InputFormat::kAuto ? InputFormat::kText : format, opt,
                        sink, report);
}

Status read_inputs(const std::vector<std::string>& paths, const ReadOptions& opt, const DocumentSink& sink,
                   ReadReport& report) {
  for (const std::string& path : paths) {
    if (path == "-") {
      const InputFormat f = opt.format == InputFormat::kAuto ? InputFormat::kText : opt.format;
      if (Status s = read_stream(std::cin, "-", f, opt, sink, report); !s.is_ok()) return s;
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      ++report.rejected;
      problem(report, path, 0, "no such file or directory");
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) files.push_back(it->path().generic_string());
      }
      if (ec) problem(report, path, 0, "error while listing the directory: " + ec.message());
      std::sort(files.begin(), files.end());
      ReadOptions dir_opt = opt;
      dir_opt.id_root = fs::path(path).generic_string();
      for (const std::string& f : files) {
        if (opt.format == InputFormat::kAuto && format_from_extension(f) == InputFormat::kAuto) {
          ++report.skipped_files;
          problem(report, f, 0, "skipped: unknown file extension (use --input-format to read it)");
          continue;
        }
        if (Status s = read_file(f, f, dir_opt, sink, report); !s.is_ok()) return s;
      }
      continue;
    }
    if (Status s = read_file(path, path, opt, sink, report); !s.is_ok()) return s;
  }
  return Status::ok();
}

}  // namespace kg::extract
