// kg merge: Merge graph files into one.
#include "cli/commands.h"

namespace kg::cli {

void register_merge(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto* sub = app.add_subcommand("merge", "Merge graph files into one");
  sub->allow_extras();
  sub->callback([&action] { action = [] { return not_implemented("merge", 6); }; });
}

}  // namespace kg::cli
