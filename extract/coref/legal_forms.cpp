#include "extract/coref/legal_forms.h"

#include <algorithm>

#include "extract/lexicon/lexicon.h"
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

}  // namespace kg::extract
