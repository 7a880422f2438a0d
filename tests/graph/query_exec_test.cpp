#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/query/query.h"

using namespace kg::graph;
using namespace kg::graph::query;

namespace {

Triple make(const std::string& s, const std::string& st, const std::string& rel, const std::string& o,
            const std::string& ot, const std::string& doc, const std::string& date, std::uint32_t at,
            double conf = 0.9) {
  Triple t;
  t.subject = {Argument::Kind::kEntity, s, st, {}};
  t.object = {ot == "concept" ? Argument::Kind::kConcept : Argument::Kind::kEntity, o, ot, {}};
  t.relation = {rel, rel, ""};
  t.evidence.document = {doc, "https://x.example/" + doc, "Title " + doc, date};
  t.evidence.sentence = s + " " + rel + " " + o + ".";
  t.evidence.sentence_span = {at, at + 20};
  t.evidence.confidence = conf;
  t.evidence.rule = "svo";
  return t;
}

// Alice -MEET-> Bob (twice: weight 2), Bob -MEET-> Carol, Carol -MEET-> Alice (a cycle),
// Alice -SUPPORT-> Acme, Dave -CRITICIZE-> Acme, Bob -VISIT-> Paris, Alice -PROPOSE-> plan.
struct Fixture {
  KnowledgeGraph g;
  Fixture() {
    const Triple ts[] = {
        make("Alice", "PER", "meet", "Bob", "PER", "d1", "2024-01-01", 0, 0.9),
        make("Alice", "PER", "meet", "Bob", "PER", "d2", "2024-02-01", 0, 0.7),
        make("Bob", "PER", "meet", "Carol", "PER", "d2", "2024-02-01", 30, 0.8),
        make("Carol", "PER", "meet", "Alice", "PER", "d3", "", 0, 0.6),
        make("Alice", "PER", "support", "Acme", "ORG", "d1", "2024-01-01", 40, 0.5),
        make("Dave", "PER", "criticize", "Acme", "ORG", "d3", "", 40, 0.95),
        make("Bob", "PER", "visit", "Paris", "LOC", "d3", "", 80, 0.85),
        make("Alice", "PER", "propose", "plan", "concept", "d1", "2024-01-01", 90, 0.4),
    };
    for (const auto& t : ts) REQUIRE(g.add(t).is_ok());
    g.canonicalize();
  }
};

struct Q {
  Fixture f;
  GraphModel m{f.g};
  QueryResult run(const std::string& q, const QueryOptions& o = {}) {
    auto r = run_query(m, q, o);
    INFO(q);
    REQUIRE_MESSAGE(r.is_ok(), r.status().message());
    return r.value();
  }
  // Rows as "a|b|c" (to_text of each cell; null as "null").
  std::vector<std::string> rows(const std::string& q) {
    std::vector<std::string> out;
    for (const auto& row : run(q).rows) {
      std::string s;
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (i) s += '|';
        s += row[i].is_null() ? "null" : to_text(row[i], m);
      }
      out.push_back(s);
    }
    return out;
  }
  std::string one(const std::string& q) {
    auto r = rows(q);
    REQUIRE(r.size() == 1);
    return r[0];
  }
  std::string error(const std::string& q, const QueryOptions& o = {}) {
    auto r = run_query(m, q, o);
    return r.is_ok() ? "ok" : r.status().message();
  }
};

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("query: model mirrors the Neo4j export") {
  Q q;
  CHECK(q.m.labels() == V{"Article", "Concept", "Entity", "Organization", "Person", "Place"});
  CHECK(q.rows("MATCH (n:Person) RETURN n.name ORDER BY n.name") == V{"Alice", "Bob", "Carol", "Dave"});
  CHECK(q.one("MATCH (n:Person {name: 'Alice'}) RETURN labels(n), n.type, n.key, n.mentions, n.documents") ==
        "[\"Entity\", \"Person\"]|Person|Person|alice|5|3");
  CHECK(q.one("MATCH (n:Person {name: 'Alice'}) RETURN n.firstSeen, n.lastSeen, n.aliases, n.titles") ==
        "2024-01-01|2024-02-01|[]|[]");
  CHECK(q.one("MATCH (n:Concept) RETURN labels(n), n.name") == "[\"Concept\"]|plan");
  CHECK(q.one("MATCH (a:Person {name: 'Alice'})-[r:MEET]->(b) RETURN r.weight, r.confidence, r.documents, "
              "r.firstSeen, r.lastSeen, r.lemmas, size(r.statementIds), r.articleUrl") ==
        "2|0.9|2|2024-01-01|2024-02-01|[\"meet\"]|2|https://x.example/d1");
  CHECK(q.one("MATCH (a:Article {docId: 'd3'}) RETURN a.title, a.url, a.published, a.dateText") ==
        "Title d3|https://x.example/d3|null|");
  CHECK(q.rows("MATCH (p:Person)-[:MENTIONED_IN]->(a:Article) WHERE p.name = 'Bob' RETURN a.docId ORDER BY a.docId") ==
        V{"d1", "d2", "d3"});
  const auto entity_id = q.one("MATCH (n:Person {name: 'Dave'}) RETURN n.entityId");
  CHECK(entity_id.size() == 16);
  CHECK(q.one("MATCH (n {entityId: '" + entity_id + "'}) RETURN n.name") == "Dave");
  CHECK(q.one("MATCH (n) WHERE n.key = 'Place|paris' RETURN n.name") == "Paris");
  CHECK(q.one("MATCH ()-[r]->() RETURN count(*)") == "20");  // 7 edges + 13 mentions
}

TEST_CASE("query: directions, alternatives, undirected") {
  Q q;
  CHECK(q.rows("MATCH (a {name: 'Bob'})-[r]->(b) WHERE type(r) <> 'MENTIONED_IN' RETURN type(r), b.name ORDER BY b.name") ==
        V{"MEET|Carol", "VISIT|Paris"});
  CHECK(q.rows("MATCH (a {name: 'Bob'})<-[r]-(b) RETURN b.name") == V{"Alice"});
  CHECK(q.rows("MATCH (a {name: 'Bob'})-[:MEET]-(b) RETURN b.name ORDER BY b.name") == V{"Alice", "Carol"});
  CHECK(q.rows("MATCH (a)-[:SUPPORT|CRITICIZE]->(o:Organization) RETURN a.name ORDER BY a.name") == V{"Alice", "Dave"});
  CHECK(q.rows("MATCH (a)-[:SUPPORT|:CRITICIZE]->(o) RETURN count(*)") == V{"2"});
  CHECK(q.rows("MATCH (a:Person)-[:MEET]-(b:Person) RETURN count(*)") == V{"6"});  // 3 edges, both ways
}

TEST_CASE("query: WHERE operators") {
  Q q;
  CHECK(q.rows("MATCH (p:Person) WHERE p.mentions >= 3 RETURN p.name ORDER BY p.name") == V{"Alice", "Bob"});
  CHECK(q.rows("MATCH (p:Person) WHERE p.mentions < 3 AND p.name <> 'Dave' RETURN p.name") == V{"Carol"});
  CHECK(q.rows("MATCH (p:Person) WHERE p.name CONTAINS 'o' RETURN p.name ORDER BY p.name") == V{"Bob", "Carol"});
  CHECK(q.rows("MATCH (p:Person) WHERE p.name STARTS WITH 'Ca' OR p.name ENDS WITH 've' RETURN p.name ORDER BY p.name") ==
        V{"Carol", "Dave"});
  CHECK(q.rows("MATCH (p:Person) WHERE p.name IN ['Bob', 'Zed'] RETURN p.name") == V{"Bob"});
  CHECK(q.rows("MATCH (p:Person) WHERE NOT (p.name = 'Bob' OR p.name = 'Alice') RETURN p.name ORDER BY p.name") ==
        V{"Carol", "Dave"});
  CHECK(q.rows("MATCH (p:Person) WHERE p.name = 'Bob' XOR p.mentions > 2 RETURN p.name") == V{"Alice"});
  CHECK(q.rows("MATCH (p:Person) WHERE p.firstSeen IS NULL RETURN p.name ORDER BY p.name") == V{"Dave"});
  CHECK(q.rows("MATCH (p:Person) WHERE p.firstSeen IS NOT NULL AND p.firstSeen <= date('2024-01-15') RETURN p.name "
               "ORDER BY p.name") == V{"Alice", "Bob"});
  CHECK(q.rows("MATCH (p:Person) WHERE p:Entity:Person AND NOT p:Place RETURN count(*)") == V{"4"});
}

TEST_CASE("query: three-valued logic with null") {
  Q q;
  CHECK(q.one("RETURN null = null, null <> 1, 1 = 1.0, 'a' = 1, null IS NULL") == "null|null|true|false|true");
  CHECK(q.one("RETURN null AND false, null AND true, null OR true, null OR false, NOT null") ==
        "false|null|true|null|null");
  CHECK(q.one("RETURN null XOR true, true XOR false, 1 < null, 'a' < 1") == "null|true|null|null");
  CHECK(q.one("RETURN 2 IN [1, null], 1 IN [1, null], null IN [], [1, null] = [1, null], [1, 2] = [1, 3]") ==
        "null|true|false|null|false");
  CHECK(q.one("RETURN 'abc' STARTS WITH null, null CONTAINS 'a', 1 CONTAINS 'a'") == "null|null|null");
  // A null predicate filters the row out, and so does NOT null.
  CHECK(q.rows("MATCH (p:Person) WHERE p.firstSeen > date('2000-01-01') RETURN count(*)") == V{"3"});
  CHECK(q.rows("MATCH (p:Person) WHERE NOT (p.firstSeen > date('2000-01-01')) RETURN count(*)") == V{"0"});
}

TEST_CASE("query: aggregation and implicit grouping") {
  Q q;
  CHECK(q.rows("MATCH (p:Person)-[:MEET]->(b) RETURN p.name, count(*) AS n ORDER BY p.name") ==
        V{"Alice|1", "Bob|1", "Carol|1"});
  CHECK(q.one("MATCH (p:Person)-[:MENTIONED_IN]->(a) RETURN count(*), count(DISTINCT a), count(DISTINCT p)") == "9|3|4");
  CHECK(q.one("MATCH (p:Person) RETURN min(p.name), max(p.name), sum(p.mentions), avg(p.documents)") ==
        "Alice|Dave|12|2.25");
  CHECK(q.one("MATCH (p:Person) WHERE p.name < 'C' RETURN collect(p.name)") == "[\"Alice\", \"Bob\"]");
  CHECK(q.one("MATCH (p:Person) RETURN collect(DISTINCT p.type)") == "[\"Person\"]");
  CHECK(q.one("MATCH (p:Nobody) RETURN count(*), count(p), collect(p), sum(p.x), avg(p.x), min(p.x)") ==
        "0|0|[]|0|null|null");
  CHECK(q.rows("MATCH (p:Nobody) RETURN p.name, count(*)").empty());  // grouping keys: no group
  CHECK(q.one("MATCH (a)-[r]->() RETURN count(r) * 2 + 1 AS x") == "41");
  CHECK(q.one("MATCH (p:Person) RETURN size(collect(p.name)) AS n") == "4");
  CHECK(q.rows("MATCH (p:Person)-[r]->() WITH p, count(r) AS out WHERE out >= 5 RETURN p.name, out "
               "ORDER BY out DESC") == V{"Alice|6", "Bob|5"});  // Alice: MEET, SUPPORT, PROPOSE, 3 mentions
  CHECK(q.error("MATCH (p) WHERE count(p) > 1 RETURN p").find("only allowed in RETURN and WITH") != std::string::npos);
  CHECK(q.error("RETURN count(count(*))").find("cannot be nested") != std::string::npos);
}

TEST_CASE("query: DISTINCT, ORDER BY, SKIP, LIMIT") {
  Q q;
  CHECK(q.rows("MATCH (p:Person)-[:MENTIONED_IN]->(a) RETURN DISTINCT a.docId ORDER BY a.docId DESC") ==
        V{"d3", "d2", "d1"});
  CHECK(q.rows("MATCH (p:Person) RETURN p.name, p.mentions ORDER BY p.mentions DESC, p.name") ==
        V{"Alice|5", "Bob|4", "Carol|2", "Dave|1"});
  CHECK(q.rows("MATCH (p:Person) RETURN p.name ORDER BY p.name SKIP 1 LIMIT 2") == V{"Bob", "Carol"});
  CHECK(q.rows("MATCH (p:Person) RETURN p.name AS n ORDER BY toLower(n) DESC LIMIT 1") == V{"Dave"});
  // ORDER BY may use a variable that is not returned (no aggregation).
  CHECK(q.rows("MATCH (p:Person) RETURN p.name ORDER BY p.firstSeen, p.name") == V{"Alice", "Bob", "Carol", "Dave"});
  // Nulls sort last ascending, first descending.
  CHECK(q.rows("MATCH (p:Person) RETURN p.firstSeen ORDER BY p.firstSeen DESC LIMIT 1") == V{"null"});
  CHECK(q.rows("MATCH (p:Person) RETURN p.name, count(*) AS c ORDER BY count(*) DESC, p.name LIMIT 1") == V{"Alice|1"});
  CHECK(q.error("MATCH (p) RETURN p LIMIT -1").find("non-negative integer") != std::string::npos);
  CHECK(q.rows("MATCH (p:Person) RETURN p.name LIMIT 0").empty());
}

TEST_CASE("query: OPTIONAL MATCH, several MATCH clauses and patterns, WITH, UNWIND") {
  Q q;
  CHECK(q.rows("MATCH (p:Person) OPTIONAL MATCH (p)-[:VISIT]->(x) RETURN p.name, x.name ORDER BY p.name") ==
        V{"Alice|null", "Bob|Paris", "Carol|null", "Dave|null"});
  CHECK(q.rows("MATCH (p:Person) OPTIONAL MATCH (p)-[:MEET]->(x) WHERE x.name = 'Carol' RETURN p.name, x.name "
               "ORDER BY p.name") == V{"Alice|null", "Bob|Carol", "Carol|null", "Dave|null"});
  CHECK(q.rows("MATCH (a {name: 'Alice'}) MATCH (a)-[:SUPPORT]->(o) MATCH (d)-[:CRITICIZE]->(o) RETURN d.name") ==
        V{"Dave"});
  CHECK(q.rows("MATCH (a)-[:SUPPORT]->(o), (d)-[:CRITICIZE]->(o) RETURN a.name, d.name") == V{"Alice|Dave"});
  CHECK(q.rows("MATCH (a:Person), (b:Person) WHERE a.name < b.name RETURN count(*)") == V{"6"});
  CHECK(q.rows("MATCH (p:Person) WITH p.name AS n WHERE n > 'B' RETURN n ORDER BY n") == V{"Bob", "Carol", "Dave"});
  CHECK(q.rows("UNWIND [3, 1, 2] AS x RETURN x ORDER BY x") == V{"1", "2", "3"});
  CHECK(q.rows("UNWIND ['Bob', 'Dave'] AS nm MATCH (p:Person {name: nm}) RETURN p.mentions ORDER BY p.mentions") ==
        V{"1", "4"});
  CHECK(q.rows("MATCH (p:Person {name: 'Bob'}) RETURN *") .size() == 1);
  CHECK(q.run("MATCH (b)<-[r:VISIT]-(a) RETURN *").columns == V{"a", "b", "r"});
  CHECK(q.error("MATCH (p) WITH p.name RETURN 1").find("must be aliased") != std::string::npos);
}

TEST_CASE("query: relationship isomorphism") {
  Q q;
  // Alice-Bob has one MEET edge: undirected two hops cannot go back over it.
  CHECK(q.rows("MATCH (a {name: 'Alice'})-[:MEET]-(b {name: 'Bob'})-[:MEET]-(c) RETURN c.name") == V{"Carol"});
  // Across comma-separated patterns too.
  CHECK(q.rows("MATCH (a {name: 'Dave'})-[r1:CRITICIZE]->(o), (x)-[r2]->(o) RETURN x.name") == V{"Alice"});
  // In separate MATCH clauses the same relationship may match again.
  CHECK(q.rows("MATCH (a {name: 'Dave'})-[r1]->(o:Organization) MATCH (x)-[r2]->(o) RETURN x.name ORDER BY x.name") ==
        V{"Alice", "Dave"});
  // The cycle of three MEET edges is found once per starting node and direction.
  CHECK(q.rows("MATCH (a)-[:MEET]->(b)-[:MEET]->(c)-[:MEET]->(a) RETURN a.name ORDER BY a.name") ==
        V{"Alice", "Bob", "Carol"});
}

TEST_CASE("query: variable-length relationships") {
  Q q;
  CHECK(q.rows("MATCH (a {name: 'Alice'})-[:MEET*1..2]->(b) RETURN b.name ORDER BY b.name") == V{"Bob", "Carol"});
  CHECK(q.rows("MATCH (a {name: 'Alice'})-[r:MEET*]->(b) RETURN b.name, size(r) ORDER BY size(r)") ==
        V{"Bob|1", "Carol|2", "Alice|3"});
  CHECK(q.rows("MATCH (a {name: 'Alice'})-[:MEET*2]->(b) RETURN b.name") == V{"Carol"});
  CHECK(q.rows("MATCH (a {name: 'Alice'})-[:MEET*0..1]->(b) RETURN b.name ORDER BY b.name") == V{"Alice", "Bob"});
  CHECK(q.rows("MATCH (a {name: 'Alice'})-[:MEET*..1]-(b) RETURN b.name ORDER BY b.name") == V{"Bob", "Carol"});
  // Undirected, unbounded: each edge at most once per path (TRAIL).
  CHECK(q.rows("MATCH (a {name: 'Alice'})-[:MEET*]-(b) RETURN count(*)") == V{"6"});
  CHECK(q.rows("MATCH (a {name: 'Alice'})-[r:MEET*1..3 {weight: 1}]->(b) RETURN b.name") == V{});
  CHECK(q.rows("MATCH (a {name: 'Bob'})-[r:MEET*1..3 {weight: 1}]->(b) RETURN b.name ORDER BY b.name") ==
        V{"Alice", "Carol"});
}

TEST_CASE("query: functions") {
  Q q;
  CHECK(q.one("RETURN toLower('AbC'), toUpper('x'), size('h\xC3\xA9'), size([1, 2, 3]), trim('  a ')") ==
        "abc|X|2|3|a");
  CHECK(q.one("RETURN substring('hello', 1, 3), left('hello', 2), right('hello', 2), replace('a-b-c', '-', '+')") ==
        "ell|he|lo|a+b+c");
  CHECK(q.one("RETURN split('a;b', ';'), reverse('abc'), head([1, 2]), last([1, 2]), tail([1, 2])") ==
        "[\"a\", \"b\"]|cba|1|2|[2]");
  CHECK(q.one("RETURN coalesce(null, 2), toInteger('42'), toFloat('2.5'), toString(7), abs(-3), round(2.4)") ==
        "2|42|2.5|7|3|2.0");
  CHECK(q.one("RETURN 7 / 2, 7 % 3, 7.0 / 2, 2 ^ 3, -(3), [1, 2, 3][1], [1, 2, 3][-1], [1, 2, 3][1..]") ==
        "3|1|3.5|8.0|-3|2|3|[2, 3]");
  CHECK(q.one("MATCH (a {name: 'Bob'})-[r:VISIT]->(b) RETURN type(r), startNode(r).name, endNode(r).name") ==
        "VISIT|Bob|Paris");
  CHECK(q.one("RETURN CASE WHEN 1 > 2 THEN 'a' ELSE 'b' END, CASE 2 WHEN 1 THEN 'x' WHEN 2 THEN 'y' END") == "b|y");
  CHECK(q.one("RETURN range(1, 5, 2), 'a' + 'b', [1] + 2") == "[1, 3, 5]|ab|[1, 2]");
  CHECK(q.error("RETURN id(1)").find("use the exported ids") != std::string::npos);
  CHECK(q.error("RETURN nosuch(1)").find("unknown function nosuch()") != std::string::npos);
  CHECK(q.error("RETURN toLower('a', 'b')").find("takes 1 argument") != std::string::npos);
}

TEST_CASE("query: list comprehensions and quantifiers") {
  Q q;
  CHECK(q.one("RETURN [x IN [1, 2, 3, 4] WHERE x % 2 = 0 | x * 10], [x IN [1, 2] | x + 1], [x IN [3, 4]]") ==
        "[20, 40]|[2, 3]|[3, 4]");
  CHECK(q.one("RETURN any(x IN [1, 2] WHERE x > 1), all(x IN [1, 2] WHERE x > 1), none(x IN [1, 2] WHERE x > 5), "
              "single(x IN [1, 2] WHERE x > 1)") == "true|false|true|true");
  CHECK(q.one("RETURN any(x IN [null, 1] WHERE x > 1), all(x IN [] WHERE x > 1), [x IN null | x]") == "null|true|null");
  CHECK(q.one("MATCH (a {name: 'Alice'})-[r:MEET*2]->(b) RETURN [x IN r | type(x)], [x IN r | endNode(x).name]") ==
        "[\"MEET\", \"MEET\"]|[\"Bob\", \"Carol\"]");
  CHECK(q.rows("MATCH (p:Person) WHERE any(t IN ['Bob', 'Dave'] WHERE p.name = t) RETURN p.name ORDER BY p.name") ==
        V{"Bob", "Dave"});
  CHECK(q.one("RETURN [x IN [1, 2] | [y IN [10, 20] | x + y]]") == "[[11, 21], [12, 22]]");
  CHECK(q.error("RETURN [x IN [1] | y]").find("variable `y` is not defined") != std::string::npos);
  CHECK(q.error("RETURN any(x IN [1])").find("expected WHERE") != std::string::npos);
}

TEST_CASE("query: errors at run time and limits") {
  Q q;
  CHECK(q.error("RETURN 1 / 0") == "line 1, column 10: division by zero");
  CHECK(q.error("RETURN 9223372036854775807 + 1") == "line 1, column 28: integer overflow");
  CHECK(q.error("MATCH (p) RETURN x") == "line 1, column 18: variable `x` is not defined");
  CHECK(q.error("MATCH (p) WHERE p.name RETURN p").find("WHERE expects a boolean") != std::string::npos);
  CHECK(q.error("RETURN date('May 5')").find("date() expects") != std::string::npos);
  CHECK(q.error("MATCH (a)-[r]->(b) MATCH (r) RETURN r").find("different kind") != std::string::npos);
  QueryOptions small;
  small.max_steps = 50;
  CHECK(q.error("MATCH (a)-[*]-(b) RETURN count(*)", small).find("query stopped") != std::string::npos);
  small = {};
  small.max_rows = 10;
  CHECK(q.error("MATCH (a), (b) RETURN count(*)", small).find("more than 10 rows") != std::string::npos);
  small = {};
  small.max_values = 12;  // 3 paths of 3 cells, plus 1 + 2 + 3 relationships when named
  CHECK(q.error("MATCH (a {name: 'Alice'})-[r:MEET*]->(b) RETURN count(*)", small).find("more than 12 values") !=
        std::string::npos);
  CHECK(run_query(q.m, "MATCH (a {name: 'Alice'})-[:MEET*]->(b) RETURN count(*)", small).is_ok());
  small = {};
  small.max_rows = 10;
  // LIMIT lets the match stop early, under the row limit.
  CHECK(run_query(q.m, "MATCH (a), (b) RETURN a LIMIT 3", small).is_ok());
}

TEST_CASE("query: unknown labels, types and properties are warnings") {
  Q q;
  auto r = q.run("MATCH (p:Persn)-[:MEETS]->(x) WHERE p.nme = 'A' RETURN p");
  CHECK(r.rows.empty());
  REQUIRE(r.warnings.size() == 3);
  CHECK(r.warnings[0].find("unknown label 'Persn'") != std::string::npos);
  CHECK(r.warnings[1].find("unknown relationship type 'MEETS'") != std::string::npos);
  CHECK(r.warnings[2].find("unknown node property 'nme'") != std::string::npos);
  r = q.run("MATCH ()-[r]->() RETURN r.rule LIMIT 1");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].find("unknown relationship property 'rule'") != std::string::npos);
  CHECK(q.run("MATCH (p:Person) RETURN p.name").warnings.empty());
}

TEST_CASE("query: JSON and text of nodes and relationships") {
  Q q;
  auto r = q.run("MATCH (a {name: 'Bob'})-[r:VISIT]->(b) RETURN b, r");
  REQUIRE(r.rows.size() == 1);
  const std::string node = to_text(r.rows[0][0], q.m);
  CHECK(node.rfind("(:Entity:Place {entityId: \"", 0) == 0);
  CHECK(node.find("name: \"Paris\"") != std::string::npos);
  std::string json;
  append_json(json, r.rows[0][1], q.m);
  CHECK(json.rfind("{\"type\":\"VISIT\",\"start\":\"", 0) == 0);
  CHECK(json.find("\"weight\":1") != std::string::npos);
}

TEST_CASE("query: self-loops in undirected patterns count once (openCypher TCK Match3-1)") {
  KnowledgeGraph g;
  REQUIRE(g.add(make("Ann", "PER", "tone", "Lou", "PER", "d1", "", 0)).is_ok());
  REQUIRE(g.add(make("Lou", "PER", "loop", "Lou", "PER", "d1", "", 10)).is_ok());
  REQUIRE(g.add(make("Lou", "PER", "ttwo", "Bea", "PER", "d1", "", 20)).is_ok());
  g.canonicalize();
  const GraphModel m(g);
  auto count = [&](const std::string& q) {
    auto r = run_query(m, q);
    REQUIRE_MESSAGE(r.is_ok(), r.status().message());
    return to_text(r->rows.at(0).at(0), m);
  };
  CHECK(count("MATCH (n)-[r:LOOP]-(n) RETURN count(r)") == "1");
  CHECK(count("MATCH ()-[:LOOP]-() RETURN count(*)") == "1");
  CHECK(count("MATCH (:Person {name: 'Ann'})-[:TONE]->()-[:LOOP|TTWO]-() RETURN count(*)") == "2");
  CHECK(count("MATCH ()-[:TONE|LOOP|TTWO]-()-[:TONE|LOOP|TTWO]-() RETURN count(*)") == "6");
}

TEST_CASE("query: eventDateFirst/eventDateLast are the full ISO event dates of the evidence") {
  KnowledgeGraph g;
  auto with_time = [](Triple t, const char* time) {
    t.qualifiers.time = time;
    return t;
  };
  const Triple ts[] = {
      with_time(make("Wang Yi", "PER", "meet", "Sok Chenda Sophea", "PER", "d1", "2024-05-25", 0), "2024-05-24"),
      with_time(make("Wang Yi", "PER", "meet", "Sok Chenda Sophea", "PER", "d2", "2024-05-28", 0), "2024-05-27"),
      with_time(make("Wang Yi", "PER", "meet", "Sok Chenda Sophea", "PER", "d3", "2024-05-30", 0), "2024-05"),
      with_time(make("Wang Yi", "PER", "visit", "Phnom Penh", "LOC", "d1", "2024-05-25", 40), "2023"),
      make("Sok Chenda Sophea", "PER", "visit", "Beijing", "LOC", "d4", "2024-04-02", 0),
  };
  for (const auto& t : ts) REQUIRE(g.add(t).is_ok());
  g.canonicalize();
  const GraphModel m(g);
  auto rows = [&](const std::string& q) {
    auto r = run_query(m, q, {});
    INFO(q);
    REQUIRE_MESSAGE(r.is_ok(), r.status().message());
    std::vector<std::string> out;
    for (const auto& row : r.value().rows) {
      std::string s;
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (i) s += '|';
        s += row[i].is_null() ? std::string("null") : to_text(row[i], m);
      }
      out.push_back(s);
    }
    return out;
  };
  CHECK(rows("MATCH (a)-[r:MEET]->(b) RETURN r.eventDateFirst, r.eventDateLast, r.firstSeen, r.lastSeen") ==
        V{"2024-05-24|2024-05-27|2024-05-25|2024-05-30"});
  CHECK(rows("MATCH (a)-[r]->(b) WHERE r.eventDateFirst >= date('2024-05-01') RETURN a.name, type(r), b.name") ==
        V{"Wang Yi|MEET|Sok Chenda Sophea"});
  CHECK(rows("MATCH (a)-[r:MEET|VISIT]->(b) WHERE r.eventDateFirst IS NULL RETURN b.name ORDER BY b.name") ==
        V{"Beijing", "Phnom Penh"});  // no time, and "2023" (partial) only
  CHECK(rows("MATCH ()-[r:MEET|VISIT]->(b) RETURN b.name, 'eventDateLast' IN keys(r) ORDER BY b.name") ==
        V{"Beijing|false", "Phnom Penh|false", "Sok Chenda Sophea|true"});
}
