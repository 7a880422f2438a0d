// kg eval: Score kg against gold files.
#include "cli/commands.h"

namespace kg::cli {

void register_eval(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto* sub = app.add_subcommand("eval", "Score kg against gold files");
  sub->allow_extras();
  sub->callback([&action] { action = [] { return not_implemented("eval", 3); }; });
}

}  // namespace kg::cli
