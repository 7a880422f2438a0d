// Grammatical gender evidence for person mentions, from kg's own hand-written lists
// (extract/lexicon/given-names.txt and gendered-nouns.txt):
// given names that are (nearly) always borne by one sex, and nouns that name a person by
// sex ("actress", "his wife", "King"). Used by the pronoun sieve to keep "she" off a man.
// Thread safety: read-only tables, built once on first use (thread-safe statics).
#pragma once

#include <string_view>

namespace kg::extract {

enum class Gender : int { kUnknown = 0, kMale = 1, kFemale = 2 };

// The sex a given name ("Margaret", "Pedro") almost always denotes; kUnknown for names
// borne by both ("Jordan", "Jean", "Andrea") and for words that are not listed.
Gender given_name_gender(std::string_view name);

// The sex a lower-case person noun denotes ("actress", "wife", "son", "king"); else kUnknown.
Gender noun_gender(std::string_view lower_noun);

}  // namespace kg::extract
