// kg parse: articles → sentences and tokens (and, as the NLP stages land, tags, lemmas,
// trees) as CoNLL-U.
#include <sstream>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/models.h"
#include "cli/parallel.h"
#include "cli/progress.h"
#include "extract/conllu.h"
#include "extract/coref/entities.h"
#include "extract/doc_json.h"
#include "extract/iob2.h"
#include "extract/ner/temporal.h"
#include "extract/tokenize/tokenizer.h"

namespace kg::cli {
namespace {

struct ParseOptions {
  InputOptions in;
  std::string format = "conllu";
  std::string output = "-";
  unsigned threads = 0;  // 0 = all cores
};

struct Parsed {
  std::string text;  // the document in the output format
  std::size_t sentences = 0, tokens = 0;
};

int run_parse(const GlobalOptions& g, const ParseOptions& o) {
  if (Status st = check_inputs_exist(o.in.paths); !st) {
    spdlog::error("kg parse: {}", st.message());
    return kExitUsage;
  }
  auto tok = load_tokenizer(g);
  if (!tok) return fatal(tok.status());
  const extract::Tokenizer& tokenizer = **tok;
  auto models = load_nlp_models(g, /*required=*/false);
  if (!models) return fatal(models.status());
  if (!models->tagger || !models->parser) {
    spdlog::warn("no {} in {}: writing only the columns that can be filled", !models->tagger ? "tagger" : "parser",
                 models_dir(g));
  }
  std::unique_ptr<extract::Tagger> tagger_stage;
  std::unique_ptr<extract::Parser> parser_stage;
  if (models->tagger) tagger_stage = std::make_unique<extract::Tagger>(models->tagger);
  if (models->tagger && models->parser) parser_stage = std::make_unique<extract::Parser>(models->parser);
  auto ner_model = load_ner(g);
  if (!ner_model) return fatal(ner_model.status());
  std::unique_ptr<extract::NerStage> ner;
  if (*ner_model) ner = std::make_unique<extract::NerStage>(*ner_model);
  auto out = OutputFile::open(o.output);
  if (!out) return fatal(out.status());
  std::size_t sentences = 0, tokens = 0;
  extract::ReadReport report;
  // Runs on worker threads: the stages are const and share only immutable models.
  auto job = [&](extract::Document& doc) -> Result<Parsed> {
    if (!(doc.layers & extract::kLayerTokens)) {
      if (Status s = tokenizer.process(doc); !s.is_ok()) return s;
    }
    if (tagger_stage) {
      if (Status s = tagger_stage->process(doc); !s.is_ok()) return s;
    }
    if (parser_stage) {
      if (Status s = parser_stage->process(doc); !s.is_ok()) return s;
    }
    if (ner) {
      if (Status s = ner->process(doc); !s.is_ok()) return s;
    }
    if (o.format == "json") {
      if (Status s = extract::TemporalStage().process(doc); !s.is_ok()) return s;
      if (Status s = extract::EntityStage().process(doc); !s.is_ok()) return s;
    }
    std::ostringstream os;
    if (o.format == "iob2") extract::write_iob2(doc, os);
    else if (o.format == "json") extract::write_document_json(doc, os);
    else extract::write_conllu(doc, os);
    return Parsed{std::move(os).str(), doc.sentences.size(), doc.tokens.size()};
  };
  Progress progress(g, "parse", "documents", input_size(o.in.paths));
  auto consume = [&](Parsed&& p) -> Status {
    sentences += p.sentences;
    tokens += p.tokens;
    (*out)->stream().write(p.text.data(), static_cast<std::streamsize>(p.text.size()));
    progress.add(p.tokens, report.bytes);
    return Status::ok();
  };
  OrderedWorkers<extract::Document, Parsed> workers(thread_count(o.threads), job, consume);
  Status read = read_all(o.in, [&](extract::Document&& d) { return workers.push(std::move(d)); }, report);
  if (read.is_ok()) read = workers.finish();  // on an error the workers are abandoned
  progress.clear_line();
  if (!read.is_ok()) return fatal(read);
  if (Status s = (*out)->commit(); !s.is_ok()) return fatal(s);
  log_read_report(report);
  spdlog::info("wrote {} sentence(s), {} word(s) to {}", sentences, tokens, o.output == "-" ? "stdout" : o.output);
  progress.finish(fmt::format("{} sentences", sentences));
  return report.rejected ? kExitRejected : kExitOk;
}

}  // namespace

void register_parse(CLI::App& app, GlobalOptions& g, Action& action) {
  auto* sub = app.add_subcommand("parse", "Tokenize, tag, lemmatize and parse articles and write CoNLL-U");
  auto opts = std::make_shared<ParseOptions>();
  add_input_options(sub, opts->in, /*allow_conllu=*/true);
  sub->add_option("--format", opts->format, "Output format")->check(CLI::IsMember({"conllu", "iob2", "json"}));
  sub->add_option("-o,--output", opts->output, "Output file (default: stdout)");
  sub->add_option("--threads", opts->threads, "Worker threads (default: all cores); output is the same for any count");
  sub->callback([opts, &g, &action] { action = [opts, &g] { return run_parse(g, *opts); }; });
}

}  // namespace kg::cli
