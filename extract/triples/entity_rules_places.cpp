// Relation rules of places and people: where a place or a person is, relation nouns (see entity_rules.h).
#include <algorithm>
#include <string>
#include <vector>

#include "extract/coref/legal_forms.h"
#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "extract/triples/entity_rules.h"

namespace kg::extract::triples::entity_rules {
namespace gz = gazetteer;

void Rules::place_in_place() {
  for (const Named& a : named_) {
    if (a.kind != Kind::kPlace || a.demonym || !is(a.e, ",")) continue;
    // "Mohammadia, south-east Algeria": a direction before the container.
    int k = a.e + 1;
    auto direction = [&](int i) {
      const std::string w = low(i);
      const std::size_t dash = w.find('-');
      if (dash == std::string::npos) return lexicon::contains(lexicon::List::kDirectionWords, w);
      return lexicon::contains(lexicon::List::kDirectionWords, w.substr(0, dash)) &&
             lexicon::contains(lexicon::List::kDirectionWords, w.substr(dash + 1));
    };
    if (at(k)) {
      // "Waxhaw, South Carolina": the direction is the name's own.
    } else if (k < t_.size() && direction(k)) {
      ++k;
    } else if (k + 2 < t_.size() && lexicon::contains(lexicon::List::kDirectionWords, low(k)) && is(k + 1, "-") &&
             lexicon::contains(lexicon::List::kDirectionWords, low(k + 2)))
      k += 3;
    const Named* b = at(k);
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

void Rules::lives_in(const Named& p, const Named& place, int rel_f, int rel_e, EntityRelationRule rule, double conf) {
  emit(p, place, is_country(place) ? kCitizenOf : kLiveIn, rel_f, rel_e, rule, conf);
  if (!is(place.e, ",")) return;
  const Named* c = at(place.e + 1);
  if (c && !c->demonym && container(*c) && !is_country(place))
    emit(p, *c, is_country(*c) ? kCitizenOf : kLiveIn, rel_f, rel_e, rule, conf);
}

void Rules::person_of_place() {
  for (const Named& p : named_) {
    if (p.kind != Kind::kPerson) continue;
    int j = p.e;
    if (is(j, ",") && j + 2 < t_.size() && t_.upos(j + 1) == "NUM" && is(j + 2, ",")) j += 3;
    // "Derwinski, a Republican from Chicago", "Jane Doe, a teacher from Leeds": an apposition
    // of a determiner and a few nouns or adjectives, then "from" a town or state.
    if (is(j, ",") && (t_.upos(j + 1) == "DET")) {
      int k = j + 2;
      while (k < t_.size() && k <= j + 5 &&
             (t_.upos(k) == "NOUN" || t_.upos(k) == "PROPN" || t_.upos(k) == "ADJ" || t_.upos(k) == "NUM") && !at(k) && !hedge(k))
        ++k;
      if (k > j + 2 && is(k, "from") && (t_.upos(k - 1) == "NOUN" || t_.upos(k - 1) == "PROPN")) j = k;
    }
    // "Mr Tyndall, from Brighton, was arrested": "from" a place in apposition.
    if (is(j, ",") && is(j + 1, "from")) {
      const Named* place = at(j + 2);
      if (place && (is(place->e, ",") || is(place->e, ")"))) j = j + 1;
    }
    if (!is(j, "of") && !(is(j, "from") && j > p.e)) continue;
    const Named* place = at_the(j + 1);
    if (!place || place->kind != Kind::kPlace || place->demonym) continue;
    // "Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal", "King
    // Fahd of Saudi Arabia": a person "of" a country is mostly its office holder or
    // envoy (the title gives the position), not merely its citizen: towns and states only.
    if (is_country(*place)) continue;
    lives_in(p, *place, j, j + 1, EntityRelationRule::kPersonOfPlace, 0.75);
  }
}

void Rules::home_places() {
  for (const Named& p : named_) {
    if (p.kind != Kind::kPerson) continue;
    int j = p.e;
    const bool pronoun = p.e == p.f + 1 && t_.upos(p.f) == "PRON";  // "his", "her", "their"
    if (!pronoun) {
      if (!(is(j, "'s") || is(j, "\u2019s") || is(j, "'"))) continue;
      ++j;
    }
    auto home_word = [&](int i) { return lexicon::contains(lexicon::List::kHomeWords, low(i)); };
    // "Sohn's New Jersey home": the place between the possessive and the home word.
    if (const Named* inside = at(j); !pronoun && inside && inside->kind == Kind::kPlace && !inside->demonym &&
                                     home_word(inside->e)) {
      lives_in(p, *inside, inside->e, inside->e + 1, EntityRelationRule::kPersonOfPlace, 0.7);
      continue;
    }
    if (!home_word(j)) continue;
    const int home = j++;
    if (j < t_.size() && lexicon::contains(lexicon::List::kPlaceNouns, low(j))) ++j;
    // "Beaumont, Texas, Richardson's hometown", "South Carolina being Jesse Jackson's home
    // state": the place before the person.
    const int before = p.f >= 2 && (is(p.f - 1, ",") || is(p.f - 1, "being") || is(p.f - 1, "is") || is(p.f - 1, "was"))
                           ? p.f - 1
                           : -1;
    for (const Named& b : named_) {
      if (before < 0 || b.e != before || b.kind != Kind::kPlace || b.demonym || pronoun) continue;
      // "Beaumont, Texas, X's hometown": the town before the state (lives_in adds the state).
      const Named* town = nullptr;
      for (const Named& a : named_) {
        if (b.f >= 2 && is(b.f - 1, ",") && a.e == b.f - 1 && a.kind == Kind::kPlace && !a.demonym) town = &a;
      }
      if (town && container(b)) {
        lives_in(p, *town, home, home + 1, EntityRelationRule::kPersonOfPlace, 0.7);
      } else if (!(b.f >= 1 && (is(b.f - 1, ",") || is(b.f - 1, "and") || is(b.f - 1, "or")))) {  // no list's last
        lives_in(p, b, home, home + 1, EntityRelationRule::kPersonOfPlace, 0.7);
      }
    }
    if (is(j, ",") || is(j, "of")) ++j;
    const Named* place = at_the(j);
    if (!place || place->kind != Kind::kPlace || place->demonym) continue;
    lives_in(p, *place, home, home + 1, EntityRelationRule::kPersonOfPlace, 0.7);
  }
}

const lexicon::Row* Rules::relation_noun(int i, bool event) const {
  if (i < 0 || i >= t_.size() || !noun(i)) return nullptr;
  const std::string l = lower(t_.lemma(i));
  for (const lexicon::Row& r : lexicon::rows(lexicon::List::kRelationNouns)) {
    if (r.size() >= 3 && r[0] == l && (r.size() >= 4 && r[3] == "event") == event) return &r;
  }
  return nullptr;
}

void Rules::relation_emit(const Named& s, const Named& o, const lexicon::Row& r, int noun_i, EntityRelationRule rule) {
  const Rel rel{r[2], r[1]};
  // Who may hold the relation to whom: a person kills a person and lives in a place; anyone
  // owns an organisation; an organisation is part of one.
  const bool lives = rel.cls == "LIVE_IN" || rel.cls == "CITIZEN_OF";
  const bool company = rel.cls == "OWN" || rel.cls == "PART_OF";
  if (lives && (s.kind != Kind::kPerson || o.kind != Kind::kPlace || o.demonym)) return;
  if (rel.cls == "KILL" && (s.kind != Kind::kPerson || o.kind != Kind::kPerson)) return;
  if (company && (o.kind != Kind::kOrg || (rel.cls == "PART_OF" && s.kind != Kind::kOrg))) return;
  if (!lives && !company && rel.cls != "KILL") return;
  if (rel.cls == "LIVE_IN" || rel.cls == "CITIZEN_OF") {
    lives_in(s, o, noun_i, noun_i + 1, rule, 0.75);
  } else {
    emit(s, o, rel, noun_i, noun_i + 1, rule, 0.75);
  }
}

int Rules::noun_after_comma(int comma) const {
  for (int i = comma + 1; i < t_.size() && i <= comma + 6; ++i) {
    if (hedge(i)) return -1;
    if (const Named* d = at(i); d && d->demonym) {  // "the main French shareholder of"
      i = d->e - 1;
      continue;
    }
    if (relation_noun(i)) return i;
    const auto u = t_.upos(i);
    // "a British and Israeli citizen": "and" between the modifiers.
    if (u != "DET" && u != "ADJ" && u != "VERB" && u != "CCONJ" && !(u == "NOUN" && lower_word(i))) return -1;
  }
  return -1;
}

void Rules::relation_nouns() {
  for (const Named& s : named_) {
    if (s.demonym) continue;
    // "the Lagardere group, the main French shareholder of EADS": a noun that still names
    // the organisation may come first (lexicon same-body-nouns.txt).
    const int after = s.kind == Kind::kOrg && lexicon::contains(lexicon::List::kSameBodyNouns, low(s.e)) ? s.e + 1 : s.e;
    int start = after;
    // "Vaskevitch, who is a British and Israeli citizen": a relative clause's copula.
    if (is(after, ",") && is(after + 1, "who") && (is(after + 2, "is") || is(after + 2, "was"))) start = after + 2;
    const bool copula = is(start, "is") || is(start, "was");
    if (!is(start, ",") && !copula) continue;
    const int n = noun_after_comma(start);
    if (n < 0) continue;
    const lexicon::Row& row = *relation_noun(n);
    if (is(n + 1, "of")) {
      if (const Named* o = at_the(n + 2)) relation_emit(s, *o, row, n, EntityRelationRule::kRelationNoun);
      continue;
    }
    // "David Sofer, an Israeli citizen": the demonyms before the noun name the countries.
    if (s.kind != Kind::kPerson || !(row[1] == "CITIZEN_OF" || row[1] == "LIVE_IN")) continue;
    for (const Named& d : named_) {
      if (!d.demonym || d.f <= start || d.e > n) continue;
      emit(s, d, Rel{row[2], row[1]}, n, n + 1, EntityRelationRule::kRelationNoun, 0.75);
    }
  }
}

void Rules::convicted_of() {
  for (const Named& x : named_) {
    if (x.kind != Kind::kPerson) continue;
    int j = x.e;
    if (is(j, "was") || is(j, "is") || is(j, ",")) ++j;
    if (!is(j, "convicted") || !is(j + 1, "of")) continue;
    int n = j + 2;
    if (is(n, "the")) ++n;
    const Named* y = nullptr;
    if (const Named* p = at(n); p && p->kind == Kind::kPerson && (is(p->e, "'s") || is(p->e, "\u2019s"))) {
      y = p;
      n = p->e + 1;
    }
    const lexicon::Row* r = relation_noun(n, true);
    if (!r) continue;
    if (!y && is(n + 1, "of")) y = at_the(n + 2);
    if (y && y->kind == Kind::kPerson && y->entity != x.entity)
      emit(x, *y, Rel{(*r)[2], (*r)[1]}, j, n + 1, EntityRelationRule::kEventNoun, 0.7);
  }
}

void Rules::event_nouns() {
  convicted_of();
  for (int n = 0; n + 2 < t_.size(); ++n) {
    const lexicon::Row* r = relation_noun(n, true);
    if (!r || (n > 0 && hedge(n - 1))) continue;
    int of = n + 1;
    // "the assassination in 1914 of Y": a year between.
    if (is(of, "in") && of + 1 < t_.size() && t_.upos(of + 1) == "NUM") of += 2;
    if (!is(of, "of")) continue;
    const Named* y = at_the(of + 1);
    if (y && y->demonym) y = at(y->e);  // "of Austrian Archduke Franz Ferdinand"
    if (!y || y->kind != Kind::kPerson || !is(y->e, "by")) continue;
    // "by young Bosnian nationalist Gavrilo Princip": descriptive words before the name.
    const Named* x = nullptr;
    for (int i = y->e + 1; i < t_.size() && i <= y->e + 5 && !x; ++i) {
      const Named* m = at(i);
      if (m && m->kind == Kind::kPerson) {
        x = m;
      } else if (m && m->demonym) {
        i = m->e - 1;
      } else if (m || !((t_.upos(i) == "ADJ" || noun(i)) && lower_word(i))) {
        break;
      }
    }
    if (x) emit(*x, *y, Rel{(*r)[2], (*r)[1]}, n, n + 1, EntityRelationRule::kEventNoun, 0.7);
  }
}

void Rules::possessive_nouns() {
  for (const Named& y : named_) {
    const int pos = y.e;
    const bool poss = is(pos, "'s") || is(pos, "'") || is(pos, "\u2019s");
    int n = poss ? pos + 1 : pos;
    // "Airbus' majority owner": adjectives, and after a possessive lower-case nouns, first.
    while (n < t_.size() && n <= pos + 3 && !relation_noun(n) && !hedge(n) &&
           (t_.upos(n) == "ADJ" || (poss && noun(n) && lower_word(n))))
      ++n;
    const lexicon::Row* r = relation_noun(n);
    if (!r) continue;
    // "Kennedy assassin Lee Harvey Oswald": without a possessive only a person's killer, named
    // right after the noun.
    if (!poss && !(y.kind == Kind::kPerson && (*r)[1] == "KILL" && n == pos)) continue;
    if (is(n + 1, ",")) {
      if (const Named* x = at(n + 2); x && x->kind == Kind::kPerson)
        relation_emit(*x, y, *r, n, EntityRelationRule::kPossessiveNoun);
    } else if (const Named* x = at(n + 1); x && x->kind == Kind::kPerson) {  // "McKinley's assassin Leon Czolgosz"
      relation_emit(*x, y, *r, n, EntityRelationRule::kPossessiveNoun);
    }
    if (!poss) continue;
    // "X, Y's killer", "EADS - Airbus' majority owner -".
    if (y.f >= 2 && (is(y.f - 1, ",") || dash(y.f - 1))) {
      for (const Named& x : named_) {
        if (x.e == y.f - 1) relation_emit(x, y, *r, n, EntityRelationRule::kPossessiveNoun);
      }
    }
  }
}

void Rules::org_in_place() {
  for (const Named& o : named_) {
    if (o.kind == Kind::kPerson) continue;
    int j = o.e;
    // "Pittsburgh-Corning Corp. of Pittsburgh", "Manufacturers Hanover Trust Co. of New York":
    // a company's name that ends in a legal form, "of" and a town or state.
    if (o.kind == Kind::kOrg && is(j, "of") && ends_with_legal_form(t_.text_of(o.f, o.e - 1))) {
      const Named* b = at(j + 1);
      if (b && b->kind == Kind::kPlace && !b->demonym)
        emit(o, *b, kBasedIn, j, j + 1, EntityRelationRule::kOrgInPlace, 0.65);
      continue;
    }
    // "Oriel College, Oxford;": a body, a comma and a town that ends the phrase.
    if (o.kind == Kind::kOrg && is(j, ",")) {
      const Named* b = at(j + 1);
      if (b && b->kind == Kind::kPlace && !b->demonym && !is_country(*b) &&
          (is(b->e, ";") || is(b->e, ".") || is(b->e, ")") || b->e >= t_.size()) &&
          !(o.f >= 1 && (is(o.f - 1, ",") || is(o.f - 1, "and")) && !is(o.f - 1, ";")))
        emit(o, *b, kBasedIn, j, j + 1, EntityRelationRule::kOrgInPlace, 0.65);
    }
    // "at NRC headquarters in nearby Rockville": the headquarters are the organisation's.
    const bool headquarters = o.kind == Kind::kOrg && is(j, "headquarters");
    if (headquarters) ++j;
    if (is(j, ",")) ++j;
    if (!is(j, "in")) continue;
    int k = j + 1;
    if (headquarters && (is(k, "nearby") || is(k, "suburban") || is(k, "downtown"))) ++k;
    const Named* b = place_after_in(k);
    // A town right before "in" a country or state lies there however the parser attached
    // it ("a flight to Khartoum from Kassala in eastern Sudan").
    const bool town_in = o.kind == Kind::kPlace && !is_country(o) && b && container(*b) && !b->demonym && !is(o.e, ",");
    // "at the Palace of Fine Arts, in San Francisco,", "at the Savannah River Plant, in Aiken,
    // S.C.,": a place between commas right after a body or a site (no town of the lists).
    const bool site = o.kind == Kind::kOrg || known_place(o.f, o.e).empty();
    const bool bracketed = site && is(o.e, ",") && b && (b->e >= t_.size() || is(b->e, ",") || is(b->e, "."));
    if (!b || b->kind != Kind::kPlace || b->demonym || !(attached_to(*b, o) || headquarters || town_in || bracketed))
      continue;
    if (o.kind == Kind::kPlace && (is_country(o) || !(container(*b) || bracketed))) continue;
    emit(o, *b, o.kind == Kind::kOrg ? kBasedIn : kLocatedIn, j, j + 1, EntityRelationRule::kOrgInPlace, 0.65);
  }
}

const Named* Rules::place_after_in(int i) const {
  if (is(i, "the")) ++i;
  if (i < t_.size() && lexicon::contains(lexicon::List::kDirectionWords, low(i))) {
    ++i;
    if (is(i, "part") && is(i + 1, "of")) i += 2;
    if (is(i, "the")) ++i;
  }
  return at(i);
}

void Rules::possessive_places() {
  for (const Named& a : named_) {
    if (a.kind != Kind::kPlace || a.demonym || !(is(a.e, "'s") || is(a.e, "\u2019s"))) continue;
    if (!(container(a) || gz::is_city(a.entity))) continue;
    const Named* b = at(a.e + 1);
    if (b && b->kind == Kind::kPlace && !b->demonym && !is_country(*b)) {
      emit(*b, a, kLocatedIn, a.e, a.e + 1, EntityRelationRule::kPossessivePlace, 0.7);
      continue;
    }
    int n = a.e + 1;  // "Armenia's second-largest city", "Bosnia's capital"
    // "second-largest" is three tokens: adjectives, numbers and hyphens between them.
    while (n < t_.size() && n <= a.e + 5 && !lexicon::contains(lexicon::List::kPlaceNouns, low(n)) &&
           (t_.upos(n) == "ADJ" || t_.upos(n) == "NUM" || (is(n, "-") && n > a.e + 1)))
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

void Rules::born_hyphen() {
  for (const Named& b : named_) {
    if (b.kind != Kind::kPlace) continue;
    int end = 0;
    if (const Named* person = hyphen_holder(b, "born", Kind::kPerson, end))
      emit(*person, b, kBornIn, b.e, end, EntityRelationRule::kBornHyphen, 0.75);
  }
}

void Rules::place_nouns() {
  for (const Named& s : named_) {
    if (s.kind != Kind::kPlace || s.demonym || !is(s.e, ",")) continue;
    // A determiner, then adjectives and nouns in lower case, the last a place noun.
    if (!(is(s.e + 1, "a") || is(s.e + 1, "an") || is(s.e + 1, "the"))) continue;
    int i = s.e + 2;
    while (i < t_.size() && i <= s.e + 5 && lower_word(i) && (noun(i) || t_.upos(i) == "ADJ") && !hedge(i)) ++i;
    const int last = i - 1;
    if (last < s.e + 2 || !lexicon::contains(lexicon::List::kPlaceNouns, low(last))) continue;
    // "the capital of Armenia", "an island nation in the Indian Ocean".
    const Named* o = is(i, "of") ? at_the(i + 1) : is(i, "in") ? place_after_in(i + 1) : nullptr;
    if (!o || o->kind != Kind::kPlace || o->demonym || o->entity == s.entity) continue;
    emit(s, *o, kLocatedIn, last, i + 1, EntityRelationRule::kRelationNoun, 0.7);
  }
}

}  // namespace kg::extract::triples::entity_rules
