// The graph triples of a clause: arguments, objects, reciprocal acts (see clause_builder.h).
#include <algorithm>
#include <string>
#include <vector>

#include "extract/triples/clause_builder.h"
#include "extract/triples/relation_schema.h"

namespace kg::extract::triples::clause_detail {

int ClauseBuilder::named_by_apposition(int h) const {
  if (h < 0 || !(t_.upos(h) == "NOUN" || t_.upos(h) == "PROPN")) return h;
  if (const Mention* m = t_.mention(h); m && m->type != EntityType::kNone) {
    // "John F. Kennedy assassin Lee Harvey Oswald": a name, a noun and a name without a
    // comma are the noun's person named by the second name (the first only modifies).
    const int end = static_cast<int>(m->end_token - t_.sentence().first_token);
    for (int ch : t_.children(h)) {
      if (ch != end || t_.upos(ch) != "NOUN" || m->type != EntityType::kPerson) continue;
      for (int g : t_.children(ch)) {
        const Mention* gm = t_.mention(g);
        if (g == ch + 1 && (t_.rel(g) == "appos" || t_.rel(g) == "flat") && gm && gm->type == EntityType::kPerson)
          return g;
      }
    }
    return h;
  }
  auto person = [&](int i) {
    const Mention* m = t_.mention(i);
    return m && m->type == EntityType::kPerson;
  };
  for (int ch : t_.children(h)) {
    if (ch < h || !(t_.rel(ch) == "appos" || t_.rel(ch) == "flat")) continue;
    if (person(ch)) return ch;
    // "Deputy Secretary of State John Whitehead": a title parsed as nested appositions, no
    // comma between the title and the name.
    if (t_.form(ch - 1) == ",") continue;
    for (int g : t_.children(ch)) {
      if (g > ch && t_.rel(g) == "appos" && person(g) && t_.form(g - 1) != ",") return g;
    }
  }
  // "A lawyer for the victims, Eduardo Contreras, told ...": the parser hangs the name on the
  // plural noun before it, which one person cannot be; the name is the singular noun's.
  if (t_.xpos(h) != "NN") return h;
  for (int ch : t_.children(h)) {
    if (ch < h || t_.rel(ch) != "nmod" || t_.xpos(ch) != "NNS") continue;
    for (int g : t_.children(ch)) {
      if (g > ch && t_.rel(g) == "appos" && person(g) && t_.form(g - 1) == ",") return g;
    }
  }
  return h;
}

void ClauseBuilder::light_verb_object(const Args& a, GraphChoice& g) const {
  const std::string noun = lower(t_.form(g.obj));
  for (const lexicon::Row& r : lexicon::rows(lexicon::List::kLightVerbNouns)) {
    if (r.size() < 3 || r[0] != noun) continue;
    auto party = [&](int o) { return t_.marker(o) == r[1] && !is_time(o); };
    int pick = -1;
    for (int o : a.obls) {
      if (party(o)) pick = o;
    }
    for (int ch : t_.children(g.obj)) {  // "talks with X" attached to the noun
      if (pick < 0 && t_.rel(ch) == "nmod" && party(ch)) pick = ch;
    }
    if (pick < 0) return;
    g.lemma += " " + noun + " " + r[1];
    g.marker = r[1];
    g.cls = r[2];
    g.obj = pick;
    return;
  }
}

void ClauseBuilder::stake_object(GraphChoice& g) const {
  int noun = g.obj;
  if (t_.upos(noun) == "NUM") {  // "30%" parsed with the number as head
    for (int ch : t_.children(noun)) {
      if (lexicon::contains(lexicon::List::kStakeNouns, lower(t_.form(ch)))) noun = ch;
    }
  }
  if (!lexicon::contains(lexicon::List::kStakeNouns, lower(t_.form(noun))) &&
      !lexicon::contains(lexicon::List::kStakeNouns, lower(t_.form(g.obj))))
    return;
  const int after = std::max(g.obj, noun) + 1;
  if (after >= t_.size() || !(t_.form(after) == "of" || t_.form(after) == "in")) return;
  for (const int h : {g.obj, noun}) {
    for (int ch : t_.children(h)) {
      const Mention* mm = t_.mention(ch);
      const bool company = mm ? mm->type == EntityType::kOrg : t_.upos(ch) == "PROPN";
      if (ch <= after || !(t_.rel(ch) == "nmod" || t_.rel(ch) == "appos") || !company) continue;
      const std::string verb = lower(g.lemma.substr(0, g.lemma.find(' ')));
      if (verb == "hold" || verb == "have" || verb == "own" || verb == "take") g.cls = "OWN";
      g.obj = ch;
      return;
    }
  }
}

void ClauseBuilder::person_object_class(int pred, GraphChoice& g) const {
  if (!g.cls.empty() || g.obj < 0) return;
  const Mention* m = t_.mention(g.obj);
  if (m == nullptr || m->type != EntityType::kPerson) return;
  const std::string verb = lower(t_.lemma(pred));
  for (const lexicon::Row& r : lexicon::rows(lexicon::List::kVerbObjectClasses)) {
    if (r.size() >= 3 && r[0] == verb && r[1] == "PERSON") g.cls = r[2];
  }
}

ClauseBuilder::GraphChoice ClauseBuilder::graph_choice(const Clause& c, const Args& a, const OpenChoice& open,
                                                       const std::string& lemma, graph::Qualifiers& q) const {
  const int p = c.pred;
  for (int o : a.obls) {
    if (is_time(o) && q.time.empty()) {
      q.time = time_value(o, phrase(o, p, false).text);
    } else if (is_place(o, t_.marker(o)) && q.place.empty() && o != open.arg2_head) {
      q.place = phrase(o, p, false).text;
    }
  }
  GraphChoice g;
  g.subj = c.subj;
  g.lemma = lemma;
  if (c.copula) {
    int of = -1;
    for (int ch : t_.children(p)) {
      if (t_.rel(ch) == "nmod" && t_.marker(ch) == "of" && t_.is_nominal(p)) {
        of = ch;
        break;
      }
    }
    const std::string m = t_.marker(p);
    if (of >= 0 && m.empty()) {
      g.lemma = "be ";
      g.lemma.append(lower(t_.lemma(p)));
      g.lemma.append(" of");
      g.obj = of;
    } else {
      g.lemma = "be";
      append_word(g.lemma, m);
      g.obj = p;
    }
  } else if (c.passive && a.agent >= 0) {
    g.subj = a.agent;
    g.obj = c.subj;
    // "American Motors Corp, 46 pct owned by Renault": the share's company is owned.
    const int h = g.obj >= 0 ? t_.head(g.obj) : -1;
    const Mention* hm = h >= 0 ? t_.mention(h) : nullptr;
    if (h >= 0 && (t_.rel(g.obj) == "appos" || t_.rel(g.obj) == "list") && hm && hm->type == EntityType::kOrg &&
        lexicon::contains(lexicon::List::kStakeNouns, lower(t_.form(g.obj))))
      g.obj = h;
  } else if (!a.objs.empty() && (is_date_mention(a.objs.back()) || duration(a.objs.back()))) {
    // "died Monday" parsed with the day as the object: a time, no party; "served 24 years in
    // Congress" (the phrase on the verb or on "years"): the phrase after it still names one.
    const int when = a.objs.back();
    if (q.time.empty()) q.time = time_value(when, phrase(when, p, false).text);
    if (a.objs.size() == 1 && duration(when)) {  // not "beginning Monday at X"
      Args rest = a;
      rest.objs.clear();
      for (int ch : t_.children(when)) {
        if (t_.rel(ch) == "nmod" && ch > when && !t_.marker(ch).empty()) rest.obls.push_back(ch);
      }
      OpenChoice timed = open;  // the time stands where the object was: a phrase is picked
      timed.arg2_head = when;
      if (!rest.obls.empty()) return graph_choice(c, rest, timed, lemma, q);
    }
  } else if (!a.objs.empty()) {
    g.obj = a.objs.back();
    light_verb_object(a, g);
    stake_object(g);
    // "reached an agreement": the verb and its object's noun name the class.
    if (g.cls.empty()) {
      const std::string verb = lower(t_.lemma(p)), noun = lower(t_.lemma(g.obj));
      for (const lexicon::Row& r : lexicon::rows(lexicon::List::kVerbObjectClasses)) {
        if (r.size() >= 3 && r[0] == verb && r[1] == noun) g.cls = r[2];
      }
    }
  } else if (a.antecedent_object) {
    g.obj = t_.head(p);
  } else if (!a.comps.empty()) {
    g.obj = a.comps.front();
  } else if (a.ccomp < 0) {
    int pick = open.arg2_head;
    if (pick >= 0 && (is_time(pick) || is_place(pick, open.arg2_marker))) {
      const int fallback = is_time(pick) ? -1 : pick;
      pick = -1;
      for (int o : a.obls) {
        if (!is_time(o) && !is_place(o, t_.marker(o))) {
          pick = o;
          break;
        }
      }
      // A place is the object when nothing else is ("lives in Phnom Penh"), except for
      // events that happen somewhere ("met in Beijing": place qualifier).
      if (pick < 0 && fallback >= 0 && !is_event_class(relation_class(g.lemma).cls)) {
        pick = fallback;
        q.place.clear();
      }
      // "met for more than an hour with X" parsed with "with X" on "hour": the party
      // hangs from the time phrase.
      for (int o : a.obls) {
        if (pick >= 0 || !is_time(o)) continue;
        for (int ch : t_.children(o)) {
          if (t_.rel(ch) == "nmod" && t_.marker(ch) == "with" && t_.mention(ch)) pick = ch;
        }
      }
    }
    if (pick < 0) pick = party_after(p, relation_class(g.lemma).cls);
    if (pick >= 0) {
      g.obj = pick;
      g.marker = t_.marker(pick);
      if (g.marker.empty() && pick > 0 && t_.form(pick - 1) == "with") g.marker = "with";
      append_word(g.lemma, g.marker);
    }
  }
  // A date the parser hung on an argument's noun ("signed a 15-year agreement on Tuesday",
  // "a court in Arizona on Thursday halted"): the concept leaves it out (make_argument),
  // the time qualifier keeps it.
  for (int h : {g.obj, g.subj}) {
    if (h < 0 || !q.time.empty() || (c.copula && h == p)) continue;
    for (int ch : t_.children(h)) {
      const Mention* m = t_.mention(ch);
      if (t_.rel(ch).starts_with("nmod") && m && (m->type == EntityType::kDate || m->type == EntityType::kTime)) {
        q.time = time_value(ch, phrase(ch, h, false).text);
        break;
      }
    }
  }
  person_object_class(p, g);
  if (g.obj >= 0 && q.place.empty() && !t_.doc().place.empty()) {
    const auto cls = relation_class(g.lemma).cls;
    if (is_event_class(cls) || cls == "AGREE") q.place = t_.doc().place;
  }
  return g;
}

void ClauseBuilder::reciprocal(const GraphChoice& g, const OpenExtraction& base, const Clause* c) {
  if (!lexicon::contains(lexicon::List::kReciprocalClasses, base.triple.relation.cls)) return;
  if (c != nullptr && g.obj >= 0 && !(c->copula && g.obj == c->pred)) {
    const Mention* om = t_.mention(g.obj);
    if (om && om->type != EntityType::kNone) return;  // a party is named: the usual triples
  }
  const std::vector<int> subs = conjuncts(g.subj);
  if (subs.size() < 2) return;
  std::vector<ArgInfo> args;
  for (int s0 : subs) {
    const int s = named_by_apposition(s0);  // "Prime Ministers Zhao Ziyang": the name
    std::vector<int> toks;
    t_.subtree(s, toks, {"conj", "cc", "punct", "acl:relcl", "appos"});
    ArgInfo a = make_argument(t_, s, toks);
    // "China and the investors": only named parties ("it and Chrysler": coreference names it).
    if (!a.entity && !a.pronoun) return;
    args.push_back(std::move(a));
  }
  for (std::size_t k = 1; k < args.size(); ++k) {
    OpenExtraction e = base;
    e.for_graph = true;
    e.for_openie = false;
    e.triple.subject = args[0].arg;
    e.triple.object = args[k].arg;
    e.triple.evidence.subject_span = args[0].span;
    e.triple.evidence.object_span = args[k].span;
    e.triple.evidence.rule.append(".reciprocal");
    e.triple.evidence.confidence = std::clamp(base.triple.evidence.confidence * 0.8, 0.01, 0.99);
    out_.push_back(std::move(e));
  }
}

bool ClauseBuilder::is_date_mention(int i) const {
  const Mention* m = t_.mention(i);
  return m && (m->type == EntityType::kDate || m->type == EntityType::kTime);
}

bool ClauseBuilder::function_word(int i) const {
  const auto u = t_.upos(i);
  return u == "ADP" || u == "SCONJ" || u == "CCONJ" || u == "PART" || u == "AUX" || u == "DET";
}

void ClauseBuilder::emit_graph(const Clause& c, const GraphChoice& g, const OpenExtraction& base) {
  const int p = c.pred;
  // Graph confidence: long phrases and many adjuncts make a clause less reliable.
  const double conf = base.confidence - 0.006 * std::max(0, words(base.arg1) + words(base.arg2) - 6) -
                      0.03 * static_cast<double>(base.extra.size());
  const std::vector<int> subs = conjuncts(g.subj);
  const std::vector<int> objs = c.copula && g.obj == p ? std::vector<int>{p} : conjuncts(g.obj);
  bool open_done = false;
  for (int s0 : subs) {
    const int s = named_by_apposition(s0);
    for (int o0 : objs) {
      const int o = c.copula && o0 == p ? o0 : named_by_apposition(o0);
      std::vector<int> stoks, otoks;
      t_.subtree(s, stoks, {"conj", "cc", "punct", "acl:relcl", "appos"}, {p});
      if (c.copula && o == p) {
        std::vector<int> skip;
        for (int ch : t_.children(p)) {
          const auto r = t_.rel(ch);
          if (r != "amod" && r != "compound" && r != "nmod:poss" && r != "det" && r != "nmod" && r != "nummod" &&
              r != "flat" && r != "case")
            skip.push_back(ch);
        }
        t_.subtree(p, otoks, {}, skip);
      } else {
        t_.subtree(o, otoks, {"conj", "cc", "punct", "acl:relcl", "appos"}, {p});
      }
      // "know what he wants": a wh-word is no graph argument.
      if (t_.xpos(s) == "WP" || t_.xpos(s) == "WDT" || t_.xpos(o) == "WP" || t_.xpos(o) == "WDT") continue;
      const ArgInfo sa = make_argument(t_, s, stoks);
      const ArgInfo oa = make_argument(t_, o, otoks);
      if (sa.arg.text.empty() || oa.arg.text.empty()) continue;
      // "met for more than an hour with X" parsed with "for" as the oblique's head: a function
      // word ("for", "some", "that") that names no entity is no graph argument.
      if ((!sa.entity && function_word(s)) || (!oa.entity && !(c.copula && o == p) && function_word(o))) continue;
      // "Merbold, 47, of the European Space Agency ... have been chosen": a passive takes no
      // named party through "of" ("be accused of", "be robbed of" take things); the "of"
      // phrase belongs to a name the parser passed over.
      if (c.passive && !c.copula && g.marker == "of" && oa.entity) continue;
      double gc = conf;
      if (sa.pronoun) gc -= 0.25;
      if (oa.pronoun) gc -= 0.1;
      if (sa.entity) gc += 0.03;
      if (oa.entity) gc += 0.03;
      OpenExtraction e = base;
      e.for_openie = !open_done;
      open_done = true;
      e.triple.subject = sa.arg;
      e.triple.object = oa.arg;
      e.triple.evidence.subject_span = sa.span;
      e.triple.evidence.object_span = oa.span;
      e.triple.evidence.confidence = std::clamp(gc, 0.01, 0.99);
      // "X is the managing director of Y": a position, not an identity.
      std::vector<graph::Triple> extra;
      if (c.copula && o != p && rewrite_position(t_, p, e.triple, extra)) {
        e.triple.evidence.rule.append(".position");
        for (graph::Triple& x : extra) {
          OpenExtraction w;
          w.for_openie = false;
          w.triple = std::move(x);
          w.triple.evidence.rule = e.triple.evidence.rule;
          out_.push_back(std::move(w));
        }
      }
      out_.push_back(e);
      // "supports Cambodia's endeavors": the possessor entity is also an object, for acts
      // that target it (lexicon possessor-classes.txt; "told France's LCI" does not).
      if (oa.entity || oa.pronoun || c.copula) continue;
      if (!lexicon::contains(lexicon::List::kPossessorClasses, e.triple.relation.cls)) continue;
      int poss = t_.child(o, "nmod:poss");
      // "criticised the Conservatives stance": a person's or a body's name as a compound
      // before the noun (a place there is where: "the Moscow meeting", "the Beijing embassy").
      for (int ch : t_.children(o)) {
        const Mention* cm = t_.mention(ch);
        if (poss < 0 && ch < o && t_.rel(ch) == "compound" && cm &&
            (cm->type == EntityType::kPerson || cm->type == EntityType::kOrg) &&
            cm->end_token == t_.sentence().first_token + static_cast<std::uint32_t>(ch) + 1)
          poss = ch;
      }
      if (poss < 0) continue;
      poss = named_by_apposition(poss);  // "Mr Blair's": the name under the honorific
      std::vector<int> ptoks;
      t_.subtree(poss, ptoks, {"case"});
      const ArgInfo pa = make_argument(t_, poss, ptoks);
      if (!pa.entity) continue;
      e.for_openie = false;
      e.triple.object = pa.arg;
      e.triple.evidence.object_span = pa.span;
      e.triple.evidence.rule.append(".poss");
      e.triple.evidence.confidence = std::clamp(gc * 0.85, 0.01, 0.99);
      out_.push_back(std::move(e));
    }
  }
  if (!open_done) {
    OpenExtraction e = base;
    e.for_graph = false;
    out_.push_back(std::move(e));
  }
}

int ClauseBuilder::party_after(int p, std::string_view cls) const {
  if (!lexicon::contains(lexicon::List::kReciprocalClasses, cls)) return -1;
  for (int i = p + 1; i < t_.size() && i <= p + 8; ++i) {
    const auto u = t_.upos(i);
    if (u == "PUNCT" || u == "VERB" || u == "AUX" || u == "SCONJ" || u == "CCONJ") return -1;
    if (t_.form(i) != "with" || i + 1 >= t_.size()) continue;
    // "with International Monetary Fund Managing Director Michel Camdessus": the person
    // ends the run of capitalised words.
    const Mention* m = nullptr;
    for (int k = i + 1; k < t_.size() && !t_.form(k).empty() && t_.form(k)[0] >= 'A' && t_.form(k)[0] <= 'Z'; ++k) {
      const Mention* mk = t_.mention(k);
      if (mk && (!m || mk->type == EntityType::kPerson)) m = mk;
    }
    if (!m || !(m->type == EntityType::kPerson || m->type == EntityType::kOrg || m->type == EntityType::kGpe)) return -1;
    // The mention's head: its word whose head lies outside it.
    const int first = static_cast<int>(m->first_token - t_.sentence().first_token);
    const int end = std::min(t_.size(), static_cast<int>(m->end_token - t_.sentence().first_token));
    for (int k = first; k < end; ++k) {
      if (t_.head(k) < first || t_.head(k) >= end) return k;
    }
    return first;
  }
  return -1;
}

ArgInfo ClauseBuilder::party_argument(int h) const {
  const int p = named_by_apposition(h);
  std::vector<int> toks;
  t_.subtree(p, toks, {"conj", "cc", "punct", "acl:relcl", "appos", "case"});
  return make_argument(t_, p, toks);
}

ArgInfo ClauseBuilder::subject_argument(const Clause& c) const {
  const int s = named_by_apposition(c.subj);
  std::vector<int> toks;
  t_.subtree(s, toks, {"conj", "cc", "punct", "acl:relcl", "appos"}, {c.pred});
  return make_argument(t_, s, toks);
}

OpenExtraction& ClauseBuilder::push_party(const OpenExtraction& base, const ArgInfo& s, const ArgInfo& o, std::string lemma,
                                          std::string cls, std::string_view rule_suffix, double confidence_factor) {
  OpenExtraction e = base;
  e.for_openie = false;
  e.for_graph = true;
  e.triple.subject = s.arg;
  e.triple.object = o.arg;
  e.triple.evidence.subject_span = s.span;
  e.triple.evidence.object_span = o.span;
  e.triple.relation.lemma = std::move(lemma);
  e.triple.relation.cls = std::move(cls);
  e.triple.evidence.rule.append(rule_suffix);
  e.triple.evidence.confidence = std::clamp(base.triple.evidence.confidence * confidence_factor, 0.01, 0.99);
  out_.push_back(std::move(e));
  return out_.back();
}

void ClauseBuilder::event_noun_party(const Clause& c, const OpenExtraction& base) {
  if (c.copula || c.subj < 0) return;
  const ArgInfo sa = subject_argument(c);
  if (!sa.entity) return;
  for (int o : t_.children(c.pred)) {
    const std::string m = t_.marker(o);
    if (t_.rel(o) != "obl" || !(m == "during" || m == "at" || m == "after" || m == "in" || m == "following")) continue;
    std::vector<int> nouns{o};
    for (int ch : t_.children(o)) {
      if (t_.rel(ch) == "nmod" && t_.marker(ch) == "of") nouns.push_back(ch);  // "the first round of talks"
    }
    for (int n : nouns) {
      const std::string noun = lower(t_.form(n));
      // "during his visit to Minsk": the possessor takes part, not necessarily the subject.
      if (t_.child(n, "nmod:poss") >= 0 || (n != o && t_.child(o, "nmod:poss") >= 0)) continue;
      for (const lexicon::Row& r : lexicon::rows(lexicon::List::kLightVerbNouns)) {
        if (r.size() < 3 || r[0] != noun) continue;
        std::vector<int> parties = t_.children(n);
        if (n != o) {  // "round of talks with X" may hang "with X" on "round"
          for (int ch : t_.children(o)) {
            if (ch > n) parties.push_back(ch);
          }
        }
        for (int ch : parties) {
          if (t_.rel(ch) != "nmod" || t_.marker(ch) != r[1]) continue;
          const ArgInfo pa = party_argument(ch);
          if (!pa.entity || pa.arg.text == sa.arg.text) continue;
          OpenExtraction& e = push_party(base, sa, pa, noun + " " + r[1], r[2], ".event_noun", 0.85);
          e.triple.evidence.relation_span = {t_.tok(n).begin, t_.tok(n).end};
          e.triple.relation.surface = std::string(t_.form(n)) + " " + r[1];
        }
        break;
      }
    }
  }
}

void ClauseBuilder::recipient_party(const Clause& c, const Args& a, const OpenExtraction& base) {
  if (c.copula || c.passive || c.subj < 0 || a.objs.empty()) return;
  const std::string lemma = lower(t_.lemma(c.pred)) + " to";
  const auto& rows = relation_schema().lemma_class;
  const auto row = rows.find(lemma);
  // Only acts that pass the object on: "returned Macao to China" moves Macao, not the subject.
  if (row == rows.end() || !(row->second == "SELL" || row->second == "AID" || row->second == "TRADE" ||
                             row->second == "TRANSFER"))
    return;
  std::vector<int> parties = a.obls;
  for (int ch : t_.children(a.objs.back())) {  // "sold its arm to Metlife" with "to Metlife" on "arm"
    if (t_.rel(ch) == "nmod") parties.push_back(ch);
  }
  for (int o : parties) {
    if (t_.marker(o) != "to") continue;
    const ArgInfo pa = party_argument(o);
    if (!pa.entity) continue;
    const ArgInfo sa = subject_argument(c);
    if (sa.arg.text.empty() || sa.arg.text == pa.arg.text) return;
    push_party(base, sa, pa, lemma, row->second, ".recipient", 0.9);
    return;
  }
}

}  // namespace kg::extract::triples::clause_detail
