#include "graph/line_feeder.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace kg::graph {

namespace {
constexpr std::size_t kBlockBytes = 4u << 20;
constexpr std::size_t kBlocks = 4;  // in flight: one being read, up to two queued, one consumed
}  // namespace

LineFeeder::LineFeeder(std::istream& in, Inspect inspect) : in_(in), inspect_(std::move(inspect)) {
  for (std::size_t i = 0; i < kBlocks; ++i) {
    blocks_.push_back(std::make_unique<Block>());
    free_.push_back(blocks_.back().get());
  }
  thread_ = std::thread([this] { run(); });
}

LineFeeder::~LineFeeder() { stop(); }

void LineFeeder::stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

const std::vector<LineFeeder::Line>* LineFeeder::next() {
  std::unique_lock lock(mu_);
  if (current_ != nullptr) {
    free_.push_back(current_);
    current_ = nullptr;
    cv_.notify_all();
  }
  cv_.wait(lock, [&] { return !ready_.empty(); });
  Block* b = ready_.front();
  if (b == nullptr) return nullptr;  // the end marker stays for later calls
  ready_.pop_front();
  current_ = b;
  return &b->lines;
}

void LineFeeder::run() {
  std::string carry;  // the unfinished last line of the previous block
  std::uint64_t offset = 0;
  bool bad = false;
  try {
    for (;;) {
      Block* b = nullptr;
      {
        std::unique_lock lock(mu_);
        cv_.wait(lock, [&] { return stopping_ || !free_.empty(); });
        if (stopping_) break;
        b = free_.back();
        free_.pop_back();
      }
      // Room for the carried line and at least as much again (a long line doubles the
      // block each time, so a huge line costs linear time), plus one NUL.
      const std::size_t cap = std::max(kBlockBytes, carry.size() * 2);
      if (b->data.size() < cap + 1) b->data.resize(cap + 1);
      std::memcpy(b->data.data(), carry.data(), carry.size());
      std::size_t have = carry.size();
      carry.clear();
      in_.read(b->data.data() + have, static_cast<std::streamsize>(cap - have));
      have += static_cast<std::size_t>(in_.gcount());
      const bool end = !in_;
      bad = in_.bad();
      b->lines.clear();
      char* p = b->data.data();
      char* const stop = p + have;
      auto emit = [&](char* text, std::size_t size) {
        Line l;
        l.text = text;
        l.size = size;
        l.offset = offset;
        offset += size + 1;
        if (inspect_) inspect_(l);
        b->lines.push_back(l);
      };
      while (p < stop) {
        char* nl = static_cast<char*>(std::memchr(p, '\n', static_cast<std::size_t>(stop - p)));
        if (nl == nullptr) break;
        *nl = '\0';
        emit(p, static_cast<std::size_t>(nl - p));
        p = nl + 1;
      }
      if (end && !bad && p < stop) {  // a last line without '\n'
        *stop = '\0';
        emit(p, static_cast<std::size_t>(stop - p));
        p = stop;
      }
      if (!end) carry.assign(p, static_cast<std::size_t>(stop - p));
      {
        std::lock_guard lock(mu_);
        if (b->lines.empty()) free_.push_back(b);
        else ready_.push_back(b);
        if (end) {
          bad_ = bad;
          ready_.push_back(nullptr);
        }
      }
      cv_.notify_all();
      if (end) return;
    }
  } catch (...) {  // bad_alloc: report it as a read error
    bad = true;
  }
  std::lock_guard lock(mu_);
  bad_ = bad_ || bad;
  ready_.push_back(nullptr);
  cv_.notify_all();
}

}  // namespace kg::graph
