// Internal to the relations extractor (entity_relations.h): the named mentions of one
// sentence and the pattern rules over them. Rules are split by subject: entity_relations.cpp
// (mentions, emitting, the extractor), entity_rules_places.cpp (places and people: where a
// place or a person is, relation nouns), entity_rules_orgs.cpp (organisations: where they
// are based, who works for them).
// Contract: a Rules object borrows the SentenceTree and appends to `out`; run() applies every
// rule in a fixed order (deterministic output). Not part of the library's interface.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon/lexicon.h"
#include "extract/triples/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "extract/triples/entity_relations.h"
#include "extract/triples/tree.h"

namespace kg::extract::triples::entity_rules {

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

inline constexpr Rel kLocatedIn{"locate in", "LOCATED_IN"};
inline constexpr Rel kBasedIn{"base in", "BASED_IN"};
inline constexpr Rel kLiveIn{"live in", "LIVE_IN"};
inline constexpr Rel kCitizenOf{"be citizen of", "CITIZEN_OF"};
inline constexpr Rel kBornIn{"be bear in", "BORN_IN"};
inline constexpr Rel kWorkFor{"work for", "WORK_FOR"};
inline constexpr Rel kPartOf{"be part of", "PART_OF"};
inline constexpr Rel kMemberOf{"be member of", "MEMBER_OF"};

class Rules {
 public:
  Rules(const SentenceTree& t, std::vector<OpenExtraction>& out) : t_(t), out_(out) { collect(); }
  void run();

 private:
  const SentenceTree& t_;
  std::vector<OpenExtraction>& out_;
  std::vector<Named> named_;
  std::vector<int> starts_;  // per local token: index in named_ of the mention starting there, -1

  void collect();

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
  // A dash that sets off an apposition ("EADS - Airbus' majority owner -").
  bool dash(int i) const { return is(i, "-") || is(i, "--") || is(i, "\u2013") || is(i, "\u2014"); }
  bool hedge(int i) const { return lexicon::contains(lexicon::List::kHedgeAdjectives, low(i)); }
  // A noun naming a position or an occupation ("spokesman", "reporter").
  bool job_noun(int i) const { return triples::is_job_noun(lower(t_.lemma(i))); }
  // A place entity of the document with that canonical name.
  bool document_place(const std::string& name) const {
    for (const Entity& en : t_.doc().entities) {
      if ((en.type == EntityType::kGpe || en.type == EntityType::kLoc) && en.name == name) return true;
    }
    return false;
  }
  static bool is_country(const Named& n) { return gazetteer::country_by_name(n.entity) != nullptr; }
  static bool is_state(const Named& n) { return !gazetteer::state_name(n.entity).empty(); }
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
            int rel_e, EntityRelationRule rule, double conf);
  void emit(const Named& s, const Named& o, Rel r, int rel_f, int rel_e, EntityRelationRule rule, double conf);

  // "Bethany, Conn.", "Perugia, Italy": a town, a comma and its state or country. Not in a
  // list ("Paris, Berlin and Rome", "Texas, Ohio and Iowa"): the second place holds towns,
  // the first is none, and no place list goes on around them.
  void place_in_place();

  // The place after `p` and the state or country after it ("of Bethany, Conn."): both.
  void lives_in(const Named& p, const Named& place, int rel_f, int rel_e, EntityRelationRule rule, double conf);

  // "Jane Doe, 50, of Bethany", "diver John Doe of Millinocket": LIVE_IN (CITIZEN_OF a country).
  void person_of_place();

  // The relation of a relation noun (lexicon relation-nouns) at i, else nullptr.
  // `event`: the rows of event nouns ("assassination"), else those of agent nouns ("assassin").
  const lexicon::Row* relation_noun(int i, bool event = false) const;
  void relation_emit(const Named& s, const Named& o, const lexicon::Row& r, int noun_i, EntityRelationRule rule);
  // Words between a comma and a relation noun: a determiner and modifiers, no hedge.
  // Returns the noun's index, or -1.
  int noun_after_comma(int comma) const;

  // "X, a native of Y", "X, the assassin of Y", "X is a native of Y".
  void relation_nouns();

  // "Yerevan, the capital of Armenia", "Madagascar, an island nation in the Indian Ocean": a
  // place, a determiner and words ending in a place noun (lexicon place-nouns), "of" or "in"
  // a place: LOCATED_IN.
  void place_nouns();

  // "the assassination of Y by X", "the murder of Y by X"; and convicted_of.
  void event_nouns();
  // "X was convicted of Y's killing", "X, convicted of the murder of Y": a court's finding.
  void convicted_of();

  // "Y's assassin, X", "Y's assassin X", "X, Y's killer" and "Y assassin X".
  void possessive_nouns();

  // A known place's canonical name for the words [f, e), else "".
  std::string known_place(int f, int e) const;

  // Organisations and the places they are based in, from the words around the name.
  void org_places();

  // Lower-case nouns and adjectives [f, e), the last a descriptor of a body ("car maker").
  bool descriptor_run(int f, int e) const;
  // Whether the organisation's name holds a word of a state body (lexicon state-body-words).
  bool state_body(const Named& o) const;

  // "U.S. Congress", "Havana Radio Network": a name of two words or more that opens with a
  // country, state or city (then a capitalised word) is based there.
  void place_in_org_name(const Named& o);

  // "Detroit-based Chrysler", "Chrysler, the Detroit-based carmaker".
  void based_hyphen();
  // The name of `kind` a place's participle describes ("Detroit-based Chrysler", "Illinois
  // born Charlton Heston", "X, the Detroit-based carmaker"), or nullptr; `end` is set past
  // the participle.
  const Named* hyphen_holder(const Named& b, std::string_view participle, Kind kind, int& end) const;

  // "a bank in Zurich", "the Palace of Fine Arts, in San Francisco": an organisation or a
  // site with "in PLACE" attached to it in the tree (not to the verb: "Google invested in Kenya").
  void org_in_place();

  // The mention after "in" at token i, over a part of it: "eastern Sudan", "the southeastern
  // part of Rwanda", "the Balkans".
  const Named* place_after_in(int i) const;

  // "his native South Carolina", "Jesse Jackson's home state, South Carolina", "their
  // hometown of Grants, N.M.": a person's possessive, a home word (lexicon home-words.txt),
  // maybe a place noun, "," or "of", then the place: LIVE_IN (CITIZEN_OF a country).
  void home_places();

  // "Illinois born Charlton Heston", "the Chicago-born singer Jo Roe", "Jo Roe, a Texas-born
  // lawyer,": BORN_IN the place (a town's state or country after it too).
  void born_hyphen();

  // "Beijing's Tiananmen Square", "Bosnia's capital, Sarajevo", "Leninakan, Armenia's
  // second-largest city": a place inside a town, state or country named with "'s".
  void possessive_places();

  // Title words between an organisation and a person: lower-case nouns and adjectives or
  // title words, the last a position or occupation ("spokesman", "chief executive").
  bool title_run(int f, int e) const;
  // A rank or office abbreviated before a name, with or without its full stop ("Gov.",
  // "Sen", "Gen."; lexicon rank-abbreviations.txt).
  bool rank(int i) const;
  // Whether [f, e) holds a title word, an honorific or a position noun: an office
  // ("U.S. Ambassador", "a U.S. ambassador"), which a country gives no citizenship with.
  // Without `position_nouns` only title words and honorifics count: "a French lawyer" holds none.
  bool office_run(int f, int e, bool position_nouns = true) const;

  // "Acme spokesman John Doe", "former Air Force commander John Doe", "Acme's John Doe", and
  // as an apposition: "John Doe, Acme's chairman,", "Jane Doe, 53, a former Yale law professor,".
  void org_title_person();
  // Whether an apposition ends at token i: a comma, a full stop, a relative pronoun or the end.
  bool apposition_end(int i) const;
  // The person whose apposition opens at token i ("John Doe, [53,] a former ..."): a
  // determiner and adjectives may come first, then a comma (and an age) after the name.
  const Named* apposed_person(int i) const;

  // "Illinois Gov. John Doe", "Atlanta businessman John Doe", "U.S. Ambassador John Doe":
  // a place, title words and a person: LIVE_IN the town or state, CITIZEN_OF the country.
  void place_title_person();

  // "John Doe, a reporter for the Daily News", "John Doe, vice president and columnist of
  // Acme", "John Doe is a professor at Acme".
  void person_title_of_org();
  // "the French co-head of aerospace group EADS Philippe Camus": a title, "of", the body's
  // description and name, then the person's name.
  void title_of_org_person();
  // "Brian Mulroney's Progressive Conservative Party": a person's possessive before a body
  // people belong to (lexicon membership-body-words): MEMBER_OF.
  void person_party();

  // "John Doe of Acme said", "Jane Doe at the Institute of Mechanics": the organisation
  // right after the person, attached to the name in the tree.
  void person_at_org();
};

}  // namespace kg::extract::triples::entity_rules
