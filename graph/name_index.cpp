#include "graph/name_index.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <tuple>

#include "graph/normalize.h"

namespace kg::graph {

namespace {

using Vertex = KnowledgeGraph::Vertex;


// Every word of `query` (normalised, split) is a word of `name` (normalised).
bool all_words_in(const std::vector<std::string_view>& query, std::string_view name) {
  const auto words = split_spaces(name);
  for (auto q : query)
    if (std::find(words.begin(), words.end(), q) == words.end()) return false;
  return true;
}

// Cheap pre-filter before normalising a name without ASCII punctuation: it contains the
// first query word, ignoring ASCII case (normalisation then only lower-cases and drops
// honorifics, so a name without the word cannot match).
bool may_contain(std::string_view name, std::string_view word) {
  if (word.size() > name.size()) return false;
  if (word.empty()) return true;
  const char first = word[0];
  const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(first)));
  for (std::size_t i = 0; i + word.size() <= name.size(); ++i) {
    if (name[i] != first && name[i] != upper) continue;
    std::size_t k = 0;
    while (k < word.size()) {
      const auto c = static_cast<unsigned char>(name[i + k]);
      const char lc = c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
      if (lc != word[k]) break;
      ++k;
    }
    if (k == word.size()) return true;
  }
  return false;
}

// Normalisation drops or splits at ASCII punctuation ("O'Reilly" -> "oreilly"): such a
// name must be normalised before it can be ruled out.
bool has_ascii_punct(std::string_view name) {
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && std::ispunct(u)) return true;
  }
  return false;
}

bool parse_id(std::string_view s, std::uint64_t& id) {
  if (s.size() != 16) return false;
  for (char c : s)
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  std::string lower(s);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::from_chars(lower.data(), lower.data() + lower.size(), id, 16).ec == std::errc();
}

}  // namespace

const char* match_kind_name(MatchKind k) {
  switch (k) {
    case MatchKind::kId: return "id";
    case MatchKind::kKey: return "key";
    case MatchKind::kName: return "name";
    case MatchKind::kToken: return "token";
  }
  return "?";
}

NameResolver::NameResolver(const KnowledgeGraph& g) : g_(g) {
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph()))) {
    const std::string& t = g.entity(v).type;
    if (std::find(node_types_.begin(), node_types_.end(), t) == node_types_.end()) node_types_.push_back(t);
  }
  std::sort(node_types_.begin(), node_types_.end());
}

Resolution NameResolver::resolve(std::string_view query, const std::vector<std::string>& types,
                                 std::size_t max_candidates) const {
  Resolution res;
  auto type_ok = [&](const Entity& e) {
    return types.empty() || std::find(types.begin(), types.end(), e.type) != types.end();
  };
  std::vector<NameCandidate> found;
  auto add = [&](Vertex v, MatchKind kind, std::string matched) {
    for (auto& c : found)
      if (c.vertex == v) {
        if (kind < c.kind) c = {v, kind, std::move(matched)};
        return;
      }
    found.push_back({v, kind, std::move(matched)});
  };
  // Ids and full keys.
  std::uint64_t id = 0;
  Vertex v = 0;
  if (parse_id(query, id) && g_.find_vertex(id, v) && type_ok(g_.entity(v))) add(v, MatchKind::kId, hex16(id));
  if (query.find('|') != std::string_view::npos && g_.find_vertex(fnv1a64(query), v) && g_.entity(v).key == query &&
      type_ok(g_.entity(v)))
    add(v, MatchKind::kKey, std::string(query));
  const std::string norm = normalize_name(sanitize_utf8(query));
  if (norm.empty() && found.empty()) return res;
  if (!norm.empty()) {
    for (const auto& t : node_types_) {
      const std::string key = t + "|" + norm;
      if (g_.find_vertex(fnv1a64(key), v) && g_.entity(v).key == key && type_ok(g_.entity(v)))
        add(v, MatchKind::kKey, key);
    }
  }
  // Names and words: one scan, only when nothing matched exactly.
  if (found.empty()) {
    const auto qwords = split_spaces(norm);
    const std::string_view first = qwords.empty() ? std::string_view() : qwords.front();
    for (auto u : boost::make_iterator_range(boost::vertices(g_.graph()))) {
      const Entity& e = g_.entity(u);
      if (!type_ok(e)) continue;
      bool hit = false;
      NameCandidate best{u, MatchKind::kToken, {}};
      auto consider = [&](std::string_view name) {
        if (!may_contain(name, first) && !has_ascii_punct(name)) return;
        const std::string n = normalize_name(name);
        const bool exact = n == norm;
        if (!exact && !all_words_in(qwords, n)) return;
        const MatchKind kind = exact ? MatchKind::kName : MatchKind::kToken;
        if (!hit || kind < best.kind) best = {u, kind, std::string(name)};
        hit = true;
      };
      consider(e.label);
      for (const auto& [name, count] : e.names) consider(name);
      const auto bar = e.key.find('|');
      consider(std::string_view(e.key).substr(bar == std::string::npos ? 0 : bar + 1));
      if (hit) found.push_back(std::move(best));
    }
  }
  auto degree = [&](Vertex x) { return boost::in_degree(x, g_.graph()) + boost::out_degree(x, g_.graph()); };
  auto rank = [&](const NameCandidate& c) {
    const Entity& e = g_.entity(c.vertex);
    return std::make_tuple(static_cast<int>(c.kind), e.is_entity() ? 0 : 1);
  };
  std::sort(found.begin(), found.end(), [&](const NameCandidate& a, const NameCandidate& b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    const Entity& ea = g_.entity(a.vertex);
    const Entity& eb = g_.entity(b.vertex);
    if (ea.mentions != eb.mentions) return ea.mentions > eb.mentions;
    if (degree(a.vertex) != degree(b.vertex)) return degree(a.vertex) > degree(b.vertex);
    return ea.id < eb.id;
  });
  res.unique = !found.empty() && (found.size() == 1 || rank(found[0]) != rank(found[1]));
  if (found.size() > max_candidates) found.resize(max_candidates);
  res.candidates = std::move(found);
  return res;
}

Result<KnowledgeGraph::Vertex> NameResolver::find(std::string_view query, const std::vector<std::string>& types) const {
  const Resolution r = resolve(query, types, 11);
  std::string q(query);
  if (r.candidates.empty()) {
    std::string msg = "no node named '" + q + "'";
    if (!types.empty()) {
      msg += " of type";
      for (const auto& t : types) msg += " " + t;
    }
    return Status::not_found(msg);
  }
  if (r.unique) return r.candidates.front().vertex;
  std::string msg = "'" + q + "' is ambiguous; candidates (best first):";
  for (std::size_t i = 0; i < r.candidates.size() && i < 10; ++i) {
    const Entity& e = g_.entity(r.candidates[i].vertex);
    msg += "\n  " + hex16(e.id) + "  " + e.type + "  " + e.label + "  (" +
           match_kind_name(r.candidates[i].kind) + " match, " + std::to_string(e.mentions) + " mentions)";
  }
  if (r.candidates.size() > 10) msg += "\n  ...";
  msg += "\nnarrow it by type, or give the key 'Type|name' or the id";
  return Status::invalid_argument(msg);
}

}  // namespace kg::graph
