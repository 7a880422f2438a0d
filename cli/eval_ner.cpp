// kg eval ner: entity F1 of the shipped NER model on a gold IOB2 file.
#include <fstream>
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/models.h"
#include "extract/coref/entities.h"
#include "extract/iob2.h"
#include "extract/ner/ner_eval.h"
#include "extract/train/ner_trainer.h"

namespace kg::cli {
namespace {

int run(const GlobalOptions& g, const std::string& gold_path, bool with_entities) {
  const extract::EntityStage entities;
  auto ner = load_ner(g);
  if (!ner) return fatal(ner.status());
  if (!*ner) return fatal(Status::not_found("no NER model in " + models_dir(g)));
  std::ifstream in(gold_path, std::ios::binary);
  if (!in) return fatal(Status::not_found("cannot open " + gold_path));
  std::unique_ptr<extract::Tagger> tagger;
  if ((*ner)->uses_pos()) {
    auto nlp = load_nlp_models(g, /*required=*/false);
    if (!nlp) return fatal(nlp.status());
    if (!nlp->tagger) return fatal(Status::not_found("the NER model needs the tagger, and there is none in " + models_dir(g)));
    tagger = std::make_unique<extract::Tagger>(nlp->tagger, /*lemmatize=*/false);
  }
  extract::NerScore score;
  extract::ReadReport report;
  const extract::NerStage stage(*ner);
  auto score_document = [&](extract::Document&& d) {
    const std::vector<extract::Mention> gold = d.mentions;
    if (tagger) {
      if (Status p = tagger->process(d); !p.is_ok()) return p;
    }
    if (Status p = stage.process(d); !p.is_ok()) return p;
    if (with_entities) {
      // Title patterns, gazetteer typing and name clustering refine the NER spans; only
      // name mentions are scored (not pronouns, descriptions or groups).
      if (Status p = entities.process(d); !p.is_ok()) return p;
      std::erase_if(d.mentions, [](const extract::Mention& m) {
        return m.link_rule == "pronoun" || m.link_rule == "pronoun-group" || m.link_rule == "definite" ||
               m.link_rule == "group";
      });
    }
    extract::score_mentions(gold, d.mentions, score);
    return Status::ok();
  };
  // GUM CoNLL-U: person/place/organization names converted as for training (kg train ner).
  const bool conllu = gold_path.size() > 7 && gold_path.substr(gold_path.size() - 7) == ".conllu";
  std::size_t left_out = 0;
  Status s = conllu ? extract::read_gum_named_entities(in, gold_path, /*include_noncommercial=*/true, score_document,
                                                       report, left_out)
                    : extract::read_iob2(in, gold_path, extract::Iob2ReadOptions{}, score_document, report);
  if (!s.is_ok()) return fatal(s);
  for (const auto& p : report.problems) spdlog::warn("{}:{}: {}", p.file, p.line, p.message);
  std::cout << fmt::format("{:<6} {:>7} {:>7} {:>7} {:>6} {:>6}\n", "type", "P", "R", "F1", "gold", "system");
  const char* names[] = {"PER", "ORG", "LOC"};
  for (std::size_t t = 0; t < 3; ++t) {
    const auto& c = score.by_type[t];
    std::cout << fmt::format("{:<6} {:>7.2f} {:>7.2f} {:>7.2f} {:>6} {:>6}\n", names[t], c.precision(), c.recall(),
                             c.f1(), c.gold, c.predicted);
  }
  const auto& m = score.micro;
  std::cout << fmt::format("{:<6} {:>7.2f} {:>7.2f} {:>7.2f} {:>6} {:>6}\n", "micro", m.precision(), m.recall(), m.f1(),
                           m.gold, m.predicted);
  return report.rejected ? kExitRejected : kExitOk;
}

}  // namespace

void add_eval_ner(CLI::App* eval, GlobalOptions& g, Action& action) {
  auto* sub = eval->add_subcommand("ner", "Entity F1 (exact span and type; PER, ORG, LOC) on a gold IOB2 file");
  auto gold = std::make_shared<std::string>();
  auto ner_only = std::make_shared<bool>(false);
  sub->add_option("--gold", *gold, "Gold IOB2 file (UNER layout), or GUM .conllu (its person/place/organization names)")
      ->required();
  sub->add_flag("--ner-only", *ner_only, "Score the NER model alone, without the entity stage's refinements");
  sub->callback([gold, ner_only, &g, &action] {
    action = [gold, ner_only, &g] { return run(g, *gold, !*ner_only); };
  });
}

}  // namespace kg::cli
