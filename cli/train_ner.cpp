// kg train ner: learns the NER model from UNER IOB2 files and GUM CoNLL-U entities.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "extract/iob2.h"
#include "extract/tag/tagger.h"
#include "extract/train/jackknife.h"
#include "extract/train/ner_trainer.h"
#include "extract/train/treebank.h"
#include "extract/train/word_clusters.h"

namespace kg::cli {
namespace {

struct Options {
  std::vector<std::string> train, dev;
  std::string output;
  std::string wordnet = "/usr/share/wordnet";
  std::string tagger;  // tag the data with this model and use UPOS features
  std::vector<std::string> tagger_train;  // the tagger's treebanks, for --jackknife-tagger
  int jackknife_tagger = 0;               // K fold taggers tag the training text they never saw
  int jackknife_epochs = 10;
  std::uint32_t jackknife_bits = 19;
  extract::NerTrainOptions train_options;
  bool include_nc = false;
  std::vector<std::string> names;      // name lists (files or folders of *.txt) for the gazetteer
  std::vector<std::string> unlabeled;  // text for the word clusters
  std::vector<int> cluster_classes;    // classes per level, coarse to fine
  int cluster_passes = 12;
  std::string clusters_out;            // write the clusters here (TSV) for inspection
  double case_augment = 0;             // fraction of training documents also given lower-cased
  std::vector<std::uint64_t> seeds;    // --seeds: average the models of these seeds
  bool name_words = false;             // name-word features (NerModel::uses_name_words)
};

Status add_clusters(const Options& o, extract::NerModel& model) {
  extract::TextSequences text;
  std::size_t words = 0;
  for (const std::string& f : o.unlabeled) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return Status::not_found("cannot open " + f);
    auto n = extract::read_unlabeled_text(in, f, o.include_nc, text);
    if (!n) return n.status();
    words += *n;
  }
  extract::WordClusterOptions co;
  if (!o.cluster_classes.empty()) {
    if (o.cluster_classes.size() != co.classes.size())
      return Status::invalid_argument(fmt::format("--cluster-classes needs {} numbers", co.classes.size()));
    for (std::size_t k = 0; k < co.classes.size(); ++k) {
      if (o.cluster_classes[k] < 2 || o.cluster_classes[k] > 4000 || (k && o.cluster_classes[k] < o.cluster_classes[k - 1]))
        return Status::invalid_argument("--cluster-classes: 2..4000 classes per level, coarse to fine");
      co.classes[k] = o.cluster_classes[k];
    }
  }
  co.passes = o.cluster_passes;
  const auto clusters = extract::learn_word_clusters(text, co);
  model.set_clusters(clusters);
  if (!o.clusters_out.empty()) {
    std::ofstream out(o.clusters_out);
    for (const auto& c : clusters) out << c.word << '\t' << c.id[0] << '\t' << c.id[1] << '\t' << c.id[2] << '\n';
    if (!out) return Status::io_error("cannot write " + o.clusters_out);
  }
  spdlog::info("word clusters: {} words from {} words of unlabelled text ({} sequences)", model.cluster_word_count(),
               words, text.size());
  return Status::ok();
}


// The name lists of --names: each file, or each *.txt file of a folder in byte order.
Status add_lists(const std::vector<std::string>& paths, extract::NerModel& model) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      std::vector<std::string> in_dir;
      for (const auto& e : std::filesystem::directory_iterator(p, ec))
        if (e.path().extension() == ".txt") in_dir.push_back(e.path().string());
      if (ec) return Status::io_error("cannot list " + p + ": " + ec.message());
      std::sort(in_dir.begin(), in_dir.end());
      files.insert(files.end(), in_dir.begin(), in_dir.end());
    } else {
      files.push_back(p);
    }
  }
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return Status::not_found("cannot open " + f);
    const std::size_t before = model.name_count();
    auto n = extract::add_name_list(model, in, f);
    if (!n) return n.status();
    spdlog::info("gazetteer: {} names from {} ({} new)", *n, f, model.name_count() - before);
  }
  return Status::ok();
}

Result<std::vector<extract::Document>> load(const std::vector<std::string>& files, bool include_nc) {
  std::vector<extract::Document> docs;
  extract::ReadReport report;
  std::size_t left_out = 0;
  auto sink = [&](extract::Document&& d) { docs.push_back(std::move(d)); return Status::ok(); };
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return Status::not_found("cannot open " + f);
    Status s = extract::read_named_entity_file(in, f, include_nc, sink, report, left_out);
    if (!s.is_ok()) return s;
  }
  std::size_t mentions = 0, sentences = 0;
  for (const auto& d : docs) { mentions += d.mentions.size(); sentences += d.sentences.size(); }
  spdlog::info("read {} sentence(s), {} entity mention(s) from {} file(s){}", sentences, mentions, files.size(),
               left_out ? fmt::format("; left out {} GUM document(s) of non-commercial genres", left_out) : "");
  for (const auto& p : report.problems) spdlog::warn("{}:{}: {}", p.file, p.line, p.message);
  return docs;
}

// --jackknife-tagger K: training sentences of the tagger's own treebanks get their tags from
// a tagger trained without their fold (treebank document i is in fold i mod K); the rest
// (wikigold, say) from the shipped tagger, which never saw them either.
Status jackknife_train_tags(const Options& o, const extract::TaggerModel& shipped, std::vector<extract::Document>& train) {
  if (o.tagger_train.empty()) return Status::invalid_argument("--jackknife-tagger needs --tagger-train (the tagger's treebanks)");
  std::vector<extract::Document> treebank;
  extract::train::TreebankOptions to;
  to.skip_nc_gum = !o.include_nc;
  extract::train::TreebankStats st;
  if (Status s = extract::train::load_treebanks(o.tagger_train, to, treebank, st); !s.is_ok()) return s;
  const auto k = static_cast<std::size_t>(o.jackknife_tagger);
  const std::vector<std::size_t> fold_of = extract::train::round_robin_folds(treebank.size(), k);
  extract::train::TaggerTrainOptions topt;
  topt.epochs = o.jackknife_epochs;
  topt.bits = o.jackknife_bits;
  topt.seed = 1;
  topt.wordnet_dir = "";
  spdlog::info("jackknife: {} tagger(s) on {} treebank document(s), {} sentence(s)", k, st.documents, st.sentences);
  auto taggers = extract::train::train_fold_taggers(treebank, fold_of, k, topt, [&](std::size_t f) {
    spdlog::info("jackknife tagger {}/{} trained", f + 1, k);
  });
  if (!taggers) return taggers.status();
  auto counts = extract::train::tag_jackknifed(train, treebank, fold_of, *taggers, shipped);
  if (!counts) return counts.status();
  spdlog::info("training data tagged: {} sentence(s) by the tagger of their fold, {} by {}", counts->jackknifed,
               counts->other, o.tagger);
  return Status::ok();
}

int run(const Options& o_in) {
  Options o = o_in;
  if (o.jackknife_tagger == 1) return fatal(Status::invalid_argument("--jackknife-tagger needs 2 folds or more"));
  if (o.jackknife_tagger > 1 && o.tagger.empty())
    return fatal(Status::invalid_argument("--jackknife-tagger needs --tagger (the tagger for the other text and dev)"));
  if (!o.tagger_train.empty() && o.jackknife_tagger == 0)
    return fatal(Status::invalid_argument("--tagger-train is read only with --jackknife-tagger"));
  auto train = load(o.train, o.include_nc);
  if (!train) return fatal(train.status());
  if (o.case_augment > 0) {
    const std::size_t before = train->size();
    o.train_options.fold_key = extract::add_lower_case_copies(*train, o.case_augment);
    spdlog::info("added lower-cased copies of {} of {} training document(s)", train->size() - before, before);
  }
  auto dev = load(o.dev, o.include_nc);
  if (!dev) return fatal(dev.status());
  extract::NerModel model(o.train_options.bits);
  model.set_uses_name_words(o.name_words);
  if (!o.tagger.empty()) {
    auto tm = extract::TaggerModel::load_file(o.tagger);
    if (!tm) return fatal(tm.status());
    const extract::Tagger tagger(*tm, /*lemmatize=*/false);
    for (auto& d : *dev) {
      if (Status s = tagger.process(d); !s.is_ok()) return fatal(s);
    }
    if (o.jackknife_tagger > 1) {
      if (Status s = jackknife_train_tags(o, **tm, *train); !s.is_ok()) return fatal(s);
    } else {
      for (auto& d : *train) {
        if (Status s = tagger.process(d); !s.is_ok()) return fatal(s);
      }
      spdlog::info("training data tagged by {}", o.tagger);
    }
    model.set_uses_pos(true);
    spdlog::info("dev data tagged by {}", o.tagger);
  }
  spdlog::info("gazetteer: {} built-in names (countries, capitals, cities, organisations)", model.add_builtin_names());
  if (Status n = add_lists(o.names, model); !n.is_ok()) return fatal(n);
  if (!o.wordnet.empty()) {
    auto n = extract::add_wordnet_names(model, o.wordnet);
    if (!n) return fatal(n.status());
    spdlog::info("gazetteer: {} WordNet instance names", *n);
    auto c = extract::add_wordnet_common_words(model, o.wordnet);
    if (!c) return fatal(c.status());
    spdlog::info("common words: {} from WordNet", model.common_word_count());
  }
  if (!o.unlabeled.empty()) {
    if (Status c = add_clusters(o, model); !c.is_ok()) return fatal(c);
  }
  std::vector<std::uint64_t> seeds = o.seeds;
  if (seeds.empty()) seeds.push_back(o.train_options.seed);
  Status s = extract::train_ner_averaged(model, *train, *dev, o.train_options, seeds, [](const extract::NerEpoch& e) {
    spdlog::info("{} epoch {}: dev micro F1 {:.2f}", e.stage, e.epoch, e.dev_f1);
  });
  if (!s.is_ok()) return fatal(s);
  auto out = OutputFile::open(o.output);
  if (!out) return fatal(out.status());
  if (Status w = model.save((*out)->stream()); !w.is_ok()) return fatal(w);
  if (Status c = (*out)->commit(); !c.is_ok()) return fatal(c);
  spdlog::info("wrote {}", o.output);
  return kExitOk;
}

}  // namespace

void add_train_ner(CLI::App* train, Action& action) {
  auto* sub = train->add_subcommand("ner", "Train the named-entity recognizer (IOB2 and GUM CoNLL-U files)");
  auto o = std::make_shared<Options>();
  sub->add_option("--train", o->train, "Training files, comma-separated: .iob2 (UNER), .conllu (GUM entities) or other (CoNLL columns: token ... tag, IO or IOB2)")
      ->required();
  sub->add_option("--dev", o->dev, "Development files for model selection")->required();
  sub->add_option("-o,--output", o->output, "Model file to write")->required();
  sub->add_option("--wordnet", o->wordnet, "WordNet dict folder for gazetteer names ('' to skip)")->capture_default_str();
  sub->add_option("--names", o->names,
                  "Name lists for the gazetteer, comma-separated files or folders of *.txt (extract/ner/lists)");
  sub->add_option("--tagger", o->tagger, "Tag the data with this tagger model and use UPOS features");
  sub->add_option("--tagger-train", o->tagger_train, "The tagger's training treebanks (CoNLL-U, comma-separated), for --jackknife-tagger")
      ->delimiter(',');
  sub->add_option("--jackknife-tagger", o->jackknife_tagger,
                  "Tag training sentences of --tagger-train with K taggers, each trained without their fold")
      ->check(CLI::Range(0, 20));
  sub->add_option("--jackknife-epochs", o->jackknife_epochs, "Epochs of each jackknife tagger")->capture_default_str();
  sub->add_option("--jackknife-bits", o->jackknife_bits, "log2 feature buckets of each jackknife tagger")
      ->capture_default_str();
  sub->add_option("--epochs", o->train_options.epochs, "Training epochs")->capture_default_str();
  sub->add_option("--bits", o->train_options.bits, "log2 of the number of feature buckets")->capture_default_str();
  sub->add_flag("--two-pass", o->train_options.two_pass,
                "Add a second pass over the first pass's tags of the whole document (jackknifed training)");
  sub->add_option("--folds", o->train_options.folds, "Folds for the jackknifed first pass")->capture_default_str();
  auto* seed = sub->add_option("--seed", o->train_options.seed, "Shuffling seed")->capture_default_str();
  sub->add_option("--seeds", o->seeds,
                  "Train one model per seed (comma-separated) and keep the average of their weights")
      ->delimiter(',')
      ->excludes(seed);
  sub->add_option("--unlabeled", o->unlabeled,
                  "Unlabelled text for word clusters, comma-separated: .conllu (forms), .tsv (GAP Text column) or plain text");
  sub->add_option("--cluster-classes", o->cluster_classes, "Word classes per level, coarse to fine (default 32,128,512)")
      ->delimiter(',');
  sub->add_option("--clusters-out", o->clusters_out, "Also write the word clusters to this TSV file (word, ids)");
  sub->add_option("--cluster-passes", o->cluster_passes, "Exchange-algorithm passes at most")->capture_default_str();
  sub->add_option("--case-augment", o->case_augment,
                  "Also train on lower-cased copies of this fraction (0-1) of the training documents")
      ->check(CLI::Range(0.0, 1.0));
  sub->add_flag("--name-word-features", o->name_words,
                "Features from the words of the gazetteer names (inside / ending a name of each type)");
  sub->add_flag("--include-noncommercial", o->include_nc, "Keep GUM documents of non-commercial genres");
  sub->callback([o, &action] {
    o->train = split_list(o->train);
    o->dev = split_list(o->dev);
    o->unlabeled = split_list(o->unlabeled);
    o->names = split_list(o->names);
    action = [o] { return run(*o); };
  });
}

}  // namespace kg::cli
