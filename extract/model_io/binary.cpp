#include "extract/model_io/binary.h"

#include <bit>
#include <cstring>

namespace kg::extract::model_io {

void BinaryWriter::u32(std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFFu));
}

void BinaryWriter::u64(std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFFu));
}

void BinaryWriter::f32(float v) { u32(std::bit_cast<std::uint32_t>(v)); }

void BinaryWriter::str(std::string_view s) {
  u32(static_cast<std::uint32_t>(s.size()));
  out_.append(s);
}

void BinaryReader::bytes(void* dst, std::size_t n) {
  if (!ok_) {
    std::memset(dst, 0, n);
    return;
  }
  in_.read(static_cast<char*>(dst), static_cast<std::streamsize>(n));
  if (static_cast<std::size_t>(in_.gcount()) != n) {
    std::memset(dst, 0, n);
    fail("truncated");
  }
}

std::uint8_t BinaryReader::u8() {
  unsigned char b = 0;
  bytes(&b, 1);
  return b;
}

std::uint32_t BinaryReader::u32() {
  unsigned char b[4];
  bytes(b, 4);
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | b[i];
  return v;
}

std::uint64_t BinaryReader::u64() {
  unsigned char b[8];
  bytes(b, 8);
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | b[i];
  return v;
}

float BinaryReader::f32() { return std::bit_cast<float>(u32()); }

std::string BinaryReader::str(std::uint32_t max_len) {
  const std::uint32_t n = u32();
  if (!ok_) return {};
  if (n > max_len) {
    fail("string length out of range");
    return {};
  }
  std::string s(n, '\0');
  if (n) bytes(s.data(), n);
  return ok_ ? s : std::string();
}

bool BinaryReader::at_end() {
  if (!ok_) return false;
  return in_.peek() == std::char_traits<char>::eof();
}

void write_header(BinaryWriter& w, std::string_view magic8, std::uint32_t version) {
  w.bytes(magic8.substr(0, 8));
  w.u32(version);
}

Status read_header(BinaryReader& r, std::string_view magic8, std::uint32_t max_version,
                   std::string_view what, std::uint32_t& version) {
  char magic[8];
  r.bytes(magic, 8);
  if (!r.ok()) return Status::corrupt(std::string(what) + ": file too short for a header");
  if (std::string_view(magic, 8) != magic8.substr(0, 8)) {
    return Status::corrupt(std::string(what) + ": wrong magic (not a " + std::string(what) + " file)");
  }
  version = r.u32();
  if (!r.ok()) return Status::corrupt(std::string(what) + ": truncated header");
  if (version == 0 || version > max_version) {
    return Status::unsupported(std::string(what) + ": file version " + std::to_string(version) +
                               " is newer than this build supports (" + std::to_string(max_version) + ")");
  }
  return Status::ok();
}

Status finish(BinaryReader& r, std::string_view what) {
  if (!r.ok()) return Status::corrupt(std::string(what) + ": " + r.why());
  if (!r.at_end()) return Status::corrupt(std::string(what) + ": trailing bytes after the model");
  return Status::ok();
}

}  // namespace kg::extract::model_io
