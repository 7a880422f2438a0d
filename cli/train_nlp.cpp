// kg train tagger|parser: train the tagger (with its lemmatizer) or the dependency parser.
#include <chrono>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "extract/parse/parser.h"
#include "extract/tag/tagger.h"
#include "extract/train/jackknife.h"
#include "extract/train/parser_trainer.h"
#include "extract/train/tagger_trainer.h"
#include "extract/train/treebank.h"

namespace kg::cli {
namespace {

struct TrainOptions {
  std::string kind;
  std::vector<std::string> train;
  std::vector<std::string> dev;
  std::string output;
  std::string tagger;  // parser: tag train/dev with this model instead of using gold tags
  bool keep_nc = false;
  int jackknife = 0;        // parser: tag the training data with K taggers, each trained without its fold
  int jackknife_epochs = 6;
  std::uint32_t dict_min_count = 0;  // tagger: 0 = trainer default
  double dict_min_share = 0;
  int epochs = 0;      // 0 = the trainer's default
  std::uint32_t bits = 0;
  std::uint64_t seed = 1;
  std::string wordnet = "/usr/share/wordnet";
};

Status load(const std::vector<std::string>& paths, bool keep_nc, std::vector<extract::Document>& out,
            const char* what) {
  extract::train::TreebankOptions to;
  to.skip_nc_gum = !keep_nc;
  extract::train::TreebankStats st;
  if (Status s = extract::train::load_treebanks(paths, to, out, st); !s.is_ok()) return s;
  spdlog::info("{}: {} document(s), {} sentence(s), {} word(s); {} non-commercial GUM document(s) left out", what,
               st.documents, st.sentences, st.words, st.skipped_documents);
  return Status::ok();
}

Status write_model(const std::string& path, const std::string& bytes) {
  auto out = OutputFile::open(path);
  if (!out) return out.status();
  (*out)->stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return (*out)->commit();
}

// Replaces the tags of every token with the tagger's predictions (heads kept).
Status retag(const extract::TaggerModel& model, std::vector<extract::Document>& docs) {
  std::vector<std::uint8_t> classes;
  for (auto& d : docs) {
    for (const auto& s : d.sentences) {
      model.assign_tags(d, s.first_token, s.end_token, classes);
    }
  }
  return Status::ok();
}

// Jackknifing: document i belongs to fold i mod K; each fold is tagged by a tagger trained
// on the other folds, so the parser learns from tags as noisy as at run time.
Status jackknife(std::vector<extract::Document>& train, const TrainOptions& o) {
  const auto k = static_cast<std::size_t>(o.jackknife);
  const std::vector<std::size_t> fold_of = extract::train::round_robin_folds(train.size(), k);
  extract::train::TaggerTrainOptions to;
  to.epochs = o.jackknife_epochs;
  to.seed = o.seed;
  to.wordnet_dir = "";
  auto taggers = extract::train::train_fold_taggers(train, fold_of, k, to, nullptr);
  if (!taggers) return taggers.status();
  for (std::size_t f = 0; f < k; ++f) {
    std::vector<extract::Document> fold;
    for (std::size_t i = f; i < train.size(); i += k) fold.push_back(std::move(train[i]));
    if (Status s = retag(*(*taggers)[f], fold); !s.is_ok()) return s;
    std::size_t j = 0;
    for (std::size_t i = f; i < train.size(); i += k) train[i] = std::move(fold[j++]);
    spdlog::info("jackknife fold {}/{} tagged", f + 1, k);
  }
  return Status::ok();
}

int run_train(const TrainOptions& o) {
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<extract::Document> train, dev;
  if (Status s = load(o.train, o.keep_nc, train, "train"); !s.is_ok()) return fatal(s);
  if (Status s = load(o.dev, o.keep_nc, dev, "dev"); !s.is_ok()) return fatal(s);
  std::string bytes;
  if (o.kind == "tagger") {
    extract::train::TaggerTrainOptions to;
    if (o.epochs > 0) to.epochs = o.epochs;
    if (o.bits > 0) to.bits = o.bits;
    to.seed = o.seed;
    to.wordnet_dir = o.wordnet;
    if (o.dict_min_count > 0) to.dict_min_count = o.dict_min_count;
    if (o.dict_min_share > 0) to.dict_min_share = o.dict_min_share;
    auto r = extract::train::train_tagger(train, dev, to, [](const extract::train::TaggerEpoch& e) {
      spdlog::info("epoch {:2}: train acc {:.2f}  dev UPOS {:.2f}  XPOS {:.2f}  lemma {:.2f}{}", e.epoch, e.train_acc,
                   e.dev_upos, e.dev_xpos, e.dev_lemma, e.best ? "  (best)" : "");
    });
    if (!r) return fatal(r.status());
    if (!r->wordnet) spdlog::warn("WordNet data not found in '{}': the lemmatizer has no WordNet rules", o.wordnet);
    spdlog::info("kept epoch {}: dev UPOS {:.2f} XPOS {:.2f} lemma {:.2f}", r->best_epoch, r->best_upos, r->best_xpos,
                 r->best_lemma);
    bytes = std::move(r->model);
  } else {
    std::vector<extract::Document> dev_parse = dev;
    if (!o.tagger.empty()) {
      auto tm = extract::TaggerModel::load_file(o.tagger);
      if (!tm) return fatal(tm.status());
      if (o.jackknife > 1) {
        if (Status s = jackknife(train, o); !s.is_ok()) return fatal(s);
      } else {
        if (Status s = retag(**tm, train); !s.is_ok()) return fatal(s);
      }
      if (Status s = retag(**tm, dev_parse); !s.is_ok()) return fatal(s);
      spdlog::info("dev tags predicted by {}; training tags by {}", o.tagger,
                   o.jackknife > 1 ? fmt::format("{}-fold jackknifing", o.jackknife) : o.tagger);
    }
    extract::train::ParserTrainOptions po;
    if (o.epochs > 0) po.epochs = o.epochs;
    if (o.bits > 0) po.bits = o.bits;
    po.seed = o.seed;
    auto r = extract::train::train_parser(train, dev_parse, dev, po, [](const extract::train::ParserEpoch& e) {
      spdlog::info("epoch {:2}: train move acc {:.2f}  dev UAS {:.2f}  LAS {:.2f}  prune {:.3f}{}", e.epoch,
                   e.train_move_acc, e.dev_uas, e.dev_las, e.prune, e.best ? "  (best)" : "");
    });
    if (!r) return fatal(r.status());
    spdlog::info("kept epoch {}: dev UAS {:.2f} LAS {:.2f}", r->best_epoch, r->best_uas, r->best_las);
    bytes = std::move(r->model);
  }
  if (Status s = write_model(o.output, bytes); !s.is_ok()) return fatal(s);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  spdlog::info("wrote {} ({:.1f} MB) in {:.0f} s", o.output, static_cast<double>(bytes.size()) / 1e6, secs);
  return kExitOk;
}

}  // namespace

void add_train_nlp(CLI::App* train, Action& action) {
  for (const char* kind : {"tagger", "parser"}) {
    const bool tagger = std::string(kind) == "tagger";
    auto* sub = train->add_subcommand(kind, tagger ? "Train the tagger (with its lemmatizer) from CoNLL-U treebanks"
                                                   : "Train the dependency parser from CoNLL-U treebanks");
    auto o = std::make_shared<TrainOptions>();
    o->kind = kind;
    sub->add_option("--train", o->train, "Training CoNLL-U file(s), comma-separated")->required()->delimiter(',');
    sub->add_option("--dev", o->dev, "Dev CoNLL-U file(s) for model selection, comma-separated")
        ->required()
        ->delimiter(',');
    sub->add_option("-o,--output", o->output, "Model file to write")->required();
    sub->add_option("--epochs", o->epochs, "Epochs (default: tagger 10, parser 15)");
    sub->add_option("--bits", o->bits, "log2 of the feature buckets (default: tagger 20, parser 21)");
    sub->add_option("--seed", o->seed, "Shuffling / exploration seed (same data + seed = same model)");
    if (tagger) {
      sub->add_option("--wordnet", o->wordnet, "WordNet dict folder for the lemmatizer ('' = none)");
      sub->add_option("--dict-min-count", o->dict_min_count, "Words seen this often may skip scoring (default 20)");
      sub->add_option("--dict-min-share", o->dict_min_share, "... when one tag has this share (default 0.995)");
    } else {
      sub->add_option("--tagger", o->tagger, "Train on the tags this tagger model predicts");
      sub->add_option("--jackknife", o->jackknife, "K-fold jackknifed training tags (needs --tagger for dev)");
      sub->add_option("--jackknife-epochs", o->jackknife_epochs, "Epochs of each jackknife tagger");
    }
    sub->add_flag("--keep-nc,--include-noncommercial", o->keep_nc, "Keep GUM documents of non-commercial genres");
    sub->callback([o, &action] { action = [o] { return run_train(*o); }; });
  }
}

}  // namespace kg::cli
