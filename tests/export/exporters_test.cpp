#include <doctest/doctest.h>

#include <sstream>

#include "export/exporters.h"
#include "graph/knowledge_graph.h"

using namespace kg::graph;
using namespace kg::exporters;

namespace {

KnowledgeGraph sample() {
  KnowledgeGraph g;
  auto add = [&g](const char* s, const char* rel, const char* o, Argument::Kind ok, double conf, const char* doc) {
    Triple t;
    t.subject = {Argument::Kind::kEntity, s, "PER", {}};
    t.object = {ok, o, "ORG", {}};
    t.relation = {rel, rel, ""};
    t.evidence.document = {doc, std::string("https://x.example/?a=1&b=") + doc, "T<itle>", "2024-05-28"};
    t.evidence.sentence = std::string(s) + " " + rel + " \x01 \"" + o + "\" \xE2\x80\xA8 🙂";
    t.evidence.confidence = conf;
    REQUIRE(g.add(t).is_ok());
  };
  add("Ann & <Bo>", "meet", "ACME \"Corp\"", Argument::Kind::kEntity, 0.9, "d1");
  add("Ann & <Bo>", "meet", "ACME \"Corp\"", Argument::Kind::kEntity, 0.4, "d2");
  add("Ann & <Bo>", "support", "a plan", Argument::Kind::kConcept, 0.8, "d1");
  g.canonicalize();
  return g;
}

template <typename F>
std::string render(F f) {
  std::ostringstream os;
  REQUIRE(f(os).is_ok());
  return os.str();
}

}  // namespace

TEST_CASE("GraphML: keys before nodes before edges, edge label first, no control characters") {
  const KnowledgeGraph g = sample();
  const std::string x = render([&](std::ostream& os) { return write_graphml(g, os, {}); });
  CHECK(x.find("<key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>") != std::string::npos);
  CHECK(x.find("<node") < x.find("<edge"));
  const auto e = x.find("<edge ");
  CHECK(x.find("<data key=\"label\">MEET</data>", e) == x.find("<data", e));
  CHECK(x.find('\x01') == std::string::npos);
  CHECK(x.find("Ann &amp; &lt;Bo&gt;") != std::string::npos);
  CHECK(x.find("a plan") == std::string::npos);  // entities mode by default
  ExportOptions all;
  all.mode = Mode::kAll;
  const std::string y = render([&](std::ostream& os) { return write_graphml(g, os, all); });
  CHECK(y.find("a plan") != std::string::npos);
  CHECK(y.find("<data key=\"labels\">:Concept</data>") != std::string::npos);
  CHECK(y.find("<data key=\"labels\">:Entity:Person</data>") != std::string::npos);
}

TEST_CASE("filters: min confidence lowers weights, min weight and relation types drop edges") {
  const KnowledgeGraph g = sample();
  ExportOptions o;
  o.min_confidence = 0.5;
  View v(g, o, true);
  REQUIRE(v.edges().size() == 2);
  for (const auto& it : v.edges()) CHECK(it.count == 1);
  o.min_weight = 2;
  CHECK(View(g, o, true).edges().empty());
  ExportOptions r;
  r.relations = {"SUPPORT"};
  CHECK(View(g, r, true).edges().size() == 1);
  ExportOptions t;
  t.types = {"Person"};
  View tv(g, t, true);
  CHECK(tv.nodes().size() == 1);
  CHECK(tv.edges().empty());
}

TEST_CASE("RDF: N-Triples lines are absolute, literals escaped; Turtle uses prefixes") {
  const KnowledgeGraph g = sample();
  ExportOptions o;
  o.base_iri = "http://kg.example/base/";
  const std::string nt = render([&](std::ostream& os) { return write_rdf(g, os, RdfSyntax::kNTriples, o); });
  std::istringstream lines(nt);
  std::string line;
  std::size_t n = 0;
  while (std::getline(lines, line)) {
    ++n;
    CHECK(line.rfind("<http", 0) == 0);
    CHECK(line.size() >= 2);
    CHECK(line.substr(line.size() - 2) == " .");
  }
  CHECK(n > 10);
  CHECK(nt.find("\\u0001") != std::string::npos);
  CHECK(nt.find("\\u2028") != std::string::npos);
  CHECK(nt.find("<http://kg.example/base/relation/meet>") != std::string::npos);
  const std::string ttl = render([&](std::ostream& os) { return write_rdf(g, os, RdfSyntax::kTurtle, o); });
  CHECK(ttl.find("@prefix ent: <http://kg.example/base/entity/> .") != std::string::npos);
  CHECK(ttl.find("rdf:type rdf:Statement") != std::string::npos);
  ExportOptions bad;
  bad.base_iri = "not an iri";
  std::ostringstream os;
  CHECK_FALSE(write_rdf(g, os, RdfSyntax::kTurtle, bad).is_ok());
}

TEST_CASE("Neo4j CSV headers and JSON shape") {
  const KnowledgeGraph g = sample();
  std::ostringstream e, a, r, m;
  REQUIRE(write_neo4j_csv(g, {e, a, r, m}, {}).is_ok());
  CHECK(e.str().rfind("entityId:ID(Entity),name,:LABEL,", 0) == 0);
  CHECK(r.str().rfind(":START_ID(Entity),:END_ID(Entity),:TYPE,", 0) == 0);
  CHECK(m.str().rfind(":START_ID(Entity),:END_ID(Article),:TYPE\n", 0) == 0);
  CHECK(e.str().find("\"ACME \"\"Corp\"\"\"") != std::string::npos);
  const std::string j = render([&](std::ostream& os) { return write_json(g, os, {}); });
  CHECK(j.find("\"nodes\":[") != std::string::npos);
  CHECK(j.find("\"edges\":[") != std::string::npos);  // graphology format
  CHECK(j.find("\\u2028") != std::string::npos);
  const std::string c = render([&](std::ostream& os) { return write_cypher(g, os, {}); });
  CHECK(c.find("CREATE CONSTRAINT kg_entity_id IF NOT EXISTS") != std::string::npos);
  CHECK(c.find("MERGE (a)-[r:MEET {relationId: row.id}]->(b)") != std::string::npos);
}

TEST_CASE("statements the text does not assert: left out by default, kept and marked on request, never in the weight") {
  KnowledgeGraph g;
  auto add = [&g](const char* o, bool asserted, const char* doc) {
    Triple t;
    t.subject = {Argument::Kind::kEntity, "Chrysler", "ORG", {}};
    t.object = {Argument::Kind::kEntity, o, "ORG", {}};
    t.relation = {"buy", "buy", ""};
    t.qualifiers.asserted = asserted;
    t.qualifiers.modality = asserted ? "" : "set";
    t.evidence.document = {doc, "", "", "2024-05-28"};
    t.evidence.sentence = std::string("Chrysler buys ") + o + ".";
    REQUIRE(g.add(t).is_ok());
  };
  add("AMC", true, "d1");
  add("AMC", false, "d2");    // one edge, one asserted and one planned purchase
  add("Jeep", false, "d1");   // an edge that is only planned
  g.canonicalize();
  ExportOptions o;
  View v(g, o, true);
  REQUIRE(v.edges().size() == 1);
  CHECK(v.summarize(v.edges()[0]).weight == 1);
  const std::string plain = render([&](std::ostream& os) { return write_graphml(g, os, o); });
  CHECK(plain.find("Jeep") != std::string::npos);  // the node stays, its planned edge does not
  CHECK(plain.find("<data key=\"e_unasserted\">") == std::string::npos);
  ExportOptions keep;
  keep.unasserted = true;
  View kv(g, keep, true);
  REQUIRE(kv.edges().size() == 2);
  for (const auto& it : kv.edges()) {
    const auto s = kv.summarize(it);
    CHECK(s.weight + s.unasserted == it.count);
    CHECK(s.unasserted == 1);
  }
  const std::string marked = render([&](std::ostream& os) { return write_graphml(g, os, keep); });
  CHECK(marked.find("<data key=\"e_unasserted\">1</data>") != std::string::npos);
  const std::string nt = render([&](std::ostream& os) { return write_rdf(g, os, RdfSyntax::kNTriples, keep); });
  CHECK(nt.find("asserted> \"false\"^^<http://www.w3.org/2001/XMLSchema#boolean>") != std::string::npos);
}

namespace {

// Wang Yi -MEET-> Sok Chenda Sophea: met "on Friday" 2024-05-24 (article of 2024-05-25),
// and again in "May" (partial "2024-05": no event date) per an article of 2024-05-28.
// Wang Yi -VISIT-> Phnom Penh in "2023" (partial only): no event date at all.
KnowledgeGraph event_graph() {
  KnowledgeGraph g;
  auto add = [&g](const char* rel, const char* o, const char* ot, const char* doc, const char* date,
                  const char* time) {
    Triple t;
    t.subject = {Argument::Kind::kEntity, "Wang Yi", "PER", {}};
    t.object = {Argument::Kind::kEntity, o, ot, {}};
    t.relation = {rel, rel, ""};
    t.qualifiers.time = time;
    t.evidence.document = {doc, std::string("https://x.example/") + doc, "T", date};
    t.evidence.sentence = std::string("Wang Yi ") + rel + " " + o + ".";
    REQUIRE(g.add(t).is_ok());
  };
  add("meet", "Sok Chenda Sophea", "PER", "d1", "2024-05-25", "2024-05-24");
  add("meet", "Sok Chenda Sophea", "PER", "d2", "2024-05-28", "2024-05");
  add("visit", "Phnom Penh", "LOC", "d3", "2024-06-01", "2023");
  g.canonicalize();
  return g;
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
  return n;
}

// The element of `text` that starts at the first `open` after `anchor` and ends at `close`.
std::string element_after(const std::string& text, const std::string& anchor, const std::string& open,
                          const std::string& close) {
  const auto a = text.find(anchor);
  REQUIRE(a != std::string::npos);
  const auto b = text.rfind(open, a);
  const auto e = text.find(close, a);
  REQUIRE(b != std::string::npos);
  REQUIRE(e != std::string::npos);
  return text.substr(b, e - b);
}

}  // namespace

TEST_CASE("event dates: summary keeps full ISO evidence times only; spells by event date, else article date") {
  const KnowledgeGraph g = event_graph();
  const View v(g, {}, true);
  REQUIRE(v.edges().size() == 2);
  for (const auto& item : v.edges()) {
    const EdgeSummary s = v.summarize(item);
    if (g.edge(item.edge).type == "MEET") {
      CHECK(s.event_date_first == "2024-05-24");
      CHECK(s.event_date_last == "2024-05-24");
      CHECK(s.first_seen == "2024-05-25");
      CHECK(s.last_seen == "2024-05-28");
      CHECK(s.spell_dates == std::vector<std::string>{"2024-05-24", "2024-05-28"});
    } else {
      CHECK(s.event_date_first.empty());
      CHECK(s.event_date_last.empty());
      CHECK(s.spell_dates == std::vector<std::string>{"2024-06-01"});
    }
  }
}

TEST_CASE("event dates in GraphML, GEXF, JSON, Neo4j CSV, Cypher and RDF") {
  const KnowledgeGraph g = event_graph();
  const std::string x = render([&](std::ostream& os) { return write_graphml(g, os, {}); });
  CHECK(x.find("<key id=\"e_event_date_first\" for=\"edge\" attr.name=\"event_date_first\" attr.type=\"string\"/>") !=
        std::string::npos);
  CHECK(x.find("<key id=\"e_event_date_last\" for=\"edge\" attr.name=\"event_date_last\" attr.type=\"string\"/>") !=
        std::string::npos);
  const std::string meet = element_after(x, "<data key=\"label\">MEET</data>", "<edge ", "</edge>");
  CHECK(meet.find("<data key=\"e_event_date_first\">2024-05-24</data>\n"
                  "      <data key=\"e_event_date_last\">2024-05-24</data>") != std::string::npos);
  CHECK(meet.find("<data key=\"e_first_seen\">2024-05-25</data>") != std::string::npos);
  CHECK(count_of(x, "<data key=\"e_event_date_first\">") == 1);  // VISIT ("2023") and co-mentions: none

  const std::string gx = render([&](std::ostream& os) { return write_gexf(g, os, {}); });
  CHECK(gx.find("<attribute id=\"event_date_first\" title=\"event_date_first\" type=\"string\"/>") !=
        std::string::npos);
  const std::string gmeet = element_after(gx, "kind=\"MEET\"", "<edge ", "</edge>");
  CHECK(gmeet.find("<attvalue for=\"event_date_first\" value=\"2024-05-24\"/>") != std::string::npos);
  CHECK(gmeet.find("<attvalue for=\"event_date_last\" value=\"2024-05-24\"/>") != std::string::npos);
  CHECK(gmeet.find("<spells>\n          <spell start=\"2024-05-24\" end=\"2024-05-24\"/>\n"
                   "          <spell start=\"2024-05-28\" end=\"2024-05-28\"/>\n        </spells>") !=
        std::string::npos);
  CHECK(gmeet.find("2024-05-25") == std::string::npos);  // the article with an event date gives no spell
  const std::string gvisit = element_after(gx, "kind=\"VISIT\"", "<edge ", "</edge>");
  CHECK(gvisit.find("event_date_first") == std::string::npos);
  CHECK(gvisit.find("<spell start=\"2024-06-01\" end=\"2024-06-01\"/>") != std::string::npos);
  // Node spells stay article dates: Wang Yi's articles are of 05-25, 05-28 and 06-01.
  const std::string wang = element_after(gx, "label=\"Wang Yi\"", "<node ", "</node>");
  CHECK(wang.find("<spell start=\"2024-05-25\" end=\"2024-05-25\"/>") != std::string::npos);
  CHECK(wang.find("2024-05-24") == std::string::npos);

  const std::string j = render([&](std::ostream& os) { return write_json(g, os, {}); });
  CHECK(j.find("\"firstSeen\":\"2024-05-25\",\"lastSeen\":\"2024-05-28\",\"eventDateFirst\":\"2024-05-24\","
               "\"eventDateLast\":\"2024-05-24\",") != std::string::npos);
  CHECK(count_of(j, "\"eventDateFirst\"") == 1);

  std::ostringstream e, a, r, m;
  REQUIRE(write_neo4j_csv(g, {e, a, r, m}, {}).is_ok());
  CHECK(r.str().rfind(":START_ID(Entity),:END_ID(Entity),:TYPE,relationId,weight:long,confidence:double,"
                      "documents:long,firstSeen:date,lastSeen:date,eventDateFirst:date,eventDateLast:date,"
                      "lemmas:string[],",
                      0) == 0);
  CHECK(r.str().find(",2,1,2,2024-05-25,2024-05-28,2024-05-24,2024-05-24,\"meet\",") != std::string::npos);
  CHECK(r.str().find(",1,1,1,2024-06-01,2024-06-01,,,\"visit\",") != std::string::npos);
  const std::string c = render([&](std::ostream& os) { return write_cypher(g, os, {}); });
  CHECK(c.find("eventFirst: '2024-05-24', eventLast: '2024-05-24'") != std::string::npos);
  CHECK(c.find("eventFirst: null, eventLast: null") != std::string::npos);
  CHECK(c.find("r.eventDateFirst = date(row.eventFirst), r.eventDateLast = date(row.eventLast)") !=
        std::string::npos);

  const std::string nt = render([&](std::ostream& os) { return write_rdf(g, os, RdfSyntax::kNTriples, {}); });
  CHECK(count_of(nt, "<https://example.org/kg/ontology#eventDate> "
                     "\"2024-05-24\"^^<http://www.w3.org/2001/XMLSchema#date> ") == 1);
  CHECK(count_of(nt, "ontology#eventDate>") == 1);  // "2024-05" and "2023" are no event dates
  CHECK(count_of(nt, "ontology#time> \"2024-05\"") == 1);  // kg:time keeps them as they are
}
