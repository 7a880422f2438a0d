// Expressions of the Cypher subset, by precedence (lowest first): OR, XOR, AND, NOT,
// comparison, string/list/null predicates, + -, * / %, ^, unary + -, postfix (. [] :L).
#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include "graph/query/parser_impl.h"

namespace kg::graph::query::detail {

Parser::DepthGuard::DepthGuard(Parser& p) : p_(p) {
  if (++p_.depth_ > kMaxDepth)
    p_.fail(p_.cur(), "expression nested too deeply (more than " + std::to_string(kMaxDepth) + " levels)");
}

ExprPtr Parser::make(Op op, Pos p, std::vector<ExprPtr> args) {
  auto e = std::make_unique<Expr>();
  e->op = op;
  e->pos = p;
  e->args = std::move(args);
  for (const auto& a : e->args) e->depth = std::max(e->depth, a->depth + 1);
  if (e->depth > kMaxTreeDepth) fail(cur(), "expression too long (more than " + std::to_string(kMaxTreeDepth) + " nested operators)");
  return e;
}

namespace {
std::vector<ExprPtr> two(ExprPtr a, ExprPtr b) {
  std::vector<ExprPtr> v;
  v.push_back(std::move(a));
  v.push_back(std::move(b));
  return v;
}
std::vector<ExprPtr> one(ExprPtr a) {
  std::vector<ExprPtr> v;
  v.push_back(std::move(a));
  return v;
}
}  // namespace

ExprPtr Parser::expr() {
  DepthGuard g(*this);
  const std::uint32_t begin = cur().offset;
  ExprPtr e = or_expr();
  const std::uint32_t end = t_[i_ > 0 ? i_ - 1 : 0].end;
  if (end > begin) e->text = std::string(text_.substr(begin, end - begin));
  return e;
}

ExprPtr Parser::or_expr() {
  ExprPtr e = xor_expr();
  while (is_kw("OR")) {
    const Pos p = pos();
    ++i_;
    e = make(Op::kOr, p, two(std::move(e), xor_expr()));
  }
  return e;
}

ExprPtr Parser::xor_expr() {
  ExprPtr e = and_expr();
  while (is_kw("XOR")) {
    const Pos p = pos();
    ++i_;
    e = make(Op::kXor, p, two(std::move(e), and_expr()));
  }
  return e;
}

ExprPtr Parser::and_expr() {
  ExprPtr e = not_expr();
  while (is_kw("AND")) {
    const Pos p = pos();
    ++i_;
    e = make(Op::kAnd, p, two(std::move(e), not_expr()));
  }
  return e;
}

ExprPtr Parser::not_expr() {
  if (is_kw("NOT")) {
    DepthGuard g(*this);
    const Pos p = pos();
    ++i_;
    return make(Op::kNot, p, one(not_expr()));
  }
  return comparison();
}

ExprPtr Parser::comparison() {
  ExprPtr e = predicates();
  auto op_of = [](Tok k, Op& op) {
    switch (k) {
      case Tok::kEq: op = Op::kEq; return true;
      case Tok::kNe: op = Op::kNe; return true;
      case Tok::kLt: op = Op::kLt; return true;
      case Tok::kLe: op = Op::kLe; return true;
      case Tok::kGt: op = Op::kGt; return true;
      case Tok::kGe: op = Op::kGe; return true;
      default: return false;
    }
  };
  Op op;
  if (!op_of(cur().kind, op)) return e;
  const Pos p = pos();
  ++i_;
  e = make(op, p, two(std::move(e), predicates()));
  if (op_of(cur().kind, op)) fail(cur(), "chained comparisons (a < b < c) are not supported; use AND");
  return e;
}

ExprPtr Parser::predicates() {
  ExprPtr e = add_sub();
  for (;;) {
    const Pos p = pos();
    if (is_kw("CONTAINS")) {
      ++i_;
      e = make(Op::kContains, p, two(std::move(e), add_sub()));
    } else if (is_kw("STARTS")) {
      ++i_;
      expect_kw("WITH");
      e = make(Op::kStartsWith, p, two(std::move(e), add_sub()));
    } else if (is_kw("ENDS")) {
      ++i_;
      expect_kw("WITH");
      e = make(Op::kEndsWith, p, two(std::move(e), add_sub()));
    } else if (cur().kind == Tok::kRegex) {  // "name =~ 'W.*'": the whole string matches
      ++i_;
      e = make(Op::kRegexMatch, p, two(std::move(e), add_sub()));
    } else if (is_kw("IN")) {
      ++i_;
      e = make(Op::kIn, p, two(std::move(e), add_sub()));
    } else if (is_kw("IS")) {
      ++i_;
      const bool neg = accept_kw("NOT");
      expect_kw("NULL");
      e = make(neg ? Op::kIsNotNull : Op::kIsNull, p, one(std::move(e)));
    } else {
      return e;
    }
  }
}

ExprPtr Parser::add_sub() {
  ExprPtr e = mul_div();
  while (is(Tok::kPlus) || is(Tok::kMinus)) {
    const Op op = is(Tok::kPlus) ? Op::kAdd : Op::kSub;
    const Pos p = pos();
    ++i_;
    e = make(op, p, two(std::move(e), mul_div()));
  }
  return e;
}

ExprPtr Parser::mul_div() {
  ExprPtr e = power();
  while (is(Tok::kStar) || is(Tok::kSlash) || is(Tok::kPercent)) {
    const Op op = is(Tok::kStar) ? Op::kMul : is(Tok::kSlash) ? Op::kDiv : Op::kMod;
    const Pos p = pos();
    ++i_;
    e = make(op, p, two(std::move(e), power()));
  }
  return e;
}

ExprPtr Parser::power() {
  ExprPtr e = unary();
  while (is(Tok::kCaret)) {
    const Pos p = pos();
    ++i_;
    e = make(Op::kPow, p, two(std::move(e), unary()));
  }
  return e;
}

ExprPtr Parser::unary() {
  if (is(Tok::kMinus) || is(Tok::kPlus)) {
    DepthGuard g(*this);
    const Op op = is(Tok::kMinus) ? Op::kNeg : Op::kPlusSign;
    const Pos p = pos();
    ++i_;
    // -9223372036854775808 is a valid integer literal.
    if (op == Op::kNeg && is(Tok::kInt) && cur().text == "9223372036854775808") {
      ++i_;
      auto e = make(Op::kLiteral, p, {});
      e->value = Value::integer(INT64_MIN);
      return e;
    }
    return make(op, p, one(unary()));
  }
  return postfix();
}

ExprPtr Parser::postfix() {
  ExprPtr e = atom();
  for (;;) {
    const Pos p = pos();
    if (is(Tok::kDot)) {
      ++i_;
      auto prop = make(Op::kProperty, p, one(std::move(e)));
      prop->name = name("a property name");
      e = std::move(prop);
    } else if (is(Tok::kLBracket)) {
      ++i_;
      ExprPtr from = is(Tok::kDotDot) ? make(Op::kLiteral, p, {}) : expr();
      if (accept(Tok::kDotDot)) {
        ExprPtr to = is(Tok::kRBracket) ? make(Op::kLiteral, p, {}) : expr();
        std::vector<ExprPtr> a;
        a.push_back(std::move(e));
        a.push_back(std::move(from));
        a.push_back(std::move(to));
        e = make(Op::kSlice, p, std::move(a));
      } else {
        e = make(Op::kIndex, p, two(std::move(e), std::move(from)));
      }
      expect(Tok::kRBracket, "']'");
    } else if (is(Tok::kColon) && e->op == Op::kVariable) {
      auto h = make(Op::kHasLabels, p, one(std::move(e)));
      while (accept(Tok::kColon)) h->names.push_back(name("a label"));
      e = std::move(h);
    } else {
      return e;
    }
  }
}

ExprPtr Parser::atom() {
  const Token& t = cur();
  const Pos p = pos();
  auto literal = [&](Value v) {
    ++i_;
    auto e = make(Op::kLiteral, p, {});
    e->value = std::move(v);
    return e;
  };
  switch (t.kind) {
    case Tok::kInt: {
      errno = 0;
      char* endp = nullptr;
      const long long v = std::strtoll(t.text.c_str(), &endp, 10);
      if (errno == ERANGE) fail(t, "integer literal " + t.text + " is too large");
      return literal(Value::integer(v));
    }
    case Tok::kFloat: return literal(Value::floating(std::strtod(t.text.c_str(), nullptr)));
    case Tok::kString: return literal(Value::string(t.text));
    case Tok::kDollar: fail(t, "parameters ($name) are not supported: write the value in the query");
    case Tok::kLBrace: fail(t, "map literals are only supported as pattern properties");
    case Tok::kLParen: {
      ++i_;
      ExprPtr e = expr();
      expect(Tok::kRParen, "')'");
      return e;
    }
    case Tok::kLBracket: {
      ++i_;
      if (is(Tok::kIdent) && is_kw("IN", 1)) {  // [x IN list WHERE p | e]
        ExprPtr e = comprehension(Op::kListComp, p, true);
        expect(Tok::kRBracket, "']'");
        return e;
      }
      std::vector<ExprPtr> items;
      if (!is(Tok::kRBracket)) {
        items.push_back(expr());
        while (accept(Tok::kComma)) items.push_back(expr());
      }
      expect(Tok::kRBracket, "',' or ']'");
      return make(Op::kList, p, std::move(items));
    }
    case Tok::kIdent: {
      if (!t.quoted) {
        const std::string u = upper(t.text);
        if (u == "TRUE") return literal(Value::boolean(true));
        if (u == "FALSE") return literal(Value::boolean(false));
        if (u == "NULL") return literal(Value());
        if (u == "CASE") return case_expr();
        if (ahead(1).kind == Tok::kLParen) {
          ++i_;
          return call(t);
        }
        if (u == "EXISTS" && ahead(1).kind == Tok::kLBrace) fail(t, "EXISTS { } subqueries are not supported");
        if (reserved(u)) expected("an expression");
      }
      ++i_;
      auto e = make(Op::kVariable, p, {});
      e->name = t.text;
      return e;
    }
    default: expected("an expression");
  }
}

ExprPtr Parser::call(const Token& name_token) {
  const Pos p{name_token.line, name_token.column};
  std::string fname;
  for (char c : name_token.text) fname += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  expect(Tok::kLParen, "'('");
  if (fname == "count" && is(Tok::kStar)) {
    ++i_;
    expect(Tok::kRParen, "')'");
    auto e = make(Op::kCountStar, p, {});
    e->name = "count";
    return e;
  }
  if ((fname == "any" || fname == "all" || fname == "none" || fname == "single") && is(Tok::kIdent) &&
      is_kw("IN", 1)) {
    ExprPtr q = comprehension(Op::kQuantifier, p, false);
    q->names.push_back(fname);
    expect(Tok::kRParen, "')'");
    return q;
  }
  auto e = make(Op::kCall, p, {});
  e->name = fname;
  e->distinct = accept_kw("DISTINCT");
  if (!is(Tok::kRParen)) {
    e->args.push_back(expr());
    while (accept(Tok::kComma)) e->args.push_back(expr());
  }
  expect(Tok::kRParen, "',' or ')'");
  return e;
}

ExprPtr Parser::comprehension(Op op, Pos p, bool allow_map) {
  auto e = make(op, p, {});
  e->name = name("a variable");
  ++i_;  // IN
  e->args.push_back(expr());
  if (accept_kw("WHERE")) {
    e->args.push_back(expr());
  } else {
    if (!allow_map) expected("WHERE");
    auto t = make(Op::kLiteral, p, {});
    t->value = Value::boolean(true);
    e->args.push_back(std::move(t));
  }
  if (allow_map && accept(Tok::kPipe)) e->args.push_back(expr());
  for (const auto& a : e->args) e->depth = std::max(e->depth, a->depth + 1);
  return e;
}

ExprPtr Parser::case_expr() {
  auto e = make(Op::kCase, pos(), {});
  ++i_;  // CASE
  if (!is_kw("WHEN")) {
    e->has_subject = true;
    e->args.push_back(expr());
  }
  if (!is_kw("WHEN")) expected("WHEN");
  while (accept_kw("WHEN")) {
    e->args.push_back(expr());
    expect_kw("THEN");
    e->args.push_back(expr());
  }
  if (accept_kw("ELSE")) {
    e->has_else = true;
    e->args.push_back(expr());
  }
  expect_kw("END");
  return e;
}

}  // namespace kg::graph::query::detail
