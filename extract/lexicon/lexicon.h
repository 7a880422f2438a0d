// Word lists as data: extract/lexicon/*.txt, one entry per line ('#' starts a comment,
// blank lines skipped, entries trimmed), compiled into the library at build time
// (embed.cmake), so kg needs no data folder at run time. Each list is named by an enum
// value; its file is extract/lexicon/<name>.txt (see extract/lexicon/README.md).
// A list is read either as a set (entries(): sorted, unique) or as rows (rows(): file
// order, duplicates kept, each line split on TAB into fields).
// Thread safety: the lists are built once, on first use (thread-safe statics), then const.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::lexicon {

enum class List {
  kLegalForms,         // legal-forms.txt: company legal forms ("Inc", "Corp", "Ltd", "GmbH")
  kRankAbbreviations,  // rank-abbreviations.txt: ranks written before a name without a full stop ("Gen")
  kNameParticles,      // name-particles.txt: lower-case particles inside personal names ("bin", "van", "de")
  kImplicativeVerbs,   // implicative-verbs.txt: verbs whose to-complement is asserted ("managed to")
  kStanceVerbs,        // stance-verbs.txt: reporting verbs that do not assert what they report ("allege")
  kHedgeAdverbs,       // hedge-adverbs.txt: adverbs that keep a statement from being a fact ("allegedly")
  kNegativeImplicatives,  // negative-implicative-verbs.txt: its to-complement did not happen ("failed to")
  kPositionNouns,      // position-nouns.txt: positions held in a body or country ("chairman", "professor")
  kCountries,          // countries.txt: name, ISO code, aliases, demonyms, capital (rows)
  kCapitalVariants,    // capital-variants.txt: other spellings of capitals, ISO code (rows)
  kCities,             // cities.txt: cities, provinces and areas beyond the capitals
  kRegions,            // regions.txt: world regions, seas, rivers and straits
  kOrganisations,      // organisations.txt: name, aliases (rows)
  kGovernmentTitles,   // government-titles.txt: titles before a name ("Foreign Minister")
  kHonorifics,         // honorifics.txt: courtesy titles and ranks before a name ("Mr.", "Gen.")
  kGivenNames,         // given-names.txt: name, sex (M/F/-), gazetteer flag (G/-) (rows)
  kGenderedNouns,      // gendered-nouns.txt: lower-case person noun, sex (M/F) (rows)
  kStreetWords,        // street-words.txt: words ending a street name ("Avenue", "Rd")
  kNonPersonWords,     // non-person-words.txt: words naming a place, body or event ("County", "League")
  kPersonalPronouns,   // personal-pronouns.txt: "he", "she", "it", "they", ... (lower case)
  kLowerCaseWordPlaces,  // lower-case-word-places.txt: places that are English words in lower case ("china")
  kGroupNouns,         // group-nouns.txt: plural nouns of group mentions ("countries", "sides")
  kStates,             // states.txt: states and provinces, abbreviations (rows)
  kOccupationNouns,    // occupation-nouns.txt: occupations practised for an employer ("reporter")
  kRelationNouns,      // relation-nouns.txt: noun, class, lemma (rows): "native" LIVE_IN, "assassin" KILL
  kHedgeAdjectives,    // hedge-adjectives.txt: "alleged", "suspected": the noun after states no fact
  kPossessorClasses,   // possessor-classes.txt: classes whose object's possessor is targeted too (SUPPORT)
  kLightVerbNouns,     // light-verb-nouns.txt: noun, preposition, class (rows): "held talks with" MEET
  kStateBodyWords,     // state-body-words.txt: words of names of state bodies ("Ministry", "Court")
  kPlaceNouns,         // place-nouns.txt: "capital", "city", "province": a place inside another
  kDirectionWords,     // direction-words.txt: "eastern", "central": a part of a place
  kStakeNouns,         // stake-nouns.txt: "stake", "percent": "owns 30% of X" has X for object
  kConditionMarks,     // condition-marks.txt: "if", "until": the clause is no fact
  kHearsayNouns,       // hearsay-nouns.txt: "report", "rumor": their that-clause is no fact
  kReciprocalClasses,  // reciprocal-classes.txt: "X and Y met": MEET between the conjuncts
  kActingBodyNouns,    // acting-body-nouns.txt: "officials" of "officials from Kenya said": Kenya acts
  kVerbObjectClasses,  // verb-object-classes.txt: verb, object noun, class (rows): "reach agreement" AGREE
  kAuxiliaryForms,     // auxiliary-forms.txt: the forms auxiliaries take ("is", "could", "'ll"): AUX is closed
  kCommonAcronyms,     // common-acronyms.txt: all-capital words that name no organisation ("CEO", "GDP")
  kSameBodyNouns,      // same-body-nouns.txt: "group" of "the Lagardere group": the phrase is the organisation
  kHomeWords,          // home-words.txt: "native", "hometown": "his native South Carolina" is where he lives
  kEventNouns,         // event-nouns.txt: noun, verb lemma (rows): "his stay in Washington" is a visit
  kDescriptorNouns,    // descriptor-nouns.txt: "giant", "carmaker": a body described next to its name
  kBodyWords,          // body-words.txt: "Ministry", "Network": a capitalised word that ends a body's name
  kOfBodyWords,        // of-body-words.txt: "Union", "Church": a body's word only before "of" ("Union of X")
  kMembershipBodyWords,  // membership-body-words.txt: "Party", "Union": "X's Labour Party" has X for member
  kNameVerbForms,      // name-verb-forms.txt: "lives": a verb, not a plural noun, after a name
  kPartyMemberNouns,   // party-member-nouns.txt: "Republican", "Tory": "X, a Republican," is a member
};

// One line of a list read as rows: its fields, split on TAB (each trimmed of spaces).
using Row = std::vector<std::string>;

// The file name (without .txt) of a list.
std::string_view file_name(List list);
// The entries of a list, sorted, unique.
std::span<const std::string> entries(List list);
// The lines of a list in file order, duplicates kept, each split on TAB; comments and blank
// lines are skipped as for entries(). A missing trailing field is absent from the row
// (callers treat it as empty).
std::span<const Row> rows(List list);
// The rows of a lexicon text, as rows() reads a file (exposed for tests).
std::vector<Row> parse_rows(std::string_view text);
// Whether `word` is an entry (exact, case-sensitive).
bool contains(List list, std::string_view word);

// The raw text of lexicon file `name` (generated); empty if there is none.
std::string_view file_text(std::string_view name);

}  // namespace kg::extract::lexicon
