#include "extract/triples/lexicon.h"

#include "extract/lexicon/lexicon.h"
#include "extract/triples/relation_schema.h"

#include <algorithm>
#include <array>
#include <utility>

namespace kg::extract::triples {
namespace {


constexpr auto kSpeech = std::to_array<std::string_view>({
    "acknowledge", "add", "affirm", "announce", "argue", "assert", "believe", "claim",
    "comment", "confirm", "declare", "emphasise", "emphasize", "explain", "indicate", "insist", "maintain",
    "mention", "note", "point", "reaffirm", "reiterate", "remark", "report", "reveal", "say", "state", "stress",
    "suggest", "tell", "underline", "warn", "write",
});

constexpr auto kAttitude = std::to_array<std::string_view>({
    "agree", "aim", "attempt", "continue", "decide", "desire", "expect", "hope", "intend",
    "look", "need", "offer", "plan", "pledge", "promise", "propose", "refuse", "seek", "strive", "try", "vow",
    "want", "wish",
});

constexpr auto kAttitudeAdj = std::to_array<std::string_view>({
    "able", "committed", "determined", "eager", "keen", "likely", "prepared", "ready",
    "unable", "unlikely", "willing",
});

template <typename A>
bool contains(const A& a, std::string_view w) {
  return std::binary_search(a.begin(), a.end(), w);
}

}  // namespace

RelationClass relation_class(std::string_view lemma) {
  const RelationSchema& sc = relation_schema();
  auto cls_of = [&](std::string_view c) -> RelationClass {
    const auto it = sc.cameo.find(std::string(c));
    return {it->first, it->second};
  };
  if (const auto it = sc.lemma_class.find(std::string(lemma)); it != sc.lemma_class.end()) return cls_of(it->second);
  if (lemma.starts_with("be ") || lemma.empty()) return cls_of("RELATED_TO");  // a passive or copula no row lists
  const std::string first(lemma.substr(0, lemma.find(' ')));
  if (const auto it = sc.lemma_class.find(first); it != sc.lemma_class.end()) return cls_of(it->second);
  if (const auto it = sc.verb_lexfile.find(first); it != sc.verb_lexfile.end()) {
    if (const auto c = sc.lexfile_class.find(it->second); c != sc.lexfile_class.end()) return cls_of(c->second);
  }
  return cls_of("RELATED_TO");
}

bool is_speech_verb(std::string_view lemma) { return contains(kSpeech, lemma); }
bool is_attitude_verb(std::string_view lemma) { return contains(kAttitude, lemma); }
bool is_attitude_adjective(std::string_view lemma) { return contains(kAttitudeAdj, lemma); }

std::string_view modal_modality(std::string_view lemma) {
  if (lemma == "can" || lemma == "could" || lemma == "may" || lemma == "might") return "possible";
  if (lemma == "will" || lemma == "shall" || lemma == "'ll") return "future";
  if (lemma == "would") return "conditional";
  if (lemma == "must" || lemma == "should" || lemma == "ought") return "obligation";
  return "";
}

bool is_job_noun(std::string_view lower_lemma) {
  namespace lx = kg::extract::lexicon;
  return lx::contains(lx::List::kPositionNouns, lower_lemma) ||
         lx::contains(lx::List::kOccupationNouns, lower_lemma);
}

bool patient_noun(std::string_view noun_lemma) {
  for (const lexicon::Row& r : lexicon::rows(lexicon::List::kEventNouns)) {
    if (r.size() >= 3 && r[0] == noun_lemma) return r[2] == "patient";
  }
  return false;
}

std::string_view verb_of_noun(std::string_view noun_lemma) {
  for (const lexicon::Row& r : lexicon::rows(lexicon::List::kEventNouns)) {
    if (r.size() >= 2 && r[0] == noun_lemma) return r[1];
  }
  return {};
}

}  // namespace kg::extract::triples
