// Scores predicted annotation against gold on the same tokenization, with the CoNLL 2018
// shared task definitions: every word counts (punctuation included); LAS compares the
// universal part of DEPREL (before ':'); lemma is an exact string match.
#pragma once

#include <cstddef>

#include <vector>

#include "extract/document.h"
#include "extract/stage.h"
#include "graph/status.h"

namespace kg::extract::train {

struct ParseScores {
  std::size_t words = 0;
  std::size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  static double pct(std::size_t n, std::size_t d) { return d ? 100.0 * static_cast<double>(n) / static_cast<double>(d) : 0.0; }
  double upos_pct() const { return pct(upos, words); }
  double xpos_pct() const { return pct(xpos, words); }
  double lemma_pct() const { return pct(lemma, words); }
  double uas_pct() const { return pct(uas, words); }
  double las_pct() const { return pct(las, words); }
};

// Adds the scores of `pred` against `gold`; kInvalidArgument when the token counts differ.
Status score_document(const Document& gold, const Document& pred, ParseScores& scores);

// Runs `stages` in order on a copy of each gold document stripped of its annotation
// (gold tokenization kept) and adds the scores.
Status evaluate_pipeline(const std::vector<const Stage*>& stages, const std::vector<Document>& gold,
                         ParseScores& scores);

}  // namespace kg::extract::train
