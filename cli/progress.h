// Progress and the final summary of long commands (build, extract, parse), on stderr.
//
// - stderr is a terminal: one status line (documents, tokens, tokens/s, bytes read of the
//   total when known, ETA when the total is known), redrawn at most kRedrawsPerSecond times
//   a second, erased at the end.
// - otherwise: one log line every `log_every` seconds (GlobalOptions::progress_seconds).
// - finish(): one summary line with the counts, elapsed time, tokens/s and documents/s
//   (wall clock), CPU seconds and tokens per CPU-second, and the peak RSS.
// --quiet (verbosity < 0) silences all of it. Throughput counts from the Progress's
// construction, which callers place after the models are loaded.
// Thread safety: one thread (the one that reads input and writes output in order).
#pragma once

#include <chrono>
#include <cstdint>
#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace kg::cli {

inline constexpr int kRedrawsPerSecond = 4;

// Resource use of this process so far (getrusage).
struct ProcessUsage {
  double cpu_seconds = 0;     // user + system, all threads
  std::uint64_t peak_rss_kb = 0;
};
ProcessUsage process_usage();

// Sum of the sizes of the inputs kg will read: regular files, and the files under
// directories whose extension a reader knows; 0 when unknown (stdin that is not a file).
std::uint64_t input_size(const std::vector<std::string>& paths);

class Progress {
 public:
  // `what` names the command in the lines ("build"); `items` the unit counted
  // ("documents", or "triples" for --from-triples); total_bytes 0 = unknown.
  Progress(const GlobalOptions& g, std::string what, std::string items, std::uint64_t total_bytes);

  // One more item done, with its tokens; `bytes_read` is the input consumed so far.
  void add(std::size_t tokens, std::uint64_t bytes_read) {
    ++items_done_;
    tokens_ += tokens;
    bytes_ = bytes_read;
    if (enabled_ && std::chrono::steady_clock::now() >= next_) tick();
  }
  std::size_t items() const { return items_done_; }
  std::size_t tokens() const { return tokens_; }

  // Erases the status line (before other log lines); the next add() may redraw it.
  void clear_line();

  // Erases the status line and logs the summary: the counts (plus `extra` counts such as
  // "412 triples"), time, throughput and memory, then `tail` ("graph: 300 nodes, ...").
  void finish(const std::string& extra, const std::string& tail = "");

 private:
  void tick();
  std::string status_text(double elapsed) const;

  bool enabled_ = false, terminal_ = false, drawn_ = false;
  std::string what_, item_name_;
  std::uint64_t total_ = 0, bytes_ = 0;
  std::size_t items_done_ = 0, tokens_ = 0;
  double log_every_ = 10;
  double cpu_start_ = 0;
  std::chrono::steady_clock::time_point start_, next_;
};

// An istream over another stream's buffer that counts the bytes read and ends (EOF) as
// soon as an interruption arrives, so that any reader stops at once.
class CountingInput : public std::streambuf {
 public:
  explicit CountingInput(std::streambuf* src) : src_(src), buf_(1 << 16) {}
  std::uint64_t bytes() const { return bytes_; }

 protected:
  int_type underflow() override;

 private:
  std::streambuf* src_;
  std::vector<char> buf_;
  std::uint64_t bytes_ = 0;
};

}  // namespace kg::cli
