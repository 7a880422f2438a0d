// GraphModel: the property-graph view of a KnowledgeGraph that queries run on. It mirrors
// the Neo4j export (docs/exports.md) exactly, so one Cypher text means the same in Neo4j
// and in kg:
//   nodes  entities      labels Entity + their type (Person, Organization, Place, ...),
//                        or only Concept / Literal for non-entity nodes; properties
//                        entityId name type key aliases titles mentions documents
//                        firstSeen lastSeen
//          articles      label Article; articleId docId url title published dateText path ingested
//   rels   graph edges   type = relation type (MEET, ...); relationId weight confidence
//                        documents firstSeen lastSeen eventDateFirst eventDateLast lemmas
//                        sentence articleUrl statementIds
//          MENTIONED_IN  entity -> article, no properties
// Evidence-level data appears as the export has it: one relationship per edge, with the
// evidence count (weight), maximum confidence, the most confident sentence and its article
// URL, and the evidence (statement) ids. Dates are Date values, absent when unknown;
// eventDateFirst/Last come from the evidence `time` values that are full ISO dates.
//
// Node ids: entities in entity-id order, then articles in document-id order; relationship
// ids: edges in (subject, type, object) order, then mentions. Everything is deterministic.
// The KnowledgeGraph must be canonical, must outlive the model and must not change. It may
// be loaded without evidence (read_graph_topology, has_evidence() false): the model never
// reads evidence then (rel_property gives null for evidence-derived keys of an edge
// whose evidence is not in memory, and run_query refuses queries that would read them).
// Thread safety: immutable after construction; const methods may run concurrently.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/query/value.h"

namespace kg::graph::query {

class GraphModel {
 public:
  struct Rel {
    std::uint32_t src = 0, dst = 0;  // node ids
    std::uint32_t type = 0;          // index into rel_types()
    std::uint32_t edge = 0;          // index into sorted_edges(), or kMention
  };
  static constexpr std::uint32_t kMention = 0xFFFFFFFFu;
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  explicit GraphModel(const KnowledgeGraph& g);

  const KnowledgeGraph& graph() const { return g_; }
  // False when the graph was loaded without its evidence (only weight, relationId, type and
  // ends of a relationship are then known).
  bool has_evidence() const { return g_.evidence_loaded(); }
  std::uint32_t num_nodes() const { return static_cast<std::uint32_t>(entities_.size() + articles_.size()); }
  std::uint32_t num_rels() const { return static_cast<std::uint32_t>(rels_.size()); }
  bool is_article(std::uint32_t n) const { return n >= entities_.size(); }
  const Rel& rel(std::uint32_t r) const { return rels_[r]; }
  // Relationship ids leaving / entering node n, in relationship-id order.
  std::span<const std::uint32_t> out_rels(std::uint32_t n) const {
    return {out_.data() + out_start_[n], out_.data() + out_start_[n + 1]};
  }
  std::span<const std::uint32_t> in_rels(std::uint32_t n) const {
    return {in_.data() + in_start_[n], in_.data() + in_start_[n + 1]};
  }

  // Labels and relationship types present in the graph, sorted.
  const std::vector<std::string>& labels() const { return label_names_; }
  const std::vector<std::string>& rel_types() const { return type_names_; }
  // Index of a label / type, or kNone when the graph has none.
  std::uint32_t label_id(std::string_view label) const;
  std::uint32_t type_id(std::string_view type) const;
  // Nodes carrying a label, in node order.
  const std::vector<std::uint32_t>& nodes_with_label(std::uint32_t label) const { return label_nodes_[label]; }
  bool has_label(std::uint32_t n, std::uint32_t label) const;
  std::vector<std::string> node_labels(std::uint32_t n) const;

  // Nodes whose property `key` equals the string `value`, for the indexed keys
  // (name, entityId, articleId, key). False when `key` is not indexed.
  bool lookup(std::string_view key, std::string_view value, std::vector<std::uint32_t>& out) const;
  static bool indexed(std::string_view key);

  // Property of a node / relationship; null when absent.
  Value node_property(std::uint32_t n, std::string_view key) const;
  Value rel_property(std::uint32_t r, std::string_view key) const;
  // Property names in export order.
  static const std::vector<std::string>& entity_keys();
  static const std::vector<std::string>& article_keys();
  static const std::vector<std::string>& rel_keys();
  std::vector<std::string> node_keys(std::uint32_t n) const;
  std::vector<std::string> rel_keys(std::uint32_t r) const;

  // Entity / document behind a node (node must be of that kind).
  const Entity& entity(std::uint32_t n) const { return g_.entity(entities_[n]); }
  const DocumentInfo& article(std::uint32_t n) const { return g_.documents()[articles_[n - entities_.size()]]; }

 private:
  const KnowledgeGraph& g_;
  std::vector<KnowledgeGraph::Vertex> entities_;  // node -> vertex
  std::vector<std::uint32_t> vertex_node_;        // vertex -> node
  std::vector<std::uint32_t> articles_;           // node - entities -> document index
  std::vector<std::uint32_t> doc_node_;           // document index -> node
  std::vector<Rel> rels_;
  std::vector<std::uint32_t> out_start_, out_, in_start_, in_;
  std::vector<std::string> label_names_, type_names_;
  std::vector<std::vector<std::uint32_t>> label_nodes_;
  std::vector<std::uint32_t> node_type_label_;  // entity node -> label of its type
  std::uint32_t entity_label_ = kNone;
  std::unordered_map<std::string_view, std::vector<std::uint32_t>> by_name_, by_key_;
  std::unordered_map<std::uint64_t, std::uint32_t> article_by_hash_;
};

}  // namespace kg::graph::query
