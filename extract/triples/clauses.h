// ClausIE-style clause extractor over UD basic dependency trees.
//
// Each predicate (a verb, or a nominal/adjective with a copula) with a resolvable subject
// gives one clause: SV, SVO, SVOO, SVC (copula), SVA/SVOA (obl with its preposition),
// SVOC (non-verbal xcomp). Subjects are inherited by coordinated verbs, by control
// (xcomp: "decided to develop" -> develop, modality "decide"), by participial and
// relative clauses (acl, acl:relcl: the modified noun) and by subject-less adverbial
// clauses. Passives map the agent (obl:agent, or "by"-obl) to the graph subject.
// Coordinated subjects and objects give one graph triple per conjunct. Time (DATE/TIME
// mentions, weekday words) and place (GPE/LOC after in/at/near) obls are qualifiers in
// the graph triple; "according to X", "X said that ...", "..., X added" set
// attributed_to; not/never/n't negate; modal auxiliaries and attitude predicates set
// modality. Rule ids: clause.sv, clause.svo, clause.svc, clause.sva, clause.svoo,
// clause.svoc, clause.speech, with suffixes .passive/.relcl/.acl/.xcomp/.conj/.poss.
// Thread safety: stateless; see extractor.h.
#pragma once

#include "extract/triples/extractor.h"

namespace kg::extract::triples {

class ClauseExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "clauses"; }
  Status extract_open(const Document& doc, std::vector<OpenExtraction>& out) const override;
};

// Appositions and titles: "Wang Yi, a member of X" -> (Wang Yi, be member of, X);
// "Cambodian Deputy Prime Minister Sok Chenda Sophea" -> (Sok Chenda Sophea, hold
// position, Deputy Prime Minister of Cambodia). Rule ids: appos, appos.of, title.
class AppositionExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "appositions"; }
  Status extract_open(const Document& doc, std::vector<OpenExtraction>& out) const override;
};

// Noun-mediated relations: "China's support for Cambodia" -> (China, support, Cambodia);
// "cooperation between China and ASEAN" -> (China, cooperate with, ASEAN). Rule ids:
// noun.poss, noun.between.
class NounExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "nouns"; }
  Status extract_open(const Document& doc, std::vector<OpenExtraction>& out) const override;
};

}  // namespace kg::extract::triples
