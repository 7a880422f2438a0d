// FNV-1a 64 hashes of token forms used by the NER model (exact and lower-cased ASCII).
// FROZEN: stored implicitly in ner.kgm (feature buckets, common words, word clusters).
#pragma once

#include <cstdint>
#include <string_view>

namespace kg::extract::ner_hash {

inline std::uint64_t fnv(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

inline std::uint64_t fnv_lower(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
  for (char c : s) h = (h ^ static_cast<unsigned char>((c >= 'A' && c <= 'Z') ? c + 32 : c)) * 1099511628211ull;
  return h;
}

}  // namespace kg::extract::ner_hash
