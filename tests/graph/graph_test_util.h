// Hand-built graphs for the graph tests.
#pragma once

#include <string>

#include <doctest/doctest.h>

#include "graph/knowledge_graph.h"
#include "graph/normalize.h"

namespace kg::graph::test {

// Adds "s -[rel]-> o" with one piece of evidence in document `doc` at byte `at`
// (distinct `at` values give distinct evidence, so weight = number of calls).
inline void link(KnowledgeGraph& g, const std::string& s, const std::string& rel, const std::string& o,
                 std::uint32_t at = 0, const std::string& stype = "PER", const std::string& otype = "PER",
                 const std::string& doc = "d1") {
  Triple t;
  t.subject = {Argument::Kind::kEntity, s, stype, {}};
  t.object = {Argument::Kind::kEntity, o, otype, {}};
  t.relation = {rel, rel, ""};
  t.evidence.document = {doc, "", "", "2024-01-01"};
  t.evidence.sentence = s + " " + rel + " " + o + ".";
  t.evidence.sentence_span = {at, at + static_cast<std::uint32_t>(t.evidence.sentence.size())};
  t.evidence.subject_span = {at, at + static_cast<std::uint32_t>(s.size())};
  const auto ob = at + static_cast<std::uint32_t>(s.size() + rel.size() + 2);
  t.evidence.relation_span = {at + static_cast<std::uint32_t>(s.size() + 1), ob - 1};
  t.evidence.object_span = {ob, ob + static_cast<std::uint32_t>(o.size())};
  t.evidence.rule = "test";
  REQUIRE(g.add(t).is_ok());
}

inline KnowledgeGraph::Vertex vertex_of(const KnowledgeGraph& g, const std::string& key) {
  KnowledgeGraph::Vertex v = 0;
  REQUIRE(g.find_vertex(fnv1a64(key), v));
  return v;
}

}  // namespace kg::graph::test
