#include <doctest/doctest.h>

#include <sstream>

#include "graph/knowledge_graph.h"
#include "graph/store.h"
#include "graph/triples_io.h"

using namespace kg::graph;

namespace {

KnowledgeGraph sample() {
  KnowledgeGraph g;
  Triple t;
  t.subject = {Argument::Kind::kEntity, "Dr. Ada \"Q\" <Byron>", "PER", {"Countess"}};
  t.object = {Argument::Kind::kEntity, "王小明 & co\n", "ORG", {}};
  t.relation = {"meet", "met", "MEET"};
  t.qualifiers = {true, "reported", "aides", "on Monday", "Ghent", false};
  t.evidence.document = {"doc-1", "https://x.example/a?b=1&c=2", "Title \u2028 🙂", "2024-02-29"};
  t.evidence.sentence = "She met them.\u0001\tTab \\ back";
  t.evidence.sentence_span = {3, 40};
  t.evidence.subject_span = {3, 6};
  t.evidence.relation_span = {7, 10};
  t.evidence.object_span = {11, 15};
  t.evidence.rule = "svo";
  t.evidence.confidence = 0.123456789;
  REQUIRE(g.add(t).is_ok());
  t.evidence.document = {"", "", "", ""};  // evidence without a document
  REQUIRE(g.add(t).is_ok());
  t.object = {Argument::Kind::kLiteral, "3 billion", "", {}};
  REQUIRE(g.add(t).is_ok());
  return g;
}

std::string dump(KnowledgeGraph& g) {
  std::ostringstream os;
  REQUIRE(write_graph(g, os).is_ok());
  return os.str();
}

kg::Status load(const std::string& text, KnowledgeGraph& g) {
  std::istringstream in(text);
  return read_graph(in, "t.kgl", g);
}

}  // namespace

TEST_CASE("write -> read -> write is lossless and byte-identical") {
  KnowledgeGraph g = sample();
  const std::string a = dump(g);
  KnowledgeGraph h;
  REQUIRE(load(a, h).is_ok());
  CHECK(dump(h) == a);
  CHECK(h.num_vertices() == g.num_vertices());
  CHECK(h.num_edges() == g.num_edges());
  CHECK(a.rfind("{\"format\":\"kg-graph\",\"version\":5,", 0) == 0);
}

TEST_CASE("reading a file twice into one graph changes nothing (merge is idempotent)") {
  // Regression: the first (trusted) load stores sentences without interning, so equal
  // sentences can have different StringIds; evidence dedupe must compare contents.
  KnowledgeGraph g = sample();
  const std::string a = dump(g);
  KnowledgeGraph h;
  REQUIRE(load(a, h).is_ok());
  REQUIRE(load(a, h).is_ok());
  CHECK(dump(h) == a);
}

TEST_CASE("loader rejects wrong magic, newer versions, truncation, trailing and dangling records") {
  KnowledgeGraph g = sample();
  const std::string a = dump(g);
  KnowledgeGraph h;
  CHECK(load("", h).code() == kg::Status::Code::kCorrupt);
  CHECK(load("{\"format\":\"other\",\"version\":1}\n", h).code() == kg::Status::Code::kCorrupt);
  CHECK(load("{\"format\":\"kg-graph\",\"version\":99,\"documents\":0,\"nodes\":0,\"edges\":0}\n", h).code() ==
        kg::Status::Code::kUnsupported);
  KnowledgeGraph t1;
  CHECK(load(a.substr(0, a.size() / 2), t1).code() == kg::Status::Code::kCorrupt);
  const auto last_line = a.rfind('\n', a.size() - 2);
  KnowledgeGraph t2;
  CHECK(load(a.substr(0, last_line + 1), t2).code() == kg::Status::Code::kCorrupt);  // one record missing
  KnowledgeGraph t3;
  CHECK(load(a + a.substr(last_line + 1), t3).code() == kg::Status::Code::kCorrupt);  // one too many
  KnowledgeGraph t4;
  const std::string dangling =
      "{\"format\":\"kg-graph\",\"version\":2,\"documents\":0,\"nodes\":0,\"edges\":1}\n"
      "{\"edge\":\"0000000000000001\",\"s\":\"0000000000000001\",\"type\":\"X\",\"o\":\"0000000000000002\","
      "\"weight\":0,\"evidence\":[]}\n";
  CHECK(load(dangling, t4).code() == kg::Status::Code::kCorrupt);
  KnowledgeGraph t5;
  std::string bad_id = a;
  const auto p = bad_id.find("{\"node\":\"") + 9;
  bad_id[p] = bad_id[p] == '0' ? '1' : '0';
  CHECK(load(bad_id, t5).code() == kg::Status::Code::kCorrupt);
}

TEST_CASE("triples JSON Lines round-trip through append_triple_json / parse_triple_json") {
  Triple t;
  t.subject = {Argument::Kind::kEntity, "A \"x\"\n", "Person", {"Dr"}};
  t.object = {Argument::Kind::kConcept, "a plan", "", {}};
  t.relation = {"back", "backs", "SUPPORT"};
  t.qualifiers.negated = true;
  t.qualifiers.time = "today";
  t.evidence.document = {"d", "u", "t", "2024-01-01"};
  t.evidence.sentence = "s\u2028";
  t.evidence.sentence_span = {1, 2};
  t.evidence.object_span = {5, 9};
  t.evidence.confidence = 0.5;
  std::string line;
  append_triple_json(line, t);
  REQUIRE(line.back() == '\n');
  auto r = parse_triple_json(line);
  REQUIRE(r.is_ok());
  CHECK(r->subject.text == t.subject.text);
  CHECK(r->subject.titles == t.subject.titles);
  CHECK(r->object.kind == Argument::Kind::kConcept);
  CHECK(r->relation.cls == "SUPPORT");
  CHECK(r->qualifiers.negated);
  CHECK(r->qualifiers.time == "today");
  CHECK(r->evidence.sentence == t.evidence.sentence);
  CHECK(r->evidence.object_span == t.evidence.object_span);
  CHECK(r->evidence.confidence == 0.5);
  CHECK_FALSE(parse_triple_json("{\"subject\":{\"text\":\"a\"},\"relation\":{},\"object\":{\"text\":\"b\"}}").is_ok());
  CHECK_FALSE(parse_triple_json("[1]").is_ok());
  CHECK_FALSE(parse_triple_json("{\"subject\":{\"text\":\"a\"},\"relation\":{\"lemma\":\"x\"},\"object\":{\"text\":\"b\"},"
                                "\"evidence\":{\"confidence\":2}}").is_ok());
}

TEST_CASE("records out of sorted order still load into the canonical graph") {
  KnowledgeGraph g = sample();
  const std::string a = dump(g);
  std::vector<std::string> lines;
  std::istringstream in(a);
  for (std::string l; std::getline(in, l);) lines.push_back(l + "\n");
  REQUIRE(lines.size() >= 6);
  std::size_t first_node = 0;
  while (lines[first_node].rfind("{\"node\"", 0) != 0) ++first_node;
  std::swap(lines[first_node], lines[first_node + 1]);  // two nodes out of order
  std::swap(lines[lines.size() - 1], lines[lines.size() - 2]);  // two edges out of order
  std::string shuffled;
  for (const auto& l : lines) shuffled += l;
  REQUIRE(shuffled != a);
  KnowledgeGraph h;
  REQUIRE(load(shuffled, h).is_ok());
  CHECK(dump(h) == a);
}

TEST_CASE("'asserted': false survives graph.kgl and triples JSON Lines; negated implies it; asserted evidence keeps its id") {
  Triple t;
  t.subject = {Argument::Kind::kEntity, "Chrysler", "ORG", {}};
  t.object = {Argument::Kind::kEntity, "AMC", "ORG", {}};
  t.relation = {"buy", "buy", ""};
  t.evidence.document = {"d", "", "", ""};
  t.qualifiers.asserted = false;
  t.qualifiers.modality = "set";
  std::string line;
  append_triple_json(line, t);
  CHECK(line.find("\"asserted\":false") != std::string::npos);
  auto r = parse_triple_json(line);
  REQUIRE(r.is_ok());
  CHECK_FALSE(r->qualifiers.asserted);
  KnowledgeGraph g;
  REQUIRE(g.add(*r).is_ok());
  const std::string a = dump(g);
  CHECK(a.find("\"asserted\":false") != std::string::npos);
  KnowledgeGraph h;
  REQUIRE(load(a, h).is_ok());
  CHECK(dump(h) == a);
  CHECK_FALSE(h.edge(h.sorted_edges()[0]).evidence[0].asserted);
  // Negated evidence is not asserted, without writing it twice.
  Triple n = t;
  n.qualifiers = {};
  n.qualifiers.negated = true;
  std::string nl;
  append_triple_json(nl, n);
  CHECK(nl.find("\"asserted\"") == std::string::npos);
  auto nr = parse_triple_json(nl);
  REQUIRE(nr.is_ok());
  CHECK_FALSE(nr->qualifiers.asserted);
  // Asserted evidence has the id it had before the member existed.
  KnowledgeGraph p, q;
  Triple plain = t;
  plain.qualifiers = {};
  REQUIRE(p.add(plain).is_ok());
  plain.qualifiers.asserted = false;
  REQUIRE(q.add(plain).is_ok());
  p.canonicalize();
  q.canonicalize();
  const auto pe = p.sorted_edges()[0], qe = q.sorted_edges()[0];
  CHECK(p.evidence_id(pe, p.edge(pe).evidence[0]) != q.evidence_id(qe, q.edge(qe).evidence[0]));
}
