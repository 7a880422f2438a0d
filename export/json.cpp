// JSON node-link writer (D3 forceLink, networkx node_link_graph; graphology / Cytoscape.js
// adapters in docs/exports.md). One node or link per line.
#include <string>

#include "export/exporters.h"
#include "graph/normalize.h"
#include "graph/text_io.h"

namespace kg::exporters {

namespace {

void member(std::string& out, const char* k, std::string_view v) {
  out += ",\"";
  out += k;
  out += "\":";
  graph::append_json_string(out, v);
}

void member_uint(std::string& out, const char* k, std::uint64_t v) {
  out += ",\"";
  out += k;
  out += "\":";
  graph::append_uint(out, v);
}

void member_list(std::string& out, const char* k, const std::vector<std::string>& v) {
  out += ",\"";
  out += k;
  out += "\":[";
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out += ',';
    graph::append_json_string(out, v[i]);
  }
  out += ']';
}

void member_date(std::string& out, const char* k, const std::string& d) {
  if (d.empty()) return;
  member(out, k, d);
}

}  // namespace

Status write_json(const graph::KnowledgeGraph& g, std::ostream& os, const ExportOptions& o) {
  if (!g.canonical()) return Status::invalid_argument("graph is not canonical");
  const View view(g, o, /*all_by_default=*/true);
  EdgeSummary s;
  graph::BufferedWriter w(os);
  std::string& out = w.buffer();
  out += "{\"directed\":true,\"multigraph\":true,\"graph\":{\"generator\":\"kg\",\"format\":\"kg-json\",\"version\":1},\n";
  out += "\"nodes\":[";
  bool first = true;
  auto sep = [&] {
    out += first ? "\n" : ",\n";
    first = false;
  };
  for (auto v : view.nodes()) {
    const graph::Entity& e = g.entity(v);
    sep();
    out += "{\"id\":\"";
    graph::append_hex16(out, e.id);
    out += '"';
    member(out, "label", e.label);
    member(out, "type", e.type);
    member_list(out, "labels", node_labels(e));
    member(out, "key", e.key);
    std::vector<std::string> aliases;
    for (const auto& n : e.names)
      if (n.first != e.label) aliases.push_back(n.first);
    member_list(out, "aliases", aliases);
    member_list(out, "titles", e.titles);
    member_uint(out, "mentions", e.mentions);
    member_uint(out, "documents", e.documents.size());
    const auto [fs, ls] = g.date_range(v);
    member_date(out, "firstSeen", fs);
    member_date(out, "lastSeen", ls);
    out += '}';
    w.maybe_flush();
  }
  if (o.documents) {
    for (auto d : view.documents()) {
      const graph::DocumentInfo& doc = g.documents()[d];
      sep();
      out += "{\"id\":";
      graph::append_json_string(out, doc_node_id(doc));
      member(out, "label", doc.title.empty() ? doc.id : doc.title);
      out += ",\"type\":\"Article\",\"labels\":[\"Article\"]";
      member(out, "key", doc.id);
      if (!doc.url.empty()) member(out, "url", doc.url);
      if (!doc.date.empty()) member(out, "date", doc.date);
      out += '}';
    }
  }
  out += "\n],\n\"links\":[";
  first = true;
  for (const auto& item : view.edges()) {
    view.summarize(item, s);
    sep();
    out += "{\"id\":\"";
    graph::append_hex16(out, g.edge_id(item.edge));
    out += "\",\"source\":\"";
    graph::append_hex16(out, g.entity(g.source(item.edge)).id);
    out += "\",\"target\":\"";
    graph::append_hex16(out, g.entity(g.target(item.edge)).id);
    out += '"';
    member(out, "label", g.edge(item.edge).type);
    member_uint(out, "weight", s.weight);
    out += ",\"confidence\":";
    out += graph::format_double(s.confidence);
    member_uint(out, "documents", s.documents);
    if (o.unasserted && s.unasserted > 0) member_uint(out, "unasserted", s.unasserted);
    member_date(out, "firstSeen", s.first_seen);
    member_date(out, "lastSeen", s.last_seen);
    member_list(out, "lemmas", s.lemmas);
    if (s.best != nullptr && s.best->sentence) member(out, "sentence", g.str(s.best->sentence));
    const graph::DocumentInfo* doc = s.best ? g.document(s.best->document) : nullptr;
    if (doc != nullptr && !doc->url.empty()) member(out, "article", doc->url);
    out += '}';
    w.maybe_flush();
  }
  if (o.documents) {
    for (auto v : view.nodes()) {
      const graph::Entity& e = g.entity(v);
      for (auto d : e.documents) {
        const graph::DocumentInfo& doc = g.documents()[d];
        sep();
        out += "{\"id\":\"m-";
        graph::append_hex16(out, graph::fnv1a64(graph::hex16(e.id) + "|MENTIONED_IN|" + doc.id));
        out += "\",\"source\":\"";
        graph::append_hex16(out, e.id);
        out += "\",\"target\":";
        graph::append_json_string(out, doc_node_id(doc));
        out += ",\"label\":\"MENTIONED_IN\",\"weight\":1}";
      }
    }
  }
  out += "\n]}\n";
  return w.status("JSON");
}

}  // namespace kg::exporters
