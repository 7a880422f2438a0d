#include "extract/model_io/kgmodel.h"

#include <cstring>

namespace kg::extract::model_io {
namespace {
constexpr char kMagic[8] = {'K', 'G', 'M', 'O', 'D', 'E', 'L', '\0'};
}

void write_kgmodel_header(std::ostream& out, std::string_view kind, std::uint32_t version) {
  out.write(kMagic, sizeof(kMagic));
  put<std::uint32_t>(out, version);
  put<std::uint32_t>(out, static_cast<std::uint32_t>(kind.size()));
  out.write(kind.data(), static_cast<std::streamsize>(kind.size()));
}

Status read_kgmodel_header(std::istream& in, std::string_view kind, std::uint32_t max_version, std::string_view what,
                           std::uint32_t* version_out) {
  const std::string w(what);
  char magic[8];
  if (!in.read(magic, sizeof(magic)) || std::memcmp(magic, kMagic, sizeof(kMagic)) != 0)
    return Status::corrupt(w + ": bad magic (not a kg model file)");
  std::uint32_t version = 0, kind_len = 0;
  if (!get(in, version)) return Status::corrupt(w + ": truncated header");
  if (version > max_version)
    return Status::unsupported(w + ": format version " + std::to_string(version) + " is newer than this kg reads (" +
                               std::to_string(max_version) + ")");
  if (version == 0) return Status::corrupt(w + ": version 0");
  if (!get(in, kind_len) || kind_len != kind.size()) return Status::corrupt(w + ": bad kind");
  std::string k(kind_len, '\0');
  if (!in.read(k.data(), kind_len) || k != kind) return Status::corrupt(w + ": this model file is another kind of model");
  if (version_out) *version_out = version;
  return Status::ok();
}

Status expect_end(std::istream& in, std::string_view what) {
  if (in.peek() != std::char_traits<char>::eof()) return Status::corrupt(std::string(what) + ": trailing bytes");
  return Status::ok();
}

}  // namespace kg::extract::model_io
