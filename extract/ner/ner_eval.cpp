#include "extract/ner/ner_eval.h"

#include <set>
#include <tuple>

#include "extract/ner/ner.h"

namespace kg::extract {

void score_mentions(const std::vector<Mention>& gold, const std::vector<Mention>& predicted, NerScore& score) {
  using Key = std::tuple<std::uint32_t, std::uint32_t, int>;
  auto keys = [](const std::vector<Mention>& ms) {
    std::set<Key> out;
    for (const Mention& m : ms) {
      const int t = NerModel::type_index(m.type);
      if (t >= 0) out.insert({m.first_token, m.end_token, t});
    }
    return out;
  };
  const std::set<Key> g = keys(gold), p = keys(predicted);
  for (const Key& k : g) ++score.by_type[static_cast<std::size_t>(std::get<2>(k))].gold;
  for (const Key& k : p) {
    const auto t = static_cast<std::size_t>(std::get<2>(k));
    ++score.by_type[t].predicted;
    if (g.count(k)) ++score.by_type[t].correct;
  }
  score.micro = PrfCounts();
  for (const PrfCounts& c : score.by_type) {
    score.micro.gold += c.gold;
    score.micro.predicted += c.predicted;
    score.micro.correct += c.correct;
  }
}

}  // namespace kg::extract
