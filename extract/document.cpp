#include "extract/document.h"

#include <algorithm>

namespace kg::extract {

std::string_view entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::kNone: return "O";
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrg: return "ORG";
    case EntityType::kLoc: return "LOC";
    case EntityType::kGpe: return "GPE";
    case EntityType::kNorp: return "NORP";
    case EntityType::kDate: return "DATE";
    case EntityType::kTime: return "TIME";
    case EntityType::kMoney: return "MONEY";
    case EntityType::kPercent: return "PERCENT";
  }
  return "O";
}

bool is_named_type(EntityType t) {
  return t == EntityType::kPerson || t == EntityType::kOrg || t == EntityType::kLoc || t == EntityType::kGpe ||
         t == EntityType::kNorp;
}

std::pair<std::uint32_t, std::uint32_t> sentence_span(const Document& doc, std::uint32_t token) {
  const auto s = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), token,
                                  [](std::uint32_t t, const Sentence& x) { return t < x.first_token; });
  if (s == doc.sentences.begin()) return {0, static_cast<std::uint32_t>(doc.tokens.size())};
  return {std::prev(s)->first_token, std::prev(s)->end_token};
}

}  // namespace kg::extract
