// JSON writer in graphology's serialization format (Graph.from / graph.import; Gephi Lite):
// {"options","attributes","nodes":[{key,attributes}],"edges":[{key,source,target,
// [undirected],attributes}]}. One node or edge per line. Every string goes through
// append_script_json_string, so the file can be embedded in an HTML <script> as it is.
#include <string>

#include "export/escape.h"
#include "export/exporters.h"
#include "export/style.h"
#include "graph/normalize.h"
#include "graph/text_io.h"

namespace kg::exporters {

namespace {

void member(std::string& out, const char* k, std::string_view v) {
  out += ",\"";
  out += k;
  out += "\":";
  append_script_json_string(out, v);
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
    append_script_json_string(out, v[i]);
  }
  out += ']';
}

void member_date(std::string& out, const char* k, const std::string& d) {
  if (d.empty()) return;
  member(out, k, d);
}

void style(std::string& out, std::string_view type, std::uint64_t mentions) {
  member(out, "color", hex_color(type_color(type)));
  out += ",\"size\":";
  out += fixed2(node_size(mentions));
}

void edge_head(std::string& out, std::uint64_t id, std::uint64_t source, std::string_view target, bool undirected) {
  out += "{\"key\":\"";
  graph::append_hex16(out, id);
  out += "\",\"source\":\"";
  graph::append_hex16(out, source);
  out += "\",\"target\":";
  append_script_json_string(out, target);
  if (undirected) out += ",\"undirected\":true";
  out += ",\"attributes\":{\"label\":";
}

class JsonWriter {
 public:
  JsonWriter(const graph::KnowledgeGraph& g, const ExportOptions& o, std::ostream& os)
      : g_(g), o_(o), view_(g, o, /*all_by_default=*/true, /*with_co_mentions=*/true), w_(os), out_(w_.buffer()) {}

  Status write() {
    out_ += "{\"options\":{\"type\":\"mixed\",\"multi\":true,\"allowSelfLoops\":true},\n";
    out_ += "\"attributes\":{\"generator\":\"kg\",\"format\":\"kg-json\",\"version\":2},\n";
    out_ += "\"nodes\":[";
    entity_nodes();
    if (o_.documents) article_nodes();
    out_ += "\n],\n\"edges\":[";
    first_ = true;
    relation_edges();
    co_mention_edges();
    if (o_.documents) mention_edges();
    out_ += "\n]}\n";
    return w_.status("JSON");
  }

 private:
  void sep() {
    out_ += first_ ? "\n" : ",\n";
    first_ = false;
  }

  void entity_nodes() {
    for (auto v : view_.nodes()) {
      const graph::Entity& e = g_.entity(v);
      sep();
      out_ += "{\"key\":\"";
      graph::append_hex16(out_, e.id);
      out_ += "\",\"attributes\":{\"label\":";
      append_script_json_string(out_, e.label);
      member(out_, "type", e.type);
      member_list(out_, "labels", node_labels(e));
      member(out_, "key", e.key);
      std::vector<std::string> aliases;
      for (const auto& n : e.names)
        if (n.first != e.label) aliases.push_back(n.first);
      member_list(out_, "aliases", aliases);
      member_list(out_, "titles", e.titles);
      member_uint(out_, "mentions", e.mentions);
      member_uint(out_, "documents", e.documents.size());
      const auto range = g_.date_range(v);
      member_date(out_, "firstSeen", range.first);
      member_date(out_, "lastSeen", range.second);
      style(out_, e.type, e.mentions);
      out_ += "}}";
      w_.maybe_flush();
    }
  }

  void article_nodes() {
    for (auto d : view_.documents()) {
      const graph::DocumentInfo& doc = g_.documents()[d];
      sep();
      out_ += "{\"key\":";
      append_script_json_string(out_, doc_node_id(doc));
      out_ += ",\"attributes\":{\"label\":";
      append_script_json_string(out_, doc.title.empty() ? doc.id : doc.title);
      out_ += ",\"type\":\"Article\",\"labels\":[\"Article\"]";
      member(out_, "key", doc.id);
      if (!doc.url.empty()) member(out_, "url", doc.url);
      if (!doc.date.empty()) member(out_, "date", doc.date);
      style(out_, "Article", 0);
      out_ += "}}";
    }
  }

  void relation_edges() {
    for (const auto& item : view_.edges()) {
      view_.summarize(item, s_);
      sep();
      edge_head(out_, g_.edge_id(item.edge), g_.entity(g_.source(item.edge)).id,
                graph::hex16(g_.entity(g_.target(item.edge)).id), false);
      append_script_json_string(out_, g_.edge(item.edge).type);
      member_uint(out_, "weight", s_.weight);
      out_ += ",\"confidence\":";
      out_ += graph::format_double(s_.confidence);
      member_uint(out_, "documents", s_.documents);
      if (o_.unasserted && s_.unasserted > 0) member_uint(out_, "unasserted", s_.unasserted);
      member_date(out_, "firstSeen", s_.first_seen);
      member_date(out_, "lastSeen", s_.last_seen);
      member_date(out_, "eventDateFirst", s_.event_date_first);
      member_date(out_, "eventDateLast", s_.event_date_last);
      member_list(out_, "lemmas", s_.lemmas);
      if (s_.best != nullptr && s_.best->sentence) member(out_, "sentence", g_.str(s_.best->sentence));
      const graph::DocumentInfo* doc = s_.best ? g_.document(s_.best->document) : nullptr;
      if (doc != nullptr && !doc->url.empty()) member(out_, "article", doc->url);
      out_ += "}}";
      w_.maybe_flush();
    }
  }

  void co_mention_edges() {
    for (const auto& c : view_.co_mentions()) {
      view_.summarize(c, s_);
      sep();
      edge_head(out_, view_.co_mention_id(c), g_.entity(c.a).id, graph::hex16(g_.entity(c.b).id), true);
      append_script_json_string(out_, kCoMentionType);
      member_uint(out_, "weight", s_.weight);
      member_uint(out_, "documents", s_.documents);
      member_date(out_, "firstSeen", s_.first_seen);
      member_date(out_, "lastSeen", s_.last_seen);
      out_ += "}}";
      w_.maybe_flush();
    }
  }

  void mention_edges() {
    for (auto v : view_.nodes()) {
      const graph::Entity& e = g_.entity(v);
      for (auto d : e.documents) {
        const graph::DocumentInfo& doc = g_.documents()[d];
        sep();
        edge_head(out_, graph::fnv1a64(graph::hex16(e.id) + "|MENTIONED_IN|" + doc.id), e.id, doc_node_id(doc),
                  false);
        out_ += "\"MENTIONED_IN\",\"weight\":1}}";
      }
    }
  }

  const graph::KnowledgeGraph& g_;
  const ExportOptions& o_;
  const View view_;
  graph::BufferedWriter w_;
  std::string& out_;
  EdgeSummary s_;
  bool first_ = true;
};

}  // namespace

Status write_json(const graph::KnowledgeGraph& g, std::ostream& os, const ExportOptions& o) {
  if (!g.canonical()) return Status::invalid_argument("graph is not canonical");
  JsonWriter writer(g, o, os);
  return writer.write();
}

}  // namespace kg::exporters
