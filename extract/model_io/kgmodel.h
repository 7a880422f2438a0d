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
// model in messages ("NER model").
Status read_kgmodel_header(std::istream& in, std::string_view kind, std::uint32_t max_version, std::string_view what);

// Fails with kCorrupt when bytes follow the last section.
Status expect_end(std::istream& in, std::string_view what);

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
