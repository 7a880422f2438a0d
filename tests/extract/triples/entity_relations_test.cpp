// Relations between named entities from nouns and punctuation (extract/triples/entity_relations.h):
// each rule on a sentence that states the relation and on one that only looks like it.
#include "extract/triples/entity_relations.h"

#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "extract/coref/entities.h"
#include "extract/pipeline.h"
#include "extract/read/reader.h"
#include "tests/extract/triples/hand_doc.h"

namespace {

using namespace kg;
using namespace kg::extract;

// A tokenizer and NER that never run (the hand-built documents have tokens and mentions).
class NoTokenizer final : public Stage {
 public:
  std::string_view name() const override { return "none"; }
  Layers required() const override { return kLayerText; }
  Layers assigned() const override { return kLayerTokens | kLayerSentences | kLayerMentions; }
  Status process(Document&) const override { return Status::ok(); }
};

// A sentence spec from "form/UPOS" words (optionally "form/UPOS/HEAD" with a 1-based head and
// "nmod" as label; without a head a word hangs from the first word). Lemmas are the lower-case forms.
std::string spec(const std::string& words) {
  std::string out;
  for (const std::string& w : test::split(words, ' ')) {
    const auto f = test::split(w, '/');
    std::string lemma = f.at(0);
    for (char& c : lemma) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    const std::string head = f.size() > 2 ? f[2] : (out.empty() ? "0" : "1");
    const std::string rel = f.size() > 2 ? "nmod" : (out.empty() ? "root" : "dep");
    if (!out.empty()) out.push_back(' ');
    out += f[0] + "|" + lemma + "|" + f[1] + "|_|" + head + "|" + rel;
  }
  return out;
}

// The graph triples of the relations extractor on one sentence, after the entity stage and
// argument resolution, as "subject|CLASS|object".
std::vector<std::string> relations(const std::string& words, const std::string& mentions) {
  Document doc = test::make_doc(spec(words), mentions);
  PipelineStages st;
  st.tokenizer = std::make_shared<NoTokenizer>();
  st.entities = std::make_shared<EntityStage>();
  st.extractors = triples::make_extractors("relations").value();
  auto p = Pipeline::create(st);
  REQUIRE(p.is_ok());
  std::vector<graph::Triple> out;
  REQUIRE(p->run(doc, out).is_ok());
  std::vector<std::string> keys;
  for (const graph::Triple& t : out) {
    CHECK(t.evidence.rule.starts_with("rel."));
    keys.push_back(t.subject.text + "|" + t.relation.cls + "|" + t.object.text);
  }
  return keys;
}

bool has(const std::vector<std::string>& v, const std::string& k) { return std::find(v.begin(), v.end(), k) != v.end(); }

}  // namespace

TEST_CASE("a town, a comma and its state or country: LOCATED_IN; a list of places is none") {
  CHECK(has(relations("Bethany/PROPN ,/PUNCT Conn./PROPN ,/PUNCT was/AUX hit/VERB", "GPE:1-1 GPE:3-3"),
            "Bethany|LOCATED_IN|Connecticut"));
  CHECK(relations("Paris/PROPN ,/PUNCT Berlin/PROPN and/CCONJ Rome/PROPN", "GPE:1-1 GPE:3-3 GPE:5-5").empty());
  CHECK(relations("Spain/PROPN ,/PUNCT France/PROPN and/CCONJ Italy/PROPN", "GPE:1-1 GPE:3-3 GPE:5-5").empty());
  CHECK(relations("Dallas/PROPN ,/PUNCT Houston/PROPN ,/PUNCT Texas/PROPN ,/PUNCT and/CCONJ Ohio/PROPN",
                  "GPE:1-1 GPE:3-3 GPE:5-5 GPE:8-8")
            .empty());
}

TEST_CASE("a person of a town lives there; a person of a country is no citizen of it") {
  const auto r = relations("Jane/PROPN Doe/PROPN ,/PUNCT 50/NUM ,/PUNCT of/ADP Bethany/PROPN ,/PUNCT Conn./PROPN ,/PUNCT died/VERB",
                           "PER:1-2 GPE:7-7 GPE:9-9");
  CHECK(has(r, "Jane Doe|LIVE_IN|Bethany"));
  CHECK(has(r, "Jane Doe|LIVE_IN|Connecticut"));
  CHECK(relations("King/PROPN Fahd/PROPN of/ADP Saudi/PROPN Arabia/PROPN arrived/VERB", "PER:2-2 GPE:4-5").empty());
  CHECK(relations("Anibal/PROPN Silva/PROPN of/ADP Portugal/PROPN signed/VERB", "PER:1-2 GPE:4-4").empty());
  // "a Republican from Chicago": an apposition of nouns, then "from" a town.
  CHECK(has(relations("Ed/PROPN Derwinski/PROPN ,/PUNCT a/DET Republican/PROPN from/ADP Chicago/PROPN ,/PUNCT "
                      "denied/VERB it/PRON",
                      "PER:1-2 GPE:7-7"),
            "Ed Derwinski|LIVE_IN|Chicago"));
  CHECK(relations("Ed/PROPN Derwinski/PROPN ,/PUNCT a/DET diplomat/NOUN from/ADP France/PROPN ,/PUNCT left/VERB",
                  "PER:1-2 GPE:7-7")
            .empty());  // a country: an envoy more often than a citizen
  CHECK(relations("Ed/PROPN Derwinski/PROPN ,/PUNCT returning/VERB from/ADP Chicago/PROPN ,/PUNCT said/VERB",
                  "PER:1-2 GPE:6-6")
            .empty());  // a trip, no home
}

TEST_CASE("a person's home: 'his native South Carolina', 'Doe's home state, Ohio'") {
  CHECK(has(relations("Jesse/PROPN Jackson/PROPN won/VERB in/ADP his/PRON native/ADJ South/PROPN Carolina/PROPN",
                      "PER:1-2 PER:5-5 GPE:7-8"),
            "Jesse Jackson|LIVE_IN|South Carolina"));
  CHECK(has(relations("Jane/PROPN Doe/PROPN 's/PART home/NOUN state/NOUN ,/PUNCT Ohio/PROPN", "PER:1-2 GPE:7-7"),
            "Jane Doe|LIVE_IN|Ohio"));
  CHECK(relations("Jane/PROPN Doe/PROPN 's/PART trip/NOUN to/ADP Ohio/PROPN", "PER:1-2 GPE:6-6").empty());
}

TEST_CASE("relation nouns: native, assassin; a hedge before the noun states nothing") {
  CHECK(has(relations("Jane/PROPN Doe/PROPN ,/PUNCT a/DET native/NOUN of/ADP Ohio/PROPN", "PER:1-2 GPE:7-7"),
            "Jane Doe|LIVE_IN|Ohio"));
  CHECK(has(relations("John/PROPN Roe/PROPN ,/PUNCT the/DET assassin/NOUN of/ADP Jane/PROPN Doe/PROPN", "PER:1-2 PER:7-8"),
            "John Roe|KILL|Jane Doe"));
  CHECK(relations("John/PROPN Roe/PROPN ,/PUNCT the/DET alleged/ADJ killer/NOUN of/ADP Jane/PROPN Doe/PROPN",
                  "PER:1-2 PER:8-9")
            .empty());
  CHECK(relations("John/PROPN Roe/PROPN ,/PUNCT a/DET friend/NOUN of/ADP Jane/PROPN Doe/PROPN", "PER:1-2 PER:7-8").empty());
}

TEST_CASE("relation nouns of companies: X, the main shareholder of Y (OWN); X, a unit of Y (PART_OF)") {
  CHECK(has(relations("Acme/PROPN ,/PUNCT the/DET main/ADJ shareholder/NOUN of/ADP Zenith/PROPN", "ORG:1-1 ORG:7-7"),
            "Acme|OWN|Zenith"));
  CHECK(has(relations("Acme/PROPN ,/PUNCT a/DET unit/NOUN of/ADP Zenith/PROPN", "ORG:1-1 ORG:6-6"), "Acme|PART_OF|Zenith"));
  CHECK(relations("Jane/PROPN Doe/PROPN ,/PUNCT a/DET fan/NOUN of/ADP Zenith/PROPN", "PER:1-2 ORG:7-7").empty());
  CHECK(relations("Acme/PROPN ,/PUNCT a/DET native/NOUN of/ADP Ohio/PROPN", "ORG:1-1 GPE:6-6").empty());
}

TEST_CASE("possessive and event nouns: Y's assassin, X; the assassination of Y by X") {
  CHECK(has(relations("Lincoln/PROPN 's/PART assassin/NOUN ,/PUNCT John/PROPN Booth/PROPN", "PER:1-1 PER:5-6"),
            "John Booth|KILL|Lincoln"));
  CHECK(has(relations("the/DET assassination/NOUN of/ADP Jane/PROPN Doe/PROPN by/ADP John/PROPN Roe/PROPN",
                      "PER:4-5 PER:7-8"),
            "John Roe|KILL|Jane Doe"));
  CHECK(relations("Lincoln/PROPN 's/PART brother/NOUN ,/PUNCT John/PROPN Booth/PROPN", "PER:1-1 PER:5-6").empty());
  // Without a comma, and without a possessive for a killer: "Lincoln's assassin John Booth",
  // "Lincoln assassin John Booth"; not a place's ("Ohio native John Booth" is no such noun
  // relation without "'s") nor an organisation's.
  CHECK(has(relations("Lincoln/PROPN 's/PART assassin/NOUN John/PROPN Booth/PROPN", "PER:1-1 PER:4-5"),
            "John Booth|KILL|Lincoln"));
  CHECK(has(relations("Lincoln/PROPN assassin/NOUN John/PROPN Booth/PROPN", "PER:1-1 PER:3-4"), "John Booth|KILL|Lincoln"));
  CHECK(relations("Acme/PROPN assassin/NOUN John/PROPN Booth/PROPN", "ORG:1-1 PER:3-4").empty());
  CHECK(relations("the/DET alleged/ADJ murder/NOUN of/ADP Jane/PROPN Doe/PROPN by/ADP John/PROPN Roe/PROPN",
                  "PER:5-6 PER:8-9")
            .empty());
}

TEST_CASE("a court's finding: 'X was convicted of Y's killing', 'X, convicted of the murder of Y'") {
  CHECK(has(relations("Sirhan/PROPN was/AUX convicted/VERB of/ADP Kennedy/PROPN 's/PART killing/NOUN", "PER:1-1 PER:5-5"),
            "Sirhan|KILL|Kennedy"));
  CHECK(has(relations("James/PROPN Ray/PROPN ,/PUNCT convicted/VERB of/ADP the/DET murder/NOUN of/ADP Martin/PROPN "
                      "King/PROPN ,/PUNCT died/VERB",
                      "PER:1-2 PER:9-10"),
            "James Ray|KILL|Martin King"));
  CHECK(relations("Jane/PROPN Doe/PROPN was/AUX accused/VERB of/ADP Kennedy/PROPN 's/PART killing/NOUN", "PER:1-2 PER:6-6")
            .empty());  // an accusation is no finding
}

TEST_CASE("organisations based in towns: -based, an apposition, a town before the name") {
  CHECK(has(relations("Detroit/PROPN -/PUNCT based/VERB Chrysler/PROPN", "GPE:1-1 ORG:4-4"), "Chrysler|BASED_IN|Detroit"));
  CHECK(has(relations("Acme/PROPN Corp/PROPN ,/PUNCT a/DET Houston/PROPN construction/NOUN firm/NOUN", "ORG:1-2 GPE:5-5"),
            "Acme Corp|BASED_IN|Houston"));
  CHECK(has(relations("Havana/PROPN Radio/PROPN Reloj/PROPN said/VERB", "GPE:1-1 ORG:2-3"), "Radio Reloj|BASED_IN|Havana"));
  // A country's institutions are not "based" there: no edge.
  CHECK(relations("Chinese/ADJ Foreign/PROPN Ministry/PROPN said/VERB", "ORG:2-3").empty());
  // A country's own body is part of it; a company of a country is based there.
  CHECK(has(relations("U.S./PROPN Congress/PROPN passed/VERB", "GPE:1-1 ORG:2-2"), "United States Congress|PART_OF|United States"));  // the gazetteer's name
  CHECK(has(relations("Germany/PROPN 's/PART Acme/PROPN grew/VERB", "GPE:1-1 ORG:3-3"), "Acme|BASED_IN|Germany"));
  CHECK(has(relations("the/DET Japanese/ADJ car/NOUN maker/NOUN Acme/PROPN grew/VERB", "NORP:2-2 ORG:5-5"),
            "Acme|BASED_IN|Japan"));
  CHECK(relations("the/DET Japanese/ADJ fan/NOUN of/ADP Acme/PROPN", "NORP:2-2 ORG:5-5").empty());
  // A demonym, a title and a person: an office of the country, no citizenship; an occupation: a citizen.
  CHECK(relations("Polish/ADJ leader/NOUN Jan/PROPN Kowal/PROPN spoke/VERB", "NORP:1-1 PER:3-4").empty());
  CHECK(has(relations("a/DET Dutch/ADJ businessman/NOUN Jan/PROPN Kowal/PROPN spoke/VERB", "NORP:2-2 PER:4-5"),
            "Jan Kowal|CITIZEN_OF|Netherlands"));
}

TEST_CASE("a place relation to a town holds for the state written after it") {
  const auto r = relations("Acme/PROPN in/ADP/3 Houston/PROPN/1 ,/PUNCT Texas/PROPN ,/PUNCT grew/VERB", "ORG:1-1 GPE:3-3 GPE:5-5");
  CHECK(has(r, "Acme|BASED_IN|Houston"));
  CHECK(has(r, "Acme|BASED_IN|Texas"));
  // A list goes on after it: no chain.
  CHECK_FALSE(has(relations("Acme/PROPN in/ADP/3 Houston/PROPN/1 ,/PUNCT Texas/PROPN and/CCONJ Ohio/PROPN",
                            "ORG:1-1 GPE:3-3 GPE:5-5 GPE:7-7"),
                  "Acme|BASED_IN|Texas"));
}

TEST_CASE("a company of a town, the headquarters in a town") {
  CHECK(has(relations("Acme/PROPN Steel/PROPN Corp./PROPN of/ADP Pittsburgh/PROPN said/VERB", "ORG:1-3 GPE:5-5"),
            "Acme Steel Corp.|BASED_IN|Pittsburgh"));
  CHECK(relations("the/DET Bank/PROPN of/ADP Pittsburgh/PROPN said/VERB", "ORG:2-2 GPE:4-4").empty());  // no legal form
  CHECK(has(relations("at/ADP NRC/PROPN headquarters/NOUN in/ADP nearby/ADJ Rockville/PROPN", "ORG:2-2 GPE:6-6"),
            "NRC|BASED_IN|Rockville"));
}

TEST_CASE("in PLACE attached to the organisation in the tree, not to the verb") {
  CHECK(has(relations("Bank/PROPN Leu/PROPN in/ADP/4 Zurich/PROPN/2 said/VERB", "ORG:1-2 GPE:4-4"),
            "Bank Leu|BASED_IN|Zurich"));
  CHECK(relations("Acme/PROPN invested/VERB in/ADP/4 Kenya/PROPN/2", "ORG:1-1 GPE:4-4").empty());
  // A town right before "in" a country lies there however the parser attached it; a town
  // before "in" a town does not.
  CHECK(has(relations("flew/VERB from/ADP Kassala/PROPN/1 in/ADP/6 eastern/ADJ/6 Sudan/PROPN/1", "GPE:3-3 GPE:6-6"),
            "Kassala|LOCATED_IN|Sudan"));
  CHECK(relations("flew/VERB from/ADP Berlin/PROPN/1 in/ADP/5 Paris/PROPN/1", "GPE:3-3 GPE:5-5").empty());
}

TEST_CASE("places inside places named with 's and with a direction after 'in'") {
  CHECK(has(relations("Bosnia/PROPN 's/PART capital/NOUN ,/PUNCT Sarajevo/PROPN ,/PUNCT is/AUX old/ADJ", "GPE:1-1 GPE:5-5"),
            "Sarajevo|LOCATED_IN|Bosnia and Herzegovina"));
  CHECK(has(relations("Gyumri/PROPN ,/PUNCT Armenia/PROPN 's/PART second-largest/ADJ city/NOUN", "GPE:1-1 GPE:3-3"),
            "Gyumri|LOCATED_IN|Armenia"));
  CHECK(has(relations("Gyumri/PROPN ,/PUNCT Armenia/PROPN 's/PART second/ADJ -/PUNCT largest/ADJ city/NOUN",
                      "GPE:1-1 GPE:3-3"),
            "Gyumri|LOCATED_IN|Armenia"));  // the hyphen as a token of its own
  CHECK(has(relations("Beijing/PROPN 's/PART Tiananmen/PROPN Square/PROPN", "GPE:1-1 LOC:3-4"),
            "Tiananmen Square|LOCATED_IN|Beijing"));
  CHECK(has(relations("flew/VERB from/ADP Kassala/PROPN/1 in/ADP/6 eastern/ADJ/6 Sudan/PROPN/3", "GPE:3-3 GPE:6-6"),
            "Kassala|LOCATED_IN|Sudan"));
  // "London, Argentina's representative": a possessor is no container; "Finland's EU talks": no base.
  CHECK(relations("the/DET Embassy/PROPN in/ADP London/PROPN ,/PUNCT Argentina/PROPN 's/PART envoy/NOUN",
                  "GPE:4-4 GPE:6-6")
            .empty());
  CHECK(relations("Finland/PROPN 's/PART EU/PROPN negotiation/NOUN result/NOUN", "GPE:1-1 ORG:3-3").empty());
}

TEST_CASE("who works for whom: titles between, after a comma, of and at") {
  CHECK(has(relations("Acme/PROPN spokesman/NOUN John/PROPN Doe/PROPN said/VERB", "ORG:1-1 PER:3-4"),
            "John Doe|WORK_FOR|Acme"));
  CHECK(relations("Acme/PROPN rival/NOUN John/PROPN Doe/PROPN said/VERB", "ORG:1-1 PER:3-4").empty());
  CHECK(has(relations("John/PROPN Doe/PROPN ,/PUNCT a/DET reporter/NOUN for/ADP the/DET Daily/PROPN News/PROPN",
                      "PER:1-2 ORG:8-9"),
            "John Doe|WORK_FOR|Daily News"));
  CHECK(relations("John/PROPN Doe/PROPN ,/PUNCT a/DET critic/NOUN of/ADP the/DET Daily/PROPN News/PROPN", "PER:1-2 ORG:8-9")
            .empty());
  CHECK(has(relations("Jane/PROPN Doe/PROPN at/ADP/4 the/DET/4 Institute/PROPN/1 said/VERB", "PER:1-2 ORG:5-5"),
            "Jane Doe|WORK_FOR|Institute"));
  CHECK(relations("they/PRON met/VERB Jane/PROPN Doe/PROPN at/ADP/7 the/DET/7 Institute/PROPN/2", "PER:3-4 ORG:7-7").empty());
  // An age or a comma before "of": "Ulf Merbold, 47, of the European Space Agency".
  CHECK(has(relations("Ulf/PROPN Merbold/PROPN ,/PUNCT 47/NUM ,/PUNCT of/ADP the/DET Agency/PROPN left/VERB",
                      "PER:1-2 ORG:8-8"),
            "Ulf Merbold|WORK_FOR|Agency"));
  CHECK(has(relations("Jane/PROPN Doe/PROPN ,/PUNCT of/ADP the/DET DEM/PROPN ,/PUNCT said/VERB", "PER:1-2 ORG:6-6"),
            "Jane Doe|WORK_FOR|DEM"));
  CHECK(relations("Jane/PROPN Doe/PROPN ,/PUNCT 47/NUM ,/PUNCT said/VERB Acme/PROPN", "PER:1-2 ORG:7-7").empty());
}

TEST_CASE("who works for whom, as an apposition: 'X, Acme's chairman,', 'X, 53, a former Yale law professor,'") {
  CHECK(has(relations("John/PROPN Doe/PROPN ,/PUNCT Acme/PROPN 's/PART chairman/NOUN ,/PUNCT said/VERB", "PER:1-2 ORG:4-4"),
            "John Doe|WORK_FOR|Acme"));
  CHECK(has(relations("Jane/PROPN Doe/PROPN ,/PUNCT 53/NUM ,/PUNCT a/DET former/ADJ Yale/PROPN law/NOUN professor/NOUN ,/PUNCT",
                      "PER:1-2 ORG:8-8"),
            "Jane Doe|WORK_FOR|Yale University"));  // the gazetteer's name
  CHECK(relations("Jane/PROPN Doe/PROPN ,/PUNCT a/DET Yale/PROPN fan/NOUN ,/PUNCT said/VERB", "PER:1-2 ORG:5-5").empty());
  CHECK(has(relations("John/PROPN Doe/PROPN ,/PUNCT columnist/NOUN for/ADP The/DET Daily/PROPN News/PROPN", "PER:1-2 ORG:6-8"),
            "John Doe|WORK_FOR|Daily News"));  // the mention holds its article
}

TEST_CASE("a title's field in lower case before the person in apposition: 'Acme professor of child health, Jane Doe,'") {
  CHECK(has(relations("Acme/PROPN professor/NOUN of/ADP child/NOUN health/NOUN ,/PUNCT Jane/PROPN Doe/PROPN ,/PUNCT "
                      "said/VERB",
                      "ORG:1-1 PER:7-8"),
            "Jane Doe|WORK_FOR|Acme"));
  CHECK(relations("Acme/PROPN rival/NOUN of/ADP long/ADJ standing/NOUN ,/PUNCT Jane/PROPN Doe/PROPN ,/PUNCT said/VERB",
                  "ORG:1-1 PER:7-8")
            .empty());
}

TEST_CASE("titles joined by 'and', a member of a body, an age and a copula before the title") {
  CHECK(has(relations("said/VERB John/PROPN Doe/PROPN ,/PUNCT Acme/PROPN 's/PART chairman/NOUN and/CCONJ chief/ADJ "
                      "executive/NOUN officer/NOUN ./PUNCT",
                      "PER:2-3 ORG:5-5"),
            "John Doe|WORK_FOR|Acme"));
  CHECK(has(relations("said/VERB Jane/PROPN Doe/PROPN ,/PUNCT a/DET City/PROPN Council/PROPN member/NOUN ./PUNCT",
                      "PER:2-3 ORG:6-7"),
            "Jane Doe|MEMBER_OF|City Council"));
  CHECK(has(relations("Joe/PROPN Doe/PROPN ,/PUNCT 58/NUM ,/PUNCT was/AUX acting/VERB treasurer/NOUN at/ADP Acme/PROPN",
                      "PER:1-2 ORG:10-10"),
            "Joe Doe|WORK_FOR|Acme"));
  CHECK(relations("Joe/PROPN Doe/PROPN ,/PUNCT 58/NUM ,/PUNCT was/AUX speaking/VERB at/ADP Acme/PROPN", "PER:1-2 ORG:9-9")
            .empty());
}

TEST_CASE("a town, a title and a person: LIVE_IN; a country's office is no citizenship") {
  CHECK(has(relations("Atlanta/PROPN businessman/NOUN Neil/PROPN Roe/PROPN said/VERB", "GPE:1-1 PER:3-4"),
            "Neil Roe|LIVE_IN|Atlanta"));
  CHECK(relations("U.S./PROPN Ambassador/PROPN John/PROPN Doe/PROPN said/VERB", "GPE:1-1 PER:3-4").empty());
  // An abbreviated office: "Illinois Gov. James Roe"; a country's is still no citizenship.
  CHECK(has(relations("Illinois/PROPN Gov./PROPN James/PROPN Roe/PROPN signed/VERB", "GPE:1-1 PER:3-4"),
            "James Roe|LIVE_IN|Illinois"));
  CHECK(relations("U.S./PROPN Sen./PROPN John/PROPN Doe/PROPN said/VERB", "GPE:1-1 PER:3-4").empty());
  // In apposition: "Dan Roe, a West Palm Beach, Fla., lawyer", "Rob Roe, a Netherlands businessman bought".
  const auto r = relations("Dan/PROPN Roe/PROPN ,/PUNCT a/DET Palm/PROPN Beach/PROPN ,/PUNCT Fla./PROPN ,/PUNCT "
                           "lawyer/NOUN ,/PUNCT said/VERB",
                           "PER:1-2 GPE:5-6 GPE:8-8");
  CHECK(has(r, "Dan Roe|LIVE_IN|Palm Beach"));
  CHECK(has(r, "Dan Roe|LIVE_IN|Florida"));
  CHECK(has(relations("Rob/PROPN Roe/PROPN ,/PUNCT a/DET Netherlands/PROPN businessman/NOUN bought/VERB it/PRON",
                      "PER:1-2 GPE:5-5"),
            "Rob Roe|CITIZEN_OF|Netherlands"));
  CHECK(relations("Rob/PROPN Roe/PROPN ,/PUNCT a/DET Netherlands/PROPN fan/NOUN ,/PUNCT said/VERB", "PER:1-2 GPE:5-5")
            .empty());  // no occupation
  // A demonym gives the citizenship of an occupation, an owner too; not of an office.
  CHECK(has(relations("Jean/PROPN Roe/PROPN ,/PUNCT a/DET French/ADJ lawyer/NOUN ,/PUNCT said/VERB", "PER:1-2 NORP:5-5"),
            "Jean Roe|CITIZEN_OF|France"));
  CHECK(has(relations("Rob/PROPN Roe/PROPN ,/PUNCT a/DET Mexican/ADJ newspaper/NOUN owner/NOUN ,/PUNCT said/VERB",
                      "PER:1-2 NORP:5-5"),
            "Rob Roe|CITIZEN_OF|Mexico"));
  CHECK(relations("Jon/PROPN Roe/PROPN ,/PUNCT a/DET French/ADJ ambassador/NOUN ,/PUNCT said/VERB", "PER:1-2 NORP:5-5")
            .empty());
  CHECK(relations("Jon/PROPN Roe/PROPN ,/PUNCT a/DET French/ADJ fan/NOUN ,/PUNCT said/VERB", "PER:1-2 NORP:5-5").empty());
}

TEST_CASE("every rule has its own id") {
  std::vector<std::string> ids;
  for (int r = 0; r <= static_cast<int>(triples::EntityRelationRule::kPlaceChain); ++r)
    ids.emplace_back(triples::entity_relation_rule_id(static_cast<triples::EntityRelationRule>(r)));
  std::sort(ids.begin(), ids.end());
  CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
  for (const auto& id : ids) CHECK(id.starts_with("rel."));
}

TEST_CASE("a dateline places its town in the country or state written after it") {
  auto dateline = [](const std::string& text) {
    ReadReport report;
    const Document doc = make_document("d", "d", text, false, report);
    std::vector<graph::Triple> out;
    REQUIRE(triples::EntityRelationExtractor().extract(doc, out).is_ok());
    std::vector<std::string> r;
    for (const auto& t : out) {
      r.push_back(t.subject.text + "|" + t.relation.cls + "|" + t.object.text);
      CHECK(t.evidence.rule == "rel.dateline");
      CHECK(t.evidence.subject_link == "dateline");
      CHECK(t.evidence.sentence_span.end <= text.size());
    }
    return r;
  };
  CHECK(dateline("PERUGIA, Italy (AP) - A court met on Friday.\n\nMore text.") ==
        std::vector<std::string>{"Perugia|LOCATED_IN|Italy"});
  CHECK(dateline("BETHANY, Conn. (AP) - A woman was hurt.\n\nMore text.") ==
        std::vector<std::string>{"Bethany|LOCATED_IN|Connecticut"});
  // No country or state after the town, or a date: nothing.
  CHECK(dateline("WASHINGTON (Reuters) - Officials met.\n\nMore text.").empty());
  CHECK(dateline("Phnom Penh, May 24 - The ministers met.\n\nMore text.").empty());
}

TEST_CASE("a title of a body right before the person: 'the co-head of aerospace group Acme Jon Roe'; a demonym inside an apposition") {
  CHECK(has(relations("The/DET co-head/NOUN of/ADP aerospace/NOUN group/NOUN Acme/PROPN Jon/PROPN Roe/PROPN left/VERB",
                      "ORG:6-6 PER:7-8"),
            "Jon Roe|WORK_FOR|Acme"));
  // No position noun before "of": a friend is no employee.
  CHECK(relations("The/DET friend/NOUN of/ADP aerospace/NOUN group/NOUN Acme/PROPN Jon/PROPN Roe/PROPN left/VERB",
                  "ORG:6-6 PER:7-8")
            .empty());
  CHECK(has(relations("Jon/PROPN Roe/PROPN ,/PUNCT the/DET German/ADJ co-head/NOUN of/ADP Acme/PROPN will/AUX go/VERB",
                      "PER:1-2 NORP:5-5 ORG:8-8"),
            "Jon Roe|WORK_FOR|Acme"));
}

TEST_CASE("relation nouns between dashes, after 'the X group,' and past a demonym") {
  CHECK(has(relations("EADS/PROPN -/PUNCT Airbus/PROPN '/PART majority/NOUN owner/NOUN -/PUNCT said/VERB", "ORG:1-1 ORG:3-3"),
            "EADS|OWN|Airbus"));
  CHECK(relations("EADS/PROPN -/PUNCT Airbus/PROPN '/PART new/ADJ chief/NOUN -/PUNCT said/VERB", "ORG:1-1 ORG:3-3").empty());
  CHECK(has(relations("Acme/PROPN group/NOUN ,/PUNCT the/DET main/ADJ French/ADJ shareholder/NOUN of/ADP Bolt/PROPN",
                      "ORG:1-1 NORP:6-6 ORG:9-9"),
            "Acme|OWN|Bolt"));
  // An owner is of an organisation: a person is nobody's property.
  CHECK(relations("Acme/PROPN ,/PUNCT the/DET main/ADJ French/ADJ shareholder/NOUN of/ADP Jon/PROPN Roe/PROPN",
                  "ORG:1-1 NORP:5-5 PER:8-9")
            .empty());
}

TEST_CASE("an organisation described after a place's possessive: 'Metlife, the US's leading insurance company'") {
  CHECK(has(relations("Metlife/PROPN ,/PUNCT the/DET US/PROPN 's/PART leading/ADJ insurance/NOUN company/NOUN ,/PUNCT said/VERB",
                      "ORG:1-1 GPE:4-4"),
            "Metlife|BASED_IN|United States"));
  CHECK(relations("Acme/PROPN ,/PUNCT a/DET Chinese/ADJ language/NOUN daily/NOUN ,/PUNCT said/VERB", "ORG:1-1 NORP:4-4").empty());
  CHECK(has(relations("</PUNCT Acme/PROPN Ltd/PROPN >/PUNCT ,/PUNCT a/DET British/ADJ company/NOUN ,/PUNCT fell/VERB",
                      "ORG:2-3 NORP:7-7"),
            "Acme Ltd|BASED_IN|United Kingdom"));
  CHECK(has(relations("Acme/PROPN ,/PUNCT a/DET Japanese/ADJ carmaker/NOUN ,/PUNCT said/VERB", "ORG:1-1 NORP:4-4"),
            "Acme|BASED_IN|Japan"));
  // The noun is no body's descriptor: a critic of the country is not based there.
  CHECK(relations("Acme/PROPN ,/PUNCT the/DET US/PROPN 's/PART leading/ADJ critic/NOUN ,/PUNCT said/VERB", "ORG:1-1 GPE:4-4")
            .empty());
}

TEST_CASE("a home named around the person: 'X's New Jersey home', 'Beaumont, Texas, X's hometown', 'Y being X's home state'") {
  CHECK(has(relations("at/ADP Tom/PROPN Sohn/PROPN 's/PART New/PROPN Jersey/PROPN home/NOUN", "PER:2-3 GPE:5-6"),
            "Tom Sohn|LIVE_IN|New Jersey"));
  const auto r = relations("in/ADP Beaumont/PROPN ,/PUNCT Texas/PROPN ,/PUNCT Jo/PROPN Roe/PROPN 's/PART hometown/NOUN ,/PUNCT plans/VERB",
                           "GPE:2-2 GPE:4-4 PER:6-7");
  CHECK(has(r, "Jo Roe|LIVE_IN|Beaumont"));
  CHECK(has(r, "Jo Roe|LIVE_IN|Texas"));
  CHECK(has(relations("With/ADP Ohio/PROPN being/AUX Jo/PROPN Roe/PROPN 's/PART home/NOUN state/NOUN", "GPE:2-2 PER:4-5"),
            "Jo Roe|LIVE_IN|Ohio"));
  // The last of a list of places is no home of its own; a place after "in" and a person's
  // possessive without a home word is nothing.
  CHECK(relations("Paris/PROPN ,/PUNCT Rome/PROPN and/CCONJ Oslo/PROPN ,/PUNCT Jo/PROPN Roe/PROPN 's/PART hometown/NOUN",
                  "GPE:1-1 GPE:3-3 GPE:5-5 PER:7-8")
            .empty());
  CHECK(relations("in/ADP Ohio/PROPN ,/PUNCT Jo/PROPN Roe/PROPN 's/PART lawyer/NOUN said/VERB", "GPE:2-2 PER:4-5").empty());
}

TEST_CASE("born in a place written before the person: 'Illinois born X', 'the Chicago-born singer X', 'X, a Texas-born lawyer'") {
  CHECK(has(relations("Illinois/PROPN born/VERB Jo/PROPN Roe/PROPN acted/VERB", "GPE:1-1 PER:3-4"), "Jo Roe|BORN_IN|Illinois"));
  CHECK(has(relations("The/DET Chicago/PROPN -born/ADJ singer/NOUN Jo/PROPN Roe/PROPN left/VERB", "GPE:2-2 PER:5-6"),
            "Jo Roe|BORN_IN|Chicago"));
  CHECK(has(relations("Jo/PROPN Roe/PROPN ,/PUNCT a/DET Texas/PROPN -/PUNCT born/ADJ lawyer/NOUN ,/PUNCT said/VERB",
                      "PER:1-2 GPE:5-5"),
            "Jo Roe|BORN_IN|Texas"));
  // A verb between: "Ohio born and raised, Jo Roe" is no pattern of this rule; nor is a birth
  // that is no place's ("newly born").
  CHECK(relations("Ohio/PROPN born/VERB and/CCONJ raised/VERB ,/PUNCT Jo/PROPN Roe/PROPN", "GPE:1-1 PER:6-7").empty());
}

TEST_CASE("a place described by a place noun of another, and a site's place between commas") {
  CHECK(has(relations("from/ADP Yerevan/PROPN ,/PUNCT the/DET capital/NOUN of/ADP Armenia/PROPN", "GPE:2-2 GPE:7-7"),
            "Yerevan|LOCATED_IN|Armenia"));
  CHECK(has(relations("Madagascar/PROPN ,/PUNCT an/DET island/NOUN nation/NOUN in/ADP the/DET Indian/PROPN Ocean/PROPN",
                      "GPE:1-1 LOC:8-9"),
            "Madagascar|LOCATED_IN|Indian Ocean"));
  // No place noun: "Paris, the home of fashion in France" says nothing of where Paris is.
  CHECK(relations("Paris/PROPN ,/PUNCT the/DET home/NOUN of/ADP fashion/NOUN in/ADP France/PROPN", "GPE:1-1 GPE:8-8").empty());
  CHECK(has(relations("at/ADP the/DET Palace/PROPN of/ADP Arts/PROPN ,/PUNCT in/ADP Fresno/PROPN ,/PUNCT on/ADP Monday/PROPN",
                      "ORG:3-5 GPE:8-8"),
            "Palace of Arts|BASED_IN|Fresno"));
  // A person's whereabouts are no base: "Smith, in London, said".
  CHECK(relations("Jo/PROPN Roe/PROPN ,/PUNCT in/ADP London/PROPN ,/PUNCT said/VERB", "PER:1-2 GPE:5-5").empty());
}

TEST_CASE("a town, a direction and its country: 'Kassala, eastern Sudan', 'Mohammadia, south-east Algeria'") {
  CHECK(has(relations("in/ADP Kassala/PROPN ,/PUNCT eastern/ADJ Sudan/PROPN ,/PUNCT rain/NOUN", "GPE:2-2 GPE:5-5"),
            "Kassala|LOCATED_IN|Sudan"));
  CHECK(has(relations("of/ADP Mohammadia/PROPN ,/PUNCT south-east/ADJ Algeria/PROPN ,/PUNCT was/AUX", "GPE:2-2 GPE:5-5"),
            "Mohammadia|LOCATED_IN|Algeria"));
  CHECK(has(relations("in/ADP Waxhaw/PROPN ,/PUNCT South/PROPN Carolina/PROPN ./PUNCT", "GPE:2-2 GPE:4-5"),
            "Waxhaw|LOCATED_IN|South Carolina"));
  // Not a direction: "Kassala, Sudan's ..." and "Kassala, happy Sudan" are no such pattern.
  CHECK(relations("in/ADP Kassala/PROPN ,/PUNCT happy/ADJ Sudan/PROPN ,/PUNCT rain/NOUN", "GPE:2-2 GPE:5-5").empty());
}

TEST_CASE("an event noun with a year, a demonym and a description around the names: 'the assassination in 1914 of Austrian Archduke X by young Bosnian nationalist Y'") {
  CHECK(has(relations("the/DET assassination/NOUN in/ADP 1914/NUM of/ADP Austrian/ADJ Archduke/PROPN Franz/PROPN Ferdinand/PROPN "
                      "by/ADP young/ADJ Bosnian/ADJ nationalist/NOUN Gavrilo/PROPN Princip/PROPN",
                      "NORP:6-6 PER:7-9 NORP:12-12 PER:14-15"),
            "Gavrilo Princip|KILL|Archduke Franz Ferdinand"));
  // A verb between "by" and the name: "by those who followed Gavrilo Princip" names no killer.
  CHECK(relations("the/DET assassination/NOUN of/ADP Franz/PROPN Ferdinand/PROPN by/ADP those/PRON who/PRON followed/VERB "
                  "Gavrilo/PROPN Princip/PROPN",
                  "PER:4-5 PER:10-11")
            .empty());
}

TEST_CASE("a person's possessive before a body people belong to: MEMBER_OF; a name that modifies a noun is none") {
  CHECK(has(relations("Jo/PROPN Roe/PROPN 's/PART Progressive/PROPN Conservative/PROPN Party/PROPN won/VERB", "PER:1-2 ORG:4-6"),
            "Jo Roe|MEMBER_OF|Progressive Conservative Party"));
  CHECK(has(relations("Jo/PROPN Roe/PROPN 's/PART allegedly/ADV corrupt/ADJ Mexican/ADJ Oil/PROPN Workers/PROPN Union/PROPN rules/VERB",
                      "PER:1-2 NORP:6-6 ORG:6-9"),
            "Jo Roe|MEMBER_OF|Mexican Oil Workers Union"));
  // Not a body of members: "Jo Roe's Justice Department"; and a company is no party.
  CHECK(relations("Jo/PROPN Roe/PROPN 's/PART Justice/PROPN Department/PROPN won/VERB", "PER:1-2 ORG:4-5").empty());
}

TEST_CASE("titles with a mis-tagged noun, a person in apposition after 'the title of ORG,', a second description after 'member and'") {
  CHECK(has(relations("said/VERB Fred/PROPN Roe/PROPN ,/PUNCT metals/PROPN economist/NOUN with/ADP Acme/PROPN Inc./PROPN",
                      "PER:2-3 ORG:8-9"),
            "Fred Roe|WORK_FOR|Acme Inc."));
  CHECK(has(relations("the/DET deputy/NOUN secretary/NOUN of/ADP the/DET Foreign/PROPN Ministry/PROPN ,/PUNCT Datuk/PROPN Abdul/PROPN "
                      "Ali/PROPN ,/PUNCT left/VERB",
                      "ORG:6-7 PER:10-11"),
            "Abdul Ali|WORK_FOR|Ministry of Foreign Affairs"));
  // No title before "of": "a friend of the Acme Corp, Jo Roe," works for nobody there.
  CHECK(relations("a/DET friend/NOUN of/ADP the/DET Acme/PROPN Corp/PROPN ,/PUNCT Jo/PROPN Roe/PROPN ,/PUNCT said/VERB",
                  "ORG:5-6 PER:8-9")
            .empty());
  CHECK(has(relations("said/VERB Vi/PROPN Roe/PROPN ,/PUNCT a/DET City/PROPN Council/PROPN member/NOUN and/CCONJ CAP/PROPN "
                      "supporter/NOUN ./PUNCT",
                      "PER:2-3 ORG:6-7"),
            "Vi Roe|MEMBER_OF|City Council"));
}

TEST_CASE("a citizen named by demonyms: 'X, an Israeli citizen', 'X, who is a British and Israeli citizen'") {
  CHECK(has(relations("Jo/PROPN Roe/PROPN ,/PUNCT an/DET Israeli/ADJ citizen/NOUN ,/PUNCT left/VERB", "PER:1-2 NORP:5-5"),
            "Jo Roe|CITIZEN_OF|Israel"));
  const auto r = relations("Jo/PROPN Roe/PROPN ,/PUNCT who/PRON is/AUX a/DET British/ADJ and/CCONJ Israeli/ADJ citizen/NOUN ,/PUNCT left/VERB",
                           "PER:1-2 NORP:7-7 NORP:9-9");
  CHECK(has(r, "Jo Roe|CITIZEN_OF|Israel"));
  CHECK(has(r, "Jo Roe|CITIZEN_OF|United Kingdom"));
  // A body is no citizen; a demonym after the noun is none of its country.
  const auto body = relations("Acme/PROPN ,/PUNCT an/DET Israeli/ADJ citizen/NOUN ,/PUNCT left/VERB", "ORG:1-1 NORP:4-4");
  std::string all;
  for (const auto& k : body) all += k + "; ";
  CAPTURE(all);
  CHECK(body.empty());  // a person's noun describes no body: no BASED_IN either
}

TEST_CASE("a perfect copula and a field before the body: 'X has also been the clinical director for children in the Department of Health'") {
  CHECK(has(relations("Al/PROPN Roe/PROPN has/AUX also/ADV been/AUX the/DET clinical/ADJ director/NOUN for/ADP children/NOUN "
                      "in/ADP the/DET Health/PROPN Department/PROPN ./PUNCT",
                      "PER:1-2 ORG:13-14"),
            "Al Roe|WORK_FOR|Health Department"));
  // A verb with its own object between: the manager, not the attorney, works for the body.
  CHECK(relations("Jim/PROPN Roe/PROPN ,/PUNCT an/DET attorney/NOUN representing/VERB the/DET former/ADJ manager/NOUN of/ADP "
                  "the/DET GE/PROPN plant/NOUN ,/PUNCT said/VERB",
                  "PER:1-2 ORG:12-12")
            .empty());
}

TEST_CASE("a body, a comma and a town that ends the phrase: 'Oriel College, Oxford;'") {
  CHECK(has(relations("at/ADP Oriel/PROPN College/PROPN ,/PUNCT Oxford/PROPN ;/PUNCT and/CCONJ", "ORG:2-3 GPE:5-5"),
            "Oriel College|BASED_IN|Oxford"));
  // In a list ("Acme, Intel, Paris."), the town is the list's, not the body's; a country is no town.
  CHECK(relations("visited/VERB Acme/PROPN ,/PUNCT Intel/PROPN ,/PUNCT Paris/PROPN ./PUNCT", "ORG:2-2 ORG:4-4 GPE:6-6").empty());
  CHECK(relations("at/ADP Oriel/PROPN College/PROPN ,/PUNCT France/PROPN ;/PUNCT", "ORG:2-3 GPE:5-5").empty());
}

TEST_CASE("'from' a place in apposition: 'Mr Tyndall, from Brighton, was arrested'") {
  CHECK(has(relations("Jo/PROPN Roe/PROPN ,/PUNCT from/ADP Brighton/PROPN ,/PUNCT was/AUX held/VERB", "PER:1-2 GPE:5-5"),
            "Jo Roe|LIVE_IN|Brighton"));
  // A route is no home: "Jo Roe, from Paris to Rome, drove".
  CHECK(relations("Jo/PROPN Roe/PROPN ,/PUNCT from/ADP Paris/PROPN to/ADP Rome/PROPN ,/PUNCT drove/VERB", "PER:1-2 GPE:5-5 GPE:7-7")
            .empty());
}
