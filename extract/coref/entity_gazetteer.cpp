// Step 2 of the entity stage: names grown to, split into, typed by and added from the
// gazetteer (extract/ner/gazetteer.h), in upper or lower case.
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
namespace {

// Places whose lower-case spelling is an English word (lexicon lower-case-word-places.txt:
// "china", "turkey", "nice", "reading").
bool lower_case_word_place(std::string_view f) { return lexicon::contains(lexicon::List::kLowerCaseWordPlaces, f); }

// Length (tokens) of the longest known place written in lower case at token i, 0 if none:
// up to three words of ASCII letters that, capitalised, name a country, city or region
// ("san francisco" → San Francisco). A single word must be four letters or more and read
// as a noun by the tagger and not be an English word ("us", "nice", "male" stay words).
// `type` is GPE for a country or city, LOC for a region.
std::uint32_t lower_case_place(const Work& w, const Sentence& s, std::uint32_t i, const std::vector<bool>& covered,
                               EntityType& type) {
  static const std::uint8_t kNoun = tags::upos_id("NOUN");
  std::uint32_t best = 0;
  std::string key;
  for (std::uint32_t k = i; k < s.end_token && k < i + 3 && !covered[k]; ++k) {
    const std::string_view f = w.form(k);
    if (f.empty() || !std::all_of(f.begin(), f.end(), [](char c) { return c >= 'a' && c <= 'z'; })) break;
    if (k > i) key += ' ';
    key += static_cast<char>(f[0] - 'a' + 'A');
    key.append(f.substr(1));
    if (k == i && (f.size() < 4 || !(w.proper_noun(k) || w.doc.tokens[k].upos == kNoun) || lower_case_word_place(f)))
      continue;
    if (const EntityType t = place_type(key); t != EntityType::kNone) {
      best = k + 1 - i;
      type = t;
    }
  }
  return best;
}

}  // namespace

// Step 2a: an NER name that is part of a longer gazetteer name grows to it: NER's "Union" in
// "the European Union" becomes "European Union" (up to three capitalised words on each side,
// inside the sentence; names it swallows are dropped).
void extend_to_gazetteer(Work& w) {
  std::vector<std::size_t> grown;  // indices into w.named
  for (std::size_t k = 0; k < w.named.size(); ++k) {
    Mention& m = w.named[k];
    if (m.type == EntityType::kNorp || m.type == EntityType::kPerson) continue;
    const auto [sb, se] = sentence_span(w.doc, m.first_token);
    std::uint32_t lo = m.first_token, hi = m.end_token;
    while (lo > sb && m.first_token - lo < 3 && capitalised(w.form(lo - 1))) --lo;
    while (hi < se && hi - m.end_token < 3 && capitalised(w.form(hi))) ++hi;
    if (lo == m.first_token && hi == m.end_token) continue;
    if (gz::is_known_name(mention_name(w.doc, m.first_token, m.end_token))) continue;
    std::uint32_t best_b = m.first_token, best_e = m.end_token;
    for (std::uint32_t b = lo; b <= m.first_token; ++b)
      for (std::uint32_t e = hi; e >= m.end_token; --e) {
        if (e - b <= best_e - best_b || !gz::is_known_name(mention_name(w.doc, b, e))) continue;
        best_b = b;
        best_e = e;
      }
    if (best_b == m.first_token && best_e == m.end_token) continue;
    m.first_token = best_b;
    m.end_token = best_e;
    m.link_rule = link_rule_name(LinkRule::kGazetteer);
    grown.push_back(k);
  }
  if (grown.empty()) return;
  // Drop the names a grown one swallowed, and a second name grown to the same span
  // (gazetteer_typing sorts the rest afterwards).
  std::vector<Mention> kept;
  for (std::size_t k = 0; k < w.named.size(); ++k) {
    const Mention& m = w.named[k];
    const bool swallowed = std::any_of(grown.begin(), grown.end(), [&](std::size_t g) {
      const Mention& big = w.named[g];
      return g < k ? m.first_token >= big.first_token && m.end_token <= big.end_token
                   : g != k && m.first_token >= big.first_token && m.end_token <= big.end_token &&
                         (m.first_token != big.first_token || m.end_token != big.end_token);
    });
    if (!swallowed) kept.push_back(m);
  }
  w.named = std::move(kept);
}

// Step 2b: a name written as places joined by hyphens ("China-Cambodia", "China-Cambodian",
// "Lancang-Mekong") is a mention of each place: each part a country, city, region or
// demonym of the gazetteer becomes its own GPE, LOC or NORP mention.
void split_place_compounds(Work& w) {
  std::vector<Mention> out;
  for (const Mention& m : w.named) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> parts;
    std::uint32_t b = m.first_token;
    if (b + 1 < m.end_token && lower_ascii(w.form(b)) == "the") ++b;
    for (std::uint32_t k = b; k <= m.end_token; ++k) {
      const bool glued_hyphen = k < m.end_token && w.form(k) == "-" && k > b && k + 1 < m.end_token &&
                                w.doc.tokens[k - 1].end == w.doc.tokens[k].begin &&
                                w.doc.tokens[k].end == w.doc.tokens[k + 1].begin;
      if (k == m.end_token || glued_hyphen) {
        parts.emplace_back(b, k);
        b = k + 1;
      }
    }
    auto type_of = [&](std::uint32_t pb, std::uint32_t pe) {
      const std::string name = mention_name(w.doc, pb, pe);
      if (const EntityType t = place_type(name); t != EntityType::kNone) return t;
      if (pe == pb + 1 && gz::country_by_demonym(name)) return EntityType::kNorp;
      return EntityType::kNone;
    };
    const bool split = m.type != EntityType::kPerson && parts.size() >= 2 &&
                       std::all_of(parts.begin(), parts.end(),
                                   [&](const auto& p) { return type_of(p.first, p.second) != EntityType::kNone; });
    if (!split) {
      out.push_back(m);
      continue;
    }
    for (const auto& [pb, pe] : parts) {
      Mention part = m;
      part.first_token = pb;
      part.end_token = pe;
      part.type = type_of(pb, pe);
      part.link_rule = link_rule_name(LinkRule::kGazetteer);
      out.push_back(part);
    }
  }
  w.named = std::move(out);
}

// An unknown acronym NER left out ("EADS said", "car maker FSO"): three to six capitals the
// tagger reads as a proper noun (a shouted "GOOD" is an adjective), no
// common word of that shape (lexicon common-acronyms.txt: CEO, GDP), no title, Roman numeral
// or demonym, not inside a run of capitals (a headline, "EAST LANSING"), no ticker ("<GRA>")
// and no dateline town ("DAYTON, Ohio"). News writes organisations so far more often than anything else.
static bool acronym_org(const Work& w, const Sentence& s, std::uint32_t i) {
  const std::string_view f = w.form(i);
  if (f.size() < 3 || f.size() > 6 || !all_caps(f) || !w.proper_noun(i)) return false;  // "GOOD", "FREE": words
  if (f.find_first_not_of("IVXLCDM") == std::string_view::npos) return false;
  if (lexicon::contains(lexicon::List::kCommonAcronyms, f) || gz::is_title_word(f) || gz::is_honorific(f) ||
      gz::country_by_demonym(f) || !gz::state_name(f, true).empty())
    return false;
  auto caps_word = [&](std::uint32_t k) {
    if (k < s.first_token || k >= s.end_token) return false;
    const std::string_view g = w.form(k);
    return g.size() >= 2 && std::all_of(g.begin(), g.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
  };
  if ((i > s.first_token && caps_word(i - 1)) || caps_word(i + 1)) return false;
  if (i > s.first_token && w.form(i - 1) == "<") return false;  // a ticker: "W.R. Grace and Co <GRA>"
  if (i + 2 < s.end_token && w.form(i + 1) == ",") {
    const std::string next(w.form(i + 2));
    if (gz::country_by_name(next) || !gz::state_name(next, true).empty()) return false;
  }
  return true;
}

// Whether ", STATE" or ", COUNTRY" follows at token i and then ends the phrase (",", ".",
// ")", ";" or the sentence's end) or names what the town is ("Leninakan, Armenia's
// second-largest city"): "Needles, Calif.", "HAUPPAUGE, N.Y.", "Kassala, Sudan,".
static bool followed_by_container(const Work& w, const Sentence& s, std::uint32_t i) {
  if (i + 1 >= s.end_token || w.form(i) != ",") return false;
  std::string name;
  for (std::uint32_t k = i + 1; k < s.end_token && k < i + 4; ++k) {
    if (k > i + 1) name += ' ';
    name.append(w.form(k));
    if (gz::state_name(name, true).empty() && !gz::country_by_name(name)) continue;
    if (k + 1 == s.end_token) return true;
    const std::string_view next = w.form(k + 1);
    if (next == "'s" || next == "\u2019s") {  // "Leninakan, Armenia's second-largest city"
      for (std::uint32_t j = k + 2; j < s.end_token && j < k + 7; ++j)
        if (lexicon::contains(lexicon::List::kPlaceNouns, lower_ascii(w.form(j)))) return true;
      return false;
    }
    return next == "," || next == "." || next == ")" || next == ";";
  }
  return false;
}

// A town NER left out before its state or country: one to three capitalised words the tagger
// reads as proper nouns, right after no other capitalised word, title or honorific, no given
// name first ("Needles, Calif.", "Camas, Wash.", "HAUPPAUGE, N.Y."). Returns its length, 0.
static std::uint32_t town_before_container(const Work& w, const Sentence& s, std::uint32_t i,
                                           const std::vector<bool>& covered) {
  if (i > s.first_token && (capitalised(w.form(i - 1)) || covered[i - 1])) return 0;
  if (gz::is_first_name(w.form(i)) || gz::is_title_word(w.form(i)) || gz::is_honorific(w.form(i))) return 0;
  for (std::uint32_t k = i; k < s.end_token && k < i + 3 && !covered[k]; ++k) {
    if (!capitalised(w.form(k)) || !w.proper_noun(k)) return 0;
    if (followed_by_container(w, s, k + 1)) return k + 1 - i;
  }
  return 0;
}

// A plural of a position noun ("MPs", "Senators", "officials").
static bool plural_position(std::string_view f) {
  if (f.size() < 3 || f.back() != 's') return false;
  const std::string singular = lower_ascii(f.substr(0, f.size() - 1));
  return lexicon::contains(lexicon::List::kPositionNouns, singular);
}

// Step 2: trim, type by gazetteer, add the names NER missed.
void gazetteer_typing(Work& w) {
  extend_to_gazetteer(w);
  split_place_compounds(w);
  for (Mention& m : w.named) {
    while (m.first_token + 1 < m.end_token && (lower_ascii(w.form(m.first_token)) == "the")) ++m.first_token;
    while (m.end_token > m.first_token + 1 && possessive(w.form(m.end_token - 1))) --m.end_token;
    // An e-mail address or web address beside a name is no part of it ("jo@dur.ac.uk Durham University").
    while (m.first_token + 1 < m.end_token && web_address(w.form(m.first_token))) ++m.first_token;
    while (m.end_token > m.first_token + 1 && web_address(w.form(m.end_token - 1))) --m.end_token;
    // "Labour MPs", "Democratic Senators": the people are no part of the body's name (but
    // "Council of Economic Advisers", "Board of Governors" name a body by its members).
    if (m.type == EntityType::kOrg) {
      bool of = false;
      for (std::uint32_t k = m.first_token; k < m.end_token; ++k) of = of || w.form(k) == "of";
      // One word before the people only ("Enron Investment Partners" is a company's name).
      if (!of && m.end_token == m.first_token + 2 && plural_position(w.form(m.end_token - 1))) --m.end_token;
    }
    // A person's name without its honorific ("Sir Alan Duncan" → "Alan Duncan", as for titles).
    if (m.type == EntityType::kPerson)
      while (m.first_token + 1 < m.end_token && gz::is_honorific_outside_name(w.form(m.first_token))) ++m.first_token;
    if (m.type == EntityType::kNorp) continue;
    const std::string name = mention_name(w.doc, m.first_token, m.end_token);
    if (const EntityType t = place_type(name); t != EntityType::kNone) m.type = t;
    else if (gz::organization_by_name(name) && m.type != EntityType::kPerson) m.type = EntityType::kOrg;
    else if (m.end_token == m.first_token + 1 && gz::country_by_demonym(name)) m.type = EntityType::kNorp;
  }
  // Tokens no mention covers: countries, cities, organisations (longest first), demonyms.
  std::vector<bool> covered = w.covered();
  // Adds the mention [i, i + n) and moves i to its last token.
  auto add = [&](std::uint32_t& i, std::uint32_t n, EntityType type) {
    Mention m;
    m.first_token = i;
    m.end_token = i + n;
    m.type = type;
    m.link_rule = link_rule_name(LinkRule::kGazetteer);
    w.named.push_back(m);
    for (std::uint32_t k = i; k < i + n; ++k) covered[k] = true;
    i += n - 1;
  };
  for (const Sentence& s : w.doc.sentences) {
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (covered[i]) continue;
      if (!capitalised(w.form(i))) {
        // Web text writes places in lower case ("flew to delaware", "in san francisco").
        EntityType type = EntityType::kNone;
        if (const std::uint32_t n = lower_case_place(w, s, i, covered, type)) add(i, n, type);
        continue;
      }
      std::uint32_t best = 0;
      EntityType type = EntityType::kNone;
      std::string key;
      for (std::uint32_t k = i; k < s.end_token && k < i + 6 && !covered[k]; ++k) {
        if (k > i && w.doc.tokens[k - 1].space_after) key += ' ';  // as written: "Mercedes-Benz"
        key += w.form(k);
        if (const EntityType t = place_type(key); t != EntityType::kNone) {
          best = k + 1 - i;
          type = t;
        } else if (gz::organization_by_name(key)) {
          best = k + 1 - i;
          type = EntityType::kOrg;
        }
      }
      if (!best && gz::country_by_demonym(w.form(i))) {
        best = 1;
        type = EntityType::kNorp;
      }
      if (!best && (camel_case(w.form(i)) || acronym_org(w, s, i))) {
        best = 1;
        type = EntityType::kOrg;
      }
      if (!best) {
        best = town_before_container(w, s, i, covered);
        if (best) type = EntityType::kGpe;
      }
      // A sentence-opening word that the tagger reads as an ordinary word ("Nice people",
      // "Mobile phones") is no place, whatever town shares its spelling.
      if (best == 1 && i == s.first_token && type != EntityType::kNorp && !all_caps(w.form(i)) &&
          w.doc.tokens[i].upos != 0 && !w.proper_noun(i))
        continue;
      if (!best) continue;
      // An organisation's name inside a longer name is no mention of it: "National Congress"
      // and "African National Congress" are not the United States Congress.
      if (type == EntityType::kOrg && i > s.first_token && capitalised(w.form(i - 1)) && !covered[i - 1] &&
          (i - 1 > s.first_token || w.proper_noun(i - 1) || w.doc.tokens[i - 1].upos == tags::upos_id("ADJ"))) {
        i += best - 1;
        continue;
      }
      // A street named after a place is no mention of it ("220 South Michigan Ave").
      if (type != EntityType::kNorp && i + best < s.end_token && street_word(w.form(i + best))) {
        i += best - 1;
        continue;
      }
      add(i, best, type);
    }
  }
  w.sort_named();
}

}  // namespace kg::extract::entity_steps
