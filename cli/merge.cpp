// kg merge: Merge graph files into one.
#include <memory>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/graph_files.h"
#include "graph/overrides.h"

namespace kg::cli {

namespace {

struct MergeCmd {
  std::vector<std::string> inputs;
  std::string output;
  std::string aliases;  // --aliases FILE: merge overrides
};

int run_merge(MergeCmd& c) {
  graph::KnowledgeGraph g;
  auto overrides = load_aliases(c.aliases);  // a malformed file stops the run before any work
  if (!overrides) {
    spdlog::error("kg merge: {}", overrides.status().message());
    return kExitUsage;
  }
  if (Status st = load_graphs(c.inputs, g); !st) return fatal(st);
  graph::RebuildReport report;
  if (Status st = rebuild_graph(g, {}, *overrides, report); !st) return fatal(st);
  if (Status st = save_graph(g, c.output); !st) return fatal(st);
  spdlog::info("merged {} graphs: {} nodes, {} edges, {} documents -> {}", c.inputs.size(), g.num_vertices(),
               g.num_edges(), g.documents().size(), c.output);
  return kExitOk;
}

}  // namespace

void register_merge(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto c = std::make_shared<MergeCmd>();
  auto* sub = app.add_subcommand("merge", "Merge graph files into one");
  sub->add_option("graphs", c->inputs, "Graph files or folders written by kg build")->required()->expected(1, -1);
  sub->add_option("-o,--output", c->output, "Output: a .kgl file, or a folder that receives graph.kgl")
      ->required();
  sub->add_option("--aliases", c->aliases,
                  "Merge overrides: lines 'NAME = NAME', 'NAME : TYPE', 'NAME != NAME' (docs/curation.md)");
  sub->callback([&action, c] { action = [c] { return run_merge(*c); }; });
}

}  // namespace kg::cli
