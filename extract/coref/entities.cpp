#include "extract/coref/entities.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

#include "extract/ascii.h"
#include "extract/coref/gender.h"
#include "extract/coref/legal_forms.h"
#include "extract/coref/name_spans.h"
#include "extract/coref/org_cues.h"
#include "extract/lexicon/lexicon.h"
#include "extract/coref/pronouns.h"
#include "extract/ner/gazetteer.h"
#include "extract/tags.h"

namespace kg::extract {
namespace gz = gazetteer;
namespace {

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

// A word that ends a street name ("Michigan Avenue", "Bay Rd").
bool street_word(std::string_view f) {
  static constexpr std::string_view kStreet[] = {"Ave", "Ave.", "Avenue", "Street", "St", "Rd", "Rd.", "Road",
                                                 "Blvd", "Blvd.", "Boulevard", "Lane", "Drive", "Highway", "Hwy",
                                                 "Hwy.", "Parkway", "Pkwy", "Expressway", "Turnpike"};
  return std::find(std::begin(kStreet), std::end(kStreet), f) != std::end(kStreet);
}

// A word that names a place, a body or an event rather than a person: after a title word
// it makes the run no titled person ("King County", "Major League Baseball").
bool non_person_word(std::string_view f) {
  static constexpr std::string_view kWords[] = {
      "County", "League", "Island", "Islands", "Park", "River", "Lake", "Bay", "Station", "Airport",
      "Hospital", "Stadium", "Cup", "Prize", "Award", "Club", "Bridge", "Cathedral", "Church", "Square"};
  return street_word(f) || body_word(f) || std::find(std::begin(kWords), std::end(kWords), f) != std::end(kWords);
}

// A country, capital or city the gazetteer knows ("China", "Phnom Penh").
bool gazetteer_place(const std::string& name) {
  return gz::country_by_name(name) || gz::country_by_capital(name) || gz::is_city(name);
}

// GPE for a gazetteer place, LOC for a region ("the Balkans"), none otherwise.
EntityType place_type(const std::string& name) {
  if (gazetteer_place(name)) return EntityType::kGpe;
  if (gz::is_region(name)) return EntityType::kLoc;
  return EntityType::kNone;
}

struct Work {
  Document& doc;
  std::vector<Mention> named;   // PERSON/ORG/LOC/GPE/NORP, refined
  std::vector<Mention> other;   // DATE/TIME/MONEY/PERCENT, kept as they are
  std::map<std::uint32_t, std::vector<std::string>> titles_at;  // person mention first token → titles
  std::map<std::uint32_t, std::string> affiliation_at;

  std::string_view form(std::uint32_t i) const { return doc.form(doc.tokens[i]); }
  bool proper_noun(std::uint32_t i) const {
    static const std::uint8_t kPropn = tags::upos_id("PROPN");
    return doc.tokens[i].upos == kPropn;
  }
  // Per token: whether a named or other mention already covers it.
  std::vector<bool> covered() const {
    std::vector<bool> out(doc.tokens.size(), false);
    for (const auto* list : {&named, &other})
      for (const Mention& m : *list) for (std::uint32_t k = m.first_token; k < m.end_token; ++k) out[k] = true;
    return out;
  }
  // Named mentions in text order, the longer first where two start together.
  void sort_named() {
    std::sort(named.begin(), named.end(), [](const Mention& a, const Mention& b) {
      return a.first_token != b.first_token ? a.first_token < b.first_token : a.end_token > b.end_token;
    });
  }
};

// Longest government title starting at token i (within [i, end)); returns its length.
// Written in lower case ("British foreign minister Yvette Cooper", "Turkish premier Recep
// Erdogan") it is the same title, stored capitalised.
std::uint32_t title_at(const Work& w, std::uint32_t i, std::uint32_t end, std::string& title) {
  std::string key;
  std::uint32_t best = 0;
  if (i >= end) return 0;
  const bool lower = !w.form(i).empty() && w.form(i)[0] >= 'a' && w.form(i)[0] <= 'z';
  if (lower && !gz::is_title_word_any_case(w.form(i))) return 0;
  for (std::uint32_t k = i; k < end && k < i + 9; ++k) {
    if (k > i && w.doc.tokens[k - 1].space_after) key += ' ';  // as written: "Vice-President"
    key += w.form(k);
    if (!lower && gz::is_government_title(key)) {
      best = k + 1 - i;
      title = key;
    } else if (lower) {
      std::string cased = gz::title_case(key);
      if (gz::is_government_title(cased)) {
        best = k + 1 - i;
        title = std::move(cased);
      }
    }
  }
  return best;
}

// Step 1: "[Demonym|Country] Title [and Title]* [Honorific] Name" → PERSON Name.
void title_patterns(Work& w) {
  for (const Sentence& s : w.doc.sentences) {
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      // A lower-case title opens the pattern too ("foreign minister Yvette Cooper"), but
      // only before a capitalised name: title_at checks the title, the run below the name.
      if (!capitalised(w.form(i)) && !(w.form(i)[0] >= 'a' && w.form(i)[0] <= 'z')) continue;
      std::uint32_t j = i;
      std::string affiliation;
      if (const auto* c = gz::country_by_demonym(w.form(i))) {
        affiliation = std::string(c->name);
        ++j;
      } else if (const auto* c2 = gz::country_by_name(w.form(i))) {
        affiliation = std::string(c2->name);
        ++j;
      }
      std::vector<std::string> titles;
      std::string t;
      std::uint32_t len = title_at(w, j, s.end_token, t);
      if (!len && !(j == i && gz::is_honorific(w.form(i)) && w.form(i).back() == '.')) continue;
      if (len) titles.push_back(t);  // else "Mr." or "Dr.": a person without a title
      j += len;
      while (j + 1 < s.end_token && w.form(j) == "and") {
        const std::uint32_t more = title_at(w, j + 1, s.end_token, t);
        if (!more) break;
        titles.push_back(t);
        j += 1 + more;
      }
      if (j < s.end_token && gz::is_honorific(w.form(j))) ++j;
      std::uint32_t e = j;
      while (e < s.end_token && e < j + 4 && capitalised(w.form(e)) && !gz::is_title_word(w.form(e)) &&
             !gz::country_by_demonym(w.form(e)) && !possessive(w.form(e))) {
        ++e;
        // "Abdullah bin Abdul Aziz": a name particle joins the capitalised part after it.
        if (e > j && particle_continues_name(w.doc, e, s.end_token)) ++e;
        // "Al-Mansoori": a hyphen written without spaces joins the next capitalised part.
        if (e + 1 < s.end_token && w.form(e) == "-" && w.doc.tokens[e - 1].end == w.doc.tokens[e].begin &&
            w.doc.tokens[e].end == w.doc.tokens[e + 1].begin && capitalised(w.form(e + 1)))
          e += 2;
      }
      if (e == j) {
        i = j - 1;  // a title without a name ("the Foreign Minister"): skip past it
        continue;
      }
      // A known name that opens with a title word is no titled person ("General Motors",
      // "Prince Edward Island"), nor is a run naming a place or body ("King County").
      if (gz::is_known_name(mention_name(w.doc, i, e)) ||
          std::any_of(w.doc.tokens.begin() + j, w.doc.tokens.begin() + e,
                      [&](const Token& tok) { return non_person_word(w.doc.form(tok)); })) {
        i = e - 1;
        continue;
      }
      // The pattern replaces every named mention it overlaps.
      std::erase_if(w.named, [&](const Mention& m) { return m.first_token < e && i < m.end_token; });
      Mention m;
      m.first_token = j;
      m.end_token = e;
      m.type = EntityType::kPerson;
      m.link_rule = "title";
      w.named.push_back(m);
      w.titles_at[j] = titles;
      if (!affiliation.empty()) {
        w.affiliation_at[j] = affiliation;
        Mention norp;  // the demonym or country itself
        norp.first_token = i;
        norp.end_token = i + 1;
        norp.type = gz::country_by_demonym(w.form(i)) ? EntityType::kNorp : EntityType::kGpe;
        w.named.push_back(norp);
      }
      i = e - 1;
    }
  }
}

// Whether the tagger reads token i as a verb or a function word: a capitalised one that NER
// left out of every name opens a sentence or a heading ("Attended James High School") and
// is no part of the body's name.
bool function_or_verb(const Work& w, std::uint32_t i) {
  static const std::array<std::uint8_t, 10> kTags = {
      tags::upos_id("VERB"),  tags::upos_id("AUX"), tags::upos_id("ADV"),  tags::upos_id("PRON"), tags::upos_id("SCONJ"),
      tags::upos_id("CCONJ"), tags::upos_id("ADP"), tags::upos_id("INTJ"), tags::upos_id("PART"), tags::upos_id("DET")};
  const std::uint8_t u = w.doc.tokens[i].upos;
  return u != 0 && std::find(kTags.begin(), kTags.end(), u) != kTags.end();
}

// Whether a person mention NER found ends at token e, inside the run [i, e).
bool person_ends_at(const Work& w, std::uint32_t i, std::uint32_t e) {
  return std::any_of(w.named.begin(), w.named.end(), [&](const Mention& m) {
    return m.type == EntityType::kPerson && m.end_token == e && m.first_token >= i;
  });
}

// Whether a body word is followed by "of" in [i, e) ("Department of"); not a company
// abbreviation ("Acme Inc. of Mountain View" says where the company is).
bool body_before_of(const Work& w, std::uint32_t i, std::uint32_t e) {
  for (std::uint32_t k = i; k + 1 < e; ++k)
    if (body_word(w.form(k)) && w.form(k).back() != '.' && w.form(k + 1) == "of") return true;
  return false;
}

// Step 1b: names of bodies. A capitalised run that ends in a word naming a body
// ("Committee", "Bureau", "Ministry", "Corporation") is one organisation when NER found a
// name inside it: "the CPC Central Committee's Political Bureau" is one ORG, not ORG "CPC"
// and PERSON "Bureau". Runs join over "of", "for" and over a possessive unless the
// part before it is a country or city ("China's Foreign Ministry" stays two names) or a
// name NER found that ends in no body word ("Berkeley's Department of Linguistics").
void organisation_bodies(Work& w) {
  for (const Sentence& s : w.doc.sentences) {
    std::uint32_t words = 0, capitals = 0;
    for (std::uint32_t k = s.first_token; k < s.end_token; ++k) {
      const auto c = static_cast<unsigned char>(w.form(k)[0]);
      if (!std::isalpha(c)) continue;
      ++words;
      if (capitalised(w.form(k))) ++capitals;
    }
    const bool headline = words >= 3 && capitals * 10 >= words * 7;
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (!capitalised(w.form(i)) || lower_ascii(w.form(i)) == "the") continue;
      if (function_or_verb(w, i) && std::none_of(w.named.begin(), w.named.end(), [&](const Mention& m) {
            return m.first_token <= i && i < m.end_token;
          }))
        continue;
      std::uint32_t e = i + 1;
      for (;;) {
        if (e < s.end_token && capitalised(w.form(e))) { ++e; continue; }
        if (e + 1 < s.end_token && capitalised(w.form(e + 1))) {
          const std::string_view f = w.form(e);
          // Not after a person NER found: "Claudia Mo of Civic Party" is a member and a party.
          if ((f == "of" || f == "for") && !person_ends_at(w, i, e)) {
            e += 2;
            continue;
          }
          // "Department of Housing and Urban Development": after a body word's "of", an
          // "and" joins capitalised words that are no other body, title or name and have
          // no complement of their own.
          if (f == "and" && body_before_of(w, i, e)) {
            std::uint32_t x = e + 1;
            bool clean = true;
            for (; x < s.end_token && capitalised(w.form(x)); ++x)
              clean = clean && !body_word(w.form(x)) && !gz::is_government_title(w.form(x));
            for (const Mention& m : w.named) clean = clean && m.first_token != e + 1;
            // "Office of X and Division of Y" is two bodies: the words after "and" have no "of" of their own.
            if (x < s.end_token && (w.form(x) == "of" || possessive(w.form(x)))) clean = false;
            if (clean) {
              e = x;
              continue;
            }
          }
          // Not after a place ("China's Foreign Ministry") or after a name NER found that
          // does not end in a body word: "Berkeley's Department of Linguistics" is two names,
          // "the CPC Central Committee's Political Bureau" one.
          if (possessive(f) && !gazetteer_place(mention_name(w.doc, i, e))) {
            bool owner = false;
            for (const Mention& m : w.named) owner = owner || (m.end_token == e && m.first_token >= i);
            if (!owner || body_word(w.form(e - 1))) {
              e += 2;
              continue;
            }
          }
        }
        break;
      }
      // A person NER found (two words or more, no body word) ends the run: the body's name
      // stops before it ("University of Texas Arlington Amneh Jafari").
      for (const Mention& m : w.named)
        if (m.type == EntityType::kPerson && m.end_token == e && m.first_token > i + 1 && m.end_token - m.first_token >= 2 &&
            std::none_of(w.doc.tokens.begin() + m.first_token, w.doc.tokens.begin() + m.end_token,
                         [&](const Token& tok) { return body_word(w.doc.form(tok)); }))
          e = m.first_token;
      // A body word ends the run or comes before one of its "of"s ("Office of Undergraduate
      // Education").
      const bool body = (e - i >= 2 && body_word(w.form(e - 1))) || body_before_of(w, i, e - 1);
      if (body) {
        // "the Central Committee of the Communist Party of Vietnam": a body of an organisation
        // the gazetteer or NER already found takes it in.
        std::uint32_t of = e + (e + 1 < s.end_token && w.form(e) == "of" ? 1 : 0);
        if (of > e && of + 1 < s.end_token && lower_ascii(w.form(of)) == "the") ++of;
        if (of > e) {
          for (const Mention& m : w.named)
            if (m.first_token == of && m.type == EntityType::kOrg) e = m.end_token;
        }
        bool inside = false, outside = false;
        for (const Mention& m : w.named) {
          if (m.end_token <= i || m.first_token >= e) continue;
          if (m.first_token < i || m.end_token > e || m.type == EntityType::kGpe || m.type == EntityType::kNorp)
            outside = true;
          inside = true;
        }
        // Without a name inside, a run of capitalised words that names a body is one too
        // ("the Foreign Ministry", "Office of Undergraduate Education"), unless it holds a
        // government title ("Prime Minister's Office" is found through its person) or the
        // sentence is a title-case headline ("Rules Hit Small Company").
        bool titled = false;
        for (std::uint32_t k = i; k < e && !titled; ++k) titled = gz::is_government_title(w.form(k));
        if ((inside && !outside) || (!inside && !titled && !headline)) {
          std::erase_if(w.named, [&](const Mention& m) { return m.first_token >= i && m.end_token <= e; });
          Mention m;
          m.first_token = i;
          m.end_token = e;
          m.type = EntityType::kOrg;
          w.named.push_back(m);
        }
      }
      i = e - 1;
    }
  }
  // A name NER ended at a body word takes the body's "of" complement in:
  // "Newfoundland and Labrador Court" + "of Appeal" (names inside it are dropped).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> grown;  // [old end, new end) per grown mention
  for (Mention& m : w.named) {
    // Any type: the body word makes it an ORG in the cue step. Not "Inc." or "Ltd.":
    // "Google, Inc. of Mountain View" says where the company is.
    const std::string_view last = w.form(m.end_token - 1);
    if ((m.type != EntityType::kOrg && m.type != EntityType::kPerson && m.type != EntityType::kLoc) ||
        !body_word(last) || last.back() == '.')
      continue;
    const std::uint32_t se = sentence_span(w.doc, m.first_token).second;
    std::uint32_t e = m.end_token;
    if (e + 1 >= se || w.form(e) != "of" || !capitalised(w.form(e + 1))) continue;
    e += 2;
    while (e < se && capitalised(w.form(e))) ++e;
    grown.emplace_back(m.end_token, e);
    m.end_token = e;
  }
  std::erase_if(w.named, [&](const Mention& o) {
    return std::any_of(grown.begin(), grown.end(),
                       [&](const auto& g) { return o.first_token >= g.first && o.end_token <= g.second; });
  });
}

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
    m.link_rule = "gazetteer";
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
      part.link_rule = "gazetteer";
      out.push_back(part);
    }
  }
  w.named = std::move(out);
}

// Places whose lower-case spelling is an English word: the single-word places of the gazetteer
// for which WordNet 3.0 has a lower-case noun or adjective ("china", "turkey", "nice"), and a
// few more that WordNet lacks ("reading", "bath").
bool lower_case_word_place(std::string_view f) {
  static constexpr std::array<std::string_view, 47> kWords = {
      "anchorage", "arctic", "bath",  "berlin", "bolivia", "brazil",  "buffalo", "chad",     "champagne", "charlotte",
      "chile",     "china",  "cochin", "cologne", "cork",  "derby",   "geneva",  "guinea",   "hull",      "japan",
      "java",      "jersey", "latakia", "madras", "malacca", "male",  "manhattan", "manila", "marseille", "mecca",
      "medina",    "mobile", "morocco", "muscat", "nice",   "oxford", "panama",  "phoenix",  "reading",   "sale",
      "shanghai",  "split",  "sucre",   "tripoli", "turkey", "tyre",  "wells"};
  return std::find(kWords.begin(), kWords.end(), f) != kWords.end();
}

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
    m.link_rule = "gazetteer";
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
      if (!best && camel_case(w.form(i))) {
        best = 1;
        type = EntityType::kOrg;
      }
      // A sentence-opening word that the tagger reads as an ordinary word ("Nice people",
      // "Mobile phones") is no place, whatever town shares its spelling.
      if (best == 1 && i == s.first_token && type != EntityType::kNorp && !all_caps(w.form(i)) &&
          w.doc.tokens[i].upos != 0 && !w.proper_noun(i))
        continue;
      if (!best) continue;
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

// Step 2d': a name right after "in", "near", "across" or "throughout" is a place, not a person
// ("the population of Coron ... tourism in Coron"): in UNER EWT train, such names without a
// possessive after them are places 488 times, persons 9 (9 more persons have one: "in Bush's
// first year"). So a PERSON name there without one, not opening with a given name
// or honorific and never titled as a person in the document, is LOC in the whole document.
// "believe in God" is no place.
void place_cues(Work& w) {
  auto name_of = [&](const Mention& m) {
    return std::string(w.doc.slice(w.doc.tokens[m.first_token].begin, w.doc.tokens[m.end_token - 1].end));
  };
  std::set<std::string> places, titled;
  for (const Mention& m : w.named) {
    if (m.type != EntityType::kPerson) continue;
    if (m.link_rule == "title") {
      titled.insert(name_of(m));
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

// One word may recur as a name when the tagger calls it a proper noun there, it does not
// open the sentence, and it is no short acronym ("DH") or plural title ("Senators").
bool repeatable_word(const Work& w, std::uint32_t i, std::uint32_t sentence_first) {
  const std::string_view f = w.form(i);
  if (i == sentence_first || all_caps(f) || !w.proper_noun(i)) return false;
  return !(f.size() > 1 && f.back() == 's' && gz::is_title_word(f.substr(0, f.size() - 1)));
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
      m.link_rule = "repeat";
      added.push_back(m);
      i += best - 1;
    }
  }
  if (added.empty()) return;
  w.named.insert(w.named.end(), added.begin(), added.end());
  w.sort_named();
}

struct Cluster {
  Entity e;
  std::vector<std::string> words;  // of the representative name (persons)
  std::uint32_t last_token = 0;
  std::uint32_t last_sentence = 0;
  Gender sex = Gender::kUnknown;  // of a person, as its mentions so far state it
};

// Canonical name of a named mention for clustering.
std::string canonical(const Work& w, const Mention& m, EntityType& type) {
  std::string name = mention_name(w.doc, m.first_token, m.end_token);
  type = m.type;
  if (m.type == EntityType::kNorp) {
    if (const auto* c = gz::country_by_demonym(name)) {
      type = EntityType::kGpe;
      return std::string(c->name);
    }
  }
  if (const auto* c = gz::country_by_name(name)) return std::string(c->name);
  if (m.type != EntityType::kPerson) {
    if (const auto* o = gz::organization_by_name(name)) return std::string(o->name);
  }
  return name;
}

// Same length, same first letter, exactly one other letter: "Vasquez" / "Vazquez".
bool one_letter_apart(const std::string& a, const std::string& b) {
  if (a.size() != b.size() || a.empty() || a[0] != b[0] || a == b) return false;
  std::size_t diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff += a[i] != b[i];
  return diff == 1;
}

// "She", "his" (not "IT", an acronym).
bool personal_pronoun(std::string_view f) {
  if (all_caps(f)) return false;
  static constexpr std::string_view kPronouns[] = {"he", "him", "his", "himself", "she", "her", "hers", "herself",
                                                   "it", "its", "itself", "they", "them", "their", "i", "we", "you"};
  const std::string l = lower_ascii(f);
  return std::find(std::begin(kPronouns), std::end(kPronouns), l) != std::end(kPronouns);
}

}  // namespace

std::string mention_name(const Document& doc, std::uint32_t first, std::uint32_t end) {
  while (first + 1 < end && (gz::is_honorific_outside_name(doc.form(doc.tokens[first])) ||
                             lexicon::contains(lexicon::List::kRankAbbreviations, doc.form(doc.tokens[first]))))
    ++first;
  while (end > first + 1 && possessive(doc.form(doc.tokens[end - 1]))) --end;
  std::string out;
  for (std::uint32_t k = first; k < end; ++k) {
    if (k > first && doc.tokens[k - 1].space_after) out += ' ';  // as written: "Al-Mansoori" stays glued
    out += doc.form(doc.tokens[k]);
  }
  return out;
}

Status EntityStage::process(Document& doc) const {
  Work w{doc, {}, {}, {}, {}};
  for (const Mention& m : doc.mentions) {
    // NER sometimes tags a capitalised pronoun ("She") as a name; the pronoun sieve takes it.
    if (m.end_token == m.first_token + 1 && personal_pronoun(doc.form(doc.tokens[m.first_token]))) continue;
    if (m.type == EntityType::kPerson || m.type == EntityType::kOrg || m.type == EntityType::kLoc ||
        m.type == EntityType::kGpe || m.type == EntityType::kNorp)
      w.named.push_back(m);
    else if (m.type != EntityType::kNone && m.group.empty())
      w.other.push_back(m);
  }
  split_person_coordination(doc, w.named);
  w.sort_named();
  title_patterns(w);
  extend_over_particles(doc, w.named);
  organisation_bodies(w);
  gazetteer_typing(w);
  retype_by_organisation_cues(doc, w.named);
  drop_storm_names(w);
  place_cues(w);
  apply_legal_forms(doc, w.named);
  consistent_types(w);
  repeat_names(w);

  // Sentence index per token, for recency.
  const PronounSyntax syntax(doc);
  std::vector<std::uint32_t> sentence_of(doc.tokens.size(), 0);
  for (std::uint32_t k = 0; k < doc.tokens.size(); ++k) sentence_of[k] = syntax.sentence_of(k);

  // ---- Step 3: cluster named mentions.
  std::vector<Cluster> clusters;
  std::vector<Mention> all;
  for (Mention m : w.named) {
    EntityType type;
    const std::string name = canonical(w, m, type);
    if (name.empty()) continue;
    const std::vector<std::string> words = split_words(name);
    // "Mr. Smith" and "Mrs. Smith", "Jenna Marbles" and "Mr. Marbles" are two people.
    Gender sex = type == EntityType::kPerson ? stated_gender(syntax, doc, m) : Gender::kUnknown;
    if (type == EntityType::kPerson && sex == Gender::kUnknown && words.size() >= 2) sex = given_name_gender(words[0]);
    auto other_sex = [&](const Cluster& cl) { return sex != Gender::kUnknown && cl.sex != Gender::kUnknown && sex != cl.sex; };
    int found = -1;
    std::string rule;
    for (std::size_t c = 0; c < clusters.size() && found < 0; ++c) {
      const Cluster& cl = clusters[c];
      if (other_sex(cl)) continue;
      if (cl.e.name == name && (cl.e.type == type || type == EntityType::kLoc || cl.e.type == EntityType::kLoc)) {
        found = static_cast<int>(c);
        rule = m.type == EntityType::kNorp ? "demonym" : "exact";
      }
    }
    if (found < 0 && (type == EntityType::kPerson || words.size() == 1)) {
      // person-name containment: "Wang" in "Wang Yi", or "Wang Yi" after "Wang"
      for (std::size_t c = clusters.size(); c-- > 0 && found < 0;) {
        const Cluster& cl = clusters[c];
        if (cl.e.type != EntityType::kPerson || other_sex(cl)) continue;
        const bool sub = std::all_of(words.begin(), words.end(), [&](const std::string& x) {
          return std::find(cl.words.begin(), cl.words.end(), x) != cl.words.end();
        });
        const bool super = type == EntityType::kPerson &&
                           std::all_of(cl.words.begin(), cl.words.end(), [&](const std::string& x) {
                             return std::find(words.begin(), words.end(), x) != words.end();
                           });
        if (sub || super) {
          found = static_cast<int>(c);
          rule = "alias";
        }
      }
    }
    if (found < 0 && type != EntityType::kNorp) {
      // Legal-form variants of one company: "Chrysler Corp", "Chrysler", "Chrysler Corporation".
      const std::string base = strip_legal_forms(name);
      for (std::size_t c = 0; c < clusters.size() && found < 0 && !base.empty(); ++c) {
        const Cluster& cl = clusters[c];
        const std::string other = strip_legal_forms(cl.e.name);
        if ((base != name || other != cl.e.name) && other == base &&
            (cl.e.type == EntityType::kOrg || type == EntityType::kOrg)) {
          found = static_cast<int>(c);
          rule = "legal-form";
        }
      }
    }
    if (found < 0 && type == EntityType::kPerson && words.size() == 1 && words[0].size() >= 7) {
      // A surname misspelt by one letter ("Vasquez-Rana" for "Vazquez-Rana"): the one person
      // of the document whose surname it nearly is.
      int candidate = -1;
      for (std::size_t c = 0; c < clusters.size(); ++c) {
        const Cluster& cl = clusters[c];
        if (cl.e.type != EntityType::kPerson || other_sex(cl) || cl.words.empty()) continue;
        if (!one_letter_apart(cl.words.back(), words[0])) continue;
        candidate = candidate < 0 ? static_cast<int>(c) : -2;
      }
      if (candidate >= 0) {
        found = candidate;
        rule = "spelling";
      }
    }
    if (found < 0 && type == EntityType::kOrg) {
      // A body's full name and its name without the country: "US Air Force" / "Air Force",
      // "Supreme Court of the United States" / "Supreme Court".
      const std::string core = organisation_core(name);
      for (std::size_t c = 0; c < clusters.size() && found < 0; ++c) {
        const Cluster& cl = clusters[c];
        if (cl.e.type != EntityType::kOrg) continue;
        const std::string other = organisation_core(cl.e.name);
        if ((core != name || other != cl.e.name) && core == other) {
          found = static_cast<int>(c);
          rule = "core-name";
        }
      }
    }
    if (found < 0 && all_caps(name)) {
      for (std::size_t c = 0; c < clusters.size() && found < 0; ++c) {
        if (clusters[c].e.type == EntityType::kOrg && initials(clusters[c].e.name) == name) {
          found = static_cast<int>(c);
          rule = "acronym";
        }
      }
    }
    if (found < 0 && type == EntityType::kOrg) {
      // a full name after its acronym
      const std::string ini = initials(name);
      for (std::size_t c = 0; c < clusters.size() && found < 0; ++c) {
        if (clusters[c].e.type == EntityType::kOrg && clusters[c].e.name == ini) {
          found = static_cast<int>(c);
          rule = "acronym";
        }
      }
    }
    if (found < 0) {
      Cluster cl;
      cl.e.name = name;
      cl.e.type = type == EntityType::kNorp ? EntityType::kGpe : type;
      cl.words = words;
      clusters.push_back(std::move(cl));
      found = static_cast<int>(clusters.size() - 1);
      rule = m.link_rule.empty() ? "first" : m.link_rule;
    }
    Cluster& cl = clusters[static_cast<std::size_t>(found)];
    if (rule == "legal-form") {
      cl.e.type = EntityType::kOrg;  // a legal form is an organisation's, whatever NER said
      type = EntityType::kOrg;
    }
    if (cl.e.type == EntityType::kPerson && type != EntityType::kPerson && m.type != EntityType::kNorp)
      m.type = EntityType::kPerson;  // "Wang" tagged LOC after "Wang Yi"
    // The fullest name represents the entity; the others are aliases.
    if (type == cl.e.type && words.size() > cl.words.size() && !all_caps(name)) {
      cl.e.aliases.push_back(cl.e.name);
      cl.e.name = name;
      cl.words = words;
    } else if (name != cl.e.name && m.type != EntityType::kNorp) {
      cl.e.aliases.push_back(name);
    }
    if (auto it = w.titles_at.find(m.first_token); it != w.titles_at.end())
      for (const std::string& t : it->second)
        if (std::find(cl.e.titles.begin(), cl.e.titles.end(), t) == cl.e.titles.end()) cl.e.titles.push_back(t);
    if (auto it = w.affiliation_at.find(m.first_token); it != w.affiliation_at.end() && cl.e.affiliation.empty())
      cl.e.affiliation = it->second;
    m.chain = found;
    m.link_rule = rule;
    cl.last_token = m.first_token;
    cl.last_sentence = sentence_of[m.first_token];
    if (cl.sex == Gender::kUnknown) cl.sex = sex;
    all.push_back(m);
  }

  // ---- Step 4: pronouns, definite descriptions, groups (text order).
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const Mention& m : all) for (std::uint32_t k = m.first_token; k < m.end_token; ++k) covered[k] = true;
  std::vector<std::size_t> named_order(all.size());
  for (std::size_t k = 0; k < all.size(); ++k) named_order[k] = k;
  std::vector<std::uint32_t> count(clusters.size(), 0);
  std::vector<std::int64_t> last(clusters.size(), -1000000);
  std::vector<std::int32_t> last_group;
  std::uint32_t last_group_sentence = 0;
  std::size_t next_named = 0;
  std::vector<Mention> added;
  // Subject mentions per sentence (the mention's head word is a nominal subject), by chain.
  std::vector<std::vector<int>> subjects(doc.sentences.size());
  {
    const std::uint8_t nsubj = tags::deprel_id("nsubj"), nsubj_pass = tags::deprel_id("nsubj:pass");
    for (const Mention& m : all) {
      const Sentence& s = doc.sentences[sentence_of[m.first_token]];
      for (std::uint32_t k = m.first_token; k < m.end_token; ++k) {
        const Token& t = doc.tokens[k];
        const std::int64_t head = t.head < 0 ? -1 : static_cast<std::int64_t>(s.first_token) + t.head;
        const bool outside = head < m.first_token || head >= m.end_token;
        if (outside && (t.deprel == nsubj || t.deprel == nsubj_pass)) subjects[sentence_of[m.first_token]].push_back(m.chain);
      }
    }
  }
  // it/he/she: the most recent candidate earlier in the same sentence; else the subject of
  // the previous sentence; else the most recent candidate within `max_sentences`.
  auto resolve = [&](std::uint32_t at, auto pred, std::uint32_t max_sentences) -> int {
    const std::uint32_t si = sentence_of[at];
    int best = -1;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      if (!pred(clusters[c].e.type) || last[c] < 0 || sentence_of[static_cast<std::size_t>(last[c])] != si) continue;
      if (best < 0 || last[c] > last[static_cast<std::size_t>(best)]) best = static_cast<int>(c);
    }
    if (best >= 0) return best;
    if (si > 0) {
      for (int c : subjects[si - 1]) if (c >= 0 && pred(clusters[static_cast<std::size_t>(c)].e.type)) return c;
    }
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      if (!pred(clusters[c].e.type) || last[c] < 0) continue;
      if (si - sentence_of[static_cast<std::size_t>(last[c])] > max_sentences) continue;
      if (best < 0 || last[c] > last[static_cast<std::size_t>(best)]) best = static_cast<int>(c);
    }
    return best;
  };
  // he/she: a scored choice among the persons mentioned so far, of the pronoun's sex (see
  // gender_of); the document title names its topic.
  std::vector<int> named_gender(clusters.size(), 0);  // from the given name: 0 unknown, 1 male, 2 female
  std::vector<Gender> stated(all.size(), Gender::kUnknown);  // per named mention
  // Per person and sex: the mentions up to here that state it, and the pronouns resolved to it.
  std::vector<std::array<int, 3>> votes(clusters.size(), {0, 0, 0});
  std::vector<bool> topic(clusters.size(), false);
  std::vector<std::int64_t> last_subject(clusters.size(), -1000000);
  {
    const std::vector<std::string> title_words = split_words(doc.title);
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      if (clusters[c].e.type != EntityType::kPerson || title_words.empty()) continue;
      topic[c] = std::any_of(clusters[c].words.begin(), clusters[c].words.end(), [&](const std::string& x) {
        return std::find(title_words.begin(), title_words.end(), x) != title_words.end();
      });
    }
    for (std::size_t c = 0; c < clusters.size(); ++c)
      if (clusters[c].e.type == EntityType::kPerson && !clusters[c].words.empty())
        named_gender[c] = static_cast<int>(given_name_gender(clusters[c].words[0]));
    for (std::size_t k = 0; k < all.size(); ++k)
      if (clusters[static_cast<std::size_t>(all[k].chain)].e.type == EntityType::kPerson)
        stated[k] = stated_gender(syntax, doc, all[k]);
  }
  // The sex of a person so far: the majority of what the text has said up to here (stated
  // next to its mentions, pronouns resolved to it), else what its given name says.
  auto gender_of = [&](std::size_t c) {
    const auto& v = votes[c];
    if (v[1] != v[2]) return v[1] > v[2] ? 1 : 2;
    return named_gender[c];
  };
  std::vector<std::uint8_t> subject_token(doc.tokens.size(), 0);
  {
    const std::uint8_t nsubj = tags::deprel_id("nsubj"), nsubj_pass = tags::deprel_id("nsubj:pass");
    for (const Mention& m : all)
      for (std::uint32_t k = m.first_token; k < m.end_token; ++k)
        if (doc.tokens[k].deprel == nsubj || doc.tokens[k].deprel == nsubj_pass) subject_token[m.first_token] = 1;
  }
  // Grammatical role of the word at token k (or of the name it belongs to); parallel roles
  // favour each other.
  auto role_of = [&](std::uint32_t k) { return static_cast<int>(syntax.role(k)); };
  auto resolve_person = [&](std::uint32_t at, int g, bool reflexive) -> int {
    const std::uint32_t si = sentence_of[at];
    int best = -1;
    double best_score = -1e9;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      if (clusters[c].e.type != EntityType::kPerson || last[c] < 0) continue;
      if (gender_of(c) && gender_of(c) != g) continue;
      const auto lt = static_cast<std::size_t>(last[c]);
      const std::uint32_t ds = si - sentence_of[lt];
      if (ds > 3) continue;
      if (!reflexive && syntax.co_arguments(at, static_cast<std::uint32_t>(lt))) continue;  // binding
      // Weights tuned on GAP development: sentence distance, token distance, same sentence,
      // recent subject, document topic, mention count, parallel grammatical role.
      static constexpr double W[] = {0.35, 0.004, 0.3, 0.5, 0.6, 0.3, 0.2};
      double score = -W[0] * static_cast<double>(ds) - W[1] * static_cast<double>(at - lt);
      if (ds == 0) score += W[2];
      if (last_subject[c] >= 0 && si - sentence_of[static_cast<std::size_t>(last_subject[c])] <= 1) score += W[3];
      if (topic[c]) score += W[4];
      score += W[5] * static_cast<double>(std::min<std::uint32_t>(count[c], 5));
      if (role_of(at) != 0 && role_of(static_cast<std::uint32_t>(lt)) == role_of(at)) score += W[6];
      if (score > best_score) {
        best_score = score;
        best = static_cast<int>(c);
      }
    }
    return best;
  };
  auto most_recent = [&](std::uint32_t at, auto pred, std::uint32_t max_sentences) -> int {
    int best = -1;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      if (!pred(clusters[c].e.type) || last[c] < 0) continue;
      if (sentence_of[at] - sentence_of[static_cast<std::size_t>(last[c])] > max_sentences) continue;
      if (best < 0 || last[c] > last[static_cast<std::size_t>(best)]) best = static_cast<int>(c);
    }
    return best;
  };
  auto most_salient = [&](auto pred, std::size_t n) {
    std::vector<std::size_t> idx;
    for (std::size_t c = 0; c < clusters.size(); ++c) if (pred(clusters[c].e.type) && count[c]) idx.push_back(c);
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return count[a] > count[b]; });
    if (idx.size() > n) idx.resize(n);
    std::sort(idx.begin(), idx.end());
    std::vector<std::int32_t> out;
    for (std::size_t c : idx) out.push_back(static_cast<std::int32_t>(c));
    return out;
  };
  auto is_place = [](EntityType t) { return t == EntityType::kGpe || t == EntityType::kLoc; };
  auto is_gpe = [](EntityType t) { return t == EntityType::kGpe; };
  auto is_party = [](EntityType t) { return t == EntityType::kGpe || t == EntityType::kOrg; };
  auto is_person = [](EntityType t) { return t == EntityType::kPerson; };
  auto is_thing = [](EntityType t) { return t == EntityType::kGpe || t == EntityType::kOrg || t == EntityType::kLoc; };
  auto add = [&](std::uint32_t b, std::uint32_t e, int chain, std::vector<std::int32_t> group, const char* rule) {
    Mention m;
    m.first_token = b;
    m.end_token = e;
    m.type = chain >= 0 ? clusters[static_cast<std::size_t>(chain)].e.type : EntityType::kNone;
    m.chain = chain;
    m.group = std::move(group);
    m.link_rule = rule;
    m.confidence = 0.8f;
    added.push_back(std::move(m));
    if (chain >= 0) {
      last[static_cast<std::size_t>(chain)] = b;
    }
  };
  static const std::vector<std::string> kGroupNouns = {"countries", "nations", "parties", "sides", "governments",
                                                       "states"};
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) {
    while (next_named < all.size() && all[next_named].first_token <= i) {
      const auto c = static_cast<std::size_t>(all[next_named].chain);
      ++count[c];
      last[c] = all[next_named].first_token;
      if (subject_token[all[next_named].first_token]) last_subject[c] = all[next_named].first_token;
      ++votes[c][static_cast<std::size_t>(stated[next_named])];
      ++next_named;
    }
    if (covered[i]) continue;
    const std::string l = lower_ascii(doc.form(doc.tokens[i]));
    const std::string next = i + 1 < doc.tokens.size() ? lower_ascii(doc.form(doc.tokens[i + 1])) : "";
    const std::string next2 = i + 2 < doc.tokens.size() ? lower_ascii(doc.form(doc.tokens[i + 2])) : "";
    const bool same_sentence_next = i + 1 < doc.tokens.size() && sentence_of[i + 1] == sentence_of[i];
    // group mentions
    std::size_t n = 0;
    std::uint32_t len = 0;
    if ((l == "the" && (next == "two" || next == "three") && std::find(kGroupNouns.begin(), kGroupNouns.end(), next2) != kGroupNouns.end())) {
      n = next == "two" ? 2 : 3;
      len = 3;
    } else if (l == "both" && same_sentence_next && std::find(kGroupNouns.begin(), kGroupNouns.end(), next) != kGroupNouns.end()) {
      n = 2;
      len = 2;
    } else if (l == "the" && next == "two" && (next2 == "ministers" || next2 == "leaders")) {
      auto g = most_salient(is_person, 2);
      if (g.size() == 2) {
        add(i, i + 3, -1, g, "group");
        last_group = g;
        last_group_sentence = sentence_of[i];
      }
      i += 2;
      continue;
    }
    if (n) {
      // "the two countries" are the two most mentioned countries (GPE), else places, else
      // countries and organisations; "both sides", "the two parties" may be a country and an
      // organisation ("Kenya and the EU opened talks ... the two sides"), else the people
      // who met ("Mwangi received Varga at State House, where the two sides ..."), never
      // the building where they met.
      const std::string& noun = len == 3 ? next2 : next;
      std::vector<std::int32_t> g;
      if (noun == "sides" || noun == "parties") {
        g = most_salient(is_party, n);
        if (g.size() < n) g = most_salient(is_person, n);
      } else {
        g = most_salient(is_gpe, n);
        if (g.size() < n) g = most_salient(is_place, n);
        if (g.size() < n) g = most_salient(is_party, n);
      }
      if (g.size() == n) {
        add(i, i + len, -1, g, "group");
        last_group = g;
        last_group_sentence = sentence_of[i];
      }
      i += len - 1;
      continue;
    }
    const Token& t = doc.tokens[i];
    const bool pron = t.upos == tags::upos_id("PRON") || t.upos == 0;
    if (pron && (l == "he" || l == "him" || l == "his" || l == "himself" || l == "she" || l == "her" || l == "hers" ||
                 l == "herself")) {
      const int g = l == "she" || l == "her" || l == "hers" || l == "herself" ? 2 : 1;
      auto agrees = [&](int chain) {
        const auto& cl = clusters[static_cast<std::size_t>(chain)];
        const int known = gender_of(static_cast<std::size_t>(chain));
        return cl.e.type == EntityType::kPerson && (!known || known == g);
      };
      // The person named by a mention later in this sentence whose words include `word`, or -1.
      auto named_later = [&](std::int64_t word) {
        for (std::size_t k = next_named; k < all.size() && sentence_of[all[k].first_token] == sentence_of[i]; ++k)
          if ((word < 0 || (all[k].first_token <= word && word < all[k].end_token)) && agrees(all[k].chain)) return all[k].chain;
        return -1;
      };
      const char* rule = "pronoun";
      // Cataphora: a pronoun in a preposed adjunct ("In his youth, Smith ...", "When she
      // arrived, Doe ...") means the subject of the main clause when that is a person.
      int c = -1;
      if (const std::int64_t subject = syntax.preposed_before_subject(i); subject >= 0) c = named_later(subject);
      if (c >= 0) rule = "cataphora";
      // "Smith and his wife": the person of the conjunct just before.
      if (const std::int64_t first = syntax.conjunct_before(i); c < 0 && first >= 0) {
        for (std::size_t k = next_named; k-- > 0 && sentence_of[all[k].first_token] == sentence_of[i];) {
          if (all[k].first_token <= first && first < all[k].end_token && agrees(all[k].chain)) {
            c = all[k].chain;
            rule = "pronoun-conjunct";
            break;
          }
        }
      }
      if (c < 0) c = resolve_person(i, g, l == "himself" || l == "herself");
      if (c < 0) {
        c = named_later(-1);  // no antecedent: the first person named later in the sentence
        rule = "cataphora";
      }
      if (c >= 0) {
        add(i, i + 1, c, {}, rule);
        ++votes[static_cast<std::size_t>(c)][static_cast<std::size_t>(g)];
      }
      continue;
    }
    if (pron && (l == "it" || l == "its" || l == "itself")) {
      // "it" as a dummy subject ("it is also prepared") still most often means the party just named
      const int c = resolve(i, is_thing, 2);
      if (c >= 0) add(i, i + 1, c, {}, "pronoun");
      continue;
    }
    if (pron && (l == "they" || l == "them" || l == "their" || l == "themselves")) {
      if (!last_group.empty() && sentence_of[i] - last_group_sentence <= 2) {
        add(i, i + 1, -1, last_group, "pronoun-group");
        last_group_sentence = sentence_of[i];
      }
      continue;
    }
    if (l == "the" && (next == "country" || next == "nation") && same_sentence_next) {
      const int c = most_recent(i, is_place, 2);
      if (c >= 0) add(i, i + 2, c, {}, "definite");
      ++i;
      continue;
    }
    if (l == "the" && same_sentence_next && gz::is_title_word(doc.form(doc.tokens[i + 1])) == false) {
      // "the minister", "the president": a title word written in lower case
      std::string cap = next;
      if (!cap.empty()) cap[0] = static_cast<char>(cap[0] - 'a' + 'A');
      if (!next.empty() && next[0] >= 'a' && next[0] <= 'z' && gz::is_title_word(cap)) {
        int best = -1;
        for (std::size_t c = 0; c < clusters.size(); ++c) {
          if (clusters[c].e.type != EntityType::kPerson || last[c] < 0) continue;
          const bool has = std::any_of(clusters[c].e.titles.begin(), clusters[c].e.titles.end(),
                                       [&](const std::string& tt) { return lower_ascii(tt).find(next) != std::string::npos; });
          if (has && (best < 0 || last[c] > last[static_cast<std::size_t>(best)])) best = static_cast<int>(c);
        }
        if (best >= 0) {
          add(i, i + 2, best, {}, "title");
          ++i;
        }
      }
    }
  }

  // ---- Step 5: entities and mentions back into the document.
  // A capitalised "The" inside a sentence is part of the name it opens ("read The New York
  // Times", "in The Netherlands"): UNER EWT train marks it inside 24 times, outside 2.
  // Not at a sentence start or after a quote, colon or bracket, where any word is capitalised.
  std::vector<bool> taken(doc.tokens.size(), false);
  for (const Mention& m : all) for (std::uint32_t k = m.first_token; k < m.end_token; ++k) taken[k] = true;
  for (Mention& m : all) {
    if (m.type != EntityType::kOrg && m.type != EntityType::kLoc && m.type != EntityType::kGpe) continue;
    if (m.first_token < 2) continue;
    const std::uint32_t the = m.first_token - 1;
    if (taken[the] || w.form(the) != "The" || sentence_of[the] != sentence_of[m.first_token] ||
        sentence_of[the - 1] != sentence_of[the])
      continue;
    const std::string_view before = w.form(the - 1);
    static constexpr std::string_view kOpeners[] = {"\"", "\u201c", "\u2018", "'", "(", "[", ":", "-", "\u2013", "\u2014"};
    if (std::find(std::begin(kOpeners), std::end(kOpeners), before) != std::end(kOpeners)) continue;
    m.first_token = the;
    taken[the] = true;
  }
  all.insert(all.end(), added.begin(), added.end());
  all.insert(all.end(), w.other.begin(), w.other.end());
  std::sort(all.begin(), all.end(), [](const Mention& a, const Mention& b) {
    return a.first_token != b.first_token ? a.first_token < b.first_token : a.end_token < b.end_token;
  });
  doc.entities.clear();
  for (Cluster& cl : clusters) {
    std::sort(cl.e.aliases.begin(), cl.e.aliases.end());
    cl.e.aliases.erase(std::unique(cl.e.aliases.begin(), cl.e.aliases.end()), cl.e.aliases.end());
    std::erase(cl.e.aliases, cl.e.name);
    doc.entities.push_back(std::move(cl.e));
  }
  for (std::uint32_t k = 0; k < all.size(); ++k) {
    if (all[k].chain >= 0) doc.entities[static_cast<std::size_t>(all[k].chain)].mentions.push_back(k);
  }
  doc.mentions = std::move(all);
  doc.layers |= kLayerMentions | kLayerCoreference;
  return Status::ok();
}

}  // namespace kg::extract
