// kg stats: counts by node type and relation, documents, top entities by degree, PageRank
// and betweenness, weakly connected components.
#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <numeric>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/lookup.h"
#include "cli/report.h"
#include "graph/algorithms.h"
#include "graph/normalize.h"

namespace kg::cli {

namespace {

struct StatsCmd {
  std::string graph, format;
  std::size_t top = 10;
  std::size_t max_exact = 5000;
  std::size_t samples = 64;
  int iterations = 50;
};

// Named entities (not Concept/Literal), best first by `score`, ties by id.
template <typename Score>
std::vector<graph::Vertex> top_entities(const graph::KnowledgeGraph& g, std::size_t n, Score&& score) {
  std::vector<graph::Vertex> vs;
  for (auto v : g.sorted_vertices())
    if (g.entity(v).is_entity()) vs.push_back(v);
  // sorted_vertices() is in id order: a stable sort keeps ties by id.
  std::stable_sort(vs.begin(), vs.end(), [&](graph::Vertex a, graph::Vertex b) { return score(a) > score(b); });
  if (vs.size() > n) vs.resize(n);
  return vs;
}

int run_stats(StatsCmd& c) {
  auto format = output_format(c.format);
  if (!format) {
    spdlog::error("{}", format.status().message());
    return kExitUsage;
  }
  QueryGraph qg;
  if (Status st = qg.open(c.graph); !st) return fatal(st);
  const graph::KnowledgeGraph& g = qg.graph();
  const auto& G = g.graph();
  std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> node_types, relations;  // count, mentions/evidence
  std::uint64_t evidence = 0, entities = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(G))) {
    auto& n = node_types[g.entity(v).type];
    ++n.first;
    n.second += g.entity(v).mentions;
    if (g.entity(v).is_entity()) ++entities;
  }
  std::vector<std::uint64_t> weighted(g.num_vertices(), 0);
  for (auto e : boost::make_iterator_range(boost::edges(G))) {
    auto& r = relations[G[e].type];
    ++r.first;
    r.second += G[e].weight();
    evidence += G[e].weight();
    weighted[boost::source(e, G)] += G[e].weight();
    weighted[boost::target(e, G)] += G[e].weight();
  }
  const auto degree = graph::degrees(g);
  const auto rank = graph::page_rank(g, c.iterations);
  const auto between = graph::betweenness(g, c.max_exact, c.samples);
  const auto comps = graph::weak_components(g);

  std::vector<Table> out;
  Table summary{"summary", "summary", {"measure", "value"}, {}};
  summary.add({{"documents"}, num(static_cast<std::uint64_t>(g.documents().size()))});
  summary.add({{"nodes"}, num(static_cast<std::uint64_t>(g.num_vertices()))});
  summary.add({{"named entities"}, num(entities)});
  summary.add({{"edges"}, num(static_cast<std::uint64_t>(g.num_edges()))});
  summary.add({{"evidence"}, num(evidence)});
  summary.add({{"weakly connected components"}, num(static_cast<std::uint64_t>(comps.sizes.size()))});
  summary.add({{"largest component"}, num(static_cast<std::uint64_t>(comps.sizes.empty() ? 0 : comps.sizes[0]))});
  out.push_back(std::move(summary));

  Table types{"nodes by type", "node_types", {"type", "nodes", "mentions"}, {}};
  for (const auto& [t, n] : node_types) types.add({{t}, num(n.first), num(n.second)});
  out.push_back(std::move(types));
  Table rels{"edges by relation", "relations", {"relation", "edges", "evidence"}, {}};
  for (const auto& [t, n] : relations) rels.add({{t}, num(n.first), num(n.second)});
  out.push_back(std::move(rels));

  auto entity_cells = [&](std::size_t r, graph::Vertex v) {
    const auto& e = g.entity(v);
    return std::vector<Cell>{num(static_cast<std::uint64_t>(r)), {e.label}, {e.type}};
  };
  Table by_degree{"top entities by degree", "top_degree", {"rank", "name", "type", "degree", "weighted_degree", "id"}, {}};
  std::size_t r = 0;
  for (auto v : top_entities(g, c.top, [&](graph::Vertex x) { return std::make_pair(degree[x], weighted[x]); })) {
    auto row = entity_cells(++r, v);
    row.push_back(num(static_cast<std::uint64_t>(degree[v])));
    row.push_back(num(weighted[v]));
    row.push_back({graph::hex16(g.entity(v).id)});
    by_degree.add(std::move(row));
  }
  out.push_back(std::move(by_degree));
  Table by_rank{"top entities by PageRank (Boost page_rank, " + std::to_string(c.iterations) +
                    " iterations, damping 0.85, scaled to sum 1)",
                "top_pagerank", {"rank", "name", "type", "pagerank", "id"}, {}};
  r = 0;
  for (auto v : top_entities(g, c.top, [&](graph::Vertex x) { return rank[x]; })) {
    auto row = entity_cells(++r, v);
    row.push_back(num_fixed(rank[v], 6));
    row.push_back({graph::hex16(g.entity(v).id)});
    by_rank.add(std::move(row));
  }
  out.push_back(std::move(by_rank));
  const std::string how = between.exact ? "exact, Boost brandes_betweenness_centrality"
                                        : "ESTIMATED from " + std::to_string(between.sources) + " of " +
                                              std::to_string(g.num_vertices()) + " source nodes (graph above " +
                                              std::to_string(c.max_exact) + " nodes)";
  Table by_between{"top entities by betweenness (undirected, " + how + ")", "top_betweenness",
                   {"rank", "name", "type", "betweenness", "id"}, {}};
  r = 0;
  for (auto v : top_entities(g, c.top, [&](graph::Vertex x) { return between.value[x]; })) {
    auto row = entity_cells(++r, v);
    row.push_back(num_fixed(between.value[v], 2));
    row.push_back({graph::hex16(g.entity(v).id)});
    by_between.add(std::move(row));
  }
  out.push_back(std::move(by_between));

  // Largest components, each named by its highest-degree entity (ties: smallest id).
  const std::size_t shown = std::min(c.top, comps.sizes.size());
  std::vector<graph::Vertex> hub(shown, 0);
  std::vector<bool> has(shown, false);
  for (auto v : g.sorted_vertices()) {
    const auto k = comps.of[v];
    if (k >= shown) continue;
    if (!has[k] || degree[v] > degree[hub[k]]) hub[k] = v;
    has[k] = true;
  }
  Table comp{"largest weakly connected components", "components", {"rank", "nodes", "hub", "hub_id"}, {}};
  for (std::size_t k = 0; k < shown; ++k)
    comp.add({num(static_cast<std::uint64_t>(k + 1)), num(static_cast<std::uint64_t>(comps.sizes[k])),
              {g.entity(hub[k]).label}, {graph::hex16(g.entity(hub[k]).id)}});
  out.push_back(std::move(comp));
  print_tables(std::cout, out, *format);
  return kExitOk;
}

}  // namespace

void register_stats(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto c = std::make_shared<StatsCmd>();
  auto* sub = app.add_subcommand("stats", "Counts, rankings and components of a graph file");
  sub->add_option("graph", c->graph, "Graph file (graph.kgl) or the folder kg build wrote")->required();
  sub->add_option("--top", c->top, "Rows in each ranking")->capture_default_str();
  sub->add_option("--iterations", c->iterations, "PageRank iterations")->capture_default_str();
  sub->add_option("--exact-betweenness-max", c->max_exact,
                  "Exact betweenness up to this many nodes; above, an estimate from --samples sources")
      ->capture_default_str();
  sub->add_option("--samples", c->samples, "Betweenness source nodes on big graphs")->capture_default_str();
  add_format_option(sub, c->format);
  sub->callback([&action, c] { action = [c] { return run_stats(*c); }; });
}

}  // namespace kg::cli
