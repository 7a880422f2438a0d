// Trains the arc-hybrid parser with a dynamic oracle and error exploration (Goldberg &
// Nivre 2012/2013) on projectivized gold trees.
//
// The training and dev documents carry the tags the parser should learn from (gold, or
// the tagger's predictions: see the CLI's --tagger); heads and deprels must be gold.
// Deterministic: same documents, options and seed give a byte-identical model.
// Memory: 12 bytes x 2^bits x (1 + 2 x labels).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/document.h"
#include "graph/status.h"

namespace kg::extract::train {

struct ParserTrainOptions {
  int epochs = 15;
  std::uint32_t bits = 21;
  std::uint64_t seed = 1;
  float prune = 0.05f;
  int explore_from_epoch = 2;  // follow the model's own (possibly wrong) moves from this epoch
  double explore_p = 0.9;      // ... with this probability per move
  int patience = 4;            // stop after this many epochs without a better dev LAS
  std::size_t max_model_bytes = 28000000;  // raise the pruning threshold until the model fits
};

struct ParserEpoch {
  int epoch = 0;
  double train_move_acc = 0;
  float prune = 0;         // pruning threshold used for this epoch's model
  double dev_uas = 0, dev_las = 0;
  std::size_t lifted = 0;  // arcs lifted to projectivize the training trees
  bool best = false;
};

struct ParserTrainResult {
  std::string model;
  int best_epoch = 0;
  double best_uas = 0, best_las = 0;
};

// `dev_gold` holds the gold trees of `dev` (same tokens); `dev` the tags to parse with.
Result<ParserTrainResult> train_parser(const std::vector<Document>& train, const std::vector<Document>& dev,
                                       const std::vector<Document>& dev_gold, const ParserTrainOptions& options,
                                       const std::function<void(const ParserEpoch&)>& progress);

}  // namespace kg::extract::train
