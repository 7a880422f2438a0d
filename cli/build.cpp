// kg build: build a knowledge graph from articles (the whole extraction pipeline), or from
// triples JSON Lines (--from-triples), and write the native graph plus exports.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/graph_files.h"
#include "cli/inputs.h"
#include "cli/models.h"
#include "cli/parallel.h"
#include "graph/store.h"
#include "graph/triples_io.h"

namespace kg::cli {

namespace {

struct BuildOptions {
  InputOptions in;  // the articles
  std::string extractors = "all";
  unsigned threads = 0;
  std::vector<std::string> triples;
  std::string out_dir;
  std::string formats;
  std::string mode;
  exporters::ExportOptions export_options;
};

// Articles → pipeline (on worker threads) → triples added to the graph in input order.
Status add_articles(const GlobalOptions& g, const BuildOptions& b, graph::KnowledgeGraph& kg_graph,
                    extract::ReadReport& report, std::size_t& triples) {
  auto pipeline = load_pipeline(g, b.extractors, /*one_sentence_per_document=*/false);
  if (!pipeline) return pipeline.status();
  const extract::Pipeline& p = *pipeline;
  std::size_t documents = 0;
  auto job = [&p](extract::Document& doc) -> Result<std::vector<graph::Triple>> {
    std::vector<graph::Triple> out;
    if (Status s = p.run(doc, out); !s.is_ok()) return s;
    for (graph::Triple& t : out) {
      t.evidence.document.id = doc.id;
      t.evidence.document.url = doc.url;
      t.evidence.document.title = doc.title;
      if (t.evidence.document.date.empty()) t.evidence.document.date = doc.published;
    }
    return out;
  };
  auto consume = [&](std::vector<graph::Triple>&& ts) -> Status {
    ++documents;
    for (const graph::Triple& t : ts) {
      if (Status s = kg_graph.add(t); !s.is_ok()) return s;
      ++triples;
    }
    return Status::ok();
  };
  OrderedWorkers<extract::Document, std::vector<graph::Triple>> workers(thread_count(b.threads), job, consume);
  Status read = read_all(b.in, [&](extract::Document&& d) { return workers.push(std::move(d)); }, report);
  if (Status s = workers.finish(); read.is_ok() && !s.is_ok()) read = s;
  spdlog::debug("{} document(s) processed", documents);
  return read;
}

int run_build(const GlobalOptions& glob, BuildOptions& b) {
  if (b.triples.empty() && b.in.paths.empty()) {
    spdlog::error("kg build: give articles, or --from-triples FILE.jsonl");
    return kExitUsage;
  }
  if (!b.in.paths.empty() && !b.triples.empty()) {
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
  extract::ReadReport read_report;
  std::size_t extracted = 0;
  if (!b.in.paths.empty()) {
    if (Status st = add_articles(glob, b, g, read_report, extracted); !st) return fatal(st);
    log_read_report(read_report);
  }
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
  if (!b.in.paths.empty()) {
    spdlog::info("{} triple(s) extracted; graph: {} nodes, {} edges, {} documents -> {}", extracted, g.num_vertices(),
                 g.num_edges(), g.documents().size(), b.out_dir);
    return read_report.rejected ? kExitRejected : kExitOk;
  }
  spdlog::info("{} triples read, {} rejected; graph: {} nodes, {} edges, {} documents -> {}", report.lines,
               report.lines - report.accepted, g.num_vertices(), g.num_edges(), g.documents().size(), b.out_dir);
  return report.accepted == report.lines ? kExitOk : kExitRejected;
}

}  // namespace

void register_build(CLI::App& app, GlobalOptions& glob, Action& action) {
  auto opts = std::make_shared<BuildOptions>();
  auto* sub = app.add_subcommand("build", "Build a knowledge graph from articles");
  sub->add_option("articles", opts->in.paths, "Articles: files, directories (recursive, sorted), - for stdin");
  sub->add_option("--input-format", opts->in.format, "Input format (default: by file extension; stdin is text)")
      ->check(CLI::IsMember({"auto", "txt", "md", "html", "json", "jsonl"}));
  sub->add_option("--id-field", opts->in.fields.id, "JSON field(s) for the document id");
  sub->add_option("--text-field", opts->in.fields.text, "JSON field(s) for the article text");
  sub->add_option("--title-field", opts->in.fields.title, "JSON field(s) for the title");
  sub->add_option("--date-field", opts->in.fields.date, "JSON field(s) for the publication date");
  sub->add_option("--url-field", opts->in.fields.url, "JSON field(s) for the URL");
  sub->add_option("--extractors", opts->extractors, "Extractors: all, or a comma list of clauses,appositions,nouns");
  sub->add_option("--threads", opts->threads, "Worker threads (default: all cores); output is the same for any count");
  sub->add_option("--from-triples", opts->triples, "Triples JSON Lines file(s) (docs/graph-format.md); - = stdin")
      ->expected(1, -1);
  sub->add_option("-o,--output", opts->out_dir, "Output folder: graph.kgl plus the exports")->required();
  sub->add_option("--formats", opts->formats,
                  "Exports to write too: comma list of graphml,gexf,ttl,nt,nq,neo4j,cypher,json, or all");
  add_export_options(sub, opts->export_options, opts->mode);
  sub->callback([&action, &glob, opts] { action = [opts, &glob] { return run_build(glob, *opts); }; });
}

}  // namespace kg::cli
