#include "cli/interrupt.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

namespace kg::cli {
namespace {

struct State {
  std::atomic<bool> interrupted{false};
  std::mutex mu;  // guards temporaries and every commit_rename()
  std::set<std::string> temporaries;
};

// Never destroyed: the watcher may still run while static destructors do.
State& state() {
  static State* s = new State;
  return *s;
}

void say(const char* msg) {
  const ssize_t r = ::write(STDERR_FILENO, msg, std::char_traits<char>::length(msg));
  (void)r;
}

// Removes the temporaries and ends the process; the lock is never released, so no
// commit_rename() can run after the files are gone.
[[noreturn]] void force_exit() {
  State& s = state();
  s.mu.lock();
  for (const std::string& p : s.temporaries) ::unlink(p.c_str());
  say("kg: interrupted: temporary outputs removed\n");
  ::_exit(kExitInterrupted);
}

void watch(sigset_t set) {
  int sig = 0;
  while (sigwait(&set, &sig) != 0) {
  }
  state().interrupted.store(true);
  say("kg: interrupted: stopping (press Ctrl-C again to quit at once)\n");
  timespec grace{kGraceSeconds, 0};
  // A second signal or the end of the grace period: the command did not stop by itself.
  while (sigtimedwait(&set, nullptr, &grace) < 0 && errno == EINTR) {
  }
  force_exit();
}

}  // namespace

void install_interrupt_handling() {
  sigset_t set;
  sigemptyset(&set);
  for (int sig : {SIGINT, SIGTERM}) {
    // SIGINT is honoured even when inherited ignored: a shell without job control starts
    // its background jobs so ("kg build ... &" in a script), and a script that sends them
    // SIGINT means to stop them. A SIGTERM set to be ignored stays ignored.
    struct sigaction old {};
    if (sig == SIGTERM && sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    sigaddset(&set, sig);
  }
  if (sigisemptyset(&set)) return;
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  state();
  std::thread(watch, set).detach();
}

bool interrupted() { return state().interrupted.load(std::memory_order_relaxed); }

Status interrupted_status() { return Status::io_error("interrupted"); }

void register_temporary(const std::string& path) {
  std::lock_guard<std::mutex> lock(state().mu);
  state().temporaries.insert(path);
}

void unregister_temporary(const std::string& path) {
  std::lock_guard<std::mutex> lock(state().mu);
  state().temporaries.erase(path);
}

void commit_rename(const std::string& tmp, const std::string& final_path, std::error_code& ec) {
  State& s = state();
  std::lock_guard<std::mutex> lock(s.mu);
  if (s.interrupted.load()) {
    ec = std::make_error_code(std::errc::operation_canceled);
    return;
  }
  std::filesystem::rename(tmp, final_path, ec);
  if (!ec) s.temporaries.erase(tmp);
}

Status run_uninterrupted(const std::function<Status()>& step) {
  State& s = state();
  std::lock_guard<std::mutex> lock(s.mu);
  if (s.interrupted.load()) return interrupted_status();
  return step();
}

}  // namespace kg::cli
