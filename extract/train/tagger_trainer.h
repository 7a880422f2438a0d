// Trains the tagger (and builds the lemmatizer) from gold treebank documents.
//
// Deterministic: the same documents, options and seed give a byte-identical model.
// Cost: memory 12 bytes x 2^bits x classes (about 1 GB at the defaults).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/document.h"
#include "graph/status.h"

namespace kg::extract::train {

struct TaggerTrainOptions {
  int epochs = 10;
  std::uint32_t bits = 20;                 // 2^bits feature buckets
  std::uint64_t seed = 1;
  float prune = 0.05f;                     // averaged weights below this are dropped
  std::uint32_t dict_min_count = 20;       // ambiguity dictionary: seen at least this often
  double dict_min_share = 0.995;           // ... with one class at least this share
  std::string wordnet_dir = "/usr/share/wordnet";  // "" = no WordNet data in the model
};

struct TaggerEpoch {
  int epoch = 0;
  double train_acc = 0;  // class accuracy during the epoch (before updates)
  double dev_upos = 0, dev_xpos = 0, dev_lemma = 0;
  bool best = false;
};

struct TaggerTrainResult {
  std::string model;     // serialized TaggerModel (the best epoch on dev)
  int best_epoch = 0;
  double best_upos = 0, best_xpos = 0, best_lemma = 0;
  bool wordnet = false;  // WordNet data was found and built in
};

Result<TaggerTrainResult> train_tagger(const std::vector<Document>& train, const std::vector<Document>& dev,
                                       const TaggerTrainOptions& options,
                                       const std::function<void(const TaggerEpoch&)>& progress);

}  // namespace kg::extract::train
