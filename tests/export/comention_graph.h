// Test fixture shared by the co-mention and kg view tests (issue #24): a small graph of
// entity records whose mentions carry their sentences, and a helper that renders an export.
#pragma once

#include <doctest/doctest.h>

#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::test {

inline graph::EntityMention named(graph::Span span, const char* text, graph::Span sentence) {
  graph::EntityMention m;
  m.span = span;
  m.text = text;
  m.link = "first";
  m.sentence = sentence;
  return m;
}

inline graph::EntityRecord record(const char* name, const char* type, const char* doc,
                                  std::vector<graph::EntityMention> ms) {
  graph::EntityRecord r;
  r.entity = {graph::Argument::Kind::kEntity, name, type, {}};
  r.document = {doc, std::string("https://news.example/") + doc, "Title of " + std::string(doc), "2024-05-28"};
  r.mentions = std::move(ms);
  return r;
}

// d1: "Ann Lee met Bo Chen in Oslo. Ann Lee left." (sentences [0,28) and [29,42));
// d2: Ann and Bo again in one sentence; Cy alone; Di only in a mention without a sentence.
inline graph::KnowledgeGraph comention_graph() {
  graph::KnowledgeGraph g;
  const graph::Span s1{0, 28}, s2{29, 42};
  REQUIRE(g.add(record("Ann Lee", "Person", "d1", {named({0, 7}, "Ann Lee", s1), named({29, 36}, "Ann Lee", s2)})).is_ok());
  REQUIRE(g.add(record("Bo Chen", "Person", "d1", {named({12, 19}, "Bo Chen", s1)})).is_ok());
  REQUIRE(g.add(record("Oslo", "Place", "d1", {named({23, 27}, "Oslo", s1)})).is_ok());
  REQUIRE(g.add(record("Ann Lee", "Person", "d2", {named({0, 3}, "Ann", {0, 20})})).is_ok());
  graph::EntityMention pronoun = named({10, 12}, "he", {0, 20});
  pronoun.name = false;  // a pronoun is no name: no co-mention through it
  REQUIRE(g.add(record("Bo Chen", "Person", "d2", {named({5, 7}, "Bo", {0, 20}), pronoun})).is_ok());
  REQUIRE(g.add(record("Cy Diaz", "Person", "d2", {named({30, 37}, "Cy Diaz", {21, 40})})).is_ok());
  REQUIRE(g.add(record("Di Eng", "Person", "d2", {named({5, 7}, "Di", {})})).is_ok());
  g.canonicalize();
  return g;
}

// The text an export function `f(std::ostream&) -> Status` writes.
template <typename F>
std::string render(F f) {
  std::ostringstream os;
  REQUIRE(f(os).is_ok());
  return os.str();
}

}  // namespace kg::test
