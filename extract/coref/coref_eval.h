// Coreference scores: MUC (Vilain et al. 1995), B³ (Bagga & Baldwin 1998) and CEAF-e
// (Luo 2005, entity similarity φ4) over clusters of mentions identified by exact span.
// Counts accumulate over documents; singletons are included on both sides.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace kg::extract {

using MentionSpan = std::pair<std::uint32_t, std::uint32_t>;  // token range
using Cluster = std::vector<MentionSpan>;

struct CorefCounts {
  double muc_rn = 0, muc_rd = 0, muc_pn = 0, muc_pd = 0;
  double b3_rn = 0, b3_rd = 0, b3_pn = 0, b3_pd = 0;
  double ceaf_sim = 0, ceaf_key = 0, ceaf_response = 0;

  static double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }
  double muc_p() const { return muc_pd > 0 ? 100 * muc_pn / muc_pd : 0; }
  double muc_r() const { return muc_rd > 0 ? 100 * muc_rn / muc_rd : 0; }
  double b3_p() const { return b3_pd > 0 ? 100 * b3_pn / b3_pd : 0; }
  double b3_r() const { return b3_rd > 0 ? 100 * b3_rn / b3_rd : 0; }
  double ceaf_p() const { return ceaf_response > 0 ? 100 * ceaf_sim / ceaf_response : 0; }
  double ceaf_r() const { return ceaf_key > 0 ? 100 * ceaf_sim / ceaf_key : 0; }
};

void score_coref(const std::vector<Cluster>& key, const std::vector<Cluster>& response, CorefCounts& counts);

}  // namespace kg::extract
