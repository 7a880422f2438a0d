#include "export/view.h"

#include <algorithm>

#include "graph/normalize.h"

namespace kg::exporters {

using graph::KnowledgeGraph;

Status validate(const ExportOptions& o) {
  if (!(o.min_confidence >= 0.0 && o.min_confidence <= 1.0))
    return Status::invalid_argument("--min-confidence must be in [0, 1]");
  const auto colon = o.base_iri.find(':');
  if (colon == std::string::npos || colon == 0 || o.base_iri.find_first_of(" <>\"{}|^`\\") != std::string::npos)
    return Status::invalid_argument("--base-iri must be an absolute IRI such as https://example.org/kg/");
  const char last = o.base_iri.back();
  if (last != '/' && last != '#')
    return Status::invalid_argument("--base-iri must end with '/' or '#'");
  return Status::ok();
}

View::View(const KnowledgeGraph& g, const ExportOptions& o, bool all_by_default) : g_(g) {
  const bool all = o.mode == Mode::kAll || (o.mode == Mode::kDefault && all_by_default);
  std::vector<char> keep(g.num_vertices(), 0);
  auto wanted = [](const std::vector<std::string>& list, const std::string& v) {
    return list.empty() || std::find(list.begin(), list.end(), v) != list.end();
  };
  for (auto v : g.sorted_vertices()) {
    const graph::Entity& e = g.entity(v);
    if (!all && !e.is_entity()) continue;
    if (!wanted(o.types, e.type)) continue;
    keep[v] = 1;
    nodes_.push_back(v);
  }
  for (auto er : g.sorted_edges()) {
    if (!keep[g.source(er)] || !keep[g.target(er)]) continue;
    const graph::Edge& e = g.edge(er);
    if (!wanted(o.relations, e.type)) continue;
    EdgeItem item{er, static_cast<std::uint32_t>(evidence_.size()), 0};
    for (std::uint32_t k = 0; k < e.evidence.size(); ++k) {
      if (e.evidence[k].confidence < o.min_confidence) continue;
      if (!e.evidence[k].asserted && !o.unasserted) continue;
      evidence_.push_back(k);
      ++item.count;
    }
    if (item.count == 0 || item.count < o.min_weight) {
      evidence_.resize(item.first);
      continue;
    }
    edges_.push_back(item);
  }
}

void View::summarize(const EdgeItem& item, EdgeSummary& s) const {
  s.weight = 0;
  s.unasserted = 0;
  s.confidence = 0.0;
  s.best = nullptr;
  s.dates.clear();
  s.lemmas.clear();
  s.first_seen.clear();
  s.last_seen.clear();
  std::vector<std::uint32_t>& docs = s.scratch;
  docs.clear();
  for_each_evidence(item, [&](const graph::EdgeEvidence& ev) {
    ++(ev.asserted ? s.weight : s.unasserted);
    if (s.best == nullptr || ev.confidence > s.best->confidence) s.best = &ev;
    if (ev.confidence > s.confidence) s.confidence = ev.confidence;
    if (ev.document != graph::kNoDocument) {
      docs.push_back(ev.document);
      const std::string& date = g_.documents()[ev.document].date;
      if (graph::is_iso_date(date)) s.dates.push_back(date);
    }
    if (ev.lemma) s.lemmas.push_back(g_.str(ev.lemma));
  });
  std::sort(docs.begin(), docs.end());
  s.documents = static_cast<std::size_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
  std::sort(s.dates.begin(), s.dates.end());
  s.dates.erase(std::unique(s.dates.begin(), s.dates.end()), s.dates.end());
  if (!s.dates.empty()) {
    s.first_seen = s.dates.front();
    s.last_seen = s.dates.back();
  }
  std::sort(s.lemmas.begin(), s.lemmas.end());
  s.lemmas.erase(std::unique(s.lemmas.begin(), s.lemmas.end()), s.lemmas.end());
}

std::vector<std::uint32_t> View::documents() const {
  std::vector<char> used(g_.documents().size(), 0);
  for (auto v : nodes_)
    for (auto d : g_.entity(v).documents) used[d] = 1;
  for (const auto& item : edges_)
    for_each_evidence(item, [&](const graph::EdgeEvidence& ev) {
      if (ev.document != graph::kNoDocument) used[ev.document] = 1;
    });
  std::vector<std::uint32_t> out;
  for (auto d : g_.sorted_documents())
    if (used[d]) out.push_back(d);
  return out;
}

std::string doc_hex_id(const graph::DocumentInfo& d) { return graph::hex16(graph::fnv1a64(d.id)); }
std::string doc_node_id(const graph::DocumentInfo& d) { return "doc-" + doc_hex_id(d); }

std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string r;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) r += sep;
    r += v[i];
  }
  return r;
}


std::vector<std::string> node_labels(const graph::Entity& e) {
  if (e.is_entity()) return {"Entity", e.type};
  return {e.type};
}

}  // namespace kg::exporters
