// Organisation cues around named mentions (org_cues.h).
#include "extract/coref/org_cues.h"

#include <algorithm>
#include <set>
#include <string>

#include "extract/ascii.h"
#include "extract/lexicon/lexicon.h"

namespace kg::extract {
namespace {

bool in(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

}  // namespace

bool descriptor_noun(std::string_view lower) { return lexicon::contains(lexicon::List::kDescriptorNouns, lower); }

namespace {

// Titles a company gives: "Nordvolt chief executive Henrik Solberg".
std::size_t corporate_title_at(const Document& doc, std::uint32_t i, std::uint32_t end) {
  auto lower = [&](std::uint32_t k) { return lower_ascii(doc.form(doc.tokens[k])); };
  if (i >= end) return 0;
  const std::string a = lower(i);
  const std::string b = i + 1 < end ? lower(i + 1) : "";
  if ((a == "chief" || a == "managing" || a == "executive") && in(b, {"executive", "director", "officer", "chairman"}))
    return 2;
  if (in(a, {"ceo", "cfo", "coo", "chairman", "chairwoman", "chairperson", "founder", "co-founder", "cofounder"}))
    return 1;
  return 0;
}

// Last words of company names: "Tohoku Power", "Acme Holdings", "Daily News".
bool company_suffix(std::string_view w) {
  return in(w, {"Power", "Energy", "Airlines", "Airways", "Motors", "Holdings", "Telecom", "Steel", "Petroleum",
                "Electric", "Technologies", "Pharmaceuticals", "Pharma", "Industries", "Solutions", "Labs",
                "Ventures", "Foods", "Mining", "Logistics", "Communications", "Networks", "Software",
                "Entertainment", "Studios", "Records", "Insurance", "Railways", "Semiconductor", "Chemicals",
                "Microsystems", "Automotive", "Aerospace", "Biotech", "Therapeutics", "Capital", "Partners",
                "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "Corp", "Corp.", "Co.", "AG", "SA", "GmbH",
                "Group", "Times", "Post", "Herald", "Journal", "Tribune", "Gazette"});
}

bool punctuation(std::string_view f) {
  return !f.empty() && in(f, {",", ".", ";", ":", "(", ")", "!", "?", "\"", "\u201c", "\u201d", "-", "\u2014", "\u2013"});
}

bool possessive(std::string_view f) { return f == "'s" || f == "\u2019s"; }

// "Nordvolt, a Norwegian battery maker, ...": the noun that closes an appositive after the
// mention (up to six words, ending at punctuation or at "of", "in", "based", "that", "which").
bool appositive_descriptor(const Document& doc, std::uint32_t after, std::uint32_t end) {
  if (after + 2 >= end || doc.form(doc.tokens[after]) != ",") return false;
  const std::string det = lower_ascii(doc.form(doc.tokens[after + 1]));
  if (det != "a" && det != "an" && det != "the") return false;
  std::string last;
  for (std::uint32_t k = after + 2; k < end && k < after + 8; ++k) {
    const std::string_view f = doc.form(doc.tokens[k]);
    const std::string l = lower_ascii(f);
    if (punctuation(f) || in(l, {"of", "in", "based", "that", "which", "who", "with", "from", "for", "and"}))
      return descriptor_noun(last);
    if (!possessive(f)) last = l;
  }
  return false;
}

}  // namespace

bool body_word(std::string_view f) { return lexicon::contains(lexicon::List::kBodyWords, f); }

std::size_t retype_by_organisation_cues(const Document& doc, std::vector<Mention>& named) {
  auto form = [&](std::uint32_t k) { return doc.form(doc.tokens[k]); };
  std::set<std::string> org_names;
  for (const Mention& m : named) {
    if (m.type != EntityType::kPerson && m.type != EntityType::kLoc) continue;
    const auto [sb, se] = sentence_span(doc, m.first_token);
    bool cue = false;
    if (m.end_token - m.first_token >= 2 && company_suffix(form(m.end_token - 1))) cue = true;
    // "Collins College", "Newfoundland and Labrador Court of Appeal": a body word ends the
    // name or comes before its "of".
    for (std::uint32_t k = m.first_token + 1; k < m.end_token && !cue; ++k)
      if (body_word(form(k)) && (k + 1 == m.end_token || form(k + 1) == "of")) cue = true;
    if (!cue && m.first_token > sb && descriptor_noun(lower_ascii(form(m.first_token - 1)))) cue = true;
    if (!cue && appositive_descriptor(doc, m.end_token, se)) cue = true;
    if (!cue) {
      std::uint32_t k = m.end_token;
      if (k < se && possessive(form(k))) ++k;
      const std::size_t len = corporate_title_at(doc, k, se);
      if (len && k + len < se) cue = true;
    }
    if (cue) org_names.insert(std::string(doc.slice(doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end)));
  }
  std::size_t retyped = 0;
  if (org_names.empty()) return retyped;
  for (Mention& m : named) {
    if (m.type != EntityType::kPerson && m.type != EntityType::kLoc) continue;
    if (!org_names.contains(std::string(doc.slice(doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end))))
      continue;
    m.type = EntityType::kOrg;
    ++retyped;
  }
  return retyped;
}

}  // namespace kg::extract
