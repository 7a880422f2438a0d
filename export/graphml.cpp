// GraphML writer. Layout (docs/exports.md): keys with explicit for/attr.name/attr.type,
// nodes before edges, edge label as the first <data>, ids = stable hex ids; node color
// (#rrggbb) and size as Gephi reads them; CO_MENTIONED edges marked undirected=true.
#include <string>

#include "export/escape.h"
#include "export/exporters.h"
#include "export/style.h"
#include "graph/normalize.h"
#include "graph/text_io.h"

namespace kg::exporters {

namespace {

struct Key {
  const char* id;
  const char* for_;
  const char* name;
  const char* type;
};

constexpr Key kKeys[] = {
    {"n_label", "node", "label", "string"},   {"labels", "node", "labels", "string"},
    {"n_type", "node", "type", "string"},     {"n_key", "node", "key", "string"},
    {"n_aliases", "node", "aliases", "string"}, {"n_titles", "node", "titles", "string"},
    {"n_mentions", "node", "mentions", "long"}, {"n_documents", "node", "documents", "long"},
    {"n_first_seen", "node", "first_seen", "string"}, {"n_last_seen", "node", "last_seen", "string"},
    {"n_url", "node", "url", "string"},       {"n_date", "node", "date", "string"},
    {"color", "node", "color", "string"},     {"size", "node", "size", "double"},
    {"label", "edge", "label", "string"},     {"weight", "edge", "weight", "double"},
    {"e_lemmas", "edge", "lemmas", "string"}, {"e_confidence", "edge", "confidence", "double"},
    {"e_documents", "edge", "documents", "long"}, {"e_first_seen", "edge", "first_seen", "string"},
    {"e_last_seen", "edge", "last_seen", "string"},
    {"e_event_date_first", "edge", "event_date_first", "string"},
    {"e_event_date_last", "edge", "event_date_last", "string"}, {"e_sentence", "edge", "sentence", "string"},
    {"e_article", "edge", "article", "string"}, {"e_unasserted", "edge", "unasserted", "long"},
    {"e_undirected", "edge", "undirected", "boolean"},
};

void data(std::string& out, const char* key, std::string_view value, const char* indent = "      ") {
  out += indent;
  out += "<data key=\"";
  out += key;
  out += "\">";
  append_xml_text(out, value);
  out += "</data>\n";
}

void data_uint(std::string& out, const char* key, std::uint64_t v) {
  out += "      <data key=\"";
  out += key;
  out += "\">";
  graph::append_uint(out, v);
  out += "</data>\n";
}

}  // namespace

Status write_graphml(const graph::KnowledgeGraph& g, std::ostream& os, const ExportOptions& o) {
  if (!g.canonical()) return Status::invalid_argument("graph is not canonical");
  const View view(g, o, /*all_by_default=*/false, /*with_co_mentions=*/true);
  EdgeSummary s;
  graph::BufferedWriter w(os);
  std::string& out = w.buffer();
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    out += "  <key id=\"";
    out += k.id;
    out += "\" for=\"";
    out += k.for_;
    out += "\" attr.name=\"";
    out += k.name;
    out += "\" attr.type=\"";
    out += k.type;
    out += "\"/>\n";
  }
  out += "  <graph id=\"G\" edgedefault=\"directed\">\n";
  for (auto v : view.nodes()) {
    const graph::Entity& e = g.entity(v);
    out += "    <node id=\"";
    graph::append_hex16(out, e.id);
    out += "\">\n";
    data(out, "n_label", e.label);
    std::string labels;
    for (const auto& l : node_labels(e)) labels += ":" + l;
    data(out, "labels", labels);
    data(out, "n_type", e.type);
    data(out, "n_key", e.key);
    std::vector<std::string> aliases;
    for (const auto& n : e.names)
      if (n.first != e.label) aliases.push_back(n.first);
    if (!aliases.empty()) data(out, "n_aliases", join(aliases, " | "));
    if (!e.titles.empty()) data(out, "n_titles", join(e.titles, " | "));
    data_uint(out, "n_mentions", e.mentions);
    data_uint(out, "n_documents", e.documents.size());
    const auto [first, last] = g.date_range(v);
    if (!first.empty()) {
      data(out, "n_first_seen", first);
      data(out, "n_last_seen", last);
    }
    data(out, "color", hex_color(type_color(e.type)));
    data(out, "size", fixed2(node_size(e.mentions)));
    out += "    </node>\n";
    w.maybe_flush();
  }
  if (o.documents) {
    for (auto d : view.documents()) {
      const graph::DocumentInfo& doc = g.documents()[d];
      out += "    <node id=\"";
      out += doc_node_id(doc);
      out += "\">\n";
      data(out, "n_label", doc.title.empty() ? doc.id : doc.title);
      data(out, "labels", ":Article");
      data(out, "n_type", "Article");
      data(out, "n_key", doc.id);
      if (!doc.url.empty()) data(out, "n_url", doc.url);
      if (!doc.date.empty()) data(out, "n_date", doc.date);
      data(out, "color", hex_color(type_color("Article")));
      data(out, "size", fixed2(node_size(0)));
      out += "    </node>\n";
      w.maybe_flush();
    }
  }
  for (const auto& item : view.edges()) {
    view.summarize(item, s);
    const graph::Edge& e = g.edge(item.edge);
    out += "    <edge id=\"";
    graph::append_hex16(out, g.edge_id(item.edge));
    out += "\" source=\"";
    graph::append_hex16(out, g.entity(g.source(item.edge)).id);
    out += "\" target=\"";
    graph::append_hex16(out, g.entity(g.target(item.edge)).id);
    out += "\">\n";
    data(out, "label", e.type);  // first <data>: the APOC relationship type
    out += "      <data key=\"weight\">";
    graph::append_uint(out, s.weight);
    out += "</data>\n";
    if (!s.lemmas.empty()) data(out, "e_lemmas", join(s.lemmas, " | "));
    out += "      <data key=\"e_confidence\">";
    out += graph::format_double(s.confidence);
    out += "</data>\n";
    data_uint(out, "e_documents", s.documents);
    if (o.unasserted && s.unasserted > 0) data_uint(out, "e_unasserted", s.unasserted);
    if (!s.first_seen.empty()) {
      data(out, "e_first_seen", s.first_seen);
      data(out, "e_last_seen", s.last_seen);
    }
    if (!s.event_date_first.empty()) {
      data(out, "e_event_date_first", s.event_date_first);
      data(out, "e_event_date_last", s.event_date_last);
    }
    if (s.best != nullptr) {
      if (s.best->sentence) data(out, "e_sentence", g.str(s.best->sentence));
      const graph::DocumentInfo* doc = g.document(s.best->document);
      if (doc != nullptr && !doc->url.empty()) data(out, "e_article", doc->url);
    }
    out += "    </edge>\n";
    w.maybe_flush();
  }
  for (const auto& c : view.co_mentions()) {
    view.summarize(c, s);
    out += "    <edge id=\"";
    graph::append_hex16(out, view.co_mention_id(c));
    out += "\" source=\"";
    graph::append_hex16(out, g.entity(c.a).id);
    out += "\" target=\"";
    graph::append_hex16(out, g.entity(c.b).id);
    out += "\">\n";  // no directed="false": networkx refuses it in a directed graph
    data(out, "label", kCoMentionType);
    out += "      <data key=\"weight\">";
    graph::append_uint(out, s.weight);
    out += "</data>\n";
    data_uint(out, "e_documents", s.documents);
    if (!s.first_seen.empty()) {
      data(out, "e_first_seen", s.first_seen);
      data(out, "e_last_seen", s.last_seen);
    }
    data(out, "e_undirected", "true");
    out += "    </edge>\n";
    w.maybe_flush();
  }
  if (o.documents) {
    for (auto v : view.nodes()) {
      const graph::Entity& e = g.entity(v);
      for (auto d : e.documents) {
        const graph::DocumentInfo& doc = g.documents()[d];
        const std::string target = doc_node_id(doc);
        out += "    <edge id=\"m-";
        graph::append_hex16(out, graph::fnv1a64(graph::hex16(e.id) + "|MENTIONED_IN|" + doc.id));
        out += "\" source=\"";
        graph::append_hex16(out, e.id);
        out += "\" target=\"";
        out += target;
        out += "\">\n";
        data(out, "label", "MENTIONED_IN");
        out += "      <data key=\"weight\">1</data>\n    </edge>\n";
        w.maybe_flush();
      }
    }
  }
  out += "  </graph>\n</graphml>\n";
  return w.status("GraphML");
}

}  // namespace kg::exporters
