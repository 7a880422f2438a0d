// The common header of kg's "KGMODEL" files (segmenter, ner; layout in models/FORMAT.md):
// 8-byte magic "KGMODEL\0", u32 version, u32 length + the kind name. Little-endian
// scalar I/O helpers for the sections that follow.
#pragma once

#include <cstdint>
#include <fstream>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/status.h"

namespace kg::extract::model_io {

void write_kgmodel_header(std::ostream& out, std::string_view kind, std::uint32_t version);

// Checks magic, version (newer than max_version: kUnsupported) and kind; `what` names the
// model in messages ("NER model"). The version read is stored in *version when given.
Status read_kgmodel_header(std::istream& in, std::string_view kind, std::uint32_t max_version, std::string_view what,
                           std::uint32_t* version = nullptr);

// Fails with kCorrupt when bytes follow the last section.
Status expect_end(std::istream& in, std::string_view what);

// splitmix64 finaliser: a cheap, well-mixed combination of feature-hash parts. FROZEN:
// the feature buckets of the segmenter and NER models depend on it.
inline std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

template <typename T>
void put(std::ostream& out, T v) {
  out.write(reinterpret_cast<const char*>(&v), sizeof(v));
}
template <typename T>
bool get(std::istream& in, T& v) {
  return static_cast<bool>(in.read(reinterpret_cast<char*>(&v), sizeof(v)));
}

// Opens `path` and runs `load(std::istream&)`, prefixing errors with the path.
template <typename Loader>
auto load_model_file(const std::string& path, Loader load) -> decltype(load(std::declval<std::istream&>())) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found("cannot open model " + path);
  auto m = load(in);
  if (!m) return Status::corrupt(path + ": " + m.status().message());
  return m;
}

}  // namespace kg::extract::model_io
