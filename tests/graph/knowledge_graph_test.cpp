#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "graph/knowledge_graph.h"
#include "graph/store.h"

using namespace kg::graph;

namespace {

Triple make(const std::string& s, const std::string& rel, const std::string& o, const std::string& doc,
            const std::string& date, std::uint32_t at, double conf = 0.9) {
  Triple t;
  t.subject = {Argument::Kind::kEntity, s, "PER", {}};
  t.object = {Argument::Kind::kEntity, o, "ORG", {}};
  t.relation = {rel, rel, ""};
  t.evidence.document = {doc, "https://x.example/" + doc, "T " + doc, date};
  t.evidence.sentence = s + " " + rel + " " + o + ".";
  t.evidence.sentence_span = {at, at + 20};
  t.evidence.confidence = conf;
  t.evidence.rule = "svo";
  return t;
}

std::string dump(KnowledgeGraph& g) {
  std::ostringstream os;
  REQUIRE(write_graph(g, os).is_ok());
  return os.str();
}

}  // namespace

TEST_CASE("add merges entities by canonical key and edges by (s, type, o)") {
  KnowledgeGraph g;
  REQUIRE(g.add(make("Mr. Wang Yi", "meet", "ASEAN", "d1", "2024-05-01", 0)).is_ok());
  REQUIRE(g.add(make("Wang  Yi", "meet", "Asean", "d2", "2024-05-03", 5)).is_ok());
  REQUIRE(g.add(make("Wang Yi", "criticize", "ASEAN", "d2", "2024-05-03", 40)).is_ok());
  g.canonicalize();
  CHECK(g.num_vertices() == 2);
  CHECK(g.num_edges() == 2);
  std::size_t total = 0;
  for (auto e : g.sorted_edges()) total += g.edge(e).weight();
  CHECK(total == 3);
  const auto vs = g.sorted_vertices();
  const Entity* wang = nullptr;
  for (auto v : vs)
    if (g.entity(v).type == "Person") wang = &g.entity(v);
  REQUIRE(wang != nullptr);
  CHECK(wang->key == "Person|wang yi");
  CHECK(wang->mentions == 3);
  CHECK(wang->documents.size() == 2);
  CHECK(wang->names.size() == 3);
}

TEST_CASE("label is the most frequent name, ties broken by the smallest") {
  KnowledgeGraph g;
  REQUIRE(g.add(make("Wang Yi", "meet", "X", "d1", "", 0)).is_ok());
  REQUIRE(g.add(make("Mr. Wang Yi", "meet", "X", "d1", "", 1)).is_ok());
  g.canonicalize();
  for (auto v : g.sorted_vertices())
    if (g.entity(v).type == "Person") CHECK(g.entity(v).label == "Mr. Wang Yi");
  REQUIRE(g.add(make("Wang Yi", "meet", "X", "d1", "", 2)).is_ok());
  g.canonicalize();
  for (auto v : g.sorted_vertices())
    if (g.entity(v).type == "Person") CHECK(g.entity(v).label == "Wang Yi");
}

TEST_CASE("the graph does not depend on the order of the triples; duplicates add no weight") {
  std::vector<Triple> ts = {make("A", "meet", "B", "d1", "2024-01-01", 0),
                            make("A", "meet", "B", "d2", "2024-01-02", 0),
                            make("B", "meet", "C", "d1", "2024-01-01", 30, 0.5),
                            make("C", "fund", "A", "d3", "", 7),
                            make("A", "meet", "B", "d1", "2024-01-01", 0)};
  KnowledgeGraph g1, g2;
  for (const auto& t : ts) REQUIRE(g1.add(t).is_ok());
  std::reverse(ts.begin(), ts.end());
  for (const auto& t : ts) REQUIRE(g2.add(t).is_ok());
  CHECK(dump(g1) == dump(g2));
  std::size_t total = 0;
  for (auto e : g1.sorted_edges()) total += g1.edge(e).weight();
  CHECK(total == 4);
}

TEST_CASE("empty arguments are rejected and leave the graph unchanged") {
  KnowledgeGraph g;
  Triple t = make("  ", "meet", "B", "d1", "", 0);
  CHECK(g.add(t).code() == kg::Status::Code::kInvalidArgument);
  t = make("...", "meet", "B", "d1", "", 0);  // normalises to nothing
  CHECK_FALSE(g.add(t).is_ok());
  CHECK(g.num_vertices() == 0);
}

TEST_CASE("concepts and entities with the same text stay apart") {
  KnowledgeGraph g;
  Triple t = make("Greenpeace", "support", "ban", "d1", "", 0);
  t.object.kind = Argument::Kind::kConcept;
  REQUIRE(g.add(t).is_ok());
  Triple u = make("Greenpeace", "support", "Ban", "d1", "", 50);
  REQUIRE(g.add(u).is_ok());
  g.canonicalize();
  CHECK(g.num_vertices() == 3);
  int concepts = 0;
  for (auto v : g.sorted_vertices()) concepts += g.entity(v).is_entity() ? 0 : 1;
  CHECK(concepts == 1);
}
