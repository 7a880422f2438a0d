// The kg command line: one file per subcommand, each registering itself on the app.
// Only cli/ prints, logs or exits. Exit codes are documented in README.md.
#pragma once

#include <functional>
#include <string>

#include <CLI/CLI.hpp>

#include "graph/status.h"

namespace kg::cli {

enum ExitCode : int {
  kExitOk = 0,        // everything done
  kExitRejected = 1,  // finished, but some inputs were rejected (see the summary)
  kExitUsage = 2,     // bad command line, or a subcommand not implemented yet
  kExitFatal = 3,     // could not do the job (unreadable model, unwritable output, bug)
  // 130 (kExitInterrupted, cli/interrupt.h): stopped by Ctrl-C or SIGTERM
};

struct GlobalOptions {
  int verbosity = 0;  // -v adds one, -q sets -1
  std::string models_dir;  // --models; empty = KG_MODELS env or the built-in default
  double progress_seconds = 10;  // --progress-every: log interval when stderr is not a terminal
};

// A subcommand's action: returns the process exit code.
using Action = std::function<int()>;

// Each register_* adds one subcommand and stores the action to run when it is chosen.
void register_build(CLI::App& app, GlobalOptions& g, Action& action);
void register_extract(CLI::App& app, GlobalOptions& g, Action& action);
void register_parse(CLI::App& app, GlobalOptions& g, Action& action);
void register_export(CLI::App& app, GlobalOptions& g, Action& action);
void register_query(CLI::App& app, GlobalOptions& g, Action& action);
void register_explain(CLI::App& app, GlobalOptions& g, Action& action);
void register_merge(CLI::App& app, GlobalOptions& g, Action& action);
void register_curate(CLI::App& app, GlobalOptions& g, Action& action);  // remove, documents
void register_stats(CLI::App& app, GlobalOptions& g, Action& action);
void register_neighbors(CLI::App& app, GlobalOptions& g, Action& action);
void register_path(CLI::App& app, GlobalOptions& g, Action& action);
void register_train(CLI::App& app, GlobalOptions& g, Action& action);
void register_eval(CLI::App& app, GlobalOptions& g, Action& action);
void register_view(CLI::App& app, GlobalOptions& g, Action& action);

// Logs "kg NAME: not implemented yet (see issue N)" and returns kExitUsage.
int not_implemented(const std::string& what, int issue);

// Logs a failed Status and returns kExitFatal (after an interruption: kExitInterrupted,
// without a message; main() reports the interruption).
int fatal(const Status& status);

}  // namespace kg::cli
