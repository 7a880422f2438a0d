// Clause qualifiers: negation, modality, assertion; the Open IE view (see clause_builder.h).
#include <algorithm>
#include <string>
#include <vector>

#include "extract/triples/clause_builder.h"

namespace kg::extract::triples::clause_detail {

Control ClauseBuilder::control(const Clause& c) const {
  if (c.controller < 0) return Control::kNone;
  const std::string l = lower(t_.lemma(c.controller));
  if (lexicon::contains(lexicon::List::kImplicativeVerbs, l)) return Control::kImplicative;
  if (lexicon::contains(lexicon::List::kNegativeImplicatives, l)) return Control::kNegative;
  if (t_.has_child(c.controller, "aux:pass") || l == "likely" || l == "unlikely") return Control::kPrediction;
  if (is_attitude_verb(l) || is_attitude_adjective(l)) return Control::kAttitude;
  return Control::kPrediction;
}

graph::Qualifiers ClauseBuilder::qualifiers(const Clause& c, const Args& a) const {
  graph::Qualifiers q;
  q.negated = c.negated;
  for (int ch : t_.children(c.pred)) {
    if (is_negation(t_, ch)) q.negated = true;
  }
  // "Neither man is living in the US", "No country signed": a negative subject or object.
  for (int arg : {c.subj}) {
    if (negative_phrase(arg)) q.negated = true;
  }
  for (int arg : a.objs) {
    if (negative_phrase(arg)) q.negated = true;
  }
  if (control(c) == Control::kNegative) q.negated = true;
  q.modality = c.modality;
  q.attributed_to = attribution(c.pred, a.according);
  if (!q.attributed_to.empty() && q.modality.empty()) q.modality = "reported";
  q.asserted = asserted(c, q);
  return q;
}

bool ClauseBuilder::negative_phrase(int h) const {
  if (h < 0) return false;
  const std::string f = lower(t_.form(h));
  if (f == "nobody" || f == "none" || f == "nothing" || f == "neither" || f == "nor") return true;
  for (int ch : t_.children(h)) {
    const std::string d = lower(t_.form(ch));
    if (t_.rel(ch) == "det" && (d == "no" || d == "neither")) return true;
    // "Neither Vaskevitch nor Sofar are living in ...": "neither" before the first
    // conjunct, or "nor" before a later one.
    if (d == "neither" && (t_.rel(ch) == "cc:preconj" || t_.rel(ch) == "cc")) return true;
    if (t_.rel(ch) == "conj") {
      for (int g : t_.children(ch)) {
        if (t_.rel(g) == "cc" && lower(t_.form(g)) == "nor") return true;
      }
    }
  }
  return false;
}

bool ClauseBuilder::noun_complement(int p) const {
  const auto r = t_.rel(p);
  if ((r != "advcl" && r != "acl") || t_.xpos(p) != "VB") return false;  // "pleaded guilty to killing" is no aim
  for (int ch : t_.children(p)) {
    if (t_.rel(ch) != "mark" || lower(t_.form(ch)) != "to") continue;
    // "on suspicion of incitement to commit racial hatred", "an agreement to end Portuguese
    // rule", "a bid to buy the company", however the parser attached the infinitive: what a
    // noun names as its aim or charge did not happen by the text's word.
    return ch > 0 && t_.upos(ch - 1) == "NOUN";
  }
  return false;
}

bool ClauseBuilder::asserted(const Clause& c, const graph::Qualifiers& q) const {
  if (q.negated) return false;
  const std::string& m = q.modality;
  // "will" stays asserted: news states schedules as facts ("will visit Britain").
  if (m == "possible" || m == "conditional" || m == "obligation") return false;
  if (control(c) == Control::kPrediction) return false;
  for (int v = c.pred, depth = 0; v >= 0 && depth < 6; ++depth) {
    if (noun_complement(v)) return false;  // also for its conjuncts: "to end X and return Y"
    for (int ch : t_.children(v)) {
      const auto r = t_.rel(ch);
      const std::string f = lower(t_.form(ch));
      if (r == "mark" && lexicon::contains(lexicon::List::kConditionMarks, f)) return false;
      if (r == "advmod" && lexicon::contains(lexicon::List::kHedgeAdverbs, f)) return false;
      // "reports that the White House had decided ...", however the parser attached it.
      if (r == "mark" && f == "that" && ch > 0 && t_.upos(ch - 1) == "NOUN" &&
          lexicon::contains(lexicon::List::kHearsayNouns, lower(t_.lemma(ch - 1))))
        return false;
    }
    const auto r = t_.rel(v);
    const int h = t_.head(v);
    if (h < 0) break;
    if (r == "acl" && lexicon::contains(lexicon::List::kHearsayNouns, lower(t_.lemma(h)))) return false;
    if ((r == "ccomp" || r == "parataxis") && lexicon::contains(lexicon::List::kStanceVerbs, lower(t_.lemma(h))))
      return false;
    // "was accused of criticising Bush", "suspected of killing", "charged with leaking": the
    // gerund an accusation governs is not asserted.
    if (r == "advcl" && lexicon::contains(lexicon::List::kStanceVerbs, lower(t_.lemma(h)))) {
      for (int ch : t_.children(v)) {
        const std::string f = lower(t_.form(ch));
        if (t_.rel(ch) == "mark" && (f == "of" || f == "with")) return false;
      }
    }
    if (r != "conj" && r != "xcomp" && r != "ccomp") break;
    v = h;
  }
  for (int ch : t_.children(c.pred)) {
    if (t_.rel(ch) == "parataxis" && lexicon::contains(lexicon::List::kStanceVerbs, lower(t_.lemma(ch)))) return false;
  }
  return true;
}

ClauseBuilder::OpenChoice ClauseBuilder::open_view(const Clause& c, const Args& a, std::string open_rel,
                                                   OpenExtraction& e) const {
  const int p = c.pred;
  OpenChoice ch;
  e.arg1 = phrase(c.subj, p, false).text;
  std::vector<int> extra_obls = a.obls;
  std::string rule = "clause.";
  if (c.copula) {
    std::vector<int> toks;
    std::vector<int> skip{c.subj};
    for (int k : t_.children(p)) {
      const auto r = t_.rel(k);
      if (is_subject_label(r) || r == "cop" || r == "aux" || r == "aux:pass" || r == "punct" || is_negation(t_, k) ||
          r == "conj" || r == "cc" || r == "advcl" || r == "parataxis" || r == "ccomp" || r == "mark" ||
          (r == "obl" && t_.marker(k) == "according to"))
        skip.push_back(k);
    }
    t_.subtree(p, toks, {}, skip);
    append_word(open_rel, t_.marker(p));
    e.arg2 = t_.join(toks, false);
    extra_obls.clear();
    rule.append("svc");
  } else if (!a.objs.empty() || a.antecedent_object) {
    if (a.antecedent_object) e.arg2 = phrase(t_.head(p), p, false).text;
    for (int o : a.objs) append_word(e.arg2, phrase(o, p, false).text);
    for (int cp : a.comps) e.extra.push_back(phrase(cp, p, false).text);
    rule.append(a.objs.size() >= 2 ? "svoo" : !a.comps.empty() ? "svoc" : !a.obls.empty() ? "svoa" : "svo");
  } else if (a.ccomp >= 0) {
    e.arg2 = phrase(a.ccomp, p, false, true).text;
    rule.append(is_speech_verb(lower(t_.lemma(p))) ? "speech" : "svo");
  } else if (!a.comps.empty()) {
    e.arg2 = phrase(a.comps.front(), p, false).text;
    rule.append("svc");
  } else if (a.agent >= 0) {
    open_rel.append(" by");
    e.arg2 = phrase(a.agent, p, false).text;
    rule.append("svo");
  } else if (!a.obls.empty()) {
    // The first non-time obl after the predicate joins the relation.
    int pick = -1;
    for (int o : a.obls) {
      if (o > p && !is_time(o)) {
        pick = o;
        break;
      }
    }
    if (pick < 0) pick = a.obls.front();
    ch.arg2_head = pick;
    ch.arg2_marker = t_.marker(pick);
    append_word(open_rel, ch.arg2_marker);
    e.arg2 = phrase(pick, p, false).text;
    extra_obls.erase(std::find(extra_obls.begin(), extra_obls.end(), pick));
    rule.append("sva");
  } else {
    rule.append("sv");
  }
  if (a.agent >= 0 && (!a.objs.empty() || a.ccomp >= 0 || c.copula)) {
    e.extra.push_back(phrase(a.agent, p, false, true).text);
  }
  for (int o : extra_obls) e.extra.push_back(phrase(o, p, false, true).text);
  if (c.passive && !c.copula) rule.append(".passive");
  if (!c.via.empty()) {
    rule.push_back('.');
    rule.append(c.via);
  }
  e.relation = std::move(open_rel);
  e.triple.evidence.rule = std::move(rule);
  return ch;
}

double ClauseBuilder::open_confidence(const Clause& c, const OpenExtraction& e) const {
  const std::string& rule = e.triple.evidence.rule;
  const auto has = [&rule](const char* part) { return rule.find(part) != std::string::npos; };
  if (e.arg2.empty()) return 0.05;
  double conf = 0.8;
  if (has(".sva")) conf += 0.06;
  if (has(".svoa")) conf += 0.02;
  if (has(".svc")) conf -= 0.02;
  if (has(".speech")) conf += 0.1;
  if (has(".svoo")) conf -= 0.15;
  if (c.via == "conj") conf -= 0.03;
  if (c.via == "xcomp") conf += 0.03;
  if (c.via == "relcl") conf -= 0.08;
  if (c.via == "acl") conf -= 0.15;
  if (c.via == "advcl") conf -= 0.18;
  // No penalty for long arguments here: CaRB rewards whole phrases.
  if (t_.size() > 35) conf -= 0.05;
  if (words(e.arg1) > 12) conf -= 0.1;
  return std::clamp(conf, 0.02, 0.99);
}

}  // namespace kg::extract::triples::clause_detail
