#include "extract/model_io/linear.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace kg::extract::model_io {

LinearModel LinearModel::from_dense(std::uint32_t bits, std::uint32_t classes, std::span<const float> dense,
                                    float prune) {
  LinearModel m;
  m.bits_ = bits;
  m.classes_ = classes;
  const std::size_t buckets = std::size_t{1} << bits;
  float max_abs = 0.0f;
  for (float v : dense) max_abs = std::max(max_abs, std::fabs(v));
  m.scale_ = max_abs > 0.0f ? max_abs / 32767.0f : 1.0f;
  m.offsets_.assign(buckets + 1, 0);
  for (std::size_t b = 0; b < buckets; ++b) {
    m.offsets_[b] = static_cast<std::uint32_t>(m.entries_.size());
    const float* row = dense.data() + b * classes;
    for (std::uint32_t c = 0; c < classes; ++c) {
      if (std::fabs(row[c]) < prune) continue;
      const long q = std::lround(row[c] / m.scale_);
      if (q == 0) continue;
      m.entries_.push_back({static_cast<std::uint16_t>(c), static_cast<std::int16_t>(q)});
    }
  }
  m.offsets_[buckets] = static_cast<std::uint32_t>(m.entries_.size());
  return m;
}

void LinearModel::save(BinaryWriter& w) const {
  w.u32(bits_);
  w.u32(classes_);
  w.f32(scale_);
  w.u32(static_cast<std::uint32_t>(entries_.size()));
  // Row lengths, one byte per bucket (a row never holds more than 255 classes).
  const std::size_t buckets = std::size_t{1} << bits_;
  std::string lens(buckets, '\0');
  for (std::size_t b = 0; b < buckets; ++b) lens[b] = static_cast<char>(offsets_[b + 1] - offsets_[b]);
  w.bytes(lens);
  std::string body(entries_.size() * 4, '\0');
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const auto q = static_cast<std::uint16_t>(entries_[i].q);
    body[4 * i] = static_cast<char>(entries_[i].cls & 0xFF);
    body[4 * i + 1] = static_cast<char>(entries_[i].cls >> 8);
    body[4 * i + 2] = static_cast<char>(q & 0xFF);
    body[4 * i + 3] = static_cast<char>(q >> 8);
  }
  w.bytes(body);
}

Status LinearModel::load(BinaryReader& r, LinearModel& out) {
  const std::uint32_t bits = r.u32();
  const std::uint32_t classes = r.u32();
  const float scale = r.f32();
  const std::uint32_t n = r.u32();
  if (!r.ok()) return Status::corrupt("linear model: truncated");
  if (bits < 1 || bits > 26 || classes == 0 || classes > 255 || !(scale > 0.0f) || !std::isfinite(scale)) {
    return Status::corrupt("linear model: bad configuration");
  }
  const std::size_t buckets = std::size_t{1} << bits;
  std::vector<unsigned char> lens(buckets);
  r.bytes(lens.data(), buckets);
  if (!r.ok()) return Status::corrupt("linear model: truncated");
  LinearModel m;
  m.bits_ = bits;
  m.classes_ = classes;
  m.scale_ = scale;
  m.offsets_.assign(buckets + 1, 0);
  std::uint64_t total = 0;
  for (std::size_t b = 0; b < buckets; ++b) {
    m.offsets_[b] = static_cast<std::uint32_t>(total);
    if (lens[b] > classes) return Status::corrupt("linear model: row longer than the class count");
    total += lens[b];
  }
  if (total != n) return Status::corrupt("linear model: row lengths do not add up");
  m.offsets_[buckets] = n;
  std::vector<unsigned char> body(std::size_t{n} * 4);
  if (n) r.bytes(body.data(), body.size());
  if (!r.ok()) return Status::corrupt("linear model: truncated weights");
  m.entries_.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto cls = static_cast<std::uint16_t>(body[4 * i] | (body[4 * i + 1] << 8));
    const auto q = static_cast<std::uint16_t>(body[4 * i + 2] | (body[4 * i + 3] << 8));
    if (cls >= classes) return Status::corrupt("linear model: class index out of range");
    m.entries_[i] = {cls, static_cast<std::int16_t>(q)};
  }
  out = std::move(m);
  return Status::ok();
}

}  // namespace kg::extract::model_io
