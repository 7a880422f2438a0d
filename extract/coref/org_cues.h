// Organisation cues: words around a name that say it names a company or another body, so
// that a name the NER model took for a person or a place is retyped ORG ("Norwegian battery
// maker Nordvolt", "Nordvolt, a battery maker,", "Nordvolt chief executive Henrik Solberg",
// "Tohoku Power"). A step of the entity stage (entities.cpp), kept apart because its word
// lists are long.
// Thread safety: pure functions over their arguments.
#pragma once

#include <vector>

#include "extract/document.h"

namespace kg::extract {

// A word that names a body when it ends a capitalised name: "Committee", "Bureau",
// "Ministry", "Corporation", "Court", "University".
bool body_word(std::string_view f);

// A noun that says what kind of organisation a name is (lower case): "maker" in "battery
// maker Nordvolt", "company" in "Zentra, a shipping company,".
bool descriptor_noun(std::string_view lower);

// Retypes to ORG the PERSON and LOC mentions of `named` (sorted by position) that a cue marks,
// and every other PERSON or LOC mention of the document spelled the same way. Returns how
// many mentions it retyped.
std::size_t retype_by_organisation_cues(const Document& doc, std::vector<Mention>& named);

}  // namespace kg::extract
