// kg: build a knowledge graph from news articles. See README.md.
#include <cstdlib>
#include <iostream>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/interrupt.h"

namespace kg::cli {

int not_implemented(const std::string& what, int issue) {
  spdlog::error("kg {}: not implemented yet (issue #{})", what, issue);
  return kExitUsage;
}

int fatal(const Status& status) {
  if (interrupted()) return kExitInterrupted;  // main() says so
  spdlog::error("{}", status.to_string());
  return kExitFatal;
}

}  // namespace kg::cli

int main(int argc, char** argv) {
  using namespace kg::cli;
  install_interrupt_handling();
  auto logger = spdlog::stderr_color_st("kg");
  logger->set_pattern("kg: %^%l%$: %v");
  spdlog::set_default_logger(logger);

  CLI::App app{"kg: builds a knowledge graph (who met whom, who supports what, when and where)\n"
               "from news articles, and exports it to Gephi, Neo4j, RDF stores and JSON."};
  app.set_version_flag("--version", std::string("kg ") + KG_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // global options may follow the subcommand
  GlobalOptions global;
  bool quiet = false;
  app.add_flag("-v,--verbose", global.verbosity, "More log output on stderr (repeatable)");
  app.add_flag("-q,--quiet", quiet, "Only errors on stderr");
  app.add_option("--progress-every", global.progress_seconds,
                 "Seconds between progress lines when stderr is not a terminal (default 10)");
  app.add_option("--models", global.models_dir,
                 "Folder of trained models (default: $KG_MODELS, else the shipped models/)");

  Action action;
  register_build(app, global, action);
  register_extract(app, global, action);
  register_parse(app, global, action);
  register_export(app, global, action);
  register_query(app, global, action);
  register_explain(app, global, action);
  register_merge(app, global, action);
  register_curate(app, global, action);
  register_stats(app, global, action);
  register_neighbors(app, global, action);
  register_path(app, global, action);
  register_view(app, global, action);
  register_train(app, global, action);
  register_eval(app, global, action);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  if (quiet) global.verbosity = -1;
  spdlog::set_level(global.verbosity < 0    ? spdlog::level::err
                    : global.verbosity == 0 ? spdlog::level::info
                    : global.verbosity == 1 ? spdlog::level::debug
                                            : spdlog::level::trace);
  if (!action) return kExitUsage;
  int rc = kExitFatal;
  try {
    rc = action();
  } catch (const std::exception& e) {
    spdlog::critical("unexpected error: {}", e.what());
  }
  if (interrupted()) {
    spdlog::error("interrupted: stopped before the end; no partial output was left under a final name");
    return kExitInterrupted;
  }
  return rc;
}
