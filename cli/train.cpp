// kg train: trains kg's models from treebanks (one file per model kind).
#include "cli/commands.h"

namespace kg::cli {

void add_train_segmenter(CLI::App* train, Action& action);
void add_train_nlp(CLI::App* train, Action& action);
void add_train_ner(CLI::App* train, Action& action);

void register_train(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto* sub = app.add_subcommand("train", "Train a model (segmenter, tagger, parser, ner) from treebanks");
  sub->require_subcommand(1);
  add_train_segmenter(sub, action);
  add_train_nlp(sub, action);
  add_train_ner(sub, action);
}

}  // namespace kg::cli
