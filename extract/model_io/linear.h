// Feature hashing and the sparse, quantized linear model shared by the tagger and parser.
//
// A feature is a 64-bit hash (see hash.h helpers below). Its top `bits` bits pick a
// bucket; a bucket holds a short row of (class, weight) entries for the classes whose
// weight survived pruning. Weights are int16 times `scale`; scores are summed in int32 so
// that decoding is exact and identical on every machine.
// Thread safety: immutable after load(); add_scores() may run concurrently.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "extract/model_io/binary.h"
#include "graph/status.h"

namespace kg::extract::model_io {

inline std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// FNV-1a over the bytes, then mixed. Stable across platforms (it is stored implicitly in
// every model file through the bucket layout; do not change).
inline std::uint64_t hash_bytes(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return mix64(h);
}

inline std::uint64_t hash_combine(std::uint64_t a, std::uint64_t b) {
  return mix64(a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL);
}

// Feature of template `tpl` over up to three atomic values.
inline std::uint64_t feat(std::uint64_t tpl, std::uint64_t a) { return hash_combine(tpl + 1, a); }
inline std::uint64_t feat(std::uint64_t tpl, std::uint64_t a, std::uint64_t b) {
  return hash_combine(hash_combine(tpl + 1, a), b);
}
inline std::uint64_t feat(std::uint64_t tpl, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
  return hash_combine(hash_combine(hash_combine(tpl + 1, a), b), c);
}

struct WeightEntry {
  std::uint16_t cls;
  std::int16_t q;
};

class LinearModel {
 public:
  LinearModel() = default;

  std::uint32_t bits() const { return bits_; }
  std::uint32_t classes() const { return classes_; }
  float scale() const { return scale_; }
  std::size_t entries() const { return entries_.size(); }

  std::uint32_t bucket(std::uint64_t h) const { return static_cast<std::uint32_t>(h >> (64 - bits_)); }

  // scores[c] += quantized weight of (feature, c) for every stored class c.
  void add_scores(std::uint64_t feature, std::int32_t* scores) const {
    const std::uint32_t b = bucket(feature);
    const WeightEntry* e = entries_.data() + offsets_[b];
    const WeightEntry* end = entries_.data() + offsets_[b + 1];
    for (; e != end; ++e) scores[e->cls] += e->q;
  }

  // Builds from dense float weights laid out [bucket][class]; weights with
  // |w| < prune are dropped, the rest quantized to int16 with scale max|w| / 32767.
  static LinearModel from_dense(std::uint32_t bits, std::uint32_t classes, std::span<const float> dense,
                                float prune);

  void save(BinaryWriter& w) const;
  // Reads a model written by save(); errors leave `r` failed or return kCorrupt.
  static Status load(BinaryReader& r, LinearModel& out);

 private:
  std::uint32_t bits_ = 1;
  std::uint32_t classes_ = 0;
  float scale_ = 1.0f;
  std::vector<std::uint32_t> offsets_ = std::vector<std::uint32_t>(3, 0);  // 2^bits + 1
  std::vector<WeightEntry> entries_;
};

}  // namespace kg::extract::model_io
