// kg explain: Show the evidence behind an entity or relation.
#include "cli/commands.h"

namespace kg::cli {

void register_explain(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto* sub = app.add_subcommand("explain", "Show the evidence behind an entity or relation");
  sub->allow_extras();
  sub->callback([&action] { action = [] { return not_implemented("explain", 7); }; });
}

}  // namespace kg::cli
