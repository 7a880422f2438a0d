#include "extract/coref/legal_forms.h"

#include <algorithm>

#include "extract/lexicon/lexicon.h"
#include "extract/tags.h"
#include "graph/normalize.h"

namespace kg::extract {
namespace {

bool legal_form(std::string_view w) {
  while (!w.empty() && w.back() == ',') w.remove_suffix(1);
  return lexicon::contains(lexicon::List::kLegalForms, w);
}

bool joiner(std::string_view w) { return w == "and" || w == "&" || w == "," || w == "-"; }

}  // namespace

std::string strip_legal_forms(std::string_view name) {
  auto words = graph::split_spaces(name);
  if (words.empty() || !legal_form(words.back())) return std::string(name);
  while (!words.empty() && (legal_form(words.back()) || joiner(words.back()))) words.pop_back();
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) out += ' ';
    out.append(words[i]);
  }
  while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
  return out;
}

bool ends_with_legal_form(std::string_view name) {
  const auto words = graph::split_spaces(name);
  return !words.empty() && legal_form(words.back());
}

std::size_t apply_legal_forms(const Document& doc, std::vector<Mention>& named) {
  std::size_t changed = 0;
  std::vector<Mention> kept;
  kept.reserve(named.size());
  for (Mention& m : named) {
    bool all_forms = true, last_form = false;
    for (std::uint32_t k = m.first_token; k < m.end_token && k < doc.tokens.size(); ++k) {
      const std::string_view f = doc.form(doc.tokens[k]);
      last_form = legal_form(f);
      if (!last_form && !joiner(f)) all_forms = false;
    }
    if (all_forms) {
      ++changed;
      continue;
    }
    if (last_form && m.type != EntityType::kOrg && m.end_token > m.first_token + 1) {
      m.type = EntityType::kOrg;
      ++changed;
    }
    kept.push_back(std::move(m));
  }
  named = std::move(kept);
  return changed;
}

namespace {

bool capitalised(std::string_view f) { return !f.empty() && f[0] >= 'A' && f[0] <= 'Z'; }

// The first word of the name before the legal form at k, or k when there is none. `ends`
// marks the tokens a named mention ends on: "the IRS and Acme Co." joins no names.
std::uint32_t name_start(const Document& doc, const std::vector<bool>& ends, std::uint32_t first, std::uint32_t k) {
  static const std::uint8_t kPropn = tags::upos_id("PROPN");
  auto form = [&](std::uint32_t i) { return doc.form(doc.tokens[i]); };
  std::uint32_t j = k;
  int words = 0;
  while (j > first && words < 5) {
    const std::uint32_t i = j - 1;
    const std::string_view f = form(i);
    const bool joins = (f == "and" || f == "&") && i > first && j < k && capitalised(form(i - 1)) && !ends[i - 1];
    // "Pittsburgh-Corning": a hyphen inside a word.
    const bool hyphen = f == "-" && i > first && j < k && !doc.tokens[i - 1].space_after && !doc.tokens[i].space_after;
    if (joins || hyphen) {
      j = i;
      continue;
    }
    if (!capitalised(f) || (i == first && doc.tokens[i].upos != kPropn) || f == "The") break;
    j = i;
    if (!legal_form(f)) ++words;
  }
  // Never open on a joiner or a legal form ("at Ltd. Smith and Jones Inc.").
  while (j < k && (!capitalised(form(j)) || legal_form(form(j)))) ++j;
  return words > 0 ? j : k;
}

}  // namespace

std::size_t name_before_legal_form(const Document& doc, std::vector<Mention>& named) {
  std::size_t added = 0;
  std::vector<bool> ends(doc.tokens.size(), false);
  for (const Mention& m : named) {
    if (m.end_token > 0 && m.end_token <= ends.size()) ends[m.end_token - 1] = true;
  }
  for (const Sentence& s : doc.sentences) {
    for (std::uint32_t k = s.first_token + 1; k < s.end_token; ++k) {
      const std::string_view f = doc.form(doc.tokens[k]);
      if (!capitalised(f) || !legal_form(f) || (k + 1 < s.end_token && legal_form(doc.form(doc.tokens[k + 1])))) continue;
      std::uint32_t j = name_start(doc, ends, s.first_token, k);
      if (j == k) continue;
      const std::uint32_t end = k + 1;
      // Mentions across the edges: an organisation that starts before takes the name in.
      bool blocked = false, covered = false;
      for (const Mention& m : named) {
        if (m.end_token <= j || m.first_token >= end) continue;
        if (m.first_token <= j && m.end_token >= end) covered = true;
        else if (m.first_token < j && m.type == EntityType::kOrg) j = m.first_token;
        else if (m.first_token < j || m.end_token > end) blocked = true;
      }
      if (blocked || covered) continue;
      std::erase_if(named, [&](const Mention& m) { return m.first_token >= j && m.end_token <= end; });
      Mention org;
      org.first_token = j;
      org.end_token = end;
      org.type = EntityType::kOrg;
      org.confidence = 0.8f;
      named.push_back(std::move(org));
      ++added;
    }
  }
  if (added > 0) {
    std::stable_sort(named.begin(), named.end(), [](const Mention& a, const Mention& b) {
      return a.first_token != b.first_token ? a.first_token < b.first_token : a.end_token > b.end_token;
    });
  }
  return added;
}

}  // namespace kg::extract
