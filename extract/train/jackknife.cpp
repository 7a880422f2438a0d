#include "extract/train/jackknife.h"

#include <sstream>
#include <string>
#include <unordered_map>

#include "extract/ascii.h"

namespace kg::extract::train {
namespace {

std::string sentence_key(const Document& doc, const Sentence& s) {
  std::string key;
  for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (i > s.first_token) key += '\x1f';
    key += doc.form(doc.tokens[i]);
  }
  lower_ascii_in_place(key);
  return key;
}

}  // namespace

std::vector<std::size_t> round_robin_folds(std::size_t n, std::size_t folds) {
  std::vector<std::size_t> fold_of(n);
  for (std::size_t i = 0; i < n; ++i) fold_of[i] = folds ? i % folds : 0;
  return fold_of;
}

Result<std::vector<std::shared_ptr<const TaggerModel>>> train_fold_taggers(
    const std::vector<Document>& docs, const std::vector<std::size_t>& fold_of, std::size_t folds,
    const TaggerTrainOptions& options, const std::function<void(std::size_t)>& done) {
  if (folds < 2) return Status::invalid_argument("jackknife: at least 2 folds");
  if (fold_of.size() != docs.size()) return Status::invalid_argument("jackknife: one fold per document");
  std::vector<std::shared_ptr<const TaggerModel>> taggers;
  for (std::size_t f = 0; f < folds; ++f) {
    std::vector<Document> rest;
    for (std::size_t i = 0; i < docs.size(); ++i)
      if (fold_of[i] != f) rest.push_back(docs[i]);
    if (rest.empty()) return Status::invalid_argument("jackknife: a fold holds every document");
    TaggerTrainOptions o = options;
    o.seed = options.seed + f;
    auto r = train_tagger(rest, {}, o, nullptr);
    if (!r) return r.status();
    std::istringstream in(r->model);
    auto tm = TaggerModel::load(in);
    if (!tm) return tm.status();
    taggers.push_back(std::move(*tm));
    if (done) done(f);
  }
  return taggers;
}

Result<JackknifeTagCounts> tag_jackknifed(std::vector<Document>& docs, const std::vector<Document>& treebank,
                                          const std::vector<std::size_t>& fold_of,
                                          const std::vector<std::shared_ptr<const TaggerModel>>& fold_taggers,
                                          const TaggerModel& fallback) {
  if (fold_of.size() != treebank.size()) return Status::invalid_argument("jackknife: one fold per document");
  std::unordered_map<std::string, std::size_t> fold_of_sentence;
  for (std::size_t i = 0; i < treebank.size(); ++i) {
    if (fold_of[i] >= fold_taggers.size()) return Status::invalid_argument("jackknife: fold without a tagger");
    for (const Sentence& s : treebank[i].sentences) fold_of_sentence.emplace(sentence_key(treebank[i], s), fold_of[i]);
  }
  JackknifeTagCounts counts;
  std::vector<std::uint8_t> classes;
  for (Document& d : docs) {
    for (const Sentence& s : d.sentences) {
      if (s.end_token > d.tokens.size() || s.first_token > s.end_token)
        return Status::internal("jackknife: sentence token range out of bounds");
      const auto it = fold_of_sentence.find(sentence_key(d, s));
      const TaggerModel& model = it == fold_of_sentence.end() ? fallback : *fold_taggers[it->second];
      ++(it == fold_of_sentence.end() ? counts.other : counts.jackknifed);
      model.assign_tags(d, s.first_token, s.end_token, classes);
    }
    d.layers |= kLayerPos;
  }
  return counts;
}

}  // namespace kg::extract::train
