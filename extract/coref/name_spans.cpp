#include "extract/coref/name_spans.h"

#include <algorithm>

#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "graph/normalize.h"

namespace kg::extract {
namespace {

bool capitalised_word(const Document& doc, std::uint32_t k) {
  const std::string_view f = doc.form(doc.tokens[k]);
  return !f.empty() && f[0] >= 'A' && f[0] <= 'Z';
}

std::uint32_t sentence_end(const Document& doc, std::uint32_t token) {
  return sentence_span(doc, token).second;
}

}  // namespace

bool particle_continues_name(const Document& doc, std::uint32_t k, std::uint32_t end) {
  if (k + 1 >= end || k + 1 >= doc.tokens.size()) return false;
  return lexicon::contains(lexicon::List::kNameParticles, doc.form(doc.tokens[k])) && capitalised_word(doc, k + 1);
}

std::size_t extend_over_particles(const Document& doc, std::vector<Mention>& named) {
  std::size_t grown = 0;
  std::vector<char> drop(named.size(), 0);
  for (std::size_t i = 0; i < named.size(); ++i) {
    Mention& m = named[i];
    if (drop[i] || m.end_token >= doc.tokens.size()) continue;
    const std::uint32_t end = sentence_end(doc, m.first_token);
    std::uint32_t e = m.end_token;
    if (m.type == EntityType::kOrg) {
      // "Regie Nationale" + "des" + "Usines Renault": an organisation goes on over a particle
      // only into another organisation mention right after it, or over "des"/"du" (which
      // open no person's name after a body's) into any name NER typed ("Usines Renault" as
      // a person).
      if (!particle_continues_name(doc, e, end)) continue;
      const std::string_view particle = doc.form(doc.tokens[e]);
      const bool french_of = particle == "des" || particle == "du";
      const auto next = std::find_if(named.begin(), named.end(), [&](const Mention& n) {
        return n.first_token == e + 1 && (n.type == EntityType::kOrg || (french_of && n.type == EntityType::kPerson));
      });
      if (next == named.end()) continue;
      e = next->end_token;
    } else if (m.type == EntityType::kPerson) {
      while (particle_continues_name(doc, e, end)) {
        e += 2;
        while (e < end && capitalised_word(doc, e)) ++e;
      }
    } else {
      continue;
    }
    if (e == m.end_token) continue;
    // The grown name replaces the mentions inside its new part ("Abdul Aziz").
    for (std::size_t j = 0; j < named.size(); ++j)
      if (j != i && named[j].first_token >= m.end_token && named[j].first_token < e && named[j].end_token <= e) drop[j] = 1;
    m.end_token = e;
    ++grown;
  }
  std::size_t k = 0;
  for (std::size_t i = 0; i < named.size(); ++i)
    if (!drop[i]) named[k++] = std::move(named[i]);
  named.resize(k);
  return grown;
}

std::size_t split_person_coordination(const Document& doc, std::vector<Mention>& named) {
  std::size_t split = 0;
  std::vector<Mention> extra;
  for (Mention& m : named) {
    if (m.type != EntityType::kPerson) continue;
    for (std::uint32_t k = m.first_token + 1; k + 1 < m.end_token; ++k) {
      const std::string_view f = doc.form(doc.tokens[k]);
      if (f != "and" && f != "&") continue;
      if (!capitalised_word(doc, m.first_token) || !capitalised_word(doc, k + 1)) break;
      Mention right = m;
      right.first_token = k + 1;
      m.end_token = k;
      extra.push_back(right);
      ++split;
      break;
    }
  }
  named.insert(named.end(), extra.begin(), extra.end());
  return split;
}

namespace {

bool country_word(std::string_view w) {
  if (gazetteer::country_by_name(w) || gazetteer::country_by_demonym(w)) return true;
  // "US", "UK", "U.S.": two capitals, with or without full stops.
  std::string letters;
  for (char c : w)
    if (c != '.') letters.push_back(c);
  return letters.size() == 2 && std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string join_blank(const std::vector<std::string_view>& w, std::size_t b, std::size_t e) {
  std::string out;
  for (std::size_t i = b; i < e; ++i) {
    if (i > b) out += ' ';
    out.append(w[i]);
  }
  return out;
}

}  // namespace

std::string organisation_core(std::string_view name) {
  const auto w = graph::split_spaces(name);
  std::size_t b = 0, e = w.size();
  // Trailing "of [the] COUNTRY" (the country may be two words: "of the United States").
  for (std::size_t k = 2; k + 1 < w.size(); ++k) {
    if (w[k] != "of") continue;
    std::size_t c = k + 1;
    if (c < w.size() && (w[c] == "the" || w[c] == "The")) ++c;
    if (c < w.size() && (country_word(join_blank(w, c, w.size())))) e = k;
    break;
  }
  if (e - b >= 3 && country_word(w[b])) ++b;
  // "Labour Party" / "Labour", "Republican Party" / "Republican": a party by its short name.
  if (e - b >= 2 && w[e - 1] == "Party") return join_blank(w, b, e - 1);
  if (e - b < 2) return std::string(name);
  return join_blank(w, b, e);
}

namespace {

bool code_word(std::string_view f) {
  int digits = 0;
  for (const char c : f) digits += c >= '0' && c <= '9';
  return digits >= 4 && f.size() > static_cast<std::size_t>(digits);  // "1994" alone is a year
}

}  // namespace

std::size_t trim_codes(const Document& doc, std::vector<Mention>& named) {
  std::size_t changed = 0;
  std::vector<Mention> kept;
  kept.reserve(named.size());
  for (Mention& m : named) {
    const std::uint32_t f0 = m.first_token, e0 = m.end_token;
    while (m.first_token < m.end_token && code_word(doc.form(doc.tokens[m.first_token]))) ++m.first_token;
    while (m.end_token > m.first_token && code_word(doc.form(doc.tokens[m.end_token - 1]))) --m.end_token;
    if (m.first_token != f0 || m.end_token != e0) ++changed;
    if (m.end_token > m.first_token) kept.push_back(std::move(m));
  }
  named = std::move(kept);
  return changed;
}

}  // namespace kg::extract
