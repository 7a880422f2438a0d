#include "cli/graph_files.h"

#include <algorithm>
#include <ctime>
#include <optional>
#include <filesystem>
#include <fstream>

#include "cli/inputs.h"
#include "graph/normalize.h"
#include "graph/overrides.h"
#include "graph/store.h"

namespace kg::cli {

namespace fs = std::filesystem;

std::string graph_file_path(const std::string& arg) {
  std::error_code ec;
  if (fs::is_directory(arg, ec)) return (fs::path(arg) / graph::kGraphFileName).string();
  return arg;
}

Status load_graphs(const std::vector<std::string>& args, graph::KnowledgeGraph& g) {
  for (const auto& a : args) {
    const std::string path = graph_file_path(a);
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::not_found("cannot open graph file " + path);
    std::vector<char> buf(1 << 20);
    in.rdbuf()->pubsetbuf(buf.data(), static_cast<std::streamsize>(buf.size()));
    if (Status st = graph::read_graph(in, path, g); !st) return st;
  }
  return Status::ok();
}

Status write_outputs(graph::KnowledgeGraph& g, const std::string& out, const std::vector<exporters::Format>& formats,
                     bool gzip, const exporters::ExportOptions& o, StagedOutputs* staged) {
  std::vector<std::string> names{graph::kGraphFileName};
  for (auto f : formats) names.push_back(export_file_name(f, gzip));
  auto target = [&](const std::string& name) {
    return staged ? staged->path(name) : (fs::path(out) / name).string();
  };
  if (Status st = save_graph(g, staged ? staged->path(graph::kGraphFileName) : out); !st) return st;
  for (auto f : formats) {
    if (Status st = write_export(g, f, target(export_file_name(f, gzip)), o, gzip); !st) return st;
  }
  return staged ? staged->commit(names) : Status::ok();
}

std::vector<exporters::Format> exports_in_folder(const std::string& dir, bool& gzip) {
  std::vector<exporters::Format> found;
  gzip = false;
  for (auto f : exporters::all_formats()) {
    std::error_code ec;
    const bool gz = compressible(f) && f != exporters::Format::kNeo4jCsv &&
                    fs::exists(fs::path(dir) / export_file_name(f, true), ec);
    const bool neo4j_gz = f == exporters::Format::kNeo4jCsv && fs::exists(fs::path(dir) / "neo4j" / "entities.csv.gz", ec);
    if (gz || neo4j_gz || fs::exists(fs::path(dir) / export_file_name(f, false), ec)) found.push_back(f);
    if (gz || neo4j_gz) gzip = true;
  }
  return found;
}

Result<graph::Overrides> load_aliases(const std::string& path) {
  if (path.empty()) return graph::Overrides();
  return graph::Overrides::load(path);
}

Status rebuild_graph(graph::KnowledgeGraph& g, const std::vector<bool>& drop, const graph::Overrides& overrides,
                     graph::RebuildReport& report) {
  const bool drops = std::find(drop.begin(), drop.end(), true) != drop.end();
  if (!drops && overrides.empty()) return Status::ok();
  g.canonicalize();
  auto h = graph::rebuild(g, drop, &overrides, report);
  if (!h) return h.status();
  g = std::move(h).value();
  return Status::ok();
}

Result<std::string> ingestion_date(const std::string& arg) {
  if (arg == "today") {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &utc);
    return std::string(buf);
  }
  if (!graph::is_iso_date(arg)) return Status::invalid_argument("--ingested wants a date YYYY-MM-DD or 'today', got '" + arg + "'");
  return arg;
}

Status save_graph(graph::KnowledgeGraph& g, const std::string& path_or_dir) {
  std::string path = path_or_dir;
  if (fs::path(path).extension() != ".kgl") path = (fs::path(path) / graph::kGraphFileName).string();
  auto out = OutputFile::open(path);
  if (!out) return out.status();
  if (Status st = graph::write_graph(g, (*out)->stream()); !st) return st;
  return (*out)->commit();
}

bool compressible(exporters::Format f) {
  using exporters::Format;
  return f == Format::kTurtle || f == Format::kNTriples || f == Format::kNQuads || f == Format::kNeo4jCsv;
}

std::string export_file_name(exporters::Format f, bool gzip) {
  std::string n = exporters::default_file_name(f);
  if (gzip && compressible(f) && f != exporters::Format::kNeo4jCsv) n += ".gz";
  return n;
}

Status write_export(const graph::KnowledgeGraph& g, exporters::Format f, const std::string& path,
                    const exporters::ExportOptions& o, bool gzip) {
  using exporters::Format;
  gzip = gzip && compressible(f) && path != "-";
  if (f == Format::kNeo4jCsv) {
    if (path == "-") return Status::invalid_argument("the Neo4j CSV export is a folder: give -o DIR");
    std::unique_ptr<OutputFile> files[4];
    for (int i = 0; i < 4; ++i) {
      auto r = OutputFile::open((fs::path(path) / exporters::kNeo4jFiles[i]).string() + (gzip ? ".gz" : ""), gzip);
      if (!r) return r.status();
      files[i] = std::move(r.value());
    }
    const exporters::Neo4jCsvStreams s{files[0]->stream(), files[1]->stream(), files[2]->stream(),
                                       files[3]->stream()};
    if (Status st = exporters::write_neo4j_csv(g, s, o); !st) return st;
    for (auto& file : files)
      if (Status st = file->commit(); !st) return st;
    return Status::ok();
  }
  auto out = OutputFile::open(path, gzip);
  if (!out) return out.status();
  std::ostream& os = (*out)->stream();
  Status st;
  switch (f) {
    case Format::kGraphml: st = exporters::write_graphml(g, os, o); break;
    case Format::kGexf: st = exporters::write_gexf(g, os, o); break;
    case Format::kTurtle: st = exporters::write_rdf(g, os, exporters::RdfSyntax::kTurtle, o); break;
    case Format::kNTriples: st = exporters::write_rdf(g, os, exporters::RdfSyntax::kNTriples, o); break;
    case Format::kNQuads: st = exporters::write_rdf(g, os, exporters::RdfSyntax::kNQuads, o); break;
    case Format::kCypher: st = exporters::write_cypher(g, os, o); break;
    case Format::kJson: st = exporters::write_json(g, os, o); break;
    case Format::kNeo4jCsv: break;
  }
  if (!st) return st;
  return (*out)->commit();
}

void add_export_options(CLI::App* sub, exporters::ExportOptions& o, std::string& mode) {
  sub->add_option("--min-confidence", o.min_confidence, "Drop evidence below this confidence (0..1)");
  sub->add_option("--min-weight", o.min_weight, "Drop edges with fewer pieces of evidence");
  sub->add_option("--types", o.types, "Node types to keep (Person,Organization,...)")->delimiter(',');
  sub->add_option("--relations", o.relations, "Relation types to keep (MEET,SUPPORT,...)")->delimiter(',');
  sub->add_option("--mode", mode,
                  "entities: entity-entity edges only (default for graphml, gexf); all: concept nodes too");
  sub->add_option("--base-iri", o.base_iri, "RDF: base of every IRI")->capture_default_str();
  sub->add_flag("--documents", o.documents, "GraphML/GEXF/JSON: add Article nodes and MENTIONED_IN edges");
  sub->add_flag_function(
      "--co-mentions,!--no-co-mentions", [&o](std::int64_t n) { o.co_mentions = n > 0; },
                "GraphML/GEXF/JSON/view: CO_MENTIONED edges between entities named in one sentence "
                "(default: on, except with --mode all)");
  sub->add_flag("--unasserted", o.unasserted,
                "Keep statements the text does not assert (negated, hypothetical, planned, alleged), "
                "marked; they never count in an edge's weight");
}

Status finish_export_options(exporters::ExportOptions& o, const std::string& mode) {
  if (mode.empty()) o.mode = exporters::Mode::kDefault;
  else if (mode == "entities") o.mode = exporters::Mode::kEntities;
  else if (mode == "all") o.mode = exporters::Mode::kAll;
  else return Status::invalid_argument("--mode must be entities or all");
  return exporters::validate(o);
}

Result<std::vector<exporters::Format>> parse_format_list(const std::string& list) {
  std::vector<exporters::Format> out;
  if (list == "all") return exporters::all_formats();
  std::size_t p = 0;
  while (p <= list.size()) {
    std::size_t q = list.find(',', p);
    if (q == std::string::npos) q = list.size();
    const std::string name = list.substr(p, q - p);
    if (!name.empty()) {
      auto f = exporters::parse_format(name);
      if (!f) return f.status();
      out.push_back(*f);
    }
    p = q + 1;
  }
  return out;
}

}  // namespace kg::cli
