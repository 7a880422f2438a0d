// Relation lexicon: canonical classes for relation lemmas, nominalisations, speech
// verbs and modal/attitude predicates. Hand-written for kg.
//
// Contract: lookups take lower-case lemmas ("meet", "cooperate with"); a multiword
// relation falls back to its first word ("meet with" -> MEET). Classes are UPPER_SNAKE
// ASCII; `cameo` is a CAMEO event code where one clearly fits, else "".
// Thread safety: constant data, lookups are pure.
#pragma once

#include <string_view>

namespace kg::extract::triples {

struct RelationClass {
  std::string_view cls;    // "MEET": always a class of the relation schema (relation_schema.h)
  std::string_view cameo;  // "036" etc.; "" when none fits
};

// The schema class of a relation lemma: its row in relation-lemmas.txt; else, unless it is
// a passive or copula ("be ..."), the row of its first word ("meet with" -> MEET, "plan buy"
// -> INTEND) or the generic class of that verb's WordNet lexicographer file ("arrive" ->
// MOVE); else RELATED_TO. Never a fresh label per verb.
RelationClass relation_class(std::string_view relation_lemma);

// Speech and attribution verbs: say, state, tell, add, stress, reaffirm, ...
bool is_speech_verb(std::string_view lemma);

// Verbs that take a to-infinitive and express an attitude or plan (decide, hope, aim,
// plan, want, agree, seek, ...): the infinitive carries the proposition.
bool is_attitude_verb(std::string_view lemma);

// Adjectives in "be eager/ready/prepared/willing/able to": modality "be eager" etc.
bool is_attitude_adjective(std::string_view lemma);

// Modal auxiliaries -> modality ("could" -> "possible", "will" -> "future"); "" if none.
std::string_view modal_modality(std::string_view lemma);

// Nominalisations: "support" -> "support", "cooperation" -> "cooperate",
// "visit" -> "visit", "investment" -> "invest". "" when not an event noun.
std::string_view verb_of_noun(std::string_view noun_lemma);
// Whether the noun's possessor undergoes its act when "by" names the agent (lexicon
// event-nouns.txt, third field "patient": "his nomination by X").
bool patient_noun(std::string_view noun_lemma);

// A lower-case noun lemma naming a position or an occupation ("chairman", "director",
// "reporter"): lexicon position-nouns.txt or occupation-nouns.txt.
bool is_job_noun(std::string_view lower_lemma);

}  // namespace kg::extract::triples
