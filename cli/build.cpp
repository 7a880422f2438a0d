// kg build: build a knowledge graph from articles (the whole extraction pipeline), or from
// triples JSON Lines (--from-triples), and write the native graph plus exports.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/graph_files.h"
#include "cli/inputs.h"
#include "cli/models.h"
#include "cli/interrupt.h"
#include "cli/parallel.h"
#include "cli/progress.h"
#include "cli/staged_outputs.h"
#include "extract/triples/relation_schema.h"
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
  std::string compress = "none";  // "gz": the RDF and Neo4j CSV exports gzip-compressed
  std::string mode;
  exporters::ExportOptions export_options;
  std::string relation_map;                 // --relation-map FILE
  extract::triples::RelationMap relations;  // loaded from it
  std::string aliases;   // --aliases FILE: merge overrides (graph/overrides.h)
  graph::Overrides overrides;  // loaded from it
  std::string ingested;  // --ingested DATE|today, resolved to an ISO date
  std::string grow;      // kg add: the graph (file or folder) the articles are added to
};

struct DocumentTriples {
  std::vector<graph::Triple> triples;
  std::vector<graph::EntityRecord> entities;  // every named entity, used by a triple or not
  std::size_t tokens = 0;
};

// The document reference of everything extracted from `doc`, ingested on `ingested`.
void set_document(const extract::Document& doc, const std::string& ingested, graph::DocumentRef& d) {
  d.id = doc.id;
  d.url = doc.url;
  d.title = doc.title;
  d.path = doc.path;
  d.ingested = ingested;
  if (d.date.empty()) d.date = doc.published;
}

// Articles → pipeline (on worker threads) → triples added to the graph in input order.
Status add_articles(const extract::Pipeline& p, const BuildOptions& b, graph::KnowledgeGraph& kg_graph,
                    extract::ReadReport& report, Progress& progress, std::size_t& triples, std::size_t& dropped,
                    std::size_t& unasserted) {
  auto job = [&p, &b](extract::Document& doc) -> Result<DocumentTriples> {
    DocumentTriples out;
    if (Status s = p.run(doc, out.triples, &out.entities); !s.is_ok()) return s;
    for (graph::Triple& t : out.triples) b.relations.apply(t);
    for (graph::Triple& t : out.triples) set_document(doc, b.ingested, t.evidence.document);
    for (graph::EntityRecord& r : out.entities) set_document(doc, b.ingested, r.document);
    out.tokens = doc.tokens.size();
    return out;
  };
  auto consume = [&](DocumentTriples&& d) -> Status {
    for (const graph::EntityRecord& r : d.entities) {
      if (Status s = kg_graph.add(r); !s.is_ok()) {
        // As for triples: a name that normalises to nothing is dropped, counted and named.
        if (s.code() != Status::Code::kInvalidArgument) return s;
        if (++dropped <= 20) {
          progress.clear_line();
          spdlog::warn("{}: entity dropped: {}", r.document.id, s.message());
        }
      }
    }
    for (const graph::Triple& t : d.triples) {
      // The default graph holds what the text asserts (docs/triples.md); --unasserted keeps the rest, marked.
      if (!t.qualifiers.asserted && !b.export_options.unasserted) {
        ++unasserted;
        continue;
      }
      if (Status s = kg_graph.add(t); !s.is_ok()) {
        // A triple the graph refuses (an argument that normalises to nothing, as from
        // garbage text) is dropped and counted; the build goes on.
        if (s.code() != Status::Code::kInvalidArgument) return s;
        if (++dropped <= 20) {
          progress.clear_line();
          spdlog::warn("{}: triple dropped: {}", t.evidence.document.id, s.message());
        }
        continue;
      }
      ++triples;
    }
    progress.add(d.tokens, report.bytes);
    return Status::ok();
  };
  OrderedWorkers<extract::Document, DocumentTriples> workers(thread_count(b.threads), job, consume);
  DuplicateFilter duplicates;  // the same article twice counts once, also against the graph grown by kg add
  for (const graph::DocumentInfo& d : kg_graph.documents()) duplicates.add_known(d.id, d.path);
  Status read = read_all(b.in, duplicates, [&](extract::Document&& d) { return workers.push(std::move(d)); }, report);
  if (read.is_ok()) read = workers.finish();  // on an error the workers are abandoned
  return read;
}

// Triples JSON Lines files (or stdin) into the graph.
Status add_triples(const std::vector<std::string>& paths, const extract::triples::RelationMap& relations,
                   const std::string& ingested, bool keep_unasserted, graph::KnowledgeGraph& g, graph::TripleReadReport& report,
                   Progress& progress, std::uint64_t& bytes_before, std::size_t& unasserted) {
  for (const auto& path : paths) {
    std::ifstream file;
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) return Status::not_found("cannot open triples file " + path);
    }
    CountingInput counted(path == "-" ? std::cin.rdbuf() : file.rdbuf());
    std::istream in(&counted);
    const std::uint64_t base = bytes_before;
    const auto sink = [&](const graph::Triple& t) {
      Status s;
      if (!t.qualifiers.asserted && !keep_unasserted) {
        ++unasserted;  // accepted, and left out of the default graph
      } else if (relations.empty() && ingested.empty()) {
        s = g.add(t);
      } else {
        graph::Triple mapped = t;
        relations.apply(mapped);
        if (mapped.evidence.document.ingested.empty()) mapped.evidence.document.ingested = ingested;
        s = g.add(mapped);
      }
      progress.add(0, base + counted.bytes());
      return s;
    };
    const auto entity_sink = [&](const graph::EntityRecord& r) {
      if (ingested.empty() || !r.document.ingested.empty()) return g.add(r);
      graph::EntityRecord dated = r;
      dated.document.ingested = ingested;
      return g.add(dated);
    };
    if (Status st = graph::read_triples_jsonl(in, path == "-" ? "<stdin>" : path, sink, report, entity_sink); !st)
      return st;
    if (interrupted()) return interrupted_status();
    bytes_before += counted.bytes();
  }
  return Status::ok();
}


// kg add: the graph to grow is the output, and its exports are written again (unless
// --formats says which); loaded into `g` before the articles are added.
Status start_from_graph(BuildOptions& b, graph::KnowledgeGraph& g) {
  b.out_dir = b.grow;
  std::error_code ec;
  if (b.formats.empty() && std::filesystem::is_directory(b.grow, ec)) {
    bool gzip = false;
    std::string list;
    for (auto f : exports_in_folder(b.grow, gzip)) {
      if (!list.empty()) list += ',';
      list += exporters::format_name(f);
    }
    b.formats = list;
    if (gzip) b.compress = "gz";
  }
  return load_graphs({b.grow}, g);
}

// Options that need checking or loading before any work.
Status check_build_options(BuildOptions& b) {
  if (!b.relation_map.empty()) {
    auto m = extract::triples::RelationMap::load(b.relation_map);
    if (!m) return m.status();
    b.relations = std::move(m).value();
  }
  if (!b.ingested.empty()) {
    auto d = ingestion_date(b.ingested);
    if (!d) return d.status();
    b.ingested = std::move(d).value();
  }
  auto o = load_aliases(b.aliases);  // read now, so that a malformed file stops the run before any work
  if (!o) return o.status();
  b.overrides = std::move(o).value();
  return finish_export_options(b.export_options, b.mode);
}

int run_build(const GlobalOptions& glob, BuildOptions& b) {
  const char* cmd = b.grow.empty() ? "kg build" : "kg add";
  // kg add GRAPH --aliases FILE alone applies the overrides to the graph.
  if (b.triples.empty() && b.in.paths.empty() && (b.grow.empty() || b.aliases.empty())) {
    spdlog::error("{}: give articles, or --from-triples FILE.jsonl", cmd);
    return kExitUsage;
  }
  graph::KnowledgeGraph g;
  if (!b.grow.empty()) {
    if (Status st = start_from_graph(b, g); !st) return fatal(st);
  }
  if (!b.in.paths.empty() && !b.triples.empty()) {
    spdlog::error("{}: give either articles or --from-triples, not both", cmd);
    return kExitUsage;
  }
  // A missing input or an unwritable output folder stops the run before any work or output.
  if (Status st = check_inputs_exist(b.in.paths.empty() ? b.triples : b.in.paths); !st) {
    spdlog::error("{}: {}", cmd, st.message());
    return kExitUsage;
  }
  if (Status st = check_build_options(b); !st) {
    spdlog::error("{}: {}", cmd, st.message());
    return kExitUsage;
  }
  // A folder gets its outputs as one unit (staged_outputs.h); a graph file "x.kgl" is one
  // file, written atomically by itself.
  const bool graph_file = std::filesystem::path(b.out_dir).extension() == ".kgl";
  std::optional<StagedOutputs> staged;
  {
    const std::filesystem::path out(b.out_dir);
    const std::string dir = graph_file ? out.parent_path().string() : b.out_dir;
    if (Status st = check_output_dir(dir.empty() ? "." : dir); !st) return fatal(st);
    if (!graph_file) {
      std::vector<std::string> notes;
      auto s = StagedOutputs::begin(b.out_dir, notes);
      for (const std::string& n : notes) spdlog::warn("{}: {}", cmd, n);
      if (!s) return fatal(s.status());
      staged.emplace(std::move(s).value());
    }
  }
  auto formats = parse_format_list(b.formats);
  if (!formats) {
    spdlog::error("{}", formats.status().message());
    return kExitUsage;
  }
  graph::TripleReadReport report;
  extract::ReadReport read_report;
  std::size_t extracted = 0, dropped = 0, unasserted = 0;
  const bool articles = !b.in.paths.empty();
  std::optional<extract::Pipeline> pipeline;
  if (articles) {
    auto p = load_pipeline(glob, b.extractors, /*one_sentence_per_document=*/false);
    if (!p) return fatal(p.status());
    pipeline.emplace(std::move(p).value());
  }
  Progress progress(glob, "build", articles ? "documents" : "triples",
                    input_size(articles ? b.in.paths : b.triples));
  if (articles) {
    if (Status st = add_articles(*pipeline, b, g, read_report, progress, extracted, dropped, unasserted); !st)
      return fatal(st);
    progress.clear_line();
    log_read_report(read_report);
  } else {
    std::uint64_t bytes = 0;
    if (Status st = add_triples(b.triples, b.relations, b.ingested, b.export_options.unasserted, g, report, progress,
                                bytes, unasserted);
        !st)
      return fatal(st);
    progress.clear_line();
    for (const auto& p : report.problems) spdlog::warn("{}", p);
  }
  g.canonicalize();
  graph::RebuildReport rebuilt;
  if (Status st = rebuild_graph(g, {}, b.overrides, rebuilt); !st) return fatal(st);
  if (rebuilt.overridden) spdlog::info("{}: {} mention(s) moved by the overrides of {}", cmd, rebuilt.overridden, b.aliases);
  if (Status st = write_outputs(g, b.out_dir, *formats, b.compress == "gz", b.export_options,
                                staged ? &*staged : nullptr);
      !st)
    return fatal(st);
  const std::string graph_text =
      fmt::format("graph: {} nodes, {} edges, {} documents -> {}", g.num_vertices(), g.num_edges(),
                  g.documents().size(), b.out_dir);
  if (articles) {
    progress.finish(fmt::format("{} triples ({} dropped, {} not asserted left out)", extracted, dropped, unasserted),
                    graph_text);
    return read_report.rejected ? kExitRejected : kExitOk;
  }
  progress.finish(fmt::format("{} triples ({} not asserted left out), {} entity records, {} rejected",
                              report.accepted - report.entities, unasserted, report.entities,
                              report.lines - report.accepted),
                  graph_text);
  return report.accepted == report.lines ? kExitOk : kExitRejected;
}

}  // namespace

namespace {

// The options kg build and kg add share (after their positional arguments).
void add_build_options(CLI::App* sub, BuildOptions& o) {
  sub->add_option("articles", o.in.paths, "Articles: files, directories (recursive, sorted), - for stdin");
  sub->add_option("--input-format", o.in.format, "Input format (default: by file extension; stdin is text)")
      ->check(CLI::IsMember({"auto", "txt", "md", "html", "json", "jsonl"}));
  sub->add_option("--id-field", o.in.fields.id, "JSON field(s) for the document id");
  sub->add_option("--text-field", o.in.fields.text, "JSON field(s) for the article text");
  sub->add_option("--title-field", o.in.fields.title, "JSON field(s) for the title");
  sub->add_option("--date-field", o.in.fields.date, "JSON field(s) for the publication date");
  sub->add_option("--url-field", o.in.fields.url, "JSON field(s) for the URL");
  sub->add_option("--extractors", o.extractors, "Extractors: all, or a comma list of clauses,appositions,nouns,relations");
  sub->add_option("--relation-map", o.relation_map,
                  "Lines 'lemma<TAB>CLASS' that set the relation class of those lemmas (docs/relation-schema.md)");
  sub->add_option("--aliases", o.aliases,
                  "Merge overrides: lines 'NAME = NAME', 'NAME : TYPE', 'NAME != NAME' (docs/curation.md)");
  sub->add_option("--ingested", o.ingested,
                  "Record this ingestion date (YYYY-MM-DD, or 'today') on every article read (docs/curation.md)");
  sub->add_option("--threads", o.threads, "Worker threads (default: all cores); output is the same for any count");
  sub->add_option("--from-triples", o.triples, "Triples JSON Lines file(s) (docs/graph-format.md); - = stdin")
      ->expected(1, -1);
  sub->add_option("--formats", o.formats,
                  "Exports to write too: comma list of graphml,gexf,ttl,nt,nq,neo4j,cypher,json, or all");
  sub->add_option("--compress", o.compress,
                  "gz: write the RDF (ttl, nt, nq) and Neo4j CSV exports gzip-compressed (.gz), as their clients read them")
      ->check(CLI::IsMember({"none", "gz"}))
      ->capture_default_str();
  add_export_options(sub, o.export_options, o.mode);
}

}  // namespace

void register_build(CLI::App& app, GlobalOptions& glob, Action& action) {
  auto opts = std::make_shared<BuildOptions>();
  auto* sub = app.add_subcommand("build", "Build a knowledge graph from articles");
  sub->add_option("-o,--output", opts->out_dir, "Output folder: graph.kgl plus the exports")->required();
  add_build_options(sub, *opts);
  sub->callback([&action, &glob, opts] { action = [opts, &glob] { return run_build(glob, *opts); }; });

  auto add_opts = std::make_shared<BuildOptions>();
  auto* add = app.add_subcommand(
      "add", "Add articles to a graph in place: the same bytes as building it again with them (docs/curation.md)");
  add->add_option("graph", add_opts->grow, "The graph: a folder written by kg build (its exports are written again) "
                                           "or a .kgl file")
      ->required();
  add_build_options(add, *add_opts);
  add->callback([&action, &glob, add_opts] { action = [add_opts, &glob] { return run_build(glob, *add_opts); }; });
}

}  // namespace kg::cli
