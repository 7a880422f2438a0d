// Steps 1 and 1b of the entity stage: titled persons ("Chinese Foreign Minister Wang Yi")
// and the names of bodies ("the CPC Central Committee's Political Bureau").
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
bool person_ends_at(const std::vector<Mention>& named, std::uint32_t i, std::uint32_t e) {
  return std::any_of(named.begin(), named.end(), [&](const Mention& m) {
    return m.type == EntityType::kPerson && m.end_token == e && m.first_token >= i;
  });
}

// Whether a body word is followed by "of" in [i, e) ("Department of"); not a company
// abbreviation ("Acme Inc. of Mountain View" says where the company is).
bool body_before_of(const Work& w, std::uint32_t i, std::uint32_t e) {
  for (std::uint32_t k = i; k + 1 < e; ++k)
    if ((body_word(w.form(k)) || lexicon::contains(lexicon::List::kOfBodyWords, w.form(k))) && w.form(k).back() != '.' &&
        (w.form(k + 1) == "of" || w.form(k + 1) == "on"))
      return true;
  return false;
}

// A name NER ended at a body word takes the body's "of" complement in:
// "Newfoundland and Labrador Court" + "of Appeal" (names inside it are dropped).
void take_in_of_complements(Work& w) {
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

}  // namespace

// The country named by "COUNTRY's" right before token b or "of [the] COUNTRY" right after
// token e (one to three words), else "".
static std::string country_around(const Work& w, std::uint32_t b, std::uint32_t e, std::uint32_t end) {
  auto country = [&](std::uint32_t f, std::uint32_t l) -> std::string {  // words [f, l)
    std::string name;
    for (std::uint32_t k = f; k < l; ++k) {
      if (k > f) name += ' ';
      name.append(w.form(k));
    }
    const auto* c = gz::country_by_name(name);
    return c ? std::string(c->name) : std::string();
  };
  if (b >= 2 && possessive(w.form(b - 1))) {
    for (std::uint32_t n = 1; n <= 3 && n + 1 <= b; ++n) {
      if (std::string c = country(b - 1 - n, b - 1); !c.empty()) return c;
    }
  }
  if (e + 1 < end && w.form(e) == "of") {
    std::uint32_t f = e + 1;
    if (lower_ascii(w.form(f)) == "the") ++f;
    for (std::uint32_t n = 1; n <= 3 && f + n <= end; ++n) {
      if (std::string c = country(f, f + n); !c.empty()) return c;
    }
  }
  return {};
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
      m.link_rule = link_rule_name(LinkRule::kTitle);
      w.named.push_back(m);
      w.titles_at[j] = titles;
      // "Saudi Arabia's King Fahd", "King Fahd of Saudi Arabia": the country around the pattern.
      if (affiliation.empty() && len) {
        affiliation = country_around(w, i, e, s.end_token);
        if (!affiliation.empty()) w.affiliation_at[j] = affiliation;
        affiliation.clear();  // the country has its own mention: no extra one
      }
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

// Step 1b: names of bodies. A capitalised run that ends in a word naming a body
// ("Committee", "Bureau", "Ministry", "Corporation") is one organisation when NER found a
// name inside it: "the CPC Central Committee's Political Bureau" is one ORG, not ORG "CPC"
// and PERSON "Bureau". Runs join over "of", "for" and over a possessive unless the
// part before it is a country or city ("China's Foreign Ministry" stays two names) or a
// name NER found that ends in no body word ("Berkeley's Department of Linguistics").
// The named mentions of one sentence while sentence_bodies() refines them, each with its
// place in the document's list (-1 for a mention the step made), so that the list put
// back together is the one a single pass over the whole list would give.
struct SentenceNamed {
  std::vector<Mention> named;
  std::vector<std::int64_t> order;
  void erase_inside(std::uint32_t i, std::uint32_t e) {
    std::size_t out = 0;
    for (std::size_t k = 0; k < named.size(); ++k) {
      if (named[k].first_token >= i && named[k].end_token <= e) continue;
      named[out] = std::move(named[k]);
      order[out] = order[k];
      ++out;
    }
    named.resize(out);
    order.resize(out);
  }
  void add(const Mention& m) {
    named.push_back(m);
    order.push_back(-1);
  }
};

void sentence_bodies(Work& w, const Sentence& s, SentenceNamed& local) {
  std::vector<Mention>& named = local.named;
  {
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
      if (function_or_verb(w, i) && std::none_of(named.begin(), named.end(), [&](const Mention& m) {
            return m.first_token <= i && i < m.end_token;
          }))
        continue;
      std::uint32_t e = i + 1;
      for (;;) {
        if (e < s.end_token && capitalised(w.form(e))) { ++e; continue; }
        if (e + 1 < s.end_token && capitalised(w.form(e + 1))) {
          const std::string_view f = w.form(e);
          // Not after a person NER found: "Claudia Mo of Civic Party" is a member and a party.
          // "Foundation on Economic Trends": "on" after a body word.
          if ((f == "of" || f == "for" ||
               (f == "on" && (body_word(w.form(e - 1)) || lexicon::contains(lexicon::List::kOfBodyWords, w.form(e - 1))))) &&
              !person_ends_at(named, i, e)) {
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
            for (const Mention& m : named) clean = clean && m.first_token != e + 1;
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
            for (const Mention& m : named) owner = owner || (m.end_token == e && m.first_token >= i);
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
      for (const Mention& m : named)
        if (m.type == EntityType::kPerson && m.end_token == e && m.first_token > i + 1 && m.end_token - m.first_token >= 2 &&
            std::none_of(w.doc.tokens.begin() + m.first_token, w.doc.tokens.begin() + m.end_token,
                         [&](const Token& tok) { return body_word(w.doc.form(tok)); }))
          e = m.first_token;
      // A body word ends the run or comes before one of its "of"s ("Office of Undergraduate
      // Education").
      // A known place is no body ("Soviet Union").
      const bool body = ((e - i >= 2 && body_word(w.form(e - 1))) || body_before_of(w, i, e - 1)) &&
                        !gazetteer_place(mention_name(w.doc, i, e));
      if (body) {
        // "the Central Committee of the Communist Party of Vietnam": a body of an organisation
        // the gazetteer or NER already found takes it in.
        std::uint32_t of = e + (e + 1 < s.end_token && w.form(e) == "of" ? 1 : 0);
        if (of > e && of + 1 < s.end_token && lower_ascii(w.form(of)) == "the") ++of;
        if (of > e) {
          for (const Mention& m : named)
            if (m.first_token == of && m.type == EntityType::kOrg) e = m.end_token;
        }
        bool inside = false, outside = false;
        for (const Mention& m : named) {
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
          local.erase_inside(i, e);
          Mention m;
          m.first_token = i;
          m.end_token = e;
          m.type = EntityType::kOrg;
          local.add(m);
        }
      }
      i = e - 1;
    }
  }
}

void organisation_bodies(Work& w) {
  // Each named mention goes to the sentence of its first token (a mention lies inside one
  // sentence), so a sentence's step looks at its own mentions only.
  const std::vector<Sentence>& sents = w.doc.sentences;
  std::vector<std::uint32_t> sentence_of(w.doc.tokens.size(), 0);
  for (std::uint32_t k = 0; k < sents.size(); ++k) {
    for (std::uint32_t t = sents[k].first_token; t < sents[k].end_token && t < sentence_of.size(); ++t) sentence_of[t] = k;
  }
  std::vector<SentenceNamed> local(sents.size());
  std::vector<Mention> outside;  // mentions of no sentence (none in practice), kept in place
  std::vector<std::int64_t> outside_order;
  for (std::size_t k = 0; k < w.named.size(); ++k) {
    const Mention& m = w.named[k];
    if (m.first_token >= sentence_of.size() || sents.empty()) {
      outside.push_back(m);
      outside_order.push_back(static_cast<std::int64_t>(k));
      continue;
    }
    SentenceNamed& l = local[sentence_of[m.first_token]];
    l.named.push_back(m);
    l.order.push_back(static_cast<std::int64_t>(k));
  }
  for (std::size_t k = 0; k < sents.size(); ++k) sentence_bodies(w, sents[k], local[k]);
  // Back together: the kept mentions in their old order, then the new ones in the order made.
  std::vector<std::pair<std::int64_t, Mention>> kept;
  std::vector<Mention> made;
  for (std::size_t k = 0; k < outside.size(); ++k) kept.emplace_back(outside_order[k], outside[k]);
  for (SentenceNamed& l : local) {
    for (std::size_t k = 0; k < l.named.size(); ++k) {
      if (l.order[k] < 0) made.push_back(std::move(l.named[k]));
      else kept.emplace_back(l.order[k], std::move(l.named[k]));
    }
  }
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  w.named.clear();
  for (auto& km : kept) w.named.push_back(std::move(km.second));
  for (Mention& m : made) w.named.push_back(std::move(m));
  take_in_of_complements(w);
}

}  // namespace kg::extract::entity_steps
