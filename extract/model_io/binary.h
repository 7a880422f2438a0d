// Little-endian binary encoding shared by every kg model file (see models/FORMAT.md).
//
// BinaryWriter appends to a std::string; BinaryReader reads from a std::istream and
// turns short reads into a sticky error, so that loaders check once at the end of a block.
// Strings are a u32 byte length followed by the bytes. Floats are IEEE-754 binary32 bit
// patterns stored as u32. Thread safety: one reader/writer per thread.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

#include "graph/status.h"

namespace kg::extract::model_io {

class BinaryWriter {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v);
  void u64(std::uint64_t v);
  void f32(float v);
  void str(std::string_view s);
  void bytes(std::string_view s) { out_.append(s); }
  const std::string& data() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class BinaryReader {
 public:
  explicit BinaryReader(std::istream& in) : in_(in) {}
  std::uint8_t u8();
  std::uint32_t u32();
  std::uint64_t u64();
  float f32();
  // Reads a string of at most `max_len` bytes; a longer length marks the reader failed.
  std::string str(std::uint32_t max_len = 1u << 20);
  // Reads exactly n bytes into `dst`.
  void bytes(void* dst, std::size_t n);
  bool ok() const { return ok_; }
  void fail(std::string why) {
    if (ok_) { ok_ = false; why_ = std::move(why); }
  }
  const std::string& why() const { return why_; }
  // True when the stream has no byte left (consumes nothing when true).
  bool at_end();

 private:
  std::istream& in_;
  bool ok_ = true;
  std::string why_;
};

// Writes the common header: 8-byte magic then u32 version.
void write_header(BinaryWriter& w, std::string_view magic8, std::uint32_t version);

// Checks magic and version. A newer version than `max_version` is kUnsupported, a wrong
// magic or a short read kCorrupt. `what` names the model in messages.
Status read_header(BinaryReader& r, std::string_view magic8, std::uint32_t max_version,
                   std::string_view what, std::uint32_t& version);

// kCorrupt unless the reader is ok and the stream is exhausted (no trailing bytes).
Status finish(BinaryReader& r, std::string_view what);

}  // namespace kg::extract::model_io
