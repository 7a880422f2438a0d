// Word clusters from unlabelled text, for the NER model's cluster features.
//
// learn_word_clusters() runs the exchange algorithm (Kneser & Ney 1993; Martin, Liermann &
// Ney 1998) for a class-bigram language model: every word of the vocabulary (lower-cased,
// seen at least `min_count` times) is moved, in turn, to the class that most increases the
// likelihood of the text under p(w_i | w_{i-1}) = p(c_i | c_{i-1}) p(w_i | c_i), until a pass
// moves fewer than 0.1 % of the words or `passes` are done. The classes of the finest level
// are then clustered again, as if they were words, into the coarser levels (so the levels
// nest: words of one fine class share their middle and coarse classes). Words seen fewer
// than min_count times (but at least once) get, at every level, the class that the same
// likelihood gain prefers, without moving any other word.
//
// Deterministic: the initial classes follow the frequency order (ties by the word), each
// pass visits words in that order, and ties between classes go to the lower class number.
// Cost: a pass is O(sum over words of (distinct neighbouring classes) × classes).
#pragma once

#include <array>
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "extract/ner/ner.h"
#include "graph/status.h"

namespace kg::extract {

struct WordClusterOptions {
  // Classes per level, finest last (nested: coarse ≤ middle ≤ fine).
  std::array<int, NerModel::kClusterLevels> classes{32, 128, 512};
  int min_count = 2;
  int passes = 12;
};

// Token sequences (sentences or snippets) of lower-cased words.
using TextSequences = std::vector<std::vector<std::string>>;

// Appends the lower-cased words of unlabelled text read from `in` (named `name` in errors):
// CoNLL-U (".conllu": the FORM of every syntactic word, one sequence per sentence; GUM
// documents of non-commercial genres left out unless include_noncommercial), GAP TSV
// (".tsv": the Text column, tokenized by kg's tokenizer, one sequence per snippet) or plain
// text (anything else: one sequence per non-empty line, tokenized). Returns how many words.
Result<std::size_t> read_unlabeled_text(std::istream& in, const std::string& name, bool include_noncommercial,
                                        TextSequences& out);

// Clusters; the id of a class at every level is 1-based, in order of the class's first
// member in frequency order.
std::vector<NerModel::WordClusters> learn_word_clusters(const TextSequences& text, const WordClusterOptions& options);

}  // namespace kg::extract
