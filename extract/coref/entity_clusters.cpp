// Step 3 of the entity stage: named mentions clustered into entities by a sieve of link
// rules (exact, alias, legal-form, spelling, core-name, acronym), in text order.
#include "extract/coref/entity_work.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "extract/ascii.h"
#include "extract/coref/pronouns.h"
#include "extract/coref/legal_forms.h"
#include "extract/coref/name_spans.h"
#include "extract/coref/org_cues.h"
#include "extract/coref/entities.h"
#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "extract/tags.h"

namespace kg::extract::entity_steps {
namespace gz = gazetteer;

namespace {

// A named mention about to join an entity: its canonical name and the cluster type it asks for.
struct Candidate {
  std::string name;
  EntityType type = EntityType::kNone;     // canonical() type: a demonym asks for its country (GPE)
  EntityType mention_type = EntityType::kNone;  // the mention's own type (NORP for a demonym)
  std::vector<std::string> words;
  Gender sex = Gender::kUnknown;

  // "Mr. Smith" and "Mrs. Smith" are two people.
  bool other_sex(const Cluster& cl) const { return sex != Gender::kUnknown && cl.sex != Gender::kUnknown && sex != cl.sex; }
};

struct Match {
  int cluster = -1;
  LinkRule rule = LinkRule::kFirst;
};

// Same canonical name, same type (or a place either side): "exact", "demonym" for a NORP.
Match match_exact(const std::vector<Cluster>& clusters, const Candidate& c) {
  for (std::size_t k = 0; k < clusters.size(); ++k) {
    const Cluster& cl = clusters[k];
    if (c.other_sex(cl)) continue;
    if (cl.e.name == c.name && (cl.e.type == c.type || c.type == EntityType::kLoc || cl.e.type == EntityType::kLoc))
      return {static_cast<int>(k), c.mention_type == EntityType::kNorp ? LinkRule::kDemonym : LinkRule::kExact};
  }
  return {};
}

// Person-name containment, latest person first: "Wang" in "Wang Yi", or "Wang Yi" after "Wang".
Match match_alias(const std::vector<Cluster>& clusters, const Candidate& c) {
  if (c.type != EntityType::kPerson && c.words.size() != 1) return {};
  for (std::size_t k = clusters.size(); k-- > 0;) {
    const Cluster& cl = clusters[k];
    if (cl.e.type != EntityType::kPerson || c.other_sex(cl)) continue;
    const bool sub = std::all_of(c.words.begin(), c.words.end(), [&](const std::string& x) {
      return std::find(cl.words.begin(), cl.words.end(), x) != cl.words.end();
    });
    const bool super = c.type == EntityType::kPerson && std::all_of(cl.words.begin(), cl.words.end(), [&](const std::string& x) {
      return std::find(c.words.begin(), c.words.end(), x) != c.words.end();
    });
    if (sub || super) return {static_cast<int>(k), LinkRule::kAlias};
  }
  return {};
}

// Legal-form variants of one company: "Chrysler Corp", "Chrysler", "Chrysler Corporation".
Match match_legal_form(const std::vector<Cluster>& clusters, const Candidate& c) {
  if (c.type == EntityType::kNorp) return {};
  const std::string base = strip_legal_forms(c.name);
  for (std::size_t k = 0; k < clusters.size() && !base.empty(); ++k) {
    const Cluster& cl = clusters[k];
    const std::string other = strip_legal_forms(cl.e.name);
    if ((base != c.name || other != cl.e.name) && other == base &&
        (cl.e.type == EntityType::kOrg || c.type == EntityType::kOrg))
      return {static_cast<int>(k), LinkRule::kLegalForm};
  }
  return {};
}

// A surname misspelt by one letter ("Vasquez-Rana" for "Vazquez-Rana"): the one person of
// the document whose surname it nearly is.
Match match_spelling(const std::vector<Cluster>& clusters, const Candidate& c) {
  if (c.type != EntityType::kPerson || c.words.size() != 1 || c.words[0].size() < 7) return {};
  int candidate = -1;
  for (std::size_t k = 0; k < clusters.size(); ++k) {
    const Cluster& cl = clusters[k];
    if (cl.e.type != EntityType::kPerson || c.other_sex(cl) || cl.words.empty()) continue;
    if (!one_letter_apart(cl.words.back(), c.words[0])) continue;
    candidate = candidate < 0 ? static_cast<int>(k) : -2;
  }
  if (candidate < 0) return {};
  return {candidate, LinkRule::kSpelling};
}

// A body's full name and its name without the country: "US Air Force" / "Air Force",
// "Supreme Court of the United States" / "Supreme Court".
Match match_core_name(const std::vector<Cluster>& clusters, const Candidate& c) {
  if (c.type != EntityType::kOrg) return {};
  const std::string core = organisation_core(c.name);
  for (std::size_t k = 0; k < clusters.size(); ++k) {
    const Cluster& cl = clusters[k];
    if (cl.e.type != EntityType::kOrg) continue;
    const std::string other = organisation_core(cl.e.name);
    if ((core != c.name || other != cl.e.name) && core == other) return {static_cast<int>(k), LinkRule::kCoreName};
  }
  return {};
}

// One word after a long name of the organisation it ends ("Renault" after "Regie Nationale
// des Usines Renault", "Fund" after "International Monetary Fund"): the one earlier
// organisation of three words or more whose last word it is.
Match match_name_tail(const std::vector<Cluster>& clusters, const Candidate& c) {
  if (c.type != EntityType::kOrg || c.name.empty() || c.name.find(' ') != std::string::npos) return {};
  const std::string tail = " " + c.name;
  int found = -1;
  for (std::size_t k = 0; k < clusters.size(); ++k) {
    const std::string& n = clusters[k].e.name;
    if (clusters[k].e.type != EntityType::kOrg || !n.ends_with(tail) || std::count(n.begin(), n.end(), ' ') < 2) continue;
    if (found >= 0) return {};  // two bodies end so: neither
    found = static_cast<int>(k);
  }
  if (found < 0) return {};
  return {found, LinkRule::kCoreName};
}

// An acronym after its organisation's name ("CPC" after "Communist Party of China"), or the
// full name after its acronym.
Match match_acronym(const std::vector<Cluster>& clusters, const Candidate& c) {
  if (all_caps(c.name)) {
    for (std::size_t k = 0; k < clusters.size(); ++k)
      if (clusters[k].e.type == EntityType::kOrg && initials(clusters[k].e.name) == c.name)
        return {static_cast<int>(k), LinkRule::kAcronym};
  }
  if (c.type == EntityType::kOrg) {
    const std::string ini = initials(c.name);
    for (std::size_t k = 0; k < clusters.size(); ++k)
      if (clusters[k].e.type == EntityType::kOrg && clusters[k].e.name == ini) return {static_cast<int>(k), LinkRule::kAcronym};
  }
  return {};
}

// The sieve, in order: the first rule that finds a cluster wins.
Match find_cluster(const std::vector<Cluster>& clusters, const Candidate& c) {
  for (const auto rule :
       {match_exact, match_alias, match_legal_form, match_spelling, match_core_name, match_acronym, match_name_tail})
    if (const Match found = rule(clusters, c); found.cluster >= 0) return found;
  return {};
}

// Mention `m` joins cluster `cl` by `rule`: the cluster's name, aliases, titles and
// affiliation grow with it.
void join(const Work& w, Cluster& cl, Mention& m, const Candidate& c, const std::string& rule) {
  EntityType type = c.type;
  if (is_link_rule(rule, LinkRule::kLegalForm)) {
    cl.e.type = EntityType::kOrg;  // a legal form is an organisation's, whatever NER said
    type = EntityType::kOrg;
  }
  if (cl.e.type == EntityType::kPerson && type != EntityType::kPerson && m.type != EntityType::kNorp)
    m.type = EntityType::kPerson;  // "Wang" tagged LOC after "Wang Yi"
  // The fullest name represents the entity; the others are aliases.
  if (type == cl.e.type && c.words.size() > cl.words.size() && !all_caps(c.name)) {
    cl.e.aliases.push_back(cl.e.name);
    cl.e.name = c.name;
    cl.words = c.words;
  } else if (c.name != cl.e.name && m.type != EntityType::kNorp) {
    cl.e.aliases.push_back(c.name);
  }
  if (auto it = w.titles_at.find(m.first_token); it != w.titles_at.end())
    for (const std::string& t : it->second)
      if (std::find(cl.e.titles.begin(), cl.e.titles.end(), t) == cl.e.titles.end()) cl.e.titles.push_back(t);
  if (auto it = w.affiliation_at.find(m.first_token); it != w.affiliation_at.end() && cl.e.affiliation.empty())
    cl.e.affiliation = it->second;
}

}  // namespace

// Canonical name of a named mention for clustering.
std::string canonical(const Work& w, const Mention& m, EntityType& type) {
  std::string name = mention_name(w.doc, m.first_token, m.end_token);
  type = m.type;
  if (m.type == EntityType::kNorp) {
    if (const auto* c = gz::country_by_demonym(name)) {
      type = EntityType::kGpe;
      return std::string(c->name);
    }
  }
  if (const auto* c = gz::country_by_name(name)) return std::string(c->name);
  if (m.type == EntityType::kGpe || m.type == EntityType::kLoc) {
    // "Ill." names Illinois; "Georgia" and "Washington" stay as the country or city lists read them.
    if (const std::string_view s = gz::state_name(name, true); !s.empty()) {
      type = EntityType::kGpe;
      return std::string(s);
    }
  }
  if (m.type != EntityType::kPerson) {
    if (const auto* o = gz::organization_by_name(name)) return std::string(o->name);
  }
  return name;
}

// The cluster of the organisation whose mention ends right before "(" or "<" when `m` is
// all that the brackets hold and reads as an acronym or a ticker (capitals, digits, dots,
// hyphens: "KM", "RENA.PA", "BSP"), else -1.
static int bracketed_alias_of(const Work& w, const Mention& m, const std::unordered_map<std::uint32_t, int>& org_end) {
  const auto& toks = w.doc.tokens;
  if (m.first_token < 2 || m.end_token >= toks.size() || m.end_token - m.first_token > 3) return -1;
  const std::string_view open = w.form(m.first_token - 1), close = w.form(m.end_token);
  if (!((open == "(" && close == ")") || (open == "<" && close == ">"))) return -1;
  const std::string text = mention_name(w.doc, m.first_token, m.end_token);
  bool capital = false;
  for (const char ch : text) {
    if (ch >= 'a' && ch <= 'z') return -1;
    capital = capital || (ch >= 'A' && ch <= 'Z');
  }
  if (!capital || text.size() > 12) return -1;
  const auto it = org_end.find(m.first_token - 1);
  return it == org_end.end() ? -1 : it->second;
}

std::vector<Mention> cluster_named_mentions(Work& w, const PronounSyntax& syntax,
                                            const std::vector<std::uint32_t>& sentence_of,
                                            std::vector<Cluster>& clusters) {
  std::vector<Mention> all;
  std::unordered_map<std::uint32_t, int> organisation_ending_at;  // end token -> cluster
  for (Mention m : w.named) {
    // "K-Mart Corp <KM>", "Regie Nationale des Usines Renault (RENA.PA)": an acronym or a
    // ticker in brackets right after an organisation's name is that organisation.
    if (const int owner = bracketed_alias_of(w, m, organisation_ending_at); owner >= 0) {
      Cluster& cl = clusters[static_cast<std::size_t>(owner)];
      const std::string alias = mention_name(w.doc, m.first_token, m.end_token);
      if (alias != cl.e.name && std::find(cl.e.aliases.begin(), cl.e.aliases.end(), alias) == cl.e.aliases.end())
        cl.e.aliases.push_back(alias);
      m.type = EntityType::kOrg;
      m.chain = owner;
      m.link_rule = std::string(link_rule_name(LinkRule::kParenthesis));
      cl.last_token = m.first_token;
      cl.last_sentence = sentence_of[m.first_token];
      all.push_back(m);
      continue;
    }
    Candidate c;
    c.name = canonical(w, m, c.type);
    if (c.name.empty()) continue;
    c.mention_type = m.type;
    c.words = split_words(c.name);
    // "Mr. Smith" and "Mrs. Smith", "Jenna Marbles" and "Mr. Marbles" are two people.
    c.sex = c.type == EntityType::kPerson ? stated_gender(syntax, w.doc, m) : Gender::kUnknown;
    if (c.type == EntityType::kPerson && c.sex == Gender::kUnknown && c.words.size() >= 2)
      c.sex = given_name_gender(c.words[0]);
    const Match match = find_cluster(clusters, c);
    int found = match.cluster;
    std::string rule(link_rule_name(match.rule));
    if (found < 0) {
      Cluster cl;
      cl.e.name = c.name;
      cl.e.type = c.type == EntityType::kNorp ? EntityType::kGpe : c.type;
      cl.words = c.words;
      clusters.push_back(std::move(cl));
      found = static_cast<int>(clusters.size() - 1);
      rule = m.link_rule.empty() ? std::string(link_rule_name(LinkRule::kFirst)) : m.link_rule;
    }
    Cluster& cl = clusters[static_cast<std::size_t>(found)];
    join(w, cl, m, c, rule);
    m.chain = found;
    m.link_rule = rule;
    cl.last_token = m.first_token;
    cl.last_sentence = sentence_of[m.first_token];
    if (cl.sex == Gender::kUnknown) cl.sex = c.sex;
    if (cl.e.type == EntityType::kOrg) organisation_ending_at[m.end_token] = found;
    all.push_back(m);
  }
  return all;
}

}  // namespace kg::extract::entity_steps
