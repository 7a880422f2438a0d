// Evidence the pronoun sieve of the entity stage (entities.cpp) weighs: grammatical roles
// from the dependency parse, binding (a pronoun is not its own co-argument: in "Smith
// praised him", him ≠ Smith), preposed adjuncts for cataphora ("In his youth, Smith ..."),
// and the sex stated next to a person mention ("Mrs. Doe", "Doe, an actress").
// Works without a parse too (no token has a head: every test answers "no evidence").
// Thread safety: read-only over the document.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/coref/gender.h"
#include "extract/document.h"

namespace kg::extract {

enum class Role : int { kOther = 0, kSubject = 1, kObject = 2, kPossessor = 3 };

class PronounSyntax {
 public:
  explicit PronounSyntax(const Document& doc);

  std::uint32_t sentence_of(std::uint32_t k) const { return sentence_of_[k]; }
  // The head word of the name whose word is k: climbs flat and compound arcs.
  std::uint32_t name_head(std::uint32_t k) const;
  // Role of the word at k, or of the name it belongs to.
  Role role(std::uint32_t k) const;
  // Binding principle B: the pronoun at `pronoun` (a subject, object or oblique) and the
  // name at `name` are arguments of the same predicate; a subject shared through
  // coordination or control counts ("Smith met Doe and thanked him", "Smith wanted to
  // thank him"), and so does the name a relative clause modifies ("Doe, whom she admired").
  bool co_arguments(std::uint32_t pronoun, std::uint32_t name) const;
  // For a possessive at k in a conjunct ("Smith and his wife"): the head word of the
  // conjunct before it ("Smith"); else -1.
  std::int64_t conjunct_before(std::uint32_t k) const;
  // The word at k lies in an adverbial clause or oblique that opens its sentence, before
  // the subject of the main predicate ("In his youth, Smith ..."); returns that subject's
  // word, or -1.
  std::int64_t preposed_before_subject(std::uint32_t k) const;

  std::int64_t parent(std::uint32_t k) const;  // the head word of k, or -1
  bool is_apposition(std::uint32_t k) const;

 private:
  std::int64_t subject_of(std::uint32_t predicate) const;  // its nsubj word, or -1
  std::int64_t object_of(std::uint32_t predicate) const;   // its obj word, or -1
  // The subject of a predicate, or the one it shares through coordination, an adverbial
  // clause or control (the object of "persuaded Doe to go", else the subject); -1.
  std::int64_t understood_subject(std::uint32_t predicate) const;
  bool descends(std::uint32_t k, std::uint32_t ancestor) const;

  const Document& doc_;
  std::vector<std::uint32_t> sentence_of_;
};

// Sex stated next to a person mention: an honorific or a sex-specific noun before it
// ("Mrs. Doe", "actress Jane Doe", "his wife, Jane"), or in an apposition either way round
// ("Doe, a former actress", "his wife, Jane Doe"); kUnknown without such evidence.
Gender stated_gender(const PronounSyntax& syntax, const Document& doc, const Mention& m);

}  // namespace kg::extract
