// Entity mentions, canonical entities and in-document coreference.
//
// After NER and the temporal stage, this stage:
//  1. finds "title + name" patterns and keeps the person apart from the title:
//     "Chinese Foreign Minister Wang Yi" → PERSON "Wang Yi", title "Foreign Minister",
//     affiliation China; coordinated titles ("Deputy Prime Minister and Minister of Foreign
//     Affairs and International Cooperation Sok Chenda Sophea") are all kept;
//  2. types names with the gazetteers (countries, capitals and cities → GPE; organisations
//     → ORG) and adds the ones NER missed; demonyms ("Chinese", "Cambodian") become NORP
//     mentions linked to their country;
//  3. clusters named mentions into entities by a sieve: exact canonical name, gazetteer
//     alias ("PRC" → China), person-name containment ("Wang" → "Wang Yi"), acronym
//     ("CPC" ↔ "Communist Party of China"); demonyms join their country; persons whose
//     sex is stated differently stay apart ("Mr. Lee", "Mrs. Lee");
//  4. resolves pronouns (he/she → a scored choice among the recent persons of that sex,
//     with binding — "Smith praised him" — and cataphora — "In his youth, Smith ..." —
//     from the parse, see pronouns.h; it/its → the most recent
//     organisation or place; they → a recent group), definite descriptions with a title
//     ("the minister") or "the country", and group mentions ("the two countries", "both
//     sides", "the two parties") to the set of the most salient entities so far: countries
//     (GPE, else places) for "countries"/"nations"/"states"/"governments"; countries and
//     organisations, else persons, for "sides"/"parties".
// Every link records its rule in Mention::link_rule (the name of a LinkRule, link_rule.h). Deterministic: text order, ties by
// first appearance. Thread safety: stateless; process() uses only its arguments.
#pragma once

#include <string>
#include <string_view>

#include "extract/coref/link_rule.h"
#include "extract/document.h"
#include "extract/stage.h"

namespace kg::extract {

class EntityStage final : public Stage {
 public:
  std::string_view name() const override { return "entities"; }
  Layers required() const override { return kLayerTokens | kLayerSentences | kLayerMentions; }
  Layers assigned() const override { return kLayerMentions | kLayerCoreference; }
  Status process(Document& doc) const override;
};

// The name of a span for matching: tokens joined by single spaces, honorifics ("Mr.",
// "Dr.", "H.E.") and a final possessive ("'s") dropped.
std::string mention_name(const Document& doc, std::uint32_t first, std::uint32_t end);

}  // namespace kg::extract
