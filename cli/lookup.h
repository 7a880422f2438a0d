// Shared plumbing of the query commands (neighbors, path, explain, stats): loading the
// graph for queries, resolving names to nodes with a clear error, option parsing.
#pragma once

#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "graph/algorithms.h"
#include "graph/knowledge_graph.h"
#include "graph/name_index.h"
#include "graph/status.h"

namespace kg::cli {

// A graph file opened for read-only queries: loaded without its evidence
// (graph::read_graph_topology), which is read per edge on demand. Not copyable.
// For one-shot commands: the destructor hands the graph to keep_until_exit (below)
// instead of freeing it.
class QueryGraph {
 public:
  QueryGraph() = default;
  QueryGraph(const QueryGraph&) = delete;
  QueryGraph& operator=(const QueryGraph&) = delete;
  ~QueryGraph();
  // Opens the graph file (or DIR/graph.kgl) and loads it.
  Status open(const std::string& arg);
  const graph::KnowledgeGraph& graph() const { return *g_; }
  // Reads the evidence of edge e (no-op when already loaded).
  Status load_evidence(graph::EdgeRef e);

 private:
  std::string path_;
  std::vector<char> buffer_;
  std::ifstream file_;
  std::unique_ptr<graph::KnowledgeGraph> g_ = std::make_unique<graph::KnowledgeGraph>();
};

// The process ends when a query command returns: freeing a large graph piece by piece
// costs more than answering a query on it (about 0.1 s per million edges), so the query
// commands hand their graph and model here instead, and the OS takes the memory back at
// exit. The objects stay reachable (no leak report) and are never destroyed.
void keep_until_exit(std::shared_ptr<const void> object);
template <typename T>
void keep_until_exit(std::unique_ptr<T> object) {
  keep_until_exit(std::shared_ptr<const void>(std::move(object)));
}

// Resolves `name` (types: narrowing, may be empty). On failure logs the resolver's message
// (with `type_option`, e.g. "--type", as the way to narrow) and returns false.
bool resolve_node(const graph::NameResolver& r, const std::string& name, const std::vector<std::string>& types,
                  const std::string& type_option, graph::Vertex& out);

// "out", "in", "both" -> Direction.
Result<graph::Direction> parse_direction(const std::string& s);

// "Wang Yi (Person, 1a2b...)" style reference used in messages.
std::string describe(const graph::KnowledgeGraph& g, graph::Vertex v);

}  // namespace kg::cli
