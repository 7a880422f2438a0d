// kg build: Build a knowledge graph from articles.
#include "cli/commands.h"

namespace kg::cli {

void register_build(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto* sub = app.add_subcommand("build", "Build a knowledge graph from articles");
  sub->allow_extras();
  sub->callback([&action] { action = [] { return not_implemented("build", 6); }; });
}

}  // namespace kg::cli
