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

View::View(const KnowledgeGraph& g, const ExportOptions& o, bool all_by_default, bool with_co_mentions) : g_(g) {
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
  const bool co = o.co_mentions.value_or(o.mode != Mode::kAll);
  if (with_co_mentions && co && wanted(o.relations, kCoMentionType)) collect_co_mentions(o.min_weight);
}

namespace {

// A name mention of a kept node, in a known sentence.
struct Hit {
  std::uint32_t doc_rank;  // position of the document in id order
  graph::Span sentence;
  std::uint32_t node;  // index into View::nodes() (= entity id order)
  graph::Span span;
  std::uint32_t document;
};

// Both nodes of a co-mention in one sentence.
struct PairHit {
  std::uint32_t a, b;  // node indices, a < b
  std::uint32_t doc_rank;
  graph::Span sentence, a_span, b_span;
  std::uint32_t document;
};

std::vector<Hit> name_hits(const KnowledgeGraph& g, const std::vector<View::Vertex>& nodes) {
  std::vector<std::uint32_t> rank(g.documents().size(), 0);
  const auto order = g.sorted_documents();
  for (std::uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
  std::vector<Hit> hits;
  for (std::uint32_t i = 0; i < nodes.size(); ++i) {
    const graph::Entity& e = g.entity(nodes[i]);
    if (!e.is_entity()) continue;
    for (const graph::NodeMention& m : e.seen) {
      if (!m.is_name || m.document == graph::kNoDocument || m.sentence.end <= m.sentence.begin) continue;
      hits.push_back({rank[m.document], m.sentence, i, m.span, m.document});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& x, const Hit& y) {
    if (x.doc_rank != y.doc_rank) return x.doc_rank < y.doc_rank;
    if (x.sentence != y.sentence) return x.sentence < y.sentence;
    if (x.node != y.node) return x.node < y.node;
    return x.span < y.span;
  });
  return hits;
}

// Every pair of distinct nodes named in one sentence, with the first mention of each.
std::vector<PairHit> sentence_pairs(const std::vector<Hit>& hits) {
  std::vector<PairHit> pairs;
  std::vector<const Hit*> firsts;
  for (std::size_t i = 0; i < hits.size();) {
    std::size_t j = i;
    firsts.clear();
    for (; j < hits.size() && hits[j].doc_rank == hits[i].doc_rank && hits[j].sentence == hits[i].sentence; ++j)
      if (firsts.empty() || firsts.back()->node != hits[j].node) firsts.push_back(&hits[j]);
    for (std::size_t x = 0; x < firsts.size(); ++x)
      for (std::size_t y = x + 1; y < firsts.size(); ++y)
        pairs.push_back({firsts[x]->node, firsts[y]->node, hits[i].doc_rank, hits[i].sentence, firsts[x]->span,
                         firsts[y]->span, hits[i].document});
    i = j;
  }
  std::sort(pairs.begin(), pairs.end(), [](const PairHit& x, const PairHit& y) {
    if (x.a != y.a) return x.a < y.a;
    if (x.b != y.b) return x.b < y.b;
    if (x.doc_rank != y.doc_rank) return x.doc_rank < y.doc_rank;
    return x.sentence < y.sentence;
  });
  return pairs;
}

}  // namespace

void View::collect_co_mentions(std::size_t min_weight) {
  const std::vector<PairHit> pairs = sentence_pairs(name_hits(g_, nodes_));
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    CoMention c{nodes_[pairs[i].a], nodes_[pairs[i].b], static_cast<std::uint32_t>(co_sites_.size()), 0};
    for (; j < pairs.size() && pairs[j].a == pairs[i].a && pairs[j].b == pairs[i].b; ++j) {
      co_sites_.push_back({pairs[j].document, pairs[j].sentence, pairs[j].a_span, pairs[j].b_span});
      ++c.count;
    }
    if (c.count >= std::max<std::size_t>(min_weight, 1)) co_.push_back(c);
    else co_sites_.resize(c.first);
    i = j;
  }
}

namespace {

// An EdgeSummary emptied for the next edge (its buffers kept: summaries are reused).
void start_summary(EdgeSummary& s) {
  s.unasserted = 0;
  s.confidence = 0.0;
  s.best = nullptr;
  s.dates.clear();
  s.spell_dates.clear();
  s.lemmas.clear();
  s.first_seen.clear();
  s.last_seen.clear();
  s.event_date_first.clear();
  s.event_date_last.clear();
  s.scratch.clear();
}

void sort_unique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// The dates sorted and unique, and the first and last of them.
void finish_dates(EdgeSummary& s) {
  sort_unique(s.dates);
  if (!s.dates.empty()) {
    s.first_seen = s.dates.front();
    s.last_seen = s.dates.back();
  }
}

}  // namespace

void View::summarize(const CoMention& c, EdgeSummary& s) const {
  s.weight = c.count;
  start_summary(s);
  std::vector<std::uint32_t>& docs = s.scratch;
  for (std::uint32_t k = c.first; k < c.first + c.count; ++k) {
    const std::uint32_t d = co_sites_[k].document;
    if (!docs.empty() && docs.back() == d) continue;  // sites are grouped by document
    docs.push_back(d);
    const std::string& date = g_.documents()[d].date;
    if (graph::is_iso_date(date)) s.dates.push_back(date);
  }
  s.documents = docs.size();
  finish_dates(s);
  s.spell_dates = s.dates;
}

std::uint64_t View::co_mention_id(const CoMention& c) const {
  return graph::fnv1a64(graph::hex16(g_.entity(c.a).id) + "|" + kCoMentionType + "|" + graph::hex16(g_.entity(c.b).id));
}

void View::summarize(const EdgeItem& item, EdgeSummary& s) const {
  s.weight = 0;
  start_summary(s);
  std::vector<std::uint32_t>& docs = s.scratch;
  for_each_evidence(item, [&](const graph::EdgeEvidence& ev) {
    ++(ev.asserted ? s.weight : s.unasserted);
    if (s.best == nullptr || ev.confidence > s.best->confidence) s.best = &ev;
    if (ev.confidence > s.confidence) s.confidence = ev.confidence;
    const std::string* published = nullptr;
    if (ev.document != graph::kNoDocument) {
      docs.push_back(ev.document);
      const std::string& date = g_.documents()[ev.document].date;
      if (graph::is_iso_date(date)) {
        s.dates.push_back(date);
        published = &date;
      }
    }
    const std::string& event = g_.str(ev.time);
    if (ev.time && graph::is_iso_date(event)) {
      if (s.event_date_first.empty() || event < s.event_date_first) s.event_date_first = event;
      if (s.event_date_last.empty() || event > s.event_date_last) s.event_date_last = event;
      s.spell_dates.push_back(event);
    } else if (published != nullptr) {
      s.spell_dates.push_back(*published);
    }
    if (ev.lemma) s.lemmas.push_back(g_.str(ev.lemma));
  });
  std::sort(docs.begin(), docs.end());
  s.documents = static_cast<std::size_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
  finish_dates(s);
  sort_unique(s.spell_dates);
  sort_unique(s.lemmas);
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
