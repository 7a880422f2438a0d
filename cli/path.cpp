// kg path: shortest paths between two nodes, with the relation and direction of each hop.
#include <iostream>
#include <memory>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/lookup.h"
#include "cli/report.h"
#include "graph/normalize.h"

namespace kg::cli {

namespace {

struct PathCmd {
  std::string graph, a, b, format;
  std::vector<std::string> relations, types;
  bool concepts = false;
  int max_length = 6;
  bool all = false;
  std::size_t limit = 100;
};

int run_path(PathCmd& c) {
  auto format = output_format(c.format);
  if (!format) {
    spdlog::error("{}", format.status().message());
    return kExitUsage;
  }
  if (c.max_length < 1) {
    spdlog::error("--max-length must be at least 1");
    return kExitUsage;
  }
  QueryGraph qg;
  if (Status st = qg.open(c.graph); !st) return fatal(st);
  const graph::KnowledgeGraph& g = qg.graph();
  const graph::NameResolver resolver(g);
  const auto types = split_list(c.types);
  graph::Vertex a = 0, b = 0;
  if (!resolve_node(resolver, c.a, types, "--type", a) || !resolve_node(resolver, c.b, types, "--type", b))
    return kExitUsage;
  graph::PathOptions o;
  o.max_length = c.max_length;
  o.relations = split_list(c.relations);
  o.concepts = c.concepts;
  o.all = c.all;
  o.limit = c.limit;
  const auto paths = graph::shortest_paths(g, a, b, o);
  if (paths.empty()) {
    spdlog::error("no path between {} and {} within {} hops", describe(g, a), describe(g, b), c.max_length);
    return kExitRejected;
  }
  Table t;
  t.columns = {"path", "hop", "from", "relation", "direction", "to", "weight", "from_id", "to_id"};
  std::string lines;
  for (std::size_t p = 0; p < paths.size(); ++p) {
    const auto& path = paths[p];
    lines += std::to_string(p + 1) + ": " + g.entity(path.nodes[0]).label;
    for (std::size_t h = 0; h < path.hops.size(); ++h) {
      const auto& hop = path.hops[h];
      const auto& from = g.entity(path.nodes[h]);
      const auto& to = g.entity(path.nodes[h + 1]);
      const std::string& rel = g.edge(hop.edge).type;
      lines += hop.forward ? " -[" + rel + "]-> " : " <-[" + rel + "]- ";
      lines += to.label;
      t.add({num(static_cast<std::uint64_t>(p + 1)), num(static_cast<std::uint64_t>(h + 1)), {from.label}, {rel},
             {hop.forward ? "out" : "in"}, {to.label}, num(static_cast<std::uint64_t>(g.edge(hop.edge).weight())),
             {graph::hex16(from.id)}, {graph::hex16(to.id)}});
    }
    lines += "\n";
  }
  if (*format == OutputFormat::kTable) {
    std::cout << (paths.size() == 1 ? "shortest path" : std::to_string(paths.size()) + " shortest paths") << " ("
              << paths[0].hops.size() << " hops) from " << describe(g, a) << " to " << describe(g, b) << ":\n"
              << lines << "\n";
  }
  print_tables(std::cout, {t}, *format);
  if (c.all && paths.size() == c.limit) spdlog::warn("stopped at --limit {} paths; there may be more", c.limit);
  return kExitOk;
}

}  // namespace

void register_path(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto c = std::make_shared<PathCmd>();
  auto* sub = app.add_subcommand("path", "Shortest paths between two nodes (edge directions ignored, shown per hop)");
  sub->add_option("graph", c->graph, "Graph file (graph.kgl) or the folder kg build wrote")->required();
  sub->add_option("a", c->a, "From: name, alias, key (Type|name) or 16-hex id")->required();
  sub->add_option("b", c->b, "To: name, alias, key (Type|name) or 16-hex id")->required();
  sub->add_option("--max-length", c->max_length, "Longest path searched, in hops")->capture_default_str();
  sub->add_option("--relation", c->relations, "Use only these relation types (R[,R])");
  sub->add_flag("--concepts", c->concepts, "Let paths go through concept and literal nodes (default: named entities only)");
  sub->add_option("--type", c->types, "Node types A and B may resolve to (T[,T])");
  sub->add_flag("--all", c->all, "Every shortest path (up to --limit), not just the first");
  sub->add_option("--limit", c->limit, "With --all: at most this many paths")->capture_default_str();
  add_format_option(sub, c->format);
  sub->callback([&action, c] { action = [c] { return run_path(*c); }; });
}

}  // namespace kg::cli
