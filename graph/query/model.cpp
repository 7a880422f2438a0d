#include "graph/query/model.h"

#include <algorithm>
#include <cassert>
#include <string_view>
#include <unordered_map>

#include "graph/normalize.h"

namespace kg::graph::query {

namespace {

// CSR adjacency from (node, rel) pairs already in rel order.
void build_csr(std::uint32_t nodes, const std::vector<GraphModel::Rel>& rels, bool out,
               std::vector<std::uint32_t>& start, std::vector<std::uint32_t>& list) {
  start.assign(static_cast<std::size_t>(nodes) + 1, 0);
  for (const auto& r : rels) ++start[(out ? r.src : r.dst) + 1];
  for (std::size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
  list.resize(rels.size());
  std::vector<std::uint32_t> pos(start.begin(), start.end() - 1);
  for (std::uint32_t i = 0; i < rels.size(); ++i) list[pos[out ? rels[i].src : rels[i].dst]++] = i;
}

bool parse_hex16(std::string_view s, std::uint64_t& v) {
  if (s.size() != 16) return false;
  v = 0;
  for (char c : s) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else return false;
    v = (v << 4) | static_cast<std::uint64_t>(d);
  }
  return true;
}

Value date_or_null(const std::string& d) { return is_iso_date(d) ? Value::date(d) : Value(); }

Value string_list(const std::vector<std::string>& v) {
  std::vector<Value> items;
  items.reserve(v.size());
  for (const auto& s : v) items.push_back(Value::string(s));
  return Value::list(std::move(items));
}

}  // namespace

GraphModel::GraphModel(const KnowledgeGraph& g) : g_(g) {
  entities_ = g.sorted_vertices();
  vertex_node_.assign(g.num_vertices(), kNone);
  for (std::uint32_t i = 0; i < entities_.size(); ++i) vertex_node_[entities_[i]] = i;
  articles_ = g.sorted_documents();
  doc_node_.assign(g.documents().size(), kNone);
  const auto ne = static_cast<std::uint32_t>(entities_.size());
  for (std::uint32_t i = 0; i < articles_.size(); ++i) {
    doc_node_[articles_[i]] = ne + i;
    article_by_hash_.emplace(fnv1a64(g.documents()[articles_[i]].id), ne + i);
  }
  // Labels (entity types looked up in a hash map once per entity, as types below).
  std::unordered_map<std::string_view, std::uint32_t> label_index;
  std::vector<std::string_view> label_found;
  std::vector<std::uint32_t> entity_label(ne);
  bool any_entity = false;
  for (std::uint32_t n = 0; n < ne; ++n) {
    const Entity& e = g.entity(entities_[n]);
    const auto [it, fresh] = label_index.try_emplace(e.type, static_cast<std::uint32_t>(label_found.size()));
    if (fresh) label_found.push_back(it->first);
    entity_label[n] = it->second;
    any_entity = any_entity || e.is_entity();
  }
  label_names_.assign(label_found.begin(), label_found.end());
  if (any_entity) label_names_.emplace_back("Entity");
  if (!articles_.empty()) label_names_.emplace_back("Article");
  std::sort(label_names_.begin(), label_names_.end());
  label_names_.erase(std::unique(label_names_.begin(), label_names_.end()), label_names_.end());
  std::vector<std::uint32_t> label_final(label_found.size());
  for (std::size_t k = 0; k < label_found.size(); ++k) label_final[k] = label_id(label_found[k]);
  label_nodes_.resize(label_names_.size());
  entity_label_ = label_id("Entity");
  node_type_label_.resize(ne);
  by_name_.reserve(ne);
  for (std::uint32_t n = 0; n < ne; ++n) {
    const Entity& e = g.entity(entities_[n]);
    node_type_label_[n] = label_final[entity_label[n]];
    if (e.is_entity()) label_nodes_[entity_label_].push_back(n);
    label_nodes_[node_type_label_[n]].push_back(n);
    by_name_[e.label].push_back(n);
  }
  if (const auto a = label_id("Article"); a != kNone)
    for (std::uint32_t i = 0; i < articles_.size(); ++i) label_nodes_[a].push_back(ne + i);
  // Relationship types and relationships: each edge's type is looked up once in a hash
  // map of the distinct types (a set insert plus a binary search per edge cost 6x more).
  const auto& edges = g.sorted_edges();
  std::unordered_map<std::string_view, std::uint32_t> type_index;
  std::vector<std::string_view> found;
  std::vector<std::uint32_t> edge_type(edges.size());
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const auto [it, fresh] = type_index.try_emplace(g.edge(edges[i]).type, static_cast<std::uint32_t>(found.size()));
    if (fresh) found.push_back(it->first);
    edge_type[i] = it->second;
  }
  bool any_mention = false;
  for (auto v : entities_) any_mention = any_mention || !g.entity(v).documents.empty();
  type_names_.assign(found.begin(), found.end());
  if (any_mention && type_index.count("MENTIONED_IN") == 0) type_names_.emplace_back("MENTIONED_IN");
  std::sort(type_names_.begin(), type_names_.end());
  std::vector<std::uint32_t> final_id(found.size());
  for (std::size_t k = 0; k < found.size(); ++k) final_id[k] = type_id(found[k]);
  std::size_t mentions = 0;
  for (auto v : entities_) mentions += g.entity(v).documents.size();
  rels_.reserve(edges.size() + mentions);
  for (std::uint32_t i = 0; i < edges.size(); ++i)
    rels_.push_back({vertex_node_[g.source(edges[i])], vertex_node_[g.target(edges[i])], final_id[edge_type[i]], i});
  if (any_mention) {
    const std::uint32_t m = type_id("MENTIONED_IN");
    // Canonical entity documents are sorted by document id, and article nodes are in
    // document-id order, so each entity's mentions come out in node order.
    for (std::uint32_t n = 0; n < ne; ++n)
      for (auto d : g.entity(entities_[n]).documents) rels_.push_back({n, doc_node_[d], m, kMention});
  }
  build_csr(num_nodes(), rels_, true, out_start_, out_);
  build_csr(num_nodes(), rels_, false, in_start_, in_);
}

std::uint32_t GraphModel::label_id(std::string_view label) const {
  auto it = std::lower_bound(label_names_.begin(), label_names_.end(), label);
  return it != label_names_.end() && *it == label ? static_cast<std::uint32_t>(it - label_names_.begin()) : kNone;
}

std::uint32_t GraphModel::type_id(std::string_view type) const {
  auto it = std::lower_bound(type_names_.begin(), type_names_.end(), type);
  return it != type_names_.end() && *it == type ? static_cast<std::uint32_t>(it - type_names_.begin()) : kNone;
}

bool GraphModel::has_label(std::uint32_t n, std::uint32_t label) const {
  if (label == kNone) return false;
  if (is_article(n)) return label_names_[label] == "Article";
  return node_type_label_[n] == label || (label == entity_label_ && entity(n).is_entity());
}

std::vector<std::string> GraphModel::node_labels(std::uint32_t n) const {
  if (is_article(n)) return {"Article"};
  const Entity& e = entity(n);
  if (e.is_entity()) return {"Entity", e.type};
  return {e.type};
}

bool GraphModel::indexed(std::string_view key) {
  return key == "name" || key == "entityId" || key == "articleId" || key == "key";
}

bool GraphModel::lookup(std::string_view key, std::string_view value, std::vector<std::uint32_t>& out) const {
  out.clear();
  if (key == "name") {
    if (auto it = by_name_.find(value); it != by_name_.end()) out = it->second;
    return true;
  }
  if (key == "entityId" || key == "key") {
    std::uint64_t id = 0;
    KnowledgeGraph::Vertex v;
    const bool ok = key == "key" ? (id = fnv1a64(value), true) : parse_hex16(value, id);
    if (ok && g_.find_vertex(id, v) && vertex_node_[v] != kNone &&
        (key == "entityId" || g_.entity(v).key == value))
      out.push_back(vertex_node_[v]);
    return true;
  }
  if (key == "articleId") {
    std::uint64_t h = 0;
    if (parse_hex16(value, h))
      if (auto it = article_by_hash_.find(h); it != article_by_hash_.end()) out.push_back(it->second);
    return true;
  }
  return false;
}

const std::vector<std::string>& GraphModel::entity_keys() {
  static const std::vector<std::string> k{"entityId", "name",     "type",      "key",      "aliases", "titles",
                                          "mentions", "documents", "firstSeen", "lastSeen"};
  return k;
}
const std::vector<std::string>& GraphModel::article_keys() {
  static const std::vector<std::string> k{"articleId", "docId", "url",  "title",
                                          "published", "dateText", "path", "ingested"};
  return k;
}
const std::vector<std::string>& GraphModel::rel_keys() {
  static const std::vector<std::string> k{"relationId", "weight",        "confidence",     "documents",
                                          "firstSeen",  "lastSeen",      "eventDateFirst", "eventDateLast",
                                          "lemmas",     "sentence",      "articleUrl",     "statementIds"};
  return k;
}

std::vector<std::string> GraphModel::node_keys(std::uint32_t n) const {
  std::vector<std::string> keys;
  for (const auto& k : is_article(n) ? article_keys() : entity_keys())
    if (!node_property(n, k).is_null()) keys.push_back(k);
  return keys;
}

std::vector<std::string> GraphModel::rel_keys(std::uint32_t r) const {
  std::vector<std::string> keys;
  if (rels_[r].edge == kMention) return keys;
  for (const auto& k : rel_keys())
    if (!rel_property(r, k).is_null()) keys.push_back(k);
  return keys;
}

Value GraphModel::node_property(std::uint32_t n, std::string_view key) const {
  if (is_article(n)) {
    const DocumentInfo& d = article(n);
    if (key == "articleId") return Value::string(hex16(fnv1a64(d.id)));
    if (key == "docId") return Value::string(d.id);
    if (key == "url") return Value::string(d.url);
    if (key == "title") return Value::string(d.title);
    if (key == "published") return date_or_null(d.date);
    if (key == "dateText") return Value::string(d.date);
    if (key == "path") return Value::string(d.path);
    if (key == "ingested") return date_or_null(d.ingested);
    return {};
  }
  const Entity& e = entity(n);
  if (key == "entityId") return Value::string(hex16(e.id));
  if (key == "name") return Value::string(e.label);
  if (key == "type") return Value::string(e.type);
  if (key == "key") return Value::string(e.key);
  if (key == "aliases") {
    std::vector<std::string> a;
    for (const auto& nm : e.names)
      if (nm.first != e.label) a.push_back(nm.first);
    return string_list(a);
  }
  if (key == "titles") return string_list(e.titles);
  if (key == "mentions") return Value::integer(static_cast<std::int64_t>(e.mentions));
  if (key == "documents") return Value::integer(static_cast<std::int64_t>(e.documents.size()));
  if (key == "firstSeen" || key == "lastSeen") {
    const auto [first, last] = g_.date_range(entities_[n]);
    return date_or_null(key == "firstSeen" ? first : last);
  }
  return {};
}

Value GraphModel::rel_property(std::uint32_t r, std::string_view key) const {
  const Rel& rel = rels_[r];
  if (rel.edge == kMention) return {};
  const auto er = g_.sorted_edges()[rel.edge];
  const Edge& e = g_.edge(er);
  if (key == "relationId") return Value::string(hex16(g_.edge_id(er)));
  if (key == "weight") return Value::integer(static_cast<std::int64_t>(e.weight()));  // recorded weight if unloaded
  if (key == "confidence") return Value::floating(e.max_confidence());                // recorded one if unloaded
  // Everything below is derived from the evidence, which a topology load leaves on disk:
  // run_query refuses such queries on such a graph (query_needs_evidence), so this is unreachable.
  if (!g_.evidence_loaded() && e.evidence.empty() && e.weight() != 0) {
    assert(false && "GraphModel::rel_property: evidence-derived property of an edge without evidence in memory");
    return {};
  }
  const EdgeEvidence* best = nullptr;
  for (const auto& ev : e.evidence)
    if (best == nullptr || ev.confidence > best->confidence) best = &ev;
  if (key == "sentence") return Value::string(best && best->sentence ? g_.str(best->sentence) : std::string());
  if (key == "articleUrl") {
    const DocumentInfo* d = best ? g_.document(best->document) : nullptr;
    return Value::string(d ? d->url : std::string());
  }
  if (key == "statementIds") {
    std::vector<std::string> ids;
    for (const auto& ev : e.evidence) ids.push_back(hex16(g_.evidence_id(er, ev)));
    return string_list(ids);
  }
  if (key == "lemmas") {
    std::vector<std::string> l;
    for (const auto& ev : e.evidence)
      if (ev.lemma) l.push_back(g_.str(ev.lemma));
    std::sort(l.begin(), l.end());
    l.erase(std::unique(l.begin(), l.end()), l.end());
    return string_list(l);
  }
  if (key == "documents" || key == "firstSeen" || key == "lastSeen") {
    std::vector<std::uint32_t> docs;
    std::vector<std::string> dates;
    for (const auto& ev : e.evidence) {
      if (ev.document == kNoDocument) continue;
      docs.push_back(ev.document);
      const std::string& d = g_.documents()[ev.document].date;
      if (is_iso_date(d)) dates.push_back(d);
    }
    if (key == "documents") {
      std::sort(docs.begin(), docs.end());
      return Value::integer(static_cast<std::int64_t>(std::unique(docs.begin(), docs.end()) - docs.begin()));
    }
    if (dates.empty()) return {};
    return Value::date(key == "firstSeen" ? *std::min_element(dates.begin(), dates.end())
                                          : *std::max_element(dates.begin(), dates.end()));
  }
  if (key == "eventDateFirst" || key == "eventDateLast") {  // as exporters::EdgeSummary
    const std::string* found = nullptr;
    for (const auto& ev : e.evidence) {
      const std::string& t = g_.str(ev.time);
      if (!ev.time || !is_iso_date(t)) continue;
      if (found == nullptr || (key == "eventDateFirst" ? t < *found : t > *found)) found = &t;
    }
    return found ? Value::date(*found) : Value();
  }
  return {};
}

}  // namespace kg::graph::query
