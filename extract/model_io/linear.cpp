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
  m.densify();
  return m;
}

void LinearModel::densify() {
  stride_ = (classes_ + 15u) / 16u * 16u;
  dense_.clear();
  const std::size_t buckets = std::size_t{1} << bits_;
  Table<WeightEntry> packed;
  packed.reserve(entries_.size());
  Table<std::uint32_t> offsets(buckets + 1, 0);
  std::size_t n_dense = 0;
  for (std::size_t b = 0; b < buckets; ++b) {
    offsets[b] = static_cast<std::uint32_t>(packed.size());
    const std::uint32_t lo = offsets_[b], hi = offsets_[b + 1];
    if (hi - lo >= kDenseRow && n_dense < 0xFFFF) {
      const std::size_t base = dense_.size();
      dense_.resize(base + stride_, 0);
      for (std::uint32_t i = lo; i < hi; ++i) dense_[base + entries_[i].cls] = entries_[i].q;
      packed.push_back({kDenseMark, static_cast<std::int16_t>(static_cast<std::uint16_t>(n_dense))});
      ++n_dense;
    } else {
      for (std::uint32_t i = lo; i < hi; ++i) packed.push_back(entries_[i]);
    }
  }
  offsets[buckets] = static_cast<std::uint32_t>(packed.size());
  entries_ = std::move(packed);
  offsets_ = std::move(offsets);
}

void LinearModel::save(BinaryWriter& w) const {
  // The file holds sparse rows only (models/FORMAT.md); dense rows are expanded back to
  // their non-zero entries in class order, which is exactly what was loaded or built.
  const std::size_t buckets = std::size_t{1} << bits_;
  std::string lens(buckets, '\0');
  std::string body;
  body.reserve(entries_.size() * 4);
  std::uint32_t count = 0;
  auto put = [&](std::uint16_t cls, std::int16_t q) {
    const auto uq = static_cast<std::uint16_t>(q);
    body.push_back(static_cast<char>(cls & 0xFF));
    body.push_back(static_cast<char>(cls >> 8));
    body.push_back(static_cast<char>(uq & 0xFF));
    body.push_back(static_cast<char>(uq >> 8));
    ++count;
  };
  for (std::size_t b = 0; b < buckets; ++b) {
    const std::uint32_t lo = offsets_[b], hi = offsets_[b + 1];
    std::uint32_t len = 0;
    if (hi - lo == 1 && entries_[lo].cls == kDenseMark) {
      const std::int16_t* row = dense_.data() + std::size_t{static_cast<std::uint16_t>(entries_[lo].q)} * stride_;
      for (std::uint32_t c = 0; c < classes_; ++c) {
        if (row[c] != 0) {
          put(static_cast<std::uint16_t>(c), row[c]);
          ++len;
        }
      }
    } else {
      for (std::uint32_t i = lo; i < hi; ++i) put(entries_[i].cls, entries_[i].q);
      len = hi - lo;
    }
    lens[b] = static_cast<char>(len);
  }
  w.u32(bits_);
  w.u32(classes_);
  w.f32(scale_);
  w.u32(count);
  w.bytes(lens);
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
  m.densify();
  out = std::move(m);
  return Status::ok();
}

}  // namespace kg::extract::model_io
