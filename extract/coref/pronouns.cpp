#include "extract/coref/pronouns.h"

#include <string>

#include "extract/ascii.h"
#include "extract/tags.h"

namespace kg::extract {
namespace {

struct Rels {
  std::uint8_t nsubj = tags::deprel_id("nsubj"), nsubj_pass = tags::deprel_id("nsubj:pass"),
               obj = tags::deprel_id("obj"), iobj = tags::deprel_id("iobj"), obl = tags::deprel_id("obl"),
               poss = tags::deprel_id("nmod:poss"), flat = tags::deprel_id("flat"),
               compound = tags::deprel_id("compound"), conj = tags::deprel_id("conj"),
               advcl = tags::deprel_id("advcl"), root = tags::deprel_id("root"), cc = tags::deprel_id("cc"),
               punct = tags::deprel_id("punct"), appos = tags::deprel_id("appos"),
               relcl = tags::deprel_id("acl:relcl"), xcomp = tags::deprel_id("xcomp");
  bool subject(std::uint8_t d) const { return d == nsubj || d == nsubj_pass; }
  bool argument(std::uint8_t d) const { return subject(d) || d == obj || d == iobj || d == obl; }
};

const Rels& rels() {
  static const Rels r;
  return r;
}

}  // namespace

PronounSyntax::PronounSyntax(const Document& doc) : doc_(doc), sentence_of_(doc.tokens.size(), 0) {
  for (std::uint32_t si = 0; si < doc.sentences.size(); ++si)
    for (std::uint32_t k = doc.sentences[si].first_token; k < doc.sentences[si].end_token; ++k) sentence_of_[k] = si;
}

std::int64_t PronounSyntax::parent(std::uint32_t k) const {
  const Token& t = doc_.tokens[k];
  if (t.head < 0) return -1;
  return static_cast<std::int64_t>(doc_.sentences[sentence_of_[k]].first_token) + t.head;
}

std::uint32_t PronounSyntax::name_head(std::uint32_t k) const {
  for (int guard = 0; guard < 6; ++guard) {
    const std::int64_t up = parent(k);
    const std::uint8_t d = doc_.tokens[k].deprel;
    if (up < 0 || (d != rels().flat && d != rels().compound)) break;
    k = static_cast<std::uint32_t>(up);
  }
  return k;
}

Role PronounSyntax::role(std::uint32_t k) const {
  const std::uint8_t d = doc_.tokens[name_head(k)].deprel;
  if (rels().subject(d)) return Role::kSubject;
  if (d == rels().obj || d == rels().iobj) return Role::kObject;
  if (d == rels().poss) return Role::kPossessor;
  return Role::kOther;
}

bool PronounSyntax::is_apposition(std::uint32_t k) const { return doc_.tokens[k].deprel == rels().appos; }

bool PronounSyntax::descends(std::uint32_t k, std::uint32_t ancestor) const {
  for (int guard = 0; guard < 40; ++guard) {
    if (k == ancestor) return true;
    const std::int64_t up = parent(k);
    if (up < 0) return false;
    k = static_cast<std::uint32_t>(up);
  }
  return false;
}

std::int64_t PronounSyntax::subject_of(std::uint32_t predicate) const {
  const Sentence& s = doc_.sentences[sentence_of_[predicate]];
  for (std::uint32_t k = s.first_token; k < s.end_token; ++k)
    if (parent(k) == predicate && rels().subject(doc_.tokens[k].deprel)) return k;
  return -1;
}

bool PronounSyntax::co_arguments(std::uint32_t pronoun, std::uint32_t name) const {
  if (sentence_of_[pronoun] != sentence_of_[name]) return false;
  const std::uint32_t h = name_head(name);
  if (!rels().argument(doc_.tokens[pronoun].deprel)) return false;
  const std::int64_t predicate = parent(pronoun);
  if (predicate < 0) return false;
  if (parent(h) == predicate && rels().argument(doc_.tokens[h].deprel)) return true;
  // "Doe, whom she admired": the relative clause's predicate modifies the name itself.
  if (doc_.tokens[static_cast<std::size_t>(predicate)].deprel == rels().relcl && parent(static_cast<std::uint32_t>(predicate)) == h)
    return true;
  // The subject the pronoun's predicate shares with another ("Smith met Doe and thanked
  // him", "Smith wanted to thank him", "Smith persuaded Doe to follow him").
  if (rels().subject(doc_.tokens[pronoun].deprel)) return false;
  const std::int64_t subject = understood_subject(static_cast<std::uint32_t>(predicate));
  if (subject < 0) return false;
  return static_cast<std::int64_t>(h) == subject ||
         (doc_.tokens[h].deprel == rels().conj && parent(h) == subject);  // "Doe and Roe took him"
}

std::int64_t PronounSyntax::understood_subject(std::uint32_t predicate) const {
  std::uint32_t p = predicate;
  for (int guard = 0; guard < 8; ++guard) {
    if (const std::int64_t s = subject_of(p); s >= 0) return s;
    const std::uint8_t d = doc_.tokens[p].deprel;
    const std::int64_t up = parent(p);
    if (up < 0) return -1;
    if (d == rels().xcomp)
      if (const std::int64_t o = object_of(static_cast<std::uint32_t>(up)); o >= 0) return o;  // object control
    if (d != rels().xcomp && d != rels().conj && d != rels().advcl) return -1;
    p = static_cast<std::uint32_t>(up);
  }
  return -1;
}

std::int64_t PronounSyntax::object_of(std::uint32_t predicate) const {
  const Sentence& s = doc_.sentences[sentence_of_[predicate]];
  for (std::uint32_t k = s.first_token; k < s.end_token; ++k)
    if (parent(k) == predicate && doc_.tokens[k].deprel == rels().obj) return k;
  return -1;
}

std::int64_t PronounSyntax::conjunct_before(std::uint32_t k) const {
  if (doc_.tokens[k].deprel != rels().poss) return -1;
  const std::int64_t noun = parent(k);
  if (noun < 0 || doc_.tokens[static_cast<std::size_t>(noun)].deprel != rels().conj) return -1;
  const std::int64_t first = parent(static_cast<std::uint32_t>(noun));
  return first >= 0 && first < static_cast<std::int64_t>(k) ? first : -1;
}

std::int64_t PronounSyntax::preposed_before_subject(std::uint32_t k) const {
  // Climb to the dependent of the root that contains k.
  std::uint32_t at = k;
  for (int guard = 0; guard < 40; ++guard) {
    const std::int64_t up = parent(at);
    if (up < 0) return -1;
    if (doc_.tokens[static_cast<std::size_t>(up)].deprel == rels().root) break;
    at = static_cast<std::uint32_t>(up);
  }
  const std::uint8_t d = doc_.tokens[at].deprel;
  if (d != rels().advcl && d != rels().obl) return -1;
  // The adjunct opens the sentence: only a conjunction or punctuation comes before it.
  const Sentence& s = doc_.sentences[sentence_of_[k]];
  for (std::uint32_t x = s.first_token; x < k; ++x) {
    const std::uint8_t rel = doc_.tokens[x].deprel;
    if (rel != rels().cc && rel != rels().punct && !descends(x, at)) return -1;
  }
  const std::int64_t subject = subject_of(static_cast<std::uint32_t>(parent(at)));
  return subject > static_cast<std::int64_t>(k) ? subject : -1;
}

Gender stated_gender(const PronounSyntax& syntax, const Document& doc, const Mention& m) {
  const std::uint32_t si = syntax.sentence_of(m.first_token);
  auto word = [&](std::uint32_t k) { return lower_ascii(doc.form(doc.tokens[k])); };
  // "Mrs. Doe", "King Edward", "Lady Guo": an honorific or a title opening the name.
  if (m.end_token > m.first_token + 1)
    if (const Gender g = noun_gender(word(m.first_token)); g != Gender::kUnknown) return g;
  if (m.first_token > 0 && syntax.sentence_of(m.first_token - 1) == si) {
    std::uint32_t k = m.first_token - 1;
    if (word(k) == "," && k > 0 && syntax.sentence_of(k - 1) == si) --k;
    if (const Gender g = noun_gender(word(k)); g != Gender::kUnknown) return g;
  }
  // An apposition either way round: "Doe, a former actress", "his wife, Jane Doe".
  const std::uint32_t head = syntax.name_head(m.first_token);
  const Sentence& s = doc.sentences[si];
  for (std::uint32_t k = s.first_token; k < s.end_token; ++k) {
    if (k >= m.first_token && k < m.end_token) continue;
    const bool appos_of_name = syntax.is_apposition(k) && syntax.parent(k) == head;
    const bool name_appos_of = syntax.is_apposition(head) && syntax.parent(head) == k;
    if (appos_of_name || name_appos_of)
      if (const Gender g = noun_gender(word(k)); g != Gender::kUnknown) return g;
  }
  return Gender::kUnknown;
}

}  // namespace kg::extract
