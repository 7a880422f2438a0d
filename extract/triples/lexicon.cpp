#include "extract/triples/lexicon.h"

#include <algorithm>
#include <array>
#include <utility>

namespace kg::extract::triples {
namespace {

struct Entry {
  std::string_view lemma;
  std::string_view cls;
  std::string_view cameo;
};

// Sorted by lemma (checked at first use).
constexpr std::array kClasses = {
    Entry{"accuse", "ACCUSE", "112"},      Entry{"agree", "AGREE", "030"},
    Entry{"aid", "AID", "070"},            Entry{"announce", "SAY", "010"},
    Entry{"arrest", "ARREST", "173"},      Entry{"assist", "AID", "070"},
    Entry{"attack", "ATTACK", "190"},      Entry{"be member of", "MEMBER_OF", ""},
    Entry{"blame", "ACCUSE", "112"},       Entry{"boost", "STRENGTHEN", ""},
    Entry{"build", "BUILD", ""},           Entry{"call for", "APPEAL", "020"},
    Entry{"collaborate", "COOPERATE", "040"}, Entry{"condemn", "CRITICIZE", "111"},
    Entry{"cooperate", "COOPERATE", "040"}, Entry{"criticise", "CRITICIZE", "111"},
    Entry{"criticize", "CRITICIZE", "111"}, Entry{"declare", "SAY", "010"},
    Entry{"deny", "DENY", "013"},          Entry{"develop", "DEVELOP", ""},
    Entry{"discuss", "DISCUSS", "040"},    Entry{"donate", "AID", "070"},
    Entry{"elect", "ELECT", ""},           Entry{"enhance", "STRENGTHEN", ""},
    Entry{"fight", "FIGHT", "190"},        Entry{"found", "FOUND", ""},
    Entry{"fund", "INVEST_IN", "071"},     Entry{"help", "AID", "070"},
    Entry{"hold position", "HOLD_POSITION", ""}, Entry{"host", "HOST", "042"},
    Entry{"invade", "ATTACK", "190"},      Entry{"invest", "INVEST_IN", "061"},
    Entry{"invest in", "INVEST_IN", "061"}, Entry{"join", "JOIN", ""},
    Entry{"kill", "KILL", "180"},          Entry{"lead", "LEAD", ""},
    Entry{"meet", "MEET", "036"},          Entry{"negotiate", "NEGOTIATE", "046"},
    Entry{"oppose", "OPPOSE", "110"},      Entry{"own", "OWN", ""},
    Entry{"praise", "PRAISE", "051"},      Entry{"promise", "PROMISE", "030"},
    Entry{"protest", "PROTEST", "140"},    Entry{"reject", "REJECT", "120"},
    Entry{"sanction", "SANCTION", "163"},  Entry{"say", "SAY", "010"},
    Entry{"sign", "SIGN", "057"},          Entry{"state", "SAY", "010"},
    Entry{"strengthen", "STRENGTHEN", ""}, Entry{"support", "SUPPORT", "050"},
    Entry{"talk", "DISCUSS", "040"},       Entry{"tell", "SAY", "010"},
    Entry{"threaten", "THREATEN", "130"},  Entry{"trade", "TRADE", "061"},
    Entry{"uphold", "SUPPORT", "050"},     Entry{"visit", "VISIT", "042"},
    Entry{"warn", "THREATEN", "130"},      Entry{"welcome", "PRAISE", "051"},
    Entry{"work with", "COOPERATE", "040"},
};

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

constexpr auto kNouns = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"agreement", "agree"},
    {"aid", "aid"},
    {"assistance", "assist"},
    {"attack", "attack"},
    {"collaboration", "collaborate"},
    {"condemnation", "condemn"},
    {"cooperation", "cooperate"},
    {"criticism", "criticize"},
    {"invasion", "invade"},
    {"investment", "invest"},
    {"meeting", "meet"},
    {"opposition", "oppose"},
    {"partnership", "partner"},
    {"praise", "praise"},
    {"relations", "relate"},
    {"sanctions", "sanction"},
    {"support", "support"},
    {"talks", "talk"},
    {"threat", "threaten"},
    {"trade", "trade"},
    {"visit", "visit"},
});

template <typename A>
bool contains(const A& a, std::string_view w) {
  return std::binary_search(a.begin(), a.end(), w);
}

}  // namespace

RelationClass relation_class(std::string_view lemma) {
  auto find = [](std::string_view key) -> const Entry* {
    auto it = std::lower_bound(kClasses.begin(), kClasses.end(), key,
                               [](const Entry& e, std::string_view k) { return e.lemma < k; });
    return it != kClasses.end() && it->lemma == key ? &*it : nullptr;
  };
  if (const Entry* e = find(lemma)) return {e->cls, e->cameo};
  const auto sp = lemma.find(' ');
  if (sp != std::string_view::npos && !lemma.starts_with("be ")) {
    if (const Entry* e = find(lemma.substr(0, sp))) return {e->cls, e->cameo};
  }
  return {};
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

std::string_view verb_of_noun(std::string_view noun_lemma) {
  auto it = std::lower_bound(kNouns.begin(), kNouns.end(), noun_lemma,
                             [](const auto& e, std::string_view k) { return e.first < k; });
  return it != kNouns.end() && it->first == noun_lemma ? it->second : std::string_view{};
}

}  // namespace kg::extract::triples
