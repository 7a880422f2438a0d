#include "extract/train/tagger_trainer.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <tuple>

#include "extract/model_io/linear.h"
#include "extract/tag/tagger.h"
#include "extract/tag/tagger_features.h"
#include "extract/train/evaluate.h"
#include "extract/train/perceptron.h"
#include "extract/train/treebank.h"

namespace kg::extract::train {
namespace {

namespace tf = tagger_features;

struct SentenceRef {
  std::uint32_t doc;
  std::uint32_t sent;
};

LemmatizerData build_lemma_data(const std::vector<Document>& train, const std::string& wordnet_dir, bool& wordnet) {
  LemmatizerData data;
  std::map<std::tuple<std::string, std::uint8_t, std::string>, std::uint32_t> counts;
  for (const Document& d : train) {
    for (const Token& t : d.tokens) {
      if (t.lemma.empty()) continue;
      ++counts[{std::string(d.form(t)), t.xpos, t.lemma}];
    }
  }
  // Most frequent lemma per (form, xpos); ties go to the first in sorted order.
  const std::tuple<std::string, std::uint8_t, std::string>* best = nullptr;
  std::uint32_t best_n = 0;
  auto flush = [&] {
    if (best) data.lexicon.push_back({std::get<0>(*best), std::get<1>(*best), std::get<2>(*best)});
  };
  for (const auto& [key, n] : counts) {
    if (!best || std::get<0>(*best) != std::get<0>(key) || std::get<1>(*best) != std::get<1>(key)) {
      flush();
      best = &key;
      best_n = n;
    } else if (n > best_n) {
      best = &key;
      best_n = n;
    }
  }
  flush();
  wordnet = !wordnet_dir.empty() && read_wordnet(wordnet_dir, data).is_ok();
  if (!wordnet) {
    for (int p = 0; p < 4; ++p) {
      data.exceptions[p].clear();
      data.index[p].clear();
    }
  }
  return data;
}

}  // namespace

Result<TaggerTrainResult> train_tagger(const std::vector<Document>& train, const std::vector<Document>& dev,
                                       const TaggerTrainOptions& o,
                                       const std::function<void(const TaggerEpoch&)>& progress) {
  if (o.bits < 8 || o.bits > 24) return Status::invalid_argument("tagger: --bits must be in 8..24");
  // Classes: every (UPOS, XPOS) pair seen, in numeric order.
  std::map<std::pair<std::uint8_t, std::uint8_t>, std::uint32_t> pair_count;
  std::map<std::uint64_t, std::map<std::pair<std::uint8_t, std::uint8_t>, std::uint32_t>> word_tags;
  std::vector<SentenceRef> sentences;
  for (std::uint32_t di = 0; di < train.size(); ++di) {
    const Document& d = train[di];
    for (const Token& t : d.tokens) {
      ++pair_count[{t.upos, t.xpos}];
      ++word_tags[tf::word_info(d.form(t)).form][{t.upos, t.xpos}];
    }
    for (std::uint32_t si = 0; si < d.sentences.size(); ++si) sentences.push_back({di, si});
  }
  if (sentences.empty()) return Status::invalid_argument("tagger: no training sentences");
  if (pair_count.size() > 255) return Status::invalid_argument("tagger: more than 255 tag pairs");
  auto model = std::make_shared<TaggerModel>();
  std::map<std::pair<std::uint8_t, std::uint8_t>, std::uint8_t> class_of;
  for (const auto& [p, n] : pair_count) {
    class_of[p] = static_cast<std::uint8_t>(model->classes.size());
    model->classes.push_back({p.first, p.second});
  }
  for (const auto& [h, m] : word_tags) {
    std::uint32_t total = 0, top = 0;
    std::pair<std::uint8_t, std::uint8_t> top_pair{};
    for (const auto& [p, n] : m) {
      total += n;
      if (n > top) {
        top = n;
        top_pair = p;
      }
    }
    if (total >= o.dict_min_count && static_cast<double>(top) >= o.dict_min_share * total) {
      model->unambiguous.emplace_back(h, class_of[top_pair]);
    }
  }
  std::sort(model->unambiguous.begin(), model->unambiguous.end());
  // Ambiguity classes of words seen at least twice (once-seen words stay "unknown", as
  // most unknown words at run time are rare ones).
  std::map<std::uint64_t, std::map<std::uint8_t, std::uint32_t>> lower_tags;
  for (const Document& d : train) {
    for (const Token& t : d.tokens) ++lower_tags[tf::word_info(d.form(t)).lower][t.upos];
  }
  for (const auto& [h, m] : word_tags) {
    std::uint32_t total = 0;
    std::uint64_t set = 0x9E3779B97F4A7C15ULL;
    for (const auto& [p, n] : m) total += n;
    if (total < 2) continue;
    for (const auto& [p, n] : m) {
      if (n * 20 >= total) set = model_io::hash_combine(set, class_of[p]);
    }
    model->amb.emplace_back(h, set);
  }
  for (const auto& [h, m] : lower_tags) {
    std::uint32_t total = 0;
    std::uint64_t set = 0x7F4A7C159E3779B9ULL;
    for (const auto& [u, n] : m) total += n;
    if (total < 2) continue;
    for (const auto& [u, n] : m) {
      if (n * 20 >= total) set = model_io::hash_combine(set, u);
    }
    model->amb_lower.emplace_back(h, set);
  }
  model->index();
  TaggerTrainResult result;
  model->lemmatizer = Lemmatizer(build_lemma_data(train, o.wordnet_dir, result.wordnet));

  const auto nc = static_cast<std::uint32_t>(model->classes.size());
  AveragedPerceptron perceptron(o.bits, nc);
  std::vector<std::uint32_t> order(sentences.size());
  std::vector<tf::WordInfo> words;
  std::vector<float> scores(nc);
  std::uint64_t feats[tf::kMaxFeatures];
  double best_score = -1;
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    deterministic_shuffle(order, o.seed * 1000003ULL + static_cast<unsigned>(epoch));
    std::size_t seen = 0, correct = 0;
    for (std::uint32_t idx : order) {
      const Document& d = train[sentences[idx].doc];
      const Sentence& s = d.sentences[sentences[idx].sent];
      const std::size_t n = s.end_token - s.first_token;
      words.resize(n);
      for (std::size_t i = 0; i < n; ++i) words[i] = model->word_info(d.form(d.tokens[s.first_token + i]));
      std::uint32_t p1 = 0, p2 = 0;
      for (std::size_t i = 0; i < n; ++i) {
        const Token& t = d.tokens[s.first_token + i];
        const std::uint32_t gold = class_of[{t.upos, t.xpos}];
        std::uint32_t guess = 0;
        const auto it = std::lower_bound(model->unambiguous.begin(), model->unambiguous.end(),
                                         std::pair<std::uint64_t, std::uint8_t>(words[i].form, 0));
        if (it != model->unambiguous.end() && it->first == words[i].form) {
          guess = it->second;
        } else {
          const std::size_t k = tf::features(words, i, p1, p2, feats);
          perceptron.score(feats, k, scores.data());
          for (std::uint32_t c = 1; c < nc; ++c) {
            if (scores[c] > scores[guess]) guess = c;
          }
          if (guess != gold) {
            perceptron.update(feats, k, gold, 1.0f);
            perceptron.update(feats, k, guess, -1.0f);
          }
          perceptron.tick();
        }
        ++seen;
        if (guess == gold) ++correct;
        p2 = p1;
        p1 = guess;
      }
    }
    model->weights = perceptron.averaged_model(o.prune);
    TaggerEpoch rep;
    rep.epoch = epoch;
    rep.train_acc = ParseScores::pct(correct, seen);
    const Tagger tagger(model);
    ParseScores sc;
    for (const Document& g : dev) {
      Document p = strip_annotation(g);
      if (Status st = tagger.process(p); !st.is_ok()) return st;
      if (Status st = score_document(g, p, sc); !st.is_ok()) return st;
    }
    rep.dev_upos = sc.upos_pct();
    rep.dev_xpos = sc.xpos_pct();
    rep.dev_lemma = sc.lemma_pct();
    const double score = dev.empty() ? epoch : rep.dev_upos + rep.dev_xpos;
    if (score > best_score) {
      best_score = score;
      rep.best = true;
      result.model = model->serialize();
      result.best_epoch = epoch;
      result.best_upos = rep.dev_upos;
      result.best_xpos = rep.dev_xpos;
      result.best_lemma = rep.dev_lemma;
    }
    if (progress) progress(rep);
  }
  return result;
}

}  // namespace kg::extract::train
