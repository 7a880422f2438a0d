// Learned sentence segmentation: an averaged-perceptron classifier that decides, after
// each candidate token inside a block, whether a sentence ends there. Its features are
// the surrounding tokens' forms and shapes plus the rule-based decision of
// split_sentences() (tokenizer.h), so it learns the exceptions to the rules from UD
// English EWT train: sentences without final punctuation, e-mail headers and
// signatures, lower-case sentence starts, abbreviations that do end a sentence.
//
// Model: weights over 2^bits hashed feature buckets (float32). Immutable after loading;
// one instance is shared by all threads (score() uses only stack scratch).
// File layout: models/FORMAT.md ("segmenter").
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "extract/document.h"
#include "graph/status.h"

namespace kg::extract {

class SegmenterModel {
 public:
  static constexpr std::uint32_t kFormatVersion = 1;

  explicit SegmenterModel(std::uint32_t bits = 19);

  static Result<SegmenterModel> load(std::istream& in);
  static Result<SegmenterModel> load_file(const std::string& path);
  Status save(std::ostream& out) const;

  std::uint32_t bits() const { return bits_; }
  std::vector<float>& weights() { return weights_; }
  const std::vector<float>& weights() const { return weights_; }

  // Sentences of tokens [first, end) of one block, appended to `out` (never empty).
  void split(const Document& doc, std::uint32_t first, std::uint32_t end, std::vector<Sentence>& out) const;

  // Per-token hashes of the lower-cased form and of the shape, computed once per block.
  struct TokenHash {
    std::uint64_t lower = 0, shape = 0;
  };
  static void hash_tokens(const Document& doc, std::uint32_t first, std::uint32_t end, std::vector<TokenHash>& out);

  // Hashed feature buckets for a boundary after token i of [first, end) (`hashes` from
  // hash_tokens over that range), given the number of tokens since the last boundary and
  // the rule-based decision. Used by split() and by the trainer.
  void features(const Document& doc, const std::vector<TokenHash>& hashes, std::uint32_t first, std::uint32_t i,
                std::uint32_t since_boundary, bool rule_boundary, std::vector<std::uint32_t>& out) const;

  // Whether a boundary after token i is worth asking the classifier about at all.
  static bool candidate(const Document& doc, std::uint32_t i, std::uint32_t end);

 private:
  std::uint32_t bits_;
  std::vector<float> weights_;
};

// Marks, for tokens [first, end), which ones the rules of split_sentences() would end a
// sentence with (flags indexed from `first`).
std::vector<bool> rule_boundaries(const Document& doc, std::uint32_t first, std::uint32_t end);

}  // namespace kg::extract
