#include "cli/staged_outputs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "cli/graph_files.h"
#include "cli/interrupt.h"
#include "export/exporters.h"
#include "graph/store.h"

namespace kg::cli {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kJournal = "COMMIT";  // in the staging folder: the names being moved

Status io(const std::string& what, const fs::path& p, const std::error_code& ec) {
  return Status::io_error(what + " " + p.string() + ": " + ec.message());
}

// Moves the staged `names` into `dir` (those still in staging: a finished move is not
// redone) and removes the other output names from `dir`. Idempotent, so that a commit a
// killed process left half done can be finished by running it again.
Status apply(const fs::path& dir, const fs::path& staging, const std::vector<std::string>& names) {
  std::error_code ec;
  for (const std::string& n : output_names()) {
    if (std::find(names.begin(), names.end(), n) != names.end()) continue;
    if (fs::exists(dir / n, ec) && fs::remove_all(dir / n, ec) == static_cast<std::uintmax_t>(-1))
      return io("cannot remove the stale output", dir / n, ec);
  }
  for (const std::string& n : names) {
    const fs::path from = staging / n, to = dir / n;
    if (!fs::exists(from, ec)) continue;  // moved before an interruption
    // A folder (neo4j/) replaces a folder: remove the old one first; a file is replaced
    // by rename() itself, atomically.
    if (fs::is_directory(from, ec) && fs::exists(to, ec) && fs::remove_all(to, ec) == static_cast<std::uintmax_t>(-1))
      return io("cannot replace", to, ec);
    fs::rename(from, to, ec);
    if (ec) return io("cannot move the new output to", to, ec);
  }
  return Status::ok();
}

std::vector<std::string> read_journal(const fs::path& p) {
  std::vector<std::string> names;
  std::ifstream in(p);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) names.push_back(line);
  }
  return names;
}

}  // namespace

std::vector<std::string> output_names() {
  std::vector<std::string> names{graph::kGraphFileName};
  for (exporters::Format f : exporters::all_formats()) {
    names.push_back(export_file_name(f, false));
    if (export_file_name(f, true) != names.back()) names.push_back(export_file_name(f, true));  // --compress gz
  }
  return names;
}

Result<StagedOutputs> StagedOutputs::begin(const std::string& dir, std::vector<std::string>& notes) {
  const fs::path d(dir), staging = d / kStagingDirName;
  std::error_code ec;
  if (fs::exists(staging / kJournal, ec)) {
    // A commit a killed process left half done: finish it, so the folder holds that build.
    if (Status st = apply(d, staging, read_journal(staging / kJournal)); !st) return st;
    notes.push_back("finished moving the outputs of an interrupted earlier build into " + dir);
  } else if (fs::exists(staging, ec)) {
    notes.push_back("removed the partial outputs of an interrupted earlier build (" + staging.string() + ")");
  }
  if (fs::exists(staging, ec) && fs::remove_all(staging, ec) == static_cast<std::uintmax_t>(-1))
    return io("cannot remove", staging, ec);
  // Temporary files of a killed run that wrote straight into the folder (older kg, kg export).
  for (const std::string& n : output_names()) {
    const fs::path tmp = d / (n + ".tmp");
    if (fs::exists(tmp, ec)) {
      fs::remove_all(tmp, ec);
      if (ec) return io("cannot remove the leftover", tmp, ec);
      notes.push_back("removed the leftover " + tmp.string() + " of an interrupted earlier run");
    }
  }
  fs::create_directories(staging, ec);
  if (ec) return io("cannot create the staging folder", staging, ec);
  return StagedOutputs(dir);
}

StagedOutputs::~StagedOutputs() {
  if (done_) return;
  std::error_code ec;
  fs::remove_all(fs::path(dir_) / kStagingDirName, ec);
}

std::string StagedOutputs::path(std::string_view name) const {
  return (fs::path(dir_) / kStagingDirName / std::string(name)).string();
}

Status StagedOutputs::commit(const std::vector<std::string>& names) {
  const fs::path d(dir_), staging = d / kStagingDirName;
  Status st = run_uninterrupted([&]() -> Status {
    std::error_code ec;
    {
      std::ofstream j(staging / "COMMIT.tmp", std::ios::binary | std::ios::trunc);
      for (const std::string& n : names) j << n << '\n';
      j.close();
      if (!j) return Status::io_error("cannot write " + (staging / "COMMIT.tmp").string());
    }
    fs::rename(staging / "COMMIT.tmp", staging / kJournal, ec);
    if (ec) return io("cannot write", staging / kJournal, ec);
    if (Status s = apply(d, staging, names); !s) return s;
    fs::remove_all(staging, ec);
    if (ec) return io("cannot remove", staging, ec);
    return Status::ok();
  });
  if (st) done_ = true;
  return st;
}

}  // namespace kg::cli
