// Entity F1 (exact span and type) between gold and predicted mentions, per type and
// micro-averaged over PER, ORG and LOC (GPE counts as LOC, other types are ignored).
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "extract/document.h"

namespace kg::extract {

struct PrfCounts {
  std::size_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? 100.0 * static_cast<double>(correct) / static_cast<double>(predicted) : 0.0; }
  double recall() const { return gold ? 100.0 * static_cast<double>(correct) / static_cast<double>(gold) : 0.0; }
  double f1() const {
    return gold + predicted ? 200.0 * static_cast<double>(correct) / static_cast<double>(gold + predicted) : 0.0;
  }
};

struct NerScore {
  std::array<PrfCounts, 3> by_type;  // PER, ORG, LOC
  PrfCounts micro;
};

// Adds the comparison of one document's mentions (same tokens) to `score`.
void score_mentions(const std::vector<Mention>& gold, const std::vector<Mention>& predicted, NerScore& score);

}  // namespace kg::extract
