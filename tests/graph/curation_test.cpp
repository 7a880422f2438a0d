// Curation (issue #25): removing documents and applying merge overrides give what building
// from scratch gives; override files are checked line by line; graphs move without
// losing their edges.
#include <doctest/doctest.h>

#include <sstream>

#include "graph/knowledge_graph.h"
#include "graph/normalize.h"
#include "graph/overrides.h"
#include "graph/rebuild.h"
#include "graph/store.h"

using namespace kg::graph;

namespace {

Triple triple(const std::string& s, const std::string& rel, const std::string& o, const std::string& doc,
              std::vector<std::string> s_titles = {}) {
  Triple t;
  t.subject = {Argument::Kind::kEntity, s, "Person", std::move(s_titles)};
  t.object = {Argument::Kind::kEntity, o, "Person", {}};
  t.relation = {rel, rel, ""};
  t.evidence.document = {doc, "", "Title " + doc, "2024-05-25"};
  t.evidence.sentence = s + " met " + o + ".";
  t.evidence.sentence_span = {0, static_cast<std::uint32_t>(t.evidence.sentence.size())};
  t.evidence.subject_span = {0, static_cast<std::uint32_t>(s.size())};
  t.evidence.object_span = {static_cast<std::uint32_t>(s.size() + 5),
                            static_cast<std::uint32_t>(s.size() + 5 + o.size())};
  t.evidence.rule = "test";
  return t;
}

EntityRecord record(const std::string& name, const std::string& doc, std::vector<EntityMention> mentions,
                    std::vector<std::string> titles = {}) {
  EntityRecord r;
  r.entity = {Argument::Kind::kEntity, name, "Person", std::move(titles)};
  r.document = {doc, "", "Title " + doc, "2024-05-25"};
  r.mentions = std::move(mentions);
  return r;
}

std::string dump(KnowledgeGraph& g) {
  std::ostringstream os;
  REQUIRE(write_graph(g, os).is_ok());
  return os.str();
}

Overrides parse(const std::string& text) {
  std::istringstream in(text);
  auto o = Overrides::parse(in, "aliases.txt");
  REQUIRE_MESSAGE(o.is_ok(), o.status().message());
  return std::move(o).value();
}

std::string parse_error(const std::string& text) {
  std::istringstream in(text);
  auto o = Overrides::parse(in, "aliases.txt");
  REQUIRE(!o.is_ok());
  return o.status().message();
}

// Document a: Wang Yi (titled) meets Sok; document b: Wang Yi meets Hun; document c gives
// Wang Yi a title only c states.
void add_abc(KnowledgeGraph& g, bool with_c) {
  REQUIRE(g.add(triple("Wang Yi", "meet", "Sok Chenda Sophea", "a", {"Foreign Minister"})).is_ok());
  REQUIRE(g.add(record("Wang Yi", "a", {{{0, 7}, "Wang Yi", "first", true, {0, 30}}})).is_ok());
  REQUIRE(g.add(triple("Wang Yi", "meet", "Hun Manet", "b")).is_ok());
  if (with_c) {
    REQUIRE(g.add(triple("Wang Yi", "meet", "Sok Chenda Sophea", "c", {"State Councillor"})).is_ok());
    REQUIRE(g.add(record("Only In C", "c", {{{0, 9}, "Only In C", "first", true, {0, 30}}})).is_ok());
  }
}

}  // namespace

TEST_CASE("rebuild without a document gives the graph built without it, titles included") {
  KnowledgeGraph all, ab;
  add_abc(all, true);
  add_abc(ab, false);
  all.canonicalize();
  std::vector<bool> drop(all.documents().size(), false);
  drop[all.find_document("c")] = true;
  RebuildReport report;
  auto r = rebuild(all, drop, nullptr, report);
  REQUIRE(r.is_ok());
  KnowledgeGraph removed = std::move(r).value();  // a move keeps every edge (no dangling refs)
  CHECK(report.documents_removed == 1);
  CHECK(dump(removed) == dump(ab));
  CHECK(dump(removed).find("State Councillor") == std::string::npos);
  CHECK(dump(removed).find("Only In C") == std::string::npos);
  // Nothing dropped: the same graph.
  RebuildReport none;
  auto same = rebuild(all, {}, nullptr, none);
  REQUIRE(same.is_ok());
  CHECK(dump(same.value()) == dump(all));
}

TEST_CASE("titles keep their documents through graph.kgl (format 5) and merges") {
  KnowledgeGraph g;
  add_abc(g, true);
  const std::string text = dump(g);
  CHECK(text.find("\"title_docs\":[[0],[2]]") != std::string::npos);  // Foreign Minister: a; State Councillor: c
  KnowledgeGraph back;
  std::istringstream in(text);
  REQUIRE(read_graph(in, "g.kgl", back).is_ok());
  CHECK(dump(back) == text);
}

TEST_CASE("overrides: merge, type and apart rules move mentions and evidence, marked 'override'") {
  const Overrides o = parse(
      "# curator's file\n"
      "\n"
      "Sok Chenda = Sok Chenda Sophea\n"
      "Hun Manet : Organization\n"
      "Wang != Wang Yi\n");
  CHECK(o.rules() == 3);
  Overrides::Target t;
  REQUIRE(o.apply_node("Person|sok chenda", t));
  CHECK(t.key == "Person|sok chenda sophea");
  CHECK(t.label == "Sok Chenda Sophea");
  REQUIRE(o.apply_node("Person|hun manet", t));
  CHECK(t.key == "Organization|hun manet");
  CHECK(!o.apply_node("Person|wang yi", t));                    // "!=" needs the text as written
  CHECK(o.apply("Person|wang yi", "Chinese Foreign Minister Wang", t));
  CHECK(t.key == "Person|wang");
  CHECK(!o.apply("Person|wang yi", "Mr Wang Yi", t));           // the full name stays
  CHECK(!o.apply("Concept|sok chenda|a", "Sok Chenda", t));     // concepts are never moved

  KnowledgeGraph g;
  REQUIRE(g.add(triple("Wang Yi", "meet", "Sok Chenda", "a")).is_ok());
  REQUIRE(g.add(record("Wang Yi", "a", {{{0, 7}, "Wang Yi", "first", true, {0, 20}}, {{40, 44}, "Wang", "alias", true, {40, 60}}})).is_ok());
  REQUIRE(g.add(triple("Wang Yi", "meet", "Sok Chenda Sophea", "b")).is_ok());
  g.canonicalize();
  RebuildReport report;
  auto r = rebuild(g, {}, &o, report);
  REQUIRE(r.is_ok());
  KnowledgeGraph h = std::move(r).value();
  CHECK(report.overridden == 2);  // the object of a's triple, the "Wang" mention
  KnowledgeGraph::Vertex v = 0;
  CHECK(!h.find_vertex(fnv1a64("Person|sok chenda"), v));
  REQUIRE(h.find_vertex(fnv1a64("Person|sok chenda sophea"), v));
  CHECK(h.entity(v).label == "Sok Chenda Sophea");
  REQUIRE(h.find_vertex(fnv1a64("Person|wang"), v));
  REQUIRE(h.entity(v).seen.size() == 1);
  CHECK(h.str(h.entity(v).seen[0].link) == kOverrideLink);
  CHECK(h.num_edges() == 1);  // both meetings are now one edge, with two pieces of evidence
  // Idempotent: applying the file again changes nothing.
  RebuildReport again;
  auto r2 = rebuild(h, {}, &o, again);
  REQUIRE(r2.is_ok());
  CHECK(dump(r2.value()) == dump(h));
}

TEST_CASE("override files: every malformed line is an error naming file and line") {
  CHECK(parse_error("A = B\nno operator here\n") ==
        "aliases.txt:2: expected 'NAME = NAME', 'NAME : TYPE' or 'NAME != NAME', got 'no operator here'");
  CHECK(parse_error(" = B\n").find("aliases.txt:1: a name is missing") == 0);
  CHECK(parse_error("A : Concept\n").find("aliases.txt:1: 'Concept' is not an entity type") == 0);
  CHECK(parse_error("A : 3 Types\n").find("aliases.txt:1:") == 0);
  CHECK(parse_error("A : Person\nA : Place\n").find("aliases.txt:2: 'A' already has type Person (line 1)") == 0);
  CHECK(parse_error("A = B\nA = C\n").find("aliases.txt:2: 'A' is already the same as 'B' (line 1)") == 0);
  CHECK(parse_error("A = B\nB = A\n").find("is merged in a cycle") != std::string::npos);
  CHECK(parse_error("Mr. A = A\n").find("aliases.txt:1: both sides name the same entity") == 0);
  CHECK(parse_error("A = B\nA != B\n").find("aliases.txt:2: 'A' and 'B' are kept apart here but merged") == 0);
  CHECK(parse_error("!!! = B\n").find("has no letters or digits") != std::string::npos);
  // Chains resolve to their end.
  const Overrides o = parse("A = B\nB = C\n");
  Overrides::Target t;
  REQUIRE(o.apply_node("Person|a", t));
  CHECK(t.key == "Person|c");
}
