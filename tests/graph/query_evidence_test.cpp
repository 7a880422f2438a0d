// query_needs_evidence (graph/query/evidence.h) and queries on a graph loaded without its
// evidence (read_graph_topology): same answers as on the full graph, or a refusal.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "graph/knowledge_graph.h"
#include "graph/query/evidence.h"
#include "graph/query/parser.h"
#include "graph/query/query.h"
#include "graph/store.h"

using namespace kg::graph;
using namespace kg::graph::query;

namespace {

bool needs(const std::string& text) {
  auto q = parse_query(text);
  REQUIRE_MESSAGE(q.is_ok(), q.status().message());
  return query_needs_evidence(q.value());
}

Triple make(const std::string& s, const std::string& rel, const std::string& o, const std::string& doc,
            double conf) {
  Triple t;
  t.subject = {Argument::Kind::kEntity, s, "PER", {}};
  t.object = {Argument::Kind::kEntity, o, "PER", {}};
  t.relation = {rel, rel, ""};
  t.evidence.document = {doc, "https://x.example/" + doc, "Title " + doc, "2024-01-0" + doc.substr(1)};
  t.evidence.sentence = s + " " + rel + " " + o + " in " + doc + ".";
  t.evidence.sentence_span = {0, 20};
  t.evidence.confidence = conf;
  t.evidence.rule = "svo";
  return t;
}

std::string rows_text(const GraphModel& m, const std::string& q) {
  auto r = run_query(m, q);
  INFO(q);
  REQUIRE_MESSAGE(r.is_ok(), r.status().message());
  std::string out;
  for (const auto& row : r->rows) {
    for (const auto& v : row) out += to_text(v, m) + "|";
    out += "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("queries that cannot read relationship evidence") {
  CHECK_FALSE(needs("MATCH (n) RETURN count(*)"));
  CHECK_FALSE(needs("MATCH (p:Person {name: 'A'})-[r]->(x) RETURN type(r) AS rel, x.name ORDER BY rel"));
  CHECK_FALSE(needs("MATCH (a)-[r:MEET]-(b) WHERE r.weight > 1 RETURN a.name, r.weight, r.relationId"));
  CHECK_FALSE(needs("MATCH (a)-[r {weight: 2}]->(b) RETURN startNode(r).name, endNode(r).name"));
  CHECK_FALSE(needs("MATCH (a)-[r]-(b)-[s]-(c) WHERE r.confidence > 0.5 RETURN c.name, max(s.confidence)"));
  CHECK_FALSE(needs("MATCH (a)-[:MEET {confidence: 0.7}]->(b) RETURN a.name"));
  CHECK_FALSE(needs("MATCH (a)-[r]->(b) RETURN a.name, count(r), count(DISTINCT r) ORDER BY a.name"));
  CHECK_FALSE(needs("MATCH (a) OPTIONAL MATCH (a)-[r]->() WITH a, r IS NULL AS lonely RETURN a.name, lonely"));
  CHECK_FALSE(needs("MATCH (a)-[*1..3]->(b) RETURN DISTINCT b.name"));
  CHECK_FALSE(needs("MATCH (e:Entity)-[:MENTIONED_IN]->(a:Article) RETURN a.title, a.published, e.aliases"));
  CHECK_FALSE(needs("MATCH (a)-[r]->(b) WITH a, sum(r.weight) AS w RETURN a.name, w ORDER BY w DESC"));
  CHECK_FALSE(needs("MATCH (n) RETURN n"));  // whole nodes: node properties only
  CHECK_FALSE(needs("MATCH (n) WITH n RETURN *"));
}

TEST_CASE("queries that may read relationship evidence") {
  CHECK(needs("MATCH (a)-[r]->(b) RETURN r.documents"));
  CHECK(needs("MATCH (a)-[r]->(b) WHERE r.sentence CONTAINS 'x' RETURN a.name"));
  CHECK(needs("MATCH (a)-[r]->(b) RETURN a.name ORDER BY r.firstSeen"));
  CHECK(needs("MATCH (a)-[r]->(b) WHERE r.eventDateFirst >= date('2024-05-01') RETURN a.name"));
  CHECK(needs("MATCH (a)-[r]->(b) RETURN r"));
  CHECK(needs("MATCH (a)-[r]->(b) RETURN collect(r)"));
  CHECK(needs("MATCH (a)-[r]->(b) RETURN keys(r)"));
  CHECK(needs("MATCH (a)-[r]->(b) RETURN r['weight']"));
  CHECK(needs("MATCH (a)-[r]->(b) WITH r AS x RETURN x.weight"));
  CHECK(needs("MATCH (a)-[r]->(b) RETURN *"));
  // Conservative: a * after a relationship variable existed, even out of scope.
  CHECK(needs("MATCH (a)-[r]->(b) WITH a, sum(r.weight) AS w RETURN * ORDER BY w DESC"));
  CHECK(needs("MATCH (a)-[r]->(b) WITH a, r RETURN a.name"));
  CHECK(needs("MATCH (a)-[r*1..2]->(b) UNWIND r AS x RETURN x.weight"));
  CHECK(needs("MATCH (a)-[r*1..2]->(b) RETURN [x IN r | x.weight]"));
  CHECK(needs("MATCH (a)-[:MEET {lemmas: ['meet']}]->(b) RETURN a.name"));
  CHECK(needs("MATCH (a)-[r]->(b) RETURN CASE WHEN a.name = 'A' THEN r END"));
  CHECK(needs("MATCH (a)-[r]->(b), (c)-[s]->(d) WHERE r = s RETURN a.name"));
  CHECK(needs("MATCH (a)-[r]->(b) RETURN toString(r)"));
  CHECK(text_needs_evidence("MATCH (a RETURN a"));  // does not parse: when in doubt, full load
  CHECK_FALSE(text_needs_evidence("MATCH (a)-[r]->(b) RETURN r.weight"));
}

TEST_CASE("a model on a graph loaded without evidence answers topology queries like the full one") {
  KnowledgeGraph g;
  for (const auto& t : {make("Alice", "meet", "Bob", "d1", 0.9), make("Alice", "meet", "Bob", "d2", 0.7),
                        make("Bob", "meet", "Carol", "d2", 0.8), make("Carol", "support", "Alice", "d3", 0.6)})
    REQUIRE(g.add(t).is_ok());
  std::stringstream file;
  REQUIRE(write_graph(g, file).is_ok());
  KnowledgeGraph full, topo;
  file.seekg(0);
  REQUIRE(read_graph(file, "g.kgl", full).is_ok());
  file.clear();
  file.seekg(0);
  REQUIRE(read_graph_topology(file, "g.kgl", topo).is_ok());
  REQUIRE_FALSE(topo.evidence_loaded());
  const GraphModel mf(full), mt(topo);
  CHECK(mf.has_evidence());
  CHECK_FALSE(mt.has_evidence());
  for (const char* q : {"MATCH (a)-[r]->(b) RETURN a.name, type(r), b.name, r.weight, r.relationId ORDER BY a.name",
                        "MATCH (a)-[r {weight: 2}]-(b) RETURN a.name, b.name",
                        "MATCH (n) RETURN n ORDER BY n.name", "MATCH (a)-[r]->(b) RETURN sum(r.weight), count(r)",
                        "MATCH (a)-[r]->(b) WHERE r.confidence > 0.65 RETURN a.name, b.name, r.confidence ORDER BY a.name",
                        "MATCH (a)-[r {confidence: 0.9}]->(b) RETURN a.name, b.name"}) {
    INFO(q);
    const std::string expected = rows_text(mf, q);
    CHECK(!expected.empty());
    CHECK(rows_text(mt, q) == expected);
  }
  CHECK(rows_text(mt, "MATCH (:Person {name: 'Alice'})-[r:MEET]->() RETURN r.weight") == "2|\n");
  CHECK(rows_text(mt, "MATCH (:Person {name: 'Alice'})-[r:MEET]->() RETURN r.confidence") == "0.9|\n");
  // Evidence-derived properties are refused, not answered from missing data.
  for (const char* q : {"MATCH ()-[r]->() RETURN r.sentence", "MATCH ()-[r]->() RETURN r",
                        "MATCH ()-[r]->() RETURN keys(r)"}) {
    INFO(q);
    auto r = run_query(mt, q);
    REQUIRE_FALSE(r.is_ok());
    CHECK(r.status().code() == kg::Status::Code::kInvalidArgument);
    CHECK(r.status().message().find("without it") != std::string::npos);
    CHECK(run_query(mf, q).is_ok());
  }
}
