// kg eval coref: MUC, B³ and CEAF-e of kg's coreference chains on GUM (CoNLL-U with
// Entity= annotation), for named and pronominal mentions, on the gold tokenization.
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/models.h"
#include "extract/coref/coref_eval.h"
#include "extract/coref/entities.h"
#include "extract/train/ner_trainer.h"

namespace kg::cli {
namespace {

std::vector<extract::Cluster> clusters_of(const std::vector<extract::Mention>& ms) {
  std::map<std::int32_t, extract::Cluster> by_chain;
  for (const auto& m : ms)
    if (m.chain >= 0) by_chain[m.chain].push_back({m.first_token, m.end_token});
  std::vector<extract::Cluster> out;
  for (auto& [id, c] : by_chain) out.push_back(std::move(c));
  return out;
}

int run(const GlobalOptions& g, const std::string& gold) {
  auto pipeline = load_pipeline(g, "all", /*one_sentence_per_document=*/false);
  if (!pipeline) return fatal(pipeline.status());
  const extract::PipelineStages& st = pipeline->stages();
  std::ifstream in(gold, std::ios::binary);
  if (!in) return fatal(Status::not_found("cannot open " + gold));
  extract::CorefCounts counts;
  extract::ReadReport report;
  std::size_t left_out = 0, docs = 0, key_mentions = 0, response_mentions = 0;
  Status s = extract::read_gum_coreference(in, gold, /*include_noncommercial=*/true, [&](extract::Document&& d) {
    const auto key = clusters_of(d.mentions);
    d.mentions.clear();
    d.layers &= ~static_cast<extract::Layers>(extract::kLayerMentions);
    if (Status e = st.tagger->process(d); !e.is_ok()) return e;
    if (Status e = st.parser->process(d); !e.is_ok()) return e;
    if (st.ner) {
      if (Status e = st.ner->process(d); !e.is_ok()) return e;
    }
    d.layers |= extract::kLayerMentions;
    if (Status e = st.entities->process(d); !e.is_ok()) return e;
    // Named and pronominal mentions only: no groups, no descriptions ("the minister").
    std::erase_if(d.mentions, [&](const extract::Mention& m) {
      return m.chain < 0 || extract::is_link_rule(m.link_rule, extract::LinkRule::kDefinite) ||
             (extract::is_link_rule(m.link_rule, extract::LinkRule::kTitle) && d.form(d.tokens[m.first_token]) == "the");
    });
    const auto response = clusters_of(d.mentions);
    for (const auto& c : key) key_mentions += c.size();
    for (const auto& c : response) response_mentions += c.size();
    extract::score_coref(key, response, counts);
    ++docs;
    return Status::ok();
  }, report, left_out);
  if (!s.is_ok()) return fatal(s);
  using C = extract::CorefCounts;
  std::cout << fmt::format("documents {}, key mentions {}, response mentions {} (named and pronominal, singletons "
                           "included)\n", docs, key_mentions, response_mentions);
  std::cout << fmt::format("{:<7} {:>7} {:>7} {:>7}\n", "metric", "P", "R", "F1");
  std::cout << fmt::format("{:<7} {:>7.2f} {:>7.2f} {:>7.2f}\n", "MUC", counts.muc_p(), counts.muc_r(),
                           C::f1(counts.muc_p(), counts.muc_r()));
  std::cout << fmt::format("{:<7} {:>7.2f} {:>7.2f} {:>7.2f}\n", "B3", counts.b3_p(), counts.b3_r(),
                           C::f1(counts.b3_p(), counts.b3_r()));
  std::cout << fmt::format("{:<7} {:>7.2f} {:>7.2f} {:>7.2f}\n", "CEAF-e", counts.ceaf_p(), counts.ceaf_r(),
                           C::f1(counts.ceaf_p(), counts.ceaf_r()));
  const double avg = (C::f1(counts.muc_p(), counts.muc_r()) + C::f1(counts.b3_p(), counts.b3_r()) +
                      C::f1(counts.ceaf_p(), counts.ceaf_r())) / 3;
  std::cout << fmt::format("{:<7} {:>23.2f}\n", "avg F1", avg);
  return kExitOk;
}

}  // namespace

void add_eval_coref(CLI::App* eval, GlobalOptions& g, Action& action) {
  auto* sub = eval->add_subcommand("coref", "MUC, B3 and CEAF-e on GUM CoNLL-U (named and pronominal mentions)");
  auto gold = std::make_shared<std::string>();
  sub->add_option("--gold", *gold, "GUM CoNLL-U file with Entity= annotation")->required();
  sub->callback([gold, &g, &action] { action = [gold, &g] { return run(g, *gold); }; });
}

}  // namespace kg::cli
