// Clauses and patterns of the Cypher subset; expressions are in parser_expr.cpp.
#include "graph/query/parser.h"

#include <algorithm>
#include <cctype>

#include "graph/query/parser_impl.h"

namespace kg::graph::query {
namespace detail {

std::string upper(std::string_view s) {
  std::string u(s);
  for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return u;
}

bool reserved(std::string_view u) {
  static const char* const kWords[] = {
      "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "AS", "ORDER", "BY", "SKIP", "LIMIT",
      "ASC", "ASCENDING", "DESC", "DESCENDING", "DISTINCT", "AND", "OR", "XOR", "NOT", "IN", "IS",
      "NULL", "TRUE", "FALSE", "CONTAINS", "STARTS", "ENDS", "CASE", "WHEN", "THEN", "ELSE", "END",
      "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "CALL", "UNION", "LOAD", "FOREACH"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](const char* w) { return u == w; });
}

bool Parser::is_kw(std::string_view kw, std::size_t k) const {
  const Token& t = ahead(k);
  if (t.kind != Tok::kIdent || t.quoted || t.text.size() != kw.size()) return false;
  for (std::size_t j = 0; j < kw.size(); ++j)
    if (std::toupper(static_cast<unsigned char>(t.text[j])) != kw[j]) return false;
  return true;
}

bool Parser::accept(Tok k) {
  if (!is(k)) return false;
  ++i_;
  return true;
}

bool Parser::accept_kw(std::string_view kw) {
  if (!is_kw(kw)) return false;
  ++i_;
  return true;
}

const Token& Parser::expect(Tok k, std::string_view what) {
  if (!is(k)) expected(what);
  return t_[i_++];
}

void Parser::expect_kw(std::string_view kw) {
  if (!accept_kw(kw)) expected(std::string(kw));
}

void Parser::fail(const Token& at, const std::string& msg) const {
  throw ParseError("line " + std::to_string(at.line) + ", column " + std::to_string(at.column) + ": " + msg);
}

void Parser::expected(std::string_view what) const {
  fail(cur(), "expected " + std::string(what) + " but found " + describe(cur()));
}

std::string Parser::name(std::string_view what) {
  const Token& t = cur();
  if (t.kind != Tok::kIdent) expected(what);
  ++i_;
  return t.text;
}

Query Parser::query() {
  Query q;
  q.clauses = single_query();
  bool kinds[2] = {false, false};  // UNION, UNION ALL seen
  while (is_kw("UNION")) {
    const Token& u = cur();
    ++i_;
    const bool all = accept_kw("ALL");
    kinds[all] = true;
    if (kinds[0] && kinds[1]) fail(u, "UNION and UNION ALL cannot be mixed in one query (as in Neo4j)");
    q.union_all = all;
    q.unions.push_back(single_query());
  }
  accept(Tok::kSemicolon);
  if (!is(Tok::kEnd)) fail(cur(), "expected end of query but found " + describe(cur()) +
                                      " (one statement per query)");
  return q;
}

std::vector<Clause> Parser::single_query() {
  std::vector<Clause> clauses;
  for (;;) {
    if (is(Tok::kEnd) || is(Tok::kSemicolon) || (is_kw("UNION") && !clauses.empty())) {
      if (clauses.empty()) expected("MATCH, WITH, UNWIND or RETURN");
      if (clauses.back().kind != Clause::Kind::kReturn)
        fail(cur(), "a query must end with RETURN (found " + describe(cur()) + ")");
      break;
    }
    if (!clauses.empty() && clauses.back().kind == Clause::Kind::kReturn)
      fail(cur(), "expected end of query or UNION after RETURN but found " + describe(cur()));
    const Token& t = cur();
    if (accept_kw("MATCH")) {
      clauses.push_back(match(false));
    } else if (is_kw("OPTIONAL")) {
      ++i_;
      expect_kw("MATCH");
      clauses.push_back(match(true));
    } else if (accept_kw("WITH")) {
      clauses.push_back(projection_clause(false));
    } else if (accept_kw("RETURN")) {
      clauses.push_back(projection_clause(true));
    } else if (accept_kw("UNWIND")) {
      Clause c;
      c.kind = Clause::Kind::kUnwind;
      c.pos = {t.line, t.column};
      c.unwind = expr();
      expect_kw("AS");
      c.alias = name("a variable name");
      clauses.push_back(std::move(c));
    } else if (t.kind == Tok::kIdent && !t.quoted && reserved(upper(t.text)) &&
               std::string("CREATE MERGE DELETE DETACH SET REMOVE FOREACH LOAD").find(upper(t.text)) !=
                   std::string::npos) {
      fail(t, upper(t.text) + " is not supported: kg query is read-only");
    } else if (is_kw("CALL")) {
      fail(t, "CALL is not supported: kg query has no procedures; for paths use `kg path GRAPH A B`, for rankings "
              "`kg stats`");
    } else {
      expected(clauses.empty() ? "MATCH, OPTIONAL MATCH, WITH, UNWIND or RETURN"
                               : "MATCH, OPTIONAL MATCH, WITH, UNWIND, WHERE or RETURN");
    }
  }
  return clauses;
}

Clause Parser::match(bool optional) {
  Clause c;
  c.kind = optional ? Clause::Kind::kOptionalMatch : Clause::Kind::kMatch;
  c.pos = pos();
  std::size_t nodes = 0;
  do {
    const Token& at = cur();
    c.patterns.push_back(pattern_part());
    nodes += c.patterns.back().nodes.size();
    if (nodes > kMaxMatchNodes)
      fail(at, "MATCH clause with more than " + std::to_string(kMaxMatchNodes) + " node patterns");
  } while (accept(Tok::kComma));
  if (accept_kw("WHERE")) c.where = expr();
  return c;
}

PatternPart Parser::pattern_part() {
  if (cur().kind == Tok::kIdent && ahead(1).kind == Tok::kEq) {
    const std::string f = ahead(2).kind == Tok::kIdent ? upper(ahead(2).text) : "";
    if (f == "SHORTESTPATH" || f == "ALLSHORTESTPATHS")
      fail(ahead(2), ahead(2).text + "() is not supported: use `kg path GRAPH A B` (shortest paths through named "
                                      "entities), or a variable-length pattern (a)-[*..4]-(b) with ORDER BY and LIMIT");
    fail(cur(), "named paths (p = ...) are not supported: match the pattern without a name and return its parts");
  }
  if (cur().kind == Tok::kIdent && (upper(cur().text) == "SHORTESTPATH" || upper(cur().text) == "ALLSHORTESTPATHS"))
    fail(cur(), cur().text + "() is not supported: use `kg path GRAPH A B` (shortest paths through named entities), "
                             "or a variable-length pattern (a)-[*..4]-(b) with ORDER BY and LIMIT");
  PatternPart part;
  part.nodes.push_back(node_pattern());
  while (is(Tok::kMinus) || is(Tok::kLt)) {
    if (part.rels.size() >= kMaxPatternLength)
      fail(cur(), "pattern longer than " + std::to_string(kMaxPatternLength) + " relationships");
    part.rels.push_back(rel_pattern());
    part.nodes.push_back(node_pattern());
  }
  return part;
}

NodePattern Parser::node_pattern() {
  NodePattern n;
  n.pos = pos();
  expect(Tok::kLParen, "'(' (a node pattern)");
  if (is(Tok::kIdent)) n.var = name("a variable");
  while (accept(Tok::kColon)) n.labels.push_back(name("a label"));
  if (is(Tok::kLBrace)) properties(n.props);
  expect(Tok::kRParen, n.var.empty() && n.labels.empty() ? "a variable, ':Label', '{' or ')'" : "':Label', '{' or ')'");
  return n;
}

std::uint32_t Parser::hop_count() {
  const Token& t = expect(Tok::kInt, "a number of hops");
  if (t.text.size() > 9) fail(t, "variable-length bound " + t.text + " is too large");
  return static_cast<std::uint32_t>(std::stoul(t.text));
}

RelPattern Parser::rel_pattern() {
  RelPattern r;
  r.pos = pos();
  const bool left = accept(Tok::kLt);
  expect(Tok::kMinus, "'-'");
  if (accept(Tok::kLBracket)) {
    if (is(Tok::kIdent)) r.var = name("a variable");
    if (accept(Tok::kColon)) {
      r.types.push_back(name("a relationship type"));
      while (accept(Tok::kPipe)) {
        accept(Tok::kColon);
        r.types.push_back(name("a relationship type"));
      }
    }
    if (accept(Tok::kStar)) {
      r.var_length = true;
      r.min_hops = 1;
      r.max_hops = kUnbounded;
      if (is(Tok::kInt)) {
        r.min_hops = hop_count();
        if (!is(Tok::kDotDot)) r.max_hops = r.min_hops;
      }
      if (accept(Tok::kDotDot) && is(Tok::kInt)) r.max_hops = hop_count();
      if (r.max_hops < r.min_hops) fail(cur(), "variable-length upper bound is below the lower bound");
    }
    if (is(Tok::kLBrace)) properties(r.props);
    expect(Tok::kRBracket, "']'");
  }
  expect(Tok::kMinus, "'-'");
  const bool right = accept(Tok::kGt);
  r.dir = left == right ? Direction::kBoth : left ? Direction::kLeft : Direction::kRight;
  return r;
}

void Parser::properties(std::vector<std::pair<std::string, ExprPtr>>& props) {
  expect(Tok::kLBrace, "'{'");
  if (!is(Tok::kRBrace)) {
    do {
      std::string key = name("a property name");
      expect(Tok::kColon, "':'");
      props.emplace_back(std::move(key), expr());
    } while (accept(Tok::kComma));
  }
  expect(Tok::kRBrace, "',' or '}'");
}

Clause Parser::projection_clause(bool is_return) {
  Clause c;
  c.kind = is_return ? Clause::Kind::kReturn : Clause::Kind::kWith;
  c.pos = pos();
  projection_body(c.projection, !is_return);
  return c;
}

void Parser::projection_body(Projection& p, bool is_with) {
  p.distinct = accept_kw("DISTINCT");
  do {
    if (is(Tok::kStar) && p.items.empty() && !p.star) {
      ++i_;
      p.star = true;
      continue;
    }
    ReturnItem item;
    item.expr = expr();
    if (accept_kw("AS")) {
      item.alias = name("a column name");
      item.aliased = true;
    } else {
      item.alias = item.expr->op == Op::kVariable ? item.expr->name : item.expr->text;
    }
    p.items.push_back(std::move(item));
  } while (accept(Tok::kComma));
  if (is_kw("ORDER")) {
    ++i_;
    expect_kw("BY");
    do {
      SortItem s;
      s.expr = expr();
      if (accept_kw("DESC") || accept_kw("DESCENDING")) s.descending = true;
      else if (!accept_kw("ASC")) accept_kw("ASCENDING");
      p.order.push_back(std::move(s));
    } while (accept(Tok::kComma));
  }
  if (accept_kw("SKIP")) p.skip = expr();
  if (accept_kw("LIMIT")) p.limit = expr();
  if (is_with && accept_kw("WHERE")) p.where = expr();
}

}  // namespace detail

Result<Query> parse_query(std::string_view text) {
  auto tokens = tokenize(text);
  if (!tokens) return tokens.status();
  try {
    detail::Parser p(text, std::move(tokens.value()));
    return p.query();
  } catch (const detail::ParseError& e) {
    return Status::invalid_argument(e.what());
  }
}

}  // namespace kg::graph::query
