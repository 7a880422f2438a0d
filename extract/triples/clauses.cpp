#include "extract/triples/clauses.h"

#include <algorithm>

#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "extract/triples/lexicon.h"
#include "extract/triples/tree.h"

namespace kg::extract::triples {
namespace {

bool is_subject_label(std::string_view r) {
  return r == "nsubj" || r == "nsubj:pass" || r == "csubj" || r == "csubj:pass" || r == "nsubj:outer";
}

bool is_relative_pronoun(const SentenceTree& t, int i) {
  const auto x = t.xpos(i);
  return x == "WDT" || x == "WP" || (t.lemma(i) == "that" && t.upos(i) == "PRON");
}

bool is_negation(const SentenceTree& t, int i) {
  const auto r = t.rel(i);
  if (r != "advmod" && r != "aux" && r != "det") return false;
  const std::string l = lower(t.form(i));
  return l == "not" || l == "n't" || l == "never" || (r == "advmod" && l == "no");
}

bool is_time_word(std::string_view l) {
  static constexpr std::string_view kWords[] = {
      "april", "august", "autumn", "century", "date", "day", "december", "decade", "evening", "february", "friday",
      "hour", "january", "july", "june", "march", "may", "monday", "month", "morning", "night", "november", "october",
      "saturday", "september", "spring", "summer", "sunday", "thursday", "today", "tomorrow", "tonight",
      "tuesday", "wednesday", "week", "weekend", "winter", "year", "yesterday"};
  for (auto w : kWords) {
    if (w == l) return true;
  }
  return false;
}

struct Clause {
  int pred = -1;
  int subj = -1;        // head of the subject phrase
  bool inherited = false;
  std::string_view via;  // "", "conj", "xcomp", "relcl", "acl", "advcl"
  bool passive = false;
  bool copula = false;
  std::vector<int> rel_tokens;  // aux, neg, cop, verb, particle (sentence order)
  std::string prefix;           // control chain surface: "decided to"
  std::string modality;
  bool negated = false;          // a negated controller ("did not decide to ...")
  int controller = -1;           // the verb or adjective controlling an xcomp ("plans" to buy)
};

// What a controlling verb says of its to-complement.
enum class Control {
  kNone,         // no controller
  kImplicative,  // it happened: "managed to sell", "began to build"
  kAttitude,     // the subject's intention or stance is the fact: "plans to buy" -> PLAN_BUY
  kPrediction,   // neither: "is set to replace", "is expected to meet", "is likely to win"
  kNegative,     // it did not happen: "failed to reach", "were unable to agree"
};

void append_word(std::string& s, std::string_view w) {
  if (w.empty()) return;
  if (!s.empty()) s.push_back(' ');
  s.append(w);
}

class ClauseBuilder {
 public:
  ClauseBuilder(const SentenceTree& t, std::vector<OpenExtraction>& out) : t_(t), out_(out) {
    // The first "according to" of the sentence, found once: attribution() needs it for
    // every clause, and scanning the sentence each time is quadratic in its length.
    for (int k = 0; k + 2 < t_.size() && according_to_ < 0; ++k) {
      if (lower(t_.form(k)) == "according" && lower(t_.form(k + 1)) == "to") according_to_ = k;
    }
  }

  void run() {
    for (int i = 0; i < t_.size(); ++i) {
      if (!is_predicate(i)) continue;
      Clause c;
      c.pred = i;
      if (!resolve(c)) continue;
      emit(c);
    }
  }

 private:
  bool is_predicate(int i) const {
    const auto r = t_.rel(i);
    if (r == "amod" || r == "compound" || r == "case" || r == "mark" || r == "fixed" || r == "det" ||
        r == "aux" || r == "aux:pass" || r == "cop" || r == "flat" || r == "discourse")
      return false;
    if (i + 1 < t_.size() && lower(t_.form(i)) == "according" && lower(t_.form(i + 1)) == "to") return false;
    if (t_.is_verb(i)) return true;
    return t_.has_child(i, "cop");
  }

  // A verbal xcomp child that carries the proposition (control): the clause is emitted
  // from the xcomp with this predicate as prefix.
  int control_child(int i) const {
    for (int c : t_.children(i)) {
      if (t_.rel(c) == "xcomp" && t_.is_verb(c) && !t_.has_child(i, "obj")) return c;
    }
    return -1;
  }

  // The subject dependent of predicate i. A "to"-infinitive with a subject but without
  // "for" ("met X to further Y" parsed with X as subject of "further") is a parser error:
  // no own subject, so the controller's is inherited.
  int own_subject(int i) const {
    bool to = false, for_mark = false;
    for (int c : t_.children(i)) {
      if (t_.rel(c) == "mark" && t_.xpos(c) == "TO") to = true;
      if (t_.rel(c) == "mark" && lower(t_.form(c)) == "for") for_mark = true;
    }
    if (to && !for_mark && t_.rel(i) != "root") return -1;
    for (int c : t_.children(i)) {
      if (is_subject_label(t_.rel(c))) return c;
    }
    return -1;
  }

  // "John Doe, convicted of murdering X, ...": a past participle without auxiliary right
  // after a comma and a name or noun modifies that noun (a reduced relative clause), whatever
  // the parser attached it to; returns the noun, else -1.
  int reduced_relative_noun(int p) const {
    if (t_.xpos(p) != "VBN" || p < 2 || t_.form(p - 1) != "," || t_.rel(p) == "root") return -1;
    for (int ch : t_.children(p)) {
      const auto cr = t_.rel(ch);
      if (cr == "aux" || cr == "aux:pass" || cr == "cop" || is_subject_label(cr)) return -1;
    }
    const int n = p - 2;
    if (!(t_.upos(n) == "PROPN" || t_.upos(n) == "NOUN")) return -1;
    return n;
  }

  // The name right before ", who" at token s (the last word of a person mention), when the
  // parser did not make the clause a relative one; else -1.
  int comma_who_antecedent(int s) const {
    if (s < 2 || lower(t_.form(s)) != "who" || t_.form(s - 1) != ",") return -1;
    const Mention* m = t_.mention(s - 2);
    return m && m->type == EntityType::kPerson ? s - 2 : -1;
  }

  // Subject of predicate `p` for a dependent clause, following conj/xcomp upwards.
  int inherited_subject(int p, int depth) const {
    if (depth > 6 || p < 0) return -1;
    const int s = own_subject(p);
    if (s >= 0) {
      if (is_relative_pronoun(t_, s) && t_.rel(p) == "acl:relcl" && t_.head(p) >= 0) return t_.head(p);
      return s;
    }
    const auto r = t_.rel(p);
    const int h = t_.head(p);
    if (h < 0) return -1;
    if (const int n = reduced_relative_noun(p); n >= 0) return n;
    if (r == "conj" || r == "advcl" || r == "xcomp") {
      if (r == "xcomp") {
        const int o = t_.child(h, "obj");
        if (o >= 0) return o;
      }
      return inherited_subject(h, depth + 1);
    }
    if (r == "acl:relcl") return h;
    if (r == "acl" && t_.xpos(p) == "VB") {
      // An infinitive on a noun has the noun's possessor for subject ("China's plans to
      // build roads and expand ports"), as resolve() has it, not the noun ("nations ... to
      // grasp ..., eliminate interference": the nations are not shown eliminating).
      return t_.child(h, "nmod:poss");
    }
    if (r == "acl" && t_.xpos(p) != "VBN") return h;
    return -1;
  }

  bool resolve(Clause& c) {
    const int p = c.pred;
    const auto r = t_.rel(p);
    // "Managing Director Michel Camdessus" parsed with "Managing" as a verb: a capitalised
    // participle inside a sentence that opens a title is part of the title.
    if (p > 0 && p + 1 < t_.size() && (t_.xpos(p) == "VBG" || t_.xpos(p) == "VBN")) {
      const std::string_view f = t_.form(p);
      if (!f.empty() && f[0] >= 'A' && f[0] <= 'Z' && gazetteer::is_title_word(t_.form(p + 1))) return false;
    }
    // Control: a matrix verb whose xcomp carries the proposition is emitted from the xcomp.
    if (control_child(p) >= 0) return false;
    c.copula = t_.has_child(p, "cop");
    c.passive = t_.has_child(p, "nsubj:pass") || t_.has_child(p, "aux:pass") || t_.has_child(p, "csubj:pass");
    const int s = own_subject(p);
    if (s >= 0) {
      c.subj = s;
      if (is_relative_pronoun(t_, s) && r == "acl:relcl" && t_.head(p) >= 0) {
        c.subj = t_.head(p);
        c.via = "relcl";
      } else if (const int n = comma_who_antecedent(s); n >= 0 && r != "acl:relcl") {
        c.subj = n;  // "Jack Ruby, who killed ..." parsed as parataxis: the name before ", who"
        c.via = "relcl";
      }
    } else if (r == "acl:relcl") {
      return false;  // an object relative without subject: rare, skip
    } else if (r == "acl") {
      const int h = t_.head(p);
      if (h < 0) return false;
      if (t_.xpos(p) == "VBN" && !t_.has_child(p, "obj")) {
        c.passive = true;
        c.subj = h;
      } else if (t_.xpos(p) == "VBG" || t_.xpos(p) == "VBN") {
        c.subj = h;
      } else {
        const int poss = t_.child(h, "nmod:poss");
        if (poss < 0) return false;
        c.subj = poss;
      }
      c.via = "acl";
      c.inherited = true;
    } else if (r == "conj" || r == "xcomp" || r == "advcl") {
      if (r == "advcl" && t_.has_child(p, "mark") && t_.xpos(p) != "VBG" && t_.xpos(p) != "VB") return false;
      c.subj = inherited_subject(p, 0);
      if (c.subj < 0) return false;
      c.inherited = true;
      c.via = r == "conj" ? "conj" : r == "xcomp" ? "xcomp" : "advcl";
    } else {
      return false;
    }
    if (c.subj == p) return false;
    // Relation words.
    for (int ch : t_.children(p)) {
      const auto cr = t_.rel(ch);
      if (cr == "aux" || cr == "aux:pass" || cr == "cop" || cr == "compound:prt" || is_negation(t_, ch)) {
        if (cr == "aux" && t_.lemma(ch) == "to" && r == "xcomp") continue;
        c.rel_tokens.push_back(ch);
      }
      if (cr == "aux") {
        const auto m = modal_modality(lower(t_.lemma(ch)));
        if (!m.empty()) c.modality = std::string(m);
      }
    }
    if (!c.copula) c.rel_tokens.push_back(p);
    std::sort(c.rel_tokens.begin(), c.rel_tokens.end());
    // Control chain: "decided to develop", "is eager to support".
    if (r == "xcomp" && t_.head(p) >= 0) {
      int h = t_.head(p);
      std::vector<int> mt;
      for (int ch : t_.children(h)) {
        const auto cr = t_.rel(ch);
        if (cr == "aux" || cr == "aux:pass" || cr == "cop" || is_negation(t_, ch)) mt.push_back(ch);
      }
      mt.push_back(h);
      std::sort(mt.begin(), mt.end());
      for (int k : mt) {
        if (!c.prefix.empty()) c.prefix.push_back(' ');
        c.prefix.append(t_.form(k));
      }
      const int to = t_.child(p, "mark") >= 0 ? t_.child(p, "mark") : t_.child(p, "aux");
      if (to >= 0 && lower(t_.form(to)) == "to") c.prefix.append(" to");
      std::string hl = lower(t_.lemma(h));
      // The attitude predicate up the xcomp chain: "aim to further develop" -> aim.
      for (int a = h, depth = 0; a >= 0 && depth < 4; a = t_.rel(a) == "xcomp" ? t_.head(a) : -1, ++depth) {
        const std::string al = lower(t_.lemma(a));
        if (is_attitude_verb(al) || is_attitude_adjective(al)) {
          hl = al;
          h = a;
          break;
        }
      }
      if (t_.has_child(h, "cop")) {
        c.modality = "be ";
        c.modality.append(hl);
      } else {
        c.modality = hl;
      }
      c.controller = h;
      for (int ch : t_.children(h)) {
        if (is_negation(t_, ch)) c.negated = true;
      }
    }
    return true;
  }

  // The graph/open argument of one phrase head, with its whole-phrase tokens.
  struct Phrase {
    int head = -1;
    std::vector<int> toks;
    std::string text;
    std::string marker;
  };

  Phrase phrase(int head, int pred, bool split_conj, bool keep_marker = false) const {
    Phrase ph;
    ph.head = head;
    std::vector<int> skip{pred};
    for (int ch : t_.children(head)) {
      if (t_.rel(ch) == "conj" && t_.is_verb(ch) && head != pred) skip.push_back(ch);
    }
    if (split_conj) {
      t_.subtree(head, ph.toks, {"conj", "cc", "punct"}, skip);
    } else {
      t_.subtree(head, ph.toks, {"punct"}, skip);
      // Keep inner punctuation, trim only the edges.
      t_.subtree(head, ph.toks, {}, skip);
    }
    ph.marker = t_.marker(head);
    ph.text = t_.join(ph.toks, keep_marker);
    return ph;
  }

  std::vector<int> conjuncts(int head) const {
    std::vector<int> r{head};
    for (std::size_t k = 0; k < r.size() && r.size() < 8; ++k) {
      for (int c : t_.children(r[k])) {
        if (t_.rel(c) == "conj" && (t_.is_nominal(c) || t_.upos(c) == "ADJ")) r.push_back(c);
      }
    }
    std::sort(r.begin(), r.end());
    return r;
  }

  bool is_time(int h) const {
    if (const Mention* m = t_.mention(h)) {
      if (m->type == EntityType::kDate || m->type == EntityType::kTime) return true;
    }
    return is_time_word(lower(t_.lemma(h))) || is_year(t_.form(h));
  }
  // "in 1817", "in the 1960s": a year or a decade.
  static bool is_year(std::string_view f) {
    if (f.size() == 5 && f.back() == 's') f.remove_suffix(1);
    if (f.size() != 4 || !std::all_of(f.begin(), f.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return false;
    return f >= "1000" && f <= "2199";
  }

  bool is_place(int h, const std::string& marker) const {
    const Mention* m = t_.mention(h);
    if (!m || (m->type != EntityType::kGpe && m->type != EntityType::kLoc)) return false;
    return marker == "in" || marker == "at" || marker == "near" || marker == "inside";
  }

  // The normalised DATE/TIME value, else the time phrase without its clauses.
  std::string time_value(int h, const std::string& text) const {
    if (const Mention* m = t_.mention(h)) {
      if (!m->value.empty()) return m->value;
    }
    std::vector<int> toks;
    t_.subtree(h, toks, {"acl", "acl:relcl", "advcl", "punct", "appos", "conj", "cc", "parataxis"});
    std::string short_text = t_.join(toks, true);
    return short_text.empty() ? text : short_text;
  }

  // The dependents of a clause's predicate, sorted by role.
  struct Args {
    std::vector<int> objs, obls, comps;
    int agent = -1, ccomp = -1, according = -1;
    bool antecedent_object = false;  // "the agreement (that) they signed"
  };

  Args collect(const Clause& c) const {
    const int p = c.pred;
    Args a;
    for (int ch : t_.children(p)) {
      const auto r = t_.rel(ch);
      if (r == "obj" || r == "iobj") {
        if (is_relative_pronoun(t_, ch) && t_.rel(p) == "acl:relcl" && t_.head(p) >= 0) {
          a.antecedent_object = true;
          continue;
        }
        a.objs.push_back(ch);
      } else if (r == "obl:agent") {
        a.agent = ch;
      } else if (r == "obl" || r == "obl:unmarked" || r == "obl:tmod" || r == "obl:npmod") {
        const std::string m = t_.marker(ch);
        if (m == "according to") {
          a.according = ch;
        } else if (c.passive && m == "by" && a.agent < 0) {
          a.agent = ch;
        } else {
          a.obls.push_back(ch);
        }
      } else if (r == "xcomp" && !t_.is_verb(ch)) {
        a.comps.push_back(ch);
      } else if (r == "ccomp" && a.ccomp < 0) {
        a.ccomp = ch;
      }
    }
    if (a.objs.empty() && a.ccomp < 0 && !c.copula) {
      // "buy and sell large amounts": the first verb shares its conjunct's object.
      for (int ch : t_.children(p)) {
        if (t_.rel(ch) != "conj" || !t_.is_verb(ch) || own_subject(ch) >= 0 || ch != p + 2) continue;
        for (int g : t_.children(ch)) {
          if (t_.rel(g) == "obj") a.objs.push_back(g);
        }
      }
      // Right node raising: "signed and ratified the treaty" shares the object.
      if (t_.rel(p) == "conj" && t_.head(p) >= 0) {
        for (int ch : t_.children(t_.head(p))) {
          if (t_.rel(ch) == "obj" && ch > p) a.objs.push_back(ch);
        }
      }
    }
    if (t_.rel(p) == "acl:relcl" && t_.head(p) >= 0 && a.objs.empty() && c.via != "relcl" && !c.copula)
      a.antecedent_object = true;
    if (c.passive && a.agent < 0) a.agent = stray_agent(p);
    return a;
  }

  // "was fatally shot by Lee Harvey Oswald" parsed with "by" on the verb and the name as
  // some other dependent: the nominal dependent right after a "by" of the passive verb is
  // its agent. -1 when there is none.
  int stray_agent(int p) const {
    for (int by : t_.children(p)) {
      if (t_.rel(by) != "case" || lower(t_.form(by)) != "by" || by + 1 >= t_.size()) continue;
      for (const int h : {p, by}) {  // the name hangs from the verb or from "by" itself
        for (int ch : t_.children(h)) {
          if (ch > by && ch <= by + 2 && t_.is_nominal(ch) && !t_.is_pronoun(ch) && t_.rel(ch) != "punct") return ch;
        }
      }
    }
    return -1;
  }

  struct RelationText {
    std::string open;   // verb group with inner adverbs ("also decided to develop")
    std::string graph;  // verb group ("decided to develop")
    std::string lemma;  // "develop", "be born"
  };

  RelationText relation_text(const Clause& c, const Args& a) const {
    const int p = c.pred;
    std::vector<int> open_tokens = c.rel_tokens;
    if (!c.rel_tokens.empty()) {
      for (int ch : t_.children(p)) {
        if (t_.rel(ch) == "advmod" && !is_negation(t_, ch) && ch > c.rel_tokens.front() && ch < p &&
            t_.children(ch).empty())
          open_tokens.push_back(ch);
      }
      std::sort(open_tokens.begin(), open_tokens.end());
    }
    RelationText r;
    r.open = c.prefix;
    for (int k : open_tokens) {
      if (!r.open.empty()) r.open.push_back(' ');
      r.open.append(t_.form(k));
    }
    r.graph = c.prefix;
    for (int k : c.rel_tokens) {
      if (!r.graph.empty()) r.graph.push_back(' ');
      r.graph.append(t_.form(k));
    }
    for (int k : c.rel_tokens) {
      const auto rl = t_.rel(k);
      if (rl == "aux" || rl == "aux:pass" || is_negation(t_, k)) continue;
      if (!r.lemma.empty()) r.lemma.push_back(' ');
      r.lemma.append(lower(t_.lemma(k)));
    }
    if (c.passive && !c.copula && a.agent < 0) r.lemma.insert(0, "be ");
    // "Chrysler plans to buy AMC": the plan is the fact, PLAN_BUY, not BUY.
    if (control(c) == Control::kAttitude) r.lemma.insert(0, lower(t_.lemma(c.controller)) + " ");
    return r;
  }

  Control control(const Clause& c) const {
    if (c.controller < 0) return Control::kNone;
    const std::string l = lower(t_.lemma(c.controller));
    if (lexicon::contains(lexicon::List::kImplicativeVerbs, l)) return Control::kImplicative;
    if (lexicon::contains(lexicon::List::kNegativeImplicatives, l)) return Control::kNegative;
    if (t_.has_child(c.controller, "aux:pass") || l == "likely" || l == "unlikely") return Control::kPrediction;
    if (is_attitude_verb(l) || is_attitude_adjective(l)) return Control::kAttitude;
    return Control::kPrediction;
  }

  graph::Qualifiers qualifiers(const Clause& c, const Args& a) const {
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

  // A phrase that says nobody or nothing: "no one", "none", "neither man", "no country".
  // "poet Emily Dickinson was born", "the 34th President of the United States, Dwight
  // Eisenhower, was born": a common noun or title whose apposition is a person's name stands
  // for that person (the name, not the noun or its "of" country, is the argument).
  int named_by_apposition(int h) const {
    if (h < 0 || !(t_.upos(h) == "NOUN" || t_.upos(h) == "PROPN")) return h;
    if (const Mention* m = t_.mention(h); m && m->type != EntityType::kNone) {
      // "John F. Kennedy assassin Lee Harvey Oswald": a name, a noun and a name without a
      // comma are the noun's person named by the second name (the first only modifies).
      const int end = static_cast<int>(m->end_token - t_.sentence().first_token);
      for (int ch : t_.children(h)) {
        if (ch != end || t_.upos(ch) != "NOUN" || m->type != EntityType::kPerson) continue;
        for (int g : t_.children(ch)) {
          const Mention* gm = t_.mention(g);
          if (g == ch + 1 && (t_.rel(g) == "appos" || t_.rel(g) == "flat") && gm && gm->type == EntityType::kPerson) return g;
        }
      }
      return h;
    }
    for (int ch : t_.children(h)) {
      if (ch < h || !(t_.rel(ch) == "appos" || t_.rel(ch) == "flat")) continue;
      const Mention* m = t_.mention(ch);
      if (m && m->type == EntityType::kPerson) return ch;
    }
    return h;
  }

  bool negative_phrase(int h) const {
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

  // Whether the text asserts the clause as a fact (graph::Qualifiers::asserted): not when
  // negated, under a modal of possibility or obligation ("may", "would", "should"; "will"
  // states a schedule and stays asserted), a prediction ("is set to replace", "is expected
  // to meet", "is likely to win"; an attitude, "plans to buy", is asserted as PLAN_BUY and
  // an implicative verb, "managed to sell", as the sale), in a condition ("if", "unless",
  // "until": lexicon condition-marks.txt), hearsay ("reports that ...": hearsay-nouns.txt),
  // hedged ("allegedly"), or reported through a stance verb ("alleged", "claimed", "denied").
  bool asserted(const Clause& c, const graph::Qualifiers& q) const {
    if (q.negated) return false;
    const std::string& m = q.modality;
    // "will" stays asserted: news states schedules as facts ("will visit Britain").
    if (m == "possible" || m == "conditional" || m == "obligation") return false;
    if (control(c) == Control::kPrediction) return false;
    for (int v = c.pred, depth = 0; v >= 0 && depth < 6; ++depth) {
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
      if (r != "conj" && r != "xcomp" && r != "ccomp") break;
      v = h;
    }
    for (int ch : t_.children(c.pred)) {
      if (t_.rel(ch) == "parataxis" && lexicon::contains(lexicon::List::kStanceVerbs, lower(t_.lemma(ch)))) return false;
    }
    return true;
  }

  // Which obl became arg2 of the Open IE view (its preposition joined the relation).
  struct OpenChoice {
    int arg2_head = -1;
    std::string arg2_marker;
  };

  // Open IE view (CaRB): arg2 is the object, else the complement clause, else the first
  // obl (its preposition joins the relation), else the copula complement. Sets the rule id.
  OpenChoice open_view(const Clause& c, const Args& a, std::string open_rel, OpenExtraction& e) const {
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
        if (is_subject_label(r) || r == "cop" || r == "aux" || r == "aux:pass" || r == "punct" ||
            is_negation(t_, k) || r == "conj" || r == "cc" || r == "advcl" || r == "parataxis" || r == "ccomp" ||
            r == "mark" || (r == "obl" && t_.marker(k) == "according to"))
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

  // Open IE confidence: a base per clause shape, lowered by what makes rules err. The
  // weights follow the precision of each shape on CaRB dev (see docs/triples.md).
  double open_confidence(const Clause& c, const OpenExtraction& e) const {
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

  static int words(const std::string& s) {
    return static_cast<int>(std::count(s.begin(), s.end(), ' ')) + (s.empty() ? 0 : 1);
  }

  static bool is_event_class(std::string_view cls) {
    return cls == "MEET" || cls == "SIGN" || cls == "DISCUSS" || cls == "NEGOTIATE";
  }

  // The graph's subject, object and relation lemma; time and place obls become
  // qualifiers. obj < 0: no graph triple (Open IE only).
  struct GraphChoice {
    int subj = -1, obj = -1;
    std::string lemma;
    std::string marker;  // preposition of an obl object, also added to the surface ("met with")
    std::string cls;     // the relation class when the lemma does not decide it ("hold talks with")
  };

  // "held talks with X", "paid a courtesy call on X" (lexicon light-verb-nouns.txt): the event
  // is in the object noun, its party the object of the preposition after it, which becomes
  // the graph object; the class is the noun's.
  void light_verb_object(const Args& a, GraphChoice& g) const {
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

  // "owns 30% of EADS", "holds a 46 percent stake in AMC" (lexicon stake-nouns.txt): the
  // company after "of"/"in" is the object; holding a stake is OWN.
  void stake_object(GraphChoice& g) const {
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

  GraphChoice graph_choice(const Clause& c, const Args& a, const OpenChoice& open, const std::string& lemma,
                           graph::Qualifiers& q) const {
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
    } else if (!a.objs.empty()) {
      g.obj = a.objs.back();
      light_verb_object(a, g);
      stake_object(g);
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
      if (pick >= 0) {
        g.obj = pick;
        g.marker = t_.marker(pick);
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
    if (g.obj >= 0 && q.place.empty() && !t_.doc().place.empty()) {
      const auto cls = relation_class(g.lemma).cls;
      if (is_event_class(cls) || cls == "AGREE") q.place = t_.doc().place;
    }
    return g;
  }

  // "Wang Yi and Sok met", "China and Portugal signed an agreement": coordinated named
  // subjects of a reciprocal class (lexicon reciprocal-classes.txt) hold it to each other
  // when the clause names no other party (no object, or an object that is no entity).
  void reciprocal(const GraphChoice& g, const OpenExtraction& base, const Clause* c) {
    if (!lexicon::contains(lexicon::List::kReciprocalClasses, base.triple.relation.cls)) return;
    if (c != nullptr && g.obj >= 0 && !(c->copula && g.obj == c->pred)) {
      const Mention* om = t_.mention(g.obj);
      if (om && om->type != EntityType::kNone) return;  // a party is named: the usual triples
    }
    const std::vector<int> subs = conjuncts(g.subj);
    if (subs.size() < 2) return;
    std::vector<ArgInfo> args;
    for (int s : subs) {
      std::vector<int> toks;
      t_.subtree(s, toks, {"conj", "cc", "punct", "acl:relcl", "appos"});
      ArgInfo a = make_argument(t_, s, toks);
      if (!a.entity) return;  // "China and the investors": only named parties
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

  // One graph triple per subject conjunct x object conjunct; the Open IE view rides on
  // the first one.
  void emit_graph(const Clause& c, const GraphChoice& g, const OpenExtraction& base) {
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
        const int poss = t_.child(o, "nmod:poss");
        if (poss < 0) continue;
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

  void emit(const Clause& c) {
    const Args a = collect(c);
    const RelationText rt = relation_text(c, a);
    OpenExtraction base;
    const OpenChoice open = open_view(c, a, rt.open, base);
    base.confidence = open_confidence(c, base);
    graph::Qualifiers q = qualifiers(c, a);
    const GraphChoice g = graph_choice(c, a, open, rt.lemma, q);
    const std::string rule = std::move(base.triple.evidence.rule);
    base.triple.evidence = sentence_evidence(t_);
    base.triple.evidence.relation_span = {t_.tok(c.pred).begin, t_.tok(c.pred).end};
    base.triple.evidence.rule = rule;
    base.triple.evidence.confidence = base.confidence;
    base.triple.qualifiers = std::move(q);
    base.triple.relation.lemma = g.lemma;
    base.triple.relation.surface = rt.graph;
    append_word(base.triple.relation.surface, g.marker);
    base.triple.relation.cls = g.cls.empty() ? std::string(relation_class(g.lemma).cls) : g.cls;
    if (g.obj < 0) {
      reciprocal(g, base, nullptr);
      base.for_graph = false;
      out_.push_back(std::move(base));
      return;
    }
    reciprocal(g, base, &c);
    // "the embargo would be irresponsible", "the US is bound": a property, not a relation
    // between two things. The Open IE view keeps it; the graph makes no node of "bound".
    if (c.copula && g.obj == c.pred && t_.upos(c.pred) == "ADJ") {
      base.for_graph = false;
      out_.push_back(std::move(base));
      return;
    }
    emit_graph(c, g, base);
  }

  // Who a clause is attributed to: "according to X", "X said (that) ...", "..., X added".
  std::string attribution(int p, int according) const {
    auto subject_text = [&](int v) -> std::string {
      const int s = own_subject(v);
      if (s < 0) return "";
      std::vector<int> toks;
      t_.subtree(s, toks, {"conj", "cc", "punct", "acl:relcl", "appos"});
      return make_argument(t_, s, toks).arg.text;
    };
    if (according >= 0) {
      std::vector<int> toks;
      t_.subtree(according, toks, {"case", "punct"});
      return make_argument(t_, according, toks).arg.text;
    }
    for (int ch : t_.children(p)) {
      if (t_.rel(ch) == "parataxis" && is_speech_verb(lower(t_.lemma(ch)))) return subject_text(ch);
      if (t_.rel(ch) == "obl" && t_.marker(ch) == "according to") {
        std::vector<int> toks;
        t_.subtree(ch, toks, {"case", "punct"});
        return make_argument(t_, ch, toks).arg.text;
      }
    }
    // Climb conj/xcomp to the clause that a speech verb embeds.
    int v = p;
    for (int depth = 0; depth < 6 && v >= 0; ++depth) {
      const auto r = t_.rel(v);
      const int h = t_.head(v);
      if (h < 0) break;
      if (r == "ccomp" && is_speech_verb(lower(t_.lemma(h)))) {
        std::string s = subject_text(h);
        if (s.empty()) s = attribution(h, -1);
        return s;
      }
      if (r == "conj" || r == "xcomp") {
        v = h;
        continue;
      }
      break;
    }
    // "According to X, ..." however the parser attached it.
    if (const int k = according_to_; k >= 0) {
      int j = k + 2;
      while (t_.head(j) > j && t_.head(j) < std::min(t_.size(), k + 9) && t_.is_nominal(t_.head(j))) j = t_.head(j);
      std::vector<int> toks;
      t_.subtree(j, toks, {"case", "punct", "conj", "cc", "acl", "acl:relcl"});
      return make_argument(t_, j, toks).arg.text;
    }
    return "";
  }

  const SentenceTree& t_;
  std::vector<OpenExtraction>& out_;
  int according_to_ = -1;  // token index of the first "according to" (k + 2 < size), or -1
};

}  // namespace

Status ClauseExtractor::extract_open(const Document& doc, std::vector<OpenExtraction>& out) const {
  const std::size_t first = out.size();
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const SentenceTree t(doc, s);
    if (!t.parsed() || t.size() == 0) continue;
    const std::size_t from = out.size();
    ClauseBuilder(t, out).run();
    // The same graph triple twice in one sentence (conjuncts resolving to one name): keep the first.
    for (std::size_t i = from; i < out.size(); ++i) {
      if (!out[i].for_graph) continue;
      const graph::Triple& a = out[i].triple;
      for (std::size_t j = from; j < i; ++j) {
        const graph::Triple& b = out[j].triple;
        if (out[j].for_graph && a.subject.text == b.subject.text && a.object.text == b.object.text &&
            a.relation.lemma == b.relation.lemma) {
          out[i].for_graph = false;
          break;
        }
      }
    }
  }
  fill_sentences(doc, out, first);
  return Status::ok();
}

}  // namespace kg::extract::triples
