#include "extract/tag/lemmatizer.h"

#include <algorithm>
#include <cctype>
#include <span>
#include <fstream>
#include <sstream>

#include "extract/ascii.h"
#include "extract/model_io/linear.h"
#include "extract/tags.h"

namespace kg::extract {
namespace {

using model_io::hash_bytes;
using model_io::hash_combine;

bool ends_with(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

struct Rule {
  std::string_view suffix;
  std::string_view replace;
};

// WordNet morphy detachment rules (morph.c), in WordNet's order.
constexpr Rule kNounRules[] = {{"s", ""},     {"ses", "s"},   {"xes", "x"}, {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

std::span<const Rule> rules_for(WnPos pos) {
  switch (pos) {
    case WnPos::kNoun: return kNounRules;
    case WnPos::kVerb: return kVerbRules;
    case WnPos::kAdj: return kAdjRules;
    case WnPos::kAdv: return {};
  }
  return {};
}

// Fallback when neither the exceptions nor the index know the word.
std::string strip_guess(const std::string& w, WnPos pos) {
  auto undouble = [](std::string stem) {
    const std::size_t n = stem.size();
    if (n >= 3 && stem[n - 1] == stem[n - 2] && !is_vowel(stem[n - 1]) && stem[n - 1] != 'l' &&
        stem[n - 1] != 's' && stem[n - 1] != 'z') {
      stem.pop_back();
    }
    return stem;
  };
  if (pos == WnPos::kNoun) {
    if (ends_with(w, "ies") && w.size() > 4) return w.substr(0, w.size() - 3) + "y";
    for (std::string_view s : {"ches", "shes", "sses", "xes", "zes"}) {
      if (ends_with(w, s)) return w.substr(0, w.size() - 2);
    }
    if (ends_with(w, "s") && !ends_with(w, "ss") && w.size() > 2) return w.substr(0, w.size() - 1);
    return w;
  }
  if (pos == WnPos::kVerb) {
    if (ends_with(w, "ies") && w.size() > 4) return w.substr(0, w.size() - 3) + "y";
    if (ends_with(w, "ied") && w.size() > 4) return w.substr(0, w.size() - 3) + "y";
    if (ends_with(w, "ing") && w.size() > 5) return undouble(w.substr(0, w.size() - 3));
    if (ends_with(w, "ed") && w.size() > 4) return undouble(w.substr(0, w.size() - 2));
    for (std::string_view s : {"ches", "shes", "sses", "xes", "zes"}) {
      if (ends_with(w, s)) return w.substr(0, w.size() - 2);
    }
    if (ends_with(w, "s") && !ends_with(w, "ss") && w.size() > 2) return w.substr(0, w.size() - 1);
    return w;
  }
  if (pos == WnPos::kAdj) {
    if (ends_with(w, "iest") && w.size() > 5) return w.substr(0, w.size() - 4) + "y";
    if (ends_with(w, "ier") && w.size() > 4) return w.substr(0, w.size() - 3) + "y";
    if (ends_with(w, "est") && w.size() > 5) return undouble(w.substr(0, w.size() - 3));
    if (ends_with(w, "er") && w.size() > 4) return undouble(w.substr(0, w.size() - 2));
  }
  return w;
}

std::uint64_t lex_key(std::string_view form, std::uint8_t xpos) { return hash_combine(hash_bytes(form), xpos); }

}  // namespace

Lemmatizer::Lemmatizer(LemmatizerData data) : data_(std::move(data)) {
  std::vector<std::pair<std::uint64_t, std::uint64_t>> pairs;
  pairs.reserve(data_.lexicon.size());
  for (std::uint32_t i = 0; i < data_.lexicon.size(); ++i) {
    pairs.emplace_back(lex_key(data_.lexicon[i].form, data_.lexicon[i].xpos), i + 1);
  }
  lexicon_ = model_io::HashIndex(pairs);
  for (int p = 0; p < 4; ++p) {
    pairs.clear();
    for (std::uint32_t i = 0; i < data_.exceptions[p].size(); ++i) {
      pairs.emplace_back(hash_bytes(data_.exceptions[p][i].first), i + 1);
    }
    exc_[p] = model_io::HashIndex(pairs);
    pairs.clear();
    for (const auto& w : data_.index[p]) pairs.emplace_back(hash_bytes(w), 1);
    index_[p] = model_io::HashIndex(pairs);
  }
}

bool Lemmatizer::in_index(std::string_view w, WnPos pos) const {
  return index_[static_cast<int>(pos)].find(hash_bytes(w)) != 0;
}

std::string Lemmatizer::morphy(const std::string& lower, WnPos pos) const {
  const int p = static_cast<int>(pos);
  if (const std::uint64_t e = exc_[p].find(hash_bytes(lower)); e != 0) return data_.exceptions[p][e - 1].second;
  for (const Rule& rule : rules_for(pos)) {
    if (!ends_with(lower, rule.suffix) || lower.size() <= rule.suffix.size()) continue;
    std::string cand = lower.substr(0, lower.size() - rule.suffix.size());
    cand += rule.replace;
    if (in_index(cand, pos)) return cand;
  }
  return strip_guess(lower, pos);
}

std::string Lemmatizer::from_lexicon(std::uint64_t entry, std::string_view form, std::uint8_t xpos) const {
  const std::string& lem = data_.lexicon[entry - 1].lemma;
  // A past form the treebank lemmatised to no verb WordNet knows ("freed" -> "fre" in one
  // annotation) takes WordNet's verb when it has one ("free").
  const std::string_view x = tags::xpos_name(xpos);
  if ((x == "VBD" || x == "VBN") && !in_index(lem, WnPos::kVerb)) {
    std::string m = morphy(lower_ascii(form), WnPos::kVerb);
    if (in_index(m, WnPos::kVerb)) return m;
  }
  return lem;
}

bool Lemmatizer::known_verb_form(std::string_view form, std::uint8_t xpos) const {
  if (lexicon_.find(lex_key(form, xpos)) != 0) return true;
  const std::string lower = lower_ascii(form);
  if (lexicon_.find(lex_key(lower, xpos)) != 0) return true;
  if (data_.index[static_cast<int>(WnPos::kVerb)].empty()) return true;
  return in_index(morphy(lower, WnPos::kVerb), WnPos::kVerb);
}

std::string Lemmatizer::lemma(std::string_view form, std::uint8_t xpos) const {
  if (const std::uint64_t e = lexicon_.find(lex_key(form, xpos)); e != 0) return from_lexicon(e, form, xpos);
  std::string lower = lower_ascii(form);
  if (lower != form) {
    if (const std::uint64_t e = lexicon_.find(lex_key(lower, xpos)); e != 0) return from_lexicon(e, form, xpos);
  }
  const std::string_view x = tags::xpos_name(xpos);
  if (x == "CD") {
    // UD English writes numbers without thousands separators: "1,100" -> "1100".
    std::string digits;
    bool numeric = !form.empty();
    for (char c : form) {
      if (c >= '0' && c <= '9') digits.push_back(c);
      else if (c != ',') numeric = false;
    }
    if (numeric && form.find(',') != std::string_view::npos && form.front() != ',' && form.back() != ',') return digits;
    return std::string(form);
  }
  if (x == "NNP" && !form.empty() && form[0] >= 'a' && form[0] <= 'z' &&
      std::all_of(form.begin(), form.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    std::string cap(form);
    cap[0] = static_cast<char>(cap[0] - 'a' + 'A');  // proper-noun lemmas are capitalised
    return cap;
  }
  if (x == "NNP" || x == "SYM" || x == "ADD" || x == "LS" || x == "GW" || x == "FW") {
    return std::string(form);
  }
  if (x == "NNPS") {
    if (ends_with(form, "s") && form.size() > 3) return std::string(form.substr(0, form.size() - 1));
    return std::string(form);
  }
  if (x == "NNS") return morphy(lower, WnPos::kNoun);
  if (x == "VBD" || x == "VBN" || x == "VBG" || x == "VBZ") return morphy(lower, WnPos::kVerb);
  if (x == "JJR" || x == "JJS") return morphy(lower, WnPos::kAdj);
  if (x == "RBR" || x == "RBS") return morphy(lower, WnPos::kAdv);
  if (!lower.empty() && (std::isalnum(static_cast<unsigned char>(lower[0])) == 0) && x != "NN") {
    return std::string(form);  // punctuation, symbols
  }
  return lower;
}

void Lemmatizer::save(model_io::BinaryWriter& w) const {
  w.u32(static_cast<std::uint32_t>(data_.lexicon.size()));
  for (const auto& e : data_.lexicon) {
    w.str(e.form);
    w.u8(e.xpos);
    w.str(e.lemma);
  }
  for (int p = 0; p < 4; ++p) {
    w.u32(static_cast<std::uint32_t>(data_.exceptions[p].size()));
    for (const auto& [a, b] : data_.exceptions[p]) {
      w.str(a);
      w.str(b);
    }
    w.u32(static_cast<std::uint32_t>(data_.index[p].size()));
    for (const auto& s : data_.index[p]) w.str(s);
  }
}

Status Lemmatizer::load(model_io::BinaryReader& r, Lemmatizer& out) {
  constexpr std::uint32_t kMaxItems = 1u << 24;
  constexpr std::uint32_t kMaxWord = 4096;
  LemmatizerData d;
  const std::uint32_t n = r.u32();
  if (!r.ok() || n > kMaxItems) return Status::corrupt("lemmatizer: bad lexicon size");
  d.lexicon.resize(n);
  for (auto& e : d.lexicon) {
    e.form = r.str(kMaxWord);
    e.xpos = r.u8();
    e.lemma = r.str(kMaxWord);
    if (!r.ok()) return Status::corrupt("lemmatizer: truncated lexicon");
  }
  for (int p = 0; p < 4; ++p) {
    const std::uint32_t ne = r.u32();
    if (!r.ok() || ne > kMaxItems) return Status::corrupt("lemmatizer: bad exception list size");
    d.exceptions[p].resize(ne);
    for (auto& [a, b] : d.exceptions[p]) {
      a = r.str(kMaxWord);
      b = r.str(kMaxWord);
      if (!r.ok()) return Status::corrupt("lemmatizer: truncated exception list");
    }
    const std::uint32_t ni = r.u32();
    if (!r.ok() || ni > kMaxItems) return Status::corrupt("lemmatizer: bad index size");
    d.index[p].resize(ni);
    for (auto& s : d.index[p]) {
      s = r.str(kMaxWord);
      if (!r.ok()) return Status::corrupt("lemmatizer: truncated index");
    }
  }
  out = Lemmatizer(std::move(d));
  return Status::ok();
}

Status read_wordnet(const std::string& dir, LemmatizerData& data) {
  static constexpr std::string_view kNames[4] = {"noun", "verb", "adj", "adv"};
  for (int p = 0; p < 4; ++p) {
    const std::string idx_path = dir + "/index." + std::string(kNames[p]);
    std::ifstream idx(idx_path);
    if (!idx) return Status::not_found("WordNet index not found: " + idx_path);
    std::string line;
    std::vector<std::string> words;
    while (std::getline(idx, line)) {
      if (line.empty() || line[0] == ' ') continue;  // licence header lines start with spaces
      const std::size_t sp = line.find(' ');
      std::string w = line.substr(0, sp);
      if (w.find('_') != std::string::npos) continue;  // collocations never match one token
      words.push_back(std::move(w));
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    data.index[p] = std::move(words);

    const std::string exc_path = dir + "/" + std::string(kNames[p]) + ".exc";
    std::ifstream exc(exc_path);
    if (!exc) return Status::not_found("WordNet exception list not found: " + exc_path);
    std::vector<std::pair<std::string, std::string>> pairs;
    while (std::getline(exc, line)) {
      std::istringstream ls(line);
      std::string a, b;
      if (!(ls >> a >> b)) continue;
      if (a.find('_') != std::string::npos || b.find('_') != std::string::npos) continue;
      pairs.emplace_back(std::move(a), std::move(b));
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end(),
                            [](const auto& x, const auto& y) { return x.first == y.first; }),
                pairs.end());
    data.exceptions[p] = std::move(pairs);
  }
  return Status::ok();
}

}  // namespace kg::extract
