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

// The mentions inside [f, e) give way to one organisation mention over it.
void replace_with_organisation(std::vector<Mention>& named, std::uint32_t f, std::uint32_t e) {
  std::erase_if(named, [&](const Mention& m) { return m.first_token >= f && m.end_token <= e; });
  Mention org;
  org.first_token = f;
  org.end_token = e;
  org.type = EntityType::kOrg;
  org.confidence = 0.8f;
  named.push_back(std::move(org));
}

// Text order, the longer first where two start together.
void sort_by_start(std::vector<Mention>& named) {
  std::stable_sort(named.begin(), named.end(), [](const Mention& a, const Mention& b) {
    return a.first_token != b.first_token ? a.first_token < b.first_token : a.end_token > b.end_token;
  });
}

// The first word of the name before the legal form at k, or k when there is none. `ends`
// holds, per token, the type of the named mention ending on it (kNone for none): "the IRS
// and Acme Co." joins no names, "Britain's Plenmeer Ltd" takes no place in.
std::uint32_t name_start(const Document& doc, const std::vector<EntityType>& ends, std::uint32_t first, std::uint32_t k) {
  static const std::uint8_t kPropn = tags::upos_id("PROPN");
  auto form = [&](std::uint32_t i) { return doc.form(doc.tokens[i]); };
  auto place = [&](std::uint32_t i) { return ends[i] == EntityType::kGpe || ends[i] == EntityType::kLoc; };
  std::uint32_t j = k;
  int words = 0;
  bool joined = false;  // an "and" or "&" inside: a list of partners' names may take commas
  while (j > first && words < 5) {
    const std::uint32_t i = j - 1;
    const std::string_view f = form(i);
    const bool amp = f == "and" || f == "&";
    // "W.R. Grace and Co": "and Co" takes in the name before it, whatever the NER made of it.
    const bool and_co = amp && legal_form(form(j)) && i > first && capitalised(form(i - 1)) && !place(i - 1);
    const bool joins = amp && i > first && j < k && capitalised(form(i - 1)) && ends[i - 1] == EntityType::kNone;
    // "Pittsburgh-Corning": a hyphen inside a word.
    const bool hyphen = f == "-" && i > first && j < k && !doc.tokens[i - 1].space_after && !doc.tokens[i].space_after;
    // "Hermann's Sporting Goods Co": a possessive inside the name (not a place's).
    const bool poss = (f == "'s" || f == "\u2019s") && i > first && j < k && capitalised(form(i - 1)) && !place(i - 1);
    // "Merrill Lynch, Pierce, Fenner and Smith Ltd", "Anderson, Benjamin, Read and Haney Inc.":
    // partners' names listed before "and"; no organisation or place among them.
    const bool listed = f == "," && joined && i > first && j < k && capitalised(form(i - 1)) && !place(i - 1) &&
                        (ends[i - 1] != EntityType::kOrg || words >= 2);
    if (amp && (joins || and_co)) joined = true;
    if (joins || and_co || hyphen || poss || listed) {
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
  std::vector<EntityType> ends(doc.tokens.size(), EntityType::kNone);
  for (const Mention& m : named) {
    if (m.end_token > 0 && m.end_token <= ends.size()) ends[m.end_token - 1] = m.type;
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
      replace_with_organisation(named, j, end);
      ++added;
    }
  }
  if (added > 0) sort_by_start(named);
  return added;
}

std::size_t repeat_company_names(const Document& doc, std::vector<Mention>& named) {
  auto form = [&](std::uint32_t i) { return doc.form(doc.tokens[i]); };
  std::vector<std::vector<std::string_view>> names;
  for (const Mention& m : named) {
    if (m.type != EntityType::kOrg || m.end_token - m.first_token < 4 || !legal_form(form(m.end_token - 1))) continue;
    std::uint32_t e = m.end_token;
    while (e > m.first_token && (legal_form(form(e - 1)) || joiner(form(e - 1)))) --e;
    if (e - m.first_token < 3) continue;
    std::vector<std::string_view> words;
    for (std::uint32_t k = m.first_token; k < e; ++k) words.push_back(form(k));
    names.push_back(std::move(words));
  }
  std::size_t added = 0;
  for (const auto& words : names) {
    for (const Sentence& s : doc.sentences) {
      for (std::uint32_t i = s.first_token; i + words.size() <= s.end_token; ++i) {
        bool same = true;
        for (std::size_t w = 0; w < words.size() && same; ++w) same = form(i + static_cast<std::uint32_t>(w)) == words[w];
        const std::uint32_t end = i + static_cast<std::uint32_t>(words.size());
        if (!same || (end < s.end_token && legal_form(form(end)))) continue;
        bool crossing = false;
        for (const Mention& m : named)
          crossing = crossing || (m.first_token < end && m.end_token > i && (m.first_token < i || m.end_token > end));
        if (crossing) continue;
        replace_with_organisation(named, i, end);
        ++added;
      }
    }
  }
  if (added > 0) sort_by_start(named);
  return added;
}

}  // namespace kg::extract
