// kg extract: articles -> subject-relation-object triples, as triples JSON Lines (the
// input of `kg build --from-triples`) or as CaRB Open IE predictions (one sentence per
// input line).
#include <fstream>
#include <iostream>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "extract/triples/relation_schema.h"
#include "cli/inputs.h"
#include "cli/interrupt.h"
#include "cli/models.h"
#include "cli/parallel.h"
#include "cli/progress.h"
#include "extract/ner/temporal.h"
#include "extract/pipeline.h"
#include "extract/read/reader.h"
#include "graph/triples_io.h"

namespace kg::cli {
namespace {

struct ExtractOptions {
  InputOptions in;
  std::string format = "jsonl";
  std::string extractors = "all";
  std::string output = "-";
  unsigned threads = 0;  // 0 = all cores
  std::string relation_map;  // --relation-map FILE
  extract::triples::RelationMap relations;  // loaded from it
};

struct Extracted {
  std::string jsonl;  // the document's triples, one JSON object per line
  std::size_t triples = 0, tokens = 0;
};

Result<extract::Pipeline> make_pipeline(const GlobalOptions& g, const ExtractOptions& o) {
  return load_pipeline(g, o.extractors, /*one_sentence_per_document=*/o.format == "carb");
}

// CaRB: every non-blank line of every input is one document holding one sentence.
Status run_carb(const extract::Pipeline& p, const ExtractOptions& o, std::ostream& out, std::size_t& n) {
  std::vector<std::string> paths = o.in.paths.empty() ? std::vector<std::string>{"-"} : o.in.paths;
  for (const std::string& path : paths) {
    std::ifstream file;
    if (path != "-") {
      file.open(path);
      if (!file) return Status::io_error("cannot open " + path);
    }
    std::istream& in = path == "-" ? std::cin : file;
    std::string line;
    std::size_t lineno = 0;
    extract::ReadReport report;
    std::vector<extract::triples::OpenExtraction> found;
    while (std::getline(in, line)) {
      if (interrupted()) return interrupted_status();
      ++lineno;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      extract::Document doc = extract::make_document(path + ":" + std::to_string(lineno), path, line,
                                                     /*keep_boilerplate=*/true, report);
      found.clear();
      if (Status s = p.run_open(doc, found); !s.is_ok()) return s;
      for (const auto& e : found) {
        if (!e.for_openie) continue;
        out << extract::triples::carb_line(line, e) << '\n';
        ++n;
      }
    }
  }
  return Status::ok();
}

// JSON Lines: documents on worker threads, each document's triples written (and flushed)
// in input order, so that the output is a stream identical for any thread count.
Status run_jsonl(const extract::Pipeline& p, const ExtractOptions& o, std::ostream& out, extract::ReadReport& report,
                 Progress& progress, std::size_t& n) {
  auto job = [&p, &o](extract::Document& doc) -> Result<Extracted> {
    std::vector<graph::Triple> triples;
    std::vector<graph::EntityRecord> entities;
    if (Status s = p.run(doc, triples, &entities); !s.is_ok()) return s;
    for (graph::Triple& t : triples) o.relations.apply(t);
    Extracted e;
    // The document's entities first (each becomes a node in kg build --from-triples), then
    // its triples.
    for (const graph::EntityRecord& r : entities) graph::append_entity_json(e.jsonl, r);
    for (const graph::Triple& t : triples) graph::append_triple_json(e.jsonl, t);
    e.triples = triples.size();
    e.tokens = doc.tokens.size();
    return e;
  };
  auto consume = [&](Extracted&& e) -> Status {
    out.write(e.jsonl.data(), static_cast<std::streamsize>(e.jsonl.size()));
    out.flush();
    if (!out) return Status::io_error("cannot write the output");
    n += e.triples;
    progress.add(e.tokens, report.bytes);
    return Status::ok();
  };
  OrderedWorkers<extract::Document, Extracted> workers(thread_count(o.threads), job, consume);
  DuplicateFilter duplicates;  // as kg build: the same article twice gives its triples once
  Status read = read_all(o.in, duplicates, [&](extract::Document&& d) { return workers.push(std::move(d)); }, report);
  if (read.is_ok()) read = workers.finish();
  progress.clear_line();
  return read;
}

int run_extract(const GlobalOptions& g, ExtractOptions& o) {
  if (Status st = check_inputs_exist(o.in.paths); !st) {
    spdlog::error("kg extract: {}", st.message());
    return kExitUsage;
  }
  if (!o.relation_map.empty()) {
    auto m = extract::triples::RelationMap::load(o.relation_map);
    if (!m) {
      spdlog::error("{}", m.status().message());
      return kExitUsage;
    }
    o.relations = std::move(m).value();
  }
  auto pipeline = make_pipeline(g, o);
  if (!pipeline) return fatal(pipeline.status());
  auto out = OutputFile::open(o.output);
  if (!out) return fatal(out.status());
  std::size_t n = 0;
  extract::ReadReport report;
  if (o.format == "carb") {
    if (Status s = run_carb(*pipeline, o, (*out)->stream(), n); !s.is_ok()) return fatal(s);
  } else {
    Progress progress(g, "extract", "documents", input_size(o.in.paths));
    if (Status s = run_jsonl(*pipeline, o, (*out)->stream(), report, progress, n); !s.is_ok()) return fatal(s);
    log_read_report(report);
    progress.finish(fmt::format("{} triples", n));
  }
  if (Status s = (*out)->commit(); !s.is_ok()) return fatal(s);
  spdlog::info("wrote {} extraction(s) to {}", n, o.output == "-" ? "stdout" : o.output);
  return report.rejected ? kExitRejected : kExitOk;
}

}  // namespace

void register_extract(CLI::App& app, GlobalOptions& g, Action& action) {
  auto* sub = app.add_subcommand("extract", "Extract subject-relation-object triples from articles");
  auto opts = std::make_shared<ExtractOptions>();
  add_input_options(sub, opts->in, /*allow_conllu=*/true);
  sub->add_option("--format", opts->format,
                  "jsonl: triples JSON Lines (kg build --from-triples); carb: CaRB predictions, one sentence per "
                  "input line")
      ->check(CLI::IsMember({"jsonl", "carb"}));
  sub->add_option("--extractors", opts->extractors, "Comma-separated: clauses,appositions,nouns,relations (default: all)");
  sub->add_option("--relation-map", opts->relation_map,
                  "Lines 'lemma<TAB>CLASS' that set the relation class of those lemmas (docs/relation-schema.md)");
  sub->add_option("-o,--output", opts->output, "Output file (default: stdout)");
  sub->add_option("--threads", opts->threads,
                  "Worker threads for jsonl (default: all cores); output is the same for any count");
  sub->callback([opts, &g, &action] { action = [opts, &g] { return run_extract(g, *opts); }; });
}

}  // namespace kg::cli
