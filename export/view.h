// ExportOptions and View: the filtered subgraph every exporter writes.
//
// A View is computed once from a canonical KnowledgeGraph and holds, in deterministic
// order, the kept vertices (by id) and for each kept edge the indices of its kept
// evidence. The graph must outlive the View and stay unchanged.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace kg::exporters {

enum class Mode : unsigned char {
  kDefault,   // the format's default: entities for GraphML and GEXF (Gephi), all otherwise
  kEntities,  // only entity nodes and entity-entity edges
  kAll,       // concept and literal nodes too
};

struct ExportOptions {
  double min_confidence = 0.0;        // evidence below is dropped (and not counted in weight)
  std::size_t min_weight = 1;         // edges with fewer kept pieces of evidence are dropped
  std::vector<std::string> types;     // node types to keep; empty = all
  std::vector<std::string> relations; // relation types (MEET, ...) to keep; empty = all
  Mode mode = Mode::kDefault;
  std::string base_iri = "https://example.org/kg/";  // RDF: IRIs are {base}entity/{id} etc.
  bool documents = false;  // GraphML/GEXF/JSON: add Article nodes and MENTIONED_IN edges
  // Keep evidence the text does not assert (negated, hypothetical, planned, alleged:
  // graph::Qualifiers::asserted); it never counts in an edge's weight, and edges and RDF
  // statements carry it marked (`unasserted` count, kg:asserted false).
  bool unasserted = false;
  // GraphML/GEXF/JSON and kg view: add CO_MENTIONED edges between named entities named in
  // one sentence (View::co_mentions). Unset: on, except in Mode::kAll (the statement graph
  // the text gives, as analysts and scorers read it). --co-mentions / --no-co-mentions.
  std::optional<bool> co_mentions;
};

// Relation type of the co-mention edges (undirected; never in the native graph).
inline constexpr const char* kCoMentionType = "CO_MENTIONED";

// Checks values (base IRI absolute, min_confidence in [0, 1], ...).
Status validate(const ExportOptions& o);

// Per-edge figures over the kept evidence.
struct EdgeSummary {
  std::size_t weight = 0;          // kept evidence the text asserts
  std::size_t unasserted = 0;      // kept evidence it does not (ExportOptions::unasserted)
  double confidence = 0.0;         // maximum
  std::size_t documents = 0;       // distinct documents
  std::string first_seen, last_seen;  // ISO dates of the articles, "" if none
  std::vector<std::string> dates;  // distinct valid ISO article dates, sorted
  // Earliest and latest event date: the evidence `time` when it is a full ISO date
  // (YYYY-MM-DD, graph::is_iso_date); partial values ("2024-05", "2024-W21", "2023") and
  // text do not count. "" if none (always on co-mention edges).
  std::string event_date_first, event_date_last;
  // Distinct dates for a timeline (GEXF spells), sorted: per piece of kept evidence its
  // event date, else its article's ISO date (co-mentions: the article dates).
  std::vector<std::string> spell_dates;
  std::vector<std::string> lemmas; // distinct, sorted
  const graph::EdgeEvidence* best = nullptr;  // highest confidence, first in order on ties
  std::vector<std::uint32_t> scratch;  // reused by View::summarize
};

// One sentence in which both entities of a co-mention edge are named.
struct CoMentionSite {
  std::uint32_t document = graph::kNoDocument;
  graph::Span sentence;      // byte range of the sentence in the document
  graph::Span a_span, b_span;  // first name mention of each entity in it
};

class View {
 public:
  using Vertex = graph::KnowledgeGraph::Vertex;
  using EdgeRef = graph::KnowledgeGraph::EdgeRef;
  struct EdgeItem {
    EdgeRef edge;
    std::uint32_t first = 0;  // kept evidence: evidence_index()[first, first + count)
    std::uint32_t count = 0;
  };
  // An undirected CO_MENTIONED edge: a and b (a's entity id < b's) are both named (a
  // mention whose text is a name, with a known sentence) in `count` distinct sentences:
  // co_sites()[first, first + count), by (document id, sentence span).
  struct CoMention {
    Vertex a = 0, b = 0;
    std::uint32_t first = 0;
    std::uint32_t count = 0;
  };

  // `all_by_default`: what Mode::kDefault means for the calling format. `with_co_mentions`:
  // the format writes co-mention edges (then computed when ExportOptions::co_mentions and
  // the relation filter keep CO_MENTIONED; min_weight counts sentences, min_confidence
  // does not apply).
  View(const graph::KnowledgeGraph& g, const ExportOptions& o, bool all_by_default, bool with_co_mentions = false);

  const graph::KnowledgeGraph& graph() const { return g_; }
  const std::vector<Vertex>& nodes() const { return nodes_; }
  const std::vector<EdgeItem>& edges() const { return edges_; }
  // Kept evidence of an edge item, in canonical order.
  template <typename F>
  void for_each_evidence(const EdgeItem& item, F&& f) const {
    const auto& ev = g_.edge(item.edge).evidence;
    for (std::uint32_t k = item.first; k < item.first + item.count; ++k) f(ev[evidence_[k]]);
  }
  EdgeSummary summarize(const EdgeItem& item) const {
    EdgeSummary s;
    summarize(item, s);
    return s;
  }
  // Same, reusing the vectors of `s` (no allocation in steady state).
  void summarize(const EdgeItem& item, EdgeSummary& s) const;
  // Documents referenced by the kept nodes or kept evidence, sorted by document id.
  std::vector<std::uint32_t> documents() const;

  // Co-mention edges, by (a id, b id); empty unless requested.
  const std::vector<CoMention>& co_mentions() const { return co_; }
  const std::vector<CoMentionSite>& co_sites() const { return co_sites_; }
  // weight = count, documents, dates, first/last seen of a co-mention; no confidence,
  // lemmas or best evidence.
  void summarize(const CoMention& c, EdgeSummary& s) const;
  // Stable id: fnv1a64("a hex|CO_MENTIONED|b hex"), as KnowledgeGraph::edge_id.
  std::uint64_t co_mention_id(const CoMention& c) const;

 private:
  const graph::KnowledgeGraph& g_;
  std::vector<Vertex> nodes_;
  std::vector<EdgeItem> edges_;
  std::vector<std::uint32_t> evidence_;
  std::vector<CoMention> co_;
  std::vector<CoMentionSite> co_sites_;

  void collect_co_mentions(std::size_t min_weight);
};

// Id of a document's node/IRI: hex16(fnv1a64(document id)).
std::string doc_hex_id(const graph::DocumentInfo& d);
// Node id of an Article node in GraphML/GEXF/JSON: "doc-" + doc_hex_id.
std::string doc_node_id(const graph::DocumentInfo& d);

// The strings of `v` joined by `sep` (attribute lists in GraphML and GEXF).
std::string join(const std::vector<std::string>& v, std::string_view sep);

// Labels of a node for Neo4j/APOC, PascalCase: {"Entity", "Person"} or {"Concept"}.
std::vector<std::string> node_labels(const graph::Entity& e);

}  // namespace kg::exporters
