#include "extract/tag/tagger.h"

#include <doctest/doctest.h>

#include <sstream>

#include "extract/tag/lemmatizer.h"
#include "extract/tags.h"
#include "extract/train/evaluate.h"
#include "extract/train/tagger_trainer.h"
#include "tests/extract/tiny_treebank.h"

using namespace kg;
using namespace kg::extract;

namespace {

std::string train_tiny() {
  const auto docs = test::tiny_treebank();
  REQUIRE(docs.size() == 1);
  auto r = train::train_tagger(docs, docs, test::tiny_tagger_options(), nullptr);
  REQUIRE(r.is_ok());
  return r->model;
}

Result<std::shared_ptr<const TaggerModel>> load_bytes(const std::string& bytes) {
  std::istringstream in(bytes);
  return TaggerModel::load(in);
}

}  // namespace

TEST_CASE("tagger trains on a tiny treebank, loads from memory and tags it back") {
  const std::string bytes = train_tiny();
  auto model = load_bytes(bytes);
  REQUIRE(model.is_ok());
  const Tagger tagger(model.value());
  const auto docs = test::tiny_treebank();
  train::ParseScores sc;
  for (const auto& gold : docs) {
    Document pred = train::strip_annotation(gold);
    REQUIRE(tagger.process(pred).is_ok());
    CHECK((pred.layers & kLayerPos) != 0);
    REQUIRE(train::score_document(gold, pred, sc).is_ok());
  }
  CHECK(sc.words == 85);
  CHECK(sc.upos_pct() >= 95.0);
  CHECK(sc.xpos_pct() >= 95.0);
  CHECK(sc.lemma_pct() >= 95.0);
}

TEST_CASE("tagger training is deterministic") {
  CHECK(train_tiny() == train_tiny());
}

TEST_CASE("tagger model loading rejects damaged files") {
  const std::string bytes = train_tiny();
  SUBCASE("truncated") {
    for (std::size_t n : {std::size_t{0}, std::size_t{5}, std::size_t{8}, std::size_t{11}, std::size_t{20},
                          bytes.size() / 2, bytes.size() - 1}) {
      auto r = load_bytes(bytes.substr(0, n));
      CHECK_FALSE(r.is_ok());
      CHECK(r.status().code() == Status::Code::kCorrupt);
    }
  }
  SUBCASE("wrong magic") {
    std::string b = bytes;
    b[0] = 'X';
    auto r = load_bytes(b);
    REQUIRE_FALSE(r.is_ok());
    CHECK(r.status().code() == Status::Code::kCorrupt);
    CHECK(r.status().message().find("magic") != std::string::npos);
  }
  SUBCASE("a parser file is not a tagger file") {
    auto r = load_bytes(std::string("KGPARSER\x01\0\0\0", 12));
    CHECK(r.status().code() == Status::Code::kCorrupt);
  }
  SUBCASE("newer version") {
    std::string b = bytes;
    b[8] = static_cast<char>(kTaggerVersion + 1);
    auto r = load_bytes(b);
    REQUIRE_FALSE(r.is_ok());
    CHECK(r.status().code() == Status::Code::kUnsupported);
  }
  SUBCASE("trailing bytes") {
    auto r = load_bytes(bytes + "x");
    REQUIRE_FALSE(r.is_ok());
    CHECK(r.status().code() == Status::Code::kCorrupt);
    CHECK(r.status().message().find("trailing") != std::string::npos);
  }
  SUBCASE("missing file") {
    auto r = TaggerModel::load_file("/nonexistent/kg/tagger.kgm");
    CHECK(r.status().code() == Status::Code::kNotFound);
  }
}

TEST_CASE("tagger: AUX is a closed class, and a capitalised word that is no known verb form is no verb") {
  TaggerModel m;
  auto cls = [](std::string_view upos, std::string_view xpos) { return TagClass{tags::upos_id(upos), tags::xpos_id(xpos)}; };
  m.classes = {cls("X", "FW"), cls("AUX", "VBG"), cls("VERB", "VBG"), cls("PROPN", "NNP"), cls("VERB", "VBD")};
  LemmatizerData d;
  d.index[static_cast<int>(WnPos::kVerb)] = {"sack", "walk"};
  m.lemmatizer = Lemmatizer(std::move(d));
  const std::uint32_t nc = 5;
  // Scores: AUX best, then VERB, then PROPN.
  const std::int32_t scores[] = {0, 9, 7, 5, 1};
  CHECK(m.closed_class_check("Boeing", 1, scores, nc) == 3);  // neither AUX nor a verb: the name
  CHECK(m.closed_class_check("being", 1, scores, nc) == 1);   // a form of "be"
  CHECK(m.closed_class_check("Boeing", 2, scores, nc) == 3);  // "boe" is no verb
  CHECK(m.closed_class_check("Walking", 2, scores, nc) == 2);  // "walk" is
  CHECK(m.closed_class_check("Sacked", 4, scores, nc) == 4);
  CHECK(m.closed_class_check("boeing", 2, scores, nc) == 2);   // lower case: an unknown verb may be new
  CHECK(m.closed_class_check("Sacked", 4, scores, nc, true) == 3);    // "the Sacked ...": after a determiner, a name
  CHECK(m.closed_class_check("walking", 2, scores, nc, true) == 2);   // "the walking dead": lower case stays
}

TEST_CASE("tagger: a known past participle between 'been' and 'by' is VERB VBN") {
  TaggerModel m;
  auto cls = [](std::string_view upos, std::string_view xpos) { return TagClass{tags::upos_id(upos), tags::xpos_id(xpos)}; };
  m.classes = {cls("X", "FW"), cls("NOUN", "NN"), cls("VERB", "VBN"), cls("ADJ", "JJ")};
  LemmatizerData d;
  d.index[static_cast<int>(WnPos::kVerb)] = {"shoot"};
  d.exceptions[static_cast<int>(WnPos::kVerb)] = {{"shot", "shoot"}};
  m.lemmatizer = Lemmatizer(std::move(d));
  CHECK(m.passive_participle("been", "shot", "by", 1) == 2);    // "had been shot by Ruby"
  CHECK(m.passive_participle("being", "shot", "by", 3) == 2);
  CHECK(m.passive_participle("been", "shot", "in", 1) == 1);    // "been shot in": no "by", the model decides
  CHECK(m.passive_participle("a", "shot", "by", 1) == 1);       // "a shot by Ruby": a noun
  CHECK(m.passive_participle("been", "chairman", "by", 1) == 1);  // no verb form
}

TEST_CASE("tagger: a gerund before a body's descriptor and a name is a noun modifier ('US banking giant Citigroup')") {
  TaggerModel m;
  auto cls = [](std::string_view upos, std::string_view xpos) { return TagClass{tags::upos_id(upos), tags::xpos_id(xpos)}; };
  m.classes = {cls("X", "FW"), cls("NOUN", "NN"), cls("VERB", "VBG"), cls("PROPN", "NNP"), cls("AUX", "VBD")};
  CHECK(m.descriptor_gerund(3, "giant", "Citigroup", 2) == 1);   // "US banking giant Citigroup"
  CHECK(m.descriptor_gerund(0, "company", "Rio", 2) == 1);       // at the start of a sentence
  CHECK(m.descriptor_gerund(3, "giant", "and", 2) == 2);         // no name after the noun
  CHECK(m.descriptor_gerund(3, "troops", "Friday", 2) == 2);     // "Obama visiting troops Friday"
  CHECK(m.descriptor_gerund(4, "group", "Acme", 2) == 2);        // "was leading group Acme": after an auxiliary
  CHECK(m.descriptor_gerund(3, "giant", "Citigroup", 1) == 1);   // not a gerund: unchanged
}

TEST_CASE("tagger: a capitalised participle that opens a title is part of a name ('Managing Director')") {
  TaggerModel m;
  auto cls = [](std::string_view upos, std::string_view xpos) { return TagClass{tags::upos_id(upos), tags::xpos_id(xpos)}; };
  m.classes = {cls("X", "FW"), cls("VERB", "VBG"), cls("PROPN", "NNP"), cls("NOUN", "NN")};
  CHECK(m.title_participle("Managing", "Director", 1) == 2);
  CHECK(m.title_participle("Acting", "President", 1) == 2);
  CHECK(m.title_participle("managing", "director", 1) == 1);  // lower case: the model decides
  CHECK(m.title_participle("Managing", "the", 1) == 1);       // no title
  CHECK(m.title_participle("Managing", "Director", 3) == 3);  // not a verb: unchanged
}

TEST_CASE("tagger: 'lives' after a name and before a preposition is a verb ('John Smith lives in Paris')") {
  TaggerModel m;
  auto cls = [](std::string_view upos, std::string_view xpos) { return TagClass{tags::upos_id(upos), tags::xpos_id(xpos)}; };
  m.classes = {cls("X", "FW"), cls("NOUN", "NNS"), cls("VERB", "VBZ"), cls("PROPN", "NNP"), cls("PRON", "PRP"), cls("PRON", "PRP$")};
  CHECK(m.name_verb(3, "lives", "in", 1) == 2);    // "Smith lives in"
  CHECK(m.name_verb(4, "lives", "with", 1) == 2);  // "he lives with"
  CHECK(m.name_verb(5, "lives", "in", 1) == 1);    // "their lives in Paris": a possessive, a noun
  CHECK(m.name_verb(3, "lives", "were", 1) == 1);  // no preposition after
  CHECK(m.name_verb(3, "shares", "in", 1) == 1);   // "Apple shares in Europe": not listed
}
