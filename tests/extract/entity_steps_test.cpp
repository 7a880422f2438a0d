// The entity stage's sieve steps one at a time (extract/coref/entity_work.h), on documents
// tokenized for real with NER mentions placed by hand.
#include "extract/coref/entity_work.h"

#include <doctest/doctest.h>

#include "extract/coref/pronouns.h"
#include "extract/read/reader.h"
#include "extract/tokenize/tokenizer.h"

namespace {

using namespace kg::extract;
using namespace kg::extract::entity_steps;

Document tokenized(const std::string& text) {
  ReadReport report;
  Document doc = make_document("t", "t", text, true, report);
  REQUIRE(Tokenizer().process(doc).is_ok());
  doc.layers |= kLayerMentions;
  return doc;
}

// A mention over the tokens spelling `words` (first occurrence at or after token `from`).
Mention over(const Document& doc, const std::string& words, EntityType type, std::uint32_t from = 0) {
  for (std::uint32_t i = from; i < doc.tokens.size(); ++i) {
    std::string joined;
    for (std::uint32_t k = i; k < doc.tokens.size(); ++k) {
      if (k > i) joined += doc.tokens[k - 1].space_after ? " " : "";
      joined += doc.form(doc.tokens[k]);
      if (joined == words) return {i, k + 1, type, 1.0f, -1, {}, {}, {}};
      if (joined.size() >= words.size()) break;
    }
  }
  FAIL("no tokens spell " << words);
  return {};
}

std::string text_of(const Document& doc, const Mention& m) {
  return std::string(doc.slice(doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end));
}

const Mention* find(const Work& w, const std::string& text) {
  for (const Mention& m : w.named) if (text_of(w.doc, m) == text) return &m;
  return nullptr;
}

}  // namespace

TEST_CASE("collect_mentions: names to named, dates to other, a capitalised pronoun to the pronoun sieve") {
  Document doc = tokenized("She met Wang Yi on Monday.");
  doc.mentions = {over(doc, "She", EntityType::kPerson), over(doc, "Wang Yi", EntityType::kPerson),
                  over(doc, "Monday", EntityType::kDate)};
  Work w{doc, {}, {}, {}, {}};
  collect_mentions(w);
  REQUIRE(w.named.size() == 1);
  CHECK(text_of(doc, w.named[0]) == "Wang Yi");
  REQUIRE(w.other.size() == 1);
  CHECK(w.other[0].type == EntityType::kDate);
}

TEST_CASE("title_patterns: the person apart from the title, with the affiliation") {
  Document doc = tokenized("Chinese Foreign Minister Wang Yi arrived.");
  Work w{doc, {}, {}, {}, {}};
  w.named = {over(doc, "Chinese Foreign Minister Wang Yi", EntityType::kPerson)};
  title_patterns(w);
  w.sort_named();
  const Mention* person = find(w, "Wang Yi");
  REQUIRE(person);
  CHECK(person->type == EntityType::kPerson);
  CHECK(person->link_rule == "title");
  CHECK(w.titles_at.at(person->first_token) == std::vector<std::string>{"Foreign Minister"});
  CHECK(w.affiliation_at.at(person->first_token) == "China");
  const Mention* norp = find(w, "Chinese");
  REQUIRE(norp);
  CHECK(norp->type == EntityType::kNorp);
}

TEST_CASE("split_place_compounds: places joined by a hyphen are a mention of each") {
  Document doc = tokenized("The China-Cambodia talks went on.");
  Work w{doc, {}, {}, {}, {}};
  w.named = {over(doc, "China-Cambodia", EntityType::kOrg)};
  split_place_compounds(w);
  REQUIRE(w.named.size() == 2);
  CHECK(text_of(doc, w.named[0]) == "China");
  CHECK(text_of(doc, w.named[1]) == "Cambodia");
  CHECK(w.named[0].type == EntityType::kGpe);
  CHECK(w.named[1].link_rule == "gazetteer");
}

TEST_CASE("drop_storm_names: a storm is no person, later either") {
  Document doc = tokenized("Hurricane Rita hit Texas. Rita weakened.");
  Work w{doc, {}, {}, {}, {}};
  w.named = {over(doc, "Hurricane Rita", EntityType::kPerson), over(doc, "Texas", EntityType::kGpe),
             over(doc, "Rita", EntityType::kPerson, 4)};
  drop_storm_names(w);
  REQUIRE(w.named.size() == 1);
  CHECK(text_of(doc, w.named[0]) == "Texas");
}

TEST_CASE("place_cues: a person name after 'in' is a place in the whole document") {
  Document doc = tokenized("Tourism in Coron grew. Coron is busy.");
  Work w{doc, {}, {}, {}, {}};
  w.named = {over(doc, "Coron", EntityType::kPerson), over(doc, "Coron", EntityType::kPerson, 3)};
  REQUIRE(w.named[1].first_token > w.named[0].first_token);
  place_cues(w);
  CHECK(w.named[0].type == EntityType::kLoc);
  CHECK(w.named[1].type == EntityType::kLoc);
}

TEST_CASE("consistent_types: one name, the most frequent type") {
  Document doc = tokenized("Acme Labs grew. Acme Labs hired. Acme Labs sold.");
  Work w{doc, {}, {}, {}, {}};
  w.named = {over(doc, "Acme Labs", EntityType::kPerson), over(doc, "Acme Labs", EntityType::kOrg, 3),
             over(doc, "Acme Labs", EntityType::kOrg, 7)};
  consistent_types(w);
  for (const Mention& m : w.named) CHECK(m.type == EntityType::kOrg);
}

TEST_CASE("repeat_names: an untagged recurrence of a tagged name is a mention") {
  Document doc = tokenized("Nordic Shipping grew. It hired for Nordic Shipping again.");
  Work w{doc, {}, {}, {}, {}};
  w.named = {over(doc, "Nordic Shipping", EntityType::kOrg)};
  repeat_names(w);
  REQUIRE(w.named.size() == 2);
  CHECK(text_of(doc, w.named[1]) == "Nordic Shipping");
  CHECK(w.named[1].first_token > w.named[0].first_token);
  CHECK(w.named[1].link_rule == "repeat");
}

TEST_CASE("cluster_named_mentions: exact, alias, acronym and legal-form links") {
  Document doc = tokenized(
      "Wang Yi met the Zentra Ocean Logistics board. Wang spoke. The ZOL agreed. Chrysler Corp and Chrysler signed.");
  Work w{doc, {}, {}, {}, {}};
  w.named = {over(doc, "Wang Yi", EntityType::kPerson), over(doc, "Zentra Ocean Logistics", EntityType::kOrg),
             over(doc, "Wang", EntityType::kPerson, 3), over(doc, "ZOL", EntityType::kOrg),
             over(doc, "Chrysler Corp", EntityType::kOrg), over(doc, "Chrysler", EntityType::kOrg, 17)};
  w.sort_named();
  const PronounSyntax syntax(doc);
  std::vector<std::uint32_t> sentence_of(doc.tokens.size());
  for (std::uint32_t k = 0; k < doc.tokens.size(); ++k) sentence_of[k] = syntax.sentence_of(k);
  std::vector<Cluster> clusters;
  const std::vector<Mention> all = cluster_named_mentions(w, syntax, sentence_of, clusters);
  REQUIRE(all.size() == 6);
  CHECK(clusters.size() == 3);
  CHECK(all[0].link_rule == "first");
  CHECK(all[2].link_rule == "alias");
  CHECK(all[2].chain == all[0].chain);
  CHECK(all[3].link_rule == "acronym");
  CHECK(all[3].chain == all[1].chain);
  CHECK(all[5].link_rule == "legal-form");
  CHECK(all[5].chain == all[4].chain);
  CHECK(clusters[static_cast<std::size_t>(all[0].chain)].e.name == "Wang Yi");
}

TEST_CASE("resolve_pronouns: he to the person, the two countries to the two countries") {
  Document doc = tokenized("Wang Yi visited Cambodia and Laos. He said the two countries agreed.");
  Work w{doc, {}, {}, {}, {}};
  w.named = {over(doc, "Wang Yi", EntityType::kPerson), over(doc, "Cambodia", EntityType::kGpe),
             over(doc, "Laos", EntityType::kGpe)};
  const PronounSyntax syntax(doc);
  std::vector<std::uint32_t> sentence_of(doc.tokens.size());
  for (std::uint32_t k = 0; k < doc.tokens.size(); ++k) sentence_of[k] = syntax.sentence_of(k);
  std::vector<Cluster> clusters;
  const std::vector<Mention> all = cluster_named_mentions(w, syntax, sentence_of, clusters);
  const std::vector<Mention> added = resolve_pronouns(doc, syntax, sentence_of, clusters, all);
  REQUIRE(added.size() == 2);
  CHECK(text_of(doc, added[0]) == "He");
  CHECK(added[0].link_rule == "pronoun");
  CHECK(added[0].chain == all[0].chain);
  CHECK(text_of(doc, added[1]) == "the two countries");
  CHECK(added[1].link_rule == "group");
  CHECK(added[1].group == std::vector<std::int32_t>{all[1].chain, all[2].chain});
}

TEST_CASE("take_in_the: a capitalised The inside a sentence opens the name, not at its start") {
  Document doc = tokenized("She reads The Boston Globe. The Times agreed.");
  Work w{doc, {}, {}, {}, {}};
  std::vector<Mention> all = {over(doc, "Boston Globe", EntityType::kOrg), over(doc, "Times", EntityType::kOrg)};
  const PronounSyntax syntax(doc);
  std::vector<std::uint32_t> sentence_of(doc.tokens.size());
  for (std::uint32_t k = 0; k < doc.tokens.size(); ++k) sentence_of[k] = syntax.sentence_of(k);
  take_in_the(w, sentence_of, all);
  CHECK(text_of(doc, all[0]) == "The Boston Globe");
  CHECK(text_of(doc, all[1]) == "Times");
}

TEST_CASE("gazetteer_typing: a known organisation's alias inside a longer name is no mention of it") {
  Document doc = tokenized("The African National Congress met. Later Congress voted. The National Congress of Peru sat.");
  Work w{doc, {}, {}, {}, {}};
  collect_mentions(w);
  w.sort_named();
  gazetteer_typing(w);
  // "Congress" alone is the United States Congress's alias; after "National" it names another body.
  std::size_t congress = 0;
  for (const Mention& m : w.named) {
    if (text_of(doc, m) == "Congress") ++congress;
  }
  CHECK(congress == 1);
  REQUIRE(find(w, "Congress") != nullptr);
  CHECK(doc.tokens[find(w, "Congress")->first_token].begin == doc.text.find("Congress voted"));
}

TEST_CASE("organisation_bodies: a body word before 'of' or 'on' and at the end; 'Union' only before 'of'") {
  Document doc = tokenized(
      "He led the Union of Serb Writers. She ran the Foundation on Economic Trends and the Global Greenhouse Network. "
      "The Soviet Union fell.");
  Work w{doc, {}, {}, {}, {}};
  collect_mentions(w);
  w.sort_named();
  organisation_bodies(w);
  for (const char* name : {"Union of Serb Writers", "Foundation on Economic Trends", "Global Greenhouse Network"}) {
    CAPTURE(name);
    const Mention* m = find(w, name);
    REQUIRE(m != nullptr);
    CHECK(m->type == EntityType::kOrg);
  }
  CHECK(find(w, "Soviet Union") == nullptr);  // a union only before "of"
}
