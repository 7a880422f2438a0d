// Scalar functions and aggregates of the Cypher subset (list in docs/query.md).
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "graph/normalize.h"
#include "graph/query/exec.h"

namespace kg::graph::query::detail {

namespace {

using T = Value::Type;

struct FunctionInfo {
  const char* name;
  int min_args, max_args;
};

constexpr FunctionInfo kFunctions[] = {
    {"tolower", 1, 1},   {"toupper", 1, 1},   {"lower", 1, 1},     {"upper", 1, 1},   {"trim", 1, 1},
    {"ltrim", 1, 1},     {"rtrim", 1, 1},     {"size", 1, 1},      {"type", 1, 1},    {"labels", 1, 1},
    {"keys", 1, 1},      {"coalesce", 1, 64}, {"tostring", 1, 1},  {"tointeger", 1, 1}, {"tofloat", 1, 1},
    {"toboolean", 1, 1}, {"abs", 1, 1},       {"round", 1, 1},     {"floor", 1, 1},   {"ceil", 1, 1},
    {"sqrt", 1, 1},      {"sign", 1, 1},      {"substring", 2, 3}, {"left", 2, 2},    {"right", 2, 2},
    {"replace", 3, 3},   {"split", 2, 2},     {"reverse", 1, 1},   {"head", 1, 1},    {"last", 1, 1},
    {"tail", 1, 1},      {"startnode", 1, 1}, {"endnode", 1, 1},   {"date", 1, 1},    {"range", 2, 3},
    {"count", 1, 1},     {"collect", 1, 1},   {"sum", 1, 1},       {"avg", 1, 1},     {"min", 1, 1},
    {"max", 1, 1},
};

const FunctionInfo* info(const std::string& name) {
  for (const auto& f : kFunctions)
    if (name == f.name) return &f;
  return nullptr;
}

[[noreturn]] void bad_arg(const Expr& e, const Value& v) {
  fail_at(e.pos, e.name + "() does not accept " + type_name(v.type()));
}

const std::string& str_arg(const Expr& e, const Value& v) {
  if (v.type() != T::kString) bad_arg(e, v);
  return v.as_string();
}

std::int64_t int_arg(const Expr& e, const Value& v) {
  if (v.type() != T::kInt) bad_arg(e, v);
  return v.as_int();
}

std::size_t utf8_length(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Byte offset of code point `cp` in s (clamped to the end).
std::size_t utf8_offset(const std::string& s, std::int64_t cp) {
  std::size_t i = 0;
  for (std::int64_t k = 0; k < cp && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

std::string case_map(std::string s, bool up) {
  for (char& c : s)
    c = static_cast<char>(up ? std::toupper(static_cast<unsigned char>(c)) : std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Value strings(std::vector<std::string> v) {
  std::vector<Value> out;
  for (auto& s : v) out.push_back(Value::string(std::move(s)));
  return Value::list(std::move(out));
}

Value to_string(const Value& v, const GraphModel& m) {
  switch (v.type()) {
    case T::kString: return v;
    case T::kInt:
    case T::kFloat:
    case T::kBool:
    case T::kDate: return Value::string(to_text(v, m));
    default: return {};
  }
}

Value to_integer(const Value& v) {
  if (v.type() == T::kInt) return v;
  if (v.type() == T::kFloat) {
    const double f = v.as_float();
    if (!std::isfinite(f) || f >= 9.2e18 || f <= -9.2e18) return {};
    return Value::integer(static_cast<std::int64_t>(f));
  }
  if (v.type() == T::kString) {
    const std::string& s = v.as_string();
    char* end = nullptr;
    errno = 0;
    const long long i = std::strtoll(s.c_str(), &end, 10);
    if (!s.empty() && *end == '\0' && errno == 0) return Value::integer(i);
    const double f = std::strtod(s.c_str(), &end);
    if (!s.empty() && *end == '\0') return to_integer(Value::floating(f));
    return {};
  }
  if (v.type() == T::kBool) return Value::integer(v.as_bool() ? 1 : 0);
  return {};
}

Value to_float(const Value& v) {
  if (v.is_number()) return Value::floating(v.as_number());
  if (v.type() == T::kString) {
    const std::string& s = v.as_string();
    char* end = nullptr;
    const double f = std::strtod(s.c_str(), &end);
    if (!s.empty() && *end == '\0') return Value::floating(f);
  }
  return {};
}

}  // namespace

bool known_function(const std::string& name) { return info(name) != nullptr; }

bool is_aggregate(const std::string& name) {
  return name == "count" || name == "collect" || name == "sum" || name == "avg" || name == "min" || name == "max";
}

Value call_function(const Expr& e, std::vector<Value>& a, const GraphModel& m) {
  const std::string& f = e.name;
  if (f == "coalesce") {
    for (auto& v : a)
      if (!v.is_null()) return std::move(v);
    return {};
  }
  const Value& x = a[0];
  if (x.is_null() && f != "tostring") return {};
  if (f == "tolower" || f == "lower") return Value::string(case_map(str_arg(e, x), false));
  if (f == "toupper" || f == "upper") return Value::string(case_map(str_arg(e, x), true));
  if (f == "trim" || f == "ltrim" || f == "rtrim") {
    const std::string& s = str_arg(e, x);
    std::size_t b = 0, t = s.size();
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    if (f != "rtrim")
      while (b < t && space(s[b])) ++b;
    if (f != "ltrim")
      while (t > b && space(s[t - 1])) --t;
    return Value::string(s.substr(b, t - b));
  }
  if (f == "size") {
    if (x.type() == T::kString) return Value::integer(static_cast<std::int64_t>(utf8_length(x.as_string())));
    if (x.type() == T::kList) return Value::integer(static_cast<std::int64_t>(x.as_list().size()));
    bad_arg(e, x);
  }
  if (f == "type") {
    if (x.type() != T::kRel) bad_arg(e, x);
    return Value::string(m.rel_types()[m.rel(x.as_id()).type]);
  }
  if (f == "labels") {
    if (x.type() != T::kNode) bad_arg(e, x);
    return strings(m.node_labels(x.as_id()));
  }
  if (f == "keys") {
    if (x.type() == T::kNode) return strings(m.node_keys(x.as_id()));
    if (x.type() == T::kRel) return strings(m.rel_keys(x.as_id()));
    bad_arg(e, x);
  }
  if (f == "startnode" || f == "endnode") {
    if (x.type() != T::kRel) bad_arg(e, x);
    const auto& r = m.rel(x.as_id());
    return Value::node(f == "startnode" ? r.src : r.dst);
  }
  if (f == "tostring") return x.is_null() ? Value() : to_string(x, m);
  if (f == "tointeger") return to_integer(x);
  if (f == "tofloat") return to_float(x);
  if (f == "toboolean") {
    if (x.type() == T::kBool) return x;
    if (x.type() == T::kString) {
      const std::string l = case_map(x.as_string(), false);
      if (l == "true") return Value::boolean(true);
      if (l == "false") return Value::boolean(false);
    }
    return {};
  }
  if (f == "abs" || f == "round" || f == "floor" || f == "ceil" || f == "sqrt" || f == "sign") {
    if (!x.is_number()) bad_arg(e, x);
    if (f == "abs") {
      if (x.type() == T::kInt) {
        if (x.as_int() == INT64_MIN) fail_at(e.pos, "integer overflow");
        return Value::integer(std::llabs(x.as_int()));
      }
      return Value::floating(std::fabs(x.as_float()));
    }
    if (f == "sign") {
      const double d = x.as_number();
      return Value::integer(d > 0 ? 1 : d < 0 ? -1 : 0);
    }
    const double d = x.as_number();
    if (f == "round") return Value::floating(std::round(d));
    if (f == "floor") return Value::floating(std::floor(d));
    if (f == "ceil") return Value::floating(std::ceil(d));
    return Value::floating(std::sqrt(d));
  }
  if (f == "substring" || f == "left" || f == "right") {
    const std::string& s = str_arg(e, x);
    for (std::size_t i = 1; i < a.size(); ++i)
      if (a[i].is_null()) return {};
    const std::int64_t n = static_cast<std::int64_t>(utf8_length(s));
    std::int64_t from = 0, len = 0;
    if (f == "substring") {
      from = int_arg(e, a[1]);
      len = a.size() > 2 ? int_arg(e, a[2]) : n;
    } else {
      len = int_arg(e, a[1]);
      from = f == "left" ? 0 : std::max<std::int64_t>(0, n - len);
    }
    if (from < 0 || len < 0) fail_at(e.pos, e.name + "() needs non-negative positions");
    const std::size_t b = utf8_offset(s, from);
    const std::size_t t = utf8_offset(s, from + std::min(len, n));
    return Value::string(s.substr(b, t - b));
  }
  if (f == "replace" || f == "split") {
    const std::string& s = str_arg(e, x);
    if (a[1].is_null() || (a.size() > 2 && a[2].is_null())) return {};
    const std::string& pat = str_arg(e, a[1]);
    if (f == "split") {
      std::vector<std::string> parts;
      if (pat.empty()) {
        for (std::size_t i = 0; i < s.size();) {
          std::size_t j = utf8_offset(s.substr(i), 1);
          parts.push_back(s.substr(i, j));
          i += j;
        }
        return strings(std::move(parts));
      }
      std::size_t b = 0;
      for (std::size_t k; (k = s.find(pat, b)) != std::string::npos; b = k + pat.size()) parts.push_back(s.substr(b, k - b));
      parts.push_back(s.substr(b));
      return strings(std::move(parts));
    }
    const std::string& with = str_arg(e, a[2]);
    if (pat.empty()) return x;
    std::string out;
    std::size_t b = 0;
    for (std::size_t k; (k = s.find(pat, b)) != std::string::npos; b = k + pat.size()) {
      out.append(s, b, k - b);
      out += with;
    }
    out.append(s, b);
    return Value::string(std::move(out));
  }
  if (f == "reverse") {
    if (x.type() == T::kList) {
      std::vector<Value> v = x.as_list();
      std::reverse(v.begin(), v.end());
      return Value::list(std::move(v));
    }
    const std::string& s = str_arg(e, x);
    std::string out;
    for (std::size_t i = s.size(); i > 0;) {
      std::size_t b = i - 1;
      while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
      out.append(s, b, i - b);
      i = b;
    }
    return Value::string(std::move(out));
  }
  if (f == "head" || f == "last" || f == "tail") {
    if (x.type() != T::kList) bad_arg(e, x);
    const auto& l = x.as_list();
    if (f == "tail") return Value::list(l.empty() ? std::vector<Value>{} : std::vector<Value>(l.begin() + 1, l.end()));
    if (l.empty()) return {};
    return f == "head" ? l.front() : l.back();
  }
  if (f == "date") {
    if (x.type() == T::kDate) return x;
    const std::string& s = str_arg(e, x);
    if (!is_iso_date(s)) fail_at(e.pos, "date() expects 'YYYY-MM-DD', got '" + s + "'");
    return Value::date(s);
  }
  if (f == "range") {
    for (const auto& v : a)
      if (v.is_null()) return {};
    const std::int64_t from = int_arg(e, a[0]), to = int_arg(e, a[1]);
    const std::int64_t step = a.size() > 2 ? int_arg(e, a[2]) : 1;
    if (step == 0) fail_at(e.pos, "range() step must not be 0");
    const long double count = (static_cast<long double>(to) - static_cast<long double>(from)) / static_cast<long double>(step);
    if (count > 1e6) fail_at(e.pos, "range() would make more than 1000000 values");
    std::vector<Value> out;
    for (std::int64_t i = from; step > 0 ? i <= to : i >= to; i += step) {
      out.push_back(Value::integer(i));
      if ((step > 0 && i > INT64_MAX - step) || (step < 0 && i < INT64_MIN - step)) break;
    }
    return Value::list(std::move(out));
  }
  fail_at(e.pos, "unknown function " + f + "()");
}

void Aggregator::add(const EvalContext& c) {
  if (e_->op == Op::kCountStar) {
    ++count_;
    return;
  }
  Value v = eval(*e_->args[0], c);
  if (v.is_null()) return;
  if (e_->distinct && !seen_.insert(v).second) return;
  const std::string& f = e_->name;
  if (f == "count") {
    ++count_;
  } else if (f == "collect") {
    values_.push_back(std::move(v));
  } else if (f == "min" || f == "max") {
    if (values_.empty()) values_.push_back(std::move(v));
    else if (const int cmp = order_compare(v, values_[0]); f == "min" ? cmp < 0 : cmp > 0) values_[0] = std::move(v);
  } else {  // sum, avg
    if (!v.is_number()) fail_at(e_->pos, f + "() expects numbers but got " + type_name(v.type()));
    ++count_;
    if (v.type() == Value::Type::kInt && int_sum_) {
      if (__builtin_add_overflow(isum_, v.as_int(), &isum_)) fail_at(e_->pos, "integer overflow in sum()");
    } else {
      if (int_sum_) fsum_ = static_cast<double>(isum_);
      int_sum_ = false;
      fsum_ += v.as_number();
    }
  }
}

Value Aggregator::result() const {
  const std::string& f = e_->name;
  if (e_->op == Op::kCountStar || f == "count") return Value::integer(count_);
  if (f == "collect") return Value::list(values_);
  if (f == "min" || f == "max") return values_.empty() ? Value() : values_[0];
  if (f == "sum") return int_sum_ ? Value::integer(isum_) : Value::floating(fsum_);
  // avg
  if (count_ == 0) return {};
  const double total = int_sum_ ? static_cast<double>(isum_) : fsum_;
  return Value::floating(total / static_cast<double>(count_));
}

int function_min_args(const std::string& name) { return info(name) ? info(name)->min_args : 0; }
int function_max_args(const std::string& name) { return info(name) ? info(name)->max_args : 0; }

}  // namespace kg::graph::query::detail
