// Sentence splitting: the rules (split_sentences) and the shipped learned segmenter.
#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "extract/read/reader.h"
#include "extract/tokenize/segmenter.h"
#include "extract/tokenize/tokenizer.h"

namespace {

using namespace kg::extract;

// Sentences of `text` (read as a plain-text article, boilerplate kept), joined by " || ".
std::string sentences(const std::string& text, std::shared_ptr<const SegmenterModel> model = nullptr) {
  ReadReport report;
  Document doc = make_document("t", "t", text, /*keep_boilerplate=*/true, report);
  REQUIRE(Tokenizer(std::move(model)).process(doc).is_ok());
  std::string out;
  for (const Sentence& s : doc.sentences) {
    if (!out.empty()) out += " || ";
    out += doc.slice(s.begin, s.end);
  }
  return out;
}

std::shared_ptr<const SegmenterModel> shipped() {
  auto m = SegmenterModel::load_file(std::string(KG_SOURCE_DIR) + "/models/segmenter.kgm");
  REQUIRE(m.is_ok());
  return std::make_shared<const SegmenterModel>(std::move(m).value());
}

}  // namespace

TEST_CASE("rules: sentence ends") {
  CHECK(sentences("He left. She stayed.") == "He left. || She stayed.");
  CHECK(sentences("Is it? Yes! Fine.") == "Is it? || Yes! || Fine.");
  CHECK(sentences("He said \"No.\" Then he left.") == "He said \"No.\" || Then he left.");
  CHECK(sentences("(It rained.) We stayed.") == "(It rained.) || We stayed.");
  CHECK(sentences("\"Why?\" she asked.") == "\"Why?\" she asked.");
  CHECK(sentences("i went home. then i slept.") == "i went home. || then i slept.");
  CHECK(sentences("Well... maybe not.") == "Well... maybe not.");
  CHECK(sentences("Wait... Then it hit.") == "Wait... || Then it hit.");
  CHECK(sentences("It costs 3.5 dollars. Cheap.") == "It costs 3.5 dollars. || Cheap.");
}

TEST_CASE("rules: abbreviations and initials do not end sentences") {
  CHECK(sentences("Mr. Wang met Dr. Sok in the U.S. capital.") == "Mr. Wang met Dr. Sok in the U.S. capital.");
  CHECK(sentences("George W. Bush spoke.") == "George W. Bush spoke.");
  CHECK(sentences("See No. 5 below.") == "See No. 5 below.");
  CHECK(sentences("We ate apples, pears, etc. Then we left.") == "We ate apples, pears, etc. || Then we left.");
}

TEST_CASE("rules: paragraphs and headings are hard boundaries") {
  CHECK(sentences("Title line\n\nFirst sentence here. Second one") == "Title line || First sentence here. || Second one");
  CHECK(sentences("A wrapped sentence that goes\non to the next line.") ==
        "A wrapped sentence that goes\non to the next line.");
  CHECK(sentences("***\nText.") == "*** || Text.");
}

TEST_CASE("rules: multiword tokens are never split") {
  CHECK(sentences("I can't. You won't.") == "I can't. || You won't.");
}

TEST_CASE("learned segmenter keeps the easy cases and splits unpunctuated e-mail headers") {
  const auto m = shipped();
  CHECK(sentences("He left. She stayed.", m) == "He left. || She stayed.");
  CHECK(sentences("Mr. Wang met Dr. Sok in the U.S. capital.", m) == "Mr. Wang met Dr. Sok in the U.S. capital.");
  CHECK(sentences("On Friday, Chinese Foreign Minister Wang Yi met with Sok Chenda Sophea. They agreed.", m) ==
        "On Friday, Chinese Foreign Minister Wang Yi met with Sok Chenda Sophea. || They agreed.");
}

TEST_CASE("segmenter model files: round trip, and refusal of damaged files") {
  SegmenterModel m(10);
  m.weights()[3] = 1.5f;
  m.weights()[700] = -2.0f;
  std::stringstream ss;
  REQUIRE(m.save(ss).is_ok());
  const std::string bytes = ss.str();
  {
    std::istringstream in(bytes);
    auto back = SegmenterModel::load(in);
    REQUIRE(back.is_ok());
    CHECK(back->bits() == 10);
    CHECK(back->weights()[3] == 1.5f);
    CHECK(back->weights()[700] == -2.0f);
  }
  SUBCASE("truncated") {
    for (std::size_t n : {std::size_t{0}, std::size_t{5}, std::size_t{12}, bytes.size() - 1}) {
      std::istringstream in(bytes.substr(0, n));
      auto r = SegmenterModel::load(in);
      CHECK_FALSE(r.is_ok());
    }
  }
  SUBCASE("wrong magic") {
    std::string b = bytes;
    b[0] = 'X';
    std::istringstream in(b);
    CHECK(SegmenterModel::load(in).status().code() == kg::Status::Code::kCorrupt);
  }
  SUBCASE("newer version") {
    std::string b = bytes;
    b[8] = 99;  // format version (little-endian u32 after the 8-byte magic)
    std::istringstream in(b);
    CHECK(SegmenterModel::load(in).status().code() == kg::Status::Code::kUnsupported);
  }
  SUBCASE("trailing bytes") {
    std::istringstream in(bytes + "x");
    CHECK_FALSE(SegmenterModel::load(in).is_ok());
  }
  SUBCASE("another kind of model") {
    std::string b = bytes;
    b[16] = 'X';  // first byte of the kind string
    std::istringstream in(b);
    CHECK_FALSE(SegmenterModel::load(in).is_ok());
  }
}

TEST_CASE("sentence_span: the sentence holding a token, or the whole document without sentences") {
  Document doc;
  doc.tokens.resize(7);
  CHECK(sentence_span(doc, 3) == std::pair<std::uint32_t, std::uint32_t>{0, 7});
  Sentence a, b;
  a.first_token = 0;
  a.end_token = 4;
  b.first_token = 4;
  b.end_token = 7;
  doc.sentences = {a, b};
  CHECK(sentence_span(doc, 0) == std::pair<std::uint32_t, std::uint32_t>{0, 4});
  CHECK(sentence_span(doc, 3) == std::pair<std::uint32_t, std::uint32_t>{0, 4});
  CHECK(sentence_span(doc, 4) == std::pair<std::uint32_t, std::uint32_t>{4, 7});
  CHECK(sentence_span(doc, 6) == std::pair<std::uint32_t, std::uint32_t>{4, 7});
}

TEST_CASE("a run without sentence ends is split into pieces of at most kMaxSentenceTokens, at a comma when it can") {
  // 1000 words without punctuation, then the same with a comma every 100 words.
  std::string plain, commas;
  for (int i = 0; i < 1000; ++i) {
    plain += "word ";
    commas += i % 100 == 99 ? "word, " : "word ";
  }
  for (const bool with_model : {false, true}) {
    for (const std::string* text : {&plain, &commas}) {
      ReadReport report;
      Document doc = make_document("t", "t", *text, true, report);
      REQUIRE(Tokenizer(with_model ? shipped() : nullptr).process(doc).is_ok());
      std::uint32_t next = 0;
      for (const Sentence& s : doc.sentences) {
        CHECK(s.first_token == next);  // no token lost or repeated
        CHECK(s.end_token > s.first_token);
        CHECK(s.end_token - s.first_token <= kMaxSentenceTokens);
        CHECK(s.begin == doc.tokens[s.first_token].begin);
        CHECK(s.end == doc.tokens[s.end_token - 1].end);
        next = s.end_token;
        // With commas, every piece but the last ends at one.
        if (text == &commas && s.end_token < doc.tokens.size()) CHECK(doc.form(doc.tokens[s.end_token - 1]) == ",");
      }
      CHECK(next == doc.tokens.size());
      CHECK(doc.sentences.size() >= doc.tokens.size() / kMaxSentenceTokens);
    }
  }
  // A sentence of ordinary length is left alone.
  CHECK(sentences("He left. She stayed.") == "He left. || She stayed.");
}
