// kg_query_bench: speed of `kg query` on a graph file (issue #7 bars: one-hop neighbours of
// an entity <= 5 ms, a two-hop pattern with a WHERE filter <= 100 ms).
//
//   kg_query_bench GRAPH.kgl NAME [RUNS]
//
// Loads the graph both ways (wall and CPU time; see main), builds the query model, then
// runs each query RUNS times (default 20) and prints the median and minimum wall time and
// the mean CPU time per run, plus the rows as JSON Lines (for comparing with Kùzu).
// NAME is the name of a Person to anchor the queries on.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/query/query.h"
#include "graph/store.h"

namespace {

using Clock = std::chrono::steady_clock;
using kg::graph::query::GraphModel;

double cpu_seconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

int bench(const GraphModel& m, const char* label, const std::string& q, int runs) {
  std::vector<double> wall;
  double cpu = 0;
  kg::graph::query::QueryResult last;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    const double c0 = cpu_seconds();
    auto r = kg::graph::query::run_query(m, q);
    cpu += cpu_seconds() - c0;
    wall.push_back(ms_since(t0));
    if (!r) {
      std::fprintf(stderr, "%s: %s\n", label, r.status().to_string().c_str());
      return 1;
    }
    last = std::move(r.value());
  }
  std::sort(wall.begin(), wall.end());
  std::printf("%s: %zu rows, median %.3f ms, min %.3f ms, cpu %.3f ms/run (%d runs)\n", label, last.rows.size(),
              wall[wall.size() / 2], wall.front(), cpu * 1000 / runs, runs);
  for (const auto& row : last.rows) {
    std::string s = std::string("  row ") + label + " [";
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) s += ',';
      kg::graph::query::append_json(s, row[i], m);
    }
    std::printf("%s]\n", s.c_str());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: kg_query_bench GRAPH.kgl NAME [RUNS]\n");
    return 2;
  }
  const std::string path = argv[1], name = argv[2];
  const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 20;
  // Both loaders, timed: the full graph with its evidence (read_graph: `kg query
  // --full-load`, or a query that reads evidence) and the topology without it
  // (read_graph_topology: what `kg query` uses otherwise, evidence read per edge on
  // demand). The queries below need no evidence, so they run on the topology, like kg query.
  // Opens `in` on the graph file and runs `read` on it, timed; false (message printed) on failure.
  auto timed_load = [&](const char* label, std::ifstream& in, kg::graph::KnowledgeGraph& into, auto read) {
    const auto t0 = Clock::now();
    const double c0 = cpu_seconds();
    in.open(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot open %s\n", path.c_str());
      return false;
    }
    if (auto st = read(in, path, into); !st) {
      std::fprintf(stderr, "%s\n", st.to_string().c_str());
      return false;
    }
    std::printf("%s: %zu nodes, %zu edges, wall %.3f s, cpu %.3f s\n", label, into.num_vertices(), into.num_edges(),
                ms_since(t0) / 1000, cpu_seconds() - c0);
    return true;
  };
  {
    kg::graph::KnowledgeGraph full;
    std::ifstream full_in;
    if (!timed_load("full load (with evidence)", full_in, full, kg::graph::read_graph)) return 1;
  }
  kg::graph::KnowledgeGraph g;
  std::ifstream in;  // stays open: evidence is read from it on demand
  if (!timed_load("load (topology, as kg query)", in, g, kg::graph::read_graph_topology)) return 1;
  auto t0 = Clock::now();
  double c0 = cpu_seconds();
  const GraphModel m(g);
  std::printf("model: %u nodes, %u relationships (with MENTIONED_IN), wall %.3f s, cpu %.3f s\n", m.num_nodes(),
              m.num_rels(), ms_since(t0) / 1000, cpu_seconds() - c0);
  std::string quoted;
  for (char c : name) {
    if (c == '\'' || c == '\\') quoted += '\\';
    quoted += c;
  }
  const std::string one_hop = "MATCH (a:Person {name: '" + quoted +
                              "'})-[r]-(b:Entity) RETURN b.name AS name, type(r) AS rel ORDER BY name, rel";
  const std::string two_hop = "MATCH (a:Person {name: '" + quoted +
                              "'})-[r1]-(b:Entity)-[r2]-(c:Entity) WHERE r1.confidence > 0.5 AND c.type = "
                              "'Organization' RETURN c.name AS name, count(*) AS paths ORDER BY paths DESC, name";
  // The same one-hop query anchored on the primary key (Kùzu indexes only that).
  auto id = kg::graph::query::run_query(m, "MATCH (a:Person {name: '" + quoted + "'}) RETURN a.entityId");
  if (!id || id->rows.size() != 1) {
    std::fprintf(stderr, "no single Person named %s\n", name.c_str());
    return 1;
  }
  const std::string one_hop_id = "MATCH (a:Person {entityId: '" + id->rows[0][0].as_string() +
                                 "'})-[r]-(b:Entity) RETURN b.name AS name, type(r) AS rel ORDER BY name, rel";
  std::printf("query one-hop: %s\nquery one-hop-id: %s\nquery two-hop: %s\n", one_hop.c_str(), one_hop_id.c_str(),
              two_hop.c_str());
  if (bench(m, "one-hop", one_hop, runs) || bench(m, "one-hop-id", one_hop_id, runs) ||
      bench(m, "two-hop", two_hop, runs))
    return 1;
  return 0;
}
