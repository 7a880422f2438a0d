// kg eval parse: score the tagger, lemmatizer and parser on a gold CoNLL-U file, using its
// gold tokenization (CoNLL 2018 definitions, see extract/train/evaluate.h).
#include <chrono>
#include <cstdio>
#include <fstream>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/models.h"
#include "extract/train/evaluate.h"
#include "extract/train/treebank.h"

namespace kg::cli {
namespace {

struct EvalOptions {
  std::string what;
  std::vector<std::string> gold;
};

int run_eval(const EvalOptions& o, const GlobalOptions& g) {
  auto models = load_nlp_models(g, /*required=*/false);
  if (!models) return fatal(models.status());
  if (!models->tagger) return fatal(Status::not_found("no tagger model in " + models_dir(g)));
  if (!models->parser) spdlog::warn("no parser model in {}: UAS and LAS will be 0", models_dir(g));
  const extract::Tagger tagger(models->tagger);
  std::vector<extract::Document> docs;
  extract::train::TreebankOptions to;
  to.skip_nc_gum = false;
  extract::train::TreebankStats st;
  if (Status s = extract::train::load_treebanks(o.gold, to, docs, st); !s.is_ok()) return fatal(s);
  extract::train::ParseScores sc;
  double secs = 0;
  for (const auto& gold : docs) {
    extract::Document pred = extract::train::strip_annotation(gold);
    const auto t0 = std::chrono::steady_clock::now();
    if (Status s = tagger.process(pred); !s.is_ok()) return fatal(s);
    if (models->parser) {
      if (Status s = extract::Parser(models->parser).process(pred); !s.is_ok()) return fatal(s);
    }
    secs += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (Status s = extract::train::score_document(gold, pred, sc); !s.is_ok()) return fatal(s);
  }
  std::printf("words  %zu\nUPOS   %.2f\nXPOS   %.2f\nLemma  %.2f\nUAS    %.2f\nLAS    %.2f\n", sc.words,
              sc.upos_pct(), sc.xpos_pct(), sc.lemma_pct(), sc.uas_pct(), sc.las_pct());
  spdlog::info("{} sentence(s) in {:.2f} s ({:.0f} words/s)", st.sentences, secs,
               secs > 0 ? static_cast<double>(sc.words) / secs : 0.0);
  return kExitOk;
}

}  // namespace

void add_eval_parse(CLI::App* eval, GlobalOptions& g, Action& action) {
  auto* sub = eval->add_subcommand("parse", "UPOS, XPOS, lemma accuracy, UAS and LAS on gold CoNLL-U (gold tokenization)");
  auto o = std::make_shared<EvalOptions>();
  o->what = "parse";
  sub->add_option("--gold", o->gold, "Gold CoNLL-U file(s)")->required();
  sub->callback([o, &g, &action] { action = [o, &g] { return run_eval(*o, g); }; });
}

}  // namespace kg::cli
