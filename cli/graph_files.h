// CLI plumbing for graph files and exports shared by build, export and merge.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "export/exporters.h"
#include "cli/staged_outputs.h"
#include "graph/knowledge_graph.h"
#include "graph/overrides.h"
#include "graph/rebuild.h"
#include "graph/status.h"

namespace kg::cli {

// A graph argument is a graph file or a folder holding graph.kgl.
std::string graph_file_path(const std::string& arg);

// Reads (merges) every graph file into g.
Status load_graphs(const std::vector<std::string>& args, graph::KnowledgeGraph& g);

// Writes g to PATH (a .kgl file) or to DIR/graph.kgl, atomically.
Status save_graph(graph::KnowledgeGraph& g, const std::string& path_or_dir);

// Whether --compress gz applies to a format: the exports that grow with the evidence (RDF:
// Turtle, N-Triples, N-Quads; the Neo4j CSV files), which their clients read compressed.
bool compressible(exporters::Format f);
// The export's file name in an output folder: default_file_name(), plus ".gz" when gzip
// applies (the Neo4j CSV folder keeps its name; its files get ".csv.gz").
std::string export_file_name(exporters::Format f, bool gzip);

// Writes one export. Neo4j CSV: `path` is a folder (created); other formats: a file or "-".
// With `gzip` (compressible formats only) the file is gzip-compressed, byte-identical for
// the same graph.
Status write_export(const graph::KnowledgeGraph& g, exporters::Format f, const std::string& path,
                    const exporters::ExportOptions& o, bool gzip = false);

// Filter options (--min-confidence, --min-weight, --types, --relations, --mode,
// --base-iri, --documents, --no-co-mentions, --unasserted) stored in `o`; `mode` receives the --mode text.
void add_export_options(CLI::App* sub, exporters::ExportOptions& o, std::string& mode);
// Applies `mode` to o; error on an unknown value.
Status finish_export_options(exporters::ExportOptions& o, const std::string& mode);

// graph.kgl and the exports: into the staging folder, then moved into the output folder
// together (without `staged`: the graph file `out` alone, then the exports beside it).
Status write_outputs(graph::KnowledgeGraph& g, const std::string& out, const std::vector<exporters::Format>& formats,
                     bool gzip, const exporters::ExportOptions& o, StagedOutputs* staged);

// The exports a build folder holds (kg add and kg remove write them again); `gzip` is set
// when they are gzip-compressed (--compress gz).
std::vector<exporters::Format> exports_in_folder(const std::string& dir, bool& gzip);

// --aliases FILE, read before any work so that a malformed file stops the run; an empty
// path: no overrides (an empty Overrides).
Result<graph::Overrides> load_aliases(const std::string& path);

// The graph after merge overrides and without the documents marked in `drop`
// (graph/rebuild.h). Nothing to do: ok, `g` untouched.
Status rebuild_graph(graph::KnowledgeGraph& g, const std::vector<bool>& drop, const graph::Overrides& overrides,
                     graph::RebuildReport& report);

// --ingested: an ISO date "YYYY-MM-DD", or "today" (the UTC date of the run).
Result<std::string> ingestion_date(const std::string& arg);

// "graphml,gexf" -> formats; "all" -> every format.
Result<std::vector<exporters::Format>> parse_format_list(const std::string& list);

}  // namespace kg::cli
