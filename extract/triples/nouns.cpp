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
    for (int c : t.children(n)) {
      if (t.rel(c) != "nmod") continue;
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

}  // namespace

Status NounExtractor::extract_open(const Document& doc, std::vector<OpenExtraction>& out) const {
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const SentenceTree t(doc, s);
    if (!t.parsed() || t.size() == 0) continue;
    nouns(t, out);
  }
  return Status::ok();
}

}  // namespace kg::extract::triples
