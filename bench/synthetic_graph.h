// Deterministic synthetic news-graph generator for the graph/export benchmarks.
// Triple i of N: subject/object drawn from `entities` names (Person, Organization, Place),
// one of 24 relation classes, one of N/8 documents spread over two years, a ~110-byte
// sentence shared by two consecutive triples, and a few qualifiers. Same N, same triples.
#pragma once

#include <cstdint>
#include <string>

#include "graph/triple.h"

namespace kg::bench {

class SyntheticTriples {
 public:
  explicit SyntheticTriples(std::uint64_t n, std::uint64_t entities = 0)
      : n_(n), entities_(entities ? entities : n / 5 + 10) {}
  std::uint64_t size() const { return n_; }
  graph::Triple get(std::uint64_t i) const;

 private:
  std::string entity_name(std::uint64_t e) const;
  std::uint64_t n_, entities_;
};

}  // namespace kg::bench
