#include "extract/triples/tree.h"

#include <algorithm>

#include "extract/tags.h"

namespace kg::extract::triples {

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return r;
}

SentenceTree::SentenceTree(const Document& doc, std::uint32_t sentence_index)
    : doc_(doc), sent_(doc.sentences[sentence_index]), index_(sentence_index) {
  n_ = static_cast<int>(sent_.end_token - sent_.first_token);
  children_.resize(static_cast<std::size_t>(n_));
  mention_.assign(static_cast<std::size_t>(n_), -1);
  int roots = 0;
  for (int i = 0; i < n_; ++i) {
    const int h = tok(i).head;
    if (h < 0) {
      if (tok(i).deprel != 0) ++roots;
      continue;
    }
    if (h >= n_ || h == i) continue;
    children_[static_cast<std::size_t>(h)].push_back(i);
  }
  parsed_ = roots >= 1;
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mn = doc.mentions[m];
    if (mn.end_token <= sent_.first_token || mn.first_token >= sent_.end_token) continue;
    for (std::uint32_t k = std::max(mn.first_token, sent_.first_token); k < std::min(mn.end_token, sent_.end_token);
         ++k) {
      mention_[k - sent_.first_token] = static_cast<int>(m);
    }
  }
}

std::string_view SentenceTree::lemma(int i) const {
  const Token& t = tok(i);
  if (!t.lemma.empty()) return t.lemma;
  return form(i);
}

std::string_view SentenceTree::rel(int i) const { return tags::deprel_name(tok(i).deprel); }
std::string_view SentenceTree::upos(int i) const { return tags::upos_name(tok(i).upos); }
std::string_view SentenceTree::xpos(int i) const { return tags::xpos_name(tok(i).xpos); }

int SentenceTree::child(int i, std::string_view deprel) const {
  for (int c : children(i)) {
    if (rel(c) == deprel) return c;
  }
  return -1;
}

const Mention* SentenceTree::mention(int i) const {
  const int m = mention_[static_cast<std::size_t>(i)];
  return m < 0 ? nullptr : &doc_.mentions[static_cast<std::size_t>(m)];
}

bool SentenceTree::is_verb(int i) const {
  const auto u = upos(i);
  return u == "VERB" || (u == "AUX" && !has_child(i, "cop") && rel(i) != "cop" && rel(i) != "aux" &&
                         rel(i) != "aux:pass");
}

bool SentenceTree::is_nominal(int i) const {
  const auto u = upos(i);
  return u == "NOUN" || u == "PROPN" || u == "PRON" || u == "NUM" || u == "X" || u == "SYM";
}

std::string SentenceTree::marker(int i) const {
  std::string m;
  for (int c : children(i)) {
    const auto r = rel(c);
    if (r != "case" && r != "mark") continue;
    if (c > i) continue;
    if (r == "mark" && (lemma(c) == "to" || lemma(c) == "that")) continue;
    if (!m.empty()) m.push_back(' ');
    m.append(lower(form(c)));
    for (int f : children(c)) {
      if (rel(f) == "fixed") {
        m.push_back(' ');
        m.append(lower(form(f)));
      }
    }
  }
  return m;
}

void SentenceTree::subtree(int head, std::vector<int>& out, std::initializer_list<std::string_view> skip_labels,
                           const std::vector<int>& skip_tokens) const {
  out.clear();
  std::vector<int> stack{head};
  while (!stack.empty()) {
    const int i = stack.back();
    stack.pop_back();
    out.push_back(i);
    for (int c : children(i)) {
      if (std::find(skip_tokens.begin(), skip_tokens.end(), c) != skip_tokens.end()) continue;
      if (i == head) {
        const auto r = rel(c);
        if (std::find(skip_labels.begin(), skip_labels.end(), r) != skip_labels.end()) continue;
      }
      stack.push_back(c);
    }
  }
  std::sort(out.begin(), out.end());
}

std::string SentenceTree::join(std::vector<int>& toks, bool keep_case) const {
  auto trim_edge = [&](int i, bool front) {
    const auto u = upos(i);
    if (u == "PUNCT") return true;
    if (front && (rel(i) == "cc" || rel(i) == "mark")) return true;
    if (front && !keep_case && rel(i) == "case") return true;
    return false;
  };
  while (!toks.empty() && trim_edge(toks.front(), true)) toks.erase(toks.begin());
  while (!toks.empty() && trim_edge(toks.back(), false)) toks.pop_back();
  std::string s;
  for (int i : toks) {
    if (!s.empty()) s.push_back(' ');
    s.append(form(i));
  }
  return s;
}

graph::Span SentenceTree::span(const std::vector<int>& toks) const {
  if (toks.empty()) return {};
  return {tok(toks.front()).begin, tok(toks.back()).end};
}

std::string SentenceTree::text_of(int first, int last) const {
  return std::string(doc_.slice(tok(first).begin, tok(last).end));
}

std::string graph_type(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "Person";
    case EntityType::kOrg: return "Organization";
    case EntityType::kLoc: return "Place";
    case EntityType::kGpe: return "Place";
    case EntityType::kNorp: return "Group";
    default: return "Thing";
  }
}

namespace {

bool named(EntityType t) {
  return t == EntityType::kPerson || t == EntityType::kOrg || t == EntityType::kLoc || t == EntityType::kGpe ||
         t == EntityType::kNorp;
}

}  // namespace

ArgInfo make_argument(const SentenceTree& t, int head, const std::vector<int>& full) {
  ArgInfo a;
  a.length = static_cast<int>(full.size());
  a.span = t.span(full);
  if (t.is_pronoun(head)) {
    a.pronoun = true;
    a.arg.kind = graph::Argument::Kind::kConcept;
    a.arg.text = std::string(t.form(head));
    a.span = {t.tok(head).begin, t.tok(head).end};
    return a;
  }
  if (const Mention* m = t.mention(head)) {
    const std::uint32_t first = m->first_token, last = m->end_token - 1;
    if (named(m->type)) {
      a.entity = true;
      a.arg.kind = graph::Argument::Kind::kEntity;
      a.arg.type = graph_type(m->type);
      if (m->type == EntityType::kNorp) {
        a.arg.type = "Group";
      }
    } else {
      a.arg.kind = graph::Argument::Kind::kLiteral;
    }
    std::string_view text = t.doc().slice(t.doc().tokens[first].begin, t.doc().tokens[last].end);
    // A possessive "'s" glued into the mention is not part of the name.
    if (text.size() > 3 && (text.ends_with(" 's") || text.ends_with(" \u2019s"))) {
      text = text.substr(0, text.rfind(' '));
    }
    a.arg.text = std::string(text);
    return a;
  }
  // Concept phrase: the head with its pre-modifiers and short complements, no determiners.
  std::vector<int> keep;
  t.subtree(head, keep,
            {"det", "acl", "acl:relcl", "appos", "punct", "conj", "cc", "advmod", "parataxis", "dep", "case",
             "nmod:unmarked", "det:predet", "advcl"});
  std::vector<int> cleaned;
  for (int i : keep) {
    const auto r = t.rel(i);
    if ((r == "det" && t.lemma(i) != "no") || t.upos(i) == "PUNCT") {
      if (!(t.upos(i) == "PUNCT" && (t.form(i) == "-" || t.xpos(i) == "HYPH"))) continue;
    }
    cleaned.push_back(i);
  }
  if (cleaned.size() > 8) {
    // Too long: keep the head and its own pre-modifiers.
    std::vector<int> pre;
    for (int c : t.children(head)) {
      const auto r = t.rel(c);
      if (c < head && (r == "compound" || r == "amod" || r == "nmod:poss" || r == "nummod" || r == "flat")) {
        std::vector<int> sub;
        t.subtree(c, sub);
        for (int s : sub) {
          if (t.rel(s) != "det" && t.upos(s) != "PUNCT") pre.push_back(s);
        }
      }
    }
    pre.push_back(head);
    std::sort(pre.begin(), pre.end());
    if (pre.size() > 8) pre.erase(pre.begin(), pre.end() - 8);
    cleaned = std::move(pre);
  }
  std::string s;
  for (std::size_t k = 0; k < cleaned.size(); ++k) {
    const int i = cleaned[k];
    if (k > 0) {
      const int prev = cleaned[k - 1];
      // Keep the text's own spacing between adjacent words ("Lancang-Mekong", "China's").
      if (prev + 1 != i || t.tok(prev).space_after) s.push_back(' ');
    }
    s.append(t.form(i));
  }
  a.arg.kind = graph::Argument::Kind::kConcept;
  a.arg.text = std::move(s);
  return a;
}

graph::Evidence sentence_evidence(const SentenceTree& t) {
  graph::Evidence e;
  const Document& d = t.doc();
  e.document.id = d.id;
  e.document.url = d.url;
  e.document.title = d.title;
  e.document.date = d.published;
  e.sentence_span = {t.sentence().begin, t.sentence().end};
  e.sentence = std::string(d.slice(t.sentence().begin, t.sentence().end));
  return e;
}

}  // namespace kg::extract::triples
