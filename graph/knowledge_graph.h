// KnowledgeGraph: canonical entities (vertices) and relation edges with their evidence.
//
// Wraps boost::adjacency_list<vecS, vecS, bidirectionalS, Entity, Edge>. Vertices are
// keyed by Entity::key ("Type|normalised name"), their id is fnv1a64(key). Edges are keyed
// by (subject, relation type, object) and hold every piece of evidence; weight = number of
// distinct pieces of evidence. Evidence strings (sentences, rules, lemmas, qualifiers,
// argument texts) live in one pool and are referenced by StringId; equal strings usually
// share an id (intern) but may not (append_string), so compare them through str().
//
// Determinism: the result of any sequence of add()/merge_entity()/merge_edge() calls,
// after canonicalize(), depends only on the set of inputs (duplicate evidence counts once),
// never on their order. Exporters and the native writer iterate
// sorted_vertices()/sorted_edges() of a canonical graph.
// Thread safety: none (external synchronisation); const methods may run concurrently.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph/flat_index.h"
#include "graph/status.h"
#include "graph/triple.h"

namespace kg::graph {

using StringId = std::uint32_t;  // 0 is the empty string
inline constexpr std::uint32_t kNoDocument = 0xFFFFFFFFu;

struct DocumentInfo {
  std::string id, url, title, date;
  std::string path{}, ingested{};  // DocumentRef::path, ::ingested (format 5)
};

// A mention of an entity from an entity record (KnowledgeGraph::add(const EntityRecord&)).
struct NodeMention {
  std::uint32_t document = kNoDocument;
  Span span;           // byte range in the document
  StringId text = 0;   // as written
  StringId name = 0;   // the entity's canonical name in that document (votes for the label)
  StringId link = 0;   // coreference link rule
  bool is_name = true; // the text is a name (counts as an alias), not a pronoun or description
  Span sentence;       // byte range of its sentence in the document; {0, 0}: unknown
};

struct Entity {
  std::string key;        // "Person|wang yi"
  std::uint64_t id = 0;   // fnv1a64(key); hex16(id) is the id in every export
  std::string type;       // "Person", ..., "Concept", "Literal"
  std::vector<std::string> titles;        // sorted, unique
  // Parallel to `titles`: the documents each title was seen in (indices into documents(),
  // kNoDocument for none or unknown: files before format 5); canonical: by document id,
  // unique. What lets `kg remove` drop the titles only a removed article gave.
  std::vector<std::vector<std::uint32_t>> title_documents;
  std::vector<std::uint32_t> documents;  // indices into documents(); canonical: unique, by id
  // Mentions from entity records: canonical: sorted by (document id, span, text, name,
  // link, is_name, sentence), unique. A document with such mentions counts them instead of
  // argument sites.
  std::vector<NodeMention> seen;
  // Derived by canonicalize() from `seen` and the evidence of the incident edges, so that
  // merging a graph with itself changes nothing. A mention is a recorded mention (seen) or,
  // in a document without recorded mentions (triples from elsewhere, older files), a
  // distinct (document, sentence span, argument span, surface text) site of an edge.
  std::vector<std::pair<std::string, std::uint64_t>> names;  // surface text -> mentions, sorted
  std::uint64_t mentions = 0;
  // The name most mentions vote for (a recorded mention votes for its document's canonical
  // name, an edge site for its argument text), ties: the smallest; none: the normalised name.
  std::string label;
  bool is_entity() const { return type != kConceptType && type != kLiteralType; }
};

struct EdgeEvidence {
  std::uint32_t document = kNoDocument;
  StringId sentence = 0;
  Span sentence_span, subject_span, relation_span, object_span;
  double confidence = 1.0;
  StringId rule = 0, lemma = 0, surface = 0;
  StringId subject_text = 0, object_text = 0;  // the arguments as written in the sentence
  StringId modality = 0, attributed_to = 0, time = 0, place = 0;
  StringId subject_link = 0, object_link = 0;  // coreference link rules (Evidence::subject_link)
  bool negated = false;
  bool asserted = true;  // Qualifiers::asserted
};

struct Edge {
  std::string type;                     // relation type, UPPER_SNAKE ("MEET")
  std::vector<EdgeEvidence> evidence;   // canonical: sorted, unique
  // Set only by a load without evidence (read_graph_topology): the evidence count in the
  // file and the byte offset of the edge's record, so that its evidence can be read later.
  std::uint32_t stored_weight = 0;
  std::uint64_t record_offset = 0;
  double stored_confidence = 0;  // the record's "confidence": its evidence's highest
  // Number of distinct pieces of evidence (an edge always has at least one; while its
  // evidence is not loaded, the count stored in the file).
  std::size_t weight() const { return evidence.empty() ? stored_weight : evidence.size(); }
  // Highest confidence of its evidence (while not loaded, the one stored in the file).
  double max_confidence() const {
    if (evidence.empty()) return stored_confidence;
    double best = evidence.front().confidence;
    for (const auto& ev : evidence) best = std::max(best, ev.confidence);
    return best;
  }
};

class KnowledgeGraph {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, Edge>;
  using Vertex = Graph::vertex_descriptor;
  using EdgeRef = Graph::edge_descriptor;

  KnowledgeGraph();
  // Edge descriptors (edge_refs_, the sorted edge order) point into the Boost graph's edge
  // storage, which a copy of the adjacency_list re-allocates (and Boost's adjacency_list
  // has no move operations of its own): so no copies, and moves swap the containers,
  // which keeps every address.
  KnowledgeGraph(const KnowledgeGraph&) = delete;
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;
  KnowledgeGraph(KnowledgeGraph&& o) noexcept : KnowledgeGraph() { swap(o); }
  KnowledgeGraph& operator=(KnowledgeGraph&& o) noexcept {
    swap(o);
    return *this;
  }
  void swap(KnowledgeGraph& o) noexcept;

  // Merges one triple: finds or creates both argument nodes and the edge, appends the
  // evidence. Invalid UTF-8 is repaired. Fails (graph unchanged) on an empty argument
  // text or a 64-bit id collision between two different keys.
  Status add(const Triple& t);
  // Merges one entity record: finds or creates the entity's node (the key a triple argument
  // with the same text and type would get), adds its titles, its document and its mentions.
  // Fails (graph unchanged) on an empty or non-entity name, or an id collision.
  Status add(const EntityRecord& r);

  // Low-level merge used by the native reader and merge: finds the vertex with
  // `e.key` or creates it, then adds the titles, documents and recorded mentions of `e`
  // (whose StringIds and document indices must be this graph's; names, mentions and label
  // are derived, see Entity).
  Result<Vertex> merge_entity(const Entity& e);
  // Finds or creates the edge (s, type, o) and appends `evidence`. `known_new`: the caller
  // guarantees the edge does not exist yet, so the lookup is skipped (read_graph on a
  // sorted file into an empty graph); such edges are indexed at the next lookup.
  // Returns the edge.
  EdgeRef merge_edge(Vertex s, Vertex o, const std::string& type, const std::vector<EdgeEvidence>& evidence,
                     bool known_new = false);
  // For read_graph_topology only: records the file's weight and record offset of an edge
  // added without evidence, and marks the graph as loaded without evidence.
  void set_unloaded_evidence(EdgeRef e, std::uint32_t weight, std::uint64_t offset);
  // For read_graph_topology only: adds edges known to be new, in order, without evidence
  // (as merge_edge with known_new, then set_unloaded_evidence), sizing every incidence
  // list first. `type` indexes `types`.
  struct UnloadedEdge {
    std::uint32_t s = 0, o = 0, type = 0, weight = 0;
    std::uint64_t offset = 0;
    double confidence = 0;
  };
  void add_unloaded_edges(const std::vector<std::string>& types, const std::vector<UnloadedEdge>& edges);
  // For read_edge_evidence only: the (canonical, already sorted) evidence of one edge.
  void set_edge_evidence(EdgeRef e, std::vector<EdgeEvidence> evidence) { g_[e].evidence = std::move(evidence); }
  // False after read_graph_topology: edges may have no evidence in memory (their weight
  // is still right). Such a graph must not be written or exported.
  bool evidence_loaded() const { return evidence_loaded_; }
  // Adds a document or merges its fields (each field: smallest non-empty value).
  // Returns its index, or kNoDocument when both id and url are empty.
  std::uint32_t intern_document(const DocumentInfo& d);
  StringId intern(std::string_view s);
  // Stores `s` without looking for an equal string (no hashing): faster for long strings
  // known to be new or rarely repeated; equal strings may then have different ids, so
  // compare StringIds only through str().
  StringId append_string(std::string_view s);

  // Capacity hints (e.g. from a file header); never required.
  void reserve(std::size_t documents, std::size_t vertices, std::size_t edges);

  // Sorts and de-duplicates evidence and documents, recomputes labels. Idempotent.
  void canonicalize();
  // For read_graph only: canonicalize() that keeps the names/mentions/label set with
  // set_derived() instead of deriving them, and assumes the per-vertex document lists are
  // already sorted and that vertices and edges were added in ascending order. Valid only
  // for an empty graph loaded from one well-formed, sorted file.
  void canonicalize_loaded();
  void set_derived(Vertex v, std::vector<std::pair<std::string, std::uint64_t>> names, std::uint64_t mentions,
                   std::string label);
  bool canonical() const { return canonical_; }

  const Graph& graph() const { return g_; }
  std::size_t num_vertices() const { return boost::num_vertices(g_); }
  std::size_t num_edges() const { return boost::num_edges(g_); }
  const Entity& entity(Vertex v) const { return g_[v]; }
  const Edge& edge(EdgeRef e) const { return g_[e]; }
  Vertex source(EdgeRef e) const { return boost::source(e, g_); }
  Vertex target(EdgeRef e) const { return boost::target(e, g_); }
  const std::string& str(StringId id) const { return strings_[id]; }
  // Index of the document with this id, or kNoDocument.
  std::uint32_t find_document(std::string_view id) const;
  // The vertex whose entity id is `id`, or false.
  bool find_vertex(std::uint64_t id, Vertex& v) const;
  const std::vector<DocumentInfo>& documents() const { return documents_; }
  const DocumentInfo* document(std::uint32_t index) const {
    return index == kNoDocument ? nullptr : &documents_[index];
  }
  // Document indices sorted by document id.
  std::vector<std::uint32_t> sorted_documents() const;
  // Vertices sorted by entity id; edges by (subject id, type, object id). Computed by
  // canonicalize(); only valid while canonical() holds (asserted).
  const std::vector<Vertex>& sorted_vertices() const;
  const std::vector<EdgeRef>& sorted_edges() const;
  // Stable id of an edge: fnv1a64("subject hex|TYPE|object hex").
  std::uint64_t edge_id(EdgeRef e) const;
  // Stable id of one piece of evidence of edge e (the RDF statement / Neo4j statement id).
  std::uint64_t evidence_id(EdgeRef e, const EdgeEvidence& ev) const;
  // First / last valid ISO date among the documents of v ("" if none).
  std::pair<std::string, std::string> date_range(Vertex v) const;

 private:
  Result<Vertex> find_or_add_vertex(std::string key, std::string type);
  void canonicalize_impl(bool derive);
  int compare_evidence(const EdgeEvidence& a, const EdgeEvidence& b,
                       const std::vector<std::uint32_t>& doc_rank) const;
  // Sorts recorded mentions into their canonical order and drops duplicates.
  void sort_mentions(std::vector<NodeMention>& seen, const std::vector<std::uint32_t>& doc_rank) const;

  Graph g_;
  FlatIndex vertex_index_;  // mix64(entity id) -> vertex
  FlatIndex edge_index_;    // hash(s, o, type) -> index into edge_refs_; lags behind edge_refs_
                            // after known-new merges, rebuilt by the next lookup (merge_edge)
  std::vector<EdgeRef> edge_refs_;
  std::unordered_map<std::string, std::uint32_t> type_ids_;
  std::string last_type_;  // cache of the last type_ids_ lookup
  std::uint32_t last_type_id_ = 0;
  std::deque<std::string> strings_;  // deque: stable addresses
  FlatIndex string_index_;           // fast_hash(text) -> StringId
  struct HotSlot {
    std::uint64_t hash = 0;
    StringId id = 0;
  };
  static constexpr std::size_t kHotStrings = 1 << 16;
  std::vector<HotSlot> hot_strings_ = std::vector<HotSlot>(kHotStrings);
  std::vector<DocumentInfo> documents_;
  FlatIndex document_index_;  // fast_hash(document id) -> index
  std::vector<Vertex> vertex_order_;
  std::vector<EdgeRef> edge_order_;
  bool canonical_ = true;
  bool evidence_loaded_ = true;
};

// Canonical key of an argument: "Type|normalised text" (Concept/Literal use their kind
// as type). Empty if the normalised text is empty.
std::string canonical_key(const Argument& a);

}  // namespace kg::graph
