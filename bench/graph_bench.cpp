// kg_graph_bench: throughput of the graph store and the exporters on a synthetic graph.
//
//   kg_graph_bench gen N FILE.jsonl      write N synthetic triples (input for kg build)
//   kg_graph_bench run N DIR             build N triples in memory, write DIR/graph.kgl and
//                                        every export, print MB/s per writer
//   kg_graph_bench load FILE.kgl         load a graph file in a fresh process: MB/s, peak RSS
//   kg_graph_bench topology FILE.kgl [N] load it for queries (read_graph_topology), then time
//                                        N (default 1000) one-hop neighbour queries (name
//                                        resolution + graph::neighbors) of entities spread
//                                        over the graph
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "bench/synthetic_graph.h"
#include "export/exporters.h"
#include "graph/algorithms.h"
#include "graph/knowledge_graph.h"
#include "graph/name_index.h"
#include "graph/store.h"
#include "graph/triples_io.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// User + system CPU seconds of this process so far (the machine may be shared: CPU
// time gives the throughput an idle core would see).
double cpu_seconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

int timed_write(const std::string& name, const std::string& path,
                const std::function<kg::Status(std::ostream&)>& write) {
  std::ofstream out(path, std::ios::binary);
  const auto t0 = Clock::now();
  const double c0 = cpu_seconds();
  const kg::Status st = write(out);
  out.close();
  const double s = seconds_since(t0);
  const double c = cpu_seconds() - c0;
  if (!st.is_ok()) {
    std::fprintf(stderr, "%s: %s\n", name.c_str(), st.to_string().c_str());
    return 1;
  }
  const double mb = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
  std::printf("%-10s %9.1f MB in %6.2f s = %7.1f MB/s wall, %6.2f s CPU = %7.1f MB/s CPU\n", name.c_str(), mb, s,
              mb / s, c, mb / c);
  return 0;
}

int gen(std::uint64_t n, const std::string& path) {
  kg::bench::SyntheticTriples src(n);
  std::ofstream out(path, std::ios::binary);
  std::string buf;
  for (std::uint64_t i = 0; i < n; ++i) {
    kg::graph::append_triple_json(buf, src.get(i));
    if (buf.size() > (1u << 20)) {
      out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
      buf.clear();
    }
  }
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
  return out ? 0 : 1;
}

int run(std::uint64_t n, const std::string& dir) {
  namespace ex = kg::exporters;
  std::filesystem::create_directories(dir);
  kg::bench::SyntheticTriples src(n);
  kg::graph::KnowledgeGraph g;
  auto t0 = Clock::now();
  for (std::uint64_t i = 0; i < n; ++i)
    if (!g.add(src.get(i)).is_ok()) return 1;
  g.canonicalize();
  std::printf("built      %zu nodes, %zu edges, %zu documents from %llu triples in %.2f s (peak RSS %.0f MB)\n",
              g.num_vertices(), g.num_edges(), g.documents().size(), static_cast<unsigned long long>(n),
              seconds_since(t0), peak_rss_mb());
  const ex::ExportOptions o;
  int rc = 0;
  rc |= timed_write("native", dir + "/graph.kgl", [&](std::ostream& os) { return kg::graph::write_graph(g, os); });
  rc |= timed_write("nt", dir + "/graph.nt",
                    [&](std::ostream& os) { return ex::write_rdf(g, os, ex::RdfSyntax::kNTriples, o); });
  rc |= timed_write("nq", dir + "/graph.nq",
                    [&](std::ostream& os) { return ex::write_rdf(g, os, ex::RdfSyntax::kNQuads, o); });
  rc |= timed_write("ttl", dir + "/graph.ttl",
                    [&](std::ostream& os) { return ex::write_rdf(g, os, ex::RdfSyntax::kTurtle, o); });
  rc |= timed_write("graphml", dir + "/graph.graphml", [&](std::ostream& os) { return ex::write_graphml(g, os, o); });
  rc |= timed_write("gexf", dir + "/graph.gexf", [&](std::ostream& os) { return ex::write_gexf(g, os, o); });
  rc |= timed_write("json", dir + "/graph.json", [&](std::ostream& os) { return ex::write_json(g, os, o); });
  rc |= timed_write("cypher", dir + "/graph.cypher", [&](std::ostream& os) { return ex::write_cypher(g, os, o); });
  {
    std::filesystem::create_directories(dir + "/neo4j");
    std::ofstream f[4];
    for (int i = 0; i < 4; ++i) f[i].open(dir + "/neo4j/" + ex::kNeo4jFiles[i], std::ios::binary);
    const auto t1 = Clock::now();
    const double c0 = cpu_seconds();
    const kg::Status st = ex::write_neo4j_csv(g, {f[0], f[1], f[2], f[3]}, o);
    const double c = cpu_seconds() - c0;
    double mb = 0;
    for (int i = 0; i < 4; ++i) {
      f[i].close();
      mb += static_cast<double>(std::filesystem::file_size(dir + "/neo4j/" + ex::kNeo4jFiles[i])) / 1e6;
    }
    const double s = seconds_since(t1);
    std::printf("%-10s %9.1f MB in %6.2f s = %7.1f MB/s wall, %6.2f s CPU = %7.1f MB/s CPU%s\n", "neo4j-csv", mb, s,
                mb / s, c, mb / c, st.is_ok() ? "" : " FAILED");
  }
  std::printf("peak RSS of the run: %.0f MB\n", peak_rss_mb());
  return rc;
}

int load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<char> buf(1 << 20);
  in.rdbuf()->pubsetbuf(buf.data(), static_cast<std::streamsize>(buf.size()));
  kg::graph::KnowledgeGraph g;
  const auto t0 = Clock::now();
  const double c0 = cpu_seconds();
  const kg::Status st = kg::graph::read_graph(in, path, g);
  const double s = seconds_since(t0);
  const double c = cpu_seconds() - c0;
  if (!st.is_ok()) {
    std::fprintf(stderr, "%s\n", st.to_string().c_str());
    return 1;
  }
  const double mb = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
  std::printf("load       %9.1f MB in %6.2f s = %7.1f MB/s wall, %6.2f s CPU = %7.1f MB/s CPU; %zu nodes, %zu edges; "
              "peak RSS %.0f MB\n", mb, s, mb / s, c, mb / c, g.num_vertices(), g.num_edges(), peak_rss_mb());
  std::fflush(stdout);
  std::_Exit(0);  // skip freeing the graph: not part of the measurement
  return 0;
}

int topology(const std::string& path, std::size_t queries) {
  std::ifstream in(path, std::ios::binary);
  std::vector<char> buf(1 << 20);
  in.rdbuf()->pubsetbuf(buf.data(), static_cast<std::streamsize>(buf.size()));
  kg::graph::KnowledgeGraph g;
  const auto t0 = Clock::now();
  const double c0 = cpu_seconds();
  const kg::Status st = kg::graph::read_graph_topology(in, path, g);
  const double s = seconds_since(t0);
  const double c = cpu_seconds() - c0;
  if (!st.is_ok()) {
    std::fprintf(stderr, "%s\n", st.to_string().c_str());
    return 1;
  }
  const double mb = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
  std::printf("topology   %9.1f MB in %6.2f s = %7.1f MB/s wall, %6.2f s CPU = %7.1f MB/s CPU; %zu nodes, %zu edges; "
              "evidence loaded: %s; peak RSS %.0f MB\n", mb, s, mb / s, c, mb / c, g.num_vertices(), g.num_edges(),
              g.evidence_loaded() ? "yes" : "no", peak_rss_mb());
  if (queries == 0) std::_Exit(0);
  // One-hop neighbours by name, as `kg neighbors GRAPH LABEL` does after loading.
  const kg::graph::NameResolver resolver(g);
  const auto& order = g.sorted_vertices();
  std::vector<std::string> names;
  for (std::size_t i = 0; i < queries && !order.empty(); ++i) names.push_back(g.entity(order[i * order.size() / queries]).key);
  std::size_t rows = 0, resolved = 0;
  double worst = 0;
  const auto q0 = Clock::now();
  const double qc0 = cpu_seconds();
  for (const auto& name : names) {
    const auto one = Clock::now();
    auto v = resolver.find(name);
    if (!v) continue;
    ++resolved;
    rows += kg::graph::neighbors(g, *v, kg::graph::NeighborOptions{}).size();
    worst = std::max(worst, seconds_since(one));
  }
  const double qs = seconds_since(q0), qc = cpu_seconds() - qc0;
  std::printf("neighbors  %zu one-hop queries (%zu resolved, %zu rows): %.3f ms wall each (worst %.3f ms), "
              "%.3f ms CPU each\n", names.size(), resolved, rows, 1e3 * qs / static_cast<double>(names.size()),
              1e3 * worst, 1e3 * qc / static_cast<double>(names.size()));
  // A word of a name (no exact key): the resolver scans every node once.
  const std::size_t scans = std::min<std::size_t>(names.size(), 20);
  const auto s0 = Clock::now();
  std::size_t matched = 0;
  for (std::size_t i = 0; i < scans; ++i) {
    const std::string& key = names[i];
    matched += resolver.resolve(key.substr(key.rfind(' ') + 1)).candidates.size();
  }
  std::printf("resolve    %zu one-word queries (full node scan, %zu candidates): %.1f ms wall each\n", scans, matched,
              1e3 * seconds_since(s0) / static_cast<double>(std::max<std::size_t>(scans, 1)));
  std::fflush(stdout);
  std::_Exit(0);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 3 && args[0] == "gen") return gen(std::stoull(args[1]), args[2]);
  if (args.size() == 3 && args[0] == "run") return run(std::stoull(args[1]), args[2]);
  if (args.size() == 2 && args[0] == "load") return load(args[1]);
  if ((args.size() == 2 || args.size() == 3) && args[0] == "topology")
    return topology(args[1], args.size() == 3 ? std::stoull(args[2]) : 1000);
  std::fprintf(stderr, "usage: kg_graph_bench gen N FILE.jsonl | run N DIR | load FILE.kgl | topology FILE.kgl [N]\n");
  return 2;
}
