#include "extract/lexicon/lexicon.h"

#include <algorithm>
#include <array>
#include <vector>

namespace kg::extract::lexicon {
namespace {

constexpr std::array kLists = {List::kLegalForms,       List::kRankAbbreviations,  List::kNameParticles,
                               List::kImplicativeVerbs, List::kStanceVerbs,        List::kHedgeAdverbs,
                               List::kNegativeImplicatives, List::kPositionNouns,  List::kCountries,
                               List::kCapitalVariants,  List::kCities,             List::kRegions,
                               List::kOrganisations,    List::kGovernmentTitles,   List::kHonorifics,
                               List::kGivenNames,       List::kGenderedNouns,      List::kStreetWords,
                               List::kNonPersonWords,   List::kPersonalPronouns,   List::kLowerCaseWordPlaces,
                               List::kGroupNouns,        List::kStates,              List::kOccupationNouns,
                               List::kRelationNouns,    List::kHedgeAdjectives,    List::kPossessorClasses,
                               List::kLightVerbNouns,   List::kStateBodyWords,     List::kPlaceNouns,
                               List::kDirectionWords,   List::kStakeNouns,         List::kConditionMarks,
                               List::kHearsayNouns,     List::kReciprocalClasses,   List::kActingBodyNouns,
                               List::kVerbObjectClasses, List::kAuxiliaryForms,    List::kCommonAcronyms,
                               List::kSameBodyNouns,    List::kHomeWords,          List::kEventNouns,
                               List::kDescriptorNouns,  List::kBodyWords,
                               List::kOfBodyWords,      List::kMembershipBodyWords,
                               List::kNameVerbForms,    List::kPartyMemberNouns};

std::string_view trim(std::string_view s, std::string_view blanks) {
  while (!s.empty() && blanks.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  while (!s.empty() && blanks.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
  return s;
}

// The lines of `text` without comments, trimmed of `blanks`, non-empty, in file order.
std::vector<std::string_view> lines(std::string_view text, std::string_view blanks) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (const std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line, blanks);
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

std::vector<std::string> parse(std::string_view text) {
  std::vector<std::string> out;
  for (const std::string_view line : lines(text, " \t\r")) out.emplace_back(line);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}


const std::vector<std::string>& list_entries(List list) {
  static const auto all = [] {
    std::array<std::vector<std::string>, kLists.size()> r;
    for (std::size_t i = 0; i < kLists.size(); ++i) r[i] = parse(file_text(file_name(kLists[i])));
    return r;
  }();
  return all[static_cast<std::size_t>(list)];
}

const std::vector<Row>& list_rows(List list) {
  static const auto all = [] {
    std::array<std::vector<Row>, kLists.size()> r;
    for (std::size_t i = 0; i < kLists.size(); ++i) r[i] = parse_rows(file_text(file_name(kLists[i])));
    return r;
  }();
  return all[static_cast<std::size_t>(list)];
}

}  // namespace

std::string_view file_name(List list) {
  switch (list) {
    case List::kLegalForms: return "legal-forms";
    case List::kRankAbbreviations: return "rank-abbreviations";
    case List::kNameParticles: return "name-particles";
    case List::kImplicativeVerbs: return "implicative-verbs";
    case List::kStanceVerbs: return "stance-verbs";
    case List::kHedgeAdverbs: return "hedge-adverbs";
    case List::kNegativeImplicatives: return "negative-implicative-verbs";
    case List::kPositionNouns: return "position-nouns";
    case List::kCountries: return "countries";
    case List::kCapitalVariants: return "capital-variants";
    case List::kCities: return "cities";
    case List::kRegions: return "regions";
    case List::kOrganisations: return "organisations";
    case List::kGovernmentTitles: return "government-titles";
    case List::kHonorifics: return "honorifics";
    case List::kGivenNames: return "given-names";
    case List::kGenderedNouns: return "gendered-nouns";
    case List::kStreetWords: return "street-words";
    case List::kNonPersonWords: return "non-person-words";
    case List::kPersonalPronouns: return "personal-pronouns";
    case List::kLowerCaseWordPlaces: return "lower-case-word-places";
    case List::kGroupNouns: return "group-nouns";
    case List::kStates: return "states";
    case List::kOccupationNouns: return "occupation-nouns";
    case List::kRelationNouns: return "relation-nouns";
    case List::kHedgeAdjectives: return "hedge-adjectives";
    case List::kPossessorClasses: return "possessor-classes";
    case List::kLightVerbNouns: return "light-verb-nouns";
    case List::kStateBodyWords: return "state-body-words";
    case List::kPlaceNouns: return "place-nouns";
    case List::kDirectionWords: return "direction-words";
    case List::kStakeNouns: return "stake-nouns";
    case List::kConditionMarks: return "condition-marks";
    case List::kHearsayNouns: return "hearsay-nouns";
    case List::kReciprocalClasses: return "reciprocal-classes";
    case List::kActingBodyNouns: return "acting-body-nouns";
    case List::kVerbObjectClasses: return "verb-object-classes";
    case List::kAuxiliaryForms: return "auxiliary-forms";
    case List::kCommonAcronyms: return "common-acronyms";
    case List::kSameBodyNouns: return "same-body-nouns";
    case List::kHomeWords: return "home-words";
    case List::kEventNouns: return "event-nouns";
    case List::kDescriptorNouns: return "descriptor-nouns";
    case List::kBodyWords: return "body-words";
    case List::kOfBodyWords: return "of-body-words";
    case List::kMembershipBodyWords: return "membership-body-words";
    case List::kNameVerbForms: return "name-verb-forms";
    case List::kPartyMemberNouns: return "party-member-nouns";
  }
  return {};
}

std::span<const std::string> entries(List list) { return list_entries(list); }

std::span<const Row> rows(List list) { return list_rows(list); }

std::vector<Row> parse_rows(std::string_view text) {
  std::vector<Row> out;
  for (std::string_view line : lines(text, " \r")) {
    Row row;
    for (;;) {
      const std::size_t tab = line.find('\t');
      row.emplace_back(trim(line.substr(0, tab), " "));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    out.push_back(std::move(row));
  }
  return out;
}

bool contains(List list, std::string_view word) {
  const auto& e = list_entries(list);
  return std::binary_search(e.begin(), e.end(), word, [](const auto& a, const auto& b) {
    return std::string_view(a) < std::string_view(b);
  });
}

}  // namespace kg::extract::lexicon
