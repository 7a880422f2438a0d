// kg train segmenter: learns sentence boundaries from CoNLL-U treebanks.
#include <fstream>
#include <memory>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "extract/conllu.h"
#include "extract/train/segmenter_trainer.h"
#include "extract/train/treebank.h"

namespace kg::cli {
namespace {

struct Options {
  std::vector<std::string> train, dev;
  std::string output;
  extract::SegmenterTrainOptions train_options;
  bool include_nc = false;
};


Result<std::vector<extract::Document>> load(const std::vector<std::string>& files, bool include_nc,
                                            std::size_t& left_out) {
  std::vector<extract::Document> docs;
  extract::ReadReport report;
  extract::ConlluReadOptions opt;
  opt.keep_annotation = false;
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return Status::not_found("cannot open " + f);
    Status s = extract::read_conllu(in, f, opt, [&](extract::Document&& d) {
      if (!include_nc && extract::train::is_nc_gum_document(d.id)) { ++left_out; return Status::ok(); }
      docs.push_back(std::move(d));
      return Status::ok();
    }, report);
    if (!s.is_ok()) return s;
  }
  log_read_report(report);
  return docs;
}

int run(const Options& o) {
  std::size_t left_out = 0;
  auto train = load(o.train, o.include_nc, left_out);
  if (!train) return fatal(train.status());
  auto dev = load(o.dev, o.include_nc, left_out);
  if (!dev) return fatal(dev.status());
  if (left_out) spdlog::info("left out {} GUM document(s) of non-commercial genres", left_out);
  const auto rules = extract::score_segmentation(*dev, nullptr);
  spdlog::info("rules alone: dev sentence F1 {:.2f}", rules.f1());
  auto model = extract::train_segmenter(*train, *dev, o.train_options, [](const extract::SegmenterEpoch& e) {
    spdlog::info("epoch {}: train sentence F1 {:.2f}, dev sentence F1 {:.2f}", e.epoch, e.train_f1, e.dev_f1);
  });
  if (!model) return fatal(model.status());
  auto out = OutputFile::open(o.output);
  if (!out) return fatal(out.status());
  if (Status s = model->save((*out)->stream()); !s.is_ok()) return fatal(s);
  if (Status s = (*out)->commit(); !s.is_ok()) return fatal(s);
  spdlog::info("wrote {}", o.output);
  return kExitOk;
}


}  // namespace

void add_train_segmenter(CLI::App* train, Action& action) {
  auto* sub = train->add_subcommand("segmenter", "Train the sentence segmenter from CoNLL-U treebanks");
  auto o = std::make_shared<Options>();
  sub->add_option("--train", o->train, "Training CoNLL-U file(s), comma-separated")->required();
  sub->add_option("--dev", o->dev, "Development CoNLL-U file(s) for model selection")->required();
  sub->add_option("-o,--output", o->output, "Model file to write")->required();
  sub->add_option("--epochs", o->train_options.epochs, "Training epochs")->capture_default_str();
  sub->add_option("--bits", o->train_options.bits, "log2 of the number of feature buckets")->capture_default_str();
  sub->add_option("--seed", o->train_options.seed, "Shuffling seed")->capture_default_str();
  sub->add_flag("--include-noncommercial", o->include_nc, "Keep GUM documents of non-commercial genres");
  sub->callback([o, &action] {
    o->train = split_list(o->train);
    o->dev = split_list(o->dev);
    action = [o] { return run(*o); };
  });
}

}  // namespace kg::cli
