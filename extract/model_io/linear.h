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
#include "extract/model_io/huge_pages.h"
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
  // Callers pass score arrays of at least this many slots (classes() rounded up).
  std::uint32_t score_slots() const { return stride_ ? stride_ : classes_; }

  std::uint32_t bucket(std::uint64_t h) const { return static_cast<std::uint32_t>(h >> (64 - bits_)); }

  // scores[c] += quantized weight of (feature, c) for every stored class c.
  void add_scores(std::uint64_t feature, std::int32_t* scores) const {
    const std::uint32_t b = bucket(feature);
    add_row(offsets_[b], offsets_[b + 1], scores);
  }

  // add_scores() for n <= 128 features at once, prefetching the rows first so that their
  // cache misses overlap (the tables are larger than the caches).
  void add_scores_batch(const std::uint64_t* features, std::size_t n, std::int32_t* scores) const {
    std::uint32_t lo[128];
    std::uint32_t hi[128];
    std::uint32_t b[128];
    for (std::size_t i = 0; i < n; ++i) {
      b[i] = bucket(features[i]);
      __builtin_prefetch(offsets_.data() + b[i]);
    }
    for (std::size_t i = 0; i < n; ++i) {
      lo[i] = offsets_[b[i]];
      hi[i] = offsets_[b[i] + 1];
      __builtin_prefetch(entries_.data() + lo[i]);
    }
    for (std::size_t i = 0; i < n; ++i) {
      const WeightEntry& e = entries_[lo[i]];
      if (hi[i] - lo[i] == 1 && e.cls == kDenseMark) {
        const char* row = reinterpret_cast<const char*>(dense_.data() + std::size_t{static_cast<std::uint16_t>(e.q)} * stride_);
        for (std::size_t off = 0; off < stride_ * sizeof(std::int16_t); off += 64) __builtin_prefetch(row + off);
      }
    }
    for (std::size_t i = 0; i < n; ++i) add_row(lo[i], hi[i], scores);
  }

  // Builds from dense float weights laid out [bucket][class]; weights with
  // |w| < prune are dropped, the rest quantized to int16 with scale max|w| / 32767.
  static LinearModel from_dense(std::uint32_t bits, std::uint32_t classes, std::span<const float> dense,
                                float prune);

  void save(BinaryWriter& w) const;
  // Reads a model written by save(); errors leave `r` failed or return kCorrupt.
  static Status load(BinaryReader& r, LinearModel& out);

 private:
  // Rows of at least kDenseRow entries are kept as full int16 rows in dense_ (the
  // sums then vectorize); their place in entries_ holds one entry {kDenseMark, row index}.
  static constexpr std::uint32_t kDenseRow = 16;
  static constexpr std::uint16_t kDenseMark = 0xFFFF;
  void add_row(std::uint32_t lo, std::uint32_t hi, std::int32_t* scores) const {
    const WeightEntry* e = entries_.data() + lo;
    const WeightEntry* end = entries_.data() + hi;
    if (hi - lo == 1 && e->cls == kDenseMark) {
      const std::int16_t* row = dense_.data() + std::size_t{static_cast<std::uint16_t>(e->q)} * stride_;
      for (std::uint32_t c = 0; c < stride_; ++c) scores[c] += row[c];
      return;
    }
    for (; e != end; ++e) scores[e->cls] += e->q;
  }
  // Moves long rows to dense_ (called after building or loading the sparse rows).
  void densify();

  std::uint32_t stride_ = 0;  // classes rounded up to a multiple of 16
  template <typename T>
  using Table = std::vector<T, HugePageAllocator<T>>;  // large, random-access: huge pages
  Table<std::int16_t> dense_;
  std::uint32_t bits_ = 1;
  std::uint32_t classes_ = 0;
  float scale_ = 1.0f;
  Table<std::uint32_t> offsets_ = Table<std::uint32_t>(3, 0);  // 2^bits + 1
  Table<WeightEntry> entries_;
};

}  // namespace kg::extract::model_io
