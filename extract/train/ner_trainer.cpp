// Trainer of the NER model (ner_trainer.h); the data readers are in ner_data.cpp.
#include "extract/train/ner_trainer.h"

#include <algorithm>
#include <array>
#include <random>
#include <unordered_map>

#include <fmt/format.h>

#include "extract/ascii.h"

namespace kg::extract {

namespace {

struct Item {
  const Document* doc;
  std::size_t doc_index;
  std::size_t sentence;  // index in doc->sentences
  std::vector<int> gold;
  NerModel::Context ctx;
};

// Items of every sentence of `docs` (all, or with the unannotated-document rule).
std::vector<Item> make_items(const NerModel& model, const std::vector<Document>& docs, bool drop_unannotated) {
  std::vector<Item> items;
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> per_source;  // sentences, mentions
  auto source_of = [](const Sentence& s) { return s.id.substr(0, s.id.rfind('-')); };
  if (drop_unannotated) {
    for (const Document& d : docs) {
      std::size_t m = 0;
      for (const Sentence& s : d.sentences) {
        auto& c = per_source[source_of(s)];
        ++c.first;
        while (m < d.mentions.size() && d.mentions[m].first_token < s.end_token) {
          if (d.mentions[m].first_token >= s.first_token) ++c.second;
          ++m;
        }
      }
    }
  }
  NerModel::DocContext dctx;
  for (std::size_t di = 0; di < docs.size(); ++di) {
    const Document& d = docs[di];
    model.prepare_document(d, dctx);
    for (std::size_t si = 0; si < d.sentences.size(); ++si) {
      const Sentence& s = d.sentences[si];
      if (drop_unannotated && !s.id.empty()) {
        const auto& c = per_source[source_of(s)];
        if (c.first >= 2 && c.second == 0) continue;
      }
      Item it{&d, di, si, {}, {}};
      mentions_to_tags(d, s, it.gold);
      model.prepare(d, s, dctx, it.ctx);
      items.push_back(std::move(it));
    }
  }
  return items;
}

// Micro entity F1 of decoding `items` with weights `w`.
double score_items(const NerModel& model, const std::vector<Item>& items, const std::vector<float>& w) {
  NerScore score;
  std::vector<int> pred;
  std::vector<Mention> g, p;
  for (const Item& it : items) {
    const Sentence& s = it.doc->sentences[it.sentence];
    model.decode(*it.doc, s, it.ctx, w, pred);
    g.clear();
    p.clear();
    tags_to_mentions(it.gold, s.first_token, g);
    tags_to_mentions(pred, s.first_token, p);
    score_mentions(g, p, score);
  }
  return score.micro.f1();
}

// A trained weight as the model keeps it: those too small to matter are zero, so that the
// saved model has long runs of zeros.
float pruned(float x) { return x > -1e-3f && x < 1e-3f ? 0.0f : x; }

// Structured averaged perceptron over `items` into `w` (zeroed first); keeps the epoch with
// the best dev F1 (or the last epoch when `dev` is empty).
void perceptron(const NerModel& model, std::vector<const Item*> items, const std::vector<Item>& dev, std::vector<float>& w,
                int epochs, std::uint64_t seed, const std::string& stage,
                const std::function<void(const NerEpoch&)>& on_epoch) {
  std::fill(w.begin(), w.end(), 0.0f);
  std::vector<double> total(w.size(), 0.0);
  std::vector<std::uint64_t> stamp(w.size(), 0);
  std::uint64_t clock = 1;
  std::vector<float> best;
  double best_f1 = -1;
  std::mt19937_64 rng(seed);
  std::vector<std::uint32_t> feats;
  std::vector<int> pred;
  constexpr int T = NerModel::kTags;
  auto update = [&](std::uint32_t b, int tag, float delta) {
    const std::size_t k = static_cast<std::size_t>(b) * T + static_cast<std::size_t>(tag);
    total[k] += static_cast<double>(clock - stamp[k]) * w[k];
    stamp[k] = clock;
    w[k] += delta;
  };
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    std::shuffle(items.begin(), items.end(), rng);
    for (const Item* it : items) {
      const Sentence& s = it->doc->sentences[it->sentence];
      model.decode(*it->doc, s, it->ctx, w, pred);
      // Reward the gold sequence's features, penalise the predicted one's where they differ.
      for (std::size_t k = 0; k < pred.size(); ++k) {
        const int g = it->gold[k], p = pred[k];
        const int gp = k ? it->gold[k - 1] : -1, pp = k ? pred[k - 1] : -1;
        if (g != p) {
          model.features(*it->doc, s, it->ctx, k, feats);
          for (std::uint32_t b : feats) {
            update(b, g, 1.0f);
            update(b, p, -1.0f);
          }
        }
        if (g != p || gp != pp) {
          model.transition_features(it->ctx, k, gp, feats);
          for (std::uint32_t b : feats) update(b, g, 1.0f);
          model.transition_features(it->ctx, k, pp, feats);
          for (std::uint32_t b : feats) update(b, p, -1.0f);
        }
      }
      ++clock;
    }
    // Evaluate with averaged weights, then restore the running ones.
    const std::vector<float> running = w;
    for (std::size_t k = 0; k < w.size(); ++k) {
      const double t = total[k] + static_cast<double>(clock - stamp[k]) * running[k];
      w[k] = static_cast<float>(t / static_cast<double>(clock));
    }
    NerEpoch rep;
    rep.stage = stage;
    rep.epoch = epoch;
    rep.dev_f1 = dev.empty() ? 0.0 : score_items(model, dev, w);
    if (on_epoch) on_epoch(rep);
    if (dev.empty() || rep.dev_f1 > best_f1) {
      best_f1 = rep.dev_f1;
      best = w;
    }
    w = running;
  }
  w = std::move(best);
  for (float& x : w) x = pruned(x);
}

// First-pass tags of every sentence of docs[di] with weights w.
std::vector<std::vector<int>> first_pass(const NerModel& model, const Document& d, const std::vector<float>& w) {
  NerModel::DocContext dctx;
  model.prepare_document(d, dctx);
  std::vector<std::vector<int>> tags(d.sentences.size());
  NerModel::Context ctx;
  for (std::size_t si = 0; si < d.sentences.size(); ++si) {
    model.prepare(d, d.sentences[si], dctx, ctx);
    model.decode(d, d.sentences[si], ctx, w, tags[si]);
  }
  return tags;
}

void set_stack(std::vector<Item>& items, const std::vector<std::vector<std::vector<int>>>& first) {
  std::vector<std::vector<std::array<std::uint8_t, 3>>> stack;
  std::size_t last = static_cast<std::size_t>(-1);
  for (Item& it : items) {
    if (it.doc_index != last) {
      NerModel::prepare_stack(*it.doc, first[it.doc_index], stack);
      last = it.doc_index;
    }
    it.ctx.stack = stack[it.sentence];
  }
}

}  // namespace

NerScore evaluate_ner(const NerModel& model, const std::vector<Document>& gold) {
  NerScore score;
  std::vector<std::vector<int>> tags;
  for (const Document& d : gold) {
    std::vector<Mention> pred;
    model.tag_document(d, tags);
    for (std::size_t si = 0; si < d.sentences.size(); ++si) tags_to_mentions(tags[si], d.sentences[si].first_token, pred);
    score_mentions(d.mentions, pred, score);
  }
  return score;
}

std::vector<std::size_t> add_lower_case_copies(std::vector<Document>& docs, double fraction) {
  const std::size_t n = docs.size();
  std::vector<std::size_t> key(n);
  for (std::size_t i = 0; i < n; ++i) key[i] = i;
  const auto per_mille = static_cast<std::uint64_t>(std::clamp(fraction, 0.0, 1.0) * 1000.0 + 0.5);
  for (std::size_t i = 0; i < n; ++i) {
    if ((static_cast<std::uint64_t>(i) * 0x9E3779B97F4A7C15ull >> 40) % 1000 >= per_mille) continue;
    Document copy = docs[i];
    lower_ascii_in_place(copy.text);
    docs.push_back(std::move(copy));
    key.push_back(i);
  }
  return key;
}

Status train_ner(NerModel& model, const std::vector<Document>& train, const std::vector<Document>& dev,
                 const NerTrainOptions& opt, const std::function<void(const NerEpoch&)>& on_epoch) {
  std::vector<Item> items = make_items(model, train, opt.drop_unannotated_documents);
  if (items.empty()) return Status::invalid_argument("no training sentences");
  std::vector<Item> dev_items = make_items(model, dev, false);
  std::vector<const Item*> all;
  for (const Item& it : items) all.push_back(&it);
  perceptron(model, all, dev_items, model.weights(), opt.epochs, opt.seed, "pass 1", on_epoch);
  if (!opt.two_pass) return Status::ok();
  if (opt.folds < 2) return Status::invalid_argument("two-pass training needs at least 2 folds");
  // Jackknifed first-pass tags of the training documents: fold f (documents di % folds == f)
  // is tagged by a model trained on the other folds, so the second pass learns from tags
  // as good (and as wrong) as the first pass gives on unseen text.
  std::vector<std::vector<std::vector<int>>> first(train.size());
  std::vector<float> w(model.weights().size());
  const auto folds = static_cast<std::size_t>(opt.folds);
  if (!opt.fold_key.empty() && opt.fold_key.size() != train.size())
    return Status::invalid_argument("fold_key needs one key per training document");
  auto fold = [&](std::size_t di) { return (opt.fold_key.empty() ? di : opt.fold_key[di]) % folds; };
  for (std::size_t f = 0; f < folds; ++f) {
    std::vector<const Item*> rest;
    for (const Item& it : items)
      if (fold(it.doc_index) != f) rest.push_back(&it);
    perceptron(model, rest, dev_items, w, opt.epochs, opt.seed + 1 + f, fmt::format("fold {}/{}", f + 1, folds), on_epoch);
    for (std::size_t di = 0; di < train.size(); ++di)
      if (fold(di) == f) first[di] = first_pass(model, train[di], w);
  }
  set_stack(items, first);
  std::vector<std::vector<std::vector<int>>> dev_first(dev.size());
  for (std::size_t di = 0; di < dev.size(); ++di) dev_first[di] = first_pass(model, dev[di], model.weights());
  set_stack(dev_items, dev_first);
  model.enable_second_pass();
  perceptron(model, all, dev_items, model.second_weights(), opt.epochs, opt.seed + 1 + folds, "pass 2", on_epoch);
  return Status::ok();
}

Status train_ner_averaged(NerModel& model, const std::vector<Document>& train, const std::vector<Document>& dev,
                          const NerTrainOptions& options, const std::vector<std::uint64_t>& seeds,
                          const std::function<void(const NerEpoch&)>& on_epoch) {
  if (seeds.empty()) return Status::invalid_argument("no seeds to train with");
  if (seeds.size() == 1) {
    NerTrainOptions one = options;
    one.seed = seeds.front();
    return train_ner(model, train, dev, one, on_epoch);
  }
  std::vector<double> sum1(model.weights().size(), 0.0), sum2;
  for (std::uint64_t seed : seeds) {
    NerModel m = model;  // the gazetteer, common words and clusters, untrained
    NerTrainOptions one = options;
    one.seed = seed;
    Status s = train_ner(m, train, dev, one, [&](const NerEpoch& e) {
      if (!on_epoch) return;
      NerEpoch tagged = e;
      tagged.stage = fmt::format("seed {} {}", seed, e.stage);
      on_epoch(tagged);
    });
    if (!s.is_ok()) return s;
    for (std::size_t k = 0; k < sum1.size(); ++k) sum1[k] += m.weights()[k];
    if (m.two_pass()) {
      sum2.resize(m.second_weights().size(), 0.0);
      for (std::size_t k = 0; k < sum2.size(); ++k) sum2[k] += m.second_weights()[k];
    }
  }
  const auto n = static_cast<double>(seeds.size());
  auto average = [&](const std::vector<double>& sum, std::vector<float>& w) {
    w.resize(sum.size());
    for (std::size_t k = 0; k < sum.size(); ++k) {
      w[k] = pruned(static_cast<float>(sum[k] / n));
    }
  };
  average(sum1, model.weights());
  if (!sum2.empty()) {
    model.enable_second_pass();
    average(sum2, model.second_weights());
  }
  return Status::ok();
}

}  // namespace kg::extract
