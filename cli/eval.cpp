// kg eval: scores kg against gold files (one file per kind of evaluation).
#include "cli/commands.h"

namespace kg::cli {

void add_eval_parse(CLI::App* eval, GlobalOptions& g, Action& action);
void add_eval_ner(CLI::App* eval, GlobalOptions& g, Action& action);
void add_eval_gap(CLI::App* eval, GlobalOptions& g, Action& action);
void add_eval_coref(CLI::App* eval, GlobalOptions& g, Action& action);

void register_eval(CLI::App& app, GlobalOptions& g, Action& action) {
  auto* sub = app.add_subcommand("eval", "Score kg against gold files (parse, ner, gap, coref)");
  sub->require_subcommand(1);
  add_eval_parse(sub, g, action);
  add_eval_ner(sub, g, action);
  add_eval_gap(sub, g, action);
  add_eval_coref(sub, g, action);
}

}  // namespace kg::cli
