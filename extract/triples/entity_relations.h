// Relations between two named entities of one sentence that news states with nouns and
// punctuation rather than verbs: where a place or an organisation is ("Bethany, Conn.",
// "Detroit-based Chrysler", "a bank in Zurich"), where a person lives ("Jane Doe, 50, of
// Bethany", "a native of Ohio"), who works for whom ("Acme spokesman John Doe", "Jane Doe,
// a reporter for the Daily News", "Boston University's John Doe") and who killed whom
// ("Lincoln's assassin, John Wilkes Booth").
//
// Contract
// - Reads the sentence's named mentions (PERSON, ORG, LOC, GPE with a coreference chain),
//   tokens, POS and, for the rules that need it, the dependency tree. Each rule is a
//   pattern over the mentions and the words between them (EntityRelationRule); its id is
//   the evidence rule ("rel.place_in_place"), its arguments' spans are the mentions', so
//   resolve_arguments() names them by their entities.
// - Only asserted facts: a hedge before the relation noun ("the alleged killer of") gives
//   nothing. Lists are no containment ("Paris, Berlin and Rome").
// - extract() also extends every place relation of the document (any extractor's) to the
//   state or country written after the town ("born in Lubbock, Texas": also Texas).
// - extract() leaves out a triple that an earlier extractor already gave for the same
//   arguments and class in the same sentence (no double evidence); extract_open() gives
//   graph-only extractions (for_openie false): CaRB output is unchanged.
// - extract() also places the dateline's town in the country or state after it ("PERUGIA,
//   Italy (AP) -"); its evidence sentence is the dateline.
// - Deterministic: sentence order, then rule order, then mention order.
// - Thread safety: stateless; the lexicon lists are built once.
#pragma once

#include <string_view>

#include "extract/triples/extractor.h"

namespace kg::extract::triples {

enum class EntityRelationRule : unsigned char {
  kPlaceInPlace,       // "Bethany, Conn." -> Bethany LOCATED_IN Connecticut
  kPersonOfPlace,      // "Jane Doe, 50, of Bethany" -> LIVE_IN (CITIZEN_OF a country)
  kRelationNoun,       // "X, a native of Y", "X, the assassin of Y" (lexicon relation-nouns)
  kPossessiveNoun,     // "Y's assassin, X", "X, Y's killer"
  kEventNoun,          // "the assassination of Y by X"
  kPlaceBeforeOrg,     // "Hong Kong's Sun Hung Kai", "Havana Radio Reloj" (two mentions)
  kPlaceInOrgName,     // "U.S. Congress": the name opens with a known place
  kBasedHyphen,        // "Detroit-based Chrysler", "Acme, a Texas-based maker"
  kBornHyphen,         // "Illinois-born Charlton Heston", "X, a Texas-born lawyer"
  kOrgDescribedByPlace,  // "Acme, a Hong Kong construction firm"
  kOrgInPlace,         // "a bank in Zurich", "the Palace of Fine Arts, in San Francisco", "Kassala in eastern Sudan"
  kPossessivePlace,    // "Beijing's Tiananmen Square", "Bosnia's capital, Sarajevo"
  kOrgTitlePerson,     // "Acme spokesman John Doe", "Acme's John Doe"
  kPersonTitleOfOrg,   // "John Doe, a reporter for the Daily News"
  kPlaceTitlePerson,   // "Illinois Gov. John Doe" LIVE_IN, "U.S. Ambassador John Doe" CITIZEN_OF
  kPersonAtOrg,        // "John Doe of Acme", "Jane Doe at the Institute of Mechanics"
  kPlaceChain,         // "based in West Point, Ga.": any extractor's place relation holds for the state too
  kDateline,           // "PERUGIA, Italy (AP) -": the dateline's town LOCATED_IN the country or state
};

// The evidence rule id of a rule: "rel.place_in_place", ...
std::string_view entity_relation_rule_id(EntityRelationRule rule);

class EntityRelationExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "relations"; }
  Status extract(const Document& doc, std::vector<graph::Triple>& out) const override;
  Status extract_open(const Document& doc, std::vector<OpenExtraction>& out) const override;
};

}  // namespace kg::extract::triples
