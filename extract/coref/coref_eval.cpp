#include "extract/coref/coref_eval.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace kg::extract {
namespace {

// MUC numerator and denominator of `a` scored against the partition `b`.
void muc(const std::vector<Cluster>& a, const std::map<MentionSpan, std::size_t>& b_of, double& num, double& den) {
  for (const Cluster& c : a) {
    if (c.empty()) continue;
    std::set<std::size_t> parts;
    std::size_t unaligned = 0;
    for (const MentionSpan& m : c) {
      auto it = b_of.find(m);
      if (it == b_of.end()) ++unaligned;  // a singleton of its own
      else parts.insert(it->second);
    }
    num += static_cast<double>(c.size()) - static_cast<double>(parts.size() + unaligned);
    den += static_cast<double>(c.size()) - 1;
  }
}

void b3(const std::vector<Cluster>& a, const std::vector<Cluster>& b, const std::map<MentionSpan, std::size_t>& b_of,
        double& num, double& den) {
  for (const Cluster& c : a) {
    for (const MentionSpan& m : c) {
      den += 1;
      auto it = b_of.find(m);
      if (it == b_of.end()) {
        num += 1.0 / static_cast<double>(c.size());  // the mention alone
        continue;
      }
      const Cluster& other = b[it->second];
      std::size_t common = 0;
      for (const MentionSpan& x : c)
        if (std::find(other.begin(), other.end(), x) != other.end()) ++common;
      num += static_cast<double>(common) / static_cast<double>(c.size());
    }
  }
}

// Maximum-weight one-to-one assignment (Hungarian algorithm on costs = -weights).
double max_assignment(const std::vector<std::vector<double>>& w) {
  const std::size_t n = w.size(), m = n ? w[0].size() : 0;
  if (!n || !m) return 0;
  const std::size_t sz = std::max(n, m);
  std::vector<std::vector<double>> cost(sz + 1, std::vector<double>(sz + 1, 0));
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < m; ++j) cost[i + 1][j + 1] = -w[i][j];
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> u(sz + 1, 0), v(sz + 1, 0);
  std::vector<std::size_t> p(sz + 1, 0), way(sz + 1, 0);
  for (std::size_t i = 1; i <= sz; ++i) {
    p[0] = i;
    std::size_t j0 = 0;
    std::vector<double> minv(sz + 1, inf);
    std::vector<bool> used(sz + 1, false);
    do {
      used[j0] = true;
      const std::size_t i0 = p[j0];
      double delta = inf;
      std::size_t j1 = 0;
      for (std::size_t j = 1; j <= sz; ++j) {
        if (used[j]) continue;
        const double cur = cost[i0][j] - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (std::size_t j = 0; j <= sz; ++j) {
        if (used[j]) { u[p[j]] += delta; v[j] -= delta; }
        else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      const std::size_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  double total = 0;
  for (std::size_t j = 1; j <= sz; ++j)
    if (p[j] >= 1 && p[j] <= n && j <= m) total += w[p[j] - 1][j - 1];
  return total;
}

std::map<MentionSpan, std::size_t> index_of(const std::vector<Cluster>& cs) {
  std::map<MentionSpan, std::size_t> out;
  for (std::size_t k = 0; k < cs.size(); ++k)
    for (const MentionSpan& m : cs[k]) out.emplace(m, k);
  return out;
}

}  // namespace

void score_coref(const std::vector<Cluster>& key, const std::vector<Cluster>& response, CorefCounts& c) {
  const auto key_of = index_of(key), resp_of = index_of(response);
  muc(key, resp_of, c.muc_rn, c.muc_rd);
  muc(response, key_of, c.muc_pn, c.muc_pd);
  b3(key, response, resp_of, c.b3_rn, c.b3_rd);
  b3(response, key, key_of, c.b3_pn, c.b3_pd);
  std::vector<std::vector<double>> sim(key.size(), std::vector<double>(response.size(), 0));
  for (std::size_t i = 0; i < key.size(); ++i) {
    for (std::size_t j = 0; j < response.size(); ++j) {
      std::size_t common = 0;
      for (const MentionSpan& m : key[i])
        if (std::find(response[j].begin(), response[j].end(), m) != response[j].end()) ++common;
      sim[i][j] = 2.0 * static_cast<double>(common) / static_cast<double>(key[i].size() + response[j].size());
    }
  }
  c.ceaf_sim += max_assignment(sim);
  c.ceaf_key += static_cast<double>(key.size());
  c.ceaf_response += static_cast<double>(response.size());
}

}  // namespace kg::extract
