// kg export: Export a graph file to GraphML, GEXF, RDF, Neo4j or JSON.
#include <memory>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/graph_files.h"

namespace kg::cli {

namespace {

struct ExportCmd {
  std::string graph;
  std::string format;
  std::string output = "-";
  std::string compress = "none";
  std::string mode;
  exporters::ExportOptions options;
};

int run_export(ExportCmd& c) {
  auto f = exporters::parse_format(c.format);
  if (!f) {
    spdlog::error("{}", f.status().message());
    return kExitUsage;
  }
  if (Status st = finish_export_options(c.options, c.mode); !st) {
    spdlog::error("{}", st.message());
    return kExitUsage;
  }
  graph::KnowledgeGraph g;
  if (Status st = load_graphs({c.graph}, g); !st) return fatal(st);
  if (c.compress == "gz" && !compressible(*f)) {
    spdlog::error("kg export: --compress gz applies to ttl, nt, nq and neo4j, not {}", c.format);
    return kExitUsage;
  }
  if (Status st = write_export(g, *f, c.output, c.options, c.compress == "gz"); !st) return fatal(st);
  return kExitOk;
}

}  // namespace

void register_export(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto c = std::make_shared<ExportCmd>();
  auto* sub = app.add_subcommand("export", "Export a graph file to GraphML, GEXF, RDF, Neo4j or JSON");
  sub->add_option("graph", c->graph, "Graph file (graph.kgl) or the folder kg build wrote")->required();
  sub->add_option("-f,--format", c->format, "graphml, gexf, ttl, nt, nq, neo4j (CSV folder), cypher, json")
      ->required();
  sub->add_option("-o,--output", c->output, "Output file (- = stdout) or, for neo4j, folder")
      ->capture_default_str();
  sub->add_option("--compress", c->compress,
                  "gz: gzip-compress the output (ttl, nt, nq, neo4j); give the file name, e.g. graph.nt.gz")
      ->check(CLI::IsMember({"none", "gz"}))
      ->capture_default_str();
  add_export_options(sub, c->options, c->mode);
  sub->callback([&action, c] { action = [c] { return run_export(*c); }; });
}

}  // namespace kg::cli
