// kg neighbors: the neighbourhood of one node, with the relation, direction and weight of
// every hop.
#include <iostream>
#include <memory>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/lookup.h"
#include "cli/report.h"
#include "graph/normalize.h"

namespace kg::cli {

namespace {

struct NeighborsCmd {
  std::string graph, name, format, direction = "both";
  std::vector<std::string> relations, types, name_types;
  bool concepts = false;
  int depth = 1;
  std::size_t limit = 0;
};

int run_neighbors(NeighborsCmd& c) {
  auto format = output_format(c.format);
  auto dir = parse_direction(c.direction);
  if (!format || !dir) {
    spdlog::error("{}", (!format ? format.status() : dir.status()).message());
    return kExitUsage;
  }
  if (c.depth < 1) {
    spdlog::error("--depth must be at least 1");
    return kExitUsage;
  }
  QueryGraph qg;
  if (Status st = qg.open(c.graph); !st) return fatal(st);
  const graph::KnowledgeGraph& g = qg.graph();
  const graph::NameResolver resolver(g);
  graph::Vertex start = 0;
  if (!resolve_node(resolver, c.name, split_list(c.name_types), "--name-type", start)) return kExitUsage;
  graph::NeighborOptions o;
  o.depth = c.depth;
  o.relations = split_list(c.relations);
  o.concepts = c.concepts;
  o.types = split_list(c.types);
  o.direction = *dir;
  o.limit = c.limit;
  const auto rows = graph::neighbors(g, start, o);
  Table t;
  t.columns = {"depth", "neighbor", "type", "relation", "direction", "weight", "via", "id"};
  for (const auto& r : rows) {
    const auto& e = g.entity(r.vertex);
    t.add({num(static_cast<std::uint64_t>(r.depth)), {e.label}, {e.type}, {g.edge(r.hop.edge).type},
           {r.hop.forward ? "out" : "in"}, num(static_cast<std::uint64_t>(g.edge(r.hop.edge).weight())),
           {g.entity(r.via).label}, {graph::hex16(e.id)}});
  }
  if (*format == OutputFormat::kTable)
    std::cout << "neighbors of " << describe(g, start) << " (direction: out = via -> neighbor)\n";
  print_tables(std::cout, {t}, *format);
  return kExitOk;
}

}  // namespace

void register_neighbors(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto c = std::make_shared<NeighborsCmd>();
  auto* sub = app.add_subcommand("neighbors", "List the neighbours of a node, with relation, direction and weight");
  sub->add_option("graph", c->graph, "Graph file (graph.kgl) or the folder kg build wrote")->required();
  sub->add_option("name", c->name, "Name, alias, key (Type|name) or 16-hex id of the node")->required();
  sub->add_option("--depth", c->depth, "Hops from the node")->capture_default_str();
  sub->add_option("--relation", c->relations, "Follow only these relation types (R[,R])");
  sub->add_flag("--concepts", c->concepts,
                "Go on through concept and literal nodes (default: listed when reached, not gone through)");
  sub->add_option("--type", c->types, "List only neighbours of these node types (T[,T])");
  sub->add_option("--name-type", c->name_types, "Node types NAME may resolve to (T[,T])");
  sub->add_option("--direction", c->direction, "out (NAME is the subject), in, or both")->capture_default_str();
  sub->add_option("--limit", c->limit, "At most this many neighbours (0: all)")->capture_default_str();
  add_format_option(sub, c->format);
  sub->callback([&action, c] { action = [c] { return run_neighbors(*c); }; });
}

}  // namespace kg::cli
