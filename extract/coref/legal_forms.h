// Company legal forms in entity names (the lexicon list legal-forms.txt: Inc, Corp, Ltd,
// GmbH ...). A legal form is a strong organisation cue, never an entity on its own, and
// names that differ only by their legal forms name one company ("Chrysler Corp",
// "Chrysler", "Chrysler Corporation").
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace kg::extract {

// The name without its trailing legal forms and the joiners before them ("Merrill Lynch
// and Co Inc" -> "Merrill Lynch", "Acme, Inc." -> "Acme"); "" when only legal forms (and
// joiners) remain; the name itself when it ends with none.
std::string strip_legal_forms(std::string_view name);

// Whether the last word of `name` is a legal form.
bool ends_with_legal_form(std::string_view name);

// The legal-form step of the entity stage, on its named mentions: a mention whose words
// are all legal forms or joiners ("Inc", "Co Inc") is dropped; a mention ending with a
// legal form is an organisation ("Motors Corp" tagged PERSON). Returns how many changed.
std::size_t apply_legal_forms(const Document& doc, std::vector<Mention>& named);

// Names the NER missed before a legal form: the capitalised words right before it (up to
// five, "and"/"&" between two of them, a sentence's first word only when tagged a proper
// noun) become one organisation ("Manufacturers Hanover Trust Co.", "Plenmeer Ltd"),
// taking in the named mentions inside it ("Pittsburgh-Corning" tagged a place) and an
// organisation it starts inside. A person or place mention that crosses its edge keeps the
// words as they are. Keeps `named` in text order. Returns how many it added.
std::size_t name_before_legal_form(const Document& doc, std::vector<Mention>& named);

// A company's name of three words or more that ends in a legal form, written again without
// it ("Merrill Lynch, Pierce, Fenner and Smith is a subsidiary"), is a mention of the
// company too: it replaces the mentions inside it ("Pierce" tagged a person). Keeps `named`
// in text order. Returns how many it added.
std::size_t repeat_company_names(const Document& doc, std::vector<Mention>& named);

}  // namespace kg::extract
