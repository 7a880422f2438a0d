// Parser feature templates (after Zhang & Nivre 2011, adapted to arc-hybrid), shared by
// the runtime parser and its trainer. Changing a template changes every model: bump the
// parser file version (models/FORMAT.md) when you do.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/document.h"
#include "extract/parse/transition.h"

namespace kg::extract::parser_features {

inline constexpr std::size_t kMaxFeatures = 112;

// Atomic values of one word; index 0 is the root.
struct WordAtoms {
  std::uint64_t w = 0;  // lowercased form hash
  std::uint64_t p = 0;  // XPOS
  std::uint64_t u = 0;  // UPOS
};

// Atoms for the words [first, end) of `doc` (tags must be set), root first.
void sentence_atoms(const Document& doc, std::uint32_t first, std::uint32_t end, std::vector<WordAtoms>& out);

std::size_t features(const parse::State& st, const std::vector<WordAtoms>& words, std::uint64_t* out);

}  // namespace kg::extract::parser_features
