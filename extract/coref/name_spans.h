// Steps of the entity stage that fix the extent of person names NER found.
// Thread safety: pure functions of their arguments.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace kg::extract {

// Whether token k is a lower-case name particle (lexicon name-particles.txt) followed, in
// the same sentence span [.., end), by a capitalised word: "bin" in "Abdullah bin Abdul Aziz".
bool particle_continues_name(const Document& doc, std::uint32_t k, std::uint32_t end);

// A person mention goes on over a name particle and the capitalised words after it
// ("Abdullah" + "bin Abdul Aziz"), an organisation mention over a particle into the
// organisation mention right after it ("Regie Nationale" + "des" + "Usines Renault"); the
// mentions it then covers are dropped. Returns how many mentions grew.
std::size_t extend_over_particles(const Document& doc, std::vector<Mention>& named);

// A person mention that holds "and" or "&" between capitalised words names two people
// ("Benjamin and Vazquez-Rana"): it is split in two. Returns how many were split.
std::size_t split_person_coordination(const Document& doc, std::vector<Mention>& named);

// Codes at the edges of a name are no part of it: a word with four digits or more
// ("PA2904034294 Guatemala City", "LD0706183794 Riga") is trimmed off; a mention of codes
// alone is dropped. Returns how many mentions changed.
std::size_t trim_codes(const Document& doc, std::vector<Mention>& named);

// The core of an organisation's name without the country that qualifies it: a leading
// country, demonym or two-letter country abbreviation ("US Air Force", "British Council")
// or a trailing "of [the] COUNTRY" ("Supreme Court of the United States"), when two or more
// words remain; a party without the word "Party" ("Labour Party" -> "Labour"); the name
// itself otherwise. Within one document a body's full name and its core name the same body.
std::string organisation_core(std::string_view name);

}  // namespace kg::extract
