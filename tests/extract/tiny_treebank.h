// Shared by the tagger and parser tests: loads tests/data/tiny_treebank.conllu.
#pragma once

#include <string>
#include <vector>

#include "extract/train/tagger_trainer.h"
#include "extract/train/treebank.h"

namespace kg::test {

inline std::vector<extract::Document> tiny_treebank() {
  std::vector<extract::Document> docs;
  extract::train::TreebankStats stats;
  const Status s = extract::train::load_treebanks({std::string(KG_SOURCE_DIR) + "/tests/data/tiny_treebank.conllu"},
                                                  {}, docs, stats);
  if (!s.is_ok()) docs.clear();
  return docs;
}

// Tagger options small enough for the tiny treebank (no WordNet).
inline extract::train::TaggerTrainOptions tiny_tagger_options() {
  extract::train::TaggerTrainOptions o;
  o.epochs = 8;
  o.bits = 14;
  o.wordnet_dir = "";
  o.dict_min_count = 3;
  return o;
}

}  // namespace kg::test
