// kg eval ner: entity F1 of the shipped NER model on a gold IOB2 file.
#include <algorithm>
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

constexpr const char* kTypeNames[] = {"PER", "ORG", "LOC"};  // NerModel::type_index order

// One line per gold mention the system missed or got wrong and per system mention with no
// gold counterpart: document, kind, gold type, system type, text (tab-separated).
void write_errors(std::ostream& os, const extract::Document& d, const std::vector<extract::Mention>& gold,
                  const std::vector<extract::Mention>& sys) {
  auto text = [&](const extract::Mention& m) {
    std::string t;
    for (std::uint32_t i = m.first_token; i < m.end_token; ++i) {
      if (i > m.first_token) t += ' ';
      t += d.form(d.tokens[i]);
    }
    return t;
  };
  auto name = [](const extract::Mention* m) -> std::string {
    if (!m) return "-";
    const int t = extract::NerModel::type_index(m->type);
    return t < 0 ? "-" : kTypeNames[t];
  };
  auto scored = [](const extract::Mention& m) { return extract::NerModel::type_index(m.type) >= 0; };
  auto overlap = [](const extract::Mention& a, const extract::Mention& b) {
    return a.first_token < b.end_token && b.first_token < a.end_token;
  };
  for (const auto& gm : gold) {
    if (!scored(gm)) continue;
    const extract::Mention* exact = nullptr;
    const extract::Mention* any = nullptr;
    for (const auto& sm : sys) {
      if (!scored(sm) || !overlap(gm, sm)) continue;
      if (sm.first_token == gm.first_token && sm.end_token == gm.end_token) exact = &sm;
      else if (!any) any = &sm;
    }
    if (exact && name(exact) == name(&gm)) continue;
    const char* kind = exact ? "type" : any ? "boundary" : "missed";
    os << d.id << '\t' << kind << '\t' << name(&gm) << '\t' << name(exact ? exact : any) << '\t' << text(gm);
    if (any && !exact) os << "\t(system: " << text(*any) << ')';
    os << '\n';
  }
  for (const auto& sm : sys) {
    if (!scored(sm)) continue;
    bool touches = false;
    for (const auto& gm : gold) touches = touches || (scored(gm) && overlap(gm, sm));
    if (!touches) os << d.id << "\tspurious\t-\t" << name(&sm) << '\t' << text(sm) << '\n';
  }
}

int run(const GlobalOptions& g, const std::string& gold_path, bool with_entities, const std::string& errors_path) {
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
  std::ofstream errors;
  if (!errors_path.empty()) {
    errors.open(errors_path, std::ios::binary);
    if (!errors) return fatal(Status::io_error("cannot write " + errors_path));
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
        using extract::LinkRule;
        for (const LinkRule r : {LinkRule::kPronoun, LinkRule::kPronounGroup, LinkRule::kPronounConjunct,
                                 LinkRule::kCataphora, LinkRule::kDefinite, LinkRule::kGroup})
          if (extract::is_link_rule(m.link_rule, r)) return true;
        return false;
      });
    }
    extract::score_mentions(gold, d.mentions, score);
    if (errors.is_open()) write_errors(errors, d, gold, d.mentions);
    return Status::ok();
  };
  // GUM CoNLL-U: person/place/organization names converted as for training (kg train ner);
  // UNER IOB2; CoNLL columns (token first, tag last: wikigold, CoNLL-2003).
  std::size_t left_out = 0;
  Status s = extract::read_named_entity_file(in, gold_path, /*include_noncommercial=*/true, score_document, report, left_out);
  if (!s.is_ok()) return fatal(s);
  for (const auto& p : report.problems) spdlog::warn("{}:{}: {}", p.file, p.line, p.message);
  std::cout << fmt::format("{:<6} {:>7} {:>7} {:>7} {:>6} {:>6}\n", "type", "P", "R", "F1", "gold", "system");
  for (std::size_t t = 0; t < 3; ++t) {
    const auto& c = score.by_type[t];
    std::cout << fmt::format("{:<6} {:>7.2f} {:>7.2f} {:>7.2f} {:>6} {:>6}\n", kTypeNames[t], c.precision(), c.recall(),
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
  auto errors = std::make_shared<std::string>();
  sub->add_option("--gold", *gold, "Gold file: UNER IOB2, GUM .conllu (its person/place/organization names) or CoNLL columns (token first, tag last, IO or IOB2; MISC dropped)")
      ->required();
  sub->add_flag("--ner-only", *ner_only, "Score the NER model alone, without the entity stage's refinements");
  sub->add_option("--errors", *errors,
                  "Also write every missed, mistyped, mis-bounded and spurious mention to this TSV file");
  sub->callback([gold, ner_only, errors, &g, &action] {
    action = [gold, ner_only, errors, &g] { return run(g, *gold, !*ner_only, *errors); };
  });
}

}  // namespace kg::cli
