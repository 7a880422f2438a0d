// Jackknifed part-of-speech tags for training models that read predicted tags.
//
// The shipped tagger tags the text it was trained on almost perfectly (UD EWT train UPOS
// 99.82 against 95.08 on dev), so a model trained on that text with its tags learns to
// trust them more than it may at run time. Jackknifing gives training text tags as noisy
// as at run time: the tagger's training documents are split into folds, and each fold is
// tagged by a tagger trained on the other folds.
// Deterministic: the same documents, folds and options give the same taggers and tags.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

#include "extract/document.h"
#include "extract/tag/tagger.h"
#include "extract/train/tagger_trainer.h"
#include "graph/status.h"

namespace kg::extract::train {

// Document i in fold i mod folds, for n documents.
std::vector<std::size_t> round_robin_folds(std::size_t n, std::size_t folds);

// One tagger per fold f < folds, trained on the documents i with fold_of[i] != f (seed
// options.seed + f, no dev set: the last epoch is kept). `done(f)` is called after each.
Result<std::vector<std::shared_ptr<const TaggerModel>>> train_fold_taggers(
    const std::vector<Document>& docs, const std::vector<std::size_t>& fold_of, std::size_t folds,
    const TaggerTrainOptions& options, const std::function<void(std::size_t)>& done);

struct JackknifeTagCounts {
  std::size_t jackknifed = 0;  // sentences found in the treebank, tagged by their fold's tagger
  std::size_t other = 0;       // sentences not found there, tagged by the fallback tagger
};

// Sets UPOS and XPOS of every token of `docs`. A sentence whose words (compared without
// ASCII case, so lower-cased training copies count) are those of a sentence of
// treebank[i] is tagged by fold_taggers[fold_of[i]], the tagger that never saw it; any
// other sentence by `fallback`.
Result<JackknifeTagCounts> tag_jackknifed(std::vector<Document>& docs, const std::vector<Document>& treebank,
                                          const std::vector<std::size_t>& fold_of,
                                          const std::vector<std::shared_ptr<const TaggerModel>>& fold_taggers,
                                          const TaggerModel& fallback);

}  // namespace kg::extract::train
