#include "extract/tag/tagger.h"

#include <doctest/doctest.h>

#include <sstream>

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
