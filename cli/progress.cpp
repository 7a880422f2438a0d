#include "cli/progress.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/interrupt.h"
#include "extract/read/reader.h"

namespace kg::cli {
namespace {

double seconds_between(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

// 950 -> "950", 12345 -> "12.3 k", 2345678 -> "2.35 M".
std::string human(double v) {
  if (v < 1e4) return fmt::format("{:.0f}", v);
  if (v < 1e6) return fmt::format("{:.1f} k", v / 1e3);
  if (v < 1e9) return fmt::format("{:.2f} M", v / 1e6);
  return fmt::format("{:.2f} G", v / 1e9);
}

std::string megabytes(std::uint64_t b) { return fmt::format("{:.1f} MB", static_cast<double>(b) / 1e6); }

std::string clock_text(double s) {
  const auto t = static_cast<long>(s + 0.5);
  if (t >= 3600) return fmt::format("{}h{:02}m", t / 3600, t / 60 % 60);
  return fmt::format("{}m{:02}s", t / 60, t % 60);
}

bool stderr_is_terminal() {
  if (!::isatty(STDERR_FILENO)) return false;
  const char* term = std::getenv("TERM");
  return !(term && std::string_view(term) == "dumb");
}

}  // namespace

ProcessUsage process_usage() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  ProcessUsage p;
  p.cpu_seconds = static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
                  static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
  p.peak_rss_kb = static_cast<std::uint64_t>(u.ru_maxrss);  // Linux: kilobytes
  return p;
}

std::uint64_t input_size(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::uint64_t total = 0;
  for (const std::string& p : paths) {
    std::error_code ec;
    const fs::path path = p == "-" ? fs::path("/dev/stdin") : fs::path(p);
    const auto st = fs::status(path, ec);
    if (ec) return 0;
    if (fs::is_regular_file(st)) {
      total += fs::file_size(path, ec);
    } else if (fs::is_directory(st)) {
      for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->is_regular_file(ec) &&
            extract::format_from_extension(it->path().string()) != extract::InputFormat::kAuto) {
          total += it->file_size(ec);
        }
      }
    } else {
      return 0;  // a pipe or terminal: size unknown
    }
    if (ec) return 0;
  }
  return total;
}

Progress::Progress(const GlobalOptions& g, std::string what, std::string items, std::uint64_t total_bytes)
    : enabled_(g.verbosity >= 0),
      terminal_(stderr_is_terminal()),
      what_(std::move(what)),
      item_name_(std::move(items)),
      total_(total_bytes),
      log_every_(g.progress_seconds > 0 ? g.progress_seconds : 10),
      cpu_start_(process_usage().cpu_seconds),
      start_(std::chrono::steady_clock::now()) {
  // The first line waits a little, so that short runs print only the summary.
  next_ = start_ + std::chrono::milliseconds(terminal_ ? 500 : static_cast<long>(log_every_ * 1000));
}

std::string Progress::status_text(double elapsed) const {
  std::string s = fmt::format("{} {}, {} tokens, {} tokens/s", human(static_cast<double>(items_done_)),
                              item_name_, human(static_cast<double>(tokens_)),
                              human(elapsed > 0 ? static_cast<double>(tokens_) / elapsed : 0));
  if (tokens_ == 0) {
    s = fmt::format("{} {}, {} {}/s", human(static_cast<double>(items_done_)), item_name_,
                    human(elapsed > 0 ? static_cast<double>(items_done_) / elapsed : 0), item_name_);
  }
  if (total_ > 0) {
    const double frac = std::min(1.0, static_cast<double>(bytes_) / static_cast<double>(total_));
    s += fmt::format(", {} of {} ({:.1f}%)", megabytes(bytes_), megabytes(total_), 100 * frac);
    if (bytes_ > 0 && frac < 1.0) s += ", ETA " + clock_text(elapsed * (1 - frac) / frac);
  } else {
    s += fmt::format(", {} read", megabytes(bytes_));
  }
  return s;
}

void Progress::tick() {
  const auto now = std::chrono::steady_clock::now();
  const double elapsed = seconds_between(start_, now);
  if (terminal_) {
    const std::string line = "\r" + fmt::format("kg {}: {}", what_, status_text(elapsed)) + "\x1b[K";
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
    drawn_ = true;
    next_ = now + std::chrono::milliseconds(1000 / kRedrawsPerSecond);
  } else {
    spdlog::info("progress: {}", status_text(elapsed));
    next_ = now + std::chrono::milliseconds(static_cast<long>(log_every_ * 1000));
  }
}

void Progress::clear_line() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

void Progress::finish(const std::string& extra, const std::string& tail) {
  if (!enabled_) return;
  clear_line();
  const double elapsed = seconds_between(start_, std::chrono::steady_clock::now());
  const ProcessUsage u = process_usage();
  const double cpu = u.cpu_seconds - cpu_start_;
  const auto per = [](double n, double s) { return s > 0 ? n / s : 0.0; };
  const auto items = static_cast<double>(items_done_), tokens = static_cast<double>(tokens_);
  std::string counts = fmt::format("{} {}", items_done_, item_name_);
  if (tokens_) counts += fmt::format(", {} tokens", tokens_);
  if (!extra.empty()) counts += ", " + extra;
  std::string rates = tokens_ ? fmt::format("{:.0f} tokens/s, {:.1f} {}/s", per(tokens, elapsed),
                                            per(items, elapsed), item_name_)
                              : fmt::format("{:.1f} {}/s", per(items, elapsed), item_name_);
  std::string cpu_text = tokens_ ? fmt::format("CPU {:.2f} s ({:.0f} tokens per CPU-second)", cpu, per(tokens, cpu))
                                 : fmt::format("CPU {:.2f} s", cpu);
  spdlog::info("summary: {} in {:.2f} s ({}; {}; peak RSS {:.0f} MB){}{}", counts, elapsed, rates, cpu_text,
               static_cast<double>(u.peak_rss_kb) / 1024.0, tail.empty() ? "" : "; ", tail);
}

CountingInput::int_type CountingInput::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  if (interrupted()) return traits_type::eof();
  const std::streamsize n = src_->sgetn(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  if (n <= 0) return traits_type::eof();
  bytes_ += static_cast<std::uint64_t>(n);
  setg(buf_.data(), buf_.data(), buf_.data() + n);
  return traits_type::to_int_type(*gptr());
}

}  // namespace kg::cli
