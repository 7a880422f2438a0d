// kg extract: Extract subject-relation-object triples from articles.
#include "cli/commands.h"

namespace kg::cli {

void register_extract(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto* sub = app.add_subcommand("extract", "Extract subject-relation-object triples from articles");
  sub->allow_extras();
  sub->callback([&action] { action = [] { return not_implemented("extract", 5); }; });
}

}  // namespace kg::cli
