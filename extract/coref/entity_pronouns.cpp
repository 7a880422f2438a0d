// Step 4 of the entity stage: pronouns (he/she with a scored choice, it, they), definite
// descriptions ("the country", "the minister") and group mentions ("the two countries",
// "both sides"), in text order over the clustered named mentions.
#include <algorithm>
#include <array>

#include "extract/ascii.h"
#include "extract/coref/entity_work.h"
#include "extract/coref/pronouns.h"
#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "extract/tags.h"

namespace kg::extract::entity_steps {
namespace gz = gazetteer;
namespace {

// Weights of the he/she choice, tuned on GAP development: per sentence and per token of
// distance (subtracted), and the bonuses for the same sentence, a recent subject, the
// document's topic, each mention (up to five) and a parallel grammatical role.
constexpr double kSentenceDistanceWeight = 0.35;
constexpr double kTokenDistanceWeight = 0.004;
constexpr double kSameSentenceBonus = 0.3;
constexpr double kRecentSubjectBonus = 0.5;
constexpr double kTopicBonus = 0.6;
constexpr double kMentionCountWeight = 0.3;
constexpr std::uint32_t kMentionCountCap = 5;
constexpr double kParallelRoleBonus = 0.2;
constexpr std::uint32_t kPersonMaxSentences = 3;  // a he/she antecedent at most this many sentences back
constexpr std::int64_t kNever = -1000000;         // "not mentioned yet"

using TypePredicate = bool (*)(EntityType);
bool is_place(EntityType t) { return t == EntityType::kGpe || t == EntityType::kLoc; }
bool is_gpe(EntityType t) { return t == EntityType::kGpe; }
bool is_party(EntityType t) { return t == EntityType::kGpe || t == EntityType::kOrg; }
bool is_person(EntityType t) { return t == EntityType::kPerson; }
bool is_thing(EntityType t) { return t == EntityType::kGpe || t == EntityType::kOrg || t == EntityType::kLoc; }

bool group_noun(std::string_view w) { return lexicon::contains(lexicon::List::kGroupNouns, w); }

// The words at token i, lower case.
struct Here {
  std::uint32_t i = 0;
  std::string l, next, next2;
  bool same_sentence_next = false;
};

class PronounSieve {
 public:
  PronounSieve(const Document& doc, const PronounSyntax& syntax, const std::vector<std::uint32_t>& sentence_of,
               const std::vector<Cluster>& clusters, const std::vector<Mention>& all);
  std::vector<Mention> run();

 private:
  void note_named_up_to(std::uint32_t i);
  bool modifier(const Mention& m) const;
  bool group_mention(const Here& h, std::uint32_t& i);
  bool he_or_she(const Here& h, bool pron);
  bool it_or_they(const Here& h, bool pron);
  bool expletive_it(std::uint32_t i) const;
  bool definite(const Here& h, std::uint32_t& i);
  bool definite_title(std::uint32_t& i);
  void lead_description();
  int resolve(std::uint32_t at, TypePredicate pred, std::uint32_t max_sentences) const;
  int resolve_person(std::uint32_t at, int g, bool reflexive) const;
  int most_recent(std::uint32_t at, TypePredicate pred, std::uint32_t max_sentences) const;
  std::vector<std::int32_t> most_salient(TypePredicate pred, std::size_t n) const;
  int gender_of(std::size_t c) const;
  int named_later(const Here& h, std::int64_t word, int g) const;
  bool agrees(int chain, int g) const;
  void add(std::uint32_t b, std::uint32_t e, int chain, std::vector<std::int32_t> group, LinkRule rule);

  const Document& doc_;
  const PronounSyntax& syntax_;
  const std::vector<std::uint32_t>& sentence_of_;
  const std::vector<Cluster>& clusters_;
  const std::vector<Mention>& all_;
  std::vector<bool> covered_;
  std::vector<std::uint32_t> count_;
  std::vector<std::int64_t> last_;
  std::vector<std::int64_t> last_head_;  // per cluster: its latest mention that modifies no noun (resolve)
  std::vector<std::int32_t> last_group_;
  std::uint32_t last_group_sentence_ = 0;
  std::size_t next_named_ = 0;
  std::vector<Mention> added_;
  std::vector<std::vector<int>> subjects_;  // per sentence: the chains of its subject mentions
  std::vector<int> named_gender_;           // per cluster, from the given name: 0 unknown, 1 male, 2 female
  std::vector<Gender> stated_;              // per named mention
  std::vector<std::array<int, 3>> votes_;   // per person and sex: stating mentions and pronouns so far
  std::vector<bool> topic_;                 // per cluster: a person the document title names
  std::vector<std::int64_t> last_subject_;
  std::vector<std::uint8_t> subject_token_;
};

PronounSieve::PronounSieve(const Document& doc, const PronounSyntax& syntax, const std::vector<std::uint32_t>& sentence_of,
                           const std::vector<Cluster>& clusters, const std::vector<Mention>& all)
    : doc_(doc), syntax_(syntax), sentence_of_(sentence_of), clusters_(clusters), all_(all),
      covered_(doc.tokens.size(), false), count_(clusters.size(), 0), last_(clusters.size(), kNever),
      last_head_(clusters.size(), kNever),
      subjects_(doc.sentences.size()), named_gender_(clusters.size(), 0), stated_(all.size(), Gender::kUnknown),
      votes_(clusters.size(), {0, 0, 0}), topic_(clusters.size(), false), last_subject_(clusters.size(), kNever),
      subject_token_(doc.tokens.size(), 0) {
  for (const Mention& m : all) for (std::uint32_t k = m.first_token; k < m.end_token; ++k) covered_[k] = true;
  // Subject mentions per sentence (the mention's head word is a nominal subject), by chain.
  const std::uint8_t nsubj = tags::deprel_id("nsubj"), nsubj_pass = tags::deprel_id("nsubj:pass");
  for (const Mention& m : all) {
    const Sentence& s = doc.sentences[sentence_of[m.first_token]];
    for (std::uint32_t k = m.first_token; k < m.end_token; ++k) {
      const Token& t = doc.tokens[k];
      const std::int64_t head = t.head < 0 ? -1 : static_cast<std::int64_t>(s.first_token) + t.head;
      const bool outside = head < m.first_token || head >= m.end_token;
      if (outside && (t.deprel == nsubj || t.deprel == nsubj_pass)) subjects_[sentence_of[m.first_token]].push_back(m.chain);
    }
  }
  const std::vector<std::string> title_words = split_words(doc.title);
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    if (clusters[c].e.type != EntityType::kPerson || title_words.empty()) continue;
    topic_[c] = std::any_of(clusters[c].words.begin(), clusters[c].words.end(), [&](const std::string& x) {
      return std::find(title_words.begin(), title_words.end(), x) != title_words.end();
    });
  }
  for (std::size_t c = 0; c < clusters.size(); ++c)
    if (clusters[c].e.type == EntityType::kPerson && !clusters[c].words.empty())
      named_gender_[c] = static_cast<int>(given_name_gender(clusters[c].words[0]));
  for (std::size_t k = 0; k < all.size(); ++k)
    if (clusters[static_cast<std::size_t>(all[k].chain)].e.type == EntityType::kPerson)
      stated_[k] = stated_gender(syntax, doc, all[k]);
  for (const Mention& m : all)
    for (std::uint32_t k = m.first_token; k < m.end_token; ++k)
      if (doc.tokens[k].deprel == nsubj || doc.tokens[k].deprel == nsubj_pass) subject_token_[m.first_token] = 1;
}

// it: the most recent candidate earlier in the same sentence; else the subject of the
// previous sentence; else the most recent candidate within `max_sentences`. A mention that
// only modifies a noun is no candidate ("Riggs Bank, a US bank, said it", "Metlife, the
// US's leading insurer, bought it": it is the bank, the insurer).
int PronounSieve::resolve(std::uint32_t at, TypePredicate pred, std::uint32_t max_sentences) const {
  const std::uint32_t si = sentence_of_[at];
  const std::vector<std::int64_t>& last = last_head_;
  int best = -1;
  for (std::size_t c = 0; c < clusters_.size(); ++c) {
    if (!pred(clusters_[c].e.type) || last[c] < 0 || sentence_of_[static_cast<std::size_t>(last[c])] != si) continue;
    if (best < 0 || last[c] > last[static_cast<std::size_t>(best)]) best = static_cast<int>(c);
  }
  if (best >= 0) return best;
  if (si > 0) {
    for (int c : subjects_[si - 1]) if (c >= 0 && pred(clusters_[static_cast<std::size_t>(c)].e.type)) return c;
  }
  for (std::size_t c = 0; c < clusters_.size(); ++c) {
    if (!pred(clusters_[c].e.type) || last[c] < 0) continue;
    if (si - sentence_of_[static_cast<std::size_t>(last[c])] > max_sentences) continue;
    if (best < 0 || last[c] > last[static_cast<std::size_t>(best)]) best = static_cast<int>(c);
  }
  return best;
}

// The sex of a person so far: the majority of what the text has said up to here (stated
// next to its mentions, pronouns resolved to it), else what its given name says.
int PronounSieve::gender_of(std::size_t c) const {
  const auto& v = votes_[c];
  if (v[1] != v[2]) return v[1] > v[2] ? 1 : 2;
  return named_gender_[c];
}

// he/she: a scored choice among the persons mentioned so far, of the pronoun's sex (see
// gender_of); binding keeps a non-reflexive pronoun off its own predicate's arguments.
int PronounSieve::resolve_person(std::uint32_t at, int g, bool reflexive) const {
  const std::uint32_t si = sentence_of_[at];
  const int role_at = static_cast<int>(syntax_.role(at));
  int best = -1;
  double best_score = -1e9;
  for (std::size_t c = 0; c < clusters_.size(); ++c) {
    if (clusters_[c].e.type != EntityType::kPerson || last_[c] < 0) continue;
    if (gender_of(c) && gender_of(c) != g) continue;
    const auto lt = static_cast<std::size_t>(last_[c]);
    const std::uint32_t ds = si - sentence_of_[lt];
    if (ds > kPersonMaxSentences) continue;
    if (!reflexive && syntax_.co_arguments(at, static_cast<std::uint32_t>(lt))) continue;  // binding
    double score = -kSentenceDistanceWeight * static_cast<double>(ds) - kTokenDistanceWeight * static_cast<double>(at - lt);
    if (ds == 0) score += kSameSentenceBonus;
    if (last_subject_[c] >= 0 && si - sentence_of_[static_cast<std::size_t>(last_subject_[c])] <= 1) score += kRecentSubjectBonus;
    if (topic_[c]) score += kTopicBonus;
    score += kMentionCountWeight * static_cast<double>(std::min<std::uint32_t>(count_[c], kMentionCountCap));
    if (role_at != 0 && static_cast<int>(syntax_.role(static_cast<std::uint32_t>(lt))) == role_at) score += kParallelRoleBonus;
    if (score > best_score) {
      best_score = score;
      best = static_cast<int>(c);
    }
  }
  return best;
}

int PronounSieve::most_recent(std::uint32_t at, TypePredicate pred, std::uint32_t max_sentences) const {
  int best = -1;
  for (std::size_t c = 0; c < clusters_.size(); ++c) {
    if (!pred(clusters_[c].e.type) || last_[c] < 0) continue;
    if (sentence_of_[at] - sentence_of_[static_cast<std::size_t>(last_[c])] > max_sentences) continue;
    if (best < 0 || last_[c] > last_[static_cast<std::size_t>(best)]) best = static_cast<int>(c);
  }
  return best;
}

// The n most mentioned clusters so far of a type (ties: the first), in cluster order.
std::vector<std::int32_t> PronounSieve::most_salient(TypePredicate pred, std::size_t n) const {
  std::vector<std::size_t> idx;
  for (std::size_t c = 0; c < clusters_.size(); ++c) if (pred(clusters_[c].e.type) && count_[c]) idx.push_back(c);
  std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return count_[a] > count_[b]; });
  if (idx.size() > n) idx.resize(n);
  std::sort(idx.begin(), idx.end());
  std::vector<std::int32_t> out;
  for (std::size_t c : idx) out.push_back(static_cast<std::int32_t>(c));
  return out;
}

void PronounSieve::add(std::uint32_t b, std::uint32_t e, int chain, std::vector<std::int32_t> group, LinkRule rule) {
  Mention m;
  m.first_token = b;
  m.end_token = e;
  m.type = chain >= 0 ? clusters_[static_cast<std::size_t>(chain)].e.type : EntityType::kNone;
  m.chain = chain;
  m.group = std::move(group);
  m.link_rule = link_rule_name(rule);
  m.confidence = 0.8f;
  added_.push_back(std::move(m));
  if (chain < 0) return;
  last_[static_cast<std::size_t>(chain)] = last_head_[static_cast<std::size_t>(chain)] = b;
  // "In a letter he wrote: ...": a pronoun subject keeps its person the recent subject.
  static const std::uint8_t nsubj = tags::deprel_id("nsubj"), nsubj_pass = tags::deprel_id("nsubj:pass");
  const std::uint8_t d = doc_.tokens[b].deprel;
  if ((d == nsubj || d == nsubj_pass) && (rule == LinkRule::kPronoun || rule == LinkRule::kCataphora))
    last_subject_[static_cast<std::size_t>(chain)] = b;
}

// "a US bank", "a Madrid-based charity", "the US's leading insurer": the mention's head (its
// word whose head lies outside it) modifies a noun, or an adjective that does.
bool PronounSieve::modifier(const Mention& m) const {
  static const std::uint8_t compound = tags::deprel_id("compound"), amod = tags::deprel_id("amod"),
                            poss = tags::deprel_id("nmod:poss");
  for (std::uint32_t k = m.first_token; k < m.end_token; ++k) {
    const std::int64_t up = syntax_.parent(k);
    if (up >= m.first_token && up < m.end_token) continue;
    const std::uint8_t d = doc_.tokens[k].deprel;
    if (d == compound || d == amod || d == poss) return true;
    return up >= 0 && doc_.tokens[static_cast<std::size_t>(up)].deprel == amod;
  }
  return false;
}

// The named mentions that start at or before token i count from here on.
void PronounSieve::note_named_up_to(std::uint32_t i) {
  while (next_named_ < all_.size() && all_[next_named_].first_token <= i) {
    const auto c = static_cast<std::size_t>(all_[next_named_].chain);
    ++count_[c];
    last_[c] = all_[next_named_].first_token;
    if (!modifier(all_[next_named_])) last_head_[c] = all_[next_named_].first_token;
    if (subject_token_[all_[next_named_].first_token]) last_subject_[c] = all_[next_named_].first_token;
    ++votes_[c][static_cast<std::size_t>(stated_[next_named_])];
    ++next_named_;
  }
}

// "the two countries" are the two most mentioned countries (GPE), else places, else
// countries and organisations; "both sides", "the two parties" may be a country and an
// organisation ("Kenya and the EU opened talks ... the two sides"), else the people who met
// ("Mwangi received Varga at State House, where the two sides ..."), never the building
// where they met; "the two ministers" or "leaders" are the two most mentioned persons.
// Moves i to the group's last token when it is one.
bool PronounSieve::group_mention(const Here& h, std::uint32_t& i) {
  std::size_t n = 0;
  std::uint32_t len = 0;
  if (h.l == "the" && (h.next == "two" || h.next == "three") && group_noun(h.next2)) {
    n = h.next == "two" ? 2 : 3;
    len = 3;
  } else if (h.l == "both" && h.same_sentence_next && group_noun(h.next)) {
    n = 2;
    len = 2;
  } else if (h.l == "the" && h.next == "two" && (h.next2 == "ministers" || h.next2 == "leaders")) {
    auto g = most_salient(is_person, 2);
    if (g.size() == 2) {
      add(i, i + 3, -1, g, LinkRule::kGroup);
      last_group_ = g;
      last_group_sentence_ = sentence_of_[i];
    }
    i += 2;
    return true;
  }
  if (!n) return false;
  const std::string& noun = len == 3 ? h.next2 : h.next;
  std::vector<std::int32_t> g;
  if (noun == "sides" || noun == "parties") {
    g = most_salient(is_party, n);
    if (g.size() < n) g = most_salient(is_person, n);
  } else {
    g = most_salient(is_gpe, n);
    if (g.size() < n) g = most_salient(is_place, n);
    if (g.size() < n) g = most_salient(is_party, n);
  }
  if (g.size() == n) {
    add(i, i + len, -1, g, LinkRule::kGroup);
    last_group_ = g;
    last_group_sentence_ = sentence_of_[i];
  }
  i += len - 1;
  return true;
}

bool PronounSieve::agrees(int chain, int g) const {
  const auto& cl = clusters_[static_cast<std::size_t>(chain)];
  const int known = gender_of(static_cast<std::size_t>(chain));
  return cl.e.type == EntityType::kPerson && (!known || known == g);
}

// The person named by a mention later in this sentence whose words include `word` (any
// word when negative) and who agrees with sex g, or -1.
int PronounSieve::named_later(const Here& h, std::int64_t word, int g) const {
  for (std::size_t k = next_named_; k < all_.size() && sentence_of_[all_[k].first_token] == sentence_of_[h.i]; ++k)
    if ((word < 0 || (all_[k].first_token <= word && word < all_[k].end_token)) && agrees(all_[k].chain, g))
      return all_[k].chain;
  return -1;
}

// he/him/his/himself, she/her/hers/herself.
bool PronounSieve::he_or_she(const Here& h, bool pron) {
  const std::string& l = h.l;
  if (!pron || !(l == "he" || l == "him" || l == "his" || l == "himself" || l == "she" || l == "her" || l == "hers" ||
                 l == "herself"))
    return false;
  const std::uint32_t i = h.i;
  const int g = l == "she" || l == "her" || l == "hers" || l == "herself" ? 2 : 1;
  LinkRule rule = LinkRule::kPronoun;
  // Cataphora: a pronoun in a preposed adjunct ("In his youth, Smith ...", "When she
  // arrived, Doe ...") means the subject of the main clause when that is a person.
  int c = -1;
  if (const std::int64_t subject = syntax_.preposed_before_subject(i); subject >= 0) c = named_later(h, subject, g);
  if (c >= 0) rule = LinkRule::kCataphora;
  // "Smith and his wife": the person of the conjunct just before.
  if (const std::int64_t first = syntax_.conjunct_before(i); c < 0 && first >= 0) {
    for (std::size_t k = next_named_; k-- > 0 && sentence_of_[all_[k].first_token] == sentence_of_[i];) {
      if (all_[k].first_token <= first && first < all_[k].end_token && agrees(all_[k].chain, g)) {
        c = all_[k].chain;
        rule = LinkRule::kPronounConjunct;
        break;
      }
    }
  }
  if (c < 0) c = resolve_person(i, g, l == "himself" || l == "herself");
  if (c < 0) {
    c = named_later(h, -1, g);  // no antecedent: the first person named later in the sentence
    rule = LinkRule::kCataphora;
  }
  if (c >= 0) {
    add(i, i + 1, c, {}, rule);
    ++votes_[static_cast<std::size_t>(c)][static_cast<std::size_t>(g)];
  }
  return true;
}

// Whether "it" at token i is a dummy subject: labelled expl, or the subject of an adjective
// (the predicate, or its xcomp: "became clear") that has a clause of its own (ccomp, csubj, or
// a to-infinitive), as in "it is necessary that ...", "it became clear that ...".
bool PronounSieve::expletive_it(std::uint32_t i) const {
  static const std::uint8_t kExpl = tags::deprel_id("expl"), kAdj = tags::upos_id("ADJ");
  static const std::uint8_t kCcomp = tags::deprel_id("ccomp"), kCsubj = tags::deprel_id("csubj"),
                            kXcomp = tags::deprel_id("xcomp"), kAdvcl = tags::deprel_id("advcl");
  const Token& t = doc_.tokens[i];
  if (t.deprel == kExpl) return true;
  if (t.head < 0) return false;
  const Sentence& s = doc_.sentences[sentence_of_[i]];
  const std::uint32_t head = s.first_token + static_cast<std::uint32_t>(t.head);
  if (head >= s.end_token) return false;
  auto adjective_with_clause = [&](std::uint32_t pred) {
    if (doc_.tokens[pred].upos != kAdj) return false;
    for (std::uint32_t k = pred + 1; k < s.end_token; ++k) {
      const Token& d = doc_.tokens[k];
      if (d.head < 0 || s.first_token + static_cast<std::uint32_t>(d.head) != pred) continue;
      if (d.deprel == kCcomp || d.deprel == kCsubj || d.deprel == kXcomp || d.deprel == kAdvcl) return true;
    }
    return false;
  };
  if (adjective_with_clause(head)) return true;
  // "became clear that": an xcomp adjective, the clause on it or on the verb.
  bool adjective = false, clause = false;
  for (std::uint32_t k = head + 1; k < s.end_token; ++k) {
    const Token& d = doc_.tokens[k];
    if (d.head < 0 || s.first_token + static_cast<std::uint32_t>(d.head) != head) continue;
    if (d.deprel == kXcomp && d.upos == kAdj) adjective = true;
    if (d.deprel == kXcomp && adjective_with_clause(k)) return true;
    if (adjective && (d.deprel == kCcomp || d.deprel == kCsubj)) clause = true;
  }
  return adjective && clause;
}

// it/its/itself: the party just named; they/them/their/themselves: the last group.
bool PronounSieve::it_or_they(const Here& h, bool pron) {
  const std::string& l = h.l;
  if (pron && (l == "it" || l == "its" || l == "itself")) {
    // "it" as a dummy subject ("it is also prepared") still most often means the party just
    // named; but not before an adjective and a clause: "it became clear that", "It is
    // necessary that", "it is hard to say" name nothing.
    if (l == "it" && expletive_it(h.i)) return true;
    const int c = resolve(h.i, is_thing, 2);
    if (c >= 0) add(h.i, h.i + 1, c, {}, LinkRule::kPronoun);
    return true;
  }
  if (pron && (l == "they" || l == "them" || l == "their" || l == "themselves")) {
    if (!last_group_.empty() && sentence_of_[h.i] - last_group_sentence_ <= 2) {
      add(h.i, h.i + 1, -1, last_group_, LinkRule::kPronounGroup);
      last_group_sentence_ = sentence_of_[h.i];
    }
    return true;
  }
  return false;
}

// "the Crown Prince", "the Saudi leader", "the Chinese minister": "the", a demonym or not,
// then title words in capitals (or after a demonym, in any case) and no name after them: the
// latest person holding that title; for a demonym and a title nobody holds, the latest
// titled person of that country. `i` is at "the"; true (and `i` past the phrase) when linked.
bool PronounSieve::definite_title(std::uint32_t& i) {
  const Sentence& s = doc_.sentences[sentence_of_[i]];
  auto form = [&](std::uint32_t k) { return doc_.form(doc_.tokens[k]); };
  std::uint32_t k = i + 1;
  const gz::Country* country = nullptr;
  if (k < s.end_token) {  // the demonym may be a mention of its own, linked to the country
    if ((country = gz::country_by_demonym(form(k))) != nullptr) ++k;
  }
  const std::uint32_t b = k;
  std::string title;
  while (k < s.end_token && k < b + 3 && !covered_[k] && gz::is_title_word_any_case(form(k))) {
    const std::string_view f = form(k);
    if (!country && !(f[0] >= 'A' && f[0] <= 'Z')) return false;  // "the minister": definite() below
    if (!title.empty()) title.push_back(' ');
    title.append(lower_ascii(f));
    ++k;
  }
  if (k == b) return false;
  if (k < s.end_token) {
    const std::string_view f = form(k);
    if (covered_[k] || (!f.empty() && f[0] >= 'A' && f[0] <= 'Z')) return false;  // "the Crown Prince Abdullah"
  }
  int best = -1, by_country = -1;
  for (std::size_t c = 0; c < clusters_.size(); ++c) {
    const Entity& e = clusters_[c].e;
    if (e.type != EntityType::kPerson || last_[c] < 0 || e.titles.empty()) continue;
    const bool has = std::any_of(e.titles.begin(), e.titles.end(),
                                 [&](const std::string& tt) { return lower_ascii(tt).find(title) != std::string::npos; });
    const bool later = [&](int cur) { return cur < 0 || last_[c] > last_[static_cast<std::size_t>(cur)]; }(has ? best : by_country);
    if (has && later) best = static_cast<int>(c);
    if (!has && country && e.affiliation == country->name && later) by_country = static_cast<int>(c);
  }
  if (best < 0) best = by_country;
  if (best < 0) return false;
  add(i, k, best, {}, LinkRule::kTitle);
  i = k - 1;
  return true;
}

// "the country", "the nation": the place just named; "the minister", "the president": the
// latest person with that title (a title word written in lower case).
bool PronounSieve::definite(const Here& h, std::uint32_t& i) {
  if (h.l == "the" && (h.next == "country" || h.next == "nation") && h.same_sentence_next) {
    const int c = most_recent(i, is_place, 2);
    if (c >= 0) add(i, i + 2, c, {}, LinkRule::kDefinite);
    ++i;
    return true;
  }
  if (h.l == "the" && h.same_sentence_next && definite_title(i)) return true;
  if (!(h.l == "the" && h.same_sentence_next && gz::is_title_word(doc_.form(doc_.tokens[i + 1])) == false)) return false;
  std::string cap = h.next;
  if (!cap.empty()) cap[0] = static_cast<char>(cap[0] - 'a' + 'A');
  if (h.next.empty() || h.next[0] < 'a' || h.next[0] > 'z' || !gz::is_title_word(cap)) return false;
  int best = -1;
  for (std::size_t c = 0; c < clusters_.size(); ++c) {
    if (clusters_[c].e.type != EntityType::kPerson || last_[c] < 0) continue;
    const bool has = std::any_of(clusters_[c].e.titles.begin(), clusters_[c].e.titles.end(),
                                 [&](const std::string& tt) { return lower_ascii(tt).find(h.next) != std::string::npos; });
    if (has && (best < 0 || last_[c] > last_[static_cast<std::size_t>(best)])) best = static_cast<int>(c);
  }
  if (best >= 0) {
    add(i, i + 2, best, {}, LinkRule::kTitle);
    ++i;
  }
  return true;
}

// The story's lead description (entity_lead.cpp): its spans become mentions of the person.
void PronounSieve::lead_description() {
  for (const LeadSpan& l : lead_descriptions(doc_, syntax_, sentence_of_, clusters_, all_)) {
    for (std::uint32_t k = l.first_token; k < l.end_token; ++k) covered_[k] = true;
    add(l.first_token, l.end_token, l.chain, {}, LinkRule::kLead);
  }
}

std::vector<Mention> PronounSieve::run() {
  static const std::uint8_t kPron = tags::upos_id("PRON");
  lead_description();
  for (std::uint32_t i = 0; i < doc_.tokens.size(); ++i) {
    note_named_up_to(i);
    if (covered_[i]) continue;
    Here h;
    h.i = i;
    h.l = lower_ascii(doc_.form(doc_.tokens[i]));
    h.next = i + 1 < doc_.tokens.size() ? lower_ascii(doc_.form(doc_.tokens[i + 1])) : "";
    h.next2 = i + 2 < doc_.tokens.size() ? lower_ascii(doc_.form(doc_.tokens[i + 2])) : "";
    h.same_sentence_next = i + 1 < doc_.tokens.size() && sentence_of_[i + 1] == sentence_of_[i];
    if (group_mention(h, i)) continue;
    const Token& t = doc_.tokens[i];
    const bool pron = t.upos == kPron || t.upos == 0;
    if (he_or_she(h, pron) || it_or_they(h, pron)) continue;
    definite(h, i);
  }
  return std::move(added_);
}

}  // namespace

std::vector<Mention> resolve_pronouns(const Document& doc, const PronounSyntax& syntax,
                                      const std::vector<std::uint32_t>& sentence_of,
                                      const std::vector<Cluster>& clusters, const std::vector<Mention>& all) {
  return PronounSieve(doc, syntax, sentence_of, clusters, all).run();
}

}  // namespace kg::extract::entity_steps
