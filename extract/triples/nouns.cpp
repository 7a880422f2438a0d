// Noun-mediated relations (see clauses.h for the contract).
#include <algorithm>

#include "extract/triples/clauses.h"
#include "extract/triples/lexicon.h"
#include "extract/triples/tree.h"

namespace kg::extract::triples {
namespace {

ArgInfo arg_of(const SentenceTree& t, int h) {
  std::vector<int> toks;
  t.subtree(h, toks, {"case", "punct", "conj", "cc", "acl:relcl", "appos", "acl"});
  return make_argument(t, h, toks);
}

void push(const SentenceTree& t, int noun, const ArgInfo& s, const ArgInfo& o, std::string lemma, const char* rule,
          double conf, std::vector<OpenExtraction>& out) {
  if (s.arg.text.empty() || o.arg.text.empty() || s.arg.text == o.arg.text) return;
  OpenExtraction e;
  e.for_openie = false;
  graph::Triple& tr = e.triple;
  tr.subject = s.arg;
  tr.object = o.arg;
  tr.relation.cls = std::string(relation_class(lemma).cls);
  tr.relation.lemma = std::move(lemma);
  tr.relation.surface = std::string(t.form(noun));
  tr.evidence = sentence_evidence(t);
  tr.evidence.subject_span = s.span;
  tr.evidence.object_span = o.span;
  tr.evidence.relation_span = {t.tok(noun).begin, t.tok(noun).end};
  tr.evidence.rule = rule;
  double c = conf;
  if (s.pronoun) c -= 0.2;
  if (!s.entity) c -= 0.15;
  if (!o.entity) c -= 0.1;
  tr.evidence.confidence = std::clamp(c, 0.05, 0.95);
  out.push_back(std::move(e));
}

void nouns(const SentenceTree& t, std::vector<OpenExtraction>& out) {
  for (int n = 0; n < t.size(); ++n) {
    if (t.upos(n) != "NOUN") continue;
    const std::string_view verb = verb_of_noun(lower(t.lemma(n)));
    if (verb.empty()) continue;
    const int poss = t.child(n, "nmod:poss");
    std::vector<int> comps = t.children(n);
    // "to end the EU's arms embargo on China" parsed with "on China" on the verb: a phrase
    // right after the noun is its complement.
    if (const int h = t.head(n); poss >= 0 && h >= 0) {
      for (int c : t.children(h)) {
        if (t.rel(c) == "obl" && c > n && n + 1 < t.size() && t.head(n + 1) == c && t.rel(n + 1) == "case") comps.push_back(c);
      }
    }
    for (int c : comps) {
      if (t.rel(c) != "nmod" && t.rel(c) != "obl") continue;
      const std::string m = t.marker(c);
      std::string lemma(verb);
      if (m == "with" || m == "in") {
        lemma.push_back(' ');
        lemma.append(m);
      }
      if (m == "between" || m == "among") {
        // "cooperation between China and ASEAN": every pair of conjuncts.
        std::vector<int> parts{c};
        for (int k : t.children(c)) {
          if (t.rel(k) == "conj") parts.push_back(k);
        }
        std::string pl(verb);
        pl.append(" with");
        for (std::size_t i = 0; i < parts.size(); ++i) {
          for (std::size_t j = i + 1; j < parts.size(); ++j) {
            push(t, n, arg_of(t, parts[i]), arg_of(t, parts[j]), pl, "noun.between", 0.75, out);
          }
        }
        continue;
      }
      if (poss < 0) continue;
      // "His nomination by Prime Minister Ariel Sharon": the agent acts on the possessor.
      if (m == "by" && patient_noun(lower(t.lemma(n)))) {
        const ArgInfo agent = arg_of(t, c);
        if (agent.entity) push(t, n, agent, arg_of(t, poss), std::string(verb), "noun.poss.by", 0.7, out);
        continue;
      }
      if (m != "for" && m != "with" && m != "to" && m != "of" && m != "in" && m != "on" && m != "against") continue;
      const ArgInfo s = arg_of(t, poss);
      if (!s.entity) continue;
      const ArgInfo o = arg_of(t, c);
      push(t, n, s, o, lemma, "noun.poss", 0.7, out);
      if (!o.entity) {
        const int op = t.child(c, "nmod:poss");
        if (op >= 0) push(t, n, s, arg_of(t, op), lemma, "noun.poss", 0.6, out);
      }
    }
  }
}

// Open IE only: possessives "X 's Y" -> (X; has; Y) and locatives "X in Y" between names
// -> (X; is in; Y), in the tense of the sentence.
void open_only(const SentenceTree& t, std::vector<OpenExtraction>& out) {
  bool past = false;
  for (int i = 0; i < t.size(); ++i) {
    if (t.xpos(i) == "VBD") past = true;
  }
  auto emit = [&](int head, std::vector<int> a1, std::vector<int> a2, const char* rel, const char* rule, double conf) {
    OpenExtraction e;
    e.for_graph = false;
    e.arg1 = t.join(a1);
    e.arg2 = t.join(a2);
    if (e.arg1.empty() || e.arg2.empty()) return;
    e.relation = rel;
    e.confidence = conf;
    e.triple.evidence = sentence_evidence(t);
    e.triple.evidence.rule = rule;
    e.triple.evidence.confidence = conf;
    e.triple.relation.surface = rel;
    e.triple.evidence.relation_span = {t.tok(head).begin, t.tok(head).end};
    out.push_back(std::move(e));
  };
  for (int n = 0; n < t.size(); ++n) {
    if (!t.is_nominal(n) || t.is_pronoun(n)) continue;
    for (int c : t.children(n)) {
      const auto r = t.rel(c);
      if (r == "nmod:poss" && !t.is_pronoun(c) && t.xpos(c) != "PRP$" && c < n) {
        std::vector<int> a1, a2;
        t.subtree(c, a1, {"case"});
        std::vector<int> skip{c};
        for (int k : t.children(n)) {
          const auto kr = t.rel(k);
          if (kr == "det" || kr == "acl:relcl" || kr == "acl" || kr == "appos" || kr == "conj" || kr == "cc" ||
              kr == "punct" || k > n)
            skip.push_back(k);
        }
        t.subtree(n, a2, {}, skip);
        emit(n, a1, a2, past ? "had" : "has", "open.poss", 0.2);
      } else if (r == "nmod" && t.marker(c) == "in" && t.upos(n) == "PROPN" && t.upos(c) == "PROPN") {
        std::vector<int> a1, a2;
        t.subtree(n, a1, {"nmod", "acl", "acl:relcl", "appos", "conj", "cc", "punct"});
        t.subtree(c, a2, {"case", "conj", "cc", "punct"});
        emit(n, a1, a2, past ? "was in" : "is in", "open.in", 0.35);
      }
    }
  }
}

}  // namespace

Status NounExtractor::extract_open(const Document& doc, std::vector<OpenExtraction>& out) const {
  const std::size_t first = out.size();
  const DocumentMentions mentions(doc);
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const SentenceTree t(doc, s, mentions);
    if (!t.parsed() || t.size() == 0) continue;
    nouns(t, out);
    open_only(t, out);
  }
  fill_sentences(doc, out, first);
  return Status::ok();
}

}  // namespace kg::extract::triples
