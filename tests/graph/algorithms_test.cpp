#include <doctest/doctest.h>

#include "graph/algorithms.h"
#include "tests/graph/graph_test_util.h"

using namespace kg::graph;
using kg::graph::test::link;
using kg::graph::test::vertex_of;

namespace {

Vertex P(const KnowledgeGraph& g, const std::string& name) { return vertex_of(g, "Person|" + name); }

}  // namespace

TEST_CASE("neighbors: depth, direction, relation and type filters, deterministic order") {
  KnowledgeGraph g;
  link(g, "A", "meet", "B", 0);
  link(g, "A", "meet", "B", 10);  // weight 2
  link(g, "C", "support", "A", 20);
  link(g, "A", "meet", "D", 30);
  link(g, "B", "meet", "E", 40);
  link(g, "A", "fund", "Acme", 50, "PER", "ORG");
  g.canonicalize();
  NeighborOptions o;
  auto rows = neighbors(g, P(g, "a"), o);
  REQUIRE(rows.size() == 4);
  // weight desc, then label
  CHECK(g.entity(rows[0].vertex).label == "B");
  CHECK(g.edge(rows[0].hop.edge).weight() == 2);
  CHECK(rows[0].hop.forward);
  CHECK(g.entity(rows[1].vertex).label == "Acme");
  CHECK(g.entity(rows[2].vertex).label == "C");
  CHECK_FALSE(rows[2].hop.forward);  // C -> A: reached backwards
  CHECK(g.entity(rows[3].vertex).label == "D");

  o.direction = Direction::kOut;
  rows = neighbors(g, P(g, "a"), o);
  CHECK(rows.size() == 3);
  for (const auto& r : rows) CHECK(r.hop.forward);
  o.direction = Direction::kIn;
  rows = neighbors(g, P(g, "a"), o);
  REQUIRE(rows.size() == 1);
  CHECK(g.entity(rows[0].vertex).label == "C");

  o = NeighborOptions{};
  o.relations = {"SUPPORT", "FUND"};
  rows = neighbors(g, P(g, "a"), o);
  REQUIRE(rows.size() == 2);
  CHECK(g.entity(rows[0].vertex).label == "Acme");
  o.relations.clear();
  o.types = {"Organization"};
  rows = neighbors(g, P(g, "a"), o);
  REQUIRE(rows.size() == 1);
  CHECK(g.entity(rows[0].vertex).type == "Organization");

  o = NeighborOptions{};
  o.depth = 2;
  rows = neighbors(g, P(g, "a"), o);
  REQUIRE(rows.size() == 5);
  CHECK(rows[4].depth == 2);
  CHECK(g.entity(rows[4].vertex).label == "E");
  CHECK(rows[4].via == P(g, "b"));
  o.limit = 2;
  CHECK(neighbors(g, P(g, "a"), o).size() == 2);
}

TEST_CASE("shortest paths: both directions, every shortest path with --all, relation filter") {
  KnowledgeGraph g;
  link(g, "A", "meet", "B", 0);
  link(g, "B", "meet", "D", 10);
  link(g, "C", "support", "A", 20);
  link(g, "C", "support", "D", 30);
  link(g, "C", "support", "D", 35);
  link(g, "D", "meet", "E", 40);
  g.canonicalize();
  PathOptions o;
  auto paths = shortest_paths(g, P(g, "a"), P(g, "e"), o);
  REQUIRE(paths.size() == 1);
  REQUIRE(paths[0].hops.size() == 3);
  // A-B and C-A both weigh 1: the tie goes to the smaller id.
  const Vertex first = g.entity(P(g, "b")).id < g.entity(P(g, "c")).id ? P(g, "b") : P(g, "c");
  CHECK(paths[0].nodes[1] == first);
  o.all = true;
  paths = shortest_paths(g, P(g, "a"), P(g, "e"), o);
  REQUIRE(paths.size() == 2);
  for (const auto& p : paths) {
    CHECK(p.nodes.front() == P(g, "a"));
    CHECK(p.nodes.back() == P(g, "e"));
    CHECK(p.nodes.size() == p.hops.size() + 1);
  }
  CHECK(paths[0].nodes[1] != paths[1].nodes[1]);
  // The hop C -> A is traversed backwards from A.
  const Path& via_c = paths[0].nodes[1] == P(g, "c") ? paths[0] : paths[1];
  CHECK_FALSE(via_c.hops[0].forward);
  CHECK(via_c.hops[1].forward);
  o.limit = 1;
  CHECK(shortest_paths(g, P(g, "a"), P(g, "e"), o).size() == 1);
  o = PathOptions{};
  o.relations = {"MEET"};
  paths = shortest_paths(g, P(g, "a"), P(g, "e"), o);
  REQUIRE(paths.size() == 1);
  CHECK(paths[0].nodes[1] == P(g, "b"));
  o.max_length = 2;
  CHECK(shortest_paths(g, P(g, "a"), P(g, "e"), o).empty());
  CHECK(shortest_paths(g, P(g, "a"), P(g, "a"), o).size() == 1);
}

TEST_CASE("path order prefers heavier edges") {
  KnowledgeGraph g;
  link(g, "A", "meet", "B", 0);
  link(g, "A", "meet", "C", 10);
  link(g, "A", "meet", "C", 15);
  link(g, "B", "meet", "D", 20);
  link(g, "C", "meet", "D", 30);
  g.canonicalize();
  const auto paths = shortest_paths(g, P(g, "a"), P(g, "d"), PathOptions{});
  REQUIRE(paths.size() == 1);
  CHECK(paths[0].nodes[1] == P(g, "c"));
}

TEST_CASE("PageRank ordering on a small directed graph") {
  // a -> c, b -> c, c -> d: d > c > a = b.
  KnowledgeGraph g;
  link(g, "a", "x", "c", 0);
  link(g, "b", "x", "c", 10);
  link(g, "c", "x", "d", 20);
  g.canonicalize();
  const auto pr = page_rank(g);
  double sum = 0;
  for (double x : pr) sum += x;
  CHECK(sum == doctest::Approx(1.0));
  CHECK(pr[P(g, "d")] > pr[P(g, "c")]);
  CHECK(pr[P(g, "c")] > pr[P(g, "a")]);
  CHECK(pr[P(g, "a")] == pr[P(g, "b")]);
  // Boost's unnormalised values: a = b = 0.15, c = 0.15 + 0.85 * 0.3, d = 0.15 + 0.85 * c.
  const double c = 0.15 + 0.85 * 0.3, d = 0.15 + 0.85 * c, total = 0.3 + c + d;
  CHECK(pr[P(g, "d")] == doctest::Approx(d / total));
  CHECK(degrees(g)[P(g, "c")] == 3);
}

TEST_CASE("betweenness of a path graph, exact and from sampled sources") {
  // a - b - c - d - e (directions and a parallel edge do not matter).
  KnowledgeGraph g;
  link(g, "a", "x", "b", 0);
  link(g, "c", "x", "b", 10);
  link(g, "c", "y", "b", 15);
  link(g, "c", "x", "d", 20);
  link(g, "e", "x", "d", 30);
  g.canonicalize();
  const auto exact = betweenness(g);
  CHECK(exact.exact);
  CHECK(exact.value[P(g, "a")] == doctest::Approx(0));
  CHECK(exact.value[P(g, "b")] == doctest::Approx(3));
  CHECK(exact.value[P(g, "c")] == doctest::Approx(4));
  CHECK(exact.value[P(g, "d")] == doctest::Approx(3));
  CHECK(exact.value[P(g, "e")] == doctest::Approx(0));
  // Our accumulation from every source equals Boost's.
  const auto all = betweenness(g, 0, 100);
  CHECK(all.exact);
  CHECK(all.sources == 5);
  for (std::size_t v = 0; v < 5; ++v) CHECK(all.value[v] == doctest::Approx(exact.value[v]));
  const auto some = betweenness(g, 0, 2);
  CHECK_FALSE(some.exact);
  CHECK(some.sources == 2);
  CHECK(betweenness(g, 0, 2).value == some.value);  // deterministic
}

TEST_CASE("weakly connected components: sizes descending") {
  KnowledgeGraph g;
  link(g, "a", "x", "b", 0);
  link(g, "c", "x", "b", 10);
  link(g, "d", "x", "e", 20);
  link(g, "f", "x", "f", 30);  // a self-loop alone
  g.canonicalize();
  const auto c = weak_components(g);
  REQUIRE(c.sizes == std::vector<std::size_t>{3, 2, 1});
  CHECK(c.of[P(g, "a")] == 0);
  CHECK(c.of[P(g, "c")] == 0);
  CHECK(c.of[P(g, "d")] == 1);
  CHECK(c.of[P(g, "e")] == 1);
  CHECK(c.of[P(g, "f")] == 2);
}

TEST_CASE("concepts do not join stories: one node per phrase and article, and paths go through named entities") {
  KnowledgeGraph g;
  auto concept_link = [&g](const std::string& s, const std::string& rel, const std::string& phrase, const std::string& doc,
                           std::uint32_t at) {
    Triple t;
    t.subject = {Argument::Kind::kEntity, s, "PER", {}};
    t.object = {Argument::Kind::kConcept, phrase, "", {}};
    t.relation = {rel, rel, ""};
    t.evidence.document = {doc, "", "", "2024-01-01"};
    t.evidence.sentence = s + " " + rel + " " + phrase + ".";
    t.evidence.sentence_span = {at, at + 20};
    t.evidence.object_span = {at + 5, at + 10};
    REQUIRE(g.add(t).is_ok());
  };
  concept_link("Ana", "join", "talks", "story-1", 0);
  concept_link("Bo", "join", "talks", "story-2", 0);  // another story's "talks"
  concept_link("Cy", "join", "talks", "story-2", 40);
  link(g, "Ana", "meet", "Dee", 100);
  g.canonicalize();
  std::size_t talks = 0;
  for (auto v : g.sorted_vertices()) talks += g.entity(v).label == "talks";
  CHECK(talks == 2);  // one per article
  const Vertex ana = vertex_of(g, "Person|ana"), bo = vertex_of(g, "Person|bo"), cy = vertex_of(g, "Person|cy");
  CHECK(shortest_paths(g, ana, bo, {}).empty());  // nothing joins the two stories
  PathOptions through;
  CHECK(shortest_paths(g, bo, cy, through).empty());  // only a phrase joins Bo and Cy
  through.concepts = true;
  REQUIRE(shortest_paths(g, bo, cy, through).size() == 1);
  CHECK(shortest_paths(g, bo, cy, through)[0].hops.size() == 2);
  NeighborOptions two;
  two.depth = 2;
  const auto rows = neighbors(g, bo, two);
  REQUIRE(rows.size() == 1);  // the phrase is listed, not gone through
  CHECK(g.entity(rows[0].vertex).label == "talks");
  two.concepts = true;
  CHECK(neighbors(g, bo, two).size() == 2);
}
