// FlatIndex: open-addressing hash index from a 64-bit hash to a 32-bit value, for the
// graph's hot lookups (strings, documents, entities, edges). The caller resolves hash
// collisions: find() calls `same(value)` on every slot whose hash matches.
// Linear probing, power-of-two capacity, load factor <= 1/2. Not thread-safe.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace kg::graph {

class FlatIndex {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  template <typename Same>
  std::uint32_t find(std::uint64_t hash, Same&& same) const {
    if (slots_.empty()) return kNone;
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value == kNone) return kNone;
      if (s.hash == hash && same(s.value)) return s.value;
    }
  }

  // Adds (hash, value); the caller has checked it is not there yet. value != kNone.
  void insert(std::uint64_t hash, std::uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    place(hash, value);
    ++size_;
  }

  void reserve(std::size_t n) {
    while (slots_.size() < n * 2) grow();
  }
  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t value = kNone;  // kNone marks an empty slot
  };
  void place(std::uint64_t h, std::uint32_t value) {
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].value == kNone) {
        slots_[i] = {h, value};
        return;
      }
    }
  }
  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old)
      if (s.value != kNone) place(s.hash, s.value);
  }
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

// Mixes a 64-bit value into a well-spread hash (splitmix64 finaliser).
inline std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// Fast non-persistent string hash for in-memory indexes (8 bytes per step). Never
// store it: ids use fnv1a64.
inline std::uint64_t fast_hash(std::string_view s) {
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 29;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, s.data() + i, s.size() - i);
  h = (h ^ tail) * 0xC4CEB9FE1A85EC53ULL;
  return mix64(h);
}

}  // namespace kg::graph
