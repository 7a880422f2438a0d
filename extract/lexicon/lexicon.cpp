#include "extract/lexicon/lexicon.h"

#include <algorithm>
#include <array>
#include <vector>

namespace kg::extract::lexicon {
namespace {

constexpr std::array kLists = {List::kLegalForms,        List::kRankAbbreviations, List::kNameParticles,
                               List::kImplicativeVerbs, List::kStanceVerbs,       List::kHedgeAdverbs,
                               List::kNegativeImplicatives, List::kPositionNouns};

std::vector<std::string> parse(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (const std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty()) out.emplace_back(line);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const std::vector<std::string>& list_entries(List list) {
  static const auto all = [] {
    std::array<std::vector<std::string>, kLists.size()> r;
    for (std::size_t i = 0; i < kLists.size(); ++i) r[i] = parse(file_text(file_name(kLists[i])));
    return r;
  }();
  return all[static_cast<std::size_t>(list)];
}

}  // namespace

std::string_view file_name(List list) {
  switch (list) {
    case List::kLegalForms: return "legal-forms";
    case List::kRankAbbreviations: return "rank-abbreviations";
    case List::kNameParticles: return "name-particles";
    case List::kImplicativeVerbs: return "implicative-verbs";
    case List::kStanceVerbs: return "stance-verbs";
    case List::kHedgeAdverbs: return "hedge-adverbs";
    case List::kNegativeImplicatives: return "negative-implicative-verbs";
    case List::kPositionNouns: return "position-nouns";
  }
  return {};
}

std::span<const std::string> entries(List list) { return list_entries(list); }

bool contains(List list, std::string_view word) {
  const auto& e = list_entries(list);
  return std::binary_search(e.begin(), e.end(), word, [](const auto& a, const auto& b) {
    return std::string_view(a) < std::string_view(b);
  });
}

}  // namespace kg::extract::lexicon
