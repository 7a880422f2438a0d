#include "extract/train/segmenter_trainer.h"

#include <algorithm>
#include <random>
#include <set>
#include <utility>

#include "extract/tokenize/tokenizer.h"

namespace kg::extract {
namespace {

struct Paragraph {
  const Document* doc;
  std::uint32_t first, end;      // token range
  std::vector<bool> gold_end;    // per token: a gold sentence ends after it
};

std::vector<Paragraph> paragraphs(const std::vector<Document>& docs) {
  std::vector<Paragraph> out;
  for (const Document& d : docs) {
    for (std::size_t s = 0; s < d.sentences.size(); ++s) {
      const Sentence& st = d.sentences[s];
      if (st.starts_paragraph || out.empty() || out.back().doc != &d) {
        out.push_back({&d, st.first_token, st.end_token, {}});
      }
      Paragraph& p = out.back();
      p.end = st.end_token;
      p.gold_end.resize(p.end - p.first, false);
      p.gold_end[st.end_token - 1 - p.first] = true;
    }
  }
  return out;
}

void score_paragraph(const Paragraph& p, const SegmenterModel* model, SegmentationScore& sc) {
  std::vector<Sentence> pred;
  if (model) model->split(*p.doc, p.first, p.end, pred);
  else split_sentences(*p.doc, p.first, p.end, pred);
  std::set<std::pair<std::uint32_t, std::uint32_t>> gold;
  std::uint32_t start = p.first;
  for (std::uint32_t i = p.first; i < p.end; ++i) {
    if (p.gold_end[i - p.first]) {
      gold.insert({start, i + 1});
      start = i + 1;
    }
  }
  sc.gold += gold.size();
  sc.predicted += pred.size();
  for (const Sentence& s : pred) sc.correct += gold.count({s.first_token, s.end_token});
}

}  // namespace

SegmentationScore score_segmentation(const std::vector<Document>& docs, const SegmenterModel* model) {
  SegmentationScore sc;
  for (const Paragraph& p : paragraphs(docs)) score_paragraph(p, model, sc);
  return sc;
}

Result<SegmenterModel> train_segmenter(const std::vector<Document>& train, const std::vector<Document>& dev,
                                       const SegmenterTrainOptions& opt,
                                       const std::function<void(const SegmenterEpoch&)>& on_epoch) {
  std::vector<Paragraph> paras = paragraphs(train);
  if (paras.empty()) return Status::invalid_argument("no training sentences");
  SegmenterModel model(opt.bits), best(opt.bits);
  std::vector<float>& w = model.weights();
  std::vector<double> total(w.size(), 0.0);
  std::vector<std::uint64_t> stamp(w.size(), 0);
  std::uint64_t clock = 1;
  double best_f1 = -1;
  std::mt19937_64 rng(opt.seed);
  std::vector<std::uint32_t> feats;
  std::vector<SegmenterModel::TokenHash> hashes;
  std::vector<std::size_t> order(paras.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;

  auto update = [&](std::uint32_t f, float delta) {
    total[f] += static_cast<double>(clock - stamp[f]) * w[f];
    stamp[f] = clock;
    w[f] += delta;
  };

  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t k : order) {
      const Paragraph& p = paras[k];
      const std::vector<bool> rules = rule_boundaries(*p.doc, p.first, p.end);
      SegmenterModel::hash_tokens(*p.doc, p.first, p.end, hashes);
      std::uint32_t start = p.first, mwt_end = 0;
      for (std::uint32_t i = p.first; i + 1 < p.end; ++i) {
        const Token& t = p.doc->tokens[i];
        if (t.mwt_words > 1) mwt_end = i + t.mwt_words;
        const bool gold = p.gold_end[i - p.first];
        if (i + 1 < mwt_end) continue;
        const bool rule = rules[i - p.first];
        if (rule || SegmenterModel::candidate(*p.doc, i, p.end)) {
          model.features(*p.doc, hashes, p.first, i, i + 1 - start, rule, feats);
          float score = 0;
          for (std::uint32_t f : feats) score += w[f];
          const bool predicted = score > 0;
          if (predicted != gold) {
            for (std::uint32_t f : feats) update(f, gold ? 1.0f : -1.0f);
          }
          ++clock;
        }
        if (gold) start = i + 1;  // teacher forcing: the length feature follows the gold split
      }
    }
    // Averaged weights for evaluation.
    SegmenterModel avg(opt.bits);
    for (std::size_t f = 0; f < w.size(); ++f) {
      const double t = total[f] + static_cast<double>(clock - stamp[f]) * w[f];
      avg.weights()[f] = static_cast<float>(t / static_cast<double>(clock));
    }
    SegmenterEpoch rep;
    rep.epoch = epoch;
    rep.train_f1 = score_segmentation(train, &avg).f1();
    rep.dev_f1 = dev.empty() ? rep.train_f1 : score_segmentation(dev, &avg).f1();
    if (on_epoch) on_epoch(rep);
    if (rep.dev_f1 > best_f1) {
      best_f1 = rep.dev_f1;
      best = std::move(avg);
    }
  }
  // Tiny weights only cost space: drop them.
  for (float& x : best.weights()) if (x > -1e-4f && x < 1e-4f) x = 0.0f;
  return best;
}

}  // namespace kg::extract
