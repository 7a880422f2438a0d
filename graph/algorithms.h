// Graph algorithms for the everyday query commands: neighbourhoods, shortest paths,
// degree, PageRank, betweenness, weakly connected components.
//
// All functions read a canonical KnowledgeGraph (canonical() holds) and return values;
// nothing prints. Results are deterministic: fixed iteration counts, sources and orders
// that depend only on the graph's content, ties broken by entity id. Vectors indexed by
// vertex use the graph's vertex descriptors (0..num_vertices()-1).
// Thread safety: pure functions of their arguments.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::graph {

using Vertex = KnowledgeGraph::Vertex;
using EdgeRef = KnowledgeGraph::EdgeRef;

enum class Direction : unsigned char { kOut, kIn, kBoth };

// One step along an edge: `forward` = from its subject to its object.
struct Hop {
  EdgeRef edge;
  bool forward = true;
};

struct NeighborOptions {
  int depth = 1;                        // hops, >= 1
  std::vector<std::string> relations;   // edge types to follow (empty: all)
  std::vector<std::string> types;       // node types to LIST (empty: all); traversal is not narrowed
  Direction direction = Direction::kBoth;  // kOut: subject -> object only, from the start outwards
  std::size_t limit = 0;                // at most this many distinct neighbours (0: all)
  // Traverse through concept and literal nodes too; by default they are listed when
  // reached but not gone through, so phrases never join unrelated entities.
  bool concepts = false;
};

// One way a neighbour is reached: from `via` (at depth - 1; the start for depth 1) along
// `hop`. A neighbour reached through several edges from the previous layer has one row each.
struct NeighborRow {
  Vertex vertex = 0;
  int depth = 1;
  Vertex via = 0;
  Hop hop;
};

// Breadth-first neighbourhood of `start`; the start itself is never listed.
// Order: depth asc; then neighbours by their best row weight desc, label, id; a
// neighbour's rows by weight desc, relation type, direction (forward first), via id.
std::vector<NeighborRow> neighbors(const KnowledgeGraph& g, Vertex start, const NeighborOptions& o);

struct PathOptions {
  int max_length = 6;                  // hops
  std::vector<std::string> relations;  // edge types allowed (empty: all)
  bool all = false;                    // every shortest path (up to limit), else the first one
  std::size_t limit = 100;             // bound on the paths returned with `all`
  bool concepts = false;               // inner nodes may be concepts/literals (default: named entities only)
};

struct Path {
  std::vector<Vertex> nodes;  // nodes.size() == hops.size() + 1
  std::vector<Hop> hops;
};

// Shortest paths from a to b ignoring edge direction (each hop says which way it goes).
// Paths are enumerated from a, at each step preferring the heavier edge, then the next
// node's id, relation type, forward before backward; the first path is the one returned
// without `all`. No path within max_length: empty. a == b: one path without hops.
std::vector<Path> shortest_paths(const KnowledgeGraph& g, Vertex a, Vertex b, const PathOptions& o);

// In-degree + out-degree (parallel edges of different relations count separately).
std::vector<std::size_t> degrees(const KnowledgeGraph& g);

// PageRank of the directed graph (subject -> object; an edge counts once whatever its
// weight) by Boost.Graph page_rank: `iterations` rounds, damping 0.85, then scaled so the
// values sum to 1. Dangling nodes keep Boost's treatment (their rank is not redistributed).
std::vector<double> page_rank(const KnowledgeGraph& g, int iterations = 50);

struct Betweenness {
  std::vector<double> value;  // per vertex; pairs of the undirected simple graph counted once
  bool exact = true;          // false: estimated from `sources` source vertices
  std::size_t sources = 0;    // how many BFS sources were used
};

// Betweenness centrality of the undirected simple graph (edge directions and parallel
// edges ignored, self-loops dropped). Up to `max_exact` vertices: exact, by Boost.Graph
// brandes_betweenness_centrality. Above: Brandes' accumulation from `samples` sources
// spread evenly over the vertices in id order, scaled by n / samples (an estimate; exact
// when samples >= n).
Betweenness betweenness(const KnowledgeGraph& g, std::size_t max_exact = 5000, std::size_t samples = 64);

struct Components {
  std::vector<std::uint32_t> of;   // component index per vertex
  std::vector<std::size_t> sizes;  // size per component; components ordered by size desc,
                                   // ties by the smallest entity id they hold
};

// Weakly connected components (edge directions ignored).
Components weak_components(const KnowledgeGraph& g);

}  // namespace kg::graph
