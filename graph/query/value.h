// Value: what a query expression evaluates to (Cypher's value model, the subset kg uses).
//
// Types: null, boolean, integer (int64), float (double), string (UTF-8), date (ISO
// "YYYY-MM-DD", Neo4j's Date), list, node and relationship (indices into a GraphModel).
// Comparison follows Cypher: `=` between values of different types is false (integers and
// floats compare numerically), `<` between incomparable types is null, anything compared
// with null is null. order_compare() is the total order of ORDER BY (null last ascending).
// Thread safety: values, no shared state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kg::graph::query {

class Value {
 public:
  enum class Type : unsigned char { kNull, kBool, kInt, kFloat, kString, kDate, kList, kNode, kRel };

  Value() = default;
  static Value boolean(bool b) { Value v(Type::kBool); v.u_.b = b; return v; }
  static Value integer(std::int64_t i) { Value v(Type::kInt); v.u_.i = i; return v; }
  static Value floating(double f) { Value v(Type::kFloat); v.u_.f = f; return v; }
  static Value string(std::string s) { Value v(Type::kString); v.s_ = std::move(s); return v; }
  static Value date(std::string iso) { Value v(Type::kDate); v.s_ = std::move(iso); return v; }
  static Value list(std::vector<Value> items) { Value v(Type::kList); v.list_ = std::move(items); return v; }
  static Value node(std::uint32_t id) { Value v(Type::kNode); v.u_.i = id; return v; }
  static Value rel(std::uint32_t id) { Value v(Type::kRel); v.u_.i = id; return v; }

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::kNull; }
  bool is_number() const { return type_ == Type::kInt || type_ == Type::kFloat; }
  bool as_bool() const { return u_.b; }
  std::int64_t as_int() const { return u_.i; }
  double as_float() const { return u_.f; }
  double as_number() const { return type_ == Type::kInt ? static_cast<double>(u_.i) : u_.f; }
  const std::string& as_string() const { return s_; }  // string or date
  const std::vector<Value>& as_list() const { return list_; }
  std::vector<Value>& as_list() { return list_; }
  std::uint32_t as_id() const { return static_cast<std::uint32_t>(u_.i); }  // node or rel

 private:
  explicit Value(Type t) : type_(t) {}
  Type type_ = Type::kNull;
  union {
    bool b;
    std::int64_t i = 0;
    double f;
  } u_;
  std::string s_;
  std::vector<Value> list_;
};

// Name of a type as Cypher writes it ("STRING", "INTEGER", ...), for error messages.
const char* type_name(Value::Type t);

// Cypher `=`: true, false or nullopt (null).
std::optional<bool> equals(const Value& a, const Value& b);
// Cypher `<`-family comparison: <0, 0, >0, or nullopt when the values are incomparable
// (different types, null, NaN).
std::optional<int> compare(const Value& a, const Value& b);
// Total order for ORDER BY, DISTINCT and grouping: types in a fixed order, null last;
// equal for values that `=` considers equal, and null equals null.
int order_compare(const Value& a, const Value& b);
// Equality as DISTINCT and grouping see it (null == null).
inline bool same(const Value& a, const Value& b) { return order_compare(a, b) == 0; }

}  // namespace kg::graph::query
