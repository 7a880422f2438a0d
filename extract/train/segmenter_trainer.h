// Trains the sentence segmenter (tokenize/segmenter.h) from treebank documents whose
// sentences and paragraphs are gold (CoNLL-U read with read_conllu). Deterministic: the
// same documents, options and seed give a byte-identical model.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "extract/document.h"
#include "extract/tokenize/segmenter.h"
#include "graph/status.h"

namespace kg::extract {

struct SegmenterTrainOptions {
  int epochs = 8;
  std::uint32_t bits = 19;
  std::uint64_t seed = 1;
};

struct SegmentationScore {
  std::size_t gold = 0, predicted = 0, correct = 0;
  double f1() const {
    return gold + predicted ? 200.0 * static_cast<double>(correct) / static_cast<double>(gold + predicted) : 0.0;
  }
};

// Sentence F1 (over token spans, within paragraphs) of `model` (or of the rules when
// model is null) on gold documents.
SegmentationScore score_segmentation(const std::vector<Document>& gold, const SegmenterModel* model);

struct SegmenterEpoch {
  int epoch = 0;
  double train_f1 = 0, dev_f1 = 0;
};

// Trains on `train`, selects the epoch with the best dev F1; reports each epoch.
Result<SegmenterModel> train_segmenter(const std::vector<Document>& train, const std::vector<Document>& dev,
                                       const SegmenterTrainOptions& options,
                                       const std::function<void(const SegmenterEpoch&)>& on_epoch);

}  // namespace kg::extract
