// Coreference metrics on small hand-made partitions (extract/coref/coref_eval.h).
#include "extract/coref/coref_eval.h"

#include <doctest/doctest.h>

using namespace kg::extract;

namespace {
MentionSpan m(std::uint32_t i) { return {i, i + 1}; }
}  // namespace

TEST_CASE("MUC, B3 and CEAF-e on a split cluster") {
  // key {a b c d}; response {a b} {c d}
  CorefCounts c;
  score_coref({{m(0), m(1), m(2), m(3)}}, {{m(0), m(1)}, {m(2), m(3)}}, c);
  CHECK(c.muc_r() == doctest::Approx(100.0 * 2 / 3));
  CHECK(c.muc_p() == doctest::Approx(100.0));
  CHECK(c.b3_r() == doctest::Approx(50.0));
  CHECK(c.b3_p() == doctest::Approx(100.0));
  // best alignment: {abcd}~{ab}: phi4 = 2*2/(4+2) = 2/3
  CHECK(c.ceaf_r() == doctest::Approx(100.0 * 2 / 3));
  CHECK(c.ceaf_p() == doctest::Approx(100.0 * 2 / 3 / 2));
}

TEST_CASE("perfect response scores 100 everywhere; missing mentions count as singletons") {
  CorefCounts c;
  score_coref({{m(0), m(1)}, {m(2)}}, {{m(0), m(1)}, {m(2)}}, c);
  CHECK(c.muc_p() == doctest::Approx(100.0));
  CHECK(c.muc_r() == doctest::Approx(100.0));
  CHECK(c.b3_p() == doctest::Approx(100.0));
  CHECK(c.ceaf_r() == doctest::Approx(100.0));
  CorefCounts d;
  score_coref({{m(0), m(1), m(2)}}, {{m(0), m(1)}}, d);
  CHECK(d.muc_r() == doctest::Approx(50.0));
  CHECK(d.b3_r() == doctest::Approx(100.0 * (2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3));
  CHECK(d.b3_p() == doctest::Approx(100.0));
}
