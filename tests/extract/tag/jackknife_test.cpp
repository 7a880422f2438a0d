#include "extract/train/jackknife.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "extract/conllu.h"
#include "extract/train/treebank.h"
#include "tests/extract/tiny_treebank.h"

using namespace kg;
using namespace kg::extract;

namespace {

// The tiny treebank with each sentence its own document.
std::vector<Document> read_docs(std::istream& in) {
  std::vector<Document> docs;
  ReadReport report;
  ConlluReadOptions o;
  o.max_sentences_per_document = 1;
  const Status s = read_conllu(in, "test", o, [&](Document&& d) { docs.push_back(std::move(d)); return Status::ok(); },
                               report);
  REQUIRE(s.is_ok());
  return docs;
}

std::vector<Document> tiny_sentence_docs() {
  std::ifstream in(std::string(KG_SOURCE_DIR) + "/tests/data/tiny_treebank.conllu");
  REQUIRE(in);
  return read_docs(in);
}

std::vector<std::uint8_t> tags_by(const TaggerModel& m, const Document& d) {
  std::vector<std::uint8_t> out, classes;
  for (const Sentence& s : d.sentences) {
    m.tag(d, s.first_token, s.end_token, classes);
    for (std::uint8_t c : classes) {
      out.push_back(m.classes[c].upos);
      out.push_back(m.classes[c].xpos);
    }
  }
  return out;
}

std::vector<std::uint8_t> tags_of(const Document& d) {
  std::vector<std::uint8_t> out;
  for (const Token& t : d.tokens) {
    out.push_back(t.upos);
    out.push_back(t.xpos);
  }
  return out;
}

}  // namespace

TEST_CASE("jackknife: each fold's tagger learns without that fold, deterministically") {
  const auto docs = tiny_sentence_docs();
  REQUIRE(docs.size() >= 6);
  const std::vector<std::size_t> fold_of = train::round_robin_folds(docs.size(), 2);
  std::vector<std::size_t> done;
  auto a = train::train_fold_taggers(docs, fold_of, 2, test::tiny_tagger_options(), [&](std::size_t f) { done.push_back(f); });
  REQUIRE(a.is_ok());
  REQUIRE(a->size() == 2);
  CHECK(done == std::vector<std::size_t>{0, 1});
  // Fold 0's tagger is the tagger trained on the odd documents alone (seed + 0), fold 1's on
  // the even ones (seed + 1).
  std::vector<Document> odd, even;
  for (std::size_t i = 0; i < docs.size(); ++i) (i % 2 ? odd : even).push_back(docs[i]);
  auto o = test::tiny_tagger_options();
  auto t0 = train::train_tagger(odd, {}, o, nullptr);
  o.seed += 1;
  auto t1 = train::train_tagger(even, {}, o, nullptr);
  REQUIRE(t0.is_ok());
  REQUIRE(t1.is_ok());
  CHECK((*a)[0]->serialize() == t0->model);
  CHECK((*a)[1]->serialize() == t1->model);
  CHECK((*a)[0]->serialize() != (*a)[1]->serialize());
  auto b = train::train_fold_taggers(docs, fold_of, 2, test::tiny_tagger_options(), nullptr);
  REQUIRE(b.is_ok());
  CHECK((*b)[0]->serialize() == (*a)[0]->serialize());
}

TEST_CASE("jackknife: round-robin folds") {
  CHECK(train::round_robin_folds(5, 2) == std::vector<std::size_t>{0, 1, 0, 1, 0});
  CHECK(train::round_robin_folds(3, 4) == std::vector<std::size_t>{0, 1, 2});
  CHECK(train::round_robin_folds(0, 4).empty());
}

TEST_CASE("jackknife: bad fold settings are errors") {
  const auto docs = tiny_sentence_docs();
  std::vector<std::size_t> fold_of(docs.size(), 0);
  CHECK_FALSE(train::train_fold_taggers(docs, fold_of, 1, test::tiny_tagger_options(), nullptr).is_ok());
  CHECK_FALSE(train::train_fold_taggers(docs, {0, 1}, 2, test::tiny_tagger_options(), nullptr).is_ok());
  // Every document in fold 0: its tagger would have nothing to learn from.
  CHECK_FALSE(train::train_fold_taggers(docs, fold_of, 2, test::tiny_tagger_options(), nullptr).is_ok());
}

TEST_CASE("jackknife: a treebank sentence is tagged by its fold's tagger, in any case; others by the fallback") {
  const auto treebank = tiny_sentence_docs();
  const std::vector<std::size_t> fold_of = train::round_robin_folds(treebank.size(), 2);
  auto taggers = train::train_fold_taggers(treebank, fold_of, 2, test::tiny_tagger_options(), nullptr);
  REQUIRE(taggers.is_ok());
  auto all = train::train_tagger(treebank, {}, test::tiny_tagger_options(), nullptr);
  REQUIRE(all.is_ok());
  std::istringstream model_in(all->model);
  auto fallback = TaggerModel::load(model_in);
  REQUIRE(fallback.is_ok());

  // Training text: the treebank's sentences without tags, sentence 1 lower-cased, and a
  // sentence the treebank does not hold.
  std::vector<Document> train;
  for (const Document& d : treebank) train.push_back(train::strip_annotation(d));
  std::istringstream extra(
      "# sent_id = x-1\n1\tthe\t_\t_\t_\t_\t_\t_\t_\t_\n2\tcat\t_\t_\t_\t_\t_\t_\t_\t_\n3\tsat\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "4\ton\t_\t_\t_\t_\t_\t_\t_\t_\n5\tthe\t_\t_\t_\t_\t_\t_\t_\t_\n6\tmat\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
      "7\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
      "# sent_id = x-2\n1\tCats\t_\t_\t_\t_\t_\t_\t_\t_\n2\tsat\t_\t_\t_\t_\t_\t_\t_\t_\n3\tslowly\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
  for (Document& d : read_docs(extra)) train.push_back(std::move(d));
  REQUIRE(train.size() == treebank.size() + 2);
  REQUIRE(treebank[0].form(treebank[0].tokens[0]) == "The");

  auto counts = train::tag_jackknifed(train, treebank, fold_of, *taggers, **fallback);
  REQUIRE(counts.is_ok());
  CHECK(counts->jackknifed == treebank.size() + 1);
  CHECK(counts->other == 1);
  bool differs = false;
  for (std::size_t i = 0; i < treebank.size(); ++i) {
    CHECK(tags_of(train[i]) == tags_by(*(*taggers)[fold_of[i]], train[i]));
    if (tags_of(train[i]) != tags_by(**fallback, train[i])) differs = true;
  }
  CHECK(differs);  // the fold taggers are not the fallback in disguise
  CHECK(tags_of(train[treebank.size()]) == tags_by(*(*taggers)[0], train[treebank.size()]));
  CHECK(tags_of(train.back()) == tags_by(**fallback, train.back()));
  CHECK((train.back().layers & kLayerPos) != 0);

  std::vector<std::size_t> short_folds(treebank.size() - 1, 0);
  CHECK_FALSE(train::tag_jackknifed(train, treebank, short_folds, *taggers, **fallback).is_ok());
}
