// Internal to the clause extractor (clauses.h): one sentence's clauses and the graph and
// Open IE extractions made of them. The builder is split by subject: clauses.cpp (finding
// clauses, their subjects and dependents), clause_qualifiers.cpp (negation, modality,
// assertion, the Open IE view), clause_graph.cpp (the graph's arguments and triples).
// Contract: a ClauseBuilder borrows the SentenceTree and appends to `out`; run() is
// deterministic. Not part of the library's interface.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "extract/triples/lexicon.h"
#include "extract/triples/tree.h"

namespace kg::extract::triples::clause_detail {

inline bool is_subject_label(std::string_view r) {
  return r == "nsubj" || r == "nsubj:pass" || r == "csubj" || r == "csubj:pass" || r == "nsubj:outer";
}

inline bool is_relative_pronoun(const SentenceTree& t, int i) {
  const auto x = t.xpos(i);
  return x == "WDT" || x == "WP" || (t.lemma(i) == "that" && t.upos(i) == "PRON");
}

inline bool is_negation(const SentenceTree& t, int i) {
  const auto r = t.rel(i);
  if (r != "advmod" && r != "aux" && r != "det") return false;
  const std::string l = lower(t.form(i));
  return l == "not" || l == "n't" || l == "never" || (r == "advmod" && l == "no");
}

inline bool is_time_word(std::string_view l) {
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

inline void append_word(std::string& s, std::string_view w) {
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
  bool is_predicate(int i) const;

  // A verbal xcomp child that carries the proposition (control): the clause is emitted
  // from the xcomp with this predicate as prefix.
  int control_child(int i) const;

  // The subject dependent of predicate i. A "to"-infinitive with a subject but without
  // "for" ("met X to further Y" parsed with X as subject of "further") is a parser error:
  // no own subject, so the controller's is inherited.
  int own_subject(int i) const;

  // "John Doe, convicted of murdering X, ...": a past participle without auxiliary right
  // after a comma and a name or noun modifies that noun (a reduced relative clause), whatever
  // the parser attached it to; returns the noun, else -1.
  int reduced_relative_noun(int p) const;

  // The name right before ", who" at token s (the last word of a person mention), when the
  // parser did not make the clause a relative one; else -1.
  int comma_who_antecedent(int s) const;

  // Subject of predicate `p` for a dependent clause, following conj/xcomp upwards.
  int inherited_subject(int p, int depth) const;

  bool resolve(Clause& c);

  // The graph/open argument of one phrase head, with its whole-phrase tokens.
  struct Phrase {
    int head = -1;
    std::vector<int> toks;
    std::string text;
    std::string marker;
  };

  Phrase phrase(int head, int pred, bool split_conj, bool keep_marker = false) const;

  std::vector<int> conjuncts(int head) const;

  bool is_time(int h) const;
  // "in 1817", "in the 1960s": a year or a decade.
  static bool is_year(std::string_view f) {
    if (f.size() == 5 && f.back() == 's') f.remove_suffix(1);
    if (f.size() != 4 || !std::all_of(f.begin(), f.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return false;
    return f >= "1000" && f <= "2199";
  }

  bool is_place(int h, const std::string& marker) const;

  // The normalised DATE/TIME value, else the time phrase without its clauses.
  std::string time_value(int h, const std::string& text) const;

  // The dependents of a clause's predicate, sorted by role.
  struct Args {
    std::vector<int> objs, obls, comps;
    int agent = -1, ccomp = -1, according = -1;
    bool antecedent_object = false;  // "the agreement (that) they signed"
  };

  // "24 years", "three months": a time word with a number, read as a time, not an object.
  bool duration(int h) const { return is_time(h) && t_.child(h, "nummod") >= 0; }
  // "met for more than an hour with X" parsed past repair: for a reciprocal act (lexicon
  // reciprocal-classes) with no party, "with" and a named mention within the next eight
  // words of the predicate, before any punctuation, verb or conjunction; the mention's head
  // word, or -1.
  int party_after(int p, std::string_view cls) const;
  // The named person or body a noun describes, when the noun is in apposition to the name
  // or the predicate of a copular relative clause on it ("X, an Israeli citizen living in
  // Jerusalem", "X, who is a British citizen who lives in London"), unless a phrase of the
  // noun's own comes before the clause at p; else h.
  int described_name(int h, int p) const;
  Args collect(const Clause& c) const;
  // "told Reuters news agency": an organisation the parser read as the first object of a bare
  // noun that only describes it ("news agency", no determiner) is the one object.
  void name_before_descriptor(Args& a) const;

  // "was fatally shot by Lee Harvey Oswald" parsed with "by" on the verb and the name as
  // some other dependent: the nominal dependent right after a "by" of the passive verb is
  // its agent; or a named "by" phrase the parser hung on an oblique's noun ("appointed to
  // the post by President Carter"). -1 when there is none.
  int stray_agent(int p) const;
  // An adposition, conjunction, particle, auxiliary or determiner.
  bool function_word(int i) const;
  // A date or time mention at token i ("Monday", "last week").
  bool is_date_mention(int i) const;

  struct RelationText {
    std::string open;   // verb group with inner adverbs ("also decided to develop")
    std::string graph;  // verb group ("decided to develop")
    std::string lemma;  // "develop", "be born"
  };

  RelationText relation_text(const Clause& c, const Args& a) const;

  Control control(const Clause& c) const;

  graph::Qualifiers qualifiers(const Clause& c, const Args& a) const;

  // A phrase that says nobody or nothing: "no one", "none", "neither man", "no country".
  // "poet Emily Dickinson was born", "the 34th President of the United States, Dwight
  // Eisenhower, was born": a common noun or title whose apposition is a person's name stands
  // for that person (the name, not the noun or its "of" country, is the argument).
  int named_by_apposition(int h) const;

  bool negative_phrase(int h) const;
  // An infinitive clause right after a noun ("incitement to commit", "a bid to buy"): the
  // noun's aim or charge, not an event the text asserts.
  bool noun_complement(int p) const;

  // Whether the text asserts the clause as a fact (graph::Qualifiers::asserted): not when
  // negated, under a modal of possibility or obligation ("may", "would", "should"; "will"
  // states a schedule and stays asserted), a prediction ("is set to replace", "is expected
  // to meet", "is likely to win"; an attitude, "plans to buy", is asserted as PLAN_BUY and
  // an implicative verb, "managed to sell", as the sale), in a condition ("if", "unless",
  // "until": lexicon condition-marks.txt), hearsay ("reports that ...": hearsay-nouns.txt),
  // hedged ("allegedly"), or reported through a stance verb ("alleged", "claimed", "denied").
  bool asserted(const Clause& c, const graph::Qualifiers& q) const;

  // Which obl became arg2 of the Open IE view (its preposition joined the relation).
  struct OpenChoice {
    int arg2_head = -1;
    std::string arg2_marker;
  };

  // Open IE view (CaRB): arg2 is the object, else the complement clause, else the first
  // obl (its preposition joins the relation), else the copula complement. Sets the rule id.
  OpenChoice open_view(const Clause& c, const Args& a, std::string open_rel, OpenExtraction& e) const;

  // Open IE confidence: a base per clause shape, lowered by what makes rules err. The
  // weights follow the precision of each shape on CaRB dev (see docs/triples.md).
  double open_confidence(const Clause& c, const OpenExtraction& e) const;

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
  void light_verb_object(const Args& a, GraphChoice& g) const;

  // "owns 30% of EADS", "holds a 46 percent stake in AMC" (lexicon stake-nouns.txt): the
  // company after "of"/"in" is the object; holding a stake is OWN.
  void stake_object(GraphChoice& g) const;
  // "chose / fired / picked Al Smith": a verb whose class depends on a person as its
  // object (verb-object-classes.txt rows with the object PERSON).
  void person_object_class(int pred, GraphChoice& g) const;

  GraphChoice graph_choice(const Clause& c, const Args& a, const OpenChoice& open, const std::string& lemma,
                           graph::Qualifiers& q) const;

  // "Wang Yi and Sok met", "China and Portugal signed an agreement": coordinated named
  // subjects of a reciprocal class (lexicon reciprocal-classes.txt) hold it to each other
  // when the clause names no other party (no object, or an object that is no entity).
  void reciprocal(const GraphChoice& g, const OpenExtraction& base, const Clause* c);

  // One graph triple per subject conjunct x object conjunct; the Open IE view rides on
  // the first one.
  void emit_graph(const Clause& c, const GraphChoice& g, const OpenExtraction& base);

  // "Nakasone explained the conditions during talks with Jaruzelski", "Straw, speaking at a
  // news conference with Li": an event noun of lexicon light-verb-nouns in an oblique of the
  // clause (during, at, after, in, following; also "a round of talks") with its party named
  // under it: the clause's named subject holds the event's class to that party.
  void event_noun_party(const Clause& c, const OpenExtraction& base);

  // "Citigroup sold its insurance arm to Metlife": a verb with a direct object and a named
  // "to" party, when relation-lemmas.txt lists "VERB to" with a class that passes the object
  // on (SELL, AID, TRADE, TRANSFER: sell to, lend to, export to): the subject also holds that
  // class to the party.
  void recipient_party(const Clause& c, const Args& a, const OpenExtraction& base);
  // The named party at h (a name in apposition to h, without its preposition), and the
  // clause's subject argument.
  ArgInfo party_argument(int h) const;
  ArgInfo subject_argument(const Clause& c) const;
  // A graph-only copy of `base` from s to o with that relation, its rule id extended by
  // `rule_suffix` and its confidence scaled; returns the triple pushed.
  OpenExtraction& push_party(const OpenExtraction& base, const ArgInfo& s, const ArgInfo& o, std::string lemma,
                             std::string cls, std::string_view rule_suffix, double confidence_factor);

  void emit(const Clause& c);

  // Who a clause is attributed to: "according to X", "X said (that) ...", "..., X added".
  std::string attribution(int p, int according) const;

  const SentenceTree& t_;
  std::vector<OpenExtraction>& out_;
  int according_to_ = -1;  // token index of the first "according to" (k + 2 < size), or -1
};

}  // namespace kg::extract::triples::clause_detail
