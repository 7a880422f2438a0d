// Relations between named entities stated by nouns and punctuation (see entity_relations.h).
#include "extract/triples/entity_relations.h"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "extract/ascii.h"
#include "extract/coref/link_rule.h"
#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "extract/triples/entity_rules.h"
#include "extract/triples/tree.h"
#include "graph/normalize.h"

namespace kg::extract::triples {
namespace gz = gazetteer;

std::string_view entity_relation_rule_id(EntityRelationRule rule) {
  switch (rule) {
    case EntityRelationRule::kPlaceInPlace: return "rel.place_in_place";
    case EntityRelationRule::kPersonOfPlace: return "rel.person_of_place";
    case EntityRelationRule::kRelationNoun: return "rel.relation_noun";
    case EntityRelationRule::kPossessiveNoun: return "rel.possessive_noun";
    case EntityRelationRule::kEventNoun: return "rel.event_noun";
    case EntityRelationRule::kPlaceTitlePerson: return "rel.place_title_person";
    case EntityRelationRule::kPlaceBeforeOrg: return "rel.place_before_org";
    case EntityRelationRule::kPlaceInOrgName: return "rel.place_in_org_name";
    case EntityRelationRule::kBasedHyphen: return "rel.based_hyphen";
    case EntityRelationRule::kBornHyphen: return "rel.born_hyphen";
    case EntityRelationRule::kOrgDescribedByPlace: return "rel.org_described_by_place";
    case EntityRelationRule::kOrgInPlace: return "rel.org_in_place";
    case EntityRelationRule::kPossessivePlace: return "rel.possessive_place";
    case EntityRelationRule::kOrgTitlePerson: return "rel.org_title_person";
    case EntityRelationRule::kPersonTitleOfOrg: return "rel.person_title_of_org";
    case EntityRelationRule::kPersonAtOrg: return "rel.person_at_org";
    case EntityRelationRule::kPlaceChain: return "rel.place_chain";
    case EntityRelationRule::kDateline: return "rel.dateline";
  }
  return "rel";
}

namespace entity_rules {

void Rules::run() {
  place_in_place();
  person_of_place();
  home_places();
  born_hyphen();
  relation_nouns();
  place_nouns();
  possessive_nouns();
  event_nouns();
  org_places();
  org_in_place();
  possessive_places();
  org_title_person();
  place_title_person();
  person_title_of_org();
  person_at_org();
}

void Rules::collect() {
  const Document& d = t_.doc();
  const std::uint32_t first = t_.sentence().first_token, end = t_.sentence().end_token;
  starts_.assign(static_cast<std::size_t>(t_.size()) + 1, -1);
  const auto lo = std::lower_bound(d.mentions.begin(), d.mentions.end(), first,
                                   [](const Mention& m, std::uint32_t x) { return m.first_token < x; });
  for (auto it = lo; it != d.mentions.end() && it->first_token < end; ++it) {
    if (it->chain < 0 || it->end_token > end || it->end_token <= it->first_token) continue;
    Named n;
    switch (it->type) {
      case EntityType::kPerson: n.kind = Kind::kPerson; break;
      case EntityType::kOrg: n.kind = Kind::kOrg; break;
      case EntityType::kLoc:
      case EntityType::kGpe: n.kind = Kind::kPlace; break;
      case EntityType::kNorp:  // "Japanese" linked to Japan: a country by its demonym
        if (it->chain < 0 || static_cast<std::size_t>(it->chain) >= d.entities.size() ||
            d.entities[static_cast<std::size_t>(it->chain)].type != EntityType::kGpe)
          continue;
        n.kind = Kind::kPlace;
        n.demonym = true;
        break;
      default: continue;
    }
    n.f = static_cast<int>(it->first_token - first);
    n.e = static_cast<int>(it->end_token - first);
    n.m = &*it;
    if (static_cast<std::size_t>(it->chain) < d.entities.size())
      n.entity = d.entities[static_cast<std::size_t>(it->chain)].name;
    // Two mentions from one token: the longer ("Mexican Oil Workers Union" over "Mexican").
    if (const int k = starts_[static_cast<std::size_t>(n.f)]; k >= 0) {
      if (named_[static_cast<std::size_t>(k)].e < n.e) named_[static_cast<std::size_t>(k)] = std::move(n);
      continue;
    }
    starts_[static_cast<std::size_t>(n.f)] = static_cast<int>(named_.size());
    named_.push_back(std::move(n));
  }
}

void Rules::emit(const graph::Argument& s, graph::Span ss, const graph::Argument& o, graph::Span os, Rel r, int rel_f,
                 int rel_e, EntityRelationRule rule, double conf) {
  OpenExtraction e;
  e.for_openie = false;
  graph::Triple& tr = e.triple;
  tr.subject = s;
  tr.object = o;
  tr.relation.lemma = std::string(r.lemma);
  tr.relation.cls = std::string(r.cls);
  tr.relation.surface = rel_e > rel_f ? t_.text_of(rel_f, rel_e - 1) : std::string(r.lemma);
  tr.evidence = sentence_evidence(t_);
  tr.evidence.subject_span = ss;
  tr.evidence.object_span = os;
  if (rel_e > rel_f) tr.evidence.relation_span = span(rel_f, rel_e);
  tr.evidence.rule = std::string(entity_relation_rule_id(rule));
  tr.evidence.confidence = conf;
  e.relation = tr.relation.surface;
  e.arg1 = s.text;
  e.arg2 = o.text;
  out_.push_back(std::move(e));
}

void Rules::emit(const Named& s, const Named& o, Rel r, int rel_f, int rel_e, EntityRelationRule rule, double conf) {
  if (s.entity == o.entity) return;
  emit(argument(s), span(s.f, s.e), argument(o), span(o.f, o.e), r, rel_f, rel_e, rule, conf);
}

}  // namespace entity_rules

namespace {

using entity_rules::Rules;

// The triples of a document so far, by what makes two of them state the same thing: same
// sentence, class and argument spans ending alike (an index, so that a long document's
// triples are not compared pairwise).
class Stated {
 public:
  explicit Stated(const std::vector<graph::Triple>& have) {
    for (const graph::Triple& h : have) add(h);
  }
  void add(const graph::Triple& t) { keys_.insert(key(t, t.relation.cls)); }
  // Whether `t` states what an earlier triple already states. An apposition of two places
  // (BE) becomes LOCATED_IN in resolve_arguments.
  bool contains(const graph::Triple& t) const {
    if (keys_.count(key(t, t.relation.cls)) != 0) return true;
    return t.relation.cls == "LOCATED_IN" && keys_.count(key(t, "BE")) != 0;
  }

 private:
  using Key = std::tuple<std::uint32_t, std::uint32_t, std::string, std::uint32_t, std::uint32_t>;
  static Key key(const graph::Triple& t, const std::string& cls) {
    return {t.evidence.sentence_span.begin, t.evidence.sentence_span.end, cls, t.evidence.subject_span.end,
            t.evidence.object_span.end};
  }
  std::set<Key> keys_;
};

// The index of the named place mention that holds towns (a country or a state) and
// starts right after ", " following byte `end`, as in "born in Lubbock, Texas"; -1 if none
// (or when a list or a possessive goes on after it).
int container_after(const Document& doc, std::uint32_t end) {
  const auto tok = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), end,
                                    [](const Token& t, std::uint32_t x) { return t.begin < x; });
  if (tok == doc.tokens.end() || doc.form(*tok) != ",") return -1;
  const std::uint32_t next = static_cast<std::uint32_t>(tok - doc.tokens.begin()) + 1;
  for (std::size_t k = 0; k < doc.mentions.size(); ++k) {
    const Mention& m = doc.mentions[k];
    if (m.first_token != next || m.chain < 0 || !(m.type == EntityType::kGpe || m.type == EntityType::kLoc)) continue;
    const std::string& name = doc.entities[static_cast<std::size_t>(m.chain)].name;
    if (!gazetteer::country_by_name(name) && gazetteer::state_name(name).empty()) return -1;
    if (m.end_token < doc.tokens.size()) {
      const std::string_view after = doc.form(doc.tokens[m.end_token]);
      if (after == "and" || after == "or" || after == "'s" || after == "\u2019s") return -1;
    }
    return static_cast<int>(k);
  }
  return -1;
}

// "based in West Point, Ga.", "was born in Lubbock, Texas": a place relation to a town holds
// for the state or country written after it too (rule rel.place_chain).
void chain_places(const Document& doc, std::vector<graph::Triple>& out, std::size_t from, Stated& stated) {
  const std::size_t n = out.size();
  for (std::size_t i = from; i < n; ++i) {
    const std::string& cls = out[i].relation.cls;
    if (!(cls == "BASED_IN" || cls == "LOCATED_IN" || cls == "LIVE_IN" || cls == "BORN_IN")) continue;
    const int k = container_after(doc, out[i].evidence.object_span.end);
    if (k < 0) continue;
    const Mention& m = doc.mentions[static_cast<std::size_t>(k)];
    graph::Triple t = out[i];
    t.object.kind = graph::Argument::Kind::kEntity;
    t.object.text = std::string(doc.slice(doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end));
    t.object.type = "Place";
    t.object.titles.clear();
    t.evidence.object_span = {doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end};
    t.evidence.rule = std::string(entity_relation_rule_id(EntityRelationRule::kPlaceChain));
    t.evidence.confidence = graph::canonical_confidence(std::min(t.evidence.confidence, 0.7));
    if (stated.contains(t)) continue;
    stated.add(t);
    out.push_back(std::move(t));
  }
}

// "PERUGIA, Italy (AP) -", "BETHANY, Conn. (AP) -": the dateline's town lies in the country
// or state written after it (rule rel.dateline). Both must be names the lists know as such
// (the reader parsed the town as the document's place), so a dateline naming an agency or
// a date gives nothing.
void dateline_place(const Document& doc, std::vector<graph::Triple>& out) {
  if (doc.place.empty() || doc.place_region_end <= doc.place_region_begin) return;
  const std::string_view region = doc.slice(doc.place_region_begin, doc.place_region_end);
  std::string container;
  if (const gazetteer::Country* c = gazetteer::country_by_name(region)) container = std::string(c->name);
  else if (const std::string_view st = gazetteer::state_name(region); !st.empty()) container = std::string(st);
  if (container.empty() || lower_ascii(container) == lower_ascii(doc.place)) return;
  graph::Triple t;
  t.subject.kind = t.object.kind = graph::Argument::Kind::kEntity;
  t.subject.type = t.object.type = "Place";
  t.subject.text = doc.place;
  t.object.text = container;
  t.relation = {std::string(entity_rules::kLocatedIn.lemma), ",", std::string(entity_rules::kLocatedIn.cls)};
  t.evidence.document.id = doc.id;
  t.evidence.document.url = doc.url;
  t.evidence.document.title = doc.title;
  t.evidence.document.date = doc.published;
  t.evidence.sentence = std::string(doc.slice(doc.place_begin, doc.place_region_end));
  t.evidence.sentence_span = {doc.place_begin, doc.place_region_end};
  t.evidence.subject_span = {doc.place_begin, doc.place_end};
  t.evidence.object_span = {doc.place_region_begin, doc.place_region_end};
  t.evidence.relation_span = {doc.place_end, doc.place_end + 1};
  t.evidence.rule = std::string(entity_relation_rule_id(EntityRelationRule::kDateline));
  t.evidence.subject_link = t.evidence.object_link = std::string(link_rule_name(LinkRule::kDateline));
  t.evidence.confidence = graph::canonical_confidence(0.9);
  out.push_back(std::move(t));
}

}  // namespace

Status EntityRelationExtractor::extract_open(const Document& doc, std::vector<OpenExtraction>& out) const {
  const std::size_t first = out.size();
  const DocumentMentions mentions(doc);
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const SentenceTree t(doc, s, mentions);
    if (t.size() == 0) continue;
    Rules(t, out).run();
  }
  fill_sentences(doc, out, first);
  return Status::ok();
}

Status EntityRelationExtractor::extract(const Document& doc, std::vector<graph::Triple>& out) const {
  std::vector<OpenExtraction> open;
  if (Status s = extract_open(doc, open); !s.is_ok()) return s;
  Stated stated(out);
  for (OpenExtraction& e : open) {
    if (stated.contains(e.triple)) continue;
    e.triple.evidence.confidence = graph::canonical_confidence(e.triple.evidence.confidence);
    stated.add(e.triple);
    out.push_back(std::move(e.triple));
  }
  chain_places(doc, out, 0, stated);
  dateline_place(doc, out);
  return Status::ok();
}

}  // namespace kg::extract::triples
