// Relations between named entities stated by nouns and punctuation (see entity_relations.h).
#include "extract/triples/entity_relations.h"

#include <algorithm>
#include <string>
#include <vector>

#include "extract/coref/org_cues.h"
#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
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
    case EntityRelationRule::kOrgDescribedByPlace: return "rel.org_described_by_place";
    case EntityRelationRule::kOrgInPlace: return "rel.org_in_place";
    case EntityRelationRule::kPossessivePlace: return "rel.possessive_place";
    case EntityRelationRule::kOrgTitlePerson: return "rel.org_title_person";
    case EntityRelationRule::kPersonTitleOfOrg: return "rel.person_title_of_org";
    case EntityRelationRule::kPersonAtOrg: return "rel.person_at_org";
  }
  return "rel";
}

namespace {

enum class Kind : unsigned char { kPerson, kOrg, kPlace };

// A named mention of the sentence, local token range [f, e).
struct Named {
  int f = 0, e = 0;
  Kind kind = Kind::kPerson;
  const Mention* m = nullptr;
  std::string entity;  // its entity's canonical name
  bool demonym = false;  // a country named by its demonym ("Japanese")
};

struct Rel {
  std::string_view lemma;
  std::string_view cls;
};

constexpr Rel kLocatedIn{"locate in", "LOCATED_IN"};
constexpr Rel kBasedIn{"base in", "BASED_IN"};
constexpr Rel kLiveIn{"live in", "LIVE_IN"};
constexpr Rel kCitizenOf{"be citizen of", "CITIZEN_OF"};
constexpr Rel kWorkFor{"work for", "WORK_FOR"};
constexpr Rel kPartOf{"be part of", "PART_OF"};

class Rules {
 public:
  Rules(const SentenceTree& t, std::vector<OpenExtraction>& out) : t_(t), out_(out) { collect(); }
  void run() {
    place_in_place();
    person_of_place();
    relation_nouns();
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

 private:
  const SentenceTree& t_;
  std::vector<OpenExtraction>& out_;
  std::vector<Named> named_;
  std::vector<int> starts_;  // per local token: index in named_ of the mention starting there, -1

  void collect() {
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
      if (static_cast<std::size_t>(it->chain) < d.entities.size()) n.entity = d.entities[static_cast<std::size_t>(it->chain)].name;
      if (starts_[static_cast<std::size_t>(n.f)] >= 0) continue;
      starts_[static_cast<std::size_t>(n.f)] = static_cast<int>(named_.size());
      named_.push_back(std::move(n));
    }
  }

  std::string low(int i) const { return i >= 0 && i < t_.size() ? lower(t_.form(i)) : std::string(); }
  bool is(int i, std::string_view w) const { return i >= 0 && i < t_.size() && low(i) == w; }
  // The named mention starting at token i, or nullptr.
  const Named* at(int i) const {
    if (i < 0 || i >= t_.size()) return nullptr;
    const int k = starts_[static_cast<std::size_t>(i)];
    return k < 0 ? nullptr : &named_[static_cast<std::size_t>(k)];
  }
  // The named mention starting at i, after an optional "the".
  const Named* at_the(int i) const {
    if (const Named* n = at(i)) return n;  // "The Associated Press" may hold its article
    return is(i, "the") ? at(i + 1) : nullptr;
  }
  bool lower_word(int i) const {
    const std::string_view f = t_.form(i);
    return !f.empty() && f[0] >= 'a' && f[0] <= 'z';
  }
  bool noun(int i) const { return t_.upos(i) == "NOUN"; }
  bool hedge(int i) const { return lexicon::contains(lexicon::List::kHedgeAdjectives, low(i)); }
  // A noun naming a position or an occupation ("spokesman", "reporter").
  bool job_noun(int i) const {
    const std::string l = lower(t_.lemma(i));
    return lexicon::contains(lexicon::List::kPositionNouns, l) || lexicon::contains(lexicon::List::kOccupationNouns, l);
  }
  // A place entity of the document with that canonical name.
  bool document_place(const std::string& name) const {
    for (const Entity& en : t_.doc().entities) {
      if ((en.type == EntityType::kGpe || en.type == EntityType::kLoc) && en.name == name) return true;
    }
    return false;
  }
  static bool is_country(const Named& n) { return gz::country_by_name(n.entity) != nullptr; }
  static bool is_state(const Named& n) { return !gz::state_name(n.entity).empty(); }
  // A place that holds towns: a country or a state.
  static bool container(const Named& n) { return n.kind == Kind::kPlace && (is_country(n) || is_state(n)); }
  // The token of the mention whose head lies outside it (its syntactic head), else its last.
  int root(const Named& n) const {
    for (int i = n.f; i < n.e; ++i) {
      const int h = t_.head(i);
      if (h < n.f || h >= n.e) return i;
    }
    return n.e - 1;
  }
  bool attached_to(const Named& dep, const Named& head) const {
    const int h = t_.head(root(dep));
    return h >= head.f && h < head.e;
  }

  graph::Argument argument(const Named& n) const {
    graph::Argument a;
    a.kind = graph::Argument::Kind::kEntity;
    a.text = t_.text_of(n.f, n.e - 1);
    a.type = graph_type(n.m->type);
    return a;
  }
  graph::Span span(int f, int e) const { return {t_.tok(f).begin, t_.tok(e - 1).end}; }

  void emit(const graph::Argument& s, graph::Span ss, const graph::Argument& o, graph::Span os, Rel r, int rel_f,
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
  void emit(const Named& s, const Named& o, Rel r, int rel_f, int rel_e, EntityRelationRule rule, double conf) {
    if (s.entity == o.entity) return;
    emit(argument(s), span(s.f, s.e), argument(o), span(o.f, o.e), r, rel_f, rel_e, rule, conf);
  }

  // "Bethany, Conn.", "Perugia, Italy": a town, a comma and its state or country. Not in a
  // list ("Paris, Berlin and Rome", "Texas, Ohio and Iowa"): the second place holds towns,
  // the first is none, and no place list goes on around them.
  void place_in_place() {
    for (const Named& a : named_) {
      if (a.kind != Kind::kPlace || a.demonym || !is(a.e, ",")) continue;
      const Named* b = at(a.e + 1);
      if (!b || b->demonym || !container(*b) || is_country(a) || (is_state(a) && !is_country(*b))) continue;
      // "the Embassy in London, Argentina's representative": a possessor is no container.
      if (is(b->e, "and") || is(b->e, "or") || is(b->e, "'s") || is(b->e, "\u2019s")) continue;
      if (is(b->e, ",")) {
        const Named* c = at(b->e + 1);
        if (c && c->kind == Kind::kPlace && (is(c->e, "and") || is(c->e, "or") || is(c->e, ","))) continue;
      }
      if (a.f >= 2 && is(a.f - 1, ",")) {
        const bool after_place = std::any_of(named_.begin(), named_.end(),
                                             [&](const Named& p) { return p.e == a.f - 1 && p.kind == Kind::kPlace; });
        if (after_place) continue;
      }
      emit(a, *b, kLocatedIn, a.e, a.e + 1, EntityRelationRule::kPlaceInPlace, 0.8);
    }
  }

  // The place after `p` and the state or country after it ("of Bethany, Conn."): both.
  void lives_in(const Named& p, const Named& place, int rel_f, int rel_e, EntityRelationRule rule, double conf) {
    emit(p, place, is_country(place) ? kCitizenOf : kLiveIn, rel_f, rel_e, rule, conf);
    if (!is(place.e, ",")) return;
    const Named* c = at(place.e + 1);
    if (c && !c->demonym && container(*c) && !is_country(place)) emit(p, *c, is_country(*c) ? kCitizenOf : kLiveIn, rel_f, rel_e, rule, conf);
  }

  // "Jane Doe, 50, of Bethany", "diver John Doe of Millinocket": LIVE_IN (CITIZEN_OF a country).
  void person_of_place() {
    for (const Named& p : named_) {
      if (p.kind != Kind::kPerson) continue;
      int j = p.e;
      if (is(j, ",") && j + 2 < t_.size() && t_.upos(j + 1) == "NUM" && is(j + 2, ",")) j += 3;
      if (!is(j, "of")) continue;
      const Named* place = at_the(j + 1);
      if (!place || place->kind != Kind::kPlace || place->demonym) continue;
      // "Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal", "King
      // Fahd of Saudi Arabia": a person "of" a country is mostly its office holder or
      // envoy (the title gives the position), not merely its citizen: towns and states only.
      if (is_country(*place)) continue;
      lives_in(p, *place, j, j + 1, EntityRelationRule::kPersonOfPlace, 0.75);
    }
  }

  // The relation of a relation noun (lexicon relation-nouns) at i, else nullptr.
  // `event`: the rows of event nouns ("assassination"), else those of agent nouns ("assassin").
  const lexicon::Row* relation_noun(int i, bool event = false) const {
    if (i < 0 || i >= t_.size() || !noun(i)) return nullptr;
    const std::string l = lower(t_.lemma(i));
    for (const lexicon::Row& r : lexicon::rows(lexicon::List::kRelationNouns)) {
      if (r.size() >= 3 && r[0] == l && (r.size() >= 4 && r[3] == "event") == event) return &r;
    }
    return nullptr;
  }
  void relation_emit(const Named& s, const Named& o, const lexicon::Row& r, int noun_i, EntityRelationRule rule) {
    const bool person_object = r[1] == "KILL";
    if (person_object ? o.kind != Kind::kPerson : o.kind != Kind::kPlace) return;
    const Rel rel{r[2], r[1]};
    if (rel.cls == "LIVE_IN" || rel.cls == "CITIZEN_OF") {
      lives_in(s, o, noun_i, noun_i + 1, rule, 0.75);
    } else {
      emit(s, o, rel, noun_i, noun_i + 1, rule, 0.75);
    }
  }
  // Words between a comma and a relation noun: a determiner and modifiers, no hedge.
  // Returns the noun's index, or -1.
  int noun_after_comma(int comma) const {
    for (int i = comma + 1; i < t_.size() && i <= comma + 4; ++i) {
      if (hedge(i)) return -1;
      if (relation_noun(i)) return i;
      const auto u = t_.upos(i);
      if (u != "DET" && u != "ADJ" && u != "VERB" && !(u == "NOUN" && lower_word(i))) return -1;
    }
    return -1;
  }

  // "X, a native of Y", "X, the assassin of Y", "X is a native of Y".
  void relation_nouns() {
    for (const Named& s : named_) {
      if (s.kind != Kind::kPerson) continue;
      const bool copula = is(s.e, "is") || is(s.e, "was");
      if (!is(s.e, ",") && !copula) continue;
      const int n = noun_after_comma(s.e);
      if (n < 0 || !is(n + 1, "of")) continue;
      const Named* o = at_the(n + 2);
      if (o) relation_emit(s, *o, *relation_noun(n), n, EntityRelationRule::kRelationNoun);
    }
  }

  // "the assassination of Y by X", "the murder of Y by X".
  void event_nouns() {
    for (int n = 0; n + 2 < t_.size(); ++n) {
      const lexicon::Row* r = relation_noun(n, true);
      if (!r || !is(n + 1, "of") || (n > 0 && hedge(n - 1))) continue;
      const Named* y = at_the(n + 2);
      if (!y || y->kind != Kind::kPerson || !is(y->e, "by")) continue;
      const Named* x = at(y->e + 1);
      if (x && x->kind == Kind::kPerson) emit(*x, *y, Rel{(*r)[2], (*r)[1]}, n, n + 1, EntityRelationRule::kEventNoun, 0.7);
    }
  }

  // "Y's assassin, X" and "X, Y's killer".
  void possessive_nouns() {
    for (const Named& y : named_) {
      const int pos = y.e;
      if (!(is(pos, "'s") || is(pos, "'") || is(pos, "\u2019s"))) continue;
      int n = pos + 1;
      while (n < t_.size() && n <= pos + 3 && !relation_noun(n) && t_.upos(n) == "ADJ" && !hedge(n)) ++n;
      const lexicon::Row* r = relation_noun(n);
      if (!r) continue;
      if (is(n + 1, ",")) {
        if (const Named* x = at(n + 2); x && x->kind == Kind::kPerson) relation_emit(*x, y, *r, n, EntityRelationRule::kPossessiveNoun);
      }
      if (y.f >= 2 && is(y.f - 1, ",")) {
        for (const Named& x : named_) {
          if (x.e == y.f - 1 && x.kind == Kind::kPerson) relation_emit(x, y, *r, n, EntityRelationRule::kPossessiveNoun);
        }
      }
    }
  }

  // A known place's canonical name for the words [f, e), else "".
  std::string known_place(int f, int e) const {
    std::string name;
    for (int i = f; i < e; ++i) {
      if (i > f && t_.tok(i - 1).space_after) name += ' ';
      name.append(t_.form(i));
    }
    if (const auto* c = gz::country_by_name(name)) return std::string(c->name);
    if (const std::string_view s = gz::state_name(name); !s.empty()) return std::string(s);
    if (gz::is_city(name)) return name;
    return {};
  }

  // Organisations and the places they are based in, from the words around the name.
  void org_places() {
    for (const Named& o : named_) {
      if (o.kind != Kind::kOrg) continue;
      // "Havana Radio Reloj", "China's Huawei": a place right before the name.
      for (const Named& b : named_) {
        if (b.kind != Kind::kPlace) continue;
        // A country's own body ("U.S. Air Force", "China's Foreign Ministry") is PART_OF it; a
        // company of a country or a town ("Germany's DaimlerChrysler") is BASED_IN it.
        const Rel rel = is_country(b) && state_body(o) ? kPartOf : kBasedIn;
        if (b.e == o.f) emit(o, b, rel, o.f, o.f, EntityRelationRule::kPlaceBeforeOrg, 0.7);
        // "Finland's EU negotiation result": the name only modifies a noun after it.
        const bool head = !(o.e < t_.size() && lower_word(o.e) && t_.upos(o.e) == "NOUN");
        if (b.e + 1 == o.f && head && (is(b.e, "'s") || is(b.e, "\u2019s")))
          emit(o, b, rel, b.e, b.e + 1, EntityRelationRule::kPlaceBeforeOrg, 0.7);
        // "the Japanese car maker Daihatsu", "US bank Citigroup": what kind of body in between.
        if (b.e < o.f && o.f - b.e <= 3 && descriptor_run(b.e, o.f)) emit(o, b, kBasedIn, b.e, o.f, EntityRelationRule::kPlaceBeforeOrg, 0.7);
      }
      place_in_org_name(o);
      // "Acme, a Hong Kong construction firm": the apposition's nouns after a place.
      if (is(o.e, ",") && t_.upos(o.e + 1) == "DET") {
        const Named* b = at(o.e + 2);
        if (b && b->kind == Kind::kPlace) {
          int k = b->e;
          while (k < t_.size() && noun(k) && lower_word(k)) ++k;
          if (k > b->e) emit(o, *b, kBasedIn, b->e, k, EntityRelationRule::kOrgDescribedByPlace, 0.7);
        }
      }
    }
    based_hyphen();
  }

  // Lower-case nouns and adjectives [f, e), the last a descriptor of a body ("car maker").
  bool descriptor_run(int f, int e) const {
    for (int i = f; i < e; ++i) {
      if (!lower_word(i) || !(t_.upos(i) == "NOUN" || t_.upos(i) == "ADJ") || hedge(i)) return false;
    }
    return descriptor_noun(low(e - 1));
  }
  // Whether the organisation's name holds a word of a state body (lexicon state-body-words).
  bool state_body(const Named& o) const {
    for (int i = o.f; i < o.e; ++i) {
      if (lexicon::contains(lexicon::List::kStateBodyWords, t_.form(i))) return true;
      if (i + 1 < o.e) {
        const std::string two = std::string(t_.form(i)) + " " + std::string(t_.form(i + 1));
        if (lexicon::contains(lexicon::List::kStateBodyWords, two)) return true;
      }
    }
    return false;
  }

  // "U.S. Congress", "Havana Radio Network": a name of two words or more that opens with a
  // country, state or city (then a capitalised word) is based there.
  void place_in_org_name(const Named& o) {
    if (o.e - o.f < 2) return;
    for (int k = std::min(o.e - 1, o.f + 3); k > o.f; --k) {
      const std::string place = known_place(o.f, k);
      if (place.empty()) continue;
      const Rel rel = gz::country_by_name(place) && state_body(o) ? kPartOf : kBasedIn;
      const std::string_view next = t_.form(k);
      // Only a place the document names by itself too: no node for "Oxford" of "Oxford
      // University" alone.
      if (next.empty() || !(next[0] >= 'A' && next[0] <= 'Z') || place == o.entity || !document_place(place)) return;
      graph::Argument p;
      p.kind = graph::Argument::Kind::kEntity;
      p.text = place;
      p.type = "Place";
      emit(argument(o), span(o.f, o.e), p, span(o.f, k), rel, o.f, k, EntityRelationRule::kPlaceInOrgName, 0.65);
      return;
    }
  }

  // "Detroit-based Chrysler", "Chrysler, the Detroit-based carmaker".
  void based_hyphen() {
    for (const Named& b : named_) {
      if (b.kind != Kind::kPlace || b.demonym) continue;
      int k = b.e;
      if (is(k, "-")) ++k;
      if (!is(k, "based") && !is(k, "-based")) continue;
      const Named* org = nullptr;
      for (int i = k + 1; i < t_.size() && i <= k + 4 && !org; ++i) {
        const Named* n = at(i);
        if (n && n->kind == Kind::kOrg) org = n;
        else if (n || !(t_.upos(i) == "NOUN" || t_.upos(i) == "ADJ" || t_.upos(i) == "PROPN")) break;
      }
      if (!org && b.f >= 3 && t_.upos(b.f - 1) == "DET" && is(b.f - 2, ",")) {
        for (const Named& n : named_) {
          if (n.e == b.f - 2 && n.kind == Kind::kOrg) org = &n;
        }
      }
      if (org) emit(*org, b, kBasedIn, b.e, k + 1, EntityRelationRule::kBasedHyphen, 0.75);
    }
  }

  // "a bank in Zurich", "the Palace of Fine Arts, in San Francisco": an organisation or a
  // site with "in PLACE" attached to it in the tree (not to the verb: "Google invested in Kenya").
  void org_in_place() {
    for (const Named& o : named_) {
      if (o.kind == Kind::kPerson) continue;
      int j = o.e;
      if (is(j, ",")) ++j;
      if (!is(j, "in")) continue;
      const Named* b = place_after_in(j + 1);
      if (!b || b->kind != Kind::kPlace || b->demonym || !attached_to(*b, o)) continue;
      if (o.kind == Kind::kPlace && (is_country(o) || !container(*b))) continue;
      emit(o, *b, o.kind == Kind::kOrg ? kBasedIn : kLocatedIn, j, j + 1, EntityRelationRule::kOrgInPlace, 0.65);
    }
  }

  // The mention after "in" at token i, over a part of it: "eastern Sudan", "the southeastern
  // part of Rwanda", "the Balkans".
  const Named* place_after_in(int i) const {
    if (is(i, "the")) ++i;
    if (i < t_.size() && lexicon::contains(lexicon::List::kDirectionWords, low(i))) {
      ++i;
      if (is(i, "part") && is(i + 1, "of")) i += 2;
      if (is(i, "the")) ++i;
    }
    return at(i);
  }

  // "Beijing's Tiananmen Square", "Bosnia's capital, Sarajevo", "Leninakan, Armenia's
  // second-largest city": a place inside a town, state or country named with "'s".
  void possessive_places() {
    for (const Named& a : named_) {
      if (a.kind != Kind::kPlace || a.demonym || !(is(a.e, "'s") || is(a.e, "\u2019s"))) continue;
      if (!(container(a) || gz::is_city(a.entity))) continue;
      const Named* b = at(a.e + 1);
      if (b && b->kind == Kind::kPlace && !b->demonym && !is_country(*b)) {
        emit(*b, a, kLocatedIn, a.e, a.e + 1, EntityRelationRule::kPossessivePlace, 0.7);
        continue;
      }
      int n = a.e + 1;  // "Armenia's second-largest city", "Bosnia's capital"
      while (n < t_.size() && n <= a.e + 3 && !lexicon::contains(lexicon::List::kPlaceNouns, low(n)) &&
             (t_.upos(n) == "ADJ" || t_.upos(n) == "NUM"))
        ++n;
      if (n >= t_.size() || !lexicon::contains(lexicon::List::kPlaceNouns, low(n))) continue;
      if (is(n + 1, ",")) {  // "Bosnia's capital, Sarajevo"
        const Named* x = at(n + 2);
        if (x && x->kind == Kind::kPlace && !x->demonym && !is_country(*x))
          emit(*x, a, kLocatedIn, a.e, n + 1, EntityRelationRule::kPossessivePlace, 0.7);
      }
      if (a.f >= 2 && is(a.f - 1, ",")) {  // "Leninakan, Armenia's second-largest city"
        for (const Named& x : named_) {
          if (x.e == a.f - 1 && x.kind == Kind::kPlace && !x.demonym && !is_country(x))
            emit(x, a, kLocatedIn, a.e, n + 1, EntityRelationRule::kPossessivePlace, 0.7);
        }
      }
    }
  }

  // Title words between an organisation and a person: lower-case nouns and adjectives or
  // title words, the last a position or occupation ("spokesman", "chief executive").
  bool title_run(int f, int e) const {
    if (e <= f || e - f > 3) return false;
    for (int i = f; i < e; ++i) {
      if (hedge(i)) return false;
      const auto u = t_.upos(i);
      if (!(u == "NOUN" || u == "ADJ" || gz::is_title_word_any_case(t_.form(i)))) return false;
    }
    return job_noun(e - 1) || gz::is_title_word_any_case(t_.form(e - 1));
  }

  // "Acme spokesman John Doe", "former Air Force commander John Doe", "Acme's John Doe", and
  // as an apposition: "John Doe, Acme's chairman,", "Jane Doe, 53, a former Yale law professor,".
  void org_title_person() {
    for (const Named& o : named_) {
      if (o.kind != Kind::kOrg) continue;
      int f = o.e;
      const bool poss = is(f, "'s") || is(f, "\u2019s");
      if (poss) ++f;
      for (int e = f; e <= f + 3 && e < t_.size(); ++e) {
        const Named* p = at(e);
        if (p) {
          if (p->kind == Kind::kPerson && (title_run(f, e) || (poss && e == f)))
            emit(*p, o, kWorkFor, f, e, EntityRelationRule::kOrgTitlePerson, 0.75);
          break;
        }
        if (title_run(f, e + 1) && apposition_end(e + 1)) {
          if (const Named* q = apposed_person(o.f)) emit(*q, o, kWorkFor, f, e + 1, EntityRelationRule::kOrgTitlePerson, 0.75);
          break;
        }
      }
    }
  }
  // Whether an apposition ends at token i: a comma, a full stop, a relative pronoun or the end.
  bool apposition_end(int i) const {
    return i >= t_.size() || is(i, ",") || is(i, ".") || is(i, ";") || is(i, "who") || is(i, ")");
  }
  // The person whose apposition opens at token i ("John Doe, [53,] a former ..."): a
  // determiner and adjectives may come first, then a comma (and an age) after the name.
  const Named* apposed_person(int i) const {
    int b = i - 1;
    while (b >= 0 && (t_.upos(b) == "DET" || (t_.upos(b) == "ADJ" && lower_word(b))) && !hedge(b)) --b;
    if (b < 0 || !is(b, ",")) return nullptr;
    --b;
    if (b >= 2 && t_.upos(b) == "NUM" && is(b - 1, ",")) b -= 2;
    for (const Named& p : named_) {
      if (p.kind == Kind::kPerson && p.e == b + 1) return &p;
    }
    return nullptr;
  }

  // "Illinois Gov. John Doe", "Atlanta businessman John Doe", "U.S. Ambassador John Doe":
  // a place, title words and a person: LIVE_IN the town or state, CITIZEN_OF the country.
  void place_title_person() {
    for (const Named& b : named_) {
      if (b.kind != Kind::kPlace) continue;
      for (int e = b.e + 1; e <= b.e + 3 && e < t_.size(); ++e) {
        const Named* p = at(e);
        if (!p) continue;
        // "U.S. Ambassador John Doe": a government office of the country, not a citizenship.
        bool office = false;
        for (int i = b.e; i < e; ++i)
          office = office || gz::is_title_word_any_case(t_.form(i)) || gz::is_honorific(t_.form(i)) ||
                   lexicon::contains(lexicon::List::kPositionNouns, low(i));
        if (p->kind == Kind::kPerson && title_run(b.e, e) && !(office && is_country(b)))
          emit(*p, b, is_country(b) ? kCitizenOf : kLiveIn, b.e, e, EntityRelationRule::kPlaceTitlePerson, 0.7);
        break;
      }
    }
  }

  // "John Doe, a reporter for the Daily News", "John Doe, vice president and columnist of
  // Acme", "John Doe is a professor at Acme".
  void person_title_of_org() {
    for (const Named& p : named_) {
      if (p.kind != Kind::kPerson || !(is(p.e, ",") || is(p.e, "is") || is(p.e, "was"))) continue;
      for (int i = p.e + 1; i < t_.size() && i <= p.e + 6; ++i) {
        if (at(i) || hedge(i)) break;
        const std::string w = low(i);
        if (w == "of" || w == "for" || w == "at" || w == "with") {
          if (i == p.e + 1 || !job_noun(i - 1) || !noun(i - 1)) break;
          const Named* o = at_the(i + 1);
          if (o && o->kind == Kind::kOrg) emit(p, *o, kWorkFor, i - 1, i + 1, EntityRelationRule::kPersonTitleOfOrg, 0.75);
          break;
        }
        const auto u = t_.upos(i);
        if (!(u == "DET" || u == "ADJ" || u == "NOUN" || u == "CCONJ" || gz::is_title_word_any_case(t_.form(i)))) break;
      }
    }
  }

  // "John Doe of Acme said", "Jane Doe at the Institute of Mechanics": the organisation
  // right after the person, attached to the name in the tree.
  void person_at_org() {
    for (const Named& p : named_) {
      if (p.kind != Kind::kPerson || !(is(p.e, "of") || is(p.e, "at"))) continue;
      const Named* o = at_the(p.e + 1);
      if (o && o->kind == Kind::kOrg && attached_to(*o, p))
        emit(p, *o, kWorkFor, p.e, p.e + 1, EntityRelationRule::kPersonAtOrg, 0.7);
    }
  }
};

// Whether `t` states what an earlier triple of `have` already states: same sentence,
// class and argument spans ending alike.
bool already_stated(const graph::Triple& t, const std::vector<graph::Triple>& have, std::size_t from) {
  for (std::size_t i = from; i < have.size(); ++i) {
    const graph::Triple& h = have[i];
    if (h.evidence.sentence_span != t.evidence.sentence_span) continue;
    // An apposition of two places becomes LOCATED_IN in resolve_arguments.
    if (h.relation.cls != t.relation.cls && !(h.relation.cls == "BE" && t.relation.cls == "LOCATED_IN")) continue;
    if (h.evidence.subject_span.end == t.evidence.subject_span.end && h.evidence.object_span.end == t.evidence.object_span.end)
      return true;
  }
  return false;
}

}  // namespace

Status EntityRelationExtractor::extract_open(const Document& doc, std::vector<OpenExtraction>& out) const {
  const std::size_t first = out.size();
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const SentenceTree t(doc, s);
    if (t.size() == 0) continue;
    Rules(t, out).run();
  }
  fill_sentences(doc, out, first);
  return Status::ok();
}

Status EntityRelationExtractor::extract(const Document& doc, std::vector<graph::Triple>& out) const {
  std::vector<OpenExtraction> open;
  if (Status s = extract_open(doc, open); !s.is_ok()) return s;
  for (OpenExtraction& e : open) {
    if (already_stated(e.triple, out, 0)) continue;
    e.triple.evidence.confidence = graph::canonical_confidence(e.triple.evidence.confidence);
    out.push_back(std::move(e.triple));
  }
  return Status::ok();
}

}  // namespace kg::extract::triples
