// write_graph: the native graph file (docs/graph-format.md); read_graph is in store.cpp.
#include "graph/store.h"

#include "graph/normalize.h"
#include "graph/text_io.h"

namespace kg::graph {

namespace {

void key(std::string& out, const char* k) {
  out.push_back('"');
  out.append(k);
  out.append("\":");
}

void str_member(std::string& out, const char* k, std::string_view v) {
  out.push_back(',');
  key(out, k);
  append_json_string(out, v);
}

void span_member(std::string& out, const char* k, const Span& s) {
  out.push_back(',');
  key(out, k);
  out.push_back('[');
  append_uint(out, s.begin);
  out.push_back(',');
  append_uint(out, s.end);
  out.push_back(']');
}

}  // namespace

Status write_graph(KnowledgeGraph& g, std::ostream& os) {
  if (!g.evidence_loaded())
    return Status::invalid_argument("this graph was loaded without its evidence (read_graph_topology): it cannot be written");
  g.canonicalize();
  BufferedWriter w(os);
  std::string& out = w.buffer();
  out.append("{\"format\":\"");
  out.append(kGraphFormat);
  out.append("\",\"version\":");
  append_uint(out, kGraphFormatVersion);
  out.append(",\"documents\":");
  append_uint(out, g.documents().size());
  out.append(",\"nodes\":");
  append_uint(out, g.num_vertices());
  out.append(",\"edges\":");
  append_uint(out, g.num_edges());
  out.append("}\n");
  // Documents are referenced by their position in the file (0-based), not by id: a vector
  // lookup when loading instead of a hash probe per piece of evidence.
  std::vector<std::uint32_t> ordinal(g.documents().size());
  {
    const auto order = g.sorted_documents();
    for (std::uint32_t i = 0; i < order.size(); ++i) ordinal[order[i]] = i;
  }
  for (auto d : g.sorted_documents()) {
    const DocumentInfo& doc = g.documents()[d];
    out.append("{\"doc\":");
    append_json_string(out, doc.id);
    str_member(out, "url", doc.url);
    str_member(out, "title", doc.title);
    str_member(out, "date", doc.date);
    if (!doc.path.empty()) str_member(out, "path", doc.path);  // format 5
    if (!doc.ingested.empty()) str_member(out, "ingested", doc.ingested);
    out.append("}\n");
    w.maybe_flush();
  }
  for (auto v : g.sorted_vertices()) {
    const Entity& e = g.entity(v);
    out.append("{\"node\":\"");
    append_hex16(out, e.id);
    out.push_back('"');
    str_member(out, "key", e.key);
    str_member(out, "type", e.type);
    str_member(out, "label", e.label);
    out.append(",\"mentions\":");
    append_uint(out, e.mentions);
    out.append(",\"names\":[");
    for (std::size_t i = 0; i < e.names.size(); ++i) {
      if (i) out.push_back(',');
      out.push_back('[');
      append_json_string(out, e.names[i].first);
      out.push_back(',');
      append_uint(out, e.names[i].second);
      out.push_back(']');
    }
    out.append("],\"titles\":[");
    for (std::size_t i = 0; i < e.titles.size(); ++i) {
      if (i) out.push_back(',');
      append_json_string(out, e.titles[i]);
    }
    out.push_back(']');
    if (!e.titles.empty()) {  // format 5: the documents of each title
      out.append(",\"title_docs\":[");
      for (std::size_t i = 0; i < e.titles.size(); ++i) {
        if (i) out.push_back(',');
        out.push_back('[');
        const auto& td = e.title_documents[i];
        for (std::size_t k = 0; k < td.size(); ++k) {
          if (k) out.push_back(',');
          if (td[k] == kNoDocument) out.append("null");
          else append_uint(out, ordinal[td[k]]);
        }
        out.push_back(']');
      }
      out.push_back(']');
    }
    out.append(",\"docs\":[");
    for (std::size_t i = 0; i < e.documents.size(); ++i) {
      if (i) out.push_back(',');
      append_uint(out, ordinal[e.documents[i]]);
    }
    out.push_back(']');
    if (!e.seen.empty()) {
      // [doc, begin, end, text, name, link, is_name(, sentence begin, end)] per recorded
      // mention (format 3; the sentence since format 4, written when known).
      out.append(",\"seen\":[");
      for (std::size_t i = 0; i < e.seen.size(); ++i) {
        const NodeMention& m = e.seen[i];
        if (i) out.push_back(',');
        out.push_back('[');
        if (m.document == kNoDocument) out.append("null");
        else append_uint(out, ordinal[m.document]);
        out.push_back(',');
        append_uint(out, m.span.begin);
        out.push_back(',');
        append_uint(out, m.span.end);
        out.push_back(',');
        append_json_string(out, g.str(m.text));
        out.push_back(',');
        append_json_string(out, g.str(m.name));
        out.push_back(',');
        append_json_string(out, g.str(m.link));
        out.append(m.is_name ? ",true" : ",false");
        if (m.sentence != Span{}) {  // format 4: the mention's sentence, when known
          out.push_back(',');
          append_uint(out, m.sentence.begin);
          out.push_back(',');
          append_uint(out, m.sentence.end);
        }
        out.push_back(']');
      }
      out.push_back(']');
    }
    out.append("}\n");
    w.maybe_flush();
  }
  for (auto er : g.sorted_edges()) {
    const Edge& e = g.edge(er);
    out.append("{\"edge\":\"");
    append_hex16(out, g.edge_id(er));
    out.append("\",\"s\":\"");
    append_hex16(out, g.entity(g.source(er)).id);
    out.push_back('"');
    str_member(out, "type", e.type);
    out.append(",\"o\":\"");
    append_hex16(out, g.entity(g.target(er)).id);
    out.append("\",\"weight\":");
    append_uint(out, e.weight());
    out.append(",\"confidence\":");  // the evidence's highest: read by topology loads
    out.append(format_double(e.max_confidence()));
    out.append(",\"evidence\":[");
    for (std::size_t i = 0; i < e.evidence.size(); ++i) {
      const EdgeEvidence& ev = e.evidence[i];
      if (i) out.push_back(',');
      out.append("{\"doc\":");
      if (ev.document == kNoDocument) out.append("null");
      else append_uint(out, ordinal[ev.document]);
      str_member(out, "sentence", g.str(ev.sentence));
      span_member(out, "span", ev.sentence_span);
      span_member(out, "subject", ev.subject_span);
      span_member(out, "relation", ev.relation_span);
      span_member(out, "object", ev.object_span);
      str_member(out, "rule", g.str(ev.rule));
      out.append(",\"confidence\":");
      out.append(format_double(ev.confidence));
      str_member(out, "lemma", g.str(ev.lemma));
      str_member(out, "surface", g.str(ev.surface));
      if (ev.subject_text) str_member(out, "subject_text", g.str(ev.subject_text));
      if (ev.object_text) str_member(out, "object_text", g.str(ev.object_text));
      if (ev.negated) out.append(",\"negated\":true");
      if (!ev.asserted && !ev.negated) out.append(",\"asserted\":false");  // negated implies it
      if (ev.modality) str_member(out, "modality", g.str(ev.modality));
      if (ev.attributed_to) str_member(out, "attributed_to", g.str(ev.attributed_to));
      if (ev.time) str_member(out, "time", g.str(ev.time));
      if (ev.place) str_member(out, "place", g.str(ev.place));
      if (ev.subject_link) str_member(out, "subject_link", g.str(ev.subject_link));
      if (ev.object_link) str_member(out, "object_link", g.str(ev.object_link));
      out.push_back('}');
    }
    out.append("]}\n");
    w.maybe_flush();
  }
  return w.status("graph file");
}

}  // namespace kg::graph
