// kg export: Export a graph file to GraphML, GEXF, RDF, Neo4j or JSON.
#include "cli/commands.h"

namespace kg::cli {

void register_export(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto* sub = app.add_subcommand("export", "Export a graph file to GraphML, GEXF, RDF, Neo4j or JSON");
  sub->allow_extras();
  sub->callback([&action] { action = [] { return not_implemented("export", 6); }; });
}

}  // namespace kg::cli
