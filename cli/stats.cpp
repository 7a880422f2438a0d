// kg stats: Counts, rankings and components of a graph file.
#include "cli/commands.h"

namespace kg::cli {

void register_stats(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto* sub = app.add_subcommand("stats", "Counts, rankings and components of a graph file");
  sub->allow_extras();
  sub->callback([&action] { action = [] { return not_implemented("stats", 7); }; });
}

}  // namespace kg::cli
