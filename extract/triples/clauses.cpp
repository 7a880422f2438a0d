#include "extract/triples/clauses.h"

#include <algorithm>

#include "extract/coref/org_cues.h"
#include "extract/triples/clause_builder.h"

namespace kg::extract::triples {
namespace clause_detail {

bool ClauseBuilder::is_predicate(int i) const {
  const auto r = t_.rel(i);
  if (r == "amod" || r == "compound" || r == "case" || r == "mark" || r == "fixed" || r == "det" ||
      r == "aux" || r == "aux:pass" || r == "cop" || r == "flat" || r == "discourse")
    return false;
  if (i + 1 < t_.size() && lower(t_.form(i)) == "according" && lower(t_.form(i + 1)) == "to") return false;
  if (t_.is_verb(i)) return true;
  return t_.has_child(i, "cop");
}

int ClauseBuilder::control_child(int i) const {
  for (int c : t_.children(i)) {
    if (t_.rel(c) == "xcomp" && t_.is_verb(c) && !t_.has_child(i, "obj")) return c;
  }
  return -1;
}

int ClauseBuilder::described_name(int h, int p) const {
  if (h < 0 || t_.upos(h) != "NOUN" || t_.mention(h)) return h;
  // Not when a phrase of the noun's own comes before the clause: "a spokeswoman for K mart
  // based in Troy", "a member of the Warren Commission that investigated" may describe it.
  for (int ch : t_.children(h)) {
    if (ch < p && t_.rel(ch).starts_with("nmod")) return h;
  }
  const int up = t_.head(h);
  const Mention* m = up >= 0 ? t_.mention(up) : nullptr;
  if (!m || !(m->type == EntityType::kPerson || m->type == EntityType::kOrg)) return h;
  // "David Sofer, an Israeli citizen [living in Jerusalem]": the noun in apposition.
  if (t_.rel(h) == "appos") return up;
  // "Vaskevitch, who is a British citizen [who lives in London]": the predicate of a
  // relative clause on the name.
  if (t_.rel(h) == "acl:relcl" && t_.has_child(h, "cop")) return up;
  return h;
}

int ClauseBuilder::own_subject(int i) const {
  bool to = false, for_mark = false;
  for (int c : t_.children(i)) {
    if (t_.rel(c) == "mark" && t_.xpos(c) == "TO") to = true;
    if (t_.rel(c) == "mark" && lower(t_.form(c)) == "for") for_mark = true;
  }
  if (to && !for_mark && t_.rel(i) != "root") return -1;
  int first = -1;
  for (int c : t_.children(i)) {
    if (!is_subject_label(t_.rel(c))) continue;
    if (first < 0) {
      first = c;
      continue;
    }
    // "poet Emily Dickinson was born" parsed with two subjects: the occupation right before
    // the name only describes the named one.
    const Mention* m = t_.mention(c);
    if (c == first + 1 && t_.upos(first) == "NOUN" && !t_.mention(first) && m && m->type != EntityType::kNone) return c;
    break;
  }
  return first;
}

int ClauseBuilder::reduced_relative_noun(int p) const {
  if (t_.xpos(p) != "VBN" || p < 2 || t_.form(p - 1) != "," || t_.rel(p) == "root") return -1;
  for (int ch : t_.children(p)) {
    const auto cr = t_.rel(ch);
    if (cr == "aux" || cr == "aux:pass" || cr == "cop" || is_subject_label(cr)) return -1;
  }
  const int n = p - 2;
  if (!(t_.upos(n) == "PROPN" || t_.upos(n) == "NOUN")) return -1;
  return n;
}

int ClauseBuilder::comma_who_antecedent(int s) const {
  if (s < 2 || lower(t_.form(s)) != "who" || t_.form(s - 1) != ",") return -1;
  const Mention* m = t_.mention(s - 2);
  return m && m->type == EntityType::kPerson ? s - 2 : -1;
}

int ClauseBuilder::inherited_subject(int p, int depth) const {
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

bool ClauseBuilder::resolve(Clause& c) {
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
  // "met with Vice President George Bush on Monday after U.S. naval forces destroyed ..."
  // parsed with Bush as the subject of "destroyed": a subject takes no preposition; the
  // parse of this clause is not to be trusted.
  if (s >= 0) {
    for (int ch : t_.children(s)) {
      if (t_.rel(ch) == "case" && ch < s && t_.upos(ch) == "ADP") return false;
    }
  }
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
    // "Acme managing director Jane Doe", "BNP founding chairman": the participle is part of
    // a title, not a clause about the company.
    if (t_.xpos(p) == "VBG" && p + 1 < t_.size() && t_.head(p + 1) == p && is_job_noun(lower(t_.lemma(p + 1)))) return false;
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
    // "Volcker, first appointed to the post by Carter, said": a bare past participle is
    // passive; its subject is the one appointed ("having appointed" has an auxiliary).
    if (r == "advcl" && t_.xpos(p) == "VBN" && !t_.has_child(p, "aux")) c.passive = true;
  } else {
    return false;
  }
  if (c.subj == p) return false;
  if (c.via == "acl" || c.via == "relcl") c.subj = described_name(c.subj, p);
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

ClauseBuilder::Phrase ClauseBuilder::phrase(int head, int pred, bool split_conj, bool keep_marker) const {
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

std::vector<int> ClauseBuilder::conjuncts(int head) const {
  std::vector<int> r{head};
  for (std::size_t k = 0; k < r.size() && r.size() < 8; ++k) {
    const Mention* hm = t_.mention(r[k]);
    for (int c : t_.children(r[k])) {
      if (t_.rel(c) == "conj" && (t_.is_nominal(c) || t_.upos(c) == "ADJ")) r.push_back(c);
      // "with Reagan, Greenspan, and ...": a person's name in apposition to another person's
      // name is a list the parser read as an apposition, not a second name of the first.
      const Mention* cm = t_.mention(c);
      if (t_.rel(c) == "appos" && hm && cm && hm != cm && hm->type == EntityType::kPerson &&
          cm->type == EntityType::kPerson && (hm->chain != cm->chain || hm->chain < 0))
        r.push_back(c);
    }
  }
  std::sort(r.begin(), r.end());
  return r;
}

bool ClauseBuilder::is_time(int h) const {
  if (const Mention* m = t_.mention(h)) {
    if (m->type == EntityType::kDate || m->type == EntityType::kTime) return true;
  }
  return is_time_word(lower(t_.lemma(h))) || is_year(t_.form(h));
}

bool ClauseBuilder::is_place(int h, const std::string& marker) const {
  const Mention* m = t_.mention(h);
  if (!m || (m->type != EntityType::kGpe && m->type != EntityType::kLoc)) return false;
  return marker == "in" || marker == "at" || marker == "near" || marker == "inside";
}

std::string ClauseBuilder::time_value(int h, const std::string& text) const {
  if (const Mention* m = t_.mention(h)) {
    if (!m->value.empty()) return m->value;
  }
  std::vector<int> toks;
  t_.subtree(h, toks, {"acl", "acl:relcl", "advcl", "punct", "appos", "conj", "cc", "parataxis"});
  std::string short_text = t_.join(toks, true);
  return short_text.empty() ? text : short_text;
}

void ClauseBuilder::name_before_descriptor(Args& a) const {
  if (a.objs.size() != 2) return;
  const int i = a.objs[0], j = a.objs[1];
  const Mention* m = t_.mention(i);
  if (t_.rel(i) != "iobj" || !m || m->type != EntityType::kOrg || !descriptor_noun(lower(t_.form(j)))) return;
  const int end = static_cast<int>(m->end_token - t_.sentence().first_token);
  if (end > j) return;
  for (int k = end; k < j; ++k) {
    if (t_.head(k) != j || t_.rel(k) != "compound") return;
  }
  for (int ch : t_.children(j)) {
    if (t_.rel(ch) == "det" || t_.rel(ch) == "nmod:poss") return;
  }
  a.objs = {i};
}

ClauseBuilder::Args ClauseBuilder::collect(const Clause& c) const {
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
  name_before_descriptor(a);
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
  if (t_.rel(p) == "acl:relcl" && t_.head(p) >= 0 && a.objs.empty() && c.via != "relcl" && !c.copula &&
      !c.passive)  // "pioneer Lee DeForest was born in ...": a passive with its own subject has no object left
    a.antecedent_object = true;
  if (c.passive && a.agent < 0) a.agent = stray_agent(p);
  return a;
}

int ClauseBuilder::stray_agent(int p) const {
  for (int by : t_.children(p)) {
    if (t_.rel(by) != "case" || lower(t_.form(by)) != "by" || by + 1 >= t_.size()) continue;
    for (const int h : {p, by}) {  // the name hangs from the verb or from "by" itself
      for (int ch : t_.children(h)) {
        if (ch > by && ch <= by + 2 && t_.is_nominal(ch) && !t_.is_pronoun(ch) && t_.rel(ch) != "punct") return ch;
      }
    }
  }
  // "first appointed to the Fed post by President Jimmy Carter": the parser hung the agent
  // on the oblique's noun. Only a named person, organisation or country there is the agent.
  for (int o : t_.children(p)) {
    if (t_.rel(o) != "obl" || o < p) continue;
    for (int ch : t_.children(o)) {
      if (ch < o || t_.rel(ch) != "nmod" || t_.marker(ch) != "by") continue;
      const Mention* m = t_.mention(ch);
      if (m && (m->type == EntityType::kPerson || m->type == EntityType::kOrg || m->type == EntityType::kGpe)) return ch;
    }
  }
  return -1;
}

ClauseBuilder::RelationText ClauseBuilder::relation_text(const Clause& c, const Args& a) const {
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

void ClauseBuilder::emit(const Clause& c) {
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
  event_noun_party(c, base);
  recipient_party(c, a, base);
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

std::string ClauseBuilder::attribution(int p, int according) const {
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

}  // namespace clause_detail

using clause_detail::ClauseBuilder;

Status ClauseExtractor::extract_open(const Document& doc, std::vector<OpenExtraction>& out) const {
  const std::size_t first = out.size();
  const DocumentMentions mentions(doc);
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const SentenceTree t(doc, s, mentions);
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
