// The native graph file ("kg-graph" JSON Lines, version 1; layout in docs/graph-format.md).
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
inline constexpr int kGraphFormatVersion = 1;
inline constexpr const char* kGraphFileName = "graph.kgl";

Status write_graph(KnowledgeGraph& g, std::ostream& out);
Status read_graph(std::istream& in, const std::string& name, KnowledgeGraph& into);

}  // namespace kg::graph
