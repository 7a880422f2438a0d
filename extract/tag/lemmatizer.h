// Lemmatizer: a lexicon learned from a treebank, backed by WordNet's morphy rules,
// exception lists and lemma index for words the lexicon has not seen.
//
// Everything it needs is held in memory and saved inside the tagger model file, so that
// decoding never reads /usr/share/wordnet (only training does; see train/).
// Lookup order: (form, XPOS) in the lexicon; (lowercased form, XPOS); then rules chosen by
// XPOS (proper nouns, numbers and punctuation keep their form; NNS, VB[DGNZ], JJ[RS],
// RB[RS] go through WordNet exceptions, then morphy detachment validated by the WordNet
// index, then a plain suffix strip); everything else is lowercased.
// Thread safety: immutable after construction; lemma() may run concurrently.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/model_io/binary.h"
#include "extract/model_io/hash_index.h"
#include "graph/status.h"

namespace kg::extract {

// WordNet part of speech groups used by morphy. FROZEN (stored in model files).
enum class WnPos : std::uint8_t { kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3 };

struct LemmaEntry {
  std::string form;
  std::uint8_t xpos = 0;
  std::string lemma;
};

struct LemmatizerData {
  std::vector<LemmaEntry> lexicon;                        // sorted by (form, xpos), unique
  std::vector<std::pair<std::string, std::string>> exceptions[4];  // per WnPos, sorted
  std::vector<std::string> index[4];                      // WordNet lemmas per WnPos, sorted
};

class Lemmatizer {
 public:
  Lemmatizer() = default;
  explicit Lemmatizer(LemmatizerData data);

  std::string lemma(std::string_view form, std::uint8_t xpos) const;
  // Whether `form` with the verb tag `xpos` (VBD, VBG, VBN, VBZ) is a form of a verb the
  // treebank or WordNet knows: "sacked" is, "Boeing" is not. True without WordNet data.
  bool known_verb_form(std::string_view form, std::uint8_t xpos) const;

  const LemmatizerData& data() const { return data_; }
  void save(model_io::BinaryWriter& w) const;
  static Status load(model_io::BinaryReader& r, Lemmatizer& out);

 private:
  std::string morphy(const std::string& lower, WnPos pos) const;
  std::string from_lexicon(std::uint64_t entry, std::string_view form, std::uint8_t xpos) const;
  bool in_index(std::string_view w, WnPos pos) const;

  LemmatizerData data_;
  model_io::HashIndex lexicon_;  // hash(form, xpos) -> entry + 1
  model_io::HashIndex exc_[4];    // hash(form) -> exception + 1
  model_io::HashIndex index_[4];  // hash(lemma) -> 1
};

// Reads WordNet's index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc from `dir` into
// `data` (used by the trainer). A missing directory is kNotFound; the lemmatizer then
// works from its lexicon and plain suffix rules.
Status read_wordnet(const std::string& dir, LemmatizerData& data);

}  // namespace kg::extract
