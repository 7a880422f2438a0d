// Small output helpers shared by the native graph writer and the exporters.
//
// BufferedWriter: appends into a 256 KiB buffer and hands it to the ostream in bulk;
// error state is that of the stream (check with status()). Not thread-safe.
// append_json_string: a JSON string literal per RFC 8259, safe to paste into JavaScript
// (U+2028/U+2029 escaped). Input must be valid UTF-8 (KnowledgeGraph guarantees it).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/status.h"

namespace kg::graph {

class BufferedWriter {
 public:
  explicit BufferedWriter(std::ostream& out) : out_(out) { buf_.reserve(kFlushAt + 4096); }
  ~BufferedWriter() { flush(); }
  BufferedWriter(const BufferedWriter&) = delete;
  BufferedWriter& operator=(const BufferedWriter&) = delete;

  std::string& buffer() { return buf_; }  // append freely, then call maybe_flush()
  BufferedWriter& operator<<(std::string_view s) {
    buf_.append(s);
    maybe_flush();
    return *this;
  }
  BufferedWriter& operator<<(char c) {
    buf_.push_back(c);
    return *this;
  }
  BufferedWriter& operator<<(std::uint64_t v);
  void maybe_flush() {
    if (buf_.size() >= kFlushAt) flush();
  }
  void flush();
  // io_error if the stream failed, after flushing.
  Status status(const std::string& what);

 private:
  static constexpr std::size_t kFlushAt = 256 * 1024;
  std::ostream& out_;
  std::string buf_;
};

// Appends "s" with JSON escapes: \" \\ \n \r \t \b \f, other controls and U+2028/9 as \uXXXX.
void append_json_string(std::string& out, std::string_view s);

// Appends the decimal digits of v.
void append_uint(std::string& out, std::uint64_t v);

}  // namespace kg::graph
