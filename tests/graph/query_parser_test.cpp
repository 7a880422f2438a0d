#include <doctest/doctest.h>

#include <string>

#include "graph/query/parser.h"

using namespace kg::graph::query;

namespace {
std::string error_of(const std::string& q) {
  auto r = parse_query(q);
  return r.is_ok() ? std::string("ok") : r.status().message();
}
}  // namespace

TEST_CASE("query parser: clauses and patterns") {
  auto r = parse_query(
      "MATCH (a:Person {name: 'Wang Yi'})-[r:MEET|VISIT]->(b), (b)<-[:SIGN]-(c) "
      "OPTIONAL MATCH (c)-[*1..3]-(d) WHERE d.name IS NOT NULL "
      "WITH a, count(d) AS n UNWIND [1, 2] AS k RETURN DISTINCT a.name AS who, n ORDER BY n DESC, who SKIP 1 LIMIT 2;");
  REQUIRE(r.is_ok());
  const Query& q = r.value();
  REQUIRE(q.clauses.size() == 5);
  CHECK(q.clauses[0].kind == Clause::Kind::kMatch);
  REQUIRE(q.clauses[0].patterns.size() == 2);
  const PatternPart& p0 = q.clauses[0].patterns[0];
  CHECK(p0.nodes[0].var == "a");
  CHECK(p0.nodes[0].labels == std::vector<std::string>{"Person"});
  CHECK(p0.nodes[0].props.size() == 1);
  CHECK(p0.rels[0].types == std::vector<std::string>{"MEET", "VISIT"});
  CHECK(p0.rels[0].dir == Direction::kRight);
  CHECK(q.clauses[0].patterns[1].rels[0].dir == Direction::kLeft);
  CHECK(q.clauses[1].kind == Clause::Kind::kOptionalMatch);
  const RelPattern& v = q.clauses[1].patterns[0].rels[0];
  CHECK(v.var_length);
  CHECK(v.min_hops == 1);
  CHECK(v.max_hops == 3);
  CHECK(v.dir == Direction::kBoth);
  CHECK(q.clauses[1].where != nullptr);
  CHECK(q.clauses[2].kind == Clause::Kind::kWith);
  CHECK(q.clauses[3].kind == Clause::Kind::kUnwind);
  const Projection& ret = q.clauses[4].projection;
  CHECK(ret.distinct);
  CHECK(ret.items[0].alias == "who");
  CHECK(ret.items[1].alias == "n");
  CHECK(ret.order.size() == 2);
  CHECK(ret.order[0].descending);
  CHECK(!ret.order[1].descending);
  CHECK(ret.skip != nullptr);
  CHECK(ret.limit != nullptr);
}

TEST_CASE("query parser: variable-length bounds") {
  auto hops = [](const std::string& star) {
    auto r = parse_query("MATCH (a)-[" + star + "]->(b) RETURN b");
    REQUIRE(r.is_ok());
    const RelPattern& p = r.value().clauses[0].patterns[0].rels[0];
    return std::make_pair(p.min_hops, p.max_hops);
  };
  CHECK(hops("*") == std::make_pair(1u, kUnbounded));
  CHECK(hops("*2") == std::make_pair(2u, 2u));
  CHECK(hops("*..3") == std::make_pair(1u, 3u));
  CHECK(hops("*2..") == std::make_pair(2u, kUnbounded));
  CHECK(hops("r:KNOWS*0..4") == std::make_pair(0u, 4u));
  CHECK(error_of("MATCH (a)-[*3..1]->(b) RETURN b").find("below the lower bound") != std::string::npos);
  CHECK(error_of("MATCH (a)-[*9999999999]->(b) RETURN b").find("too large") != std::string::npos);
}

TEST_CASE("query parser: column names are the expression text") {
  auto r = parse_query("RETURN 1 + 2, toLower( 'X' ) AS low, [1,2]");
  REQUIRE(r.is_ok());
  const auto& items = r.value().clauses[0].projection.items;
  CHECK(items[0].alias == "1 + 2");
  CHECK(items[1].alias == "low");
  CHECK(items[2].alias == "[1,2]");
}

TEST_CASE("query parser: syntax errors name line, column and what was expected") {
  CHECK(error_of("MATCH (a:Person RETURN a") == "line 1, column 17: expected ':Label', '{' or ')' but found 'RETURN'");
  CHECK(error_of("MATCH (a)\nWHERE a.name = \nRETURN a") == "line 3, column 1: expected an expression but found 'RETURN'");
  CHECK(error_of("MATCH (a)-[r:MEET]->(b)") == "line 1, column 24: a query must end with RETURN (found end of input)");
  CHECK(error_of("") == "line 1, column 1: expected MATCH, WITH, UNWIND or RETURN but found end of input");
  CHECK(error_of("MATCH (a) RETURN a LIMIT") == "line 1, column 25: expected an expression but found end of input");
  CHECK(error_of("RETURN [1, 2") == "line 1, column 13: expected ',' or ']' but found end of input");
  CHECK(error_of("RETURN 1 RETURN 2").find("expected end of query or UNION after RETURN") != std::string::npos);
  CHECK(error_of("RETURN 1 AS x UNION RETURN 1 AS x UNION ALL RETURN 2 AS x").find("cannot be mixed") != std::string::npos);
  CHECK(error_of("MATCH p = allShortestPaths((a)-[*]-(b)) RETURN p").find("kg path GRAPH A B") != std::string::npos);
  CHECK(error_of("MATCH shortestPath((a)-[*]-(b)) RETURN a").find("shortestPath() is not supported") != std::string::npos);
  CHECK(error_of("CALL db.labels()").find("CALL is not supported") != std::string::npos);
  CHECK(error_of("MATCH (a) RETURN a; RETURN 1").find("one statement per query") != std::string::npos);
  CHECK(error_of("MATCH (a)-[r:MEET]-> RETURN a").find("expected '(' (a node pattern)") != std::string::npos);
}

TEST_CASE("query parser: unsupported Cypher is named") {
  CHECK(error_of("CREATE (n:Person) RETURN n") == "line 1, column 1: CREATE is not supported: kg query is read-only");
  CHECK(error_of("MATCH (n) DETACH DELETE n").find("DETACH is not supported") != std::string::npos);
  CHECK(error_of("MATCH (n {name: $name}) RETURN n").find("parameters ($name) are not supported") != std::string::npos);
  CHECK(error_of("MATCH p = (a)-->(b) RETURN p").find("named paths") != std::string::npos);
  CHECK(error_of("RETURN 1 < 2 < 3").find("chained comparisons") != std::string::npos);
  CHECK(error_of("RETURN {a: 1}").find("map literals") != std::string::npos);
}

TEST_CASE("query parser: nesting and pattern length are bounded") {
  const std::string deep = std::string(5000, '(') + "1" + std::string(5000, ')');
  CHECK(error_of("RETURN " + deep).find("nested too deeply") != std::string::npos);
  std::string negs(5000, '-');
  CHECK(error_of("RETURN " + negs + "1").find("nested too deeply") != std::string::npos);
  std::string nots;
  for (int i = 0; i < 5000; ++i) nots += "NOT ";
  CHECK(error_of("RETURN " + nots + "true").find("nested too deeply") != std::string::npos);
  std::string chain = "MATCH (a)";
  for (int i = 0; i < 300; ++i) chain += "-->()";
  CHECK(error_of(chain + " RETURN a").find("pattern longer than") != std::string::npos);
  std::string parts = "MATCH (a)";
  for (int i = 0; i < 600; ++i) parts += ", (x" + std::to_string(i) + ")";
  CHECK(error_of(parts + " RETURN a").find("more than 512 node patterns") != std::string::npos);
  CHECK(error_of("RETURN " + std::string(100, '(') + "1" + std::string(100, ')')) == "ok");
}

TEST_CASE("query parser: long operator chains are bounded") {
  std::string sum = "RETURN 1";
  for (int i = 0; i < 5000; ++i) sum += " + 1";
  CHECK(error_of(sum).find("expression too long") != std::string::npos);
  std::string ok = "RETURN 1";
  for (int i = 0; i < 500; ++i) ok += " + 1";
  CHECK(error_of(ok) == "ok");
}
