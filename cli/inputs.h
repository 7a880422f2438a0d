// Shared CLI plumbing: input options, the run summary, output files.
#pragma once

#include <fstream>
#include <memory>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/gzip_stream.h"
#include "extract/read/reader.h"
#include "graph/status.h"

namespace kg::cli {

struct InputOptions {
  std::vector<std::string> paths;
  std::string format = "auto";  // auto|txt|md|html|json|jsonl|conllu
  bool keep_boilerplate = false;
  extract::JsonFields fields;
};

// Adds INPUT... and --input-format, --keep-boilerplate, --*-field to `sub`.
void add_input_options(CLI::App* sub, InputOptions& in, bool allow_conllu);

// Splits every element at commas ("a,b" "c" → "a" "b" "c"), dropping empty parts.
std::vector<std::string> split_list(const std::vector<std::string>& in);

// Reads all inputs (CoNLL-U too when format is "conllu"), calling sink per document.
Status read_all(const InputOptions& in, const extract::DocumentSink& sink, extract::ReadReport& report);

// A usage error naming every input path given on the command line that does not exist
// ("-" is stdin), checked before any work or output; ok when all exist.
Status check_inputs_exist(const std::vector<std::string>& paths);

// Creates the output folder `dir` if needed and checks that a file can be written in it,
// before the work starts: an error naming the folder and the system's reason otherwise.
Status check_output_dir(const std::string& dir);

// Skips documents read before (the same id: the same text read twice when the id comes from
// the text), in this run or already in the graph being grown. The first one read counts;
// each later one is reported (ReadReport::problems, ::duplicates) and not counted twice.
// Articles with two different ids given in JSON stay two documents, whatever their text:
// so that shards built apart and merged give what one build gives.
class DuplicateFilter {
 public:
  // Ids already in the graph `kg add` grows (their texts are not known: by id only).
  void add_known(const std::string& id, const std::string& path);
  // True (and reported) when `doc` was seen before.
  bool duplicate(const extract::Document& doc, extract::ReadReport& report);

 private:
  std::unordered_map<std::string, std::string> ids_;  // id -> where it was first read
};

// read_all, with the documents `duplicates` has seen before reported and left out.
Status read_all(const InputOptions& in, DuplicateFilter& duplicates, const extract::DocumentSink& sink,
                extract::ReadReport& report);

// Logs every problem (file:line: message) as a warning and the one-line summary.
void log_read_report(const extract::ReadReport& report);

// An output that is written to PATH.tmp and renamed to PATH by commit(), so that an
// interrupted run never leaves a half-written file under the final name. "-" is stdout.
// With `gzip`, what is written to stream() is stored gzip-compressed (gzip_stream.h).
class OutputFile {
 public:
  static Result<std::unique_ptr<OutputFile>> open(const std::string& path, bool gzip = false);
  ~OutputFile();
  std::ostream& stream() { return gz_ ? *gz_stream_ : path_ == "-" ? *stdout_ : file_; }
  Status commit();

 private:
  explicit OutputFile(std::string path) : path_(std::move(path)) {}
  std::string path_;
  std::string tmp_;
  std::ofstream file_;
  std::ostream* stdout_ = nullptr;
  std::unique_ptr<GzipStreambuf> gz_;
  std::unique_ptr<std::ostream> gz_stream_;
  bool committed_ = false;
};

}  // namespace kg::cli
