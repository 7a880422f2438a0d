// Appositions and titles (see clauses.h for the contract).
#include <algorithm>

#include "extract/ner/gazetteer.h"
#include "extract/triples/clauses.h"
#include "extract/triples/lexicon.h"
#include "extract/triples/tree.h"

namespace kg::extract::triples {
namespace {

void appositions(const SentenceTree& t, std::vector<OpenExtraction>& out) {
  for (int a = 0; a < t.size(); ++a) {
    if (t.rel(a) != "appos") continue;
    const int h = t.head(a);
    if (h < 0 || !t.is_nominal(h) || !t.is_nominal(a) || t.is_pronoun(a)) continue;
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
    if (o.arg.text.empty()) continue;
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
    out.push_back(std::move(e));
  }
}

bool is_connective(std::string_view w) { return w == "of" || w == "and" || w == "for" || w == "the"; }

// Titles before a person's name: "Cambodian Deputy Prime Minister Sok Chenda Sophea".
void titles(const SentenceTree& t, std::vector<OpenExtraction>& out) {
  const Document& d = t.doc();
  const std::uint32_t base = t.sentence().first_token;
  for (const Mention& m : d.mentions) {
    if (m.type != EntityType::kPerson || m.first_token < base || m.end_token > t.sentence().end_token) continue;
    int first = static_cast<int>(m.first_token - base);
    const int last = static_cast<int>(m.end_token - base) - 1;
    // Leading title words inside the mention belong to the title, not the name.
    while (first < last && (gazetteer::is_title_word(t.form(first)) || gazetteer::is_honorific(t.form(first)))) ++first;
    int k = first - 1;
    std::vector<int> run;
    while (k >= 0) {
      const auto w = t.form(k);
      if (gazetteer::is_title_word(w) || (is_connective(w) && !run.empty())) {
        run.push_back(k);
        --k;
        continue;
      }
      break;
    }
    std::reverse(run.begin(), run.end());
    while (!run.empty() && is_connective(t.form(run.front()))) run.erase(run.begin());
    if (run.empty()) continue;
    const gazetteer::Country* country = nullptr;
    if (k >= 0) {
      country = gazetteer::country_by_demonym(t.form(k));
      if (!country && k >= 1 && (t.form(k) == "'s" || t.form(k) == "\u2019s")) country = gazetteer::country_by_name(t.form(k - 1));
    }
    // Split the run into gazetteer titles, longest first.
    std::vector<std::string> found;
    std::size_t i = 0;
    while (i < run.size()) {
      std::size_t best = 0;
      std::string best_text;
      std::string cur;
      for (std::size_t j = i; j < run.size(); ++j) {
        if (j > i) cur.push_back(' ');
        cur.append(t.form(run[j]));
        if (gazetteer::is_government_title(cur)) {
          best = j - i + 1;
          best_text = cur;
        }
      }
      if (best == 0) {
        ++i;
        continue;
      }
      found.push_back(best_text);
      i += best;
      while (i < run.size() && is_connective(t.form(run[i]))) ++i;
    }
    if (found.empty()) continue;
    graph::Argument person;
    person.kind = graph::Argument::Kind::kEntity;
    person.type = "Person";
    person.text = t.text_of(first, last);
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
      }
      tr.relation.lemma = "hold position";
      tr.relation.surface = title;
      tr.relation.cls = "HOLD_POSITION";
      tr.evidence = sentence_evidence(t);
      tr.evidence.subject_span = {t.tok(first).begin, t.tok(last).end};
      tr.evidence.object_span = {t.tok(run.front()).begin, t.tok(run.back()).end};
      tr.evidence.relation_span = tr.evidence.object_span;
      tr.evidence.rule = "title";
      tr.evidence.confidence = country ? 0.8 : 0.7;
      out.push_back(std::move(e));
    }
  }
}

}  // namespace

Status AppositionExtractor::extract_open(const Document& doc, std::vector<OpenExtraction>& out) const {
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const SentenceTree t(doc, s);
    if (t.size() == 0) continue;
    if (t.parsed()) appositions(t, out);
    titles(t, out);
  }
  return Status::ok();
}

}  // namespace kg::extract::triples
