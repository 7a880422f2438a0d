// Name resolution: from what a user types ("Wang", "wang yi", "Person|wang yi", an id) to
// the graph's nodes, for the everyday query commands (neighbors, path, explain).
//
// A query matches a node through, best first:
//   kId     the 16 hex digits of the node id;
//   kKey    its canonical key "Type|name" given in full, or normalize_name(query) equal to
//           the name part of the key (so "Mr. WANG-yi" finds Person|wang yi);
//   kName   normalize_name(query) equal to the normalised label or to one of its names
//           (surface forms, Entity::names);
//   kToken  every word of the normalised query is a word of the normalised label or of one
//           of the names ("Wang" finds Wang Yi; "Yi" too).
// Matching is case- and ASCII-punctuation-insensitive (graph/normalize.h). Candidates are
// ranked by (match kind, named entities before Concept/Literal nodes, mentions desc,
// degree desc, id asc): a deterministic order. The query resolves when exactly one
// candidate holds the best (match kind, entity-or-not) rank; otherwise it is ambiguous and
// the caller gets the ranked candidates.
//
// Cost: kId and kKey are hash probes (one per node type); kName/kToken scan every node
// once (only when no id or key matched). Thread safety: const, reads the graph only; the
// graph must outlive the resolver and stay unchanged.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace kg::graph {

enum class MatchKind : unsigned char { kId = 0, kKey = 1, kName = 2, kToken = 3 };

// "id", "key", "name", "token".
const char* match_kind_name(MatchKind k);

struct NameCandidate {
  KnowledgeGraph::Vertex vertex = 0;
  MatchKind kind = MatchKind::kToken;
  std::string matched;  // the label, name or key that matched (for messages)
};

struct Resolution {
  std::vector<NameCandidate> candidates;  // ranked, best first; at most `max_candidates`
  bool unique = false;                    // candidates[0] is THE answer
};

class NameResolver {
 public:
  explicit NameResolver(const KnowledgeGraph& g);

  // Every node matching `query` whose type is in `types` (empty: any type), ranked as
  // described above, at most max_candidates of them. Empty query or no match: no
  // candidates, unique false.
  Resolution resolve(std::string_view query, const std::vector<std::string>& types = {},
                     std::size_t max_candidates = 20) const;

  // resolve() for the commands: the unique node, else kNotFound ("no node named 'X'")
  // or kInvalidArgument ("'X' is ambiguous: ..." listing up to 10 candidates with type,
  // label and id, ending "narrow it by type, or give the key 'Type|name' or the id").
  Result<KnowledgeGraph::Vertex> find(std::string_view query, const std::vector<std::string>& types = {}) const;

 private:
  const KnowledgeGraph& g_;
  std::vector<std::string> node_types_;  // distinct node types, sorted
};

}  // namespace kg::graph
