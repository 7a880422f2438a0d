#include "extract/document.h"

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

}  // namespace kg::extract
