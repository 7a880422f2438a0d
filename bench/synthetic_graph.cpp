#include "bench/synthetic_graph.h"

#include <array>

namespace kg::bench {

namespace {

std::uint64_t mix(std::uint64_t x) {  // splitmix64 finaliser
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

constexpr std::array<const char*, 24> kRelations = {
    "meet", "support", "criticize", "visit", "sign", "announce", "fund", "sue", "elect", "appoint",
    "accuse", "praise", "oppose", "join", "leave", "host", "invest in", "acquire", "warn", "urge",
    "reject", "approve", "call", "thank"};
constexpr std::array<const char*, 12> kFirst = {"Amara", "Tomás", "Li", "Yael", "Karim", "Sofia",
                                                "Kwame", "Ingrid", "Ravi", "Olga", "Mei", "Diego"};
constexpr std::array<const char*, 3> kTypes = {"Person", "Organization", "Place"};

}  // namespace

std::string SyntheticTriples::entity_name(std::uint64_t e) const {
  const auto t = e % 3;
  const std::string num = std::to_string(e);
  if (t == 0) return std::string(kFirst[mix(e) % kFirst.size()]) + " Example" + num;
  if (t == 1) return "Acme & Partners " + num + " Ltd";
  return "Port \"Elsewhere\" " + num;
}

graph::Triple SyntheticTriples::get(std::uint64_t i) const {
  using graph::Argument;
  graph::Triple t;
  const std::uint64_t h = mix(i);
  const std::uint64_t s = h % entities_;
  std::uint64_t o = mix(h) % entities_;
  if (o == s) o = (o + 1) % entities_;
  const std::uint64_t r = mix(h ^ 0x55) % kRelations.size();
  t.subject = {Argument::Kind::kEntity, entity_name(s), kTypes[s % 3], {}};
  t.object = {Argument::Kind::kEntity, entity_name(o), kTypes[o % 3], {}};
  t.relation.lemma = kRelations[r];
  t.relation.surface = kRelations[r];
  const std::uint64_t doc = (i / 2) % (n_ / 8 + 1);
  const std::uint64_t day = doc % 730;
  char date[16];
  const int year = 2023 + static_cast<int>(day / 365), yday = static_cast<int>(day % 365);
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, yday / 28 % 12 + 1, yday % 28 + 1);
  t.evidence.document = {"doc-" + std::to_string(doc), "https://news.example.org/a/" + std::to_string(doc) + "?ref=rss&x=1",
                         "Synthetic report " + std::to_string(doc) + " <" + std::to_string(day) + ">", date, {}, {}};
  const std::uint64_t sent = i / 2;
  t.evidence.sentence = "Sentence " + std::to_string(sent) + ": " + t.subject.text + " said the \"" + kRelations[r] +
                        "\" talks with " + t.object.text + " went well & ended on time.";
  const auto sb = static_cast<std::uint32_t>((sent % 50) * 160);
  t.evidence.sentence_span = {sb, sb + static_cast<std::uint32_t>(t.evidence.sentence.size())};
  t.evidence.subject_span = {sb + 12, sb + 30};
  t.evidence.relation_span = {sb + 31, sb + 36};
  t.evidence.object_span = {sb + 50, sb + 70};
  t.evidence.rule = (h & 1) ? "svo" : "svo-prep";
  t.evidence.confidence = static_cast<double>(h % 1000) / 1000.0;
  if (h % 17 == 0) t.qualifiers.negated = true;
  if (h % 5 == 0) t.qualifiers.time = "on Tuesday";
  if (h % 7 == 0) t.qualifiers.attributed_to = "officials";
  return t;
}

}  // namespace kg::bench
