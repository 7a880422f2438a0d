#include "extract/train/parser_trainer.h"

#include <algorithm>
#include <climits>
#include <random>
#include <set>

#include "extract/parse/parser.h"
#include "extract/parse/parser_features.h"
#include "extract/tags.h"
#include "extract/train/evaluate.h"
#include "extract/train/perceptron.h"

namespace kg::extract::train {
namespace {

namespace pf = parser_features;
using parse::Move;

struct SentenceRef {
  std::uint32_t doc;
  std::uint32_t sent;
};

}  // namespace

Result<ParserTrainResult> train_parser(const std::vector<Document>& train, const std::vector<Document>& dev,
                                       const std::vector<Document>& dev_gold, const ParserTrainOptions& o,
                                       const std::function<void(const ParserEpoch&)>& progress) {
  if (o.bits < 8 || o.bits > 24) return Status::invalid_argument("parser: --bits must be in 8..24");
  if (dev.size() != dev_gold.size()) return Status::invalid_argument("parser: dev and dev gold differ");
  std::set<std::uint8_t> label_set;
  std::vector<SentenceRef> sentences;
  for (std::uint32_t di = 0; di < train.size(); ++di) {
    const Document& d = train[di];
    for (std::uint32_t si = 0; si < d.sentences.size(); ++si) {
      const Sentence& s = d.sentences[si];
      bool ok = s.end_token > s.first_token;
      for (std::uint32_t i = s.first_token; i < s.end_token && ok; ++i) {
        const Token& t = d.tokens[i];
        if (t.deprel == 0 || t.head < -1 || t.head >= static_cast<int>(s.end_token - s.first_token)) ok = false;
      }
      if (!ok) continue;
      for (std::uint32_t i = s.first_token; i < s.end_token; ++i) label_set.insert(d.tokens[i].deprel);
      sentences.push_back({di, si});
    }
  }
  if (sentences.empty()) return Status::invalid_argument("parser: no usable training trees");
  label_set.insert(tags::deprel_id("root"));
  auto model = std::make_shared<ParserModel>();
  model->labels.assign(label_set.begin(), label_set.end());
  if (model->labels.size() > 64) return Status::invalid_argument("parser: more than 64 labels");
  std::uint8_t label_index[256] = {};
  for (std::size_t i = 0; i < model->labels.size(); ++i) label_index[model->labels[i]] = static_cast<std::uint8_t>(i);
  const auto L = static_cast<std::uint32_t>(model->labels.size());
  const std::uint32_t nc = model->classes();

  // Gold trees, 1-based, projectivized once.
  std::vector<std::vector<int>> gold_heads(sentences.size());
  std::vector<std::vector<std::uint8_t>> gold_labels(sentences.size());
  std::size_t lifted = 0;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const Document& d = train[sentences[k].doc];
    const Sentence& s = d.sentences[sentences[k].sent];
    auto& g = gold_heads[k];
    auto& gl = gold_labels[k];
    g.assign(s.end_token - s.first_token + 1, -1);
    gl.assign(g.size(), 0);
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      g[i - s.first_token + 1] = d.tokens[i].head + 1;
      gl[i - s.first_token + 1] = label_index[d.tokens[i].deprel];
    }
    lifted += static_cast<std::size_t>(parse::projectivize(g));
  }

  AveragedPerceptron perceptron(o.bits, nc);
  std::vector<std::uint32_t> order(sentences.size());
  std::vector<pf::WordAtoms> atoms;
  std::vector<float> scores(nc);
  std::uint64_t feats[pf::kMaxFeatures];
  std::mt19937_64 explore_rng(o.seed ^ 0x5DEECE66DULL);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  parse::State st;
  ParserTrainResult result;
  double best_las = -1;
  int since_best = 0;
  auto class_cost = [&](std::uint32_t c, const int cost[3], const parse::State& state, const std::vector<int>& g,
                        const std::vector<std::uint8_t>& gl) -> int {
    if (c == 0) return cost[parse::kShift];
    if (c <= L) {
      int k = cost[parse::kLeft];
      const int s0 = state.s(0);
      if (k < (1 << 20) && g[static_cast<std::size_t>(s0)] == state.b(0) && gl[static_cast<std::size_t>(s0)] != c - 1) ++k;
      return k;
    }
    int k = cost[parse::kRight];
    const int s0 = state.s(0);
    if (k < (1 << 20) && g[static_cast<std::size_t>(s0)] == state.s(1) && gl[static_cast<std::size_t>(s0)] != c - L - 1) ++k;
    return k;
  };
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    deterministic_shuffle(order, o.seed * 1000003ULL + static_cast<unsigned>(epoch));
    std::size_t moves = 0, right_moves = 0;
    for (std::uint32_t idx : order) {
      const Document& d = train[sentences[idx].doc];
      const Sentence& s = d.sentences[sentences[idx].sent];
      const auto& g = gold_heads[idx];
      const auto& gl = gold_labels[idx];
      pf::sentence_atoms(d, s.first_token, s.end_token, atoms);
      st.reset(static_cast<int>(s.end_token - s.first_token));
      int cost[3];
      while (!st.terminal()) {
        const std::size_t k = pf::features(st, atoms, feats);
        perceptron.score(feats, k, scores.data());
        parse::move_costs(st, g, cost);
        std::uint32_t pred = UINT32_MAX, best_gold = UINT32_MAX;
        int pred_cost = 0, min_cost = INT_MAX;
        for (std::uint32_t c = 0; c < nc; ++c) {
          const Move m = c == 0 ? parse::kShift : c <= L ? parse::kLeft : parse::kRight;
          if (!st.can(m)) continue;
          const int cc = class_cost(c, cost, st, g, gl);
          if (pred == UINT32_MAX || scores[c] > scores[pred]) {
            pred = c;
            pred_cost = cc;
          }
          if (cc < min_cost || (cc == min_cost && scores[c] > scores[best_gold])) {
            min_cost = cc;
            best_gold = c;
          }
        }
        ++moves;
        if (pred_cost > min_cost) {
          perceptron.update(feats, k, best_gold, 1.0f);
          perceptron.update(feats, k, pred, -1.0f);
        } else {
          ++right_moves;
        }
        perceptron.tick();
        std::uint32_t next = best_gold;
        if (epoch >= o.explore_from_epoch && unit(explore_rng) < o.explore_p) next = pred;
        if (next == 0) {
          st.apply(parse::kShift, 0);
        } else if (next <= L) {
          st.apply(parse::kLeft, static_cast<std::uint8_t>(next - 1));
        } else {
          st.apply(parse::kRight, static_cast<std::uint8_t>(next - L - 1));
        }
      }
    }
    float prune = o.prune;
    model->weights = perceptron.averaged_model(prune);
    while (o.max_model_bytes > 0 && model->serialize().size() > o.max_model_bytes) {
      prune *= 1.5f;
      model->weights = perceptron.averaged_model(prune);
    }
    ParserEpoch rep;
    rep.prune = prune;
    rep.epoch = epoch;
    rep.lifted = lifted;
    rep.train_move_acc = ParseScores::pct(right_moves, moves);
    const Parser parser(model);
    ParseScores sc;
    for (std::size_t i = 0; i < dev.size(); ++i) {
      Document p = dev[i];
      if (Status st2 = parser.process(p); !st2.is_ok()) return st2;
      if (Status st2 = score_document(dev_gold[i], p, sc); !st2.is_ok()) return st2;
    }
    rep.dev_uas = sc.uas_pct();
    rep.dev_las = sc.las_pct();
    const double score = dev.empty() ? epoch : rep.dev_las;
    if (score > best_las) {
      best_las = score;
      since_best = 0;
      rep.best = true;
      result.model = model->serialize();
      result.best_epoch = epoch;
      result.best_uas = rep.dev_uas;
      result.best_las = rep.dev_las;
    } else {
      ++since_best;
    }
    if (progress) progress(rep);
    if (o.patience > 0 && since_best >= o.patience) break;
  }
  return result;
}

}  // namespace kg::extract::train
