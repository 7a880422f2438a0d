#include "extract/tag/lemmatizer.h"

#include <doctest/doctest.h>

#include <sstream>

#include "extract/tags.h"

using namespace kg;
using namespace kg::extract;

namespace {

std::uint8_t x(std::string_view name) { return tags::xpos_id(name); }

LemmatizerData sample_data() {
  LemmatizerData d;
  d.lexicon = {{"'s", x("VBZ"), "be"}, {"children", x("NNS"), "child"}, {"n't", x("RB"), "not"}};
  d.exceptions[static_cast<int>(WnPos::kVerb)] = {{"ran", "run"}, {"went", "go"}};
  d.exceptions[static_cast<int>(WnPos::kNoun)] = {{"mice", "mouse"}};
  d.index[static_cast<int>(WnPos::kNoun)] = {"box", "city", "dish"};
  d.index[static_cast<int>(WnPos::kVerb)] = {"bake", "walk"};
  d.index[static_cast<int>(WnPos::kAdj)] = {"large", "tall"};
  return d;
}

}  // namespace

TEST_CASE("lemmatizer: lexicon first, then exceptions, morphy rules and fallbacks") {
  const Lemmatizer lem(sample_data());
  CHECK(lem.lemma("children", x("NNS")) == "child");
  CHECK(lem.lemma("Children", x("NNS")) == "child");  // lowercased lexicon lookup
  CHECK(lem.lemma("'s", x("VBZ")) == "be");
  CHECK(lem.lemma("mice", x("NNS")) == "mouse");
  CHECK(lem.lemma("went", x("VBD")) == "go");
  CHECK(lem.lemma("cities", x("NNS")) == "city");
  CHECK(lem.lemma("dishes", x("NNS")) == "dish");
  CHECK(lem.lemma("boxes", x("NNS")) == "box");
  CHECK(lem.lemma("baked", x("VBN")) == "bake");
  CHECK(lem.lemma("walking", x("VBG")) == "walk");
  CHECK(lem.lemma("larger", x("JJR")) == "large");
  CHECK(lem.lemma("tallest", x("JJS")) == "tall");
  // Unknown to WordNet: suffix stripping with undoubling.
  CHECK(lem.lemma("blogging", x("VBG")) == "blog");
  CHECK(lem.lemma("gadgets", x("NNS")) == "gadget");
  // Tag-driven rules.
  CHECK(lem.lemma("Paris", x("NNP")) == "Paris");
  CHECK(lem.lemma("paris", x("NNP")) == "Paris");
  CHECK(lem.lemma("1,100", x("CD")) == "1100");
  CHECK(lem.lemma("The", x("DT")) == "the");
  CHECK(lem.lemma(",", x(",")) == ",");
}

TEST_CASE("lemmatizer works without any WordNet data") {
  LemmatizerData d;
  d.lexicon = {{"was", x("VBD"), "be"}};
  const Lemmatizer lem(std::move(d));
  CHECK(lem.lemma("was", x("VBD")) == "be");
  CHECK(lem.lemma("cats", x("NNS")) == "cat");
  CHECK(lem.lemma("stopped", x("VBD")) == "stop");
}

TEST_CASE("lemmatizer round-trips through its binary form") {
  const Lemmatizer lem(sample_data());
  model_io::BinaryWriter w;
  lem.save(w);
  std::istringstream in(w.data());
  model_io::BinaryReader r(in);
  Lemmatizer back;
  REQUIRE(Lemmatizer::load(r, back).is_ok());
  CHECK(r.at_end());
  CHECK(back.lemma("mice", x("NNS")) == "mouse");
  CHECK(back.lemma("children", x("NNS")) == "child");
  std::istringstream cut(w.data().substr(0, w.data().size() - 3));
  model_io::BinaryReader rc(cut);
  CHECK_FALSE(Lemmatizer::load(rc, back).is_ok());
}
