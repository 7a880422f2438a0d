// How a mention joined its entity in the entity stage (entities.h): the rule names are
// written to files (kg parse --format json "rule", entity records, triple evidence) and
// compared by the eval commands, so a name never changes once written.
// Thread safety: pure functions.
#pragma once

#include <string_view>

namespace kg::extract {

enum class LinkRule {
  kFirst,            // "first": the first mention of its entity
  kTitle,            // "title": a titled person ("Foreign Minister Wang Yi"), or "the minister"
  kGazetteer,        // "gazetteer": a name grown to or added from the gazetteer
  kRepeat,           // "repeat": an untagged recurrence of a name NER tagged
  kExact,            // "exact": same canonical name
  kDemonym,          // "demonym": a demonym joining its country
  kAlias,            // "alias": person-name containment ("Wang" / "Wang Yi")
  kLegalForm,        // "legal-form": names differing by legal forms ("Chrysler Corp" / "Chrysler")
  kSpelling,         // "spelling": a surname misspelt by one letter
  kCoreName,         // "core-name": a body with and without its country ("US Air Force" / "Air Force")
  kAcronym,          // "acronym": an organisation and its acronym, either order
  kPronoun,          // "pronoun": he/she/it resolved to an entity
  kPronounConjunct,  // "pronoun-conjunct": "Smith and his wife"
  kPronounGroup,     // "pronoun-group": they/them for the last group mention
  kCataphora,        // "cataphora": a pronoun before its person ("In his youth, Smith ...")
  kDefinite,         // "definite": "the country", "the nation"
  kGroup,            // "group": "the two countries", "both sides"
  kParenthesis,      // "parenthesis": an acronym or ticker in brackets after its name ("Renault (RENA.PA)")
  kDateline,         // "dateline": a town and its country or state in the dateline ("PERUGIA, Italy (AP) -")
  kLead,             // "lead": the story's lead describes the person its next sentence names ("A Conservative MP ...")
};

// The rule's name as written to files ("first", "legal-form", "pronoun-conjunct", ...).
constexpr std::string_view link_rule_name(LinkRule rule) {
  switch (rule) {
    case LinkRule::kFirst: return "first";
    case LinkRule::kTitle: return "title";
    case LinkRule::kGazetteer: return "gazetteer";
    case LinkRule::kRepeat: return "repeat";
    case LinkRule::kExact: return "exact";
    case LinkRule::kDemonym: return "demonym";
    case LinkRule::kAlias: return "alias";
    case LinkRule::kLegalForm: return "legal-form";
    case LinkRule::kSpelling: return "spelling";
    case LinkRule::kCoreName: return "core-name";
    case LinkRule::kAcronym: return "acronym";
    case LinkRule::kPronoun: return "pronoun";
    case LinkRule::kPronounConjunct: return "pronoun-conjunct";
    case LinkRule::kPronounGroup: return "pronoun-group";
    case LinkRule::kCataphora: return "cataphora";
    case LinkRule::kDefinite: return "definite";
    case LinkRule::kGroup: return "group";
    case LinkRule::kParenthesis: return "parenthesis";
    case LinkRule::kDateline: return "dateline";
    case LinkRule::kLead: return "lead";
  }
  return {};
}

// Whether a mention's link_rule string is `rule`.
constexpr bool is_link_rule(std::string_view written, LinkRule rule) { return written == link_rule_name(rule); }

}  // namespace kg::extract
