// LineFeeder: reads a stream on a background thread, in large blocks, and hands its lines
// to one consumer in order, block by block, so that reading and splitting overlap with
// what the consumer does with the lines (the native graph reader parses them).
//
// Lines are the pieces between '\n' bytes, as std::getline gives them: a last line without
// '\n' counts, a final '\n' adds no empty line. Each line is NUL-terminated in place (the
// '\n' is overwritten) and may be modified by the consumer until it asks for the next
// block (RapidJSON's in-situ parsing). A line of any length works: blocks grow to hold it.
// An optional `inspect` callback runs on the reader thread for every line, e.g. to pre-parse
// a fixed prefix; it must touch nothing but the line and its `Line::tag` fields.
//
// Thread safety: one consumer thread; the stream must not be used by anyone else until the
// feeder is destroyed (which stops and joins the reader).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <istream>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace kg::graph {

class LineFeeder {
 public:
  // Fields a caller's inspect callback may fill from the line on the reader thread.
  struct Tag {
    std::uint64_t a = 0, b = 0;
    std::uint32_t x = 0, y = 0, z = 0;
    double c = 0;
    bool ok = false;
  };
  struct Line {
    char* text = nullptr;   // NUL-terminated, `size` bytes before the NUL
    std::size_t size = 0;
    std::uint64_t offset = 0;  // byte offset of the line in the stream (from where reading began)
    Tag tag;
  };
  using Inspect = std::function<void(Line&)>;

  explicit LineFeeder(std::istream& in, Inspect inspect = {});
  ~LineFeeder();
  LineFeeder(const LineFeeder&) = delete;
  LineFeeder& operator=(const LineFeeder&) = delete;

  // The next block's lines (never empty), or nullptr at the end of the stream or after a
  // read error. The previous block's lines become invalid.
  const std::vector<Line>* next();
  // True when reading stopped on a stream error (badbit), not at the end.
  bool bad() const { return bad_; }

 private:
  struct Block {
    std::vector<char> data;
    std::vector<Line> lines;
  };
  void run();
  void stop();

  std::istream& in_;
  Inspect inspect_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Block*> ready_;     // filled blocks, in order; nullptr marks the end
  std::vector<Block*> free_;     // blocks the consumer gave back
  std::vector<std::unique_ptr<Block>> blocks_;
  Block* current_ = nullptr;     // block the consumer holds
  bool stopping_ = false;
  bool bad_ = false;             // written by the reader before it marks the end
  std::thread thread_;
};

}  // namespace kg::graph
