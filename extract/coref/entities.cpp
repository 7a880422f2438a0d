// The entity stage (entities.h): the steps in order. The steps live in entity_titles.cpp
// (titles, bodies), entity_gazetteer.cpp (gazetteer names), entity_types.cpp (storms, place
// cues, one type per name, repeats), entity_clusters.cpp (the clustering sieve) and
// entity_pronouns.cpp (pronouns, descriptions, groups); their shared state is entity_work.h.
#include "extract/coref/entities.h"

#include <algorithm>

#include "extract/coref/entity_work.h"
#include "extract/coref/legal_forms.h"
#include "extract/coref/name_spans.h"
#include "extract/coref/org_cues.h"
#include "extract/coref/pronouns.h"
#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"

namespace kg::extract {
namespace entity_steps {

void collect_mentions(Work& w) {
  for (const Mention& m : w.doc.mentions) {
    // NER sometimes tags a capitalised pronoun ("She") as a name; the pronoun sieve takes it.
    if (m.end_token == m.first_token + 1 && personal_pronoun(w.form(m.first_token))) continue;
    if (m.type == EntityType::kPerson || m.type == EntityType::kOrg || m.type == EntityType::kLoc ||
        m.type == EntityType::kGpe || m.type == EntityType::kNorp)
      w.named.push_back(m);
    else if (m.type != EntityType::kNone && m.group.empty())
      w.other.push_back(m);
  }
}

// A capitalised "The" inside a sentence is part of the name it opens ("read The New York
// Times", "in The Netherlands"): UNER EWT train marks it inside 24 times, outside 2.
// Not at a sentence start or after a quote, colon or bracket, where any word is capitalised.
void take_in_the(const Work& w, const std::vector<std::uint32_t>& sentence_of, std::vector<Mention>& all) {
  std::vector<bool> taken(w.doc.tokens.size(), false);
  for (const Mention& m : all) for (std::uint32_t k = m.first_token; k < m.end_token; ++k) taken[k] = true;
  for (Mention& m : all) {
    if (m.type != EntityType::kOrg && m.type != EntityType::kLoc && m.type != EntityType::kGpe) continue;
    if (m.first_token < 2) continue;
    const std::uint32_t the = m.first_token - 1;
    if (taken[the] || w.form(the) != "The" || sentence_of[the] != sentence_of[m.first_token] ||
        sentence_of[the - 1] != sentence_of[the])
      continue;
    const std::string_view before = w.form(the - 1);
    static constexpr std::string_view kOpeners[] = {"\"", "\u201c", "\u2018", "'", "(", "[", ":", "-", "\u2013", "\u2014"};
    if (std::find(std::begin(kOpeners), std::end(kOpeners), before) != std::end(kOpeners)) continue;
    m.first_token = the;
    taken[the] = true;
  }
}

void write_entities(Work& w, std::vector<Cluster>& clusters, std::vector<Mention> all, const std::vector<Mention>& added) {
  Document& doc = w.doc;
  all.insert(all.end(), added.begin(), added.end());
  all.insert(all.end(), w.other.begin(), w.other.end());
  std::sort(all.begin(), all.end(), [](const Mention& a, const Mention& b) {
    return a.first_token != b.first_token ? a.first_token < b.first_token : a.end_token < b.end_token;
  });
  doc.entities.clear();
  for (Cluster& cl : clusters) {
    std::sort(cl.e.aliases.begin(), cl.e.aliases.end());
    cl.e.aliases.erase(std::unique(cl.e.aliases.begin(), cl.e.aliases.end()), cl.e.aliases.end());
    std::erase(cl.e.aliases, cl.e.name);
    doc.entities.push_back(std::move(cl.e));
  }
  for (std::uint32_t k = 0; k < all.size(); ++k) {
    if (all[k].chain >= 0) doc.entities[static_cast<std::size_t>(all[k].chain)].mentions.push_back(k);
  }
  doc.mentions = std::move(all);
  doc.layers |= kLayerMentions | kLayerCoreference;
}

}  // namespace entity_steps

// ---- The name of a span (entities.h).
std::string mention_name(const Document& doc, std::uint32_t first, std::uint32_t end) {
  while (first + 1 < end && (gazetteer::is_honorific_outside_name(doc.form(doc.tokens[first])) ||
                             lexicon::contains(lexicon::List::kRankAbbreviations, doc.form(doc.tokens[first]))))
    ++first;
  while (end > first + 1 && entity_steps::possessive(doc.form(doc.tokens[end - 1]))) --end;
  std::string out;
  for (std::uint32_t k = first; k < end; ++k) {
    if (k > first && doc.tokens[k - 1].space_after) out += ' ';  // as written: "Al-Mansoori" stays glued
    out += doc.form(doc.tokens[k]);
  }
  return out;
}

Status EntityStage::process(Document& doc) const {
  using namespace entity_steps;
  Work w{doc, {}, {}, {}, {}};
  collect_mentions(w);
  // Names before clustering (steps 1 and 2).
  split_person_coordination(doc, w.named);
  trim_codes(doc, w.named);
  w.sort_named();
  title_patterns(w);
  extend_over_particles(doc, w.named);
  organisation_bodies(w);
  gazetteer_typing(w);
  retype_by_organisation_cues(doc, w.named);
  drop_storm_names(w);
  place_cues(w);
  given_name_persons(w);
  name_before_legal_form(doc, w.named);
  repeat_company_names(doc, w.named);
  apply_legal_forms(doc, w.named);
  consistent_types(w);
  repeat_names(w);
  // Sentence index per token, for recency.
  const PronounSyntax syntax(doc);
  std::vector<std::uint32_t> sentence_of(doc.tokens.size(), 0);
  for (std::uint32_t k = 0; k < doc.tokens.size(); ++k) sentence_of[k] = syntax.sentence_of(k);
  // Step 3: cluster named mentions; step 4: pronouns, definite descriptions, groups;
  // step 5: entities and mentions back into the document.
  std::vector<Cluster> clusters;
  std::vector<Mention> all = cluster_named_mentions(w, syntax, sentence_of, clusters);
  const std::vector<Mention> added = resolve_pronouns(doc, syntax, sentence_of, clusters, all);
  take_in_the(w, sentence_of, all);
  write_entities(w, clusters, std::move(all), added);
  return Status::ok();
}

}  // namespace kg::extract
