#include "extract/parse/parser.h"

#include <doctest/doctest.h>

#include <chrono>
#include <sstream>
#include <thread>

#include "extract/tags.h"
#include "extract/train/evaluate.h"
#include "extract/train/parser_trainer.h"
#include "tests/extract/tiny_treebank.h"

using namespace kg;
using namespace kg::extract;

namespace {

std::string train_tiny() {
  const auto docs = test::tiny_treebank();
  REQUIRE(docs.size() == 1);
  train::ParserTrainOptions o;
  o.epochs = 15;
  o.bits = 14;
  o.patience = 0;
  auto r = train::train_parser(docs, docs, docs, o, nullptr);
  REQUIRE(r.is_ok());
  return r->model;
}

Result<std::shared_ptr<const ParserModel>> load_bytes(const std::string& bytes) {
  std::istringstream in(bytes);
  return ParserModel::load(in);
}

// Gold tokens and tags, no tree.
Document unparsed(const Document& gold) {
  Document d = gold;
  for (Token& t : d.tokens) {
    t.head = -1;
    t.deprel = 0;
  }
  return d;
}

void check_tree(const Document& d) {
  for (const Sentence& s : d.sentences) {
    const int n = static_cast<int>(s.end_token - s.first_token);
    int roots = 0;
    for (int i = 0; i < n; ++i) {
      const Token& t = d.tokens[s.first_token + static_cast<std::uint32_t>(i)];
      REQUIRE(t.head >= -1);
      REQUIRE(t.head < n);
      CHECK(t.deprel != 0);
      if (t.head == -1) {
        ++roots;
        CHECK(tags::deprel_name(t.deprel) == "root");
      } else {
        CHECK(tags::deprel_name(t.deprel) != "root");
      }
      int a = i, steps = 0;
      while (a != -1 && steps++ <= n) a = d.tokens[s.first_token + static_cast<std::uint32_t>(a)].head;
      CHECK(a == -1);
    }
    CHECK(roots == 1);
  }
}

}  // namespace

TEST_CASE("parser trains on a tiny treebank (with non-projective trees) and parses it back") {
  const std::string bytes = train_tiny();
  auto model = load_bytes(bytes);
  REQUIRE(model.is_ok());
  const Parser parser(model.value());
  train::ParseScores sc;
  for (const auto& gold : test::tiny_treebank()) {
    Document pred = unparsed(gold);
    REQUIRE(parser.process(pred).is_ok());
    check_tree(pred);
    REQUIRE(train::score_document(gold, pred, sc).is_ok());
  }
  // Two arcs are non-projective and cannot be produced; everything else is learnt.
  CHECK(sc.uas >= sc.words - 4);
  CHECK(sc.las_pct() >= 90.0);
}

TEST_CASE("parser training is deterministic") { CHECK(train_tiny() == train_tiny()); }

TEST_CASE("parser stays linear on a very long sentence") {
  auto model = load_bytes(train_tiny());
  REQUIRE(model.is_ok());
  const auto docs = test::tiny_treebank();
  const Document& src = docs[0];
  Document d;
  d.text = src.text;
  Sentence s;
  for (int rep = 0; rep < 400; ++rep) {
    for (const Token& t : src.tokens) d.tokens.push_back(t);
  }
  s.first_token = 0;
  s.end_token = static_cast<std::uint32_t>(d.tokens.size());
  d.sentences.push_back(s);
  REQUIRE(d.tokens.size() == 34000);
  const auto t0 = std::chrono::steady_clock::now();
  REQUIRE(Parser(model.value()).process(d).is_ok());
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  check_tree(d);
  CHECK(secs < 2.0);
}

TEST_CASE("parser model loading rejects damaged files") {
  const std::string bytes = train_tiny();
  for (std::size_t n : {std::size_t{0}, std::size_t{7}, std::size_t{12}, std::size_t{14}, bytes.size() / 2,
                        bytes.size() - 1}) {
    auto r = load_bytes(bytes.substr(0, n));
    REQUIRE_FALSE(r.is_ok());
    CHECK(r.status().code() == Status::Code::kCorrupt);
  }
  std::string magic = bytes;
  magic[2] = 'X';
  CHECK(load_bytes(magic).status().code() == Status::Code::kCorrupt);
  std::string newer = bytes;
  newer[8] = static_cast<char>(kParserVersion + 1);
  CHECK(load_bytes(newer).status().code() == Status::Code::kUnsupported);
  auto trailing = load_bytes(bytes + std::string(1, '\0'));
  REQUIRE_FALSE(trailing.is_ok());
  CHECK(trailing.status().message().find("trailing") != std::string::npos);
}

TEST_CASE("one loaded parser is shared by several threads with identical results") {
  auto model = load_bytes(train_tiny());
  REQUIRE(model.is_ok());
  const Parser parser(model.value());
  const auto docs = test::tiny_treebank();
  Document expected = unparsed(docs[0]);
  REQUIRE(parser.process(expected).is_ok());
  std::vector<Document> results(4, unparsed(docs[0]));
  std::vector<std::thread> threads;
  for (auto& d : results) {
    threads.emplace_back([&parser, &d] {
      for (int rep = 0; rep < 20; ++rep) {
        for (Token& t : d.tokens) t.head = -1;
        (void)parser.process(d);
      }
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& d : results) {
    for (std::size_t i = 0; i < d.tokens.size(); ++i) {
      CHECK(d.tokens[i].head == expected.tokens[i].head);
      CHECK(d.tokens[i].deprel == expected.tokens[i].deprel);
    }
  }
}
