// Rebuilding a graph: without some documents (kg remove) and with merge overrides applied
// (kg build/add/merge --aliases).
//
// rebuild() copies `g` into a new graph element by element: every document, recorded
// mention, title and piece of evidence of a dropped document is left out; a node that had
// documents and keeps none disappears, an edge without evidence too; labels, names and
// mention counts are derived again (KnowledgeGraph::canonicalize). With overrides, each
// recorded mention and each argument of a piece of evidence goes to the node
// Overrides::apply names (its link rule becomes "override"), and each node's titles and
// documents follow Overrides::apply_node. The copy is element-wise, so rebuilding is
// idempotent and commutes with merging: build(A + B) == add(build(A), B) and
// remove(build(A + B + C), C) == build(A + B), byte for byte.
// Thread safety: reads `g` only.
#pragma once

#include <cstddef>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/overrides.h"
#include "graph/status.h"

namespace kg::graph {

inline constexpr const char* kOverrideLink = "override";

struct RebuildReport {
  std::size_t documents_removed = 0;
  std::size_t overridden = 0;  // recorded mentions and evidence arguments moved by an override
};

// `drop`: indexed by document index of `g` (may be shorter: the rest are kept).
// `overrides`: may be null. The result is canonical.
Result<KnowledgeGraph> rebuild(const KnowledgeGraph& g, const std::vector<bool>& drop, const Overrides* overrides,
                               RebuildReport& report);

}  // namespace kg::graph
