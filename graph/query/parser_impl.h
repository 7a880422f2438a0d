// Internal to the parser (parser.cpp: clauses and patterns, parser_expr.cpp: expressions).
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "graph/query/ast.h"
#include "graph/query/lexer.h"
#include "graph/query/parser.h"

namespace kg::graph::query::detail {

struct ParseError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Parser {
 public:
  Parser(std::string_view text, std::vector<Token> tokens) : text_(text), t_(std::move(tokens)) {}
  Query query();
  std::vector<Clause> single_query();  // the clauses up to the end, a ";" or a UNION

  // Expressions (parser_expr.cpp).
  ExprPtr expr();

 private:
  const Token& cur() const { return t_[i_]; }
  const Token& ahead(std::size_t k) const { return t_[std::min(i_ + k, t_.size() - 1)]; }
  bool is(Tok k) const { return cur().kind == k; }
  bool is_kw(std::string_view kw, std::size_t k = 0) const;
  bool accept(Tok k);
  bool accept_kw(std::string_view kw);
  const Token& expect(Tok k, std::string_view what);
  void expect_kw(std::string_view kw);
  [[noreturn]] void fail(const Token& at, const std::string& msg) const;
  [[noreturn]] void expected(std::string_view what) const;
  Pos pos() const { return {cur().line, cur().column}; }
  std::string name(std::string_view what);  // identifier (not a reserved keyword)

  // Clauses and patterns (parser.cpp).
  Clause match(bool optional);
  Clause projection_clause(bool is_return);
  void projection_body(Projection& p, bool is_with);
  PatternPart pattern_part();
  NodePattern node_pattern();
  RelPattern rel_pattern();
  void properties(std::vector<std::pair<std::string, ExprPtr>>& props);
  std::uint32_t hop_count();

  // Expression levels (parser_expr.cpp).
  ExprPtr or_expr();
  ExprPtr xor_expr();
  ExprPtr and_expr();
  ExprPtr not_expr();
  ExprPtr comparison();
  ExprPtr predicates();
  ExprPtr add_sub();
  ExprPtr mul_div();
  ExprPtr power();
  ExprPtr unary();
  ExprPtr postfix();
  ExprPtr atom();
  ExprPtr call(const Token& name_token);
  ExprPtr case_expr();
  // After '[' or 'any(': `x IN list [WHERE p] [| e]`; the closing bracket is the caller's.
  ExprPtr comprehension(Op op, Pos p, bool allow_map);
  ExprPtr make(Op op, Pos p, std::vector<ExprPtr> args);

  struct DepthGuard {
    explicit DepthGuard(Parser& p);
    ~DepthGuard() { --p_.depth_; }
    Parser& p_;
  };

  std::string_view text_;
  std::vector<Token> t_;
  std::size_t i_ = 0;
  int depth_ = 0;
};

// Keywords that cannot be used as bare variable names.
bool reserved(std::string_view upper);
std::string upper(std::string_view s);

}  // namespace kg::graph::query::detail
