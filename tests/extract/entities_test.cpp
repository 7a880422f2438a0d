// Entity mentions, canonical entities and coreference (extract/coref/entities.h) on
// documents tokenized for real, with NER mentions placed by hand.
#include "extract/coref/entities.h"

#include <algorithm>

#include <doctest/doctest.h>

#include "extract/read/reader.h"
#include "extract/tags.h"
#include "extract/tokenize/tokenizer.h"
#include "tests/extract/triples/hand_doc.h"

namespace {

using namespace kg::extract;

Document tokenized(const std::string& text) {
  ReadReport report;
  Document doc = make_document("t", "t", text, true, report);
  REQUIRE(Tokenizer().process(doc).is_ok());
  doc.layers |= kLayerMentions;
  return doc;
}

// Adds a mention over the tokens spelling `words` (first occurrence at or after token `from`).
void mark(Document& doc, const std::string& words, EntityType type, std::uint32_t from = 0) {
  for (std::uint32_t i = from; i < doc.tokens.size(); ++i) {
    std::string joined;
    for (std::uint32_t k = i; k < doc.tokens.size(); ++k) {
      if (k > i) joined += doc.tokens[k - 1].space_after ? " " : "";
      joined += doc.form(doc.tokens[k]);
      if (joined == words) {
        doc.mentions.push_back({i, k + 1, type, 1.0f, -1, {}, {}, {}});
        return;
      }
      if (joined.size() >= words.size()) break;
    }
  }
  FAIL("no tokens spell " << words);
}

// Sets the dependency arc of token k (document index): head word index inside the sentence.
void arc(Document& doc, std::uint32_t k, std::int32_t head, const char* rel) {
  doc.tokens[k].head = head;
  doc.tokens[k].deprel = tags::deprel_id(rel);
}

const Entity* entity(const Document& doc, const std::string& name) {
  for (const Entity& e : doc.entities) if (e.name == name) return &e;
  return nullptr;
}

// The entity the mention spelled `text` (first occurrence) belongs to, or "" / "{a,b}" for groups.
std::string resolved(const Document& doc, const std::string& text) {
  for (const Mention& m : doc.mentions) {
    if (doc.slice(doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end) != text) continue;
    if (!m.group.empty()) {
      std::string out = "{";
      for (std::size_t k = 0; k < m.group.size(); ++k) out += (k ? "," : "") + doc.entities[static_cast<std::size_t>(m.group[k])].name;
      return out + "}";
    }
    return m.chain >= 0 ? doc.entities[static_cast<std::size_t>(m.chain)].name : "";
  }
  return "<none>";
}

}  // namespace

TEST_CASE("a title before a name is kept apart from the person, with its affiliation") {
  Document doc = tokenized(
      "On Friday, Chinese Foreign Minister Wang Yi met with Cambodian Deputy Prime Minister and Minister of "
      "Foreign Affairs and International Cooperation Sok Chenda Sophea to further bilateral dialogue.");
  REQUIRE(EntityStage().process(doc).is_ok());
  const Entity* wang = entity(doc, "Wang Yi");
  REQUIRE(wang);
  CHECK(wang->type == EntityType::kPerson);
  CHECK(wang->titles == std::vector<std::string>{"Foreign Minister"});
  CHECK(wang->affiliation == "China");
  const Entity* sok = entity(doc, "Sok Chenda Sophea");
  REQUIRE(sok);
  CHECK(sok->titles ==
        std::vector<std::string>{"Deputy Prime Minister", "Minister of Foreign Affairs and International Cooperation"});
  CHECK(sok->affiliation == "Cambodia");
  // the demonyms are NORP mentions of their countries
  CHECK(resolved(doc, "Chinese") == "China");
  CHECK(resolved(doc, "Cambodian") == "Cambodia");
}

TEST_CASE("NER spans that swallow a title are replaced by the person") {
  Document doc = tokenized("Cambodian Deputy Prime Minister Sok Chenda Sophea spoke.");
  mark(doc, "Cambodian Deputy Prime Minister Sok Chenda Sophea", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(entity(doc, "Sok Chenda Sophea"));
  CHECK_FALSE(entity(doc, "Cambodian Deputy Prime Minister Sok Chenda Sophea"));
}

TEST_CASE("a known name that opens with a title word is no titled person") {
  Document doc = tokenized("Why would General Motors want more garages? General Smith said no.");
  mark(doc, "General Motors", EntityType::kPerson);
  REQUIRE(EntityStage().process(doc).is_ok());
  const Entity* gm = entity(doc, "General Motors");
  REQUIRE(gm);
  CHECK(gm->type == EntityType::kOrg);
  CHECK_FALSE(entity(doc, "Motors"));
  const Entity* smith = entity(doc, "Smith");  // a title before an unknown name still is one
  REQUIRE(smith);
  CHECK(smith->type == EntityType::kPerson);
}

TEST_CASE("a person name right after 'in' is a place in the whole document, unless a possessive follows") {
  Document doc = tokenized(
      "Coron has a new airport. Tourism in Coron grew. In Smith's view that helps. Smith agreed. "
      "Many believe in Odin here. Maria lives in Lisbon.");
  mark(doc, "Coron", EntityType::kPerson);
  mark(doc, "Coron", EntityType::kPerson, 6);
  mark(doc, "Smith", EntityType::kPerson);
  mark(doc, "Smith", EntityType::kPerson, 16);
  mark(doc, "Odin", EntityType::kPerson);
  REQUIRE(EntityStage().process(doc).is_ok());
  const Entity* coron = entity(doc, "Coron");
  REQUIRE(coron);
  CHECK(coron->type == EntityType::kLoc);  // both mentions, the first without a cue too
  CHECK(coron->mentions.size() == 2);
  const Entity* smith = entity(doc, "Smith");
  REQUIRE(smith);
  CHECK(smith->type == EntityType::kPerson);
  const Entity* odin = entity(doc, "Odin");
  REQUIRE(odin);
  CHECK(odin->type == EntityType::kPerson);
}

TEST_CASE("a capitalised run ending in a body word is one organisation; countries before a possessive stay apart") {
  Document doc = tokenized("Wang, a member of the CPC Central Committee's Political Bureau, met China's Foreign Ministry "
                           "and Smith and Jones Company.");
  mark(doc, "CPC", EntityType::kOrg);
  mark(doc, "Bureau", EntityType::kPerson);
  mark(doc, "Foreign Ministry", EntityType::kOrg);
  mark(doc, "Smith", EntityType::kPerson);
  mark(doc, "Jones Company", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  const Entity* bureau = entity(doc, "CPC Central Committee's Political Bureau");
  REQUIRE(bureau);
  CHECK(bureau->type == EntityType::kOrg);
  CHECK_FALSE(entity(doc, "Bureau"));
  CHECK(resolved(doc, "China") == "China");  // "China's Foreign Ministry" is not one name
  CHECK(resolved(doc, "Foreign Ministry") == "Ministry of Foreign Affairs");  // gazetteer alias
  CHECK(entity(doc, "Smith"));  // runs do not join over "and"
  CHECK(entity(doc, "Jones Company"));
}

TEST_CASE("a person NER found is no part of a body's name: neither before its 'of' nor at the run's end") {
  Document doc = tokenized("Claudia Mo of Civic Party spoke. A report by University of Vestland Anna Dahl was read. This Senate voted.");
  mark(doc, "Claudia Mo", EntityType::kPerson);
  mark(doc, "Civic Party", EntityType::kOrg);
  mark(doc, "Anna Dahl", EntityType::kPerson);
  for (Token& t : doc.tokens) t.upos = kg::extract::tags::upos_id(doc.form(t) == "This" ? "DET" : "PROPN");
  REQUIRE(EntityStage().process(doc).is_ok());
  REQUIRE(entity(doc, "Claudia Mo"));
  CHECK(entity(doc, "Claudia Mo")->type == EntityType::kPerson);
  REQUIRE(entity(doc, "Civic Party"));
  CHECK(entity(doc, "Civic Party")->type == EntityType::kOrg);
  CHECK_FALSE(entity(doc, "Claudia Mo of Civic Party"));
  REQUIRE(entity(doc, "University of Vestland"));
  CHECK(entity(doc, "University of Vestland")->type == EntityType::kOrg);
  REQUIRE(entity(doc, "Anna Dahl"));
  CHECK(entity(doc, "Anna Dahl")->type == EntityType::kPerson);
  CHECK(resolved(doc, "Senate") == "United States Senate");  // a determiner opens no body name
  CHECK_FALSE(entity(doc, "This Senate"));
}

TEST_CASE("a run naming a body is one organisation without a name inside; a body word may come before 'of'") {
  Document doc = tokenized("The Office of Undergraduate Education wrote to the Vestland Water Board and to Prime Minister Ola Berg. "
                           "Later the Department of Rural Affairs of Norvia agreed.");
  mark(doc, "Norvia", EntityType::kLoc);
  REQUIRE(EntityStage().process(doc).is_ok());
  REQUIRE(entity(doc, "Office of Undergraduate Education"));
  CHECK(entity(doc, "Office of Undergraduate Education")->type == EntityType::kOrg);
  REQUIRE(entity(doc, "Vestland Water Board"));
  CHECK(entity(doc, "Vestland Water Board")->type == EntityType::kOrg);
  CHECK(entity(doc, "Ola Berg"));  // the title pattern's person, not an organisation
  REQUIRE(entity(doc, "Department of Rural Affairs of Norvia"));  // NER's name inside, body word before "of"
  CHECK(entity(doc, "Department of Rural Affairs of Norvia")->type == EntityType::kOrg);
  CHECK_FALSE(entity(doc, "Norvia"));
}

TEST_CASE("after a body word's 'of', 'and' joins the rest of the name, not a second body or name") {
  Document doc = tokenized("The Department of Housing and Urban Development met the Office of Public Relations and "
                           "Division of Student Affairs. The Ministry of Health and Norvia agreed.");
  mark(doc, "Norvia", EntityType::kLoc);
  REQUIRE(EntityStage().process(doc).is_ok());
  REQUIRE(entity(doc, "Department of Housing and Urban Development"));
  CHECK(entity(doc, "Department of Housing and Urban Development")->type == EntityType::kOrg);
  CHECK(entity(doc, "Office of Public Relations"));
  CHECK_FALSE(entity(doc, "Office of Public Relations and Division of Student Affairs"));
  CHECK(entity(doc, "Ministry of Health"));
  CHECK(entity(doc, "Norvia"));
}

TEST_CASE("a name NER ended at a body word takes its 'of' complement in, not after 'Inc.'") {
  Document doc = tokenized("The Newfoundland and Labrador Court of Appeal ruled. Acme Inc. of Mountain View sued.");
  mark(doc, "Newfoundland and Labrador Court", EntityType::kLoc);
  mark(doc, "Acme Inc.", EntityType::kOrg);
  mark(doc, "Mountain View", EntityType::kLoc);
  REQUIRE(EntityStage().process(doc).is_ok());
  REQUIRE(entity(doc, "Newfoundland and Labrador Court of Appeal"));
  CHECK(entity(doc, "Newfoundland and Labrador Court of Appeal")->type == EntityType::kOrg);
  CHECK(entity(doc, "Mountain View"));
  CHECK_FALSE(entity(doc, "Acme Inc. of Mountain View"));
}

TEST_CASE("a street named after a place is no mention of the place") {
  Document doc = tokenized("Send it to 220 South Michigan Ave in Saginaw, Michigan, not to Ohio Street.");
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<std::string> spans;
  for (const Mention& m : doc.mentions)
    spans.emplace_back(doc.slice(doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end));
  CHECK(spans == std::vector<std::string>{"Michigan"});  // the state after the town, not the avenue or street
}

TEST_CASE("a known place written in lower case is a place; an English word spelt like a place is not") {
  Document doc = tokenized("we drove from san francisco to delaware, then to nice friends in male wards by the mekong.");
  for (Token& t : doc.tokens) {
    const std::string f(doc.form(t));
    const bool noun = f == "san" || f == "francisco" || f == "delaware" || f == "mekong" || f == "male";
    t.upos = kg::extract::tags::upos_id(f == "nice" ? "ADJ" : noun ? "NOUN" : "X");
  }
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<std::string> spans;
  std::vector<EntityType> types;
  for (const Mention& m : doc.mentions) {
    spans.emplace_back(doc.slice(doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end));
    types.push_back(m.type);
  }
  // "male" is a noun here but an English word (Malé is the Maldives' capital); "nice" an adjective.
  CHECK(spans == std::vector<std::string>{"san francisco", "delaware", "mekong"});
  CHECK(types == std::vector<EntityType>{EntityType::kGpe, EntityType::kGpe, EntityType::kLoc});
}

TEST_CASE("a lower-case place needs a noun reading: an adjective or verb spelt like a town stays a word") {
  Document doc = tokenized("reading about delaware");
  for (Token& t : doc.tokens) t.upos = kg::extract::tags::upos_id("VERB");
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(doc.mentions.empty());
}

TEST_CASE("a possessive after a name NER found parts two names; after a body word it does not") {
  Document doc = tokenized("She joined Berkeley's Department of Linguistics and the CPC Central Committee's Political Bureau.");
  mark(doc, "Berkeley", EntityType::kOrg);
  mark(doc, "CPC", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<std::string> spans;
  for (const Mention& m : doc.mentions)
    if (m.type == EntityType::kOrg)
      spans.emplace_back(doc.slice(doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end));
  CHECK(spans == std::vector<std::string>{"Berkeley", "Department of Linguistics", "CPC Central Committee's Political Bureau"});
}

TEST_CASE("an e-mail or web address beside a name is no part of it; a mail header's Name@COMPANY is") {
  Document doc = tokenized("Contact jo.ann@durham.ac.uk Durham University or John Griffith@ENRON today.");
  mark(doc, "jo.ann@durham.ac.uk Durham University", EntityType::kOrg);
  mark(doc, "John Griffith@ENRON", EntityType::kPerson);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<std::string> spans;
  for (const Mention& m : doc.mentions)
    spans.emplace_back(doc.slice(doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end));
  CHECK(spans == std::vector<std::string>{"Durham University", "John Griffith@ENRON"});
}

TEST_CASE("a capitalised The inside a sentence opens the name; at the start or after a quote it does not") {
  Document doc = tokenized("She reads The Boston Globe and \"The Nation\". The Sun is a tabloid.");
  mark(doc, "Boston Globe", EntityType::kOrg);
  mark(doc, "Nation", EntityType::kOrg);
  mark(doc, "Sun", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<std::string> spans;
  for (const Mention& m : doc.mentions)
    spans.emplace_back(doc.slice(doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end));
  CHECK(spans == std::vector<std::string>{"The Boston Globe", "Nation", "Sun"});
  // The entity's name stays without the article.
  bool globe = false;
  for (const Entity& e : doc.entities) globe = globe || e.name == "Boston Globe";
  CHECK(globe);
}

TEST_CASE("a person's span leaves out a leading honorific, but not 'Don', a given name too") {
  Document doc = tokenized("Lord Diplock and Miss Chaworth left; Reverend Moomaw stayed; Don Maitz painted.");
  mark(doc, "Lord Diplock", EntityType::kPerson);
  mark(doc, "Miss Chaworth", EntityType::kPerson);
  mark(doc, "Reverend Moomaw", EntityType::kPerson);
  mark(doc, "Don Maitz", EntityType::kPerson);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<std::string> spans;
  for (const Mention& m : doc.mentions)
    spans.emplace_back(doc.slice(doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end));
  CHECK(spans == std::vector<std::string>{"Diplock", "Chaworth", "Moomaw", "Don Maitz"});
  CHECK(entity(doc, "Don Maitz"));  // the canonical name keeps it too
}

TEST_CASE("a title word before a place or body word makes no titled person") {
  Document doc = tokenized("He moved to King County and joined Major League Baseball, as King Harald said.");
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK_FALSE(entity(doc, "County"));
  CHECK_FALSE(entity(doc, "League Baseball"));
  const Entity* harald = entity(doc, "Harald");  // a title before a name still makes a person
  REQUIRE(harald);
  CHECK(harald->type == EntityType::kPerson);
}

TEST_CASE("a capitalised verb NER left out opens no body name") {
  Document doc = tokenized("Attended Vestby High School in the spring.");
  for (Token& t : doc.tokens) t.upos = kg::extract::tags::upos_id("PROPN");
  doc.tokens[0].upos = kg::extract::tags::upos_id("VERB");
  REQUIRE(EntityStage().process(doc).is_ok());
  REQUIRE(entity(doc, "Vestby High School"));
  CHECK(entity(doc, "Vestby High School")->type == EntityType::kOrg);
  CHECK_FALSE(entity(doc, "Attended Vestby High School"));
  // A verb reading inside a name NER found stays in it ("United" is often tagged VERB).
  Document un = tokenized("United Nations Development Council met.");
  mark(un, "United Nations Development Council", EntityType::kOrg);
  for (Token& t : un.tokens) t.upos = kg::extract::tags::upos_id("PROPN");
  un.tokens[0].upos = kg::extract::tags::upos_id("VERB");
  REQUIRE(EntityStage().process(un).is_ok());
  CHECK(entity(un, "United Nations Development Council"));
}

TEST_CASE("a title-case headline is no body name") {
  Document doc = tokenized("New Rules Hit Small Water Company");
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(doc.entities.empty());
}

TEST_CASE("an NER name inside a longer gazetteer name grows to it") {
  Document doc = tokenized("Varga said the European Union would support Kenya's plan.");
  mark(doc, "Union", EntityType::kOrg);
  mark(doc, "Kenya", EntityType::kLoc);
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(resolved(doc, "European Union") == "European Union");
  CHECK_FALSE(entity(doc, "Union"));
  CHECK(resolved(doc, "Kenya") == "Kenya");
}

TEST_CASE("a short name joins the full name, whatever NER typed it") {
  Document doc = tokenized("Foreign Minister Wang Yi arrived. Wang said the talks went well. Later Mr. Wang left.");
  mark(doc, "Wang", EntityType::kLoc, 4);
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(resolved(doc, "Wang") == "Wang Yi");
  const Entity* wang = entity(doc, "Wang Yi");
  REQUIRE(wang);
  CHECK(wang->aliases == std::vector<std::string>{"Wang"});
  CHECK(wang->mentions.size() == 3);
}

TEST_CASE("gazetteer names: countries typed GPE, aliases canonical, missed names added") {
  Document doc = tokenized("The PRC and Cambodia signed a deal in Phnom Penh with the United Nations.");
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(resolved(doc, "PRC") == "China");
  CHECK(resolved(doc, "Cambodia") == "Cambodia");
  CHECK(resolved(doc, "Phnom Penh") == "Phnom Penh");
  CHECK(resolved(doc, "United Nations") == "United Nations");
  REQUIRE(entity(doc, "China"));
  CHECK(entity(doc, "China")->type == EntityType::kGpe);
}

TEST_CASE("places joined by hyphens are a mention of each place; seas and rivers are LOC") {
  Document doc = tokenized("The China-Cambodian dialogue and the Lancang-Mekong region met Sino-Gaul talks near the South China Sea.");
  mark(doc, "China-Cambodian", EntityType::kLoc);
  mark(doc, "Lancang-Mekong", EntityType::kOrg);
  mark(doc, "Sino-Gaul", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(resolved(doc, "China") == "China");
  CHECK(resolved(doc, "Cambodian") == "Cambodia");  // the demonym, linked to its country
  CHECK_FALSE(entity(doc, "China-Cambodian"));
  REQUIRE(entity(doc, "Mekong"));
  CHECK(entity(doc, "Mekong")->type == EntityType::kLoc);
  REQUIRE(entity(doc, "Lancang"));
  CHECK(entity(doc, "Lancang")->type == EntityType::kLoc);
  REQUIRE(entity(doc, "Sino-Gaul"));  // a part the gazetteer does not know: the name stays whole
  CHECK(entity(doc, "Sino-Gaul")->type == EntityType::kOrg);
  REQUIRE(entity(doc, "South China Sea"));  // added by the gazetteer scan
  CHECK(entity(doc, "South China Sea")->type == EntityType::kLoc);
  CHECK(entity(doc, "Cambodia")->type == EntityType::kGpe);
}

TEST_CASE("organisation cues retype names NER took for persons or places, in the whole document") {
  Document doc = tokenized(
      "Norwegian battery maker Nordvolt will invest in Chile. Nordvolt chief executive Henrik Solberg spoke. "
      "Zentra, a Danish shipping company, agreed with Tohoku Power. Later Nordvolt left. Anna Berg, a lawyer, "
      "met Carl Olsen. Olsen studied at Brandt College and sued in the Vestland Court of Appeal.");
  for (std::uint32_t k = 0; k < doc.tokens.size(); ++k)
    if (doc.form(doc.tokens[k]) == "Nordvolt") mark(doc, "Nordvolt", EntityType::kPerson, k);
  mark(doc, "Henrik Solberg", EntityType::kPerson);
  mark(doc, "Zentra", EntityType::kPerson);
  mark(doc, "Tohoku Power", EntityType::kPerson);
  mark(doc, "Anna Berg", EntityType::kPerson);
  mark(doc, "Carl Olsen", EntityType::kPerson);
  mark(doc, "Brandt College", EntityType::kLoc);
  mark(doc, "Vestland Court of Appeal", EntityType::kLoc);
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(entity(doc, "Brandt College")->type == EntityType::kOrg);  // a body word ends the name
  CHECK(entity(doc, "Vestland Court of Appeal")->type == EntityType::kOrg);  // ... or comes before "of"
  REQUIRE(entity(doc, "Nordvolt"));
  CHECK(entity(doc, "Nordvolt")->type == EntityType::kOrg);  // descriptor before, title after
  CHECK(entity(doc, "Nordvolt")->mentions.size() == 3);      // the later bare mention too
  CHECK(entity(doc, "Zentra")->type == EntityType::kOrg);    // appositive ending in "company"
  CHECK(entity(doc, "Tohoku Power")->type == EntityType::kOrg);  // company suffix
  CHECK(entity(doc, "Henrik Solberg")->type == EntityType::kPerson);
  CHECK(entity(doc, "Anna Berg")->type == EntityType::kPerson);  // "a lawyer" is no organisation
  CHECK(entity(doc, "Carl Olsen")->type == EntityType::kPerson);
}

TEST_CASE("names in one capitalised word of two parts are organisations; surnames are not") {
  Document doc = tokenized("QatarEnergy signed with PetroChina while McCain and MacArthur watched.");
  REQUIRE(EntityStage().process(doc).is_ok());
  REQUIRE(entity(doc, "QatarEnergy"));
  CHECK(entity(doc, "QatarEnergy")->type == EntityType::kOrg);
  REQUIRE(entity(doc, "PetroChina"));
  CHECK_FALSE(entity(doc, "McCain"));
  CHECK_FALSE(entity(doc, "MacArthur"));
}

TEST_CASE("the acronym of an organisation NER found is found where NER missed it") {
  Document doc = tokenized("The Coalition Provisional Authority met. Officials said the CPA would stay. CPA staff left.");
  mark(doc, "Coalition Provisional Authority", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  const Entity* cpa = entity(doc, "Coalition Provisional Authority");
  REQUIRE(cpa);
  CHECK(cpa->mentions.size() == 3);  // the name and both acronyms, sentence-opening one too
  CHECK(resolved(doc, "CPA") == "Coalition Provisional Authority");
}

TEST_CASE("one name, one type in a document: the most frequent type wins, the first on a tie") {
  Document doc = tokenized("We ate at Miramar. Miramar was full. Later Miramar closed. Oslo met Berg. Berg and Oslo left.");
  std::uint32_t n = 0;
  for (std::uint32_t k = 0; k < doc.tokens.size(); ++k) {
    const std::string_view f = doc.form(doc.tokens[k]);
    if (f == "Miramar") mark(doc, "Miramar", n++ == 1 ? EntityType::kPerson : EntityType::kLoc, k);
  }
  mark(doc, "Berg", EntityType::kPerson);
  mark(doc, "Berg", EntityType::kOrg, 16);
  REQUIRE(EntityStage().process(doc).is_ok());
  REQUIRE(entity(doc, "Miramar"));
  CHECK(entity(doc, "Miramar")->type == EntityType::kLoc);  // two LOC against one PERSON
  CHECK(entity(doc, "Miramar")->mentions.size() == 3);
  REQUIRE(entity(doc, "Berg"));
  CHECK(entity(doc, "Berg")->type == EntityType::kPerson);  // a tie: the first
  CHECK(entity(doc, "Berg")->mentions.size() == 2);
}

TEST_CASE("storms are no persons; a sentence-opening ordinary word is no town") {
  Document doc = tokenized("Hurricane Rita hit Texas. Rita left. Nice people live in Nice.");
  REQUIRE(doc.form(doc.tokens[8]) == "Nice");
  for (Token& t : doc.tokens) t.upos = kg::extract::tags::upos_id("PROPN");
  doc.tokens[8].upos = kg::extract::tags::upos_id("ADJ");
  mark(doc, "Hurricane Rita", EntityType::kPerson);
  mark(doc, "Rita", EntityType::kPerson, 4);
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK_FALSE(entity(doc, "Rita"));
  CHECK_FALSE(entity(doc, "Hurricane Rita"));
  const Entity* nice = entity(doc, "Nice");
  REQUIRE(nice);  // the town at the end
  REQUIRE(nice->mentions.size() == 1);
  CHECK(doc.mentions[nice->mentions[0]].first_token == 12);
}

TEST_CASE("a name NER found once is found again where it recurs untagged") {
  Document doc = tokenized(
      "Officials in Veloria met on Monday. On Tuesday the rains reached Veloria again. Veloria said no. "
      "The Senators met. Later two Senators left. Rains hit Veloria Province.");
  for (Token& t : doc.tokens) {
    const std::string_view f = doc.form(t);
    if (f == "Veloria" || f == "Senators" || f == "Province") t.upos = kg::extract::tags::upos_id("PROPN");
  }
  mark(doc, "Veloria", EntityType::kLoc);
  mark(doc, "Senators", EntityType::kPerson);
  REQUIRE(EntityStage().process(doc).is_ok());
  const Entity* veloria = entity(doc, "Veloria");
  REQUIRE(veloria);
  // Found again inside the second sentence; not where it opens a sentence, nor inside the
  // longer capitalised run "Veloria Province".
  REQUIRE(veloria->mentions.size() == 2);
  const Mention& again = doc.mentions[veloria->mentions[1]];
  CHECK(doc.form(doc.tokens[again.first_token - 1]) == "reached");
  // A plural title is not repeated as a name (the tagged one itself is NER's).
  const Entity* senators = entity(doc, "Senators");
  REQUIRE(senators);
  CHECK(senators->mentions.size() == 1);
}

TEST_CASE("gazetteer names and titles written with hyphens match as written") {
  Document doc = tokenized("Vice-President Ana Lopez visited Mercedes-Benz in Port-of-Spain.");
  REQUIRE(EntityStage().process(doc).is_ok());
  const Entity* lopez = entity(doc, "Ana Lopez");
  REQUIRE(lopez);
  CHECK(lopez->titles == std::vector<std::string>{"Vice-President"});
  REQUIRE(entity(doc, "Mercedes-Benz"));
  CHECK(entity(doc, "Mercedes-Benz")->type == EntityType::kOrg);
  REQUIRE(entity(doc, "Port-of-Spain"));
  CHECK(entity(doc, "Port-of-Spain")->type == EntityType::kGpe);
}

TEST_CASE("acronyms join the organisation they abbreviate") {
  Document doc = tokenized("The National Election Committee met. Later the NEC published results.");
  mark(doc, "National Election Committee", EntityType::kOrg);
  mark(doc, "NEC", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(resolved(doc, "NEC") == "National Election Committee");
}

TEST_CASE("group mentions stand for the most salient countries, and 'they' follows them") {
  Document doc = tokenized(
      "China supports Cambodia. China and Cambodia agreed. Japan sent a note. "
      "The two countries decided to cooperate. They also hope to meet. Both sides welcomed it.");
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(resolved(doc, "The two countries") == "{China,Cambodia}");
  CHECK(resolved(doc, "They") == "{China,Cambodia}");
  CHECK(resolved(doc, "Both sides") == "{China,Cambodia}");
}

TEST_CASE("'both sides' may be a country and an organisation, 'the two countries' are countries, neither a building") {
  Document doc = tokenized(
      "Kenya received the EU at State House. Japan sent a note. "
      "Kenya and the EU opened talks at State House and State House. Both sides agreed. The two countries met.");
  // Every occurrence of each name, in text order.
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const std::string_view f = doc.form(doc.tokens[i]);
    if (f == "Kenya") doc.mentions.push_back({i, i + 1, EntityType::kGpe, 1.0f, -1, {}, {}, {}});
    if (f == "Japan") doc.mentions.push_back({i, i + 1, EntityType::kGpe, 1.0f, -1, {}, {}, {}});
    if (f == "EU") doc.mentions.push_back({i, i + 1, EntityType::kOrg, 1.0f, -1, {}, {}, {}});
    if (f == "State") doc.mentions.push_back({i, i + 2, EntityType::kLoc, 1.0f, -1, {}, {}, {}});
  }
  REQUIRE(EntityStage().process(doc).is_ok());
  // State House is mentioned most (3 times), then Kenya and the EU (2), Japan (1).
  CHECK(resolved(doc, "Both sides") == "{Kenya,European Union}");
  CHECK(resolved(doc, "The two countries") == "{Kenya,Japan}");

  // Fewer than two countries or organisations: the two sides are the people who met.
  Document met = tokenized("Daniel Mwangi received Elena Varga at State House, where the two sides opened talks.");
  mark(met, "Daniel Mwangi", EntityType::kPerson);
  mark(met, "Elena Varga", EntityType::kPerson);
  mark(met, "State House", EntityType::kLoc);
  REQUIRE(EntityStage().process(met).is_ok());
  CHECK(resolved(met, "the two sides") == "{Daniel Mwangi,Elena Varga}");
}

TEST_CASE("personal pronouns go to the most recent person; 'the minister' to the person with that title") {
  Document doc = tokenized("Foreign Minister Wang Yi met reporters. He said the minister would return.");
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(resolved(doc, "He") == "Wang Yi");
  CHECK(resolved(doc, "the minister") == "Wang Yi");
}

TEST_CASE("pronouns without a fitting antecedent stay unresolved; dates are kept as they are") {
  Document doc = tokenized("It rained. He left on Friday.");
  doc.mentions.push_back({6, 7, EntityType::kDate, 1.0f, -1, "2024-05-24", {}, {}});
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(resolved(doc, "It") == "<none>");
  CHECK(resolved(doc, "He") == "<none>");
  CHECK(resolved(doc, "Friday") == "");
  CHECK(doc.entities.empty());
}

TEST_CASE("he and she keep to persons of their sex: given names, honorifics, sex-specific nouns") {
  Document doc = tokenized("Mary Smith thanked John Brown. She smiled. Actress Ann Lee met Mr. Lee. She left.");
  mark(doc, "Mary Smith", EntityType::kPerson);
  mark(doc, "John Brown", EntityType::kPerson);
  mark(doc, "Ann Lee", EntityType::kPerson);
  mark(doc, "Lee", EntityType::kPerson, 14);
  mark(doc, "She", EntityType::kPerson);  // NER took the pronoun for a name
  std::sort(doc.mentions.begin(), doc.mentions.end(), [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(resolved(doc, "She") == "Mary Smith");
  CHECK(entity(doc, "She") == nullptr);
  // "Mr. Lee" is not "Ann Lee": two people, and the last "She" is Ann Lee.
  int lees = 0;
  for (const Entity& e : doc.entities) lees += e.name.find("Lee") != std::string::npos;
  CHECK(lees == 2);
  for (const Mention& m : doc.mentions)
    if (doc.form(doc.tokens[m.first_token]) == "She" && m.first_token > 14)
      CHECK(doc.entities[static_cast<std::size_t>(m.chain)].name == "Ann Lee");
}

TEST_CASE("binding: an object pronoun is not its own verb's subject; cataphora from an opening adjunct; conjuncts") {
  // Smith praised Jones . Jones thanked him .
  Document doc = tokenized("Smith praised Jones. Jones thanked him.");
  mark(doc, "Smith", EntityType::kPerson);
  mark(doc, "Jones", EntityType::kPerson);
  mark(doc, "Jones", EntityType::kPerson, 3);
  arc(doc, 0, 1, "nsubj"), arc(doc, 1, -1, "root"), arc(doc, 2, 1, "obj"), arc(doc, 3, 1, "punct");
  arc(doc, 4, 1, "nsubj"), arc(doc, 5, -1, "root"), arc(doc, 6, 1, "obj"), arc(doc, 7, 1, "punct");
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(resolved(doc, "him") == "Smith");
  CHECK(doc.mentions[3].link_rule == "pronoun");

  // Smith arrived . In his youth , Jones sang .
  Document d2 = tokenized("Smith arrived. In his youth, Jones sang.");
  mark(d2, "Smith", EntityType::kPerson);
  mark(d2, "Jones", EntityType::kPerson);
  arc(d2, 0, 1, "nsubj"), arc(d2, 1, -1, "root"), arc(d2, 2, 1, "punct");
  arc(d2, 3, 2, "case"), arc(d2, 4, 2, "nmod:poss"), arc(d2, 5, 5, "obl"), arc(d2, 6, 5, "punct");
  arc(d2, 7, 5, "nsubj"), arc(d2, 8, -1, "root"), arc(d2, 9, 5, "punct");
  REQUIRE(EntityStage().process(d2).is_ok());
  CHECK(resolved(d2, "his") == "Jones");
  for (const Mention& m : d2.mentions)
    if (m.first_token == 4) CHECK(m.link_rule == "cataphora");

  // Jones met Smith . Smith praised Jones and his wife .
  Document d3 = tokenized("Jones met Smith. Smith praised Jones and his wife.");
  mark(d3, "Jones", EntityType::kPerson);
  mark(d3, "Smith", EntityType::kPerson);
  mark(d3, "Smith", EntityType::kPerson, 3);
  mark(d3, "Jones", EntityType::kPerson, 3);
  std::sort(d3.mentions.begin(), d3.mentions.end(), [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
  arc(d3, 0, 1, "nsubj"), arc(d3, 1, -1, "root"), arc(d3, 2, 1, "obj"), arc(d3, 3, 1, "punct");
  arc(d3, 4, 1, "nsubj"), arc(d3, 5, -1, "root"), arc(d3, 6, 1, "obj"), arc(d3, 7, 5, "cc");
  arc(d3, 8, 5, "nmod:poss"), arc(d3, 9, 2, "conj"), arc(d3, 10, 1, "punct");
  REQUIRE(EntityStage().process(d3).is_ok());
  CHECK(resolved(d3, "his") == "Jones");
  for (const Mention& m : d3.mentions)
    if (m.first_token == 8) CHECK(m.link_rule == "pronoun-conjunct");
}

TEST_CASE("mention names drop honorifics and possessives") {
  Document doc = tokenized("Mr. Wang's visit to Al-Mansoori's office");
  CHECK(mention_name(doc, 0, 3) == "Wang");
  CHECK(mention_name(doc, 5, 9) == "Al-Mansoori");
}

#include "extract/coref/resolve_arguments.h"

namespace {

kg::graph::Span span_of(const Document& doc, const std::string& words) {
  const std::size_t b = doc.text.find(words);
  REQUIRE(b != std::string::npos);
  return {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(b + words.size())};
}

}  // namespace

TEST_CASE("triple arguments resolve to entities; groups fan out; modifiers are not heads") {
  Document doc = tokenized(
      "Chinese Foreign Minister Wang Yi met Sok. China supports Cambodia. The two countries signed a deal "
      "with Chinese businesses.");
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<kg::graph::Triple> ts(2);
  ts[0].subject.text = "Chinese Foreign Minister Wang Yi";
  ts[0].evidence.subject_span = span_of(doc, "Chinese Foreign Minister Wang Yi");
  ts[0].object.text = "Chinese businesses";
  ts[0].evidence.object_span = span_of(doc, "Chinese businesses");
  ts[1].subject.text = "The two countries";
  ts[1].evidence.subject_span = span_of(doc, "The two countries");
  ts[1].object.text = "a deal";
  ts[1].object.kind = kg::graph::Argument::Kind::kConcept;
  ts[1].evidence.object_span = span_of(doc, "a deal");
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 3);
  CHECK(ts[0].subject.text == "Wang Yi");
  CHECK(ts[0].subject.type == "Person");
  CHECK(ts[0].subject.titles == std::vector<std::string>{"Foreign Minister"});
  CHECK(ts[0].object.text == "Chinese businesses");  // "Chinese" modifies, it is not the head
  CHECK(ts[1].subject.text == "China");
  CHECK(ts[2].subject.text == "Cambodia");
  CHECK(ts[1].object.text == "a deal");
  CHECK(ts[1].subject.type == "Place");
}

TEST_CASE("a phrase ending in an organisation descriptor stands for the organisation named right after it") {
  Document doc = tokenized("A consortium led by battery maker Nordvolt announced a plan. The plan pleased the maker of toys.");
  mark(doc, "Nordvolt", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  std::vector<kg::graph::Triple> ts(2);
  ts[0].subject.text = "battery maker";  // the parser left the name out of the phrase
  ts[0].evidence.subject_span = span_of(doc, "battery maker");
  ts[0].object.text = "consortium";
  ts[0].object.kind = kg::graph::Argument::Kind::kConcept;
  ts[0].evidence.object_span = span_of(doc, "consortium");
  ts[1].subject.text = "The plan";
  ts[1].subject.kind = kg::graph::Argument::Kind::kConcept;
  ts[1].evidence.subject_span = span_of(doc, "The plan");
  ts[1].object.text = "the maker";  // no name after it: stays a concept
  ts[1].object.kind = kg::graph::Argument::Kind::kConcept;
  ts[1].evidence.object_span = span_of(doc, "the maker");
  resolve_arguments(doc, ts);
  REQUIRE(ts.size() == 2);
  CHECK(ts[0].subject.text == "Nordvolt");
  CHECK(ts[0].subject.type == "Organization");
  CHECK(ts[1].object.text == "the maker");
  CHECK(ts[1].object.kind == kg::graph::Argument::Kind::kConcept);
}

TEST_CASE("a lower-case title before a name gives the person and the position, as a capitalised one does") {
  Document doc = tokenized("British foreign minister Yvette Cooper met Turkish premier Recep Erdogan. The minister said no.");
  mark(doc, "Yvette Cooper", EntityType::kPerson);
  mark(doc, "Recep Erdogan", EntityType::kPerson);
  REQUIRE(EntityStage().process(doc).is_ok());
  const Entity* cooper = entity(doc, "Yvette Cooper");
  REQUIRE(cooper != nullptr);
  CHECK(cooper->titles == std::vector<std::string>{"Foreign Minister"});
  CHECK(cooper->affiliation == "United Kingdom");
  const Entity* erdogan = entity(doc, "Recep Erdogan");
  REQUIRE(erdogan != nullptr);
  CHECK(erdogan->titles == std::vector<std::string>{"Premier"});
  // A lower-case title without a name after it makes no person.
  CHECK(entity(doc, "minister") == nullptr);
}

TEST_CASE("a dummy 'it' before an adjective and a clause names nothing; a referring 'it' does") {
  // "Acme grew. But it became clear that sales fell." / "Acme grew. It sold cars."
  kg::extract::Document doc = kg::test::make_doc(
      "Acme|Acme|PROPN|NNP|2|nsubj grew|grow|VERB|VBD|0|root .|.|PUNCT|.|2|punct", "ORG:1-1");
  kg::test::add_sentence(doc,
                         "But|but|CCONJ|CC|3|cc it|it|PRON|PRP|3|nsubj became|become|VERB|VBD|0|root clear|clear|ADJ|JJ|3|xcomp "
                         "that|that|SCONJ|IN|7|mark sales|sale|NOUN|NNS|7|nsubj fell|fall|VERB|VBD|3|ccomp .|.|PUNCT|.|3|punct");
  kg::test::add_sentence(doc, "It|it|PRON|PRP|2|nsubj sold|sell|VERB|VBD|0|root cars|car|NOUN|NNS|2|obj .|.|PUNCT|.|2|punct");
  REQUIRE(kg::extract::EntityStage().process(doc).is_ok());
  const std::size_t dummy = doc.text.find("it became");
  const std::size_t referring = doc.text.find("It sold");
  bool dummy_linked = false, referring_linked = false;
  for (const auto& m : doc.mentions) {
    const std::uint32_t b = doc.tokens[m.first_token].begin;
    if (b == dummy) dummy_linked = m.chain >= 0;
    if (b == referring) referring_linked = m.chain >= 0;
  }
  CHECK_FALSE(dummy_linked);
  CHECK(referring_linked);
}

TEST_CASE("'the Crown Prince', 'the Saudi leader': the latest person with that title, or a titled person of that country") {
  Document doc = tokenized(
      "King Fahd of Saudi Arabia arrived. Crown Prince Abdullah stayed. The Saudi leader met Thatcher. "
      "Later the Crown Prince left.");
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(resolved(doc, "The Saudi leader") == "Fahd");  // no one is "leader": the titled person of Saudi Arabia
  CHECK(resolved(doc, "the Crown Prince") == "Abdullah");
  const Entity* fahd = entity(doc, "Fahd");
  REQUIRE(fahd != nullptr);
  CHECK(fahd->affiliation == "Saudi Arabia");  // from "of Saudi Arabia" after the name
}

TEST_CASE("an acronym or ticker in brackets after an organisation is that organisation; names go on over 'des'") {
  Document doc = tokenized("Regie Nationale des Usines Renault (RENA.PA) agreed. K-Mart Corp <KM> said so. Labour won. The Labour Party said.");
  mark(doc, "Regie Nationale", EntityType::kOrg);
  mark(doc, "Usines Renault", EntityType::kOrg);
  mark(doc, "RENA.PA", EntityType::kLoc);
  mark(doc, "K-Mart Corp", EntityType::kOrg);
  mark(doc, "KM", EntityType::kOrg);
  mark(doc, "Labour", EntityType::kOrg);
  mark(doc, "Labour Party", EntityType::kOrg);
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(resolved(doc, "RENA.PA") == "Regie Nationale des Usines Renault");
  CHECK(resolved(doc, "KM") == resolved(doc, "K-Mart Corp"));
  CHECK(resolved(doc, "Labour") == "Labour Party");
  const Entity* renault = entity(doc, "Regie Nationale des Usines Renault");
  REQUIRE(renault != nullptr);
  CHECK(renault->type == EntityType::kOrg);
  CHECK(std::find(renault->aliases.begin(), renault->aliases.end(), "RENA.PA") != renault->aliases.end());
}
