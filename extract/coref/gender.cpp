#include "extract/coref/gender.h"

#include <string>
#include <unordered_map>

#include "extract/lexicon/lexicon.h"

namespace kg::extract {
namespace {

// The lists are data: extract/lexicon/given-names.txt (name, sex M/F/-, gazetteer flag) and
// gendered-nouns.txt (noun, sex M/F). Men's rows are indexed first, then women's; a word
// listed as both has no sex.
std::unordered_map<std::string_view, Gender> make_index(lexicon::List list) {
  std::unordered_map<std::string_view, Gender> out;
  const auto rows = lexicon::rows(list);
  for (const auto& r : rows)
    if (r.size() >= 2 && r[1] == "M") out.emplace(r[0], Gender::kMale);
  for (const auto& r : rows) {
    if (r.size() < 2 || r[1] != "F") continue;
    auto [it, fresh] = out.emplace(r[0], Gender::kFemale);
    if (!fresh && it->second != Gender::kFemale) it->second = Gender::kUnknown;  // listed as both
  }
  return out;
}

Gender find(const std::unordered_map<std::string_view, Gender>& index, std::string_view s) {
  const auto it = index.find(s);
  return it == index.end() ? Gender::kUnknown : it->second;
}

}  // namespace

Gender given_name_gender(std::string_view name) {
  static const auto index = make_index(lexicon::List::kGivenNames);
  return find(index, name);
}

Gender noun_gender(std::string_view lower_noun) {
  static const auto index = make_index(lexicon::List::kGenderedNouns);
  return find(index, lower_noun);
}

}  // namespace kg::extract
