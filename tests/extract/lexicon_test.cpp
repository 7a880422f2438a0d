// Lexicon word lists (extract/lexicon/lexicon.h): the row reader keeps file order and
// duplicates, splits on TAB and skips comments; the given-names list gives each name the
// sex the former in-code lists gave it.
#include "extract/lexicon/lexicon.h"

#include <algorithm>

#include <doctest/doctest.h>

#include "extract/coref/gender.h"
#include "extract/coref/link_rule.h"
#include "extract/ner/gazetteer.h"

namespace {

using namespace kg::extract;
using lexicon::List;
using lexicon::Row;

}  // namespace

TEST_CASE("lexicon rows: file order and duplicates kept, TAB split, comments and blank lines skipped") {
  const auto rows = lexicon::parse_rows(
      "# a comment line\n"
      "Zeta\tZ|ZZ\tlast\n"
      "\n"
      "  Alpha \t A  # a comment after the row\n"
      "Zeta\tZ|ZZ\tlast\r\n"
      "Beta\t\tthird\n"
      "Gamma\t\n"
      "   # only a comment\n");
  REQUIRE(rows.size() == 5);
  CHECK(rows[0] == Row{"Zeta", "Z|ZZ", "last"});
  CHECK(rows[1] == Row{"Alpha", "A"});           // fields trimmed of spaces
  CHECK(rows[2] == Row{"Zeta", "Z|ZZ", "last"});  // a duplicate stays, CR dropped
  CHECK(rows[3] == Row{"Beta", "", "third"});     // an empty middle field stays
  CHECK(rows[4] == Row{"Gamma", ""});
  CHECK(lexicon::parse_rows("").empty());
  CHECK(lexicon::parse_rows("# nothing\n\n").empty());
}

TEST_CASE("lexicon rows of the compiled lists keep their order") {
  const auto countries = lexicon::rows(List::kCountries);
  REQUIRE(countries.size() == gazetteer::countries().size());
  CHECK(countries.front()[0] == "Afghanistan");
  CHECK(countries.front().size() == 5);
  for (std::size_t i = 0; i < countries.size(); ++i) CHECK(countries[i][0] == gazetteer::countries()[i].name);
  // The first country wins a shared demonym, so the order of the file is kept.
  CHECK(gazetteer::country_by_demonym("Congolese")->iso2 == "CD");
  CHECK(gazetteer::country_by_demonym("Dominican")->iso2 == "DO");
  const auto orgs = lexicon::rows(List::kOrganisations);
  REQUIRE(orgs.size() == gazetteer::organizations().size());
  CHECK(orgs.front()[0] == "United Nations");
  // entries() stays a sorted set.
  const auto legal = lexicon::entries(List::kLegalForms);
  CHECK(std::is_sorted(legal.begin(), legal.end()));
  CHECK(lexicon::contains(List::kStreetWords, "Avenue"));
  CHECK(lexicon::contains(List::kPersonalPronouns, "she"));
  CHECK_FALSE(lexicon::contains(List::kPersonalPronouns, "She"));
}

TEST_CASE("one given-names list: the sex each name gives and the names the gazetteer knows are as before") {
  // In both the gazetteer's and the sex lists before.
  CHECK(given_name_gender("James") == Gender::kMale);
  CHECK(given_name_gender("Mohammed") == Gender::kMale);
  CHECK(given_name_gender("Maria") == Gender::kFemale);
  CHECK(given_name_gender("Fatima") == Gender::kFemale);
  CHECK(given_name_gender("Ellen") == Gender::kFemale);
  CHECK(gazetteer::is_first_name("James"));
  CHECK(gazetteer::is_first_name("Maria"));
  // Only in the gazetteer's list: a given name, no sex (borne by both or not listed).
  CHECK(given_name_gender("Andrea") == Gender::kUnknown);
  CHECK(given_name_gender("Jean") == Gender::kUnknown);
  CHECK(given_name_gender("Sophea") == Gender::kUnknown);
  CHECK(given_name_gender("Ethan") == Gender::kUnknown);
  CHECK(gazetteer::is_first_name("Andrea"));
  CHECK(gazetteer::is_first_name("Sophea"));
  // Only in the sex lists: a sex, but no given name for the gazetteer (an NER feature).
  CHECK(given_name_gender("Alfie") == Gender::kMale);
  CHECK(given_name_gender("Yuko") == Gender::kFemale);
  CHECK(given_name_gender("Agnes") == Gender::kFemale);
  CHECK_FALSE(gazetteer::is_first_name("Alfie"));
  CHECK_FALSE(gazetteer::is_first_name("Yuko"));
  // Neither.
  CHECK(given_name_gender("Cambodia") == Gender::kUnknown);
  CHECK_FALSE(gazetteer::is_first_name("Cambodia"));
  CHECK(gazetteer::person_first_names().front() == "James");
  CHECK(gazetteer::person_first_names().size() == 771);
  // Person nouns.
  CHECK(noun_gender("actress") == Gender::kFemale);
  CHECK(noun_gender("mr.") == Gender::kMale);
  CHECK(noun_gender("minister") == Gender::kUnknown);
}

TEST_CASE("link rules keep the names written to files") {
  CHECK(link_rule_name(LinkRule::kFirst) == "first");
  CHECK(link_rule_name(LinkRule::kTitle) == "title");
  CHECK(link_rule_name(LinkRule::kGazetteer) == "gazetteer");
  CHECK(link_rule_name(LinkRule::kRepeat) == "repeat");
  CHECK(link_rule_name(LinkRule::kExact) == "exact");
  CHECK(link_rule_name(LinkRule::kDemonym) == "demonym");
  CHECK(link_rule_name(LinkRule::kAlias) == "alias");
  CHECK(link_rule_name(LinkRule::kLegalForm) == "legal-form");
  CHECK(link_rule_name(LinkRule::kSpelling) == "spelling");
  CHECK(link_rule_name(LinkRule::kCoreName) == "core-name");
  CHECK(link_rule_name(LinkRule::kAcronym) == "acronym");
  CHECK(link_rule_name(LinkRule::kPronoun) == "pronoun");
  CHECK(link_rule_name(LinkRule::kPronounConjunct) == "pronoun-conjunct");
  CHECK(link_rule_name(LinkRule::kPronounGroup) == "pronoun-group");
  CHECK(link_rule_name(LinkRule::kCataphora) == "cataphora");
  CHECK(link_rule_name(LinkRule::kDefinite) == "definite");
  CHECK(link_rule_name(LinkRule::kGroup) == "group");
  CHECK(is_link_rule("legal-form", LinkRule::kLegalForm));
  CHECK_FALSE(is_link_rule("pronoun", LinkRule::kPronounGroup));
}
