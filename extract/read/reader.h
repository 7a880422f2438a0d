// Article ingestion: files, directories and stdin in text, Markdown, HTML, JSON and JSON
// Lines, each turned into cleaned Documents with blocks marked (see blocks.h).
//
// Streaming: documents are handed to the sink one at a time as they are read; a JSON
// Lines input of any size is read line by line. Errors in one input (unreadable file,
// binary data, malformed JSON line, missing text field, empty document) are recorded in
// the report with file and line, and reading goes on with the next input; the return
// Status is not ok only when the sink fails. Directory walks are recursive and sorted.
// Thread safety: no shared state; one call per thread.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "extract/document.h"
#include "graph/status.h"

namespace kg::extract {

enum class InputFormat { kAuto, kText, kMarkdown, kHtml, kJson, kJsonLines };

// Parses "txt", "text", "md", "html", "json", "jsonl" (and "auto"); false if unknown.
bool parse_input_format(std::string_view name, InputFormat& out);
// The format implied by a file name's extension, or kAuto if none is known.
InputFormat format_from_extension(std::string_view path);

// JSON field names; a '|' separates alternatives tried in order.
struct JsonFields {
  std::string id = "id";
  std::string title = "title|headline";
  std::string text = "text|content|body";
  std::string date = "date|published|published_at|datePublished";
  std::string url = "url|link";
};

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: by extension, stdin as text
  JsonFields fields;
  bool keep_boilerplate = false;            // see blocks.h
  // Document::path (for display) is relative to this root: for files found in a directory
  // input, the path relative to that directory; for files named on the command line, the
  // file name. Set by read_inputs.
  std::string id_root;
};

struct ReadProblem {
  std::string file;
  std::size_t line = 0;  // 1-based; 0 when the problem concerns the whole file
  std::string message;
};

struct ReadReport {
  std::size_t files = 0;               // files opened (stdin counts as one)
  std::size_t documents = 0;           // documents handed to the sink
  std::size_t rejected = 0;            // inputs (files, lines, records) that gave no document
  std::size_t skipped_files = 0;       // files in directories with an unknown extension
  std::size_t repaired_utf8 = 0;       // invalid UTF-8 sequences replaced by U+FFFD
  std::size_t control_chars = 0;       // NUL and control characters removed
  std::size_t boilerplate_blocks = 0;  // blocks marked as boilerplate
  std::size_t html_chrome = 0;         // nav/header/footer/aside/form elements dropped from HTML
  std::size_t bytes = 0;               // input bytes read
  std::size_t duplicates = 0;          // documents read again (same id or same text): skipped by kg build/add
  std::vector<ReadProblem> problems;   // every rejection and skip, in input order
};

using DocumentSink = std::function<Status(Document&&)>;

// Reads every path ("-" is stdin) in order.
Status read_inputs(const std::vector<std::string>& paths, const ReadOptions& options,
                   const DocumentSink& sink, ReadReport& report);

// Reads one stream whose content has format `format` (kAuto is taken as text); `name`
// labels problems and derives document ids.
Status read_stream(std::istream& in, const std::string& name, InputFormat format,
                   const ReadOptions& options, const DocumentSink& sink, ReadReport& report);

// The id of a document that brings none (a file, or a JSON record without an id field):
// derived from its cleaned text, 16 hex digits of FNV-1a-64, so that the same article read
// twice, from any folder or under any file name, is one document (docs/graph-format.md,
// "Document ids").
std::string content_id(std::string_view text);

// Builds a Document from raw bytes of article text: cleans, segments blocks; an empty `id`
// becomes content_id(text). Exposed for tests and for callers that already hold the text.
Document make_document(std::string id, std::string source, std::string_view raw_text,
                       bool keep_boilerplate, ReadReport& report);

}  // namespace kg::extract
