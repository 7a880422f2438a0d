#include "extract/coref/resolve_arguments.h"

#include <algorithm>
#include <cctype>
#include <span>
#include <string>
#include <unordered_map>

#include "extract/ascii.h"
#include "extract/coref/entities.h"
#include "extract/coref/legal_forms.h"
#include "extract/coref/org_cues.h"
#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "extract/tags.h"

namespace kg::extract {
namespace {

// The tokens inside the byte span [b, e): a run of the document's tokens (they are sorted and
// do not overlap), found by binary search.
std::span<const Token> tokens_in(const Document& doc, std::uint32_t b, std::uint32_t e) {
  const auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), b,
                                      [](const Token& t, std::uint32_t x) { return t.begin < x; });
  auto last = first;
  while (last != doc.tokens.end() && last->end <= e) ++last;
  return {first, last};
}

// The document's mentions ordered by their first byte, so that the mentions starting inside
// a span are found by binary search (a document of many sentences has many mentions and
// many triples: no scan of all mentions per triple).
struct MentionIndex {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> by_begin;  // (first byte, mention index)
  explicit MentionIndex(const Document& doc) {
    by_begin.reserve(doc.mentions.size());
    for (std::size_t k = 0; k < doc.mentions.size(); ++k) {
      const Mention& m = doc.mentions[k];
      if (m.first_token < doc.tokens.size()) by_begin.emplace_back(doc.tokens[m.first_token].begin, static_cast<std::uint32_t>(k));
    }
    std::sort(by_begin.begin(), by_begin.end());
  }
  // The indices of the mentions whose first byte is in [b, e], ascending.
  std::vector<std::uint32_t> starting_in(std::uint32_t b, std::uint32_t e) const {
    std::vector<std::uint32_t> out;
    auto it = std::lower_bound(by_begin.begin(), by_begin.end(), std::make_pair(b, std::uint32_t{0}));
    for (; it != by_begin.end() && it->first <= e; ++it) out.push_back(it->second);
    std::sort(out.begin(), out.end());
    return out;
  }
};

// Index of the mention heading the byte span [b, e), or -1: English noun phrases are
// head-final, so the mention must end with the span's last word ("Chinese businesses" is
// not China, "Foreign Minister Wang Yi" is Wang Yi). Nor may a verb or a preposition come
// before the mention inside the span: the mention then only modifies the head ("told
// reporters in Santiago" is not "told Santiago", "electrolysers powered by geothermal
// energy in the Rift Valley" are not powered by the Rift Valley, "officials who met Wang
// Yi" are not Wang Yi). Without `strict` (subjects), "of" and "from" may after a noun through which
// a body acts (lexicon acting-body-nouns.txt: "Leaders of Laos agreed", "officials from Kenya
// said"), never after another head ("men from Leicester were arrested", "the leader of the
// party was arrested"), and so may a preposition opening the span (a passive agent, "by the
// European Union").
int heading_mention(const Document& doc, const MentionIndex& index, std::uint32_t b, std::uint32_t e, bool strict) {
  if (e <= b) return -1;
  const std::vector<std::uint32_t> near = index.starting_in(b, e);
  static const std::uint8_t kAdp = tags::upos_id("ADP"), kVerb = tags::upos_id("VERB");
  std::uint32_t last_end = 0;
  std::ptrdiff_t last_word = -1;  // token index of the span's last word
  std::uint32_t modifier_begin = e;  // start of the first blocking preposition or verb
  std::uint32_t of_begin = e;        // start of the first "of"/"from" a subject lets through
  bool first_word = true;
  std::string_view prev_word;  // the last word before the current token
  bool of_acting = false;      // the word before of_begin is a noun through which a body acts
  for (const Token& t : tokens_in(doc, b, e)) {
    const auto c = static_cast<unsigned char>(doc.text[t.begin]);
    const bool word = std::isalnum(c) || c >= 0x80;
    if (word) {
      last_end = t.end;
      last_word = &t - doc.tokens.data();
    }
    bool blocks = t.upos == kVerb || t.upos == kAdp;
    if (blocks && !strict && t.upos == kAdp) {
      const std::string_view f = doc.form(t);
      blocks = !first_word && !(f == "of" || f == "Of" || f == "from" || f == "From");
      if (!blocks && !first_word && of_begin == e) {
        of_begin = t.begin;
        of_acting = lexicon::contains(lexicon::List::kActingBodyNouns, lower_ascii(prev_word));
      }
    }
    if (blocks && modifier_begin == e) modifier_begin = t.begin;
    if (word) {
      first_word = false;
      prev_word = doc.form(t);
    }
  }
  // "King Fahd of Saudi Arabia": a name before "of" heads the span ("Leaders of Laos", a
  // common noun before it, is the country acting through its people).
  if (of_begin < e) {
    for (const std::uint32_t k : near) {
      const Mention& m = doc.mentions[k];
      if ((m.chain < 0 && m.group.empty()) || m.type != EntityType::kPerson) continue;
      const std::uint32_t mb = doc.tokens[m.first_token].begin;
      if (mb >= b && m.end_token < doc.tokens.size() && doc.tokens[m.end_token].begin == of_begin) return static_cast<int>(k);
    }
    if (!of_acting) modifier_begin = std::min(modifier_begin, of_begin);
  }
  int best = -1;
  for (const std::uint32_t k : near) {
    const Mention& m = doc.mentions[k];
    if (m.chain < 0 && m.group.empty()) continue;
    const std::uint32_t mb = doc.tokens[m.first_token].begin, me = doc.tokens[m.end_token - 1].end;
    if (mb < b || me != last_end || modifier_begin < mb) continue;
    if (best < 0 || mb < doc.tokens[doc.mentions[static_cast<std::size_t>(best)].first_token].begin) best = static_cast<int>(k);
  }
  if (best >= 0 || last_word < 0 || modifier_begin < e) return best;
  // "the Lagardere group", "the Labour party": an organisation's name before a noun that
  // names the same body (lexicon same-body-nouns.txt) heads the phrase.
  const auto lw = static_cast<std::uint32_t>(last_word);
  if (lexicon::contains(lexicon::List::kSameBodyNouns, lower_ascii(doc.form(doc.tokens[lw])))) {
    for (const std::uint32_t k : near) {
      const Mention& m = doc.mentions[k];
      if (m.chain >= 0 && m.type == EntityType::kOrg && m.end_token == lw && doc.tokens[m.first_token].begin >= b)
        return static_cast<int>(k);
    }
  }
  // "led by Norwegian battery maker Nordvolt" parsed with the name outside the phrase: a
  // phrase ending in a noun that says what kind of organisation follows stands for the
  // organisation named right after it.
  const std::size_t next = static_cast<std::size_t>(last_word) + 1;
  if (!descriptor_noun(lower_ascii(doc.form(doc.tokens[static_cast<std::size_t>(last_word)]))) || next >= doc.tokens.size())
    return -1;
  for (const std::uint32_t k : index.starting_in(doc.tokens[next].begin, doc.tokens[next].begin)) {
    const Mention& m = doc.mentions[k];
    if (m.first_token == next && m.chain >= 0 && m.type == EntityType::kOrg) return static_cast<int>(k);
  }
  return -1;
}

// True when the byte span [b, e) is one pronoun ("This", "We", "it"): left unresolved, such
// an argument would become a node that stands for nothing.
bool lone_pronoun(const Document& doc, std::uint32_t b, std::uint32_t e) {
  static const std::uint8_t kPron = tags::upos_id("PRON");
  int words = 0;
  bool pronoun = false;
  for (const Token& t : tokens_in(doc, b, e)) {
    const auto c = static_cast<unsigned char>(doc.text[t.begin]);
    if (!(std::isalnum(c) || c >= 0x80)) continue;
    ++words;
    pronoun = t.upos == kPron;
  }
  return words == 1 && pronoun;
}

bool named_entity(const graph::Argument& a) {
  return a.kind == graph::Argument::Kind::kEntity &&
         (a.type == "Person" || a.type == "Organization" || a.type == "Place" || a.type == "Group");
}

// "Detroit, Michigan", "Perugia, Italy": an apposition of two places is the first inside
// the second.
bool place_in_place(const graph::Triple& t) {
  return t.relation.lemma == "be" && t.evidence.rule.rfind("appos", 0) == 0 && t.subject.kind == graph::Argument::Kind::kEntity &&
         t.object.kind == graph::Argument::Kind::kEntity && t.subject.type == "Place" && t.object.type == "Place";
}

// "X BE Y" or "X BE_<Name> OF Y" between two named entities.
bool false_identity(const graph::Triple& t) {
  if (!named_entity(t.subject) || !named_entity(t.object)) return false;
  const std::string& l = t.relation.lemma;
  if (l == "be") return true;
  // "be university of": the relation noun is capitalised, part of a name the parser split.
  const std::string& s = t.relation.surface;
  return l.rfind("be ", 0) == 0 && l.ends_with(" of") && !s.empty() && s[0] >= 'A' && s[0] <= 'Z';
}

// Whether the byte span opens with "a" or "an" ("a Serb").
bool indefinite_span(const Document& doc, graph::Span sp) {
  if (sp.end <= sp.begin || sp.end > doc.text.size()) return false;
  const std::string_view t(doc.text.data() + sp.begin, sp.end - sp.begin);
  return t.starts_with("a ") || t.starts_with("an ") || t.starts_with("A ") || t.starts_with("An ");
}

bool has_alnum(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char ch) {
    const auto u = static_cast<unsigned char>(ch);
    return std::isalnum(u) || u >= 0x80;
  });
}

// A named argument that coreference left unresolved (`link` empty) and that is one word
// becomes a concept: the entity stage found no entity there.
void unnamed_word(graph::Argument& a, const std::string& link) {
  if (!link.empty() || !named_entity(a) || a.type == "Group" || a.text.find(' ') != std::string::npos) return;
  a.kind = graph::Argument::Kind::kConcept;
  a.type.clear();
  a.titles.clear();
}

// False for an entity argument that is only legal forms; retypes one that ends with one.
bool legal_form_argument(graph::Argument& a) {
  if (a.kind != graph::Argument::Kind::kEntity || !ends_with_legal_form(a.text)) return true;
  if (strip_legal_forms(a.text).empty()) return false;
  a.type = "Organization";
  return true;
}

void set_entity(const Entity& en, graph::Argument& a) {
  a.kind = graph::Argument::Kind::kEntity;
  a.text = en.name;
  a.type = graph_type_name(en.type);
  a.titles = en.titles;
}

}  // namespace

const char* graph_type_name(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "Person";
    case EntityType::kOrg: return "Organization";
    case EntityType::kLoc:
    case EntityType::kGpe: return "Place";
    case EntityType::kNorp: return "Group";
    case EntityType::kDate:
    case EntityType::kTime: return "Time";
    case EntityType::kMoney: return "Money";
    case EntityType::kPercent: return "Percent";
    case EntityType::kNone: break;
  }
  return "Thing";
}

namespace {

bool is_name_mention(const Document& doc, const Mention& m) {
  if (is_link_rule(m.link_rule, LinkRule::kPronoun) || is_link_rule(m.link_rule, LinkRule::kCataphora)) return false;
  static const std::uint8_t kPron = tags::upos_id("PRON"), kDet = tags::upos_id("DET");
  // "the Saudi leader", "the Crown Prince": a description by title, no name.
  if (is_link_rule(m.link_rule, LinkRule::kTitle) && m.first_token < doc.tokens.size() &&
      lower_ascii(doc.form(doc.tokens[m.first_token])) == "the")
    return false;
  for (std::uint32_t k = m.first_token; k < m.end_token && k < doc.tokens.size(); ++k) {
    const Token& t = doc.tokens[k];
    if (t.upos == kPron || t.upos == kDet || t.begin >= t.end) continue;
    const auto c = static_cast<unsigned char>(doc.text[t.begin]);
    if ((c >= 'A' && c <= 'Z') || c >= 0x80 || (c >= '0' && c <= '9')) return true;
  }
  return false;
}

// Byte range of the sentence holding `token`; {0, 0} when the document has no sentences.
graph::Span sentence_bytes(const Document& doc, std::uint32_t token) {
  const auto s = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), token,
                                  [](std::uint32_t t, const Sentence& x) { return t < x.first_token; });
  if (s == doc.sentences.begin()) return {};
  return {std::prev(s)->begin, std::prev(s)->end};
}

}  // namespace

void append_entity_records(const Document& doc, std::vector<graph::EntityRecord>& out) {
  for (const Entity& en : doc.entities) {
    if (en.type != EntityType::kPerson && en.type != EntityType::kOrg && en.type != EntityType::kLoc &&
        en.type != EntityType::kGpe)
      continue;
    if (en.name.empty()) continue;
    graph::EntityRecord r;
    set_entity(en, r.entity);
    r.document = {doc.id, doc.url, doc.title, doc.published, doc.path, {}};
    for (std::uint32_t mi : en.mentions) {
      if (mi >= doc.mentions.size()) continue;
      const Mention& m = doc.mentions[mi];
      if (m.first_token >= m.end_token || m.end_token > doc.tokens.size()) continue;
      graph::EntityMention em;
      em.span = {doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end};
      em.sentence = sentence_bytes(doc, m.first_token);
      em.text = std::string(doc.slice(em.span.begin, em.span.end));
      em.link = m.link_rule;
      em.name = is_name_mention(doc, m);
      r.mentions.push_back(std::move(em));
    }
    out.push_back(std::move(r));
  }
}

namespace {

std::string name_key(std::string_view text) {
  std::string k = lower_ascii(text);
  if (k.rfind("the ", 0) == 0) k.erase(0, 4);
  if (k.size() > 2 && (k.ends_with("'s") || k.ends_with("\u2019s"))) k.erase(k.size() - (k.ends_with("'s") ? 2 : 4));
  while (!k.empty() && k.back() == ' ') k.pop_back();
  return k;
}

// The document's names: every name a person, organisation or place entity is mentioned by
// (its canonical name, aliases, mentions as written), to the entity; -1 when two entities
// share it.
std::unordered_map<std::string, int> document_names(const Document& doc) {
  std::unordered_map<std::string, int> names;
  auto add = [&](std::string_view text, int entity) {
    const std::string k = name_key(text);
    if (k.empty()) return;
    auto [it, fresh] = names.try_emplace(k, entity);
    if (!fresh && it->second != entity) it->second = -1;
  };
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& en = doc.entities[i];
    if (en.type != EntityType::kPerson && en.type != EntityType::kOrg && en.type != EntityType::kLoc &&
        en.type != EntityType::kGpe)
      continue;
    const int id = static_cast<int>(i);
    add(en.name, id);
    for (const std::string& a : en.aliases) add(a, id);
    for (std::uint32_t mi : en.mentions) {
      if (mi >= doc.mentions.size()) continue;
      const Mention& m = doc.mentions[mi];
      if (is_link_rule(m.link_rule, LinkRule::kPronoun) || is_link_rule(m.link_rule, LinkRule::kCataphora) ||
          m.end_token <= m.first_token)
        continue;
      add(mention_name(doc, m.first_token, m.end_token), id);
    }
  }
  return names;
}

}  // namespace

namespace {

// The relation a resolved triple states, settled on its arguments' kinds and types: false
// when the triple says nothing true ("said it", a false identity, a self-loop).
bool settle_relation(const Document& doc, graph::Triple& copy) {
  // No false identities: "be" between two named entities comes from a list, a
  // coordination or an alias ("Shultz, Shevardnadze", "Guy's Hospital Medical School,
  // University of London", "K-Mart Corp <KM>"), not from a true copula.
  // "said it", "said the EU ...": what is said, never whom it is said to (that is "told").
  if (copy.relation.lemma == "say" && named_entity(copy.object)) return false;
  // An argument that is only an honorific ("Mr") names nobody.
  if (gazetteer::is_honorific(copy.subject.text) || gazetteer::is_honorific(copy.object.text)) return false;
  // "received a jail sentence": a thing received is no visit (MEET is for a guest).
  if (copy.relation.lemma == "receive" && copy.relation.cls == "MEET" && !named_entity(copy.object))
    copy.relation.cls = "TRANSFER";
  // An argument without a letter or a digit ("$" of a split amount) says nothing.
  if (!has_alnum(copy.subject.text) || !has_alnum(copy.object.text)) return false;
  // "is in the country's best interest": "be in" locates only in a place; a person "in
  // Tokyo" is there on a visit, not located there as a place is.
  if (copy.relation.lemma == "be in") {
    if (!(copy.object.kind == graph::Argument::Kind::kEntity && copy.object.type == "Place"))
      copy.relation.cls = "RELATED_TO";
    else if (copy.subject.kind == graph::Argument::Kind::kEntity && copy.subject.type == "Person")
      copy.relation.cls = "VISIT";
  }
  // "Kovacevic, a Serb,": a nationality in apposition is no identity with the country;
  // a person is its citizen, anything else says nothing.
  if (copy.relation.lemma == "be" && copy.evidence.rule.starts_with("appos") &&
      copy.object.kind == graph::Argument::Kind::kEntity && copy.object.type == "Place" &&
      indefinite_span(doc, copy.evidence.object_span)) {
    if (!(copy.subject.kind == graph::Argument::Kind::kEntity && copy.subject.type == "Person")) return false;
    copy.relation.lemma = "be citizen of";
    copy.relation.cls = "CITIZEN_OF";
  }
  // "X, a Farm Party member", "Greenspan, a Republican,": a person who is "a" member of a
  // body or a party (lexicon party-member-nouns.txt) belongs to it.
  const bool party_member = copy.object.kind == graph::Argument::Kind::kConcept &&
                            lexicon::contains(lexicon::List::kPartyMemberNouns, copy.object.text);
  if (copy.relation.lemma == "be" && copy.evidence.rule.starts_with("appos") &&
      ((copy.object.kind == graph::Argument::Kind::kEntity && copy.object.type == "Organization") || party_member) &&
      copy.subject.kind == graph::Argument::Kind::kEntity && copy.subject.type == "Person" &&
      indefinite_span(doc, copy.evidence.object_span)) {
    copy.relation.lemma = "be member of";
    copy.relation.cls = "MEMBER_OF";
  }
  // "lives in suburban Birmingham and actor Tom Selleck": a conjunct across clauses; no
  // one lives in, is born in or is based in a person.
  if ((copy.relation.cls == "LIVE_IN" || copy.relation.cls == "BORN_IN" || copy.relation.cls == "BASED_IN" ||
       copy.relation.cls == "LOCATED_IN" || copy.relation.cls == "CITIZEN_OF") &&
      copy.object.kind == graph::Argument::Kind::kEntity && copy.object.type == "Person")
    return false;
  // "Macao will become a special administrative region": a place holds no position; it
  // is one.
  if (copy.relation.cls == "HOLD_POSITION" && copy.subject.kind == graph::Argument::Kind::kEntity &&
      copy.subject.type == "Place")
    copy.relation.cls = "BE";
  if (place_in_place(copy)) {
    copy.relation = {"locate in", copy.relation.surface, "LOCATED_IN"};
  } else if (false_identity(copy)) {
    return false;
  }
  // Two mentions of one name ("the Department ... Department of Homeland Security")
  // make a self-loop in the graph, which says nothing.
  if (copy.subject.kind == graph::Argument::Kind::kEntity && copy.object.kind == copy.subject.kind &&
      copy.subject.type == copy.object.type && copy.subject.text == copy.object.text)
    return false;
  return true;
}

}  // namespace

void resolve_arguments(const Document& doc, std::vector<graph::Triple>& triples) {
  std::vector<graph::Triple> out;
  out.reserve(triples.size());
  const auto names = document_names(doc);
  const MentionIndex index(doc);
  // An entity argument no mention heads ("returned to the US": the preposition keeps the
  // mention from heading the object) that is one of the document's names is that entity.
  auto by_name = [&](graph::Argument& a, std::string& link) {
    if (a.kind != graph::Argument::Kind::kEntity || !link.empty()) return;
    const auto it = names.find(name_key(a.text));
    if (it == names.end() || it->second < 0) return;
    set_entity(doc.entities[static_cast<std::size_t>(it->second)], a);
    link = "name";
  };
  for (graph::Triple& t : triples) {
    const int sm = heading_mention(doc, index, t.evidence.subject_span.begin, t.evidence.subject_span.end, false);
    const int om = heading_mention(doc, index, t.evidence.object_span.begin, t.evidence.object_span.end, true);
    auto members = [&](int m) -> std::vector<std::int32_t> {
      if (m < 0) return {-1};
      const Mention& mm = doc.mentions[static_cast<std::size_t>(m)];
      if (!mm.group.empty()) return mm.group;
      return {mm.chain};
    };
    if ((sm < 0 && lone_pronoun(doc, t.evidence.subject_span.begin, t.evidence.subject_span.end)) ||
        (om < 0 && t.object.kind != graph::Argument::Kind::kLiteral &&
         lone_pronoun(doc, t.evidence.object_span.begin, t.evidence.object_span.end)))
      continue;  // an unresolved pronoun: no graph triple (Open IE output keeps it)
    for (std::int32_t s : members(sm)) {
      for (std::int32_t o : members(om)) {
        if (s >= 0 && s == o) continue;  // "China supports China": a group member against itself
        graph::Triple copy = t;
        if (s >= 0) {
          set_entity(doc.entities[static_cast<std::size_t>(s)], copy.subject);
          copy.evidence.subject_link = doc.mentions[static_cast<std::size_t>(sm)].link_rule;
        }
        if (o >= 0 && t.object.kind != graph::Argument::Kind::kLiteral) {
          set_entity(doc.entities[static_cast<std::size_t>(o)], copy.object);
          copy.evidence.object_link = doc.mentions[static_cast<std::size_t>(om)].link_rule;
        }
        // An argument no mention resolved that is only a legal form ("Inc") names nothing:
        // no triple; one that ends with a legal form is a company, whatever its words suggest.
        by_name(copy.subject, copy.evidence.subject_link);
        by_name(copy.object, copy.evidence.object_link);
        if (!legal_form_argument(copy.subject) || !legal_form_argument(copy.object)) continue;
        // A one-word name no entity stands for ("Ministry" of a split "Finance Ministry",
        // "Hermann" of "Merrill Lynch, Pierce, Fenner"): a phrase, not a node of its own.
        unnamed_word(copy.subject, copy.evidence.subject_link);
        unnamed_word(copy.object, copy.evidence.object_link);
        if (!settle_relation(doc, copy)) continue;
        out.push_back(std::move(copy));
      }
    }
  }
  triples = std::move(out);
}

}  // namespace kg::extract
