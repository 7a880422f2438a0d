// Tagger feature templates, shared by the runtime tagger and its trainer so that both
// compute identical hashes. Changing a template changes every model: bump the tagger
// file version (models/FORMAT.md) when you do.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace kg::extract::tagger_features {

inline constexpr std::size_t kMaxFeatures = 48;

// Hashed views of one word, computed once per sentence.
struct WordInfo {
  std::uint64_t form = 0;    // exact form
  std::uint64_t lower = 0;   // ASCII-lowercased form
  std::uint64_t suf[4] = {};  // last 1..4 bytes of the lowercased form
  std::uint64_t pre[3] = {};  // first 1..3 bytes
  std::uint64_t shape = 0;   // Xxx / dd / x-x with runs collapsed
  std::uint64_t flags = 0;   // digit, hyphen, upper, all-upper bits
  std::uint64_t amb = 0;     // tag set seen with the exact form in training (0 = unknown)
  std::uint64_t amb_lower = 0;  // UPOS set seen with the lowercased form (0 = unknown)
};

// Fills every field but the two ambiguity classes, which the model looks up.
WordInfo word_info(std::string_view form);

// Writes the features of word i given the two previous predicted classes (or a
// boundary value) to `out`; returns how many.
std::size_t features(const std::vector<WordInfo>& words, std::size_t i, std::uint32_t prev1, std::uint32_t prev2,
                     std::uint64_t* out);

}  // namespace kg::extract::tagger_features
