// Ctrl-C (SIGINT) and SIGTERM for every kg command.
//
// install_interrupt_handling(), called first thing in main() before any other thread
// exists, blocks both signals in every thread and starts a watcher thread that waits for
// them. On the first signal the watcher sets the flag interrupted() reads: input readers
// stop handing out documents, the command abandons its work (workers finish or drop the
// document they hold), OutputFile destructors remove their PATH.tmp files, and main()
// exits with kExitInterrupted (130). If the command has not ended kGraceSeconds later
// (blocked reading stdin, or inside a long export), or on a second signal, the watcher
// removes every registered temporary file itself and ends the process with 130.
//
// Final names: an output only gets its final name through commit_rename(), which renames
// a complete PATH.tmp, and refuses to once an interruption has arrived, under the same
// lock the watcher takes before it deletes the temporary files and exits. So no
// half-written file ever carries a final name, and after Ctrl-C no new final name appears
// (outputs committed before it stay: they are complete).
//
// This is the one piece of process-wide mutable state in kg (signals are process-wide);
// it lives in cli/ only. Thread safety: every function may be called from any thread.
#pragma once

#include <functional>
#include <string>
#include <system_error>

#include "graph/status.h"

namespace kg::cli {

inline constexpr int kExitInterrupted = 130;  // 128 + SIGINT, as shells report it
inline constexpr int kGraceSeconds = 5;

// Blocks SIGINT and SIGTERM and starts the watcher. Call once, before starting threads.
void install_interrupt_handling();

// True once SIGINT or SIGTERM has arrived.
bool interrupted();

// The Status a reader's sink returns to stop reading after an interruption.
Status interrupted_status();

// Temporary files that the watcher deletes if it has to end the process itself.
void register_temporary(const std::string& path);
void unregister_temporary(const std::string& path);

// Renames `tmp` to `final_path` and unregisters `tmp`; after an interruption it renames
// nothing and sets `ec` to operation_canceled.
void commit_rename(const std::string& tmp, const std::string& final_path, std::error_code& ec);

// Runs `step` (a few renames that must not be split) under the same lock: a signal during
// it waits for its end. After an interruption it runs nothing and returns interrupted_status().
Status run_uninterrupted(const std::function<Status()>& step);

}  // namespace kg::cli
