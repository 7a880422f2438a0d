// kg remove: take articles out of a graph in place; kg documents: what a graph holds.
// (kg add is kg build growing a graph: build.cpp.) docs/curation.md.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/graph_files.h"
#include "cli/report.h"
#include "graph/rebuild.h"

namespace kg::cli {

namespace {

struct RemoveCmd {
  std::string graph;
  std::vector<std::string> documents;
  std::string documents_file;
  std::string formats;
  std::string compress;
  std::string mode;
  exporters::ExportOptions export_options;
};

// The ids of --documents-file: one per line; blank lines and '#' comments skipped.
Status read_id_file(const std::string& path, std::vector<std::string>& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found("cannot open the documents file " + path);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
    const auto start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    out.push_back(line.substr(start));
  }
  return in.bad() ? Status::io_error("cannot read " + path) : Status::ok();
}

// Marks the documents named (by id, or by the path kg shows) in `drop`; an unknown name is
// an error naming it, before anything is written.
Status mark_documents(const graph::KnowledgeGraph& g, const std::vector<std::string>& names, std::vector<bool>& drop) {
  drop.assign(g.documents().size(), false);
  std::map<std::string, std::uint32_t> by_path;
  for (std::uint32_t d = 0; d < g.documents().size(); ++d)
    if (!g.documents()[d].path.empty()) by_path.emplace(g.documents()[d].path, d);
  std::string unknown;
  for (const std::string& n : names) {
    std::uint32_t d = g.find_document(n);
    if (d == graph::kNoDocument) {
      const auto it = by_path.find(n);
      if (it != by_path.end()) d = it->second;
    }
    if (d == graph::kNoDocument) {
      unknown += unknown.empty() ? n : ", " + n;
      continue;
    }
    drop[d] = true;
  }
  if (!unknown.empty()) return Status::not_found("no such document in the graph: " + unknown + " (see kg documents)");
  return Status::ok();
}

int run_remove(RemoveCmd& c) {
  if (!c.documents_file.empty()) {
    if (Status st = read_id_file(c.documents_file, c.documents); !st) {
      spdlog::error("kg remove: {}", st.message());
      return kExitUsage;
    }
  }
  if (c.documents.empty()) {
    spdlog::error("kg remove: name the documents to remove (--document ID, --documents-file FILE)");
    return kExitUsage;
  }
  if (Status st = finish_export_options(c.export_options, c.mode); !st) {
    spdlog::error("kg remove: {}", st.message());
    return kExitUsage;
  }
  graph::KnowledgeGraph g;
  if (Status st = load_graphs({c.graph}, g); !st) return fatal(st);
  std::vector<bool> drop;
  if (Status st = mark_documents(g, c.documents, drop); !st) {
    spdlog::error("kg remove: {}", st.message());
    return kExitUsage;
  }
  std::error_code ec;
  const bool folder = std::filesystem::is_directory(c.graph, ec);
  bool gzip = c.compress == "gz";
  std::vector<exporters::Format> formats;
  if (!c.formats.empty()) {
    auto f = parse_format_list(c.formats);
    if (!f) {
      spdlog::error("kg remove: {}", f.status().message());
      return kExitUsage;
    }
    formats = std::move(f).value();
  } else if (folder) {
    formats = exports_in_folder(c.graph, gzip);
  }
  graph::RebuildReport report;
  if (Status st = rebuild_graph(g, drop, graph::Overrides(), report); !st) return fatal(st);
  std::optional<StagedOutputs> staged;
  if (folder) {
    std::vector<std::string> notes;
    auto s = StagedOutputs::begin(c.graph, notes);
    for (const std::string& n : notes) spdlog::warn("kg remove: {}", n);
    if (!s) return fatal(s.status());
    staged.emplace(std::move(s).value());
  }
  if (Status st = write_outputs(g, c.graph, formats, gzip, c.export_options, staged ? &*staged : nullptr); !st)
    return fatal(st);
  spdlog::info("kg remove: {} document(s) removed; graph: {} nodes, {} edges, {} documents -> {}",
               report.documents_removed, g.num_vertices(), g.num_edges(), g.documents().size(), c.graph);
  return kExitOk;
}

struct DocumentsCmd {
  std::string graph;
  std::string format;
};

int run_documents(DocumentsCmd& c) {
  auto format = output_format(c.format);
  if (!format) {
    spdlog::error("{}", format.status().message());
    return kExitUsage;
  }
  graph::KnowledgeGraph g;
  if (Status st = load_graphs({c.graph}, g); !st) return fatal(st);
  std::vector<std::uint64_t> entities(g.documents().size()), statements(g.documents().size());
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph()))) {
    if (!g.entity(v).is_entity()) continue;
    for (auto d : g.entity(v).documents) ++entities[d];
  }
  for (auto e : boost::make_iterator_range(boost::edges(g.graph())))
    for (const auto& ev : g.edge(e).evidence)
      if (ev.document != graph::kNoDocument) ++statements[ev.document];
  Table t{"documents", "documents",
          {"document", "path", "date", "ingested", "title", "url", "entities", "statements"}, {}};
  for (auto d : g.sorted_documents()) {
    const auto& doc = g.documents()[d];
    t.add({{doc.id}, {doc.path}, {doc.date}, {doc.ingested}, {doc.title}, {doc.url}, num(entities[d]),
           num(statements[d])});
  }
  print_tables(std::cout, {t}, *format);
  return kExitOk;
}

}  // namespace

void register_curate(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto c = std::make_shared<RemoveCmd>();
  auto* sub = app.add_subcommand(
      "remove", "Remove articles from a graph in place: the same bytes as building it without them (docs/curation.md)");
  sub->add_option("graph", c->graph, "The graph: a folder written by kg build (its exports are written again) or a .kgl file")
      ->required();
  sub->add_option("--document", c->documents, "A document to remove: its id or its path as kg documents shows")
      ->expected(1, -1);
  sub->add_option("--documents-file", c->documents_file, "A file of document ids or paths, one per line");
  sub->add_option("--formats", c->formats, "Exports to write (default: those the folder holds)");
  sub->add_option("--compress", c->compress, "gz: compressed RDF and Neo4j CSV exports (default: as the folder holds)")
      ->check(CLI::IsMember({"none", "gz"}));
  add_export_options(sub, c->export_options, c->mode);
  sub->callback([&action, c] { action = [c] { return run_remove(*c); }; });

  auto d = std::make_shared<DocumentsCmd>();
  auto* docs = app.add_subcommand("documents", "List the articles a graph holds (id, path, dates, counts)");
  docs->alias("list-documents");
  docs->add_option("graph", d->graph, "A graph file or a folder written by kg build")->required();
  add_format_option(docs, d->format);
  docs->callback([&action, d] { action = [d] { return run_documents(*d); }; });
}

}  // namespace kg::cli
