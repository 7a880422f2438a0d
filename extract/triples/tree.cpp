#include "extract/triples/tree.h"

#include <algorithm>

#include "extract/ascii.h"
#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "extract/tags.h"

namespace kg::extract::triples {

std::string lower(std::string_view s) { return lower_ascii(s); }

DocumentMentions::DocumentMentions(const Document& doc) : of_sentence(doc.sentences.size()) {
  std::vector<std::uint32_t> sentence_of(doc.tokens.size(), 0);
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    for (std::uint32_t k = doc.sentences[s].first_token; k < doc.sentences[s].end_token && k < doc.tokens.size(); ++k)
      sentence_of[k] = s;
  }
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mn = doc.mentions[m];
    if (mn.type == EntityType::kPerson && mn.end_token - mn.first_token >= 2 && mn.end_token <= doc.tokens.size()) {
      const std::string_view first = doc.form(doc.tokens[mn.first_token]), last = doc.form(doc.tokens[mn.end_token - 1]);
      person_names_by_word[first].push_back(&mn);
      if (last != first) person_names_by_word[last].push_back(&mn);
    }
    if (mn.first_token >= doc.tokens.size() || doc.sentences.empty()) continue;
    // A mention lies inside one sentence; one that crosses an end counts for each.
    const std::uint32_t last = std::min<std::uint32_t>(mn.end_token, static_cast<std::uint32_t>(doc.tokens.size())) - 1;
    for (std::uint32_t s = sentence_of[mn.first_token]; s <= sentence_of[std::max(last, mn.first_token)]; ++s)
      of_sentence[s].push_back(static_cast<std::uint32_t>(m));
  }
}

SentenceTree::SentenceTree(const Document& doc, std::uint32_t sentence_index, const DocumentMentions& mentions)
    : doc_(doc), sent_(doc.sentences[sentence_index]), index_(sentence_index), mentions_(&mentions) {
  n_ = static_cast<int>(sent_.end_token - sent_.first_token);
  children_.resize(static_cast<std::size_t>(n_));
  mention_.assign(static_cast<std::size_t>(n_), -1);
  heads_.assign(static_cast<std::size_t>(n_), -1);
  int roots = 0;
  for (int i = 0; i < n_; ++i) {
    const int h = tok(i).head;
    if (h < 0) {
      if (tok(i).deprel != 0) ++roots;
      continue;
    }
    if (h >= n_ || h == i) continue;
    heads_[static_cast<std::size_t>(i)] = h;
  }
  parsed_ = roots >= 1;
  for (const std::uint32_t m : mentions.of_sentence[sentence_index]) {
    const Mention& mn = doc.mentions[m];
    if (mn.end_token <= sent_.first_token || mn.first_token >= sent_.end_token) continue;
    for (std::uint32_t k = std::max(mn.first_token, sent_.first_token); k < std::min(mn.end_token, sent_.end_token);
         ++k) {
      mention_[k - sent_.first_token] = static_cast<int>(m);
    }
  }
  repair_coordination();
  for (int i = 0; i < n_; ++i) {
    if (const int h = heads_[static_cast<std::size_t>(i)]; h >= 0) children_[static_cast<std::size_t>(h)].push_back(i);
  }
}

void SentenceTree::repair_coordination() {
  auto typed = [&](int i, auto pred) {
    const Mention* m = i >= 0 ? mention(i) : nullptr;
    return m != nullptr && pred(m->type);
  };
  const auto person = [](EntityType e) { return e == EntityType::kPerson; };
  const auto place = [](EntityType e) { return e == EntityType::kGpe || e == EntityType::kLoc; };
  for (int i = 0; i < n_; ++i) {
    const int h = heads_[static_cast<std::size_t>(i)];
    if (h < 0 || rel(i) != "conj" || !typed(i, person) || !typed(h, place) || !rel(h).starts_with("nmod")) continue;
    int g = heads_[static_cast<std::size_t>(h)];
    if (!typed(g, person)) continue;
    // The head of the first person's phrase: above the name's flat parts.
    while (rel(g) == "flat" && heads_[static_cast<std::size_t>(g)] >= 0) g = heads_[static_cast<std::size_t>(g)];
    heads_[static_cast<std::size_t>(i)] = g;
  }
  repair_parallel_auxiliary();
}

void SentenceTree::repair_parallel_auxiliary() {
  auto aux_of = [&](int x) {
    for (int k = 0; k < n_; ++k) {
      if (heads_[static_cast<std::size_t>(k)] == x && rel(k) == "aux") return lower(form(k));
    }
    return std::string();
  };
  auto has_subject = [&](int x) {
    for (int k = 0; k < n_; ++k) {
      if (heads_[static_cast<std::size_t>(k)] == x && rel(k).starts_with("nsubj")) return true;
    }
    return false;
  };
  for (int i = 0; i < n_; ++i) {
    const int h = heads_[static_cast<std::size_t>(i)];
    if (h < 0 || rel(i) != "conj" || rel(h) != "ccomp" || has_subject(i)) continue;
    const int g = heads_[static_cast<std::size_t>(h)];
    const std::string aux = aux_of(i);
    if (g < 0 || aux.empty() || aux_of(g) != aux || aux_of(h) == aux) continue;
    heads_[static_cast<std::size_t>(i)] = g;
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

const std::vector<const Mention*>& SentenceTree::person_names_with(std::string_view w) const {
  static const std::vector<const Mention*> kNone;
  const auto it = mentions_->person_names_by_word.find(w);
  return it == mentions_->person_names_by_word.end() ? kNone : it->second;
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
  std::vector<bool> seen(static_cast<std::size_t>(n_), false);
  while (!stack.empty()) {
    const int i = stack.back();
    stack.pop_back();
    if (seen[static_cast<std::size_t>(i)]) continue;  // a cycle in a malformed tree
    seen[static_cast<std::size_t>(i)] = true;
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
    if (front && (rel(i) == "cc" || (rel(i) == "mark" && !keep_case))) return true;
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

bool is_connective_word(std::string_view w) { return w == "of" || w == "and" || w == "for"; }

bool is_titleish(const SentenceTree& t, int i) {
  const auto w = t.form(i);
  return gazetteer::is_title_word_any_case(w) || gazetteer::is_honorific(w) ||
         (gazetteer::country_by_demonym(w) != nullptr && !demonym_opens_place(t, i));
}

bool is_name_token(const SentenceTree& t, int i) {
  return t.upos(i) == "PROPN" && !is_titleish(t, i) && !is_connective_word(t.form(i));
}

}  // namespace

bool rewrite_position(const SentenceTree& t, int noun, graph::Triple& tr, std::vector<graph::Triple>& extra) {
  if (noun < 0 || noun >= t.size()) return false;
  const std::string n = lower(t.form(noun));
  if (!lexicon::contains(lexicon::List::kPositionNouns, n)) return false;
  const std::string& lemma = tr.relation.lemma;
  if (lemma.rfind("be ", 0) != 0 || !lemma.ends_with(" of") || tr.object.text.empty()) return false;
  // The title: the noun's modifiers before it that are words of a title ("managing",
  // "deputy prime", "chief financial"), then the noun.
  int first = noun;
  while (first > 0) {
    const int k = first - 1;
    const auto r = t.rel(k);
    if (t.head(k) != noun || (r != "amod" && r != "compound")) break;
    const auto f = t.form(k);
    if (f.empty() || !(std::islower(static_cast<unsigned char>(f[0])) || gazetteer::is_title_word_any_case(f))) break;
    first = k;
  }
  std::string title;
  for (int k = first; k <= noun; ++k) {
    if (!title.empty()) title.push_back(' ');
    title.append(t.form(k));
  }
  title = gazetteer::title_case(title);
  if (tr.object.kind == graph::Argument::Kind::kEntity && tr.object.type == "Organization") {
    graph::Triple w = tr;
    w.relation = {"work for", std::string(t.form(noun)), "WORK_FOR"};
    extra.push_back(std::move(w));
  }
  tr.object.text = title + " of " + tr.object.text;
  // The concept spans the title too: no mention heads it, so it stays the position.
  tr.evidence.object_span.begin = std::min(tr.evidence.object_span.begin, t.tok(first).begin);
  tr.object.kind = graph::Argument::Kind::kConcept;
  tr.object.type.clear();
  tr.object.titles.clear();
  tr.relation = {"hold position", std::string(t.form(noun)), "HOLD_POSITION"};
  return true;
}

bool demonym_opens_place(const SentenceTree& t, int i) {
  if (i < 0 || i + 1 >= t.size()) return false;
  std::string two(t.form(i));
  two.push_back(' ');
  two.append(t.form(i + 1));
  return gazetteer::country_by_name(two) != nullptr;
}

bool title_name(const SentenceTree& t, int head, int& first, int& last) {
  if (head < 0 || head >= t.size() || !gazetteer::is_title_word_any_case(t.form(head))) return false;
  int r = head;
  while (r + 1 < t.size()) {
    if (is_titleish(t, r + 1)) {
      ++r;
    } else if (is_connective_word(t.form(r + 1)) && r + 2 < t.size() && is_titleish(t, r + 2)) {
      r += 2;
    } else {
      break;
    }
  }
  if (r + 1 >= t.size() || !is_name_token(t, r + 1)) return false;
  first = r + 1;
  last = first;
  while (last + 1 < t.size() && last - first < 4) {
    if (is_name_token(t, last + 1)) {
      ++last;
    } else if (last + 2 < t.size() && t.form(last + 1) == "-" && t.tok(last).end == t.tok(last + 1).begin &&
               t.tok(last + 1).end == t.tok(last + 2).begin && is_name_token(t, last + 2)) {
      last += 2;  // "Al-Mansoori", written without spaces
    } else {
      break;
    }
  }
  return true;
}

std::string person_alias(const SentenceTree& t, int head) {
  const auto u = t.upos(head);
  const auto f0 = t.form(head);
  if (!(u == "PROPN" || (u == "NOUN" && !f0.empty() && f0[0] >= 'A' && f0[0] <= 'Z'))) return "";
  const Document& d = t.doc();
  const std::string_view w = t.form(head);
  std::string found;
  for (const Mention* pm : t.person_names_with(w)) {  // (an index: not a scan per argument)
    const Mention& m = *pm;
    std::string name(d.slice(d.tokens[m.first_token].begin, d.tokens[m.end_token - 1].end));
    if (found.empty()) found = std::move(name);
    else if (found != name) return "";
  }
  return found;
}

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
  int nf = -1, nl = -1;
  // A demonym parsed as the head of "Cambodian Deputy Prime Minister ... Sok Chenda Sophea"
  // only qualifies the title run, which stands for the person.
  const bool demonym_title = !title_name(t, head, nf, nl) && head + 1 < t.size() &&
                             gazetteer::country_by_demonym(t.form(head)) != nullptr &&
                             title_name(t, head + 1, nf, nl);
  if (demonym_title || nf >= 0) {
    // "Deputy Prime Minister ... Sok Chenda Sophea": the title stands for the person.
    a.entity = true;
    a.arg.kind = graph::Argument::Kind::kEntity;
    a.arg.type = "Person";
    a.arg.text = t.text_of(nf, nl);
    a.span = {t.tok(nf).begin, t.tok(nl).end};
    return a;
  }
  const Mention* hm = t.mention(head);
  if (!hm || (named(hm->type) && hm->end_token - hm->first_token == 1)) {
    std::string alias = person_alias(t, head);
    if (!alias.empty()) {
      a.entity = true;
      a.arg.kind = graph::Argument::Kind::kEntity;
      a.arg.type = "Person";
      a.arg.text = std::move(alias);
      return a;
    }
  }
  if (const Mention* m = hm) {
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
    // Titles and honorifics glued to the front of a name: "International Cooperation Sok".
    // A demonym opens a person's name only ("Saudi Arabia", "American Motors" keep theirs).
    std::uint32_t f = first;
    while (f < last && named(m->type)) {
      const auto w = t.doc().form(t.doc().tokens[f]);
      const bool demonym = m->type == EntityType::kPerson && gazetteer::country_by_demonym(w);
      if (!gazetteer::is_title_word(w) && !gazetteer::is_honorific(w) && !demonym) break;
      // "Bank of Israel": a title word before "of" is the body's own word, not a title.
      const auto next = t.doc().form(t.doc().tokens[f + 1]);
      if (next.empty() || !(next[0] >= 'A' && next[0] <= 'Z')) break;
      ++f;
    }
    if (f != first) a.arg.type = "Person";
    std::string_view text = t.doc().slice(t.doc().tokens[f].begin, t.doc().tokens[last].end);
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
             "nmod:unmarked", "det:predet", "advcl", "nsubj", "nsubj:pass", "csubj", "cop", "aux", "aux:pass",
             "mark", "obl", "xcomp", "ccomp", "expl", "obj", "iobj"});
  // Deeper coordination and clauses leave the concept too ("areas of agriculture, ...").
  // Except the coordination that "between" and "among" need: "cooperation between China
  // and Cambodia" is not "cooperation between China".
  auto pairing = [&](int i) {
    if (i < 0) return false;
    const auto m = t.marker(i);
    return m == "between" || m == "among";
  };
  std::vector<int> deep;
  for (int i : keep) {
    const auto r = t.rel(i);
    // A date the parser hung on the noun ("a federal court in Arizona on Thursday halted")
    // dates the event, it does not name the thing.
    if (i != head && r.starts_with("nmod")) {
      const Mention* m = t.mention(i);
      if (m && (m->type == EntityType::kDate || m->type == EntityType::kTime)) {
        deep.push_back(i);
        continue;
      }
    }
    if (i == head || !(r == "conj" || r == "cc" || r == "acl:relcl" || r == "appos" || r == "parataxis")) continue;
    const int h = t.head(i);
    if (r == "conj" && pairing(h) && h != head) continue;
    if (r == "cc" && h >= 0 && t.rel(h) == "conj" && pairing(t.head(h)) && t.head(h) != head) continue;
    deep.push_back(i);
  }
  if (!deep.empty()) {
    t.subtree(head, keep,
              {"det", "acl", "acl:relcl", "appos", "punct", "conj", "cc", "advmod", "parataxis", "dep", "case",
               "nmod:unmarked", "det:predet", "advcl", "nsubj", "nsubj:pass", "csubj", "cop", "aux", "aux:pass",
               "mark", "obl", "xcomp", "ccomp", "expl", "obj", "iobj"},
              deep);
  }
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
          if (t.rel(s) != "det" && (t.upos(s) != "PUNCT" || t.xpos(s) == "HYPH" || t.form(s) == "-")) pre.push_back(s);
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
  return e;
}

void fill_sentences(const Document& doc, std::vector<OpenExtraction>& out, std::size_t from) {
  for (std::size_t i = from; i < out.size(); ++i) {
    graph::Evidence& e = out[i].triple.evidence;
    if (!out[i].for_graph || !e.sentence.empty()) continue;
    e.sentence = std::string(doc.slice(e.sentence_span.begin, e.sentence_span.end));
  }
}

}  // namespace kg::extract::triples
