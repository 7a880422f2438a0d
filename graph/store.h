// The native graph file ("kg-graph" JSON Lines, version 3; layout in docs/graph-format.md).
//
// write_graph: canonicalises `g` and writes it; the bytes depend only on the graph's
// content (sorted records, shortest round-trip numbers), so equal graphs give equal files.
// read_graph: streams a file into `into`, MERGING with what `into` already holds (so
// reading A then B into one graph is `kg merge A B`), then canonicalises it.
// Errors: kCorrupt "NAME:LINE: ..." (bad magic, malformed record, dangling reference,
// truncated file = fewer records than the header announces, trailing records),
// kUnsupported (newer version), kIoError. On error `into` may hold part of the file.
#pragma once

#include <istream>
#include <ostream>
#include <string>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace kg::graph {

inline constexpr const char* kGraphFormat = "kg-graph";
inline constexpr int kGraphFormatVersion = 5;  // 3: node "seen"; 4: their sentences; 5: document path, ingested, title_docs
inline constexpr const char* kGraphFileName = "graph.kgl";

// write_graph fails (kInvalidArgument) on a graph loaded by read_graph_topology.
Status write_graph(KnowledgeGraph& g, std::ostream& out);
Status read_graph(std::istream& in, const std::string& name, KnowledgeGraph& into);

// Fast load for read-only queries: like read_graph into an EMPTY graph, but the evidence of
// edge records in the writer's layout is skipped, not parsed: each edge keeps its type,
// its weight (the record's "weight") and the byte offset of its record; labels, names and
// mentions come from the node records. The graph is canonical and evidence_loaded() is
// false: it must not be written or exported. A file that is not one canonical file (not
// sorted, hand-edited layout) is loaded in full instead (`in` must then be seekable).
// Malformed evidence is only detected when read_edge_evidence reads it.
Status read_graph_topology(std::istream& in, const std::string& name, KnowledgeGraph& into);

// Loads the evidence of one edge of a graph loaded by read_graph_topology from `in` (the
// same file, seekable); nothing to do when the edge's evidence is already in memory.
// kCorrupt "NAME: byte N: ..." on a malformed record or one that no longer matches.
Status read_edge_evidence(std::istream& in, const std::string& name, KnowledgeGraph& g, KnowledgeGraph::EdgeRef e);

}  // namespace kg::graph
