#include "graph/query/value.h"

#include <cmath>

namespace kg::graph::query {

const char* type_name(Value::Type t) {
  switch (t) {
    case Value::Type::kNull: return "NULL";
    case Value::Type::kBool: return "BOOLEAN";
    case Value::Type::kInt: return "INTEGER";
    case Value::Type::kFloat: return "FLOAT";
    case Value::Type::kString: return "STRING";
    case Value::Type::kDate: return "DATE";
    case Value::Type::kList: return "LIST";
    case Value::Type::kNode: return "NODE";
    case Value::Type::kRel: return "RELATIONSHIP";
  }
  return "?";
}

namespace {

int cmp_numbers(const Value& a, const Value& b) {
  if (a.type() == Value::Type::kInt && b.type() == Value::Type::kInt)
    return a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int() ? 1 : 0;
  const double x = a.as_number(), y = b.as_number();
  return x < y ? -1 : x > y ? 1 : 0;
}

int cmp_strings(const std::string& a, const std::string& b) {
  const int c = a.compare(b);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

// Rank of a type in the ORDER BY order (ascending).
int rank(const Value& v) {
  switch (v.type()) {
    case Value::Type::kNode: return 0;
    case Value::Type::kRel: return 1;
    case Value::Type::kList: return 2;
    case Value::Type::kDate: return 3;
    case Value::Type::kString: return 4;
    case Value::Type::kBool: return 5;
    case Value::Type::kInt:
    case Value::Type::kFloat: return 6;
    case Value::Type::kNull: return 7;
  }
  return 7;
}

bool is_nan(const Value& v) { return v.type() == Value::Type::kFloat && std::isnan(v.as_float()); }

}  // namespace

std::optional<bool> equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) {
    if (is_nan(a) || is_nan(b)) return false;
    return cmp_numbers(a, b) == 0;
  }
  if (a.type() != b.type()) return false;
  switch (a.type()) {
    case Value::Type::kBool: return a.as_bool() == b.as_bool();
    case Value::Type::kString:
    case Value::Type::kDate: return a.as_string() == b.as_string();
    case Value::Type::kNode:
    case Value::Type::kRel: return a.as_id() == b.as_id();
    case Value::Type::kList: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      if (x.size() != y.size()) return false;
      bool unknown = false;
      for (std::size_t i = 0; i < x.size(); ++i) {
        const auto e = equals(x[i], y[i]);
        if (!e) unknown = true;
        else if (!*e) return false;
      }
      if (unknown) return std::nullopt;
      return true;
    }
    default: return false;
  }
}

std::optional<int> compare(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) {
    if (is_nan(a) || is_nan(b)) return std::nullopt;
    return cmp_numbers(a, b);
  }
  if (a.type() != b.type()) return std::nullopt;
  switch (a.type()) {
    case Value::Type::kBool: return static_cast<int>(a.as_bool()) - static_cast<int>(b.as_bool());
    case Value::Type::kString:
    case Value::Type::kDate: return cmp_strings(a.as_string(), b.as_string());
    case Value::Type::kList: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        const auto c = compare(x[i], y[i]);
        if (!c) return std::nullopt;
        if (*c != 0) return c;
      }
      return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
    default: return std::nullopt;  // nodes and relationships are not ordered by `<`
  }
}

int order_compare(const Value& a, const Value& b) {
  const int ra = rank(a), rb = rank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.type()) {
    case Value::Type::kNull: return 0;
    case Value::Type::kInt:
    case Value::Type::kFloat: {
      const bool na = is_nan(a), nb = is_nan(b);
      if (na || nb) return na == nb ? 0 : na ? 1 : -1;  // NaN after every number
      return cmp_numbers(a, b);
    }
    case Value::Type::kBool: return static_cast<int>(a.as_bool()) - static_cast<int>(b.as_bool());
    case Value::Type::kString:
    case Value::Type::kDate: return cmp_strings(a.as_string(), b.as_string());
    case Value::Type::kNode:
    case Value::Type::kRel: return a.as_id() < b.as_id() ? -1 : a.as_id() > b.as_id() ? 1 : 0;
    case Value::Type::kList: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
        if (const int c = order_compare(x[i], y[i]); c != 0) return c;
      return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
  }
  return 0;
}

}  // namespace kg::graph::query
