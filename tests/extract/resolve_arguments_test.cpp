// Triple arguments resolved to entities (extract/coref/resolve_arguments.h): what may head
// an argument span, and what never becomes a triple.
#include "extract/coref/resolve_arguments.h"

#include <doctest/doctest.h>

#include "extract/coref/entities.h"
#include "extract/read/reader.h"
#include "extract/tags.h"
#include "extract/tokenize/tokenizer.h"

namespace {

using namespace kg::extract;

Document tagged(const std::string& text) {
  ReadReport report;
  Document doc = make_document("t", "t", text, true, report);
  REQUIRE(Tokenizer().process(doc).is_ok());
  // Only the tags the rule reads: prepositions and verbs.
  for (Token& t : doc.tokens) {
    const std::string_view f = doc.form(t);
    if (f == "in" || f == "of" || f == "by" || f == "from") t.upos = tags::upos_id("ADP");
    if (f == "told" || f == "agreed" || f == "investing" || f == "met" || f == "said") t.upos = tags::upos_id("VERB");
    if (f == "This" || f == "We") t.upos = tags::upos_id("PRON");
  }
  doc.layers |= kLayerMentions;
  return doc;
}

void mark(Document& doc, const std::string& words, EntityType type) {
  const std::size_t b = doc.text.find(words);
  REQUIRE(b != std::string::npos);
  std::uint32_t first = 0, end = 0;
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].begin == b) first = i;
    if (doc.tokens[i].end == b + words.size()) end = i + 1;
  }
  REQUIRE(end > first);
  doc.mentions.push_back({first, end, type, 1.0f, -1, {}, {}, {}});
}

kg::graph::Triple triple(const Document& doc, const std::string& subject, const std::string& object) {
  kg::graph::Triple t;
  t.subject.text = subject;
  t.object.text = object;
  const auto s = doc.text.find(subject), o = doc.text.find(object);
  REQUIRE(s != std::string::npos);
  REQUIRE(o != std::string::npos);
  t.evidence.subject_span = {static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(s + subject.size())};
  t.evidence.object_span = {static_cast<std::uint32_t>(o), static_cast<std::uint32_t>(o + object.size())};
  return t;
}

}  // namespace

TEST_CASE("an object whose name follows a preposition or a verb is not that name; a subject may be") {
  Document doc = tagged(
      "Henrik Solberg told reporters in Santiago. Leaders of Laos agreed with the Communist Party of Vietnam.");
  mark(doc, "Henrik Solberg", EntityType::kPerson);
  mark(doc, "Santiago", EntityType::kGpe);
  mark(doc, "Laos", EntityType::kGpe);
  mark(doc, "Communist Party of Vietnam", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<kg::graph::Triple> ts = {triple(doc, "Henrik Solberg", "reporters in Santiago"),
                                       triple(doc, "Leaders of Laos", "the Communist Party of Vietnam")};
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].subject.text == "Henrik Solberg");
  CHECK(ts[0].object.text == "reporters in Santiago");  // not "told Santiago"
  CHECK(ts[1].subject.text == "Laos");                   // the country acting through its leaders
  CHECK(ts[1].object.text == "Communist Party of Vietnam");  // a preposition inside the name is fine
}

TEST_CASE("only a body acts through 'of'/'from': 'officials from Kenya' is Kenya, 'men from Leicester' is not") {
  Document doc = tagged(
      "Officials from Kenya said so. Two men from Leicester were freed. The leader of the Farm Party was freed.");
  mark(doc, "Kenya", EntityType::kGpe);
  mark(doc, "Leicester", EntityType::kGpe);
  mark(doc, "Farm Party", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<kg::graph::Triple> ts = {triple(doc, "Officials from Kenya", "so"), triple(doc, "Two men from Leicester", "so"),
                                       triple(doc, "The leader of the Farm Party", "so")};
  for (auto& t : ts) t.object.kind = kg::graph::Argument::Kind::kLiteral;
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 3);
  CHECK(ts[0].subject.text == "Kenya");
  CHECK(ts[1].subject.text == "Two men from Leicester");
  CHECK(ts[2].subject.text == "The leader of the Farm Party");
}

TEST_CASE("a name before 'of' heads a subject: 'King Fahd of Saudi Arabia' is Fahd") {
  Document doc = tagged("King Fahd of Saudi Arabia met the press.");
  mark(doc, "Fahd", EntityType::kPerson);
  mark(doc, "Saudi Arabia", EntityType::kGpe);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<kg::graph::Triple> ts = {triple(doc, "King Fahd of Saudi Arabia", "the press")};
  ts[0].object.kind = kg::graph::Argument::Kind::kConcept;
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].subject.text == "Fahd");
}

TEST_CASE("two mentions of one name make no self-loop") {
  Document doc = tagged("The Department said the Department of Homeland Security would appeal.");
  mark(doc, "Department of Homeland Security", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<kg::graph::Triple> ts = {triple(doc, "the Department of Homeland Security", "the Department of Homeland Security")};
  ts[0].subject.kind = ts[0].object.kind = kg::graph::Argument::Kind::kEntity;
  resolve_arguments(doc, ts);
  CHECK(ts.empty());
}

TEST_CASE("what is said is no addressee: 'said it' makes no SAY edge to an entity, 'told' does") {
  Document doc = tagged("Anna Berg said the Kestrel Group would sell. Anna Berg told the Kestrel Group.");
  mark(doc, "Anna Berg", EntityType::kPerson);
  mark(doc, "Kestrel Group", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<kg::graph::Triple> ts = {triple(doc, "Anna Berg", "the Kestrel Group"), triple(doc, "Anna Berg", "the Kestrel Group")};
  ts[1].evidence.object_span.begin = static_cast<std::uint32_t>(doc.text.rfind("the Kestrel Group"));
  ts[1].evidence.object_span.end = ts[1].evidence.object_span.begin + 17;
  ts[0].relation = {"say", "said", "SAY"};
  ts[1].relation = {"tell", "told", "SAY"};
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].relation.lemma == "tell");
  CHECK(ts[0].object.text == "Kestrel Group");
}

TEST_CASE("a thing received is no meeting; an argument without a letter or digit makes no triple") {
  Document doc = tagged("Anna Berg received a fine. Anna Berg received Olaf Dahl. The ministry revoked $ 5.");
  mark(doc, "Anna Berg", EntityType::kPerson);
  mark(doc, "Olaf Dahl", EntityType::kPerson);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<kg::graph::Triple> ts = {triple(doc, "Anna Berg", "a fine"), triple(doc, "Anna Berg", "Olaf Dahl"),
                                       triple(doc, "The ministry", "$")};
  ts[0].object.kind = ts[2].object.kind = ts[2].subject.kind = kg::graph::Argument::Kind::kConcept;
  ts[0].relation = ts[1].relation = {"receive", "received", "MEET"};
  ts[2].relation = {"revoke", "revoked", "REJECT"};
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].relation.cls == "TRANSFER");
  CHECK(ts[1].relation.cls == "MEET");
}

TEST_CASE("an argument that stays a bare pronoun makes no graph triple") {
  Document doc = tagged("This will enhance the dialogue. We will not draw water, Solberg said.");
  mark(doc, "Solberg", EntityType::kPerson);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<kg::graph::Triple> ts = {triple(doc, "This", "the dialogue"), triple(doc, "We", "water"),
                                       triple(doc, "Solberg", "the dialogue")};
  for (auto& t : ts) t.object.kind = kg::graph::Argument::Kind::kConcept;
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].subject.text == "Solberg");
}

TEST_CASE("a subject headed by a common noun is not a name after a verb or a locative preposition in it") {
  Document doc = tagged(
      "Turbines were powered by energy in the Rift Valley. Officials who met Wang Yi left. "
      "Officials from Kenya said it. Plants were financed by the European Union.");
  mark(doc, "Rift Valley", EntityType::kLoc);
  mark(doc, "Wang Yi", EntityType::kPerson);
  mark(doc, "Kenya", EntityType::kGpe);
  mark(doc, "European Union", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<kg::graph::Triple> ts = {triple(doc, "by energy in the Rift Valley", "Turbines"),
                                       triple(doc, "Officials who met Wang Yi", "Turbines"),
                                       triple(doc, "Officials from Kenya", "Turbines"),
                                       triple(doc, "by the European Union", "Plants")};
  for (auto& t : ts) t.object.kind = kg::graph::Argument::Kind::kConcept;
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 4);
  CHECK(ts[0].subject.text == "by energy in the Rift Valley");  // "in" blocks: energy powers them
  CHECK(ts[1].subject.text == "Officials who met Wang Yi");     // a verb blocks
  CHECK(ts[2].subject.text == "Kenya");                         // "from" does not
  CHECK(ts[3].subject.text == "European Union");                // nor a span-opening "by"
}

TEST_CASE("entity records: one per person, organisation or place, with every mention; pronouns are no names") {
  Document doc = tagged("Henrik Solberg met the Communist Party of Vietnam. Solberg said This was good.");
  mark(doc, "Henrik Solberg", EntityType::kPerson);
  mark(doc, "Communist Party of Vietnam", EntityType::kOrg);
  mark(doc, "Solberg said", EntityType::kPerson);  // a mention to shorten below
  doc.mentions.back().end_token -= 1;
  mark(doc, "This", EntityType::kPerson);
  doc.mentions.back().link_rule = "pronoun";
  doc.entities.push_back({"Henrik Solberg", EntityType::kPerson, {"Minister"}, "", {"Solberg"}, {0, 2, 3}});
  doc.entities.push_back({"Communist Party of Vietnam", EntityType::kOrg, {}, "", {}, {1}});
  doc.entities.push_back({"Vietnamese", EntityType::kNorp, {}, "", {}, {}});
  doc.mentions[2].link_rule = "alias";
  std::vector<kg::graph::EntityRecord> out;
  append_entity_records(doc, out);
  REQUIRE(out.size() == 2);  // no NORP record
  CHECK(out[0].entity.text == "Henrik Solberg");
  CHECK(out[0].entity.type == "Person");
  CHECK(out[0].entity.titles == std::vector<std::string>{"Minister"});
  CHECK(out[0].document.id == "t");
  REQUIRE(out[0].mentions.size() == 3);
  CHECK(out[0].mentions[0].text == "Henrik Solberg");
  CHECK(out[0].mentions[1].text == "Solberg");
  CHECK(out[0].mentions[1].link == "alias");
  CHECK(out[0].mentions[1].name);
  CHECK(out[0].mentions[2].text == "This");
  CHECK_FALSE(out[0].mentions[2].name);
  CHECK(out[1].entity.type == "Organization");
  CHECK(out[1].mentions[0].span.begin == doc.text.find("Communist"));
}

TEST_CASE("no false identities: 'be' between two named entities is dropped; two places in apposition are one inside the other") {
  Document doc = tagged("George Shultz, Eduard Shevardnadze met. Perugia, Italy is old. Reuters is a firm.");
  mark(doc, "George Shultz", EntityType::kPerson);
  mark(doc, "Eduard Shevardnadze", EntityType::kPerson);
  mark(doc, "Perugia", EntityType::kGpe);
  mark(doc, "Italy", EntityType::kGpe);
  mark(doc, "Reuters", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  auto be = [&](const std::string& s, const std::string& o) {
    kg::graph::Triple t = triple(doc, s, o);
    t.subject.kind = t.object.kind = kg::graph::Argument::Kind::kEntity;
    t.relation = {"be", ",", ""};
    t.evidence.rule = "appos";
    return t;
  };
  std::vector<kg::graph::Triple> ts{be("George Shultz", "Eduard Shevardnadze"), be("Perugia", "Italy")};
  kg::graph::Triple firm = triple(doc, "Reuters", "a firm");
  firm.relation = {"be", "is", ""};
  firm.object.kind = kg::graph::Argument::Kind::kConcept;
  ts.push_back(firm);
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].subject.text == "Perugia");
  CHECK(ts[0].relation.cls == "LOCATED_IN");
  CHECK(ts[1].relation.lemma == "be");  // an entity and a concept: a true copula
}

TEST_CASE("'the Lagardere group' is Lagardere; 'the Boeing union' is not Boeing") {
  Document doc = tagged("The Lagardere group owns Acme. The Boeing union owns Acme.");
  mark(doc, "Lagardere", EntityType::kOrg);
  mark(doc, "Boeing", EntityType::kOrg);
  mark(doc, "Acme", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<kg::graph::Triple> ts = {triple(doc, "The Lagardere group", "Acme"), triple(doc, "The Boeing union", "Acme")};
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].subject.text == "Lagardere");
  CHECK(ts[1].subject.text == "The Boeing union");
}

TEST_CASE("a nationality in apposition: a person is its citizen, no identity; a place holds no position") {
  Document doc = tagged("Jane Doe, a Serb, left. Acme, a Serb, left. Macao will become a region.");
  mark(doc, "Jane Doe", EntityType::kPerson);
  const std::size_t first_serb = doc.text.find("Serb"), second_serb = doc.text.find("Serb", first_serb + 1);
  auto serb_at = [&](std::size_t b) {
    for (std::uint32_t i = 0; i < doc.tokens.size(); ++i)
      if (doc.tokens[i].begin == b) doc.mentions.push_back({i, i + 1, EntityType::kNorp, 1.0f, -1, {}, {}, {}});
  };
  serb_at(first_serb);
  serb_at(second_serb);
  mark(doc, "Acme", EntityType::kOrg);
  mark(doc, "Macao", EntityType::kGpe);
  REQUIRE(EntityStage().process(doc).is_ok());
  auto appos = [&](const std::string& subject, std::size_t object_at) {
    kg::graph::Triple t;
    t.subject.text = subject;
    t.object.text = "a Serb";
    t.relation.lemma = "be";
    t.relation.cls = "BE";
    t.evidence.rule = "appos";
    const auto s = doc.text.find(subject);
    t.evidence.subject_span = {static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(s + subject.size())};
    t.evidence.object_span = {static_cast<std::uint32_t>(object_at - 2), static_cast<std::uint32_t>(object_at + 4)};
    return t;
  };
  kg::graph::Triple become = triple(doc, "Macao", "a region");
  become.relation = {"become", "become", "HOLD_POSITION"};
  std::vector<kg::graph::Triple> ts = {appos("Jane Doe", first_serb), appos("Acme", second_serb), become};
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 2);  // "Acme BE a Serb" says nothing
  CHECK(ts[0].subject.text == "Jane Doe");
  CHECK(ts[0].relation.cls == "CITIZEN_OF");
  CHECK(ts[1].relation.cls == "BE");
}

TEST_CASE("nobody lives in, is born in or is based in a person") {
  Document doc = tagged("Ann Lee lives in Ohio and actor Tom Fox lives in Utah.");
  mark(doc, "Ann Lee", EntityType::kPerson);
  mark(doc, "Ohio", EntityType::kGpe);
  mark(doc, "Tom Fox", EntityType::kPerson);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<kg::graph::Triple> ts = {triple(doc, "Ann Lee", "Tom Fox"), triple(doc, "Ann Lee", "Ohio")};
  for (auto& t : ts) t.relation = {"live in", "lives in", "LIVE_IN"};
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].object.text == "Ohio");
}

// The class resolve_arguments gives "Alan Greenspan, a NOUN," read as an apposition.
std::string apposition_class(const std::string& noun) {
  Document doc = tagged("Alan Greenspan, a " + noun + ", spoke.");
  mark(doc, "Alan Greenspan", EntityType::kPerson);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<kg::graph::Triple> ts = {triple(doc, "Alan Greenspan", "a " + noun)};
  ts[0].object.kind = kg::graph::Argument::Kind::kConcept;
  ts[0].object.text = noun;
  ts[0].relation = {"be", noun, "BE"};
  ts[0].evidence.rule = "appos";
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 1);
  return ts[0].relation.cls;
}

TEST_CASE("a party member in apposition: 'Greenspan, a Republican,' is MEMBER_OF; 'a Christian' stays BE") {
  CHECK(apposition_class("Republican") == "MEMBER_OF");
  CHECK(apposition_class("Christian") == "BE");  // no party's member noun
}
