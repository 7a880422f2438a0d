// kg query: Run a Cypher-subset query on a graph file.
#include "cli/commands.h"

namespace kg::cli {

void register_query(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto* sub = app.add_subcommand("query", "Run a Cypher-subset query on a graph file");
  sub->allow_extras();
  sub->callback([&action] { action = [] { return not_implemented("query", 7); }; });
}

}  // namespace kg::cli
