// Expression evaluation with Cypher's null semantics.
#include <algorithm>
#include <cmath>
#include <regex>
#include <unordered_map>

#include "graph/query/exec.h"

namespace kg::graph::query::detail {

void fail_at(const Pos& p, const std::string& msg) {
  throw QueryFailure("line " + std::to_string(p.line) + ", column " + std::to_string(p.column) + ": " + msg);
}

int find_var(const Scope& s, const std::string& name) {
  for (std::size_t i = s.size(); i-- > 0;)
    if (s[i].name == name) return static_cast<int>(i);
  return -1;
}

namespace {

using T = Value::Type;

// Truth value: 1 true, 0 false, -1 null.
int tri(const Value& v, const Expr& e) {
  if (v.is_null()) return -1;
  if (v.type() != T::kBool) fail_at(e.pos, std::string("expected a boolean but got ") + type_name(v.type()));
  return v.as_bool() ? 1 : 0;
}

Value from_tri(int t) { return t < 0 ? Value() : Value::boolean(t == 1); }

Value arith(const Expr& e, const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (e.op == Op::kAdd) {
    if (a.type() == T::kList || b.type() == T::kList) {
      std::vector<Value> out;
      if (a.type() == T::kList) out = a.as_list();
      else out.push_back(a);
      if (b.type() == T::kList) out.insert(out.end(), b.as_list().begin(), b.as_list().end());
      else out.push_back(b);
      return Value::list(std::move(out));
    }
    if (a.type() == T::kString && b.type() == T::kString) return Value::string(a.as_string() + b.as_string());
  }
  if (!a.is_number() || !b.is_number())
    fail_at(e.pos, std::string("cannot apply an arithmetic operator to ") + type_name(a.type()) + " and " +
                       type_name(b.type()));
  if (e.op == Op::kPow) return Value::floating(std::pow(a.as_number(), b.as_number()));
  if (a.type() == T::kInt && b.type() == T::kInt) {
    const std::int64_t x = a.as_int(), y = b.as_int();
    std::int64_t r = 0;
    bool overflow = false;
    switch (e.op) {
      case Op::kAdd: overflow = __builtin_add_overflow(x, y, &r); break;
      case Op::kSub: overflow = __builtin_sub_overflow(x, y, &r); break;
      case Op::kMul: overflow = __builtin_mul_overflow(x, y, &r); break;
      case Op::kDiv:
      case Op::kMod:
        if (y == 0) fail_at(e.pos, "division by zero");
        if (x == INT64_MIN && y == -1) overflow = e.op == Op::kDiv;
        else r = e.op == Op::kDiv ? x / y : x % y;
        break;
      default: break;
    }
    if (overflow) fail_at(e.pos, "integer overflow");
    return Value::integer(r);
  }
  const double x = a.as_number(), y = b.as_number();
  switch (e.op) {
    case Op::kAdd: return Value::floating(x + y);
    case Op::kSub: return Value::floating(x - y);
    case Op::kMul: return Value::floating(x * y);
    case Op::kDiv: return Value::floating(x / y);
    case Op::kMod: return Value::floating(std::fmod(x, y));
    default: return {};
  }
}

Value string_pred(const Expr& e, const Value& a, const Value& b) {
  if (a.type() != T::kString || b.type() != T::kString) return {};
  const std::string& s = a.as_string();
  const std::string& t = b.as_string();
  switch (e.op) {
    case Op::kContains: return Value::boolean(s.find(t) != std::string::npos);
    case Op::kStartsWith: return Value::boolean(s.compare(0, t.size(), t) == 0);
    default: return Value::boolean(s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0);
  }
}

// "s =~ pattern" as Neo4j has it: the whole string matches the pattern (ECMAScript syntax
// here, std::regex; Neo4j's is Java's: the common syntax is the same). Null when either
// side is no string. Patterns are compiled once per thread (a bounded cache).
Value regex_match(const Expr& e, const Value& a, const Value& b) {
  if (a.type() != T::kString || b.type() != T::kString) return {};
  thread_local std::unordered_map<std::string, std::regex> cache;
  auto it = cache.find(b.as_string());
  if (it == cache.end()) {
    if (cache.size() >= 64) cache.clear();
    try {
      it = cache.emplace(b.as_string(), std::regex(b.as_string(), std::regex::ECMAScript)).first;
    } catch (const std::regex_error& err) {
      fail_at(e.pos, "invalid regular expression '" + b.as_string() + "' after =~: " + err.what());
    }
  }
  return Value::boolean(std::regex_match(a.as_string(), it->second));
}

Value in_list(const Expr& e, const Value& a, const Value& b) {
  if (b.is_null()) return {};
  if (b.type() != T::kList) fail_at(e.pos, std::string("IN expects a list but got ") + type_name(b.type()));
  bool unknown = false;
  for (const auto& x : b.as_list()) {
    const auto eq = equals(a, x);
    if (!eq) unknown = true;
    else if (*eq) return Value::boolean(true);
  }
  return unknown ? Value() : Value::boolean(false);
}

// Normalises a list index (negative counts from the end); false when out of range.
bool list_index(std::int64_t i, std::size_t n, std::size_t& out) {
  if (i < 0) i += static_cast<std::int64_t>(n);
  if (i < 0 || static_cast<std::uint64_t>(i) >= n) return false;
  out = static_cast<std::size_t>(i);
  return true;
}

Value index(const Expr& e, const Value& a, const Value& k, const EvalContext& c) {
  if (a.is_null() || k.is_null()) return {};
  if (a.type() == T::kList) {
    if (k.type() != T::kInt) fail_at(e.pos, "a list index must be an integer");
    std::size_t i = 0;
    return list_index(k.as_int(), a.as_list().size(), i) ? a.as_list()[i] : Value();
  }
  if ((a.type() == T::kNode || a.type() == T::kRel) && k.type() == T::kString)
    return a.type() == T::kNode ? c.m.node_property(a.as_id(), k.as_string())
                                : c.m.rel_property(a.as_id(), k.as_string());
  fail_at(e.pos, std::string("cannot index ") + type_name(a.type()));
}

Value slice(const Expr& e, const Value& a, const Value& from, const Value& to) {
  if (a.is_null()) return {};
  if (a.type() != T::kList) fail_at(e.pos, std::string("cannot slice ") + type_name(a.type()));
  const auto n = static_cast<std::int64_t>(a.as_list().size());
  auto bound = [&](const Value& v, std::int64_t dflt) {
    if (v.is_null()) return dflt;
    if (v.type() != T::kInt) fail_at(e.pos, "a slice bound must be an integer");
    std::int64_t x = v.as_int();
    if (x < 0) x += n;
    return std::clamp<std::int64_t>(x, 0, n);
  };
  const std::int64_t b = bound(from, 0), t = bound(to, n);
  std::vector<Value> out;
  for (std::int64_t i = b; i < t; ++i) out.push_back(a.as_list()[static_cast<std::size_t>(i)]);
  return Value::list(std::move(out));
}

}  // namespace

Value eval(const Expr& e, const EvalContext& c) {
  switch (e.op) {
    case Op::kLiteral: return e.value;
    case Op::kVariable: return (*c.row)[static_cast<std::size_t>(e.slot)];
    case Op::kProperty: {
      const Value base = eval(*e.args[0], c);
      if (base.is_null()) return {};
      if (base.type() == T::kNode) return c.m.node_property(base.as_id(), e.name);
      if (base.type() == T::kRel) return c.m.rel_property(base.as_id(), e.name);
      fail_at(e.pos, "cannot read property '" + e.name + "' of " + type_name(base.type()));
    }
    case Op::kList: {
      std::vector<Value> items;
      items.reserve(e.args.size());
      for (const auto& a : e.args) items.push_back(eval(*a, c));
      return Value::list(std::move(items));
    }
    case Op::kMap: fail_at(e.pos, "map values are not supported");
    case Op::kNot: {
      const int t = tri(eval(*e.args[0], c), e);
      return t < 0 ? Value() : Value::boolean(t == 0);
    }
    case Op::kNeg:
    case Op::kPlusSign: {
      const Value v = eval(*e.args[0], c);
      if (v.is_null()) return {};
      if (!v.is_number()) fail_at(e.pos, std::string("cannot negate ") + type_name(v.type()));
      if (e.op == Op::kPlusSign) return v;
      if (v.type() == T::kFloat) return Value::floating(-v.as_float());
      if (v.as_int() == INT64_MIN) fail_at(e.pos, "integer overflow");
      return Value::integer(-v.as_int());
    }
    case Op::kAnd: {
      const int a = tri(eval(*e.args[0], c), e);
      if (a == 0) return Value::boolean(false);
      const int b = tri(eval(*e.args[1], c), e);
      if (b == 0) return Value::boolean(false);
      return from_tri(a < 0 || b < 0 ? -1 : 1);
    }
    case Op::kOr: {
      const int a = tri(eval(*e.args[0], c), e);
      if (a == 1) return Value::boolean(true);
      const int b = tri(eval(*e.args[1], c), e);
      if (b == 1) return Value::boolean(true);
      return from_tri(a < 0 || b < 0 ? -1 : 0);
    }
    case Op::kXor: {
      const int a = tri(eval(*e.args[0], c), e);
      const int b = tri(eval(*e.args[1], c), e);
      return from_tri(a < 0 || b < 0 ? -1 : (a != b ? 1 : 0));
    }
    case Op::kEq:
    case Op::kNe: {
      const auto r = equals(eval(*e.args[0], c), eval(*e.args[1], c));
      if (!r) return {};
      return Value::boolean(e.op == Op::kEq ? *r : !*r);
    }
    case Op::kLt:
    case Op::kLe:
    case Op::kGt:
    case Op::kGe: {
      const auto r = compare(eval(*e.args[0], c), eval(*e.args[1], c));
      if (!r) return {};
      const int x = *r;
      return Value::boolean(e.op == Op::kLt ? x < 0 : e.op == Op::kLe ? x <= 0 : e.op == Op::kGt ? x > 0 : x >= 0);
    }
    case Op::kAdd:
    case Op::kSub:
    case Op::kMul:
    case Op::kDiv:
    case Op::kMod:
    case Op::kPow: return arith(e, eval(*e.args[0], c), eval(*e.args[1], c));
    case Op::kContains:
    case Op::kStartsWith:
    case Op::kEndsWith: return string_pred(e, eval(*e.args[0], c), eval(*e.args[1], c));
    case Op::kRegexMatch: return regex_match(e, eval(*e.args[0], c), eval(*e.args[1], c));
    case Op::kIn: return in_list(e, eval(*e.args[0], c), eval(*e.args[1], c));
    case Op::kIsNull: return Value::boolean(eval(*e.args[0], c).is_null());
    case Op::kIsNotNull: return Value::boolean(!eval(*e.args[0], c).is_null());
    case Op::kIndex: return index(e, eval(*e.args[0], c), eval(*e.args[1], c), c);
    case Op::kSlice: return slice(e, eval(*e.args[0], c), eval(*e.args[1], c), eval(*e.args[2], c));
    case Op::kHasLabels: {
      const Value v = eval(*e.args[0], c);
      if (v.is_null()) return {};
      if (v.type() != T::kNode) fail_at(e.pos, std::string("labels are only defined on nodes, not ") + type_name(v.type()));
      for (const auto& l : e.names)
        if (!c.m.has_label(v.as_id(), c.m.label_id(l))) return Value::boolean(false);
      return Value::boolean(true);
    }
    case Op::kCountStar: return (*c.aggregates)[static_cast<std::size_t>(e.aggregate)];
    case Op::kCall: {
      if (e.aggregate >= 0) return (*c.aggregates)[static_cast<std::size_t>(e.aggregate)];
      std::vector<Value> args;
      args.reserve(e.args.size());
      for (const auto& a : e.args) args.push_back(eval(*a, c));
      return call_function(e, args, c.m);
    }
    case Op::kListComp:
    case Op::kQuantifier: {
      const Value list = eval(*e.args[0], c);
      if (list.is_null()) return {};
      if (list.type() != T::kList) fail_at(e.pos, std::string("IN expects a list but got ") + type_name(list.type()));
      Row row = c.row ? *c.row : Row();
      const auto slot = static_cast<std::size_t>(e.slot);
      row.resize(slot + 1);
      const EvalContext inner{c.m, &row, c.aggregates};
      std::vector<Value> out;
      std::size_t yes = 0, unknown = 0;
      for (const auto& x : list.as_list()) {
        row[slot] = x;
        const int t = tri(eval(*e.args[1], inner), *e.args[1]);
        if (t < 0) ++unknown;
        if (t != 1) continue;
        ++yes;
        if (e.op == Op::kListComp) out.push_back(e.args.size() > 2 ? eval(*e.args[2], inner) : x);
      }
      if (e.op == Op::kListComp) return Value::list(std::move(out));
      const std::size_t n = list.as_list().size();
      const std::string& q = e.names[0];
      if (q == "any") return yes > 0 ? Value::boolean(true) : unknown ? Value() : Value::boolean(false);
      if (q == "all") return yes + unknown < n ? Value::boolean(false) : unknown ? Value() : Value::boolean(true);
      if (q == "none") return yes > 0 ? Value::boolean(false) : unknown ? Value() : Value::boolean(true);
      // single
      if (yes > 1) return Value::boolean(false);
      if (unknown) return {};
      return Value::boolean(yes == 1);
    }
    case Op::kCase: {
      std::size_t i = 0;
      Value subject;
      if (e.has_subject) subject = eval(*e.args[i++], c);
      const std::size_t end = e.args.size() - (e.has_else ? 1 : 0);
      for (; i + 1 < end + 1 && i < end; i += 2) {
        if (e.has_subject) {
          const auto eq = equals(subject, eval(*e.args[i], c));
          if (eq && *eq) return eval(*e.args[i + 1], c);
        } else if (tri(eval(*e.args[i], c), *e.args[i]) == 1) {
          return eval(*e.args[i + 1], c);
        }
      }
      return e.has_else ? eval(*e.args.back(), c) : Value();
    }
  }
  return {};
}

bool truthy(const Expr& e, const EvalContext& c) {
  const Value v = eval(e, c);
  if (v.is_null()) return false;
  if (v.type() != T::kBool) fail_at(e.pos, std::string("WHERE expects a boolean but got ") + type_name(v.type()));
  return v.as_bool();
}

}  // namespace kg::graph::query::detail
