// Step 4a of the entity stage: a news story's lead that describes a person whom the next
// sentence names ("A Conservative MP and former minister has defected to Labour. Robert
// Jackson, 58, MP for Wantage, said ..."). The pronoun sieve (entity_pronouns.cpp) adds the
// spans found here as mentions of that person, link rule "lead".
#include "extract/ascii.h"
#include "extract/coref/entity_work.h"
#include "extract/coref/pronouns.h"
#include "extract/lexicon/lexicon.h"
#include "extract/ner/gazetteer.h"
#include "extract/tags.h"

namespace kg::extract::entity_steps {
namespace gz = gazetteer;
namespace {

struct Lead {
  const Document& doc;
  const PronounSyntax& syntax;
  const std::vector<std::uint32_t>& sentence_of;

  // The subject noun of the first sentence when it is a description of one person: "a", "an"
  // or "the", modifiers, then a singular position or occupation noun ("A Conservative MP",
  // "An ex-chief financial officer at Boeing", "The leader of the British National Party"),
  // no person named in the sentence. Returns the noun's token, else -1.
  int subject(std::uint32_t root) const {
    const Sentence& s = doc.sentences[0];
    static const std::uint8_t nsubj = tags::deprel_id("nsubj"), nsubj_pass = tags::deprel_id("nsubj:pass");
    static const std::uint8_t nn = tags::xpos_id("NN"), nnp = tags::xpos_id("NNP");
    const std::string det = lower_ascii(doc.form(doc.tokens[s.first_token]));
    if (det != "a" && det != "an" && det != "the") return -1;
    for (std::uint32_t k = s.first_token + 1; k < s.end_token && k < s.first_token + 8; ++k) {
      const Token& t = doc.tokens[k];
      if (syntax.parent(k) != static_cast<std::int64_t>(root) || !(t.deprel == nsubj || t.deprel == nsubj_pass)) continue;
      if (!(t.xpos == nn || t.xpos == nnp)) return -1;
      const std::string lemma = lower_ascii(t.lemma.empty() ? doc.form(t) : t.lemma);
      const bool job = lexicon::contains(lexicon::List::kPositionNouns, lemma) ||
                       lexicon::contains(lexicon::List::kOccupationNouns, lemma) ||
                       gz::is_title_word_any_case(doc.form(t));
      return job ? static_cast<int>(k) : -1;
    }
    return -1;
  }

  // Whether the person named by `m` in the second sentence is the one the lead described: an
  // argument of the lead's verb again ("... has been arrested. A party spokesman said Nick
  // Griffin was arrested"), the active subject of the main verb after an active lead (or that
  // subject's apposition), or described with the lead's noun ("Robert Jackson, 58, MP for
  // Wantage").
  bool person_fits(const Mention& m, std::uint32_t noun, std::uint32_t verb) const {
    static const std::uint8_t appos = tags::deprel_id("appos"), nsubj = tags::deprel_id("nsubj");
    const std::uint32_t h = syntax.name_head(m.first_token);
    const std::int64_t up = syntax.parent(h);
    const std::string& lead_verb = doc.tokens[verb].lemma;
    if (up >= 0 && !lead_verb.empty() && doc.tokens[static_cast<std::size_t>(up)].lemma == lead_verb) return true;
    // The subject of the main verb, in the lead's voice: "A police officer was shot dead. John
    // Smith was arrested" and "A judge jailed a man. John Smith was convicted" are two people.
    std::int64_t subj = -1;
    if (syntax.role(h) == Role::kSubject) subj = h;
    if (doc.tokens[h].deprel == appos && up >= 0 && syntax.role(static_cast<std::uint32_t>(up)) == Role::kSubject) subj = up;
    if (subj >= 0) {
      const std::int64_t v = syntax.parent(static_cast<std::uint32_t>(subj));
      const bool active = doc.tokens[static_cast<std::size_t>(subj)].deprel == nsubj;
      if (v >= 0 && doc.tokens[static_cast<std::size_t>(v)].head < 0 && active && doc.tokens[noun].deprel == nsubj)
        return true;
    }
    const std::string noun_lemma = lower_ascii(doc.tokens[noun].lemma);
    const Sentence& s = doc.sentences[sentence_of[m.first_token]];
    for (std::uint32_t k = s.first_token; k < s.end_token; ++k) {
      if (lower_ascii(doc.tokens[k].lemma) != noun_lemma) continue;
      if (syntax.parent(k) == static_cast<std::int64_t>(h) || up == static_cast<std::int64_t>(k)) return true;
    }
    return false;
  }
};

}  // namespace

// The lead of a news story often describes its subject and names it only in the next
// sentence: "A Conservative MP and former minister has defected to Labour. Robert Jackson,
// 58, MP for Wantage, said ...". The description (Lead::subject) and a coordinated one ("and
// former minister") are the person first named in the second sentence, when no earlier
// sentence named that person and Lead::person_fits.
std::vector<LeadSpan> lead_descriptions(const Document& doc, const PronounSyntax& syntax,
                                        const std::vector<std::uint32_t>& sentence_of, const std::vector<Cluster>& clusters,
                                        const std::vector<Mention>& all) {
  std::vector<LeadSpan> out;
  const Lead lead{doc, syntax, sentence_of};
  if (doc.sentences.size() < 2) return out;
  const Sentence& s0 = doc.sentences[0];
  const Sentence& s1 = doc.sentences[1];
  std::int64_t root = -1;
  for (std::uint32_t k = s0.first_token; k < s0.end_token; ++k) {
    if (doc.tokens[k].head < 0 && doc.tokens[k].deprel == tags::deprel_id("root")) root = k;
  }
  if (root < 0) return out;
  for (const Mention& m : all) {
    if (m.first_token < s0.end_token && clusters[static_cast<std::size_t>(m.chain)].e.type == EntityType::kPerson)
      return out;
  }
  const int noun = lead.subject(static_cast<std::uint32_t>(root));
  if (noun < 0) return out;
  const Mention* person = nullptr;
  for (const Mention& m : all) {
    if (m.first_token < s1.first_token || m.first_token >= s1.end_token) continue;
    if (clusters[static_cast<std::size_t>(m.chain)].e.type == EntityType::kPerson) {
      person = &m;
      break;
    }
  }
  const auto n = static_cast<std::uint32_t>(noun);
  if (person == nullptr || !lead.person_fits(*person, n, static_cast<std::uint32_t>(root))) return out;
  out.push_back({s0.first_token, n + 1, person->chain});
  // "A Conservative MP and former minister": the second noun is the same person.
  static const std::uint8_t conj = tags::deprel_id("conj");
  for (std::uint32_t c = n + 1; c < s0.end_token && c < n + 6; ++c) {
    if (syntax.parent(c) != static_cast<std::int64_t>(n) || doc.tokens[c].deprel != conj) continue;
    const std::string lemma = lower_ascii(doc.tokens[c].lemma);
    if (!lexicon::contains(lexicon::List::kPositionNouns, lemma) && !lexicon::contains(lexicon::List::kOccupationNouns, lemma))
      break;
    std::uint32_t b = c;
    while (b > n + 1 && syntax.parent(b - 1) == static_cast<std::int64_t>(c) && doc.tokens[b - 1].deprel != tags::deprel_id("cc")) --b;
    out.push_back({b, c + 1, person->chain});
    break;
  }
  return out;
}

}  // namespace kg::extract::entity_steps
