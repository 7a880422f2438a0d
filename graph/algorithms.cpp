#include "graph/algorithms.h"

#include <algorithm>
#include <numeric>
#include <tuple>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/page_rank.hpp>

namespace kg::graph {

namespace {

bool wanted(const std::vector<std::string>& list, const std::string& s) {
  return list.empty() || std::find(list.begin(), list.end(), s) != list.end();
}

// Calls f(edge, forward, other end) for every edge at u allowed by the relation and
// direction filters (kOut: u is the subject).
template <typename F>
void for_each_hop(const KnowledgeGraph& g, Vertex u, const std::vector<std::string>& relations, Direction dir, F&& f) {
  const auto& G = g.graph();
  if (dir != Direction::kIn)
    for (auto e : boost::make_iterator_range(boost::out_edges(u, G)))
      if (wanted(relations, G[e].type)) f(e, true, boost::target(e, G));
  if (dir != Direction::kOut)
    for (auto e : boost::make_iterator_range(boost::in_edges(u, G)))
      if (wanted(relations, G[e].type)) f(e, false, boost::source(e, G));
}

// The undirected simple graph in compressed form: neighbours of v are
// targets[offsets[v] .. offsets[v+1]), sorted, unique, without v itself.
struct Undirected {
  std::vector<std::size_t> offsets;
  std::vector<std::uint32_t> targets;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;  // both directions, sorted
};

Undirected undirected(const KnowledgeGraph& g) {
  Undirected u;
  const auto& G = g.graph();
  u.pairs.reserve(2 * g.num_edges());
  for (auto e : boost::make_iterator_range(boost::edges(G))) {
    const auto s = static_cast<std::uint32_t>(boost::source(e, G));
    const auto t = static_cast<std::uint32_t>(boost::target(e, G));
    if (s == t) continue;
    u.pairs.emplace_back(s, t);
    u.pairs.emplace_back(t, s);
  }
  std::sort(u.pairs.begin(), u.pairs.end());
  u.pairs.erase(std::unique(u.pairs.begin(), u.pairs.end()), u.pairs.end());
  const std::size_t n = g.num_vertices();
  u.offsets.assign(n + 1, 0);
  for (const auto& p : u.pairs) ++u.offsets[p.first + 1];
  for (std::size_t i = 0; i < n; ++i) u.offsets[i + 1] += u.offsets[i];
  u.targets.reserve(u.pairs.size());
  for (const auto& p : u.pairs) u.targets.push_back(p.second);
  return u;
}

// Brandes' dependency accumulation from the given sources (unweighted BFS).
std::vector<double> brandes_from(const Undirected& u, std::size_t n, const std::vector<std::uint32_t>& sources) {
  std::vector<double> c(n, 0.0), sigma(n, 0.0), delta(n, 0.0);
  std::vector<std::int32_t> dist(n, -1);
  std::vector<std::uint32_t> order;
  order.reserve(n);
  for (const std::uint32_t s : sources) {
    order.clear();
    dist[s] = 0;
    sigma[s] = 1.0;
    order.push_back(s);
    for (std::size_t head = 0; head < order.size(); ++head) {
      const std::uint32_t v = order[head];
      for (std::size_t k = u.offsets[v]; k < u.offsets[v + 1]; ++k) {
        const std::uint32_t w = u.targets[k];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          order.push_back(w);
        }
        if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    for (std::size_t i = order.size(); i-- > 0;) {
      const std::uint32_t w = order[i];
      for (std::size_t k = u.offsets[w]; k < u.offsets[w + 1]; ++k) {
        const std::uint32_t v = u.targets[k];
        if (dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
      }
      if (w != s) c[w] += delta[w];
    }
    for (const std::uint32_t v : order) {
      dist[v] = -1;
      sigma[v] = 0.0;
      delta[v] = 0.0;
    }
  }
  return c;
}

}  // namespace

std::vector<NeighborRow> neighbors(const KnowledgeGraph& g, Vertex start, const NeighborOptions& o) {
  std::vector<NeighborRow> rows;
  std::vector<std::int32_t> dist(g.num_vertices(), -1);
  dist[start] = 0;
  std::vector<Vertex> frontier{start}, next;
  for (int d = 1; d <= o.depth && !frontier.empty(); ++d) {
    next.clear();
    for (Vertex u : frontier) {
      for_each_hop(g, u, o.relations, o.direction, [&](EdgeRef e, bool fwd, Vertex w) {
        if (dist[w] < 0) {
          dist[w] = d;
          if (o.concepts || g.entity(w).is_entity()) next.push_back(w);  // phrases are not gone through
        }
        if (dist[w] == d && wanted(o.types, g.entity(w).type)) rows.push_back({w, d, u, {e, fwd}});
      });
    }
    frontier.swap(next);
  }
  auto weight = [&](const NeighborRow& r) { return g.edge(r.hop.edge).weight(); };
  // Best weight per neighbour.
  std::sort(rows.begin(), rows.end(), [](const NeighborRow& a, const NeighborRow& b) { return a.vertex < b.vertex; });
  std::vector<std::size_t> best(rows.size());
  for (std::size_t i = 0; i < rows.size();) {
    std::size_t j = i, w = 0;
    while (j < rows.size() && rows[j].vertex == rows[i].vertex) w = std::max(w, weight(rows[j++]));
    for (std::size_t k = i; k < j; ++k) best[k] = w;
    i = j;
  }
  std::vector<std::size_t> idx(rows.size());
  std::iota(idx.begin(), idx.end(), std::size_t{0});
  std::sort(idx.begin(), idx.end(), [&](std::size_t x, std::size_t y) {
    const NeighborRow& a = rows[x];
    const NeighborRow& b = rows[y];
    if (a.depth != b.depth) return a.depth < b.depth;
    if (best[x] != best[y]) return best[x] > best[y];
    const Entity& ea = g.entity(a.vertex);
    const Entity& eb = g.entity(b.vertex);
    if (a.vertex != b.vertex) return std::tie(ea.label, ea.id) < std::tie(eb.label, eb.id);
    if (weight(a) != weight(b)) return weight(a) > weight(b);
    const std::string& ta = g.edge(a.hop.edge).type;
    const std::string& tb = g.edge(b.hop.edge).type;
    if (ta != tb) return ta < tb;
    if (a.hop.forward != b.hop.forward) return a.hop.forward;
    return g.entity(a.via).id < g.entity(b.via).id;
  });
  std::vector<NeighborRow> out;
  out.reserve(rows.size());
  std::size_t distinct = 0;
  for (std::size_t i : idx) {
    if (out.empty() || out.back().vertex != rows[i].vertex) {
      if (o.limit && distinct == o.limit) break;
      ++distinct;
    }
    out.push_back(rows[i]);
  }
  return out;
}

std::vector<Path> shortest_paths(const KnowledgeGraph& g, Vertex a, Vertex b, const PathOptions& o) {
  std::vector<Path> out;
  if (a == b) {
    out.push_back({{a}, {}});
    return out;
  }
  const std::size_t n = g.num_vertices();
  // Distances from `from`, layer by layer, up to `limit` hops or until `stop` is reached.
  auto bfs = [&](Vertex from, int limit, Vertex stop) {
    std::vector<std::int32_t> dist(n, -1);
    dist[from] = 0;
    std::vector<Vertex> frontier{from}, next;
    for (int d = 1; d <= limit && !frontier.empty() && dist[stop] < 0; ++d) {
      next.clear();
      for (Vertex u : frontier)
        for_each_hop(g, u, o.relations, Direction::kBoth, [&](EdgeRef, bool, Vertex w) {
          if (dist[w] < 0 && (w == stop || o.concepts || g.entity(w).is_entity())) {
            dist[w] = d;
            next.push_back(w);
          }
        });
      frontier.swap(next);
    }
    return dist;
  };
  const auto da = bfs(a, o.max_length, b);
  if (da[b] < 0) return out;
  const int len = da[b];
  const auto db = bfs(b, len, a);
  const std::size_t limit = o.all ? std::max<std::size_t>(o.limit, 1) : 1;
  Path cur;
  cur.nodes.push_back(a);
  // Depth-first over the shortest-path DAG: every step keeps dist_a + dist_b == len, so
  // every branch reaches b and the enumeration stops after `limit` paths.
  auto walk = [&](auto&& self, Vertex x) -> void {
    if (out.size() >= limit) return;
    if (x == b) {
      out.push_back(cur);
      return;
    }
    const int k = da[x];
    std::vector<std::pair<Hop, Vertex>> steps;
    for_each_hop(g, x, o.relations, Direction::kBoth, [&](EdgeRef e, bool fwd, Vertex y) {
      if (da[y] == k + 1 && db[y] == len - k - 1) steps.push_back({{e, fwd}, y});
    });
    std::sort(steps.begin(), steps.end(), [&](const auto& p, const auto& q) {
      const std::size_t wp = g.edge(p.first.edge).weight(), wq = g.edge(q.first.edge).weight();
      if (wp != wq) return wp > wq;
      if (p.second != q.second) return g.entity(p.second).id < g.entity(q.second).id;
      const std::string& tp = g.edge(p.first.edge).type;
      const std::string& tq = g.edge(q.first.edge).type;
      if (tp != tq) return tp < tq;
      return p.first.forward && !q.first.forward;
    });
    for (const auto& [hop, y] : steps) {
      cur.hops.push_back(hop);
      cur.nodes.push_back(y);
      self(self, y);
      cur.hops.pop_back();
      cur.nodes.pop_back();
      if (out.size() >= limit) return;
    }
  };
  walk(walk, a);
  return out;
}

std::vector<std::size_t> degrees(const KnowledgeGraph& g) {
  std::vector<std::size_t> d(g.num_vertices());
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph())))
    d[v] = boost::in_degree(v, g.graph()) + boost::out_degree(v, g.graph());
  return d;
}

std::vector<double> page_rank(const KnowledgeGraph& g, int iterations) {
  const auto& G = g.graph();
  std::vector<double> rank(g.num_vertices(), 0.0);
  if (rank.empty()) return rank;
  boost::graph::page_rank(G, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, G)),
                          boost::graph::n_iterations(static_cast<std::size_t>(std::max(iterations, 1))));
  const double sum = std::accumulate(rank.begin(), rank.end(), 0.0);
  if (sum > 0)
    for (double& r : rank) r /= sum;
  return rank;
}

Betweenness betweenness(const KnowledgeGraph& g, std::size_t max_exact, std::size_t samples) {
  Betweenness b;
  const std::size_t n = g.num_vertices();
  b.value.assign(n, 0.0);
  if (n == 0) return b;
  const Undirected u = undirected(g);
  if (n <= max_exact || samples == 0) {
    using Csr = boost::compressed_sparse_row_graph<boost::directedS>;
    const Csr csr(boost::edges_are_sorted, u.pairs.begin(), u.pairs.end(), n);
    boost::brandes_betweenness_centrality(
        csr, boost::make_iterator_property_map(b.value.begin(), boost::get(boost::vertex_index, csr)));
    b.exact = true;
    b.sources = n;
  } else {
    const auto& order = g.sorted_vertices();
    samples = std::min(samples, n);
    std::vector<std::uint32_t> sources;
    for (std::size_t i = 0; i < samples; ++i) sources.push_back(static_cast<std::uint32_t>(order[i * n / samples]));
    b.value = brandes_from(u, n, sources);
    const double scale = static_cast<double>(n) / static_cast<double>(samples);
    for (double& x : b.value) x *= scale;
    b.exact = samples == n;
    b.sources = samples;
  }
  // Symmetric directed edges count every unordered pair from both ends.
  for (double& x : b.value) x /= 2.0;
  return b;
}

Components weak_components(const KnowledgeGraph& g) {
  Components c;
  const std::size_t n = g.num_vertices();
  constexpr std::uint32_t kUnset = 0xFFFFFFFFu;
  std::vector<std::uint32_t> raw(n, kUnset);
  std::vector<std::size_t> size;
  std::vector<std::uint64_t> min_id;
  const auto& G = g.graph();
  std::vector<Vertex> queue;
  for (Vertex s = 0; s < n; ++s) {
    if (raw[s] != kUnset) continue;
    const auto id = static_cast<std::uint32_t>(size.size());
    size.push_back(0);
    min_id.push_back(g.entity(s).id);
    queue.assign(1, s);
    raw[s] = id;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const Vertex v = queue[head];
      ++size[id];
      min_id[id] = std::min(min_id[id], g.entity(v).id);
      auto visit = [&](Vertex w) {
        if (raw[w] == kUnset) {
          raw[w] = id;
          queue.push_back(w);
        }
      };
      for (auto e : boost::make_iterator_range(boost::out_edges(v, G))) visit(boost::target(e, G));
      for (auto e : boost::make_iterator_range(boost::in_edges(v, G))) visit(boost::source(e, G));
    }
  }
  std::vector<std::uint32_t> order(size.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
    if (size[x] != size[y]) return size[x] > size[y];
    return min_id[x] < min_id[y];
  });
  std::vector<std::uint32_t> rank(size.size());
  for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  c.of.resize(n);
  for (std::size_t v = 0; v < n; ++v) c.of[v] = rank[raw[v]];
  for (auto x : order) c.sizes.push_back(size[x]);
  return c;
}

}  // namespace kg::graph
