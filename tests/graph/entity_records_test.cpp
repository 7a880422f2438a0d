// Entity records (issue #22): every entity the entity stage resolves becomes a node, with
// every form the text used as an alias, whether or not a triple uses it; the records
// survive graph.kgl, merges and triples JSON Lines unchanged.
#include <doctest/doctest.h>

#include <sstream>

#include "graph/knowledge_graph.h"
#include "graph/normalize.h"
#include "graph/store.h"
#include "graph/triples_io.h"

using namespace kg::graph;

namespace {

EntityRecord record(const std::string& name, const std::string& type, const std::string& doc,
                    std::vector<EntityMention> mentions, std::vector<std::string> titles = {}) {
  EntityRecord r;
  r.entity = {Argument::Kind::kEntity, name, type, std::move(titles)};
  r.document = {doc, "", "Title " + doc, "2024-03-0" + std::to_string(doc.size() % 9 + 1)};
  r.mentions = std::move(mentions);
  return r;
}

// "Britain ... UK ... it": the United Kingdom, as the gazetteer names it.
EntityRecord uk(const std::string& doc) {
  return record("United Kingdom", "Place", doc,
                {{{0, 7}, "Britain", "first", true, {}}, {{40, 42}, "UK", "acronym", true, {}}, {{60, 62}, "it", "pronoun", false, {}}});
}

std::string dump(KnowledgeGraph& g) {
  std::ostringstream os;
  REQUIRE(write_graph(g, os).is_ok());
  return os.str();
}

const Entity& only_named(const KnowledgeGraph& g) {
  const Entity* found = nullptr;
  for (auto v : g.sorted_vertices())
    if (g.entity(v).is_entity()) {
      REQUIRE(found == nullptr);
      found = &g.entity(v);
    }
  REQUIRE(found != nullptr);
  return *found;
}

}  // namespace

TEST_CASE("an entity record makes a node without any triple: label, names as written, mentions, documents") {
  KnowledgeGraph g;
  REQUIRE(g.add(uk("a")).is_ok());
  g.canonicalize();
  REQUIRE(g.num_vertices() == 1);
  CHECK(g.num_edges() == 0);
  const Entity& e = only_named(g);
  CHECK(e.key == "Place|united kingdom");
  CHECK(e.label == "United Kingdom");  // the canonical name, though the text never wrote it
  CHECK(e.mentions == 3);              // the pronoun is a mention, not a name
  REQUIRE(e.names.size() == 2);
  CHECK(e.names[0] == std::pair<std::string, std::uint64_t>{"Britain", 1});
  CHECK(e.names[1] == std::pair<std::string, std::uint64_t>{"UK", 1});
  REQUIRE(e.documents.size() == 1);
  CHECK(g.documents()[e.documents[0]].id == "a");
}

TEST_CASE("a triple argument and an entity record of one name meet in one node; a recorded document counts its mentions") {
  KnowledgeGraph g;
  Triple t;
  t.subject = {Argument::Kind::kEntity, "United Kingdom", "LOC", {}};
  t.object = {Argument::Kind::kEntity, "France", "LOC", {}};
  t.relation = {"meet", "met", ""};
  t.evidence.document = {"a", "", "", ""};
  t.evidence.sentence = "Britain met France.";
  t.evidence.sentence_span = {0, 19};
  t.evidence.subject_span = {0, 7};
  t.evidence.object_span = {12, 18};
  REQUIRE(g.add(t).is_ok());
  REQUIRE(g.add(uk("a")).is_ok());
  t.evidence.document = {"b", "", "", ""};  // a document without records: its argument sites count
  REQUIRE(g.add(t).is_ok());
  g.canonicalize();
  CHECK(g.num_vertices() == 2);
  KnowledgeGraph::Vertex v = 0;
  REQUIRE(g.find_vertex(fnv1a64("Place|united kingdom"), v));
  const Entity& e = g.entity(v);
  CHECK(e.mentions == 4);  // three recorded in a, one argument site in b
  CHECK(e.label == "United Kingdom");
  CHECK(e.documents.size() == 2);
  // France has no record: as before, its argument sites.
  REQUIRE(g.find_vertex(fnv1a64("Place|france"), v));
  CHECK(g.entity(v).mentions == 2);
  CHECK(g.entity(v).label == "France");
}

TEST_CASE("entity records: write -> read -> write is byte-identical, merge is idempotent and order-free") {
  KnowledgeGraph a, b, ab, ba;
  REQUIRE(a.add(uk("a")).is_ok());
  REQUIRE(a.add(record("Wang Yi", "PER", "a", {{{80, 87}, "Wang Yi", "title", true, {}}, {{99, 103}, "Wang", "alias", true, {}}},
                       {"Foreign Minister"}))
              .is_ok());
  REQUIRE(b.add(uk("b")).is_ok());
  REQUIRE(b.add(record("Wang Yi", "PER", "b", {{{5, 9}, "He", "pronoun", false, {}}})).is_ok());
  const std::string ta = dump(a), tb = dump(b);
  CHECK(ta.find("\"seen\":[[0,0,7,\"Britain\",\"United Kingdom\",\"first\",true]") != std::string::npos);
  KnowledgeGraph r;
  std::istringstream in(ta);
  REQUIRE(read_graph(in, "a.kgl", r).is_ok());
  CHECK(dump(r) == ta);
  for (const auto& order : {std::tuple{&ab, &ta, &tb}, std::tuple{&ba, &tb, &ta}}) {
    KnowledgeGraph* g = std::get<0>(order);
    std::istringstream i1(*std::get<1>(order)), i2(*std::get<2>(order));
    REQUIRE(read_graph(i1, "1.kgl", *g).is_ok());
    REQUIRE(read_graph(i2, "2.kgl", *g).is_ok());
  }
  const std::string merged = dump(ab);
  CHECK(dump(ba) == merged);
  KnowledgeGraph twice;
  for (int k = 0; k < 2; ++k) {
    std::istringstream i(merged);
    REQUIRE(read_graph(i, "m.kgl", twice).is_ok());
  }
  CHECK(dump(twice) == merged);
  KnowledgeGraph::Vertex v = 0;
  REQUIRE(ab.find_vertex(fnv1a64("Person|wang yi"), v));
  CHECK(ab.entity(v).mentions == 3);
  CHECK(ab.entity(v).titles == std::vector<std::string>{"Foreign Minister"});
  CHECK(ab.entity(v).label == "Wang Yi");
}

TEST_CASE("a version-2 file (no recorded mentions) still reads; bad \"seen\" items are corrupt, named by line") {
  KnowledgeGraph g;
  REQUIRE(g.add(uk("a")).is_ok());
  std::string text = dump(g);
  const std::string v2 = "{\"format\":\"kg-graph\",\"version\":2,\"documents\":1,\"nodes\":1,\"edges\":0}\n"
                         "{\"doc\":\"a\"}\n"
                         "{\"node\":\"" + hex16(fnv1a64("Place|france")) +
                         "\",\"key\":\"Place|france\",\"type\":\"Place\",\"label\":\"France\",\"mentions\":0,"
                         "\"names\":[],\"titles\":[],\"docs\":[0]}\n";
  KnowledgeGraph old;
  std::istringstream in(v2);
  REQUIRE(read_graph(in, "v2.kgl", old).is_ok());
  CHECK(old.num_vertices() == 1);
  std::string bad = text;
  bad.replace(bad.find(",\"first\",true]"), 14, ",\"first\"]");
  KnowledgeGraph h;
  std::istringstream in2(bad);
  const auto st = read_graph(in2, "bad.kgl", h);
  CHECK(st.code() == kg::Status::Code::kCorrupt);
  CHECK(st.message().find("bad.kgl:3:") == 0);
}

TEST_CASE("entity records through triples JSON Lines: round trip, routing, refusal without a sink") {
  EntityRecord r = uk("doc-1");
  r.entity.titles = {"Kingdom"};
  r.mentions[0].text = "Brit\"ain\n";
  std::string line;
  append_entity_json(line, r);
  REQUIRE(line.back() == '\n');
  CHECK(is_entity_record(line));
  auto p = parse_entity_json(line);
  REQUIRE(p.is_ok());
  CHECK(p->entity.text == "United Kingdom");
  CHECK(p->entity.type == "Place");
  CHECK(p->entity.titles == r.entity.titles);
  CHECK(p->document.id == "doc-1");
  CHECK(p->document.date == r.document.date);
  REQUIRE(p->mentions.size() == 3);
  CHECK(p->mentions[0].text == "Brit\"ain\n");
  CHECK(p->mentions[1].span == Span{40, 42});
  CHECK(p->mentions[1].link == "acronym");
  CHECK_FALSE(p->mentions[2].name);
  CHECK(p->mentions[0].name);
  std::string again;
  append_entity_json(again, *p);
  CHECK(again == line);
  CHECK_FALSE(parse_entity_json("{\"entity\":{\"text\":\"x\",\"kind\":\"concept\"}}").is_ok());
  CHECK_FALSE(parse_entity_json("{\"entity\":{\"text\":\"x\"},\"mentions\":[{\"span\":[5,2]}]}").is_ok());

  Triple t;
  t.subject = {Argument::Kind::kEntity, "A", "PER", {}};
  t.object = {Argument::Kind::kEntity, "B", "PER", {}};
  t.relation = {"meet", "met", ""};
  std::string two = line;
  append_triple_json(two, t);
  int triples = 0, entities = 0;
  TripleReadReport report;
  std::istringstream in(two);
  REQUIRE(read_triples_jsonl(in, "t.jsonl", [&](const Triple&) { ++triples; return kg::Status::ok(); }, report,
                             [&](const EntityRecord&) { ++entities; return kg::Status::ok(); })
              .is_ok());
  CHECK(triples == 1);
  CHECK(entities == 1);
  CHECK(report.accepted == 2);
  CHECK(report.entities == 1);
  TripleReadReport refused;
  std::istringstream in2(two);
  REQUIRE(read_triples_jsonl(in2, "t.jsonl", [&](const Triple&) { return kg::Status::ok(); }, refused).is_ok());
  CHECK(refused.accepted == 1);
  REQUIRE(refused.problems.size() == 1);
  CHECK(refused.problems[0].find("t.jsonl:1:") == 0);
}

TEST_CASE("entity records that cannot make a node are refused, graph unchanged") {
  KnowledgeGraph g;
  CHECK(g.add(record("  ", "PER", "a", {})).code() == kg::Status::Code::kInvalidArgument);
  EntityRecord c = uk("a");
  c.entity.kind = Argument::Kind::kConcept;
  CHECK(g.add(c).code() == kg::Status::Code::kInvalidArgument);
  CHECK(g.num_vertices() == 0);
}
