// The outputs of one `kg build` written as one unit (issue #26): every file goes first to a
// staging folder inside the output folder, DIR/.kg-staging; only when all are complete
// does commit() move them over the folder's kg files, and remove the kg outputs of an
// earlier build that this one does not write (a stale graph.json beside a new graph.kgl
// would describe another graph). After an interruption the folder holds the old complete
// set or the new one:
// - Ctrl-C/SIGTERM before the commit: nothing of the new build reaches DIR (the staging
//   folder is removed); the commit itself runs under the interrupt lock, so a signal
//   during it waits for its end (interrupt.h).
// - A killed process (SIGKILL, power loss): before the commit, the next run removes the
//   staging folder and any kg PATH.tmp beside the outputs; during the commit (a journal,
//   DIR/.kg-staging/COMMIT, lists the new set), the next run finishes it first.
// Only names kg writes are touched (outputs_names()); other files in DIR stay.
// Thread safety: one thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace kg::cli {

inline constexpr std::string_view kStagingDirName = ".kg-staging";

// Every name kg's build may write in its output folder: graph.kgl and each export's
// default name (the Neo4j CSV folder "neo4j" included).
std::vector<std::string> output_names();

class StagedOutputs {
 public:
  // Prepares `dir` (which must exist): finishes an interrupted commit or removes the
  // partial outputs a killed run left, then creates an empty staging folder. `notes`
  // receives one line per thing repaired (the caller logs them).
  static Result<StagedOutputs> begin(const std::string& dir, std::vector<std::string>& notes);
  StagedOutputs(StagedOutputs&& o) noexcept : dir_(std::move(o.dir_)), done_(o.done_) { o.done_ = true; }
  StagedOutputs& operator=(StagedOutputs&&) = delete;
  StagedOutputs(const StagedOutputs&) = delete;
  ~StagedOutputs();  // removes the staging folder unless committed

  // Where to write the output `name` (DIR/.kg-staging/NAME).
  std::string path(std::string_view name) const;
  // Moves the staged outputs `names` into DIR, replacing the files of those names, and
  // removes the other output_names() from DIR; refused (nothing moved) after an interruption.
  Status commit(const std::vector<std::string>& names);

 private:
  explicit StagedOutputs(std::string dir) : dir_(std::move(dir)) {}
  std::string dir_;
  bool done_ = false;
};

}  // namespace kg::cli
