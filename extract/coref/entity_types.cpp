// Steps 2d to 2f of the entity stage: storms, place cues, one type per name, repeats.
#include "extract/coref/entity_work.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "extract/ascii.h"
#include "extract/coref/gender.h"
#include "extract/coref/legal_forms.h"
#include "extract/coref/name_spans.h"
#include "extract/coref/org_cues.h"
#include "extract/coref/entities.h"
#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "extract/tags.h"

namespace kg::extract::entity_steps {
namespace gz = gazetteer;
namespace {

// One word may recur as a name when the tagger calls it a proper noun there, it does not
// open the sentence, and it is no short acronym ("DH") or plural title ("Senators").
bool repeatable_word(const Work& w, std::uint32_t i, std::uint32_t sentence_first) {
  const std::string_view f = w.form(i);
  if (i == sentence_first || all_caps(f) || !w.proper_noun(i)) return false;
  return !(f.size() > 1 && f.back() == 's' && gz::is_title_word(f.substr(0, f.size() - 1)));
}

}  // namespace

// Step 2d: storms are named like people ("Hurricane Katrina", "Typhoon Haiyan"); they are
// events, not persons, so the named mentions spelled like a storm of the document go
// ("Katrina" alone later too).
void drop_storm_names(Work& w) {
  auto storm_word = [](std::string_view f) {
    return f == "Hurricane" || f == "Typhoon" || f == "Cyclone" || f == "Storm";
  };
  std::vector<std::string_view> storms;
  for (std::uint32_t i = 0; i + 1 < w.doc.tokens.size(); ++i)
    if (storm_word(w.form(i)) && capitalised(w.form(i + 1))) storms.push_back(w.form(i + 1));
  if (storms.empty()) return;
  std::erase_if(w.named, [&](const Mention& m) {
    if (m.type != EntityType::kPerson && m.type != EntityType::kOrg && m.type != EntityType::kLoc) return false;
    const std::uint32_t len = m.end_token - m.first_token;
    const bool storm_name = std::find(storms.begin(), storms.end(), w.form(m.end_token - 1)) != storms.end();
    return storm_name && (len == 1 || (len == 2 && storm_word(w.form(m.first_token))));
  });
}

// Whether ", STATE" follows at token i, the state (lexicon states.txt: "Conn.", "New York")
// then ending the clause or the name's apposition (",", ".", ")", ";" or the end): "Bethany,
// Conn., was" names a town, whatever NER made of it.
static bool followed_by_state(const Work& w, std::uint32_t i) {
  const auto& toks = w.doc.tokens;
  if (i + 1 >= toks.size() || w.form(i) != ",") return false;
  std::string name;
  for (std::uint32_t k = i + 1; k < toks.size() && k < i + 4; ++k) {
    if (k > i + 1) name += ' ';
    name.append(w.form(k));
    if (gz::state_name(name, true).empty()) continue;
    if (k + 1 == toks.size()) return true;
    const std::string_view next = w.form(k + 1);
    return next == "," || next == "." || next == ")" || next == ";";
  }
  return false;
}

// Step 2d': a name right after "in", "near", "across" or "throughout" is a place, not a person
// ("the population of Coron ... tourism in Coron"): in UNER EWT train, such names without a
// possessive after them are places 488 times, persons 9 (9 more persons have one: "in Bush's
// first year"). So a PERSON name there without one, not opening with a given name
// or honorific and never titled as a person in the document, is LOC in the whole document.
// "believe in God" is no place. So is a name followed by ", STATE" (followed_by_state).
void place_cues(Work& w) {
  auto name_of = [&](const Mention& m) {
    return std::string(w.doc.slice(w.doc.tokens[m.first_token].begin, w.doc.tokens[m.end_token - 1].end));
  };
  std::set<std::string> places, titled;
  for (const Mention& m : w.named) {
    if (m.type != EntityType::kPerson) continue;
    if (is_link_rule(m.link_rule, LinkRule::kTitle)) {
      titled.insert(name_of(m));
      continue;
    }
    if (followed_by_state(w, m.end_token) && !gz::is_honorific(w.form(m.first_token))) {
      places.insert(name_of(m));
      continue;
    }
    if (m.first_token == 0 || gz::is_first_name(w.form(m.first_token)) || gz::is_honorific(w.form(m.first_token)))
      continue;
    const std::string before = lower_ascii(w.form(m.first_token - 1));
    if (before != "in" && before != "near" && before != "across" && before != "throughout") continue;
    if (m.first_token >= 2 && lower_ascii(w.form(m.first_token - 2)).starts_with("believ")) continue;
    if (m.end_token < w.doc.tokens.size() && possessive(w.form(m.end_token))) continue;
    places.insert(name_of(m));
  }
  for (Mention& m : w.named) {
    if (m.type != EntityType::kPerson) continue;
    const std::string name = name_of(m);
    if (places.contains(name) && !titled.contains(name)) m.type = EntityType::kLoc;
  }
}

// Step 2d'': two or more capitalised words NER typed LOC that open with a given name of the
// gazetteer and end in no place or body word ("Neil Estes"; not "Victoria Falls" or
// "Jackson Heights"), and that no list knows as a place, name a person.
void given_name_persons(Work& w) {
  for (Mention& m : w.named) {
    if (m.type != EntityType::kLoc || m.end_token < m.first_token + 2 || !m.link_rule.empty()) continue;
    const std::string_view first = w.form(m.first_token);
    const bool given = gz::is_first_name(first) || given_name_gender(first) != Gender::kUnknown;
    if (!given || non_person_word(w.form(m.end_token - 1))) continue;
    bool caps = true;
    for (std::uint32_t k = m.first_token; k < m.end_token; ++k) caps = caps && capitalised(w.form(k));
    if (!caps) continue;
    const std::string name = mention_name(w.doc, m.first_token, m.end_token);
    if (place_type(name) == EntityType::kNone && !gz::organization_by_name(name)) m.type = EntityType::kPerson;
  }
}

// Step 2e: one name, one type in a document: the mentions spelled alike that NER typed
// PERSON, ORG or LOC differently all take the most frequent of their types (the first one's
// on a tie).
void consistent_types(Work& w) {
  struct Votes {
    std::array<int, 3> count{};  // PERSON, ORG, LOC
    EntityType first = EntityType::kNone;
  };
  constexpr EntityType kTypes[3] = {EntityType::kPerson, EntityType::kOrg, EntityType::kLoc};
  auto slot = [&](EntityType t) -> int {
    for (int k = 0; k < 3; ++k) if (kTypes[k] == t) return k;
    return -1;
  };
  std::map<std::string, Votes> votes;
  std::vector<Votes*> of(w.named.size(), nullptr);  // per mention, its name's votes
  for (std::size_t i = 0; i < w.named.size(); ++i) {
    const Mention& m = w.named[i];
    const int k = slot(m.type);
    if (k < 0) continue;
    Votes& v = votes[mention_name(w.doc, m.first_token, m.end_token)];
    ++v.count[static_cast<std::size_t>(k)];
    if (v.first == EntityType::kNone) v.first = m.type;
    of[i] = &v;
  }
  for (std::size_t i = 0; i < w.named.size(); ++i) {
    if (!of[i]) continue;
    const Votes& v = *of[i];
    std::size_t best = static_cast<std::size_t>(slot(v.first));  // the first type: a mention voted for it
    for (std::size_t k = 0; k < 3; ++k)
      if (v.count[k] > v.count[best]) best = k;
    w.named[i].type = kTypes[best];
  }
}

// Step 2f: a name NER found once in a document is the same name where it recurs untagged
// ("Kerala" tagged in one sentence and missed in the next): each later or earlier uncovered
// occurrence of the same capitalised words gets the type of the tagged one (persons, places and
// organisations of two words or more, or one word not opening a sentence); so does the
// acronym of an organisation's name ("CPA" after "Coalition Provisional Authority").
void repeat_names(Work& w) {
  std::map<std::vector<std::string_view>, EntityType> names;
  std::set<std::string, std::less<>> acronyms;  // of the organisations' names
  std::size_t longest = 0;
  for (const Mention& m : w.named) {
    if (m.type == EntityType::kNorp || m.end_token - m.first_token > 5 || !capitalised(w.form(m.first_token))) continue;
    std::vector<std::string_view> words;
    for (std::uint32_t k = m.first_token; k < m.end_token; ++k) words.push_back(w.form(k));
    longest = std::max(longest, words.size());
    names.emplace(std::move(words), m.type);  // the first type given to these words wins
    if (m.type == EntityType::kOrg && m.end_token - m.first_token >= 2) {
      const std::string ini = initials(mention_name(w.doc, m.first_token, m.end_token));
      if (ini.size() >= 2) acronyms.insert(ini);  // "Coalition Provisional Authority" → CPA
    }
  }
  if (names.empty()) return;
  std::vector<bool> covered = w.covered();
  std::vector<Mention> added;
  for (const Sentence& s : w.doc.sentences) {
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (covered[i] || !capitalised(w.form(i))) continue;
      std::vector<std::string_view> key;
      std::uint32_t best = 0;
      EntityType type = EntityType::kNone;
      for (std::uint32_t k = i; k < s.end_token && k - i < longest && !covered[k]; ++k) {
        key.push_back(w.form(k));
        const auto it = names.find(key);
        if (it != names.end()) {
          best = k + 1 - i;
          type = it->second;
        }
      }
      if (!best && all_caps(w.form(i)) && acronyms.contains(w.form(i))) {
        best = 1;
        type = EntityType::kOrg;
      } else if (!best || (best == 1 && !repeatable_word(w, i, s.first_token))) {
        continue;
      }
      // the match must not run on into more capitalised words ("Smith" in "Smith Barney")
      if (i + best < s.end_token && capitalised(w.form(i + best)) && !covered[i + best]) continue;
      if (i > s.first_token && capitalised(w.form(i - 1)) && !covered[i - 1]) continue;
      Mention m;
      m.first_token = i;
      m.end_token = i + best;
      m.type = type;
      m.link_rule = link_rule_name(LinkRule::kRepeat);
      added.push_back(m);
      i += best - 1;
    }
  }
  if (added.empty()) return;
  w.named.insert(w.named.end(), added.begin(), added.end());
  w.sort_named();
}

}  // namespace kg::extract::entity_steps
