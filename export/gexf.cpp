// GEXF 1.3 writer for Gephi: dynamic graph with timeformat=date; relation type in `kind`;
// <spells> for Gephi's timeline (nodes: article dates; relation edges: each piece of
// evidence's event date, else its article's date; co-mentions: article dates); viz:color
// by type and viz:size by mentions; undirected CO_MENTIONED edges (View::co_mentions).
#include <algorithm>
#include <string>

#include "export/escape.h"
#include "export/exporters.h"
#include "export/style.h"
#include "graph/normalize.h"
#include "graph/text_io.h"

namespace kg::exporters {

namespace {

void attr(std::string& out, const char* name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  append_xml_attr(out, value);
  out += '"';
}

void attr_hex(std::string& out, const char* name, std::uint64_t v) {
  out += ' ';
  out += name;
  out += "=\"";
  graph::append_hex16(out, v);
  out += '"';
}

void attvalue(std::string& out, const char* id, std::string_view value) {
  out += "          <attvalue for=\"";
  out += id;
  out += "\" value=\"";
  append_xml_attr(out, value);
  out += "\"/>\n";
}

// <viz:color> and <viz:size> of a node of this type and mention count.
void viz(std::string& out, std::string_view type, std::uint64_t mentions) {
  const Rgb c = type_color(type);
  out += "        <viz:color r=\"" + std::to_string(c.r) + "\" g=\"" + std::to_string(c.g) + "\" b=\"" +
         std::to_string(c.b) + "\"/>\n";
  out += "        <viz:size value=\"" + fixed2(node_size(mentions)) + "\"/>\n";
}

void spells(std::string& out, const std::vector<std::string>& dates) {
  if (dates.empty()) return;
  out += "        <spells>\n";
  for (const auto& d : dates) {
    out += "          <spell start=\"";
    out += d;
    out += "\" end=\"";
    out += d;
    out += "\"/>\n";
  }
  out += "        </spells>\n";
}

}  // namespace

Status write_gexf(const graph::KnowledgeGraph& g, std::ostream& os, const ExportOptions& o) {
  if (!g.canonical()) return Status::invalid_argument("graph is not canonical");
  const View view(g, o, /*all_by_default=*/false, /*with_co_mentions=*/true);
  EdgeSummary s;
  graph::BufferedWriter w(os);
  std::string& out = w.buffer();
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
      "      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "      xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
      "  <meta>\n    <creator>kg</creator>\n    <description>knowledge graph built from news articles"
      "</description>\n  </meta>\n"
      "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
      "    <attributes class=\"node\">\n"
      "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
      "      <attribute id=\"key\" title=\"key\" type=\"string\"/>\n"
      "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
      "      <attribute id=\"titles\" title=\"titles\" type=\"string\"/>\n"
      "      <attribute id=\"mentions\" title=\"mentions\" type=\"long\"/>\n"
      "      <attribute id=\"documents\" title=\"documents\" type=\"long\"/>\n"
      "      <attribute id=\"url\" title=\"url\" type=\"string\"/>\n"
      "    </attributes>\n"
      "    <attributes class=\"edge\">\n"
      "      <attribute id=\"lemmas\" title=\"lemmas\" type=\"string\"/>\n"
      "      <attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>\n"
      "      <attribute id=\"documents\" title=\"documents\" type=\"long\"/>\n"
      "      <attribute id=\"sentence\" title=\"sentence\" type=\"string\"/>\n"
      "      <attribute id=\"unasserted\" title=\"unasserted\" type=\"long\"/>\n"
      "      <attribute id=\"article\" title=\"article\" type=\"string\"/>\n"
      "      <attribute id=\"event_date_first\" title=\"event_date_first\" type=\"string\"/>\n"
      "      <attribute id=\"event_date_last\" title=\"event_date_last\" type=\"string\"/>\n"
      "    </attributes>\n"
      "    <nodes>\n";
  std::vector<std::string> dates;
  for (auto v : view.nodes()) {
    const graph::Entity& e = g.entity(v);
    out += "      <node";
    attr_hex(out, "id", e.id);
    attr(out, "label", e.label);
    out += ">\n        <attvalues>\n";
    attvalue(out, "type", e.type);
    attvalue(out, "key", e.key);
    std::vector<std::string> aliases;
    for (const auto& n : e.names)
      if (n.first != e.label) aliases.push_back(n.first);
    if (!aliases.empty()) attvalue(out, "aliases", join(aliases, " | "));
    if (!e.titles.empty()) attvalue(out, "titles", join(e.titles, " | "));
    attvalue(out, "mentions", std::to_string(e.mentions));
    attvalue(out, "documents", std::to_string(e.documents.size()));
    out += "        </attvalues>\n";
    dates.clear();
    for (auto d : e.documents) {
      const std::string& date = g.documents()[d].date;
      if (graph::is_iso_date(date)) dates.push_back(date);
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    spells(out, dates);
    viz(out, e.type, e.mentions);
    out += "      </node>\n";
    w.maybe_flush();
  }
  if (o.documents) {
    for (auto d : view.documents()) {
      const graph::DocumentInfo& doc = g.documents()[d];
      out += "      <node";
      attr(out, "id", doc_node_id(doc));
      attr(out, "label", doc.title.empty() ? doc.id : doc.title);
      out += ">\n        <attvalues>\n";
      attvalue(out, "type", "Article");
      attvalue(out, "key", doc.id);
      if (!doc.url.empty()) attvalue(out, "url", doc.url);
      out += "        </attvalues>\n";
      if (graph::is_iso_date(doc.date)) spells(out, {doc.date});
      viz(out, "Article", 0);
      out += "      </node>\n";
      w.maybe_flush();
    }
  }
  out += "    </nodes>\n    <edges>\n";
  for (const auto& item : view.edges()) {
    view.summarize(item, s);
    const graph::Edge& e = g.edge(item.edge);
    out += "      <edge";
    attr_hex(out, "id", g.edge_id(item.edge));
    attr_hex(out, "source", g.entity(g.source(item.edge)).id);
    attr_hex(out, "target", g.entity(g.target(item.edge)).id);
    attr(out, "kind", e.type);
    attr(out, "label", e.type);
    out += " weight=\"";
    graph::append_uint(out, s.weight);
    out += "\">\n        <attvalues>\n";
    if (!s.lemmas.empty()) attvalue(out, "lemmas", join(s.lemmas, " | "));
    attvalue(out, "confidence", graph::format_double(s.confidence));
    attvalue(out, "documents", std::to_string(s.documents));
    if (o.unasserted && s.unasserted > 0) attvalue(out, "unasserted", std::to_string(s.unasserted));
    if (s.best != nullptr) {
      if (s.best->sentence) attvalue(out, "sentence", g.str(s.best->sentence));
      const graph::DocumentInfo* doc = g.document(s.best->document);
      if (doc != nullptr && !doc->url.empty()) attvalue(out, "article", doc->url);
    }
    if (!s.event_date_first.empty()) {
      attvalue(out, "event_date_first", s.event_date_first);
      attvalue(out, "event_date_last", s.event_date_last);
    }
    out += "        </attvalues>\n";
    spells(out, s.spell_dates);  // event dates, else article dates
    out += "      </edge>\n";
    w.maybe_flush();
  }
  for (const auto& c : view.co_mentions()) {
    view.summarize(c, s);
    out += "      <edge";
    attr_hex(out, "id", view.co_mention_id(c));
    attr_hex(out, "source", g.entity(c.a).id);
    attr_hex(out, "target", g.entity(c.b).id);
    out += " type=\"undirected\"";
    attr(out, "kind", kCoMentionType);
    attr(out, "label", kCoMentionType);
    out += " weight=\"";
    graph::append_uint(out, s.weight);
    out += "\">\n        <attvalues>\n";
    attvalue(out, "documents", std::to_string(s.documents));
    out += "        </attvalues>\n";
    spells(out, s.dates);
    out += "      </edge>\n";
    w.maybe_flush();
  }
  if (o.documents) {
    for (auto v : view.nodes()) {
      const graph::Entity& e = g.entity(v);
      for (auto d : e.documents) {
        const graph::DocumentInfo& doc = g.documents()[d];
        out += "      <edge";
        attr(out, "id", "m-" + graph::hex16(graph::fnv1a64(graph::hex16(e.id) + "|MENTIONED_IN|" + doc.id)));
        attr(out, "source", graph::hex16(e.id));
        attr(out, "target", doc_node_id(doc));
        out += " kind=\"MENTIONED_IN\" label=\"MENTIONED_IN\" weight=\"1\"/>\n";
        w.maybe_flush();
      }
    }
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return w.status("GEXF");
}

}  // namespace kg::exporters
