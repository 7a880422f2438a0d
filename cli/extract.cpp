// kg extract: articles -> subject-relation-object triples, as triples JSON Lines (the
// input of `kg build --from-triples`) or as CaRB Open IE predictions (one sentence per
// input line).
#include <fstream>
#include <iostream>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/models.h"
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

int run_extract(const GlobalOptions& g, const ExtractOptions& o) {
  auto pipeline = make_pipeline(g, o);
  if (!pipeline) return fatal(pipeline.status());
  auto out = OutputFile::open(o.output);
  if (!out) return fatal(out.status());
  std::size_t n = 0;
  extract::ReadReport report;
  if (o.format == "carb") {
    if (Status s = run_carb(*pipeline, o, (*out)->stream(), n); !s.is_ok()) return fatal(s);
  } else {
    std::vector<graph::Triple> triples;
    std::string buf;
    auto sink = [&](extract::Document&& doc) -> Status {
      triples.clear();
      if (Status s = pipeline->run(doc, triples); !s.is_ok()) return s;
      buf.clear();
      for (const graph::Triple& t : triples) graph::append_triple_json(buf, t);
      (*out)->stream() << buf;
      (*out)->stream().flush();
      n += triples.size();
      return Status::ok();
    };
    if (Status s = read_all(o.in, sink, report); !s.is_ok()) return fatal(s);
    log_read_report(report);
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
  sub->add_option("--extractors", opts->extractors, "Comma-separated: clauses,appositions,nouns (default: all)");
  sub->add_option("-o,--output", opts->output, "Output file (default: stdout)");
  sub->callback([opts, &g, &action] { action = [opts, &g] { return run_extract(g, *opts); }; });
}

}  // namespace kg::cli
