// kg train segmenter: learns sentence boundaries from CoNLL-U treebanks.
#include <fstream>
#include <memory>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "extract/conllu.h"
#include "extract/train/segmenter_trainer.h"

namespace kg::cli {
namespace {

struct Options {
  std::vector<std::string> train, dev;
  std::string output;
  extract::SegmenterTrainOptions train_options;
  bool include_nc = false;
};

// GUM genres whose texts carry a non-commercial licence (see shared corpora README).
bool noncommercial_gum(const std::string& doc_id) {
  for (const char* g : {"GUM_essay_", "GUM_fiction_", "GUM_letter_", "GUM_podcast_", "GUM_whow_"}) {
    if (doc_id.rfind(g, 0) == 0) return true;
  }
  return false;
}

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
      if (!include_nc && noncommercial_gum(d.id)) { ++left_out; return Status::ok(); }
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

std::vector<std::string> split_commas(const std::vector<std::string>& in) {
  std::vector<std::string> out;
  for (const std::string& s : in) {
    std::size_t b = 0;
    while (b <= s.size()) {
      std::size_t e = s.find(',', b);
      if (e == std::string::npos) e = s.size();
      if (e > b) out.push_back(s.substr(b, e - b));
      b = e + 1;
    }
  }
  return out;
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
    o->train = split_commas(o->train);
    o->dev = split_commas(o->dev);
    action = [o] { return run(*o); };
  });
}

}  // namespace kg::cli
