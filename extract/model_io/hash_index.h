// A read-only open-addressing map from 64-bit keys (already hashes) to 64-bit values,
// built once from (key, value) pairs; lookups cost one or two cache lines, unlike a binary
// search over a large sorted vector. Key 0 is reserved for empty slots (a pair with key 0
// is not stored). Thread safety: immutable after construction.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace kg::extract::model_io {

class HashIndex {
 public:
  HashIndex() = default;
  explicit HashIndex(const std::vector<std::pair<std::uint64_t, std::uint64_t>>& pairs) {
    std::size_t cap = 16;
    while (cap < pairs.size() * 2) cap <<= 1;
    mask_ = cap - 1;
    slots_.assign(cap, {0, 0});
    for (const auto& [k, v] : pairs) {
      if (k == 0) continue;
      std::size_t i = static_cast<std::size_t>(k) & mask_;
      while (slots_[i].first != 0 && slots_[i].first != k) i = (i + 1) & mask_;
      slots_[i] = {k, v};
    }
  }
  // The value stored for `key`, or `missing`.
  std::uint64_t find(std::uint64_t key, std::uint64_t missing = 0) const {
    if (slots_.empty() || key == 0) return missing;
    std::size_t i = static_cast<std::size_t>(key) & mask_;
    for (;;) {
      const auto& s = slots_[i];
      if (s.first == key) return s.second;
      if (s.first == 0) return missing;
      i = (i + 1) & mask_;
    }
  }

 private:
  std::size_t mask_ = 0;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> slots_;
};

}  // namespace kg::extract::model_io
