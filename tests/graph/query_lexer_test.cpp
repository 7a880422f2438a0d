#include <doctest/doctest.h>

#include "graph/query/lexer.h"

using namespace kg::graph::query;

TEST_CASE("query lexer: tokens, positions, keywords stay identifiers") {
  auto r = tokenize("MATCH (a:Person)\n  -[r:MEET*1..3]->(b) RETURN a.name <> 'x', b.n >= 2.5");
  REQUIRE(r.is_ok());
  const auto& t = r.value();
  CHECK(t[0].kind == Tok::kIdent);
  CHECK(t[0].text == "MATCH");
  CHECK(t[1].kind == Tok::kLParen);
  CHECK(t[1].column == 7);
  // "-" on line 2, column 3
  CHECK(t[6].kind == Tok::kMinus);
  CHECK(t[6].line == 2);
  CHECK(t[6].column == 3);
  // *1..3 is star, int, dotdot, int (not the float "1.")
  std::size_t star = 0;
  while (t[star].kind != Tok::kStar) ++star;
  CHECK(t[star + 1].kind == Tok::kInt);
  CHECK(t[star + 1].text == "1");
  CHECK(t[star + 2].kind == Tok::kDotDot);
  CHECK(t[star + 3].text == "3");
  bool ne = false, ge = false, fl = false;
  for (const auto& k : t) {
    ne = ne || k.kind == Tok::kNe;
    ge = ge || k.kind == Tok::kGe;
    fl = fl || (k.kind == Tok::kFloat && k.text == "2.5");
  }
  CHECK(ne);
  CHECK(ge);
  CHECK(fl);
  CHECK(t.back().kind == Tok::kEnd);
}

TEST_CASE("query lexer: strings, escapes, backticks, comments") {
  auto r = tokenize("'it\\'s' \"a\\nb\" '\\u00e9' `odd name` // comment\n/* block\n */ x");
  REQUIRE(r.is_ok());
  const auto& t = r.value();
  CHECK(t[0].kind == Tok::kString);
  CHECK(t[0].text == "it's");
  CHECK(t[1].text == "a\nb");
  CHECK(t[2].text == "\xC3\xA9");
  CHECK(t[3].kind == Tok::kIdent);
  CHECK(t[3].quoted);
  CHECK(t[3].text == "odd name");
  CHECK(t[4].text == "x");
  CHECK(t[4].line == 3);
}

TEST_CASE("query lexer: errors name line and column") {
  auto r = tokenize("RETURN\n  'open");
  REQUIRE(!r.is_ok());
  CHECK(r.status().message() == "line 2, column 3: unterminated string literal");
  r = tokenize("RETURN 1 # 2");
  REQUIRE(!r.is_ok());
  CHECK(r.status().message() == "line 1, column 10: unexpected character '#'");
  CHECK(!tokenize("RETURN '\\q'").is_ok());
  CHECK(!tokenize("RETURN /* never closed").is_ok());
  CHECK(!tokenize("RETURN 12abc").is_ok());
  CHECK(!tokenize("RETURN '\\u12'").is_ok());
}
