// Words the entity steps ask about: letter case, addresses, possessives and the word lists
// of extract/lexicon (street words, non-person words, personal pronouns).
#include "extract/coref/entity_work.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "extract/ascii.h"
#include "extract/coref/legal_forms.h"
#include "extract/coref/name_spans.h"
#include "extract/coref/org_cues.h"
#include "extract/coref/entities.h"
#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "extract/tags.h"

namespace kg::extract::entity_steps {
namespace gz = gazetteer;

bool capitalised(std::string_view f) {
  const auto c = static_cast<unsigned char>(f.empty() ? 0 : f[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC3;
}

bool all_caps(std::string_view s) {
  if (s.size() < 2) return false;
  for (char c : s) if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

// An e-mail or web address ("jo@example.org", "http://example.org", "www.example.org");
// not an Enron-style "Griffith@ENRON", which ends a person's name in a mail header.
bool web_address(std::string_view f) {
  const std::size_t at = f.find('@');
  return (at != std::string_view::npos && f.find('.', at) != std::string_view::npos) ||
         f.find("://") != std::string_view::npos || f.starts_with("www.");
}

bool possessive(std::string_view f) { return f == "'s" || f == "\u2019s" || f == "'" || f == "\u2019"; }

// One word joining two capitalised parts, as company and brand names are written
// ("QatarEnergy", "PetroChina", "YouTube"); not a surname such as "McCain" or "MacArthur"
// (the first part must have two lower-case letters and not be "Mac").
bool camel_case(std::string_view f) {
  if (f.size() < 5 || !(f[0] >= 'A' && f[0] <= 'Z') || f.starts_with("Mac")) return false;
  std::size_t k = 1;
  while (k < f.size() && f[k] >= 'a' && f[k] <= 'z') ++k;
  if (k < 3 || k + 1 >= f.size() || !(f[k] >= 'A' && f[k] <= 'Z')) return false;
  for (std::size_t j = k + 1; j < f.size(); ++j)
    if (!((f[j] >= 'a' && f[j] <= 'z') || (f[j] >= 'A' && f[j] <= 'Z'))) return false;
  return f[k + 1] >= 'a' && f[k + 1] <= 'z';
}


// A word that ends a street name ("Michigan Avenue", "Bay Rd"): lexicon street-words.txt.
bool street_word(std::string_view f) { return lexicon::contains(lexicon::List::kStreetWords, f); }

// A word that names a place, a body or an event rather than a person: after a title word
// it makes the run no titled person ("King County", "Major League Baseball"):
// lexicon non-person-words.txt.
bool non_person_word(std::string_view f) {
  return street_word(f) || body_word(f) || lexicon::contains(lexicon::List::kNonPersonWords, f);
}

// A country, capital or city the gazetteer knows ("China", "Phnom Penh").
bool gazetteer_place(const std::string& name) {
  return gz::country_by_name(name) || gz::country_by_capital(name) || gz::is_city(name);
}

// GPE for a gazetteer place, LOC for a region ("the Balkans"), none otherwise.
EntityType place_type(const std::string& name) {
  if (gazetteer_place(name)) return EntityType::kGpe;
  // A state's name or abbreviation, unless it is a given name too ("Victoria", "Alberta").
  if (!gz::state_name(name).empty() && !gz::is_first_name(name)) return EntityType::kGpe;
  if (gz::is_region(name)) return EntityType::kLoc;
  return EntityType::kNone;
}

std::vector<std::string> split_words(const std::string& name) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b <= name.size()) {
    std::size_t e = name.find(' ', b);
    if (e == std::string::npos) e = name.size();
    if (e > b) out.push_back(name.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::string initials(const std::string& name) {
  std::string out;
  for (const std::string& word : split_words(name)) {
    const std::string l = lower_ascii(word);
    if (l == "of" || l == "the" || l == "and" || l == "for" || l == "on" || l == "in") continue;
    if (capitalised(word)) out += word[0];
  }
  return out;
}
// Same length, same first letter, exactly one other letter: "Vasquez" / "Vazquez".
bool one_letter_apart(const std::string& a, const std::string& b) {
  if (a.size() != b.size() || a.empty() || a[0] != b[0] || a == b) return false;
  std::size_t diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff += a[i] != b[i];
  return diff == 1;
}

// "She", "his" (not "IT", an acronym): lexicon personal-pronouns.txt, lower case.
bool personal_pronoun(std::string_view f) {
  if (all_caps(f)) return false;
  return lexicon::contains(lexicon::List::kPersonalPronouns, lower_ascii(f));
}

bool Work::proper_noun(std::uint32_t i) const {
  static const std::uint8_t kPropn = tags::upos_id("PROPN");
  return doc.tokens[i].upos == kPropn;
}

std::vector<bool> Work::covered() const {
  std::vector<bool> out(doc.tokens.size(), false);
  for (const auto* list : {&named, &other})
    for (const Mention& m : *list) for (std::uint32_t k = m.first_token; k < m.end_token; ++k) out[k] = true;
  return out;
}

void Work::sort_named() {
  std::sort(named.begin(), named.end(), [](const Mention& a, const Mention& b) {
    return a.first_token != b.first_token ? a.first_token < b.first_token : a.end_token > b.end_token;
  });
}

}  // namespace kg::extract::entity_steps
