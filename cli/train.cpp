// kg train: Train a tagger, parser or NER model from treebanks.
#include "cli/commands.h"

namespace kg::cli {

void register_train(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto* sub = app.add_subcommand("train", "Train a tagger, parser or NER model from treebanks");
  sub->allow_extras();
  sub->callback([&action] { action = [] { return not_implemented("train", 3); }; });
}

}  // namespace kg::cli
