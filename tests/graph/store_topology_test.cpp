#include <doctest/doctest.h>

#include <sstream>

#include "graph/store.h"
#include "tests/graph/graph_test_util.h"

using namespace kg::graph;
using kg::graph::test::link;

namespace {

std::string canonical_file() {
  KnowledgeGraph g;
  link(g, "Wang Yi", "meet", "Antony Blinken", 0);
  link(g, "Mr. Wang Yi", "meet", "Antony Blinken", 100, "PER", "PER", "d2");
  link(g, "Antony Blinken", "criticize", "Wang Yi", 200);
  link(g, "China", "support", "ASEAN", 300, "LOC", "ORG");
  std::ostringstream os;
  REQUIRE(write_graph(g, os).is_ok());
  return os.str();
}

}  // namespace

TEST_CASE("topology load: same nodes, edges, weights and labels; evidence on demand equals the full load") {
  const std::string text = canonical_file();
  std::istringstream full_in(text), topo_in(text);
  KnowledgeGraph full, topo;
  REQUIRE(read_graph(full_in, "g.kgl", full).is_ok());
  REQUIRE(read_graph_topology(topo_in, "g.kgl", topo).is_ok());
  CHECK(full.evidence_loaded());
  CHECK_FALSE(topo.evidence_loaded());
  REQUIRE(topo.num_vertices() == full.num_vertices());
  REQUIRE(topo.num_edges() == full.num_edges());
  for (std::size_t i = 0; i < full.num_vertices(); ++i) {
    const Entity& a = full.entity(full.sorted_vertices()[i]);
    const Entity& b = topo.entity(topo.sorted_vertices()[i]);
    CHECK(a.key == b.key);
    CHECK(a.label == b.label);
    CHECK(a.names == b.names);
    CHECK(a.mentions == b.mentions);
    CHECK(a.documents == b.documents);
  }
  for (std::size_t i = 0; i < full.num_edges(); ++i) {
    const auto fe = full.sorted_edges()[i];
    const auto te = topo.sorted_edges()[i];
    CHECK(full.edge_id(fe) == topo.edge_id(te));
    CHECK(full.edge(fe).weight() == topo.edge(te).weight());
    CHECK(full.edge(fe).max_confidence() == topo.edge(te).max_confidence());  // exact: shortest round-trip
    CHECK(topo.edge(te).evidence.empty());
    REQUIRE(read_edge_evidence(topo_in, "g.kgl", topo, te).is_ok());
    REQUIRE(topo.edge(te).evidence.size() == full.edge(fe).evidence.size());
    for (std::size_t k = 0; k < full.edge(fe).evidence.size(); ++k)
      CHECK(full.evidence_id(fe, full.edge(fe).evidence[k]) == topo.evidence_id(te, topo.edge(te).evidence[k]));
  }
  std::ostringstream os;
  CHECK(write_graph(topo, os).code() == kg::Status::Code::kInvalidArgument);
}

TEST_CASE("topology load falls back to a full load for a file that is not canonical") {
  std::string text = canonical_file();
  // Swap the first two edge records: still a valid graph file, but not sorted.
  const auto e1 = text.find("{\"edge\"");
  const auto e2 = text.find("{\"edge\"", e1 + 1);
  const auto e3 = text.find('\n', e2) + 1;
  text = text.substr(0, e1) + text.substr(e2, e3 - e2) + text.substr(e1, e2 - e1) + text.substr(e3);
  std::istringstream in(text);
  KnowledgeGraph g;
  REQUIRE(read_graph_topology(in, "g.kgl", g).is_ok());
  CHECK(g.evidence_loaded());
  CHECK(g.num_edges() == 3);
  KnowledgeGraph nonempty;
  link(nonempty, "a", "x", "b");
  std::istringstream again(text);
  CHECK(read_graph_topology(again, "g.kgl", nonempty).code() == kg::Status::Code::kInvalidArgument);
}

TEST_CASE("topology load: bad references fail at load, bad evidence when it is read") {
  const std::string text = canonical_file();
  {
    std::string bad = text;
    const auto at = bad.find("\"o\":\"") + 5;
    bad.replace(at, 16, "0000000000000000");
    std::istringstream in(bad);
    KnowledgeGraph g;
    const auto st = read_graph_topology(in, "g.kgl", g);
    CHECK(st.code() == kg::Status::Code::kCorrupt);
    CHECK(st.message().find("g.kgl:") == 0);
  }
  {
    std::string bad = text;
    const auto at = bad.find("\"rule\":\"test\"");
    bad.replace(at, 13, "\"rule\":12345 ");
    std::istringstream in(bad);
    KnowledgeGraph g;
    REQUIRE(read_graph_topology(in, "g.kgl", g).is_ok());
    bool failed = false;
    for (auto e : g.sorted_edges()) failed = failed || !read_edge_evidence(in, "g.kgl", g, e).is_ok();
    CHECK(failed);
  }
}

TEST_CASE("coreference link rules round-trip (format version 2) and version-1 files still read") {
  KnowledgeGraph g;
  Triple t;
  t.subject = {Argument::Kind::kEntity, "Wang Yi", "PER", {}};
  t.object = {Argument::Kind::kEntity, "ASEAN", "ORG", {}};
  t.relation = {"meet", "met", ""};
  t.evidence.document = {"d1", "", "", ""};
  t.evidence.sentence = "He met ASEAN.";
  t.evidence.subject_link = "pronoun";
  t.evidence.object_link = "exact";
  REQUIRE(g.add(t).is_ok());
  std::ostringstream os;
  REQUIRE(write_graph(g, os).is_ok());
  const std::string text = os.str();
  CHECK(text.find("\"subject_link\":\"pronoun\",\"object_link\":\"exact\"") != std::string::npos);
  KnowledgeGraph h;
  std::istringstream in(text);
  REQUIRE(read_graph(in, "g.kgl", h).is_ok());
  const auto e = h.sorted_edges()[0];
  CHECK(h.str(h.edge(e).evidence[0].subject_link) == "pronoun");
  CHECK(h.str(h.edge(e).evidence[0].object_link) == "exact");
  // The same evidence without link rules is another piece of evidence, with another id.
  t.evidence.subject_link.clear();
  t.evidence.object_link.clear();
  REQUIRE(g.add(t).is_ok());
  g.canonicalize();
  const auto ge = g.sorted_edges()[0];
  REQUIRE(g.edge(ge).weight() == 2);
  CHECK(g.evidence_id(ge, g.edge(ge).evidence[0]) != g.evidence_id(ge, g.edge(ge).evidence[1]));
  // A version-1 file (no link members) reads.
  std::string v1 = text;
  v1.replace(v1.find("\"version\":5"), 11, "\"version\":1");
  const std::string links = ",\"subject_link\":\"pronoun\",\"object_link\":\"exact\"";
  v1.erase(v1.find(links), links.size());
  KnowledgeGraph old;
  std::istringstream in1(v1);
  REQUIRE(read_graph(in1, "v1.kgl", old).is_ok());
  CHECK(old.edge(old.sorted_edges()[0]).evidence[0].subject_link == 0);
}

TEST_CASE("topology load of a sorted file with one edge record in another layout: read in full, in order") {
  std::string text = canonical_file();
  // Move "weight" after "evidence" in the second edge record: same content, another layout,
  // so that record is parsed in full between edges added without evidence.
  const auto e1 = text.find("{\"edge\"");
  const auto e2 = text.find("{\"edge\"", e1 + 1);
  const auto end = text.find('\n', e2);
  std::string rec = text.substr(e2, end - e2);
  const auto w = rec.find(",\"weight\":");
  const auto ev = rec.find(",\"evidence\":");
  const std::string weight = rec.substr(w, ev - w);
  rec.erase(w, ev - w);
  rec.insert(rec.size() - 1, weight);
  text.replace(e2, end - e2, rec);
  std::istringstream in(text), full_in(canonical_file());
  KnowledgeGraph topo, full;
  REQUIRE(read_graph_topology(in, "g.kgl", topo).is_ok());
  REQUIRE(read_graph(full_in, "g.kgl", full).is_ok());
  CHECK_FALSE(topo.evidence_loaded());
  REQUIRE(topo.num_edges() == full.num_edges());
  std::size_t with_evidence = 0;
  for (std::size_t i = 0; i < full.num_edges(); ++i) {
    const auto te = topo.sorted_edges()[i];
    CHECK(topo.edge_id(te) == full.edge_id(full.sorted_edges()[i]));
    CHECK(topo.edge(te).weight() == full.edge(full.sorted_edges()[i]).weight());
    with_evidence += !topo.edge(te).evidence.empty();
  }
  CHECK(with_evidence == 1);
}

TEST_CASE("topology load of a file written before the edge confidence member: those records read in full") {
  std::string text = canonical_file();
  // Drop every record-level "confidence" (the one right after "weight").
  std::size_t dropped = 0;
  for (std::size_t p = text.find("\"weight\":"); p != std::string::npos; p = text.find("\"weight\":", p + 1)) {
    const auto c = text.find(",\"confidence\":", p);
    const auto ev = text.find(",\"evidence\":", p);
    REQUIRE(c < ev);
    text.erase(c, ev - c);
    ++dropped;
  }
  REQUIRE(dropped == 3);  // one record per edge ("Mr. Wang Yi" is Wang Yi)
  std::istringstream in(text), full_in(canonical_file());
  KnowledgeGraph topo, full;
  REQUIRE(read_graph_topology(in, "old.kgl", topo).is_ok());
  REQUIRE(read_graph(full_in, "g.kgl", full).is_ok());
  REQUIRE(topo.num_edges() == full.num_edges());
  for (std::size_t i = 0; i < full.num_edges(); ++i) {
    const auto te = topo.sorted_edges()[i];
    const auto fe = full.sorted_edges()[i];
    CHECK_FALSE(topo.edge(te).evidence.empty());
    CHECK(topo.edge(te).max_confidence() == full.edge(fe).max_confidence());
  }
  // A full load of the old file equals one of the new file, byte for byte once written.
  std::istringstream old_in(text);
  KnowledgeGraph again;
  REQUIRE(read_graph(old_in, "old.kgl", again).is_ok());
  std::ostringstream a, b;
  REQUIRE(write_graph(again, a).is_ok());
  REQUIRE(write_graph(full, b).is_ok());
  CHECK(a.str() == b.str());
  CHECK(a.str() == canonical_file());
}
