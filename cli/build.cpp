// kg build: Build a knowledge graph from articles (or, for now, from triples JSON Lines).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/graph_files.h"
#include "graph/store.h"
#include "graph/triples_io.h"

namespace kg::cli {

namespace {

struct BuildOptions {
  std::vector<std::string> articles;
  std::vector<std::string> triples;
  std::string out_dir;
  std::string formats;
  std::string mode;
  exporters::ExportOptions export_options;
};

int run_build(BuildOptions& b) {
  if (b.triples.empty()) return not_implemented("build ARTICLES (use --from-triples FILE.jsonl for now)", 6);
  if (!b.articles.empty()) {
    spdlog::error("kg build: give either articles or --from-triples, not both");
    return kExitUsage;
  }
  auto formats = parse_format_list(b.formats);
  if (!formats) {
    spdlog::error("{}", formats.status().message());
    return kExitUsage;
  }
  if (Status st = finish_export_options(b.export_options, b.mode); !st) {
    spdlog::error("{}", st.message());
    return kExitUsage;
  }
  graph::KnowledgeGraph g;
  graph::TripleReadReport report;
  const auto sink = [&g](const graph::Triple& t) { return g.add(t); };
  for (const auto& path : b.triples) {
    Status st;
    if (path == "-") {
      st = graph::read_triples_jsonl(std::cin, "<stdin>", sink, report);
    } else {
      std::ifstream in(path, std::ios::binary);
      if (!in) return fatal(Status::not_found("cannot open triples file " + path));
      st = graph::read_triples_jsonl(in, path, sink, report);
    }
    if (!st) return fatal(st);
  }
  for (const auto& p : report.problems) spdlog::warn("{}", p);
  g.canonicalize();
  if (Status st = save_graph(g, b.out_dir); !st) return fatal(st);
  for (auto f : *formats) {
    const std::string path = (std::filesystem::path(b.out_dir) / exporters::default_file_name(f)).string();
    if (Status st = write_export(g, f, path, b.export_options); !st) return fatal(st);
  }
  spdlog::info("{} triples read, {} rejected; graph: {} nodes, {} edges, {} documents -> {}", report.lines,
               report.lines - report.accepted, g.num_vertices(), g.num_edges(), g.documents().size(), b.out_dir);
  return report.accepted == report.lines ? kExitOk : kExitRejected;
}

}  // namespace

void register_build(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto opts = std::make_shared<BuildOptions>();
  auto* sub = app.add_subcommand("build", "Build a knowledge graph from articles");
  sub->add_option("articles", opts->articles, "Articles (not implemented yet: use --from-triples)");
  sub->add_option("--from-triples", opts->triples, "Triples JSON Lines file(s) (docs/graph-format.md); - = stdin")
      ->expected(1, -1);
  sub->add_option("-o,--output", opts->out_dir, "Output folder: graph.kgl plus the exports")->required();
  sub->add_option("--formats", opts->formats,
                  "Exports to write too: comma list of graphml,gexf,ttl,nt,nq,neo4j,cypher,json, or all");
  add_export_options(sub, opts->export_options, opts->mode);
  sub->callback([&action, opts] { action = [opts] { return run_build(*opts); }; });
}

}  // namespace kg::cli
