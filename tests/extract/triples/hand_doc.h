// Hand-built parsed documents for extractor tests (no model needed).
//
// A sentence spec is space-separated words, each "form|lemma|UPOS|XPOS|HEAD|DEPREL" with
// HEAD 1-based inside the sentence (0 = root). Mentions: space-separated
// "TYPE:FIRST-LAST[=value]" with 1-based inclusive word numbers, TYPE one of PER ORG LOC
// GPE NORP DATE TIME MONEY PERCENT. The text is the forms joined by single spaces, except
// after a word with a seventh field "nospace" ("Al|Al|PROPN|NNP|3|flat|nospace").
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/tags.h"

namespace kg::test {

inline std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> r;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) {
    if (!cur.empty()) r.push_back(cur);
  }
  return r;
}

inline extract::EntityType mention_type(const std::string& t) {
  using extract::EntityType;
  if (t == "PER") return EntityType::kPerson;
  if (t == "ORG") return EntityType::kOrg;
  if (t == "LOC") return EntityType::kLoc;
  if (t == "GPE") return EntityType::kGpe;
  if (t == "NORP") return EntityType::kNorp;
  if (t == "DATE") return EntityType::kDate;
  if (t == "TIME") return EntityType::kTime;
  if (t == "MONEY") return EntityType::kMoney;
  if (t == "PERCENT") return EntityType::kPercent;
  return EntityType::kNone;
}

// Appends one sentence to `doc`.
inline void add_sentence(extract::Document& doc, const std::string& spec, const std::string& mentions = "") {
  extract::Sentence s;
  s.first_token = static_cast<std::uint32_t>(doc.tokens.size());
  if (!doc.text.empty()) doc.text.push_back(' ');
  s.begin = static_cast<std::uint32_t>(doc.text.size());
  bool space = true;
  for (const std::string& w : split(spec, ' ')) {
    const auto f = split(w, '|');
    extract::Token t;
    if (doc.text.size() > s.begin && space) doc.text.push_back(' ');
    space = !(f.size() > 6 && f[6] == "nospace");
    t.space_after = space;
    t.begin = static_cast<std::uint32_t>(doc.text.size());
    doc.text.append(f.at(0));
    t.end = static_cast<std::uint32_t>(doc.text.size());
    t.lemma = f.at(1);
    t.upos = extract::tags::upos_id(f.at(2));
    t.xpos = extract::tags::xpos_id(f.at(3));
    t.head = std::stoi(f.at(4)) - 1;
    t.deprel = extract::tags::deprel_id(f.at(5));
    doc.tokens.push_back(std::move(t));
  }
  s.end_token = static_cast<std::uint32_t>(doc.tokens.size());
  s.end = static_cast<std::uint32_t>(doc.text.size());
  for (const std::string& m : split(mentions, ' ')) {
    const auto colon = m.find(':');
    const auto dash = m.find('-', colon);
    const auto eq = m.find('=');
    extract::Mention mn;
    mn.type = mention_type(m.substr(0, colon));
    mn.first_token = s.first_token + static_cast<std::uint32_t>(std::stoi(m.substr(colon + 1, dash - colon - 1)) - 1);
    mn.end_token = s.first_token + static_cast<std::uint32_t>(std::stoi(m.substr(dash + 1, eq - dash - 1)));
    if (eq != std::string::npos) mn.value = m.substr(eq + 1);
    doc.mentions.push_back(mn);
  }
  doc.sentences.push_back(s);
  doc.layers = extract::kLayerText | extract::kLayerTokens | extract::kLayerSentences | extract::kLayerPos |
               extract::kLayerLemmas | extract::kLayerDependencies | extract::kLayerMentions;
}

inline extract::Document make_doc(const std::string& spec, const std::string& mentions = "") {
  extract::Document doc;
  doc.id = "test";
  doc.published = "2024-05-25";
  add_sentence(doc, spec, mentions);
  return doc;
}

}  // namespace kg::test
