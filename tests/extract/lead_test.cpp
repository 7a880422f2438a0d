// The lead description (coref step 4, entity_pronouns.cpp): a story's first sentence that
// describes a person the next sentence names.
#include <doctest/doctest.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>

#include "extract/coref/entities.h"
#include "tests/extract/triples/hand_doc.h"

namespace {

using namespace kg::extract;

// The entity name the mention starting at byte `b` links to, "" unlinked, "<none>" none.
std::string linked_at(const Document& doc, std::size_t b) {
  for (const Mention& m : doc.mentions) {
    if (doc.tokens[m.first_token].begin != b) continue;
    return m.chain >= 0 ? doc.entities[static_cast<std::size_t>(m.chain)].name + "/" + m.link_rule : "";
  }
  return "<none>";
}

// The entity stage run on `doc`: the names of its entities of the given types, each with ";".
std::string names(Document doc, std::initializer_list<EntityType> types) {
  REQUIRE(EntityStage().process(doc).is_ok());
  std::string out;
  for (const Entity& e : doc.entities)
    if (std::find(types.begin(), types.end(), e.type) != types.end()) out += e.name + ";";
  return out;
}
std::string orgs(Document doc) { return names(std::move(doc), {EntityType::kOrg}); }
std::string places(Document doc) { return names(std::move(doc), {EntityType::kGpe, EntityType::kLoc}); }

// The entity stage run on `doc`: the type of the entity called `name`, else kNone.
EntityType type_of(Document doc, const std::string& name) {
  REQUIRE(EntityStage().process(doc).is_ok());
  for (const Entity& e : doc.entities)
    if (e.name == name) return e.type;
  return EntityType::kNone;
}

const char* kMpLead =
    "A|a|DET|DT|3|det Conservative|conservative|ADJ|JJ|3|amod MP|mp|NOUN|NN|8|nsubj and|and|CCONJ|CC|6|cc "
    "former|former|ADJ|JJ|6|amod minister|minister|NOUN|NN|3|conj has|have|AUX|VBZ|8|aux "
    "defected|defect|VERB|VBN|0|root to|to|ADP|IN|10|case Labour|Labour|PROPN|NNP|8|obl .|.|PUNCT|.|8|punct";

}  // namespace

TEST_CASE("a lead describing a person is the person the next sentence names as its subject") {
  Document doc = kg::test::make_doc(kMpLead, "ORG:10-10");
  kg::test::add_sentence(doc,
                         "Robert|Robert|PROPN|NNP|5|nsubj Jackson|Jackson|PROPN|NNP|1|flat ,|,|PUNCT|,|1|punct "
                         "58|58|NUM|CD|1|appos said|say|VERB|VBD|0|root it|it|PRON|PRP|5|obj .|.|PUNCT|.|5|punct",
                         "PER:1-2");
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(linked_at(doc, 0) == "Robert Jackson/lead");                                   // "A Conservative MP"
  CHECK(linked_at(doc, doc.text.find("former")) == "Robert Jackson/lead");             // "and former minister"
}

TEST_CASE("a lead is no person named later in another role, voice or sentence") {
  SUBCASE("a passive lead and a passive subject of another verb: two people") {
    // "A police officer was shot on Monday. John Smith was arrested."
    Document doc = kg::test::make_doc(
        "A|a|DET|DT|3|det police|police|NOUN|NN|3|compound officer|officer|NOUN|NN|5|nsubj:pass was|be|AUX|VBD|5|aux:pass "
        "shot|shoot|VERB|VBN|0|root on|on|ADP|IN|7|case Monday|Monday|PROPN|NNP|5|obl .|.|PUNCT|.|5|punct");
    kg::test::add_sentence(doc,
                           "John|John|PROPN|NNP|4|nsubj:pass Smith|Smith|PROPN|NNP|1|flat was|be|AUX|VBD|4|aux:pass "
                           "arrested|arrest|VERB|VBN|0|root .|.|PUNCT|.|4|punct",
                           "PER:1-2");
    REQUIRE(EntityStage().process(doc).is_ok());
    CHECK(linked_at(doc, 0) == "<none>");
  }
  SUBCASE("the same verb again links a passive lead") {
    // "The leader of the party was arrested. A spokesman said John Smith was arrested."
    Document doc = kg::test::make_doc(
        "The|the|DET|DT|2|det leader|leader|NOUN|NN|7|nsubj:pass of|of|ADP|IN|5|case the|the|DET|DT|5|det "
        "party|party|NOUN|NN|2|nmod was|be|AUX|VBD|7|aux:pass arrested|arrest|VERB|VBN|0|root .|.|PUNCT|.|7|punct");
    kg::test::add_sentence(doc,
                           "A|a|DET|DT|2|det spokesman|spokesman|NOUN|NN|3|nsubj said|say|VERB|VBD|0|root "
                           "John|John|PROPN|NNP|7|nsubj:pass Smith|Smith|PROPN|NNP|4|flat was|be|AUX|VBD|7|aux:pass "
                           "arrested|arrest|VERB|VBN|3|ccomp .|.|PUNCT|.|3|punct",
                           "PER:4-5");
    REQUIRE(EntityStage().process(doc).is_ok());
    CHECK(linked_at(doc, 0) == "John Smith/lead");
  }
  SUBCASE("a person named in the lead itself: no description to resolve") {
    Document doc = kg::test::make_doc(kMpLead, "ORG:10-10");
    kg::test::add_sentence(doc,
                           "Jane|Jane|PROPN|NNP|3|nsubj Doe|Doe|PROPN|NNP|1|flat said|say|VERB|VBD|0|root "
                           "Robert|Robert|PROPN|NNP|3|obj Jackson|Jackson|PROPN|NNP|4|flat .|.|PUNCT|.|3|punct",
                           "PER:1-2 PER:4-5");
    // Jane Doe is the next sentence's first person and its subject: linked. Named in the lead
    // itself (below), nobody is.
    REQUIRE(EntityStage().process(doc).is_ok());
    CHECK(linked_at(doc, 0) == "Jane Doe/lead");
    Document named = kg::test::make_doc(
        "A|a|DET|DT|2|det minister|minister|NOUN|NN|5|nsubj ,|,|PUNCT|,|4|punct Jane|Jane|PROPN|NNP|2|appos "
        "left|leave|VERB|VBD|0|root .|.|PUNCT|.|5|punct",
        "PER:4-4");
    kg::test::add_sentence(named,
                           "John|John|PROPN|NNP|3|nsubj Smith|Smith|PROPN|NNP|1|flat said|say|VERB|VBD|0|root .|.|PUNCT|.|3|punct",
                           "PER:1-2");
    REQUIRE(EntityStage().process(named).is_ok());
    CHECK(linked_at(named, 0) == "<none>");
  }
  SUBCASE("a plural or a noun that names no position: none") {
    Document doc = kg::test::make_doc(
        "A|a|DET|DT|2|det storm|storm|NOUN|NN|3|nsubj hit|hit|VERB|VBD|0|root Acme|Acme|PROPN|NNP|3|obj .|.|PUNCT|.|3|punct",
        "ORG:4-4");
    kg::test::add_sentence(doc,
                           "John|John|PROPN|NNP|3|nsubj Smith|Smith|PROPN|NNP|1|flat said|say|VERB|VBD|0|root .|.|PUNCT|.|3|punct",
                           "PER:1-2");
    REQUIRE(EntityStage().process(doc).is_ok());
    CHECK(linked_at(doc, 0) == "<none>");
  }
}

TEST_CASE("an unknown acronym NER left out is an organisation; a shouted word, a title or a dateline is not") {
  // "Shares in EADS fell."
  CHECK(orgs(kg::test::make_doc("Shares|share|NOUN|NNS|4|nsubj in|in|ADP|IN|3|case EADS|EADS|PROPN|NNP|1|nmod "
                                "fell|fall|VERB|VBD|0|root .|.|PUNCT|.|4|punct")) == "EADS;");
  // "GOOD luck" read as an adjective, "the CEO said": no organisation.
  CHECK(orgs(kg::test::make_doc("GOOD|good|ADJ|JJ|2|amod luck|luck|NOUN|NN|0|root .|.|PUNCT|.|2|punct")).empty());
  CHECK(orgs(kg::test::make_doc("The|the|DET|DT|2|det CEO|CEO|PROPN|NNP|3|nsubj said|say|VERB|VBD|0|root "
                                "so|so|ADV|RB|3|advmod .|.|PUNCT|.|3|punct")).empty());
  // "DAYTON, Ohio": a dateline town; "EAST LANSING": a run of capitals; "<GRA>": a ticker.
  CHECK(orgs(kg::test::make_doc("DAYTON|DAYTON|PROPN|NNP|0|root ,|,|PUNCT|,|3|punct Ohio|Ohio|PROPN|NNP|1|appos")).empty());
  CHECK(orgs(kg::test::make_doc("EAST|EAST|PROPN|NNP|2|compound LANSING|LANSING|PROPN|NNP|0|root")).empty());
  CHECK(orgs(kg::test::make_doc("Grace|Grace|PROPN|NNP|0|root <|<|PUNCT|-LRB-|3|punct GRA|GRA|PROPN|NNP|1|appos "
                                ">|>|PUNCT|-RRB-|3|punct")) != "GRA;");
}

TEST_CASE("'it' is no name that only modifies a noun: 'Riggs Bank, a US bank, said it ...'") {
  Document doc = kg::test::make_doc(
      "Riggs|Riggs|PROPN|NNP|2|compound Bank|Bank|PROPN|NNP|9|nsubj ,|,|PUNCT|,|6|punct a|a|DET|DT|6|det "
      "US|US|PROPN|NNP|6|compound bank|bank|NOUN|NN|2|appos ,|,|PUNCT|,|2|punct has|have|AUX|VBZ|9|aux "
      "said|say|VERB|VBN|0|root it|it|PRON|PRP|12|nsubj will|will|AUX|MD|12|aux donate|donate|VERB|VB|9|ccomp "
      "money|money|NOUN|NN|12|obj .|.|PUNCT|.|9|punct",
      "ORG:1-2 GPE:5-5");
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(linked_at(doc, doc.text.find("it will")) == "Riggs Bank/pronoun");
}

TEST_CASE("a body's name goes on over 'des' into a name NER typed as a person; its last word alone is that body") {
  Document doc = kg::test::make_doc(
      "Regie|Regie|PROPN|NNP|2|compound Nationale|Nationale|PROPN|NNP|7|nsubj des|des|X|FW|5|case "
      "Usines|Usines|PROPN|NNP|5|compound Renault|Renault|PROPN|NNP|2|nmod said|say|VERB|VBD|0|root "
      "so|so|ADV|RB|6|advmod .|.|PUNCT|.|6|punct",
      "ORG:1-2 PER:4-5");
  kg::test::add_sentence(doc, "Renault|Renault|PROPN|NNP|2|nsubj grew|grow|VERB|VBD|0|root .|.|PUNCT|.|2|punct", "ORG:1-1");
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(linked_at(doc, 0) == "Regie Nationale des Usines Renault/first");
  CHECK(linked_at(doc, doc.text.find("Renault grew")) == "Regie Nationale des Usines Renault/core-name");
}

TEST_CASE("a town NER left out before its state or country is a place; a given name or a longer name is not") {
  // "at Needles, Calif."
  CHECK(places(kg::test::make_doc("at|at|ADP|IN|2|case Needles|Needles|PROPN|NNP|0|root ,|,|PUNCT|,|4|punct "
                                  "Calif.|Calif.|PROPN|NNP|2|appos")) == "Needles;California;");
  // "said Michael, Texas." is no town: a given name first.
  CHECK(places(kg::test::make_doc("said|say|VERB|VBD|0|root Michael|Michael|PROPN|NNP|1|nsubj ,|,|PUNCT|,|4|punct "
                                  "Texas|Texas|PROPN|NNP|2|appos .|.|PUNCT|.|1|punct"))
            .find("Michael") == std::string::npos);
}

TEST_CASE("a place NER found that opens with a given name and no list knows is a person; 'Victoria Falls' is not") {
  CHECK(type_of(kg::test::make_doc("said|say|VERB|VBD|0|root Neil|Neil|PROPN|NNP|1|nsubj Estes|Estes|PROPN|NNP|2|flat "
                                   ".|.|PUNCT|.|1|punct",
                                   "LOC:2-3"),
                "Neil Estes") == EntityType::kPerson);
  CHECK(type_of(kg::test::make_doc("near|near|ADP|IN|2|case Victoria|Victoria|PROPN|NNP|0|root Falls|Falls|PROPN|NNP|2|flat",
                                   "LOC:2-3"),
                "Victoria Falls") != EntityType::kPerson);
}

TEST_CASE("a body's name ends before the people in it: 'Labour MPs' is Labour; 'Council of Economic Advisers' stays") {
  CHECK(orgs(kg::test::make_doc("by|by|ADP|IN|2|case Labour|Labour|PROPN|NNP|3|compound MPs|MPs|PROPN|NNPS|0|root",
                                "ORG:2-3")) == "Labour;");
  CHECK(orgs(kg::test::make_doc("Council|Council|PROPN|NNP|0|root of|of|ADP|IN|4|case Economic|Economic|PROPN|NNP|4|compound "
                                "Advisers|Advisers|PROPN|NNPS|1|nmod",
                                "ORG:1-4")) == "Council of Economic Advisers;");
}
