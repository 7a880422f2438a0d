// Numbers through kg's files (issue #27): every number kg writes reads back to the same
// bits, and confidences have one canonical short form. A default RapidJSON parse fails
// these for about one random double in ten.
#include <doctest/doctest.h>

#include <cstring>
#include <random>
#include <sstream>
#include <string>

#include "graph/knowledge_graph.h"
#include "graph/normalize.h"
#include "graph/store.h"
#include "graph/triples_io.h"

using namespace kg::graph;

namespace {

std::uint64_t bits(double v) {
  std::uint64_t b = 0;
  std::memcpy(&b, &v, sizeof b);
  return b;
}

Triple random_triple(std::mt19937_64& rng, int i, double confidence) {
  std::uniform_int_distribution<int> pick(0, 39);
  Triple t;
  t.subject = {Argument::Kind::kEntity, "Person " + std::to_string(pick(rng)), "PER", {}};
  t.object = {Argument::Kind::kEntity, "Body " + std::to_string(pick(rng)), "ORG", {}};
  t.relation = {"meet", "met", ""};
  t.evidence.document = {"doc-" + std::to_string(i % 17), "", "", "2024-01-01"};
  t.evidence.sentence = "Sentence " + std::to_string(i) + ".";
  const auto at = static_cast<std::uint32_t>(i * 10);
  t.evidence.sentence_span = {at, at + 9};
  t.evidence.subject_span = {at, at + 2};
  t.evidence.relation_span = {at + 3, at + 4};
  t.evidence.object_span = {at + 5, at + 8};
  t.evidence.rule = "svo";
  t.evidence.confidence = confidence;
  return t;
}

std::string dump(KnowledgeGraph& g) {
  std::ostringstream os;
  REQUIRE(write_graph(g, os).is_ok());
  return os.str();
}

}  // namespace

TEST_CASE("canonical_confidence: clamped, three decimals, shortest text of k/1000") {
  CHECK(canonical_confidence(0.41000000000000003) == 0.41);
  CHECK(format_double(canonical_confidence(0.8480000000000001)) == "0.848");
  CHECK(format_double(canonical_confidence(0.3 + 0.11)) == "0.41");
  CHECK(canonical_confidence(-0.5) == 0.0);
  CHECK(canonical_confidence(1.7) == 1.0);
  CHECK(canonical_confidence(std::nan("")) == 0.0);
  CHECK(canonical_confidence(0.0004) == 0.0);
  CHECK(canonical_confidence(0.9996) == 1.0);
  // Every multiple of 0.001 is a fixed point whose text has at most three decimals.
  for (int k = 0; k <= 1000; ++k) {
    const double c = canonical_confidence(k / 1000.0 + 1e-9);
    CHECK(canonical_confidence(c) == c);
    const std::string s = format_double(c);
    const auto dot = s.find('.');
    CHECK((dot == std::string::npos || s.size() - dot - 1 <= 3));
  }
}

TEST_CASE("property: any double through triples JSON Lines reads back to the same bits") {
  std::mt19937_64 rng(27);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  for (int i = 0; i < 20000; ++i) {
    const double c = i % 4 == 0 ? 0.3 + 0.11 * (i % 7) - 0.006 * (i % 9) : u(rng);
    if (!(c >= 0.0 && c <= 1.0)) continue;
    Triple t = random_triple(rng, i, c);
    std::string line;
    append_triple_json(line, t);
    auto r = parse_triple_json(line);
    REQUIRE(r.is_ok());
    REQUIRE(bits(r->evidence.confidence) == bits(c));
    std::string again;
    append_triple_json(again, *r);
    REQUIRE(again == line);
  }
}

TEST_CASE("property: a graph's confidences are canonical and write -> read -> write is byte-identical") {
  std::mt19937_64 rng(2027);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  KnowledgeGraph g;
  for (int i = 0; i < 5000; ++i) REQUIRE(g.add(random_triple(rng, i, u(rng))).is_ok());
  const std::string a = dump(g);
  // No confidence carries more than three decimals.
  for (std::size_t p = a.find("\"confidence\":"); p != std::string::npos; p = a.find("\"confidence\":", p + 1)) {
    const std::size_t b = p + 13, e = a.find_first_of(",}", b);
    const std::string num = a.substr(b, e - b);
    const auto dot = num.find('.');
    REQUIRE_MESSAGE((dot == std::string::npos || num.size() - dot - 1 <= 3), num);
  }
  KnowledgeGraph h;
  std::istringstream in(a);
  REQUIRE(read_graph(in, "a.kgl", h).is_ok());
  CHECK(dump(h) == a);
}

TEST_CASE("property: 17-digit confidences in a graph file (older files) read back to the same bits") {
  // A file whose confidences are arbitrary doubles: written by an older kg, or edited.
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  KnowledgeGraph g;
  for (int i = 0; i < 3000; ++i) REQUIRE(g.add(random_triple(rng, i, 0.5)).is_ok());
  const std::string canonical = dump(g);
  // Replace every evidence confidence (the edge's is derived: recomputed on load and
  // written as the highest) by a random full-precision double.
  std::string a;
  std::size_t from = 0;
  int replaced = 0;
  for (std::size_t p = canonical.find("\"rule\":\"svo\",\"confidence\":0.5"); p != std::string::npos;
       p = canonical.find("\"rule\":\"svo\",\"confidence\":0.5", p + 1)) {
    const std::size_t num = p + std::strlen("\"rule\":\"svo\",\"confidence\":");
    a.append(canonical, from, num - from);
    a.append(format_double(u(rng)));
    from = num + 3;
    ++replaced;
  }
  a.append(canonical, from, std::string::npos);
  REQUIRE(replaced > 1000);
  KnowledgeGraph h;
  std::istringstream in(a);
  REQUIRE(read_graph(in, "edited.kgl", h).is_ok());
  const std::string b = dump(h);  // edge confidences recomputed from the exact evidence
  KnowledgeGraph k;
  std::istringstream in2(b);
  REQUIRE(read_graph(in2, "b.kgl", k).is_ok());
  CHECK(dump(k) == b);
  // The evidence values themselves survived: every substituted text is in the rewrite.
  std::istringstream lines(a);
  std::string line;
  std::size_t checked = 0;
  while (std::getline(lines, line) && checked < 200) {
    const auto p = line.find("\"rule\":\"svo\",\"confidence\":");
    if (p == std::string::npos) continue;
    const std::size_t num = p + std::strlen("\"rule\":\"svo\",\"confidence\":");
    const std::string text = line.substr(num, line.find_first_of(",}", num) - num);
    CHECK(b.find("\"confidence\":" + text + ",") != std::string::npos);
    ++checked;
  }
  CHECK(checked > 100);
}
