// Name extents and name variants inside one document (extract/coref/name_spans.h and the
// entity stage's clustering): particles, coordinated surnames, a body's core name, a
// surname misspelt by one letter, and the document-name lookup of triple arguments.
#include "extract/coref/name_spans.h"

#include <doctest/doctest.h>

#include "extract/coref/entities.h"
#include "extract/coref/resolve_arguments.h"
#include "extract/tags.h"
#include "tests/extract/doc_util.h"

namespace {

using namespace kg::extract;
using kg::extract::test::entity_of;
using kg::extract::test::mark;
using kg::extract::test::text_of;
using kg::extract::test::tokenized;

}  // namespace

TEST_CASE("a person's name goes on over a lower-case particle; a capitalised one or a lone particle does not") {
  Document doc = tokenized("Crown Prince Abdullah bin Abdul Aziz met Ludwig van Beethoven and Smith de facto.");
  mark(doc, "Abdullah", EntityType::kPerson);
  mark(doc, "Abdul Aziz", EntityType::kPerson);
  mark(doc, "Ludwig", EntityType::kPerson);
  mark(doc, "Smith", EntityType::kPerson);
  std::vector<Mention> named = doc.mentions;
  CHECK(extend_over_particles(doc, named) == 2);
  REQUIRE(named.size() == 3);  // "Abdul Aziz" is inside the grown name
  CHECK(text_of(doc, named[0]) == "Abdullah bin Abdul Aziz");
  CHECK(text_of(doc, named[1]) == "Ludwig van Beethoven");
  CHECK(text_of(doc, named[2]) == "Smith");  // "de facto": no capitalised part after it
}

TEST_CASE("a person mention over 'and' between capitalised words is two people") {
  Document doc = tokenized("His firm of Benjamin and Vazquez-Rana grew; Tom and his wife left.");
  mark(doc, "Benjamin and Vazquez-Rana", EntityType::kPerson);
  mark(doc, "Tom and his wife", EntityType::kPerson);
  std::vector<Mention> named = doc.mentions;
  CHECK(split_person_coordination(doc, named) == 1);
  REQUIRE(named.size() == 3);
  CHECK(text_of(doc, named[0]) == "Benjamin");
  CHECK(text_of(doc, named[1]) == "Tom and his wife");
  CHECK(text_of(doc, named[2]) == "Vazquez-Rana");
}

TEST_CASE("organisation_core: the name without the country that qualifies it") {
  CHECK(organisation_core("US Air Force") == "Air Force");
  CHECK(organisation_core("Labour Party") == "Labour");  // a party by its short name
  CHECK(organisation_core("Party") == "Party");
  CHECK(organisation_core("U.S. Air Force") == "Air Force");
  CHECK(organisation_core("Supreme Court of the United States") == "Supreme Court");
  CHECK(organisation_core("British Council") == "British Council");  // one word would be left
  CHECK(organisation_core("Bank of England") == "Bank of England");  // "of" needs two words before it
  CHECK(organisation_core("Air Force") == "Air Force");
  CHECK(organisation_core("Association of Southeast Asian Nations") == "Association of Southeast Asian Nations");
}

TEST_CASE("the entity stage: a body and its core name, a misspelt surname, are one entity; near names of two people are not") {
  Document doc = tokenized(
      "The US Air Force cancelled the deal. The Air Force said so. Mario Vazquez-Rana spoke, and "
      "Vasquez-Rana left. Anna Jensen and Peter Jansen met.");
  mark(doc, "US Air Force", EntityType::kOrg);
  mark(doc, "Air Force", EntityType::kOrg, doc.text.find("The Air Force"));
  mark(doc, "Mario Vazquez-Rana", EntityType::kPerson);
  mark(doc, "Vasquez-Rana", EntityType::kPerson);
  mark(doc, "Anna Jensen", EntityType::kPerson);
  mark(doc, "Peter Jansen", EntityType::kPerson);
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(entity_of(doc, "Air Force", doc.text.find("The Air Force")) == "US Air Force");
  CHECK(entity_of(doc, "Vasquez-Rana") == "Mario Vazquez-Rana");
  CHECK(entity_of(doc, "Peter Jansen") == "Peter Jansen");  // two full names stay two people
}

TEST_CASE("resolve_arguments: an entity argument no mention heads that is one of the document's names is that entity") {
  Document doc = tokenized("The US says he will return to the US.");
  mark(doc, "US", EntityType::kGpe);
  mark(doc, "US", EntityType::kGpe, doc.text.find("the US."));
  REQUIRE(EntityStage().process(doc).is_ok());
  REQUIRE(!doc.entities.empty());
  for (Token& tok : doc.tokens)
    if (doc.form(tok) == "to") tok.upos = tags::upos_id("ADP");
  kg::graph::Triple t;
  t.subject = {kg::graph::Argument::Kind::kConcept, "he", "", {}};
  t.object = {kg::graph::Argument::Kind::kEntity, "US", "Place", {}};
  t.relation = {"return", "return to", ""};
  const auto s = static_cast<std::uint32_t>(doc.text.find("he will"));
  const auto o = static_cast<std::uint32_t>(doc.text.find("to the US."));
  t.evidence.subject_span = {s, s + 2};
  t.evidence.object_span = {o, o + 9};  // "to the US": the preposition keeps the mention from heading it
  std::vector<kg::graph::Triple> ts{t};
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].object.text == doc.entities[static_cast<std::size_t>(doc.mentions[0].chain)].name);
  CHECK(ts[0].evidence.object_link == "name");
}

TEST_CASE("trim_codes: a code word at a name's edge is cut off; codes alone are dropped; a year stays") {
  Document doc = kg::extract::test::tokenized("PA2904034294 Guatemala City Radio said. LD0706183794 spoke. The 1994 Games opened.");
  using kg::extract::test::mark;
  mark(doc, "PA2904034294 Guatemala City Radio", EntityType::kOrg);
  mark(doc, "LD0706183794", EntityType::kOrg);
  mark(doc, "1994 Games", EntityType::kOrg);
  std::vector<Mention> named = doc.mentions;
  CHECK(trim_codes(doc, named) == 2);
  REQUIRE(named.size() == 2);
  CHECK(kg::extract::test::text_of(doc, named[0]) == "Guatemala City Radio");
  CHECK(kg::extract::test::text_of(doc, named[1]) == "1994 Games");
}
