// Relation rules of organisations: where they are based, who works for them (see entity_rules.h).
#include <algorithm>
#include <string>
#include <vector>

#include "extract/coref/org_cues.h"
#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "extract/triples/entity_rules.h"

namespace kg::extract::triples::entity_rules {
namespace gz = gazetteer;

std::string Rules::known_place(int f, int e) const {
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

void Rules::org_places() {
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
      if (b.e < o.f && o.f - b.e <= 3 && descriptor_run(b.e, o.f))
        emit(o, b, kBasedIn, b.e, o.f, EntityRelationRule::kPlaceBeforeOrg, 0.7);
    }
    place_in_org_name(o);
    // "Acme, a Hong Kong construction firm": the apposition's nouns after a place; "Metlife,
    // the US's leading insurance company": after the place's possessive, adjectives and
    // nouns that end in a descriptor of a body.
    const int comma = is(o.e, ">") ? o.e + 1 : o.e;  // "<Plenmeer Ltd>, a British company"
    if (is(comma, ",") && t_.upos(comma + 1) == "DET") {
      const Named* b = at(comma + 2);
      // "a Chinese language daily in San Francisco" names a language, not a country.
      if (b && b->kind == Kind::kPlace && !(b->demonym && is(b->e, "language"))) {
        int k = b->e;
        const bool poss = is(k, "'s") || is(k, "\u2019s");
        if (poss) ++k;
        const int from = k;
        // "leading" may be tagged a gerund.
        auto modifier = [&](int i) { return (t_.upos(i) == "ADJ" || t_.xpos(i) == "VBG") && !hedge(i); };
        while (k < t_.size() && lower_word(k) && (noun(k) || (poss && modifier(k)))) ++k;
        // A person's noun ("an Israeli citizen", "a French lawyer") describes no body.
        const bool person_noun = k > from && (job_noun(k - 1) || relation_noun(k - 1));
        if (k > from && !person_noun && (!poss || descriptor_noun(low(k - 1))))
          emit(o, *b, kBasedIn, b->e, k, EntityRelationRule::kOrgDescribedByPlace, 0.7);
      }
    }
  }
  based_hyphen();
}

bool Rules::descriptor_run(int f, int e) const {
  for (int i = f; i < e; ++i) {
    // "banking giant", "mining company": a gerund the tagger read as a verb modifies too.
    const bool gerund = t_.xpos(i) == "VBG" && i + 1 < e;
    if (!lower_word(i) || !(t_.upos(i) == "NOUN" || t_.upos(i) == "ADJ" || gerund) || hedge(i)) return false;
  }
  return descriptor_noun(low(e - 1));
}

bool Rules::state_body(const Named& o) const {
  for (int i = o.f; i < o.e; ++i) {
    if (lexicon::contains(lexicon::List::kStateBodyWords, t_.form(i))) return true;
    if (i + 1 < o.e) {
      const std::string two = std::string(t_.form(i)) + " " + std::string(t_.form(i + 1));
      if (lexicon::contains(lexicon::List::kStateBodyWords, two)) return true;
    }
  }
  return false;
}

void Rules::place_in_org_name(const Named& o) {
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

const Named* Rules::hyphen_holder(const Named& b, std::string_view participle, Kind kind, int& end) const {
  int k = b.e;
  if (is(k, "-")) ++k;
  const std::string w = low(k);  // "based", or "-based" written as one word
  const std::string_view bare = !w.empty() && w[0] == '-' ? std::string_view(w).substr(1) : std::string_view(w);
  if (bare != participle) return nullptr;
  end = k + 1;
  for (int i = k + 1; i < t_.size() && i <= k + 4; ++i) {
    const Named* n = at(i);
    if (n && n->kind == kind) return n;
    if (n || !(t_.upos(i) == "NOUN" || t_.upos(i) == "ADJ" || t_.upos(i) == "PROPN")) break;
  }
  // "Chrysler, the Detroit-based carmaker": the name before the apposition.
  if (b.f >= 3 && t_.upos(b.f - 1) == "DET" && is(b.f - 2, ",")) {
    for (const Named& n : named_) {
      if (n.e == b.f - 2 && n.kind == kind) return &n;
    }
  }
  return nullptr;
}

void Rules::based_hyphen() {
  for (const Named& b : named_) {
    if (b.kind != Kind::kPlace || b.demonym) continue;
    int end = 0;
    if (const Named* org = hyphen_holder(b, "based", Kind::kOrg, end))
      emit(*org, b, kBasedIn, b.e, end, EntityRelationRule::kBasedHyphen, 0.75);
  }
}

bool Rules::title_run(int f, int e) const {
  if (e <= f || e - f > 6) return false;
  int words = 0;
  for (int i = f; i < e; ++i) {
    if (hedge(i)) return false;
    const auto u = t_.upos(i);
    // "chairman and chief executive officer": titles joined by "and" (not first or last).
    if (is(i, "and") && i > f && i + 1 < e) continue;
    // "founding chairman", "acting president", "managing director": a participle before
    // the title noun.
    const bool participle = u == "VERB" && (t_.xpos(i) == "VBG" || t_.xpos(i) == "VBN") && i + 1 < e;
    if (!(u == "NOUN" || u == "ADJ" || participle || gz::is_title_word_any_case(t_.form(i)) || rank(i))) return false;
    ++words;
  }
  if (words > 4) return false;
  return job_noun(e - 1) || is(e - 1, "member") || gz::is_title_word_any_case(t_.form(e - 1)) || rank(e - 1);
}

bool Rules::office_run(int f, int e, bool position_nouns) const {
  for (int i = f; i < e; ++i) {
    if (gz::is_title_word_any_case(t_.form(i)) || gz::is_honorific(t_.form(i)) ||
        (position_nouns && lexicon::contains(lexicon::List::kPositionNouns, low(i))))
      return true;
  }
  return false;
}

bool Rules::rank(int i) const {
  std::string_view f = t_.form(i);
  if (f.size() > 1 && f.back() == '.') f.remove_suffix(1);
  return lexicon::contains(lexicon::List::kRankAbbreviations, f);
}

void Rules::org_title_person() {
  for (const Named& o : named_) {
    if (o.kind != Kind::kOrg) continue;
    int f = o.e;
    const bool poss = is(f, "'s") || is(f, "\u2019s");
    if (poss) ++f;
    for (int e = f; e <= f + 6 && e < t_.size(); ++e) {
      const Named* p = at(e);
      // "City Council member Jane Doe": a member of the body, not its employee.
      const Rel rel = e > f && is(e - 1, "member") ? kMemberOf : kWorkFor;
      if (p) {
        if (p->kind == Kind::kPerson && (title_run(f, e) || (poss && e == f)))
          emit(*p, o, rel, f, e, EntityRelationRule::kOrgTitlePerson, 0.75);
        break;
      }
      // "Virginia Galle, a City Council member and CAP supporter,": a second description may follow.
      if (title_run(f, e + 1) && (apposition_end(e + 1) || (is(e + 1, "and") && !(at(e + 2) && at(e + 2)->kind == Kind::kPerson)))) {
        const Rel appositive = is(e, "member") ? kMemberOf : kWorkFor;
        if (const Named* q = apposed_person(o.f))
          emit(*q, o, appositive, f, e + 1, EntityRelationRule::kOrgTitlePerson, 0.75);
        break;
      }
    }
    // "Great Ormond Street Hospital professor of child health, Al Aynsley-Green,": the title's
    // field in lower case, then the person in apposition.
    for (int e = f + 1; e <= f + 4 && e < t_.size(); ++e) {
      if (!is(e, "of") || !title_run(f, e)) continue;
      int k = e + 1;
      while (k < t_.size() && k <= e + 4 && lower_word(k) && (noun(k) || t_.upos(k) == "ADJ")) ++k;
      if (k == e + 1 || !is(k, ",")) break;
      if (const Named* p = at(k + 1); p && p->kind == Kind::kPerson)
        emit(*p, o, kWorkFor, f, e, EntityRelationRule::kOrgTitlePerson, 0.7);
      break;
    }
  }
}

bool Rules::apposition_end(int i) const {
  return i >= t_.size() || is(i, ",") || is(i, ".") || is(i, ";") || is(i, "who") || is(i, ")");
}

const Named* Rules::apposed_person(int i) const {
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

void Rules::place_title_person() {
  // "Daniel Bakst, a West Palm Beach, Fla., lawyer", "Robert Corduwener, a Netherlands
  // businessman": a place and an occupation in apposition to the person.
  for (const Named& p : named_) {
    if (p.kind != Kind::kPerson || !is(p.e, ",") || !(is(p.e + 1, "a") || is(p.e + 1, "an") || is(p.e + 1, "the"))) continue;
    const Named* b = at(p.e + 2);
    if (!b || b->kind != Kind::kPlace) continue;
    int f = b->e;
    const Named* state = nullptr;
    if (is(f, ",") && (state = at(f + 1)) != nullptr && container(*state) && is(state->e, ",")) f = state->e + 1;
    else state = nullptr;
    int e = f;
    while (e < t_.size() && e < f + 4 && (t_.upos(e) == "NOUN" || t_.upos(e) == "ADJ") && lower_word(e)) ++e;
    // The apposition ends, or a verb follows ("the New York attorney representing ..."). An
    // owner is a trade too ("a Mexican newspaper owner").
    const lexicon::Row* owns = e > f ? relation_noun(e - 1) : nullptr;
    const bool trade = e > f && (job_noun(e - 1) || (owns && (*owns)[1] == "OWN"));
    if (!trade || !(apposition_end(e) || t_.upos(e) == "VERB")) continue;
    // "X, a U.S. ambassador": a country's office, as below, is no citizenship; "X, a French
    // lawyer" is a French citizen.
    if (office_run(f, e, false) && is_country(*b)) continue;
    emit(p, *b, is_country(*b) ? kCitizenOf : kLiveIn, f, e, EntityRelationRule::kPlaceTitlePerson, 0.7);
    if (state) emit(p, *state, is_country(*state) ? kCitizenOf : kLiveIn, f, e, EntityRelationRule::kPlaceTitlePerson, 0.7);
  }
  for (const Named& b : named_) {
    if (b.kind != Kind::kPlace) continue;
    for (int e = b.e + 1; e <= b.e + 3 && e < t_.size(); ++e) {
      const Named* p = at(e);
      if (!p) continue;
      // "U.S. Ambassador John Doe": a government office of the country, not a citizenship.
      const bool office = office_run(b.e, e);
      if (p->kind == Kind::kPerson && title_run(b.e, e) && !(office && is_country(b)))
        emit(*p, b, is_country(b) ? kCitizenOf : kLiveIn, b.e, e, EntityRelationRule::kPlaceTitlePerson, 0.7);
      break;
    }
  }
}

void Rules::person_party() {
  for (const Named& p : named_) {
    if (p.kind != Kind::kPerson || !(is(p.e, "'s") || is(p.e, "\u2019s"))) continue;
    // Adjectives, adverbs and a demonym may describe the body first ("allegedly corrupt").
    int i = p.e + 1;
    const Named* o = nullptr;
    while (i < t_.size() && i <= p.e + 4 && !o) {
      const Named* n = at(i);
      if (n && n->kind == Kind::kOrg) {
        o = n;
      } else if (n && n->demonym) {
        i = n->e;
      } else if (!n && lower_word(i) && (t_.upos(i) == "ADJ" || t_.upos(i) == "ADV")) {
        ++i;
      } else {
        break;
      }
    }
    if (!o || !lexicon::contains(lexicon::List::kMembershipBodyWords, t_.form(o->e - 1))) continue;
    // "Blair's Labour Party leadership": the name only modifies a noun after it.
    if (t_.rel(root(*o)) == "compound" && t_.head(root(*o)) >= o->e) continue;
    emit(p, *o, kMemberOf, p.e, p.e + 1, EntityRelationRule::kOrgTitlePerson, 0.7);
  }
}

void Rules::title_of_org_person() {
  for (const Named& o : named_) {
    if (o.kind != Kind::kOrg) continue;
    const Named* p = at(o.e);
    // "the deputy secretary of the Foreign Ministry, Datuk Abdul Halim Ali,": the person in
    // apposition, an honorific the NER left out before the name.
    if (!p && is(o.e, ",")) {
      for (int i = o.e + 1; i <= o.e + 2 && i < t_.size(); ++i) {
        const Named* q = at(i);
        if (q && q->kind == Kind::kPerson && apposition_end(q->e)) p = q;
        if (q || !(t_.upos(i) == "PROPN" && !lower_word(i))) break;
      }
    }
    if (!p || p->kind != Kind::kPerson) continue;
    // Back over the body's description ("European defence and aerospace group") to "of".
    int k = o.f - 1;
    if (is(k, "the")) --k;
    while (k > 0 && k >= o.f - 6 && !is(k, "of") && !at(k) &&
           ((lower_word(k) && (noun(k) || is(k, "and"))) || t_.upos(k) == "ADJ"))
      --k;
    if (k < 1 || !is(k, "of") || !job_noun(k - 1) || !noun(k - 1)) continue;
    emit(*p, o, kWorkFor, k - 1, o.f, EntityRelationRule::kPersonTitleOfOrg, 0.7);
  }
}

void Rules::person_title_of_org() {
  title_of_org_person();
  person_party();
  for (const Named& p : named_) {
    // "X has also been the national clinical director ...": a perfect copula.
    const bool perfect = (is(p.e, "has") || is(p.e, "had")) &&
                         (is(p.e + 1, "been") || (is(p.e + 2, "been") && t_.upos(p.e + 1) == "ADV"));
    if (p.kind != Kind::kPerson || !(is(p.e, ",") || is(p.e, "is") || is(p.e, "was") || perfect)) continue;
    for (int i = p.e + 1; i < t_.size() && i <= p.e + 8; ++i) {
      if (perfect && (is(i, "been") || t_.upos(i) == "ADV") && i <= p.e + 2) continue;
      if (const Named* n = at(i); n && n->demonym) {  // "X, the German co-head of Y"
        i = n->e - 1;
        continue;
      }
      if (at(i) || hedge(i)) break;
      const std::string w = low(i);
      if (w == "of" || w == "for" || w == "at" || w == "with") {
        if (i == p.e + 1 || !job_noun(i - 1) || !noun(i - 1)) break;
        const Named* o = at_the(i + 1);
        // "director for children in the Department of Health": the field, then the body.
        for (int j = i + 1; !o && j < t_.size() && j <= i + 4 && !at(j); ++j) {
          if ((is(j, "in") || is(j, "at") || is(j, "of")) && j > i + 1) o = at_the(j + 1);
          else if (!(lower_word(j) && (noun(j) || t_.upos(j) == "ADJ" || t_.upos(j) == "DET"))) break;
        }
        if (o && o->kind == Kind::kOrg)
          emit(p, *o, kWorkFor, i - 1, i + 1, EntityRelationRule::kPersonTitleOfOrg, 0.75);
        break;
      }
      // "Joseph Doe, 58, was acting comptroller at": an age, a copula, a participle may come
      // first; a position or occupation noun must come right before the preposition.
      const auto u = t_.upos(i);
      // "an attorney representing the former manager of Y": a verb with its own object
      // describes someone else's title.
      if (u == "DET" && i > p.e + 1 && t_.upos(i - 1) == "VERB") break;
      // A lower-case word tagged a proper noun ("metals economist") is a noun.
      if (!(u == "DET" || u == "ADJ" || u == "NOUN" || u == "CCONJ" || u == "NUM" || u == "AUX" || u == "VERB" ||
            (u == "PROPN" && lower_word(i)) || is(i, ",") || gz::is_title_word_any_case(t_.form(i))))
        break;
    }
  }
}

void Rules::person_at_org() {
  for (const Named& p : named_) {
    if (p.kind != Kind::kPerson) continue;
    // "Ulf Merbold, 47, of the European Space Agency", "Stephanie Powell, of the DEM's
    // division": an age or a comma may come first.
    int j = p.e;
    if (is(j, ",") && t_.upos(j + 1) == "NUM" && is(j + 2, ",")) j += 3;
    else if (is(j, ",") && is(j + 1, "of")) ++j;
    if (!(is(j, "of") || is(j, "at"))) continue;
    const Named* o = at_the(j + 1);
    if (o && o->kind == Kind::kOrg && (attached_to(*o, p) || j > p.e))
      emit(p, *o, kWorkFor, j, j + 1, EntityRelationRule::kPersonAtOrg, 0.7);
  }
}

}  // namespace kg::extract::triples::entity_rules
