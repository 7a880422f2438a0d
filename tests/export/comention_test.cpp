// Issue #24: co-mention edges, viz attributes, graphology JSON and the script-safe
// escaping they rely on.
#include <doctest/doctest.h>

#include <cmath>
#include <sstream>

#include "export/escape.h"
#include "export/exporters.h"
#include "export/style.h"
#include "graph/knowledge_graph.h"
#include "tests/export/comention_graph.h"
#include "graph/store.h"
#include "graph/triples_io.h"

using namespace kg::graph;
using namespace kg::exporters;

namespace {

using kg::test::comention_graph;
using kg::test::named;
using kg::test::record;
using kg::test::render;

std::string label_of(const KnowledgeGraph& g, View::Vertex v) { return g.entity(v).label; }

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("co-mentions: one undirected edge per pair named in one sentence, weight = distinct sentences") {
  const KnowledgeGraph g = comention_graph();
  const View view(g, {}, false, /*with_co_mentions=*/true);
  REQUIRE(view.co_mentions().size() == 3);  // Ann-Bo (2 sentences), Ann-Oslo, Bo-Oslo
  std::size_t ann_bo = 0;
  for (const auto& c : view.co_mentions()) {
    CHECK(g.entity(c.a).id < g.entity(c.b).id);
    const std::string pair = label_of(g, c.a) + "|" + label_of(g, c.b);
    if (pair == "Ann Lee|Bo Chen" || pair == "Bo Chen|Ann Lee") {
      ++ann_bo;
      CHECK(c.count == 2);
      EdgeSummary s;
      view.summarize(c, s);
      CHECK(s.weight == 2);
      CHECK(s.documents == 2);
      CHECK(s.first_seen == "2024-05-28");
      CHECK(s.event_date_first.empty());  // co-mentions have no event date
      CHECK(s.spell_dates == s.dates);
    } else {
      CHECK(c.count == 1);
    }
  }
  CHECK(ann_bo == 1);
  ExportOptions o;
  o.min_weight = 2;
  CHECK(View(g, o, false, true).co_mentions().size() == 1);
  o = {};
  o.co_mentions = false;
  CHECK(View(g, o, false, true).co_mentions().empty());
  o = {};
  o.relations = {"MEET"};
  CHECK(View(g, o, false, true).co_mentions().empty());
  o.relations = {"CO_MENTIONED"};
  CHECK(View(g, o, false, true).co_mentions().size() == 3);
  o = {};
  o.types = {"Person"};
  CHECK(View(g, o, false, true).co_mentions().size() == 1);
  CHECK(View(g, {}, false).co_mentions().empty());  // formats that do not ask get none
}

TEST_CASE("co-mentions: the mention's sentence survives graph.kgl and older seen items still load") {
  KnowledgeGraph g = comention_graph();
  std::ostringstream os;
  REQUIRE(write_graph(g, os).is_ok());
  const std::string file = os.str();
  CHECK(file.find("\"version\":5") != std::string::npos);
  CHECK(file.find("\"Ann Lee\",\"first\",true,0,28]") != std::string::npos);
  CHECK(file.find("\"Di\",\"Di Eng\",\"first\",true]") != std::string::npos);  // unknown sentence: 7 items
  KnowledgeGraph back;
  std::istringstream in(file);
  REQUIRE(read_graph(in, "g.kgl", back).is_ok());
  std::ostringstream again;
  REQUIRE(write_graph(back, again).is_ok());
  CHECK(again.str() == file);
  CHECK(View(back, {}, false, true).co_mentions().size() == 3);
}

TEST_CASE("co-mentions: a version-3 graph file (no sentences) loads and makes none") {
  KnowledgeGraph g = comention_graph();
  std::ostringstream os;
  REQUIRE(write_graph(g, os).is_ok());
  std::string v3 = os.str();
  v3.replace(v3.find("\"version\":5"), 11, "\"version\":3");
  for (const std::string is_name : {"true", "false"})  // drop every sentence span
    for (const std::string tail : {",0,28]", ",29,42]", ",0,20]", ",21,40]"})
      for (auto p = v3.find(is_name + tail); p != std::string::npos; p = v3.find(is_name + tail))
        v3.replace(p, is_name.size() + tail.size(), is_name + "]");
  REQUIRE(v3.find("true,") == std::string::npos);
  REQUIRE(v3.find("false,") == std::string::npos);
  KnowledgeGraph old;
  std::istringstream in(v3);
  REQUIRE(read_graph(in, "old.kgl", old).is_ok());
  CHECK(old.num_vertices() == g.num_vertices());
  CHECK(View(old, {}, false, true).co_mentions().empty());
}

TEST_CASE("co-mentions: the sentence span of a mention survives the extract JSON Lines") {
  EntityRecord r = record("Ann Lee", "Person", "d1", {named({0, 7}, "Ann Lee", {0, 28})});
  r.mentions.push_back(named({40, 43}, "Ann", {}));
  std::string line;
  append_entity_json(line, r);
  CHECK(line.find("{\"span\":[0,7],\"sentence\":[0,28],\"text\":\"Ann Lee\"") != std::string::npos);
  CHECK(line.find("{\"span\":[40,43],\"text\":\"Ann\"") != std::string::npos);  // unknown: no member
  line.pop_back();  // the newline
  auto back = parse_entity_json(line);
  REQUIRE(back.is_ok());
  REQUIRE(back.value().mentions.size() == 2);
  CHECK(back.value().mentions[0].sentence == Span{0, 28});
  CHECK(back.value().mentions[1].sentence == Span{});
}

TEST_CASE("GEXF and GraphML: viz colour and size by type and mentions, undirected CO_MENTIONED edges") {
  const KnowledgeGraph g = comention_graph();
  const std::string gexf = render([&](std::ostream& os) { return write_gexf(g, os, {}); });
  CHECK(gexf.find("xmlns:viz=\"http://gexf.net/1.3/viz\"") != std::string::npos);
  CHECK(gexf.find("<viz:color r=\"31\" g=\"119\" b=\"180\"/>") != std::string::npos);  // Person
  CHECK(gexf.find("<viz:size value=\"") != std::string::npos);
  CHECK(count(gexf, "kind=\"CO_MENTIONED\"") == 3);
  CHECK(count(gexf, "type=\"undirected\"") == 3);
  const std::string graphml = render([&](std::ostream& os) { return write_graphml(g, os, {}); });
  CHECK(graphml.find("<data key=\"color\">#2ca02c</data>") != std::string::npos);  // Place
  CHECK(count(graphml, "<data key=\"e_undirected\">true</data>") == 3);
  CHECK(graphml.find("directed=\"false\"") == std::string::npos);  // networkx refuses it
  ExportOptions off;
  off.co_mentions = false;
  CHECK(render([&](std::ostream& os) { return write_gexf(g, os, off); }).find("CO_MENTIONED") == std::string::npos);
}

TEST_CASE("JSON: graphology serialization, script-safe") {
  KnowledgeGraph g;
  Triple t;
  t.subject = {Argument::Kind::kEntity, "</script><script>alert(1)</script>", "Person", {}};
  t.object = {Argument::Kind::kEntity, "Bo \xE2\x80\xA8 <!-- & \"q\"", "Organization", {}};
  t.relation = {"meet", "met", ""};
  t.evidence.document = {"d1", "", "", "2024-01-02"};
  t.evidence.sentence = "</script> met <!--";
  REQUIRE(g.add(t).is_ok());
  g.canonicalize();
  const std::string j = render([&](std::ostream& os) { return write_json(g, os, {}); });
  CHECK(j.rfind("{\"options\":{\"type\":\"mixed\",\"multi\":true", 0) == 0);
  CHECK(j.find("\"nodes\":[\n{\"key\":\"") != std::string::npos);
  CHECK(j.find("\"edges\":[\n{\"key\":\"") != std::string::npos);
  CHECK(j.find('<') == std::string::npos);
  CHECK(j.find('>') == std::string::npos);
  CHECK(j.find("\xE2\x80\xA8") == std::string::npos);
  CHECK(j.find("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)") != std::string::npos);
}

TEST_CASE("script-safe JSON strings and HTML text") {
  std::string out;
  append_script_json_string(out, "a</script>\"\\\n<!--&\xE2\x80\xA9\xE2\x82\xAC\x01");
  CHECK(out == "\"a\\u003C/script\\u003E\\\"\\\\\\n\\u003C!--\\u0026\\u2029\xE2\x82\xAC\\u0001\"");
  out.clear();
  append_html(out, "<b title='x'>&\"");
  CHECK(out == "&lt;b title=&#39;x&#39;&gt;&amp;&quot;");
}

