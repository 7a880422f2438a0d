// Appositions and titles (see clauses.h for the contract).
#include <algorithm>

#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "extract/triples/clauses.h"
#include "extract/triples/lexicon.h"
#include "extract/triples/tree.h"

namespace kg::extract::triples {
namespace {

// Whether the word at `i` names a position or an occupation ("chairman", "reporter").
bool position_noun(const SentenceTree& t, int i) {
  const std::string noun = lower(t.lemma(i));
  return lexicon::contains(lexicon::List::kPositionNouns, noun) || lexicon::contains(lexicon::List::kOccupationNouns, noun);
}

// The first word of the title a position noun heads: its modifiers before it that are no
// name ("managing" director, "vice" president).
int title_start(const SentenceTree& t, int noun) {
  int first = noun;
  while (first > 0 && t.head(first - 1) == noun && (t.rel(first - 1) == "amod" || t.rel(first - 1) == "compound") &&
         !t.mention(first - 1))
    --first;
  return first;
}

// One triple of a position named by the noun at `noun` for `person` (rule appos.position):
// HOLD_POSITION the title, or WORK_FOR the organisation.
void emit_position(const SentenceTree& t, const ArgInfo& person, int noun, graph::Argument object,
                   graph::Span object_span, std::string lemma, std::string cls, std::vector<OpenExtraction>& out) {
  OpenExtraction e;
  e.for_openie = false;
  graph::Triple& tr = e.triple;
  tr.subject = person.arg;
  tr.object = std::move(object);
  tr.relation = {std::move(lemma), std::string(t.form(noun)), std::move(cls)};
  tr.evidence = sentence_evidence(t);
  tr.evidence.subject_span = person.span;
  tr.evidence.object_span = object_span;
  tr.evidence.relation_span = {t.tok(noun).begin, t.tok(noun).end};
  tr.evidence.rule = "appos.position";
  tr.evidence.confidence = 0.75;
  out.push_back(std::move(e));
}

// "A lawyer for the victims, Eduardo Contreras", "the managing director of Acme, Jane Doe":
// a position or occupation noun whose apposition is a person's name gives the person
// HOLD_POSITION the title ("Lawyer", "Managing Director of Acme") and WORK_FOR an
// organisation after of/for/at, in place of an identity between a concept and a name.
bool position_before_name(const SentenceTree& t, int h, int a, std::vector<OpenExtraction>& out) {
  const Mention* am = t.mention(a);
  // "A lawyer for the victims, X" parsed with X on "victims": the position is the noun above.
  if (t.rel(h) == "nmod" && !t.mention(h) && t.head(h) >= 0 && t.head(h) < h && position_noun(t, t.head(h))) h = t.head(h);
  if (!am || am->type != EntityType::kPerson || t.mention(h) || t.upos(h) != "NOUN") return false;
  if (!position_noun(t, h)) return false;
  std::vector<int> ptoks;
  t.subtree(a, ptoks, {"punct", "acl:relcl", "appos", "acl"});
  const ArgInfo person = make_argument(t, a, ptoks);
  if (!person.entity) return false;
  const int first = title_start(t, h);  // the title: modifiers before the noun that are words of a title ("managing")
  std::string title = gazetteer::title_case(t.text_of(first, h));
  const Mention* body = nullptr;
  int body_head = -1;
  for (int ch : t.children(h)) {
    const std::string m = t.marker(ch);
    if (t.rel(ch) != "nmod" || !(m == "of" || m == "for" || m == "at")) continue;
    const Mention* bm = t.mention(ch);
    if (bm && (bm->type == EntityType::kOrg || bm->type == EntityType::kGpe)) {
      body = bm;
      body_head = ch;
    }
    break;
  }
  auto emit = [&](graph::Argument object, graph::Span object_span, std::string lemma, std::string cls) {
    emit_position(t, person, h, std::move(object), object_span, std::move(lemma), std::move(cls), out);
  };
  graph::Argument position;
  position.kind = graph::Argument::Kind::kConcept;
  position.text = title;
  graph::Span position_span{t.tok(first).begin, t.tok(h).end};
  if (body) {
    std::vector<int> btoks;
    t.subtree(body_head, btoks, {"case", "punct", "acl:relcl", "appos"});
    const ArgInfo b = make_argument(t, body_head, btoks);
    position.text += " of " + b.arg.text;
    if (body->type == EntityType::kOrg && b.entity) emit(b.arg, b.span, "work for", "WORK_FOR");
  }
  emit(std::move(position), position_span, "hold position", "HOLD_POSITION");
  return true;
}

// The organisation a position belongs to: the first ORG named under the position noun `a`
// through "of", "for", "at" or "with", directly or a few phrases deeper ("chief of waste
// disposal for the NRC", "vice president for development at American Express"), or as the
// apposition of such a phrase ("chairman of the strongest opposition party, the Croatian
// Social Liberal Party"); -1 if none.
int position_body(const SentenceTree& t, int a) {
  std::vector<int> queue{a};
  for (std::size_t k = 0; k < queue.size() && k < 12; ++k) {
    for (int ch : t.children(queue[k])) {
      const std::string m = t.marker(ch);
      // "obl": the noun tagged as an adjective ("an official with the party").
      if ((t.rel(ch) != "nmod" && t.rel(ch) != "obl") || !(m == "of" || m == "for" || m == "at" || m == "with")) continue;
      const Mention* cm = t.mention(ch);
      if (cm && cm->type == EntityType::kOrg) return ch;
      if (cm) continue;  // a person or a place: no body of the position
      for (int g : t.children(ch)) {
        const Mention* gm = t.mention(g);
        if (t.rel(g) == "appos" && gm && gm->type == EntityType::kOrg) return g;
      }
      queue.push_back(ch);
    }
  }
  return -1;
}

// The place a position is held for, right under the position noun: "MP for Wantage", "mayor
// of Bethany" (not deeper: "a professor at Acme in Boston" is no professor of Boston); -1.
int position_place(const SentenceTree& t, int a) {
  for (int ch : t.children(a)) {
    const std::string m = t.marker(ch);
    if (t.rel(ch) != "nmod" || !(m == "of" || m == "for")) continue;
    const Mention* cm = t.mention(ch);
    if (cm && (cm->type == EntityType::kGpe || cm->type == EntityType::kLoc)) return ch;
  }
  return -1;
}

// "Robin Woods, a spokeswoman for the EPA", "Edward Marks, an official with the Democratic
// Party": a position or occupation noun in apposition to a person's name gives the person
// HOLD_POSITION the title (of the organisation, when one is named under it) and WORK_FOR the
// organisation, in place of an identity between the name and a phrase.
bool name_position(const SentenceTree& t, int h, int a, std::vector<OpenExtraction>& out) {
  const Mention* hm = t.mention(h);
  // "MP" is tagged a proper noun.
  if (!hm || hm->type != EntityType::kPerson || t.mention(a) || a < h ||
      !(t.upos(a) == "NOUN" || t.upos(a) == "ADJ" || (t.upos(a) == "PROPN" && t.rel(a) == "appos")))
    return false;
  if (!position_noun(t, a)) return false;
  std::vector<int> ptoks;
  t.subtree(h, ptoks, {"punct", "acl:relcl", "appos", "acl"});
  const ArgInfo person = make_argument(t, h, ptoks);
  if (!person.entity) return false;
  const int first = title_start(t, a);  // the title: modifiers before the noun that are words of a title ("vice")
  auto emit = [&](graph::Argument object, graph::Span object_span, std::string lemma, std::string cls) {
    emit_position(t, person, a, std::move(object), object_span, std::move(lemma), std::move(cls), out);
  };
  graph::Argument position;
  position.kind = graph::Argument::Kind::kConcept;
  position.text = gazetteer::title_case(t.text_of(first, a));
  graph::Span position_span{t.tok(first).begin, t.tok(a).end};
  if (const int body = position_body(t, a); body >= 0) {
    std::vector<int> btoks;
    t.subtree(body, btoks, {"case", "punct", "acl:relcl", "appos"});
    const ArgInfo b = make_argument(t, body, btoks);
    if (b.entity) {
      position.text += " of " + b.arg.text;
      emit(b.arg, b.span, "work for", "WORK_FOR");
    }
  } else if (const int place = position_place(t, a); place >= 0) {
    std::vector<int> ptoks2;
    t.subtree(place, ptoks2, {"case", "punct", "acl:relcl", "appos", "nmod"});
    const ArgInfo b = make_argument(t, place, ptoks2);
    if (b.entity) position.text += " of " + b.arg.text;
  }
  emit(std::move(position), position_span, "hold position", "HOLD_POSITION");
  // "a professor at Queens College and honorary president of the Socialist International":
  // a second position joined by "and", wherever the parser hung it under the first.
  std::vector<int> under;
  t.subtree(a, under, {"acl:relcl", "appos"});
  for (int c : under) {
    if (c == a || t.rel(c) != "conj" || t.mention(c) || t.upos(c) != "NOUN" || !position_noun(t, c)) continue;
    const int body = position_body(t, c);
    if (body < 0) continue;
    std::vector<int> btoks;
    t.subtree(body, btoks, {"case", "punct", "acl:relcl", "appos"});
    const ArgInfo b = make_argument(t, body, btoks);
    if (!b.entity) continue;
    graph::Argument second;
    second.kind = graph::Argument::Kind::kConcept;
    const int f2 = title_start(t, c);
    second.text = gazetteer::title_case(t.text_of(f2, c)) + " of " + b.arg.text;
    emit_position(t, person, c, b.arg, b.span, "work for", "WORK_FOR", out);
    emit_position(t, person, c, std::move(second), {t.tok(f2).begin, t.tok(c).end}, "hold position", "HOLD_POSITION", out);
  }
  return true;
}

void appositions(const SentenceTree& t, std::vector<OpenExtraction>& out) {
  for (int a = 0; a < t.size(); ++a) {
    if (t.rel(a) != "appos") continue;
    int h = t.head(a);
    // "A lawyer for the victims, Eduardo Contreras,": one person is no plural noun; the name is
    // the singular noun's that the plural hangs from.
    const Mention* am = t.mention(a);
    if (h >= 0 && t.xpos(h) == "NNS" && t.rel(h) == "nmod" && am && am->type == EntityType::kPerson && a > 0 &&
        t.form(a - 1) == "," && t.head(h) >= 0 && t.xpos(t.head(h)) == "NN")
      h = t.head(h);
    if (h >= 0 && t.upos(a) == "ADJ" && name_position(t, h, a, out)) continue;  // "official" tagged ADJ
    if (h < 0 || !t.is_nominal(h) || !t.is_nominal(a) || t.is_pronoun(a)) continue;
    // A dependent with its own preposition ("the Department [of Homeland Security]" parsed
    // as an apposition) is a misattached modifier, not a second name for the head.
    bool has_case = false;
    for (int c : t.children(a)) has_case = has_case || (t.rel(c) == "case" && c < a);
    if (has_case) continue;
    // "K-Mart Corp <KM>", "Renault (RENA.PA)": a bracketed apposition is an alias or an
    // aside, no identity.
    bool bracketed = false;
    for (int c : t.children(a)) {
      const auto f = t.form(c);
      bracketed = bracketed || (t.rel(c) == "punct" && c < a && (f == "(" || f == "<" || f == "["));
    }
    if (bracketed || (a > 0 && (t.form(a - 1) == "(" || t.form(a - 1) == "<" || t.form(a - 1) == "["))) continue;
    if (position_before_name(t, h, a, out)) continue;
    // The position replaces the identity in the graph; the Open IE view keeps "X is a ...".
    const bool positioned = name_position(t, h, a, out);
    // "a 46 percent stake in American Motors Corp." parsed as an apposition: no identity.
    if (lexicon::contains(lexicon::List::kStakeNouns, lower(t.form(h))) || t.upos(h) == "NUM") continue;
    // "Radio Reloj Network in Spanish 1402 GMT 27 Jun 94": a date is no identity of a name.
    if (const Mention* dm = t.mention(a); dm && (dm->type == EntityType::kDate || dm->type == EntityType::kTime)) continue;
    // "American Motors Corp, 46 pct owned by Renault": a share, no identity.
    if (lexicon::contains(lexicon::List::kStakeNouns, lower(t.form(a)))) continue;
    std::vector<int> htoks, atoks;
    t.subtree(h, htoks, {"appos", "acl:relcl", "acl", "punct", "conj", "cc"});
    t.subtree(a, atoks, {"punct"});
    ArgInfo s = make_argument(t, h, htoks);
    if (s.pronoun || s.arg.text.empty()) continue;
    OpenExtraction e;
    e.arg1 = t.join(htoks);
    e.arg2 = t.join(atoks);
    e.relation = "is";
    int of = -1;
    for (int c : t.children(a)) {
      if (t.rel(c) == "nmod" && t.marker(c) == "of") {
        of = c;
        break;
      }
    }
    std::vector<int> otoks;
    ArgInfo o;
    std::string lemma = "be";
    if (of >= 0) {
      t.subtree(of, otoks, {"case", "punct", "acl:relcl", "appos"});
      o = make_argument(t, of, otoks);
      lemma.push_back(' ');
      lemma.append(lower(t.lemma(a)));
      lemma.append(" of");
    } else {
      std::vector<int> keep;
      t.subtree(a, keep, {"punct", "acl:relcl", "appos", "acl"});
      o = make_argument(t, a, keep);
    }
    // "Deputy Secretary of State John Whitehead" parsed as nested appositions: the title's words
    // are mentions of the person they stand before, and nobody is his own position.
    if (o.arg.text.empty() || (s.entity && o.entity && s.arg.text == o.arg.text)) continue;
    graph::Triple& tr = e.triple;
    tr.subject = s.arg;
    tr.object = o.arg;
    tr.relation.lemma = lemma;
    tr.relation.surface = std::string(t.form(a));
    tr.relation.cls = std::string(relation_class(lemma).cls);
    tr.evidence = sentence_evidence(t);
    tr.evidence.subject_span = s.span;
    tr.evidence.object_span = o.span;
    tr.evidence.relation_span = {t.tok(a).begin, t.tok(a).end};
    tr.evidence.rule = of >= 0 ? "appos.of" : "appos";
    double conf = s.entity ? 0.8 : 0.6;
    if (o.pronoun) conf -= 0.3;
    conf -= 0.005 * std::max(0, static_cast<int>(atoks.size()) - 6);
    tr.evidence.confidence = std::clamp(conf, 0.05, 0.95);
    e.confidence = of >= 0 ? 0.4 : 0.25;  // appositions are rarely CaRB gold tuples
    std::vector<graph::Triple> extra;
    if (positioned) {
      e.for_graph = false;
    } else if (of >= 0 && rewrite_position(t, a, tr, extra)) {
      tr.evidence.rule = "appos.position";
    }
    for (graph::Triple& x : extra) {
      OpenExtraction w;
      w.for_openie = false;
      w.triple = std::move(x);
      w.triple.evidence.rule = "appos.position";
      out.push_back(std::move(w));
    }
    out.push_back(std::move(e));
  }
}

bool is_connective(std::string_view w) { return w == "of" || w == "and" || w == "for" || w == "the"; }

// The portfolio words right before a title run starting at i that holds one title word
// ("Oil" of "Oil Minister", "economy" of "economy minister"): up to two nouns that are no
// title, mention or demonym, capitalised as the title word is; a demonym before them sets
// `country` ("Saudi Oil Minister"). "" when there is none.
std::string portfolio_before(const SentenceTree& t, int i, const std::vector<int>& run, const gazetteer::Country*& country) {
  if (run.size() != 1 || i == 0) return "";
  const std::string_view title = t.form(run.front());
  const bool upper = !title.empty() && title[0] >= 'A' && title[0] <= 'Z';
  int b = i - 1;
  while (b >= 0 && b >= i - 2) {
    const std::string_view f = t.form(b);
    const bool f_upper = !f.empty() && f[0] >= 'A' && f[0] <= 'Z';
    if (!(t.upos(b) == "NOUN" || t.upos(b) == "PROPN") || f_upper != upper || t.mention(b) ||
        gazetteer::is_title_word_any_case(f) || gazetteer::country_by_demonym(f) ||
        !std::all_of(f.begin(), f.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }))
      break;
    --b;
  }
  if (b == i - 1) return "";
  if (b >= 0 && !country) {
    if (const auto* c = gazetteer::country_by_demonym(t.form(b))) country = c;
  }
  return t.text_of(b + 1, i - 1);
}

// The country named by "of COUNTRY" right after the name ending at token `last`, else nullptr.
const gazetteer::Country* country_after(const SentenceTree& t, int last) {
  if (last + 2 >= t.size() || t.form(last + 1) != "of") return nullptr;
  int f = last + 2;
  if (t.form(f) == "the") ++f;
  std::string name;
  for (int k = f; k < t.size() && k < f + 3; ++k) {
    if (k > f) name += ' ';
    name.append(t.form(k));
    if (const auto* c = gazetteer::country_by_name(name)) return c;
  }
  return nullptr;
}

// The titles of a run of title words, longest gazetteer titles first ("Deputy Prime Minister",
// "Minister of Foreign Affairs ..."); title words no listed title starts with are a portfolio
// of the next title ("economy minister", "Vice Foreign Minister").
std::vector<std::string> split_titles(const SentenceTree& t, const std::vector<int>& run) {
  std::vector<std::string> found;
  std::size_t k = 0;
  std::string skipped;  // title words no title of the list starts with: a portfolio ("economy")
  while (k < run.size()) {
    std::size_t best = 0;
    std::string best_text, cur;
    for (std::size_t j = k; j < run.size(); ++j) {
      if (j > k) cur.push_back(' ');
      cur.append(t.form(run[j]));
      if (gazetteer::is_government_title_any_case(cur)) {
        best = j - k + 1;
        best_text = gazetteer::title_case(cur);  // the title as the list spells it: "Foreign Minister"
      }
    }
    if (best == 0) {
      if (!is_connective(t.form(run[k]))) {
        if (!skipped.empty()) skipped.push_back(' ');
        skipped.append(t.form(run[k]));
      }
      ++k;
      continue;
    }
    if (!skipped.empty()) best_text = gazetteer::title_case(skipped) + " " + best_text;
    skipped.clear();
    found.push_back(best_text);
    k += best;
    while (k < run.size() && is_connective(t.form(run[k]))) ++k;
  }
  return found;
}

// Titles before a person's name: "Cambodian Deputy Prime Minister Sok Chenda Sophea".
void titles(const SentenceTree& t, std::vector<OpenExtraction>& out) {
  auto titleish = [&](int i) {
    const auto w = t.form(i);
    if (t.upos(i) == "ADP") return false;  // "Under President Carter": no title "Under"
    return gazetteer::is_title_word_any_case(w) ||
           (gazetteer::country_by_demonym(w) != nullptr && !demonym_opens_place(t, i));
  };
  int i = 0;
  while (i < t.size()) {
    if (!titleish(i)) {
      ++i;
      continue;
    }
    // The run of title words (with connectives) that starts at i.
    int r = i;
    while (r + 1 < t.size() &&
           (titleish(r + 1) || (is_connective(t.form(r + 1)) && r + 2 < t.size() && titleish(r + 2))))
      r += titleish(r + 1) ? 1 : 2;
    int probe = -1;
    for (int k = i; k <= r; ++k) {
      if (gazetteer::is_title_word_any_case(t.form(k))) probe = k;
    }
    int nf = -1, nl = -1;
    if (probe < 0 || !title_name(t, probe, nf, nl) || nf != r + 1) {
      i = r + 1;
      continue;
    }
    const gazetteer::Country* country = nullptr;
    std::vector<int> run;
    for (int k = i; k <= r; ++k) {
      if (!gazetteer::is_title_word_any_case(t.form(k)) && !is_connective(t.form(k))) {
        if (const auto* c = gazetteer::country_by_demonym(t.form(k)); c && run.empty()) country = c;
        if (!run.empty()) run.push_back(k);
        continue;
      }
      if (run.empty() && is_connective(t.form(k))) continue;
      run.push_back(k);
    }
    // "Saudi Oil Minister Hisham Nazer", "Argentine economy minister Juan Sourrouille": the
    // portfolio before the title is part of it, and a demonym before that its country.
    const std::string portfolio = portfolio_before(t, i, run, country);
    if (!country && i >= 2 && (t.form(i - 1) == "'s" || t.form(i - 1) == "\u2019s"))
      country = gazetteer::country_by_name(t.form(i - 2));
    // "King Fahd of Saudi Arabia", "Prime Minister Zhao Ziyang of China".
    if (!country) country = country_after(t, nl);
    // "Airbus head Noel Forgeard": an organisation right before the title is its body.
    std::string body;
    if (!country && i >= 1) {
      if (const Mention* m = t.mention(i - 1); m && m->type == EntityType::kOrg && !t.mention(i))
        body = std::string(t.doc().slice(t.doc().tokens[m->first_token].begin, t.doc().tokens[m->end_token - 1].end));
    }
    i = r + 1;
    std::vector<std::string> found = split_titles(t, run);
    // A title word the list does not hold as a title of its own ("Polish leader", "Airbus
    // head"): the title words of the run, as the list would spell them.
    // Only for lower-case titles before a person NER found: a capitalised word the list
    // does not hold is part of a name ("National Guard").
    const Mention* named = t.mention(nf);
    if (found.empty() && named && named->type == EntityType::kPerson) {
      std::string words;
      for (int ri : run) {
        const auto f = t.form(ri);
        if (f.empty() || f[0] < 'a' || f[0] > 'z' || !gazetteer::is_title_word_any_case(f)) continue;
        if (!words.empty()) words.push_back(' ');
        words.append(f);
      }
      if (!words.empty()) found.push_back(gazetteer::title_case(words));
    }
    // "Education Secretary Ruth Kelly": a portfolio before one title word the list does not
    // hold alone is a title with it.
    if (found.empty() && !portfolio.empty() && run.size() == 1) found.push_back(gazetteer::title_case(t.form(run.front())));
    // The same when the portfolio is itself a word of some title ("Education" of "Minister of
    // Education"): a short capitalised run before a person's name is the title.
    const bool capitalised = std::all_of(run.begin(), run.end(), [&](int k) {
      const auto f = t.form(k);
      return !f.empty() && f[0] >= 'A' && f[0] <= 'Z';
    });
    if (found.empty() && named && named->type == EntityType::kPerson && capitalised && run.size() >= 2 &&
        run.size() <= 3 && run.back() == run.front() + static_cast<int>(run.size()) - 1)
      found.push_back(t.text_of(run.front(), run.back()));
    if (found.empty()) continue;
    if (!portfolio.empty() && found.front().find(' ') == std::string::npos) found.front() = portfolio + " " + found.front();
    graph::Argument person;
    person.kind = graph::Argument::Kind::kEntity;
    person.type = "Person";
    person.text = t.text_of(nf, nl);
    person.titles = found;
    for (const std::string& title : found) {
      OpenExtraction e;
      e.for_openie = false;
      graph::Triple& tr = e.triple;
      tr.subject = person;
      tr.object.kind = graph::Argument::Kind::kConcept;
      tr.object.text = title;
      if (country) {
        tr.object.text.append(" of ");
        tr.object.text.append(country->name);
      } else if (!body.empty()) {
        tr.object.text.append(" of ");
        tr.object.text.append(body);
      }
      tr.relation.lemma = "hold position";
      tr.relation.surface = title;
      tr.relation.cls = "HOLD_POSITION";
      tr.evidence = sentence_evidence(t);
      tr.evidence.subject_span = {t.tok(nf).begin, t.tok(nl).end};
      tr.evidence.object_span = {t.tok(run.front()).begin, t.tok(run.back()).end};
      tr.evidence.relation_span = tr.evidence.object_span;
      tr.evidence.rule = "title";
      tr.evidence.confidence = country || !body.empty() ? 0.8 : 0.7;
      out.push_back(std::move(e));
    }
  }
}

// The last token of the person named from token f (a PERSON mention), else -1.
int person_at(const SentenceTree& t, int f) {
  const Mention* m = f < t.size() ? t.mention(f) : nullptr;
  if (m == nullptr || m->type != EntityType::kPerson) return -1;
  const int first = static_cast<int>(m->first_token - t.sentence().first_token);
  if (first != f) return -1;
  return std::min(t.size(), static_cast<int>(m->end_token - t.sentence().first_token)) - 1;
}

// A plural title before coordinated names: "Prime Ministers Zhao Ziyang of China and Anibal
// Cavaco Silva of Portugal", "Foreign Ministers A, B and C": each person holds the title
// (singular), of the country that follows that person's name.
void plural_titles(const SentenceTree& t, std::vector<OpenExtraction>& out) {
  for (int i = 0; i + 1 < t.size(); ++i) {
    const std::string_view w = t.form(i);
    if (w.size() < 4 || w.back() != 's' || w.front() < 'A' || w.front() > 'Z') continue;
    const std::string single(w.substr(0, w.size() - 1));
    if (!gazetteer::is_title_word_any_case(single)) continue;
    // The title: earlier title words of the run and the singular, as the list spells it.
    int b = i;
    while (b > 0 && gazetteer::is_title_word_any_case(t.form(b - 1))) --b;
    std::string title = b < i ? t.text_of(b, i - 1) + " " + single : single;
    if (!gazetteer::is_government_title_any_case(title)) continue;
    title = gazetteer::title_case(title);
    int f = i + 1;
    for (int people = 0; f < t.size(); ++people) {
      const int last = person_at(t, f);
      if (last < 0) break;
      const gazetteer::Country* country = country_after(t, last);
      OpenExtraction e;
      e.for_openie = false;
      graph::Triple& tr = e.triple;
      tr.subject.kind = graph::Argument::Kind::kEntity;
      tr.subject.type = "Person";
      tr.subject.text = t.text_of(f, last);
      tr.subject.titles = {title};
      tr.object.kind = graph::Argument::Kind::kConcept;
      tr.object.text = title;
      if (country) {
        tr.object.text.append(" of ");
        tr.object.text.append(country->name);
      }
      tr.relation.lemma = "hold position";
      tr.relation.surface = title;
      tr.relation.cls = "HOLD_POSITION";
      tr.evidence = sentence_evidence(t);
      tr.evidence.subject_span = {t.tok(f).begin, t.tok(last).end};
      tr.evidence.object_span = {t.tok(b).begin, t.tok(i).end};
      tr.evidence.relation_span = tr.evidence.object_span;
      tr.evidence.rule = "title.plural";
      tr.evidence.confidence = country ? 0.8 : 0.7;
      out.push_back(std::move(e));
      // Past "of COUNTRY" to ", NAME" or "and NAME".
      int k = last + 1;
      if (country && k < t.size() && t.form(k) == "of") {
        ++k;
        if (k < t.size() && t.form(k) == "the") ++k;
        const Mention* cm = k < t.size() ? t.mention(k) : nullptr;
        if (cm == nullptr) break;
        while (k < t.size() && t.mention(k) == cm) ++k;
      }
      if (k < t.size() && (t.form(k) == "," || t.form(k) == "and")) ++k;
      if (k < t.size() && t.form(k) == "and") ++k;
      f = k;
    }
  }
}

}  // namespace

Status AppositionExtractor::extract_open(const Document& doc, std::vector<OpenExtraction>& out) const {
  const std::size_t first = out.size();
  const DocumentMentions mentions(doc);
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const SentenceTree t(doc, s, mentions);
    if (t.size() == 0) continue;
    if (t.parsed()) appositions(t, out);
    titles(t, out);
    plural_titles(t, out);
  }
  fill_sentences(doc, out, first);
  return Status::ok();
}

}  // namespace kg::extract::triples
