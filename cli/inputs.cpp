#include "cli/inputs.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include <spdlog/spdlog.h>

#include "cli/interrupt.h"
#include "extract/conllu.h"
#include "extract/iob2.h"

namespace kg::cli {

void add_input_options(CLI::App* sub, InputOptions& in, bool allow_conllu) {
  sub->add_option("inputs", in.paths, "Files, directories (read recursively, sorted) or - for stdin")
      ->required();
  std::vector<std::string> formats = {"auto", "txt", "md", "html", "json", "jsonl"};
  if (allow_conllu) {
    formats.push_back("conllu");
    formats.push_back("iob2");
  }
  sub->add_option("--input-format", in.format, "Input format (default: by file extension; stdin is text)")
      ->check(CLI::IsMember(formats));
  sub->add_flag("--keep-boilerplate", in.keep_boilerplate,
                "Treat every line as article text (no boilerplate, title or dateline marking)");
  sub->add_option("--id-field", in.fields.id, "JSON field(s) for the document id, '|' between alternatives");
  sub->add_option("--text-field", in.fields.text, "JSON field(s) for the article text");
  sub->add_option("--title-field", in.fields.title, "JSON field(s) for the title");
  sub->add_option("--date-field", in.fields.date, "JSON field(s) for the publication date");
  sub->add_option("--url-field", in.fields.url, "JSON field(s) for the URL");
}

std::vector<std::string> split_list(const std::vector<std::string>& in) {
  std::vector<std::string> out;
  for (const std::string& s : in) {
    std::size_t b = 0;
    while (b <= s.size()) {
      std::size_t e = s.find(',', b);
      if (e == std::string::npos) e = s.size();
      if (e > b) out.push_back(s.substr(b, e - b));
      b = e + 1;
    }
  }
  return out;
}

Status read_all(const InputOptions& in, const extract::DocumentSink& to, extract::ReadReport& report) {
  // After Ctrl-C no document is handed on: the reader stops at the next one.
  const extract::DocumentSink sink = [&to](extract::Document&& d) {
    return interrupted() ? interrupted_status() : to(std::move(d));
  };
  if (in.format == "iob2") {
    extract::Iob2ReadOptions iopt;
    iopt.keep_mentions = false;
    for (const std::string& p : in.paths) {
      std::ifstream f(p, std::ios::binary);
      if (!f) {
        ++report.rejected;
        report.problems.push_back({p, 0, "cannot open the file for reading"});
        continue;
      }
      if (Status s = extract::read_iob2(f, p, iopt, sink, report); !s.is_ok()) return s;
    }
    return Status::ok();
  }
  if (in.format == "conllu") {
    extract::ConlluReadOptions copt;
    copt.keep_annotation = false;
    for (const std::string& p : in.paths) {
      if (p == "-") {
        if (Status s = extract::read_conllu(std::cin, "-", copt, sink, report); !s.is_ok()) return s;
        continue;
      }
      std::ifstream f(p, std::ios::binary);
      if (!f) {
        ++report.rejected;
        report.problems.push_back({p, 0, "cannot open the file for reading"});
        continue;
      }
      if (Status s = extract::read_conllu(f, p, copt, sink, report); !s.is_ok()) return s;
    }
    return Status::ok();
  }
  extract::ReadOptions opt;
  if (!extract::parse_input_format(in.format, opt.format)) {
    return Status::invalid_argument("unknown input format '" + in.format + "'");
  }
  opt.keep_boilerplate = in.keep_boilerplate;
  opt.fields = in.fields;
  return extract::read_inputs(in.paths, opt, sink, report);
}

void DuplicateFilter::add_known(const std::string& id, const std::string& path) {
  ids_.emplace(id, path.empty() ? "the graph" : path + " (in the graph)");
}

bool DuplicateFilter::duplicate(const extract::Document& doc, extract::ReadReport& report) {
  const std::string where = doc.path.empty() ? doc.source : doc.path;
  const auto [it, fresh] = ids_.emplace(doc.id, where);
  if (fresh) return false;
  ++report.duplicates;
  report.problems.push_back(
      {doc.source, 0, fmt::format("duplicate, skipped: document {} was read before from {}", doc.id, it->second)});
  return true;
}

Status read_all(const InputOptions& in, DuplicateFilter& duplicates, const extract::DocumentSink& sink,
                extract::ReadReport& report) {
  return read_all(
      in,
      [&](extract::Document&& d) {
        if (duplicates.duplicate(d, report)) return Status::ok();
        return sink(std::move(d));
      },
      report);
}

void log_read_report(const extract::ReadReport& r) {
  for (const auto& p : r.problems) {
    if (p.line) spdlog::warn("{}:{}: {}", p.file, p.line, p.message);
    else spdlog::warn("{}: {}", p.file, p.message);
  }
  spdlog::info("read {} file(s), {} document(s); rejected {}, skipped {} file(s), {} duplicate document(s); "
               "repaired {} invalid UTF-8 sequence(s), removed {} control character(s); {} boilerplate block(s), "
               "{} HTML page-chrome element(s) left out",
               r.files, r.documents, r.rejected, r.skipped_files, r.duplicates, r.repaired_utf8, r.control_chars,
               r.boilerplate_blocks, r.html_chrome);
}

Status check_inputs_exist(const std::vector<std::string>& paths) {
  std::string missing;
  for (const std::string& p : paths) {
    if (p == "-") continue;
    std::error_code ec;
    if (std::filesystem::exists(p, ec)) continue;
    if (!missing.empty()) missing += ", ";
    missing += p;
    missing += ec ? ": " + ec.message() : ": no such file or directory";
  }
  if (missing.empty()) return Status::ok();
  return Status::not_found(missing);
}

Status check_output_dir(const std::string& dir) {
  if (dir.empty() || dir == "-") return Status::ok();
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::io_error("cannot create the output folder " + dir + ": " + ec.message());
  const std::filesystem::path probe = std::filesystem::path(dir) / ".kg-write-test.tmp";
  {
    std::ofstream f(probe, std::ios::binary | std::ios::trunc);
    const int err = errno;
    if (!f) return Status::io_error("cannot write in the output folder " + dir + ": " + std::strerror(err));
  }
  std::filesystem::remove(probe, ec);
  return Status::ok();
}

Result<std::unique_ptr<OutputFile>> OutputFile::open(const std::string& path, bool gzip) {
  std::unique_ptr<OutputFile> out(new OutputFile(path));
  if (path == "-") {
    out->stdout_ = &std::cout;
    return out;
  }
  const std::filesystem::path p(path);
  if (p.has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(p.parent_path(), ec);
    if (ec) return Status::io_error("cannot create directory " + p.parent_path().string() + ": " + ec.message());
  }
  out->tmp_ = path + ".tmp";
  register_temporary(out->tmp_);
  out->file_.open(out->tmp_, std::ios::binary | std::ios::trunc);
  if (!out->file_) return Status::io_error("cannot write " + out->tmp_ + ": " + std::strerror(errno));
  if (gzip) {
    out->gz_ = std::make_unique<GzipStreambuf>(out->file_);
    out->gz_stream_ = std::make_unique<std::ostream>(out->gz_.get());
  }
  return out;
}

Status OutputFile::commit() {
  if (path_ == "-") {
    stdout_->flush();
    return stdout_->good() ? Status::ok() : Status::io_error("cannot write to stdout");
  }
  if (gz_) {
    gz_stream_->flush();
    if (!*gz_stream_) return Status::io_error("error while compressing " + tmp_);
    if (Status st = gz_->finish(); !st) return Status::io_error(st.message() + " for " + tmp_);
  }
  file_.close();
  if (!file_) return Status::io_error("error while writing " + tmp_);
  if (interrupted()) return interrupted_status();
  std::error_code ec;
  commit_rename(tmp_, path_, ec);
  if (interrupted()) return interrupted_status();
  if (ec) return Status::io_error("cannot rename " + tmp_ + " to " + path_ + ": " + ec.message());
  committed_ = true;
  return Status::ok();
}

OutputFile::~OutputFile() {
  if (!committed_ && !tmp_.empty()) {
    file_.close();
    std::error_code ec;
    std::filesystem::remove(tmp_, ec);
    unregister_temporary(tmp_);
  }
}

}  // namespace kg::cli
