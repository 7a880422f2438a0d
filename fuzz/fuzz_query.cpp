// libFuzzer target: the query lexer, parser and executor on arbitrary text, run on a small
// hand-built graph with tight limits. Invariants: run_query returns (no crash, no hang
// beyond the limits), and every result row has one value per column.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "graph/knowledge_graph.h"
#include "graph/query/parser.h"
#include "graph/query/query.h"

namespace {

kg::graph::Triple triple(const char* s, const char* st, const char* rel, const char* o, const char* ot,
                         const char* doc, const char* date) {
  kg::graph::Triple t;
  t.subject = {kg::graph::Argument::Kind::kEntity, s, st, {}};
  t.object = {kg::graph::Argument::Kind::kEntity, o, ot, {}};
  t.relation = {rel, rel, ""};
  t.evidence.document = {doc, std::string("https://x.example/") + doc, doc, date};
  t.evidence.sentence = std::string(s) + " " + rel + " " + o + ".";
  t.evidence.confidence = 0.8;
  return t;
}

const kg::graph::query::GraphModel& model() {
  static kg::graph::KnowledgeGraph g = [] {
    kg::graph::KnowledgeGraph k;
    const kg::graph::Triple ts[] = {
        triple("Alice", "PER", "meet", "Bob", "PER", "d1", "2024-01-01"),
        triple("Bob", "PER", "meet", "Carol", "PER", "d2", ""),
        triple("Carol", "PER", "meet", "Alice", "PER", "d2", ""),
        triple("Alice", "PER", "support", "Acme", "ORG", "d1", "2024-01-01"),
        triple("Bob", "PER", "visit", "Paris", "LOC", "d3", "2024-03-01"),
        triple("Paris", "LOC", "host", "Paris", "LOC", "d3", "2024-03-01"),  // a self-loop
    };
    for (const auto& t : ts)
      if (!k.add(t).is_ok()) std::abort();
    k.canonicalize();
    return k;
  }();
  static const kg::graph::query::GraphModel m(g);
  return m;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  (void)kg::graph::query::parse_query(text);
  kg::graph::query::QueryOptions o;
  o.max_steps = 200000;
  o.max_rows = 20000;
  auto r = kg::graph::query::run_query(model(), text, o);
  if (r.is_ok()) {
    for (const auto& row : r->rows)
      if (row.size() != r->columns.size()) std::abort();
    for (const auto& row : r->rows)
      for (const auto& v : row) {
        std::string s = kg::graph::query::to_text(v, model());
        kg::graph::query::append_json(s, v, model());
      }
  } else if (r.status().message().empty()) {
    std::abort();
  }
  return 0;
}
