#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cassert>
#include <numeric>

#include "graph/normalize.h"

namespace kg::graph {

namespace {

std::string arg_type(const Argument& a) {
  switch (a.kind) {
    case Argument::Kind::kConcept: return kConceptType;
    case Argument::Kind::kLiteral: return kLiteralType;
    case Argument::Kind::kEntity: break;
  }
  std::string t = canonical_type(a.type);
  // An entity may not pretend to be a concept or literal.
  if (t == kConceptType || t == kLiteralType) t = "Thing";
  return t;
}

DocumentInfo document_info(const DocumentRef& d) {
  return {sanitize_utf8(d.id),   sanitize_utf8(d.url),  sanitize_utf8(d.title),
          sanitize_utf8(d.date), sanitize_utf8(d.path), sanitize_utf8(d.ingested)};
}

// Adds `title` seen in `docs` (empty: unknown, kNoDocument).
void add_title(Entity& e, const std::string& title, const std::vector<std::uint32_t>& docs) {
  e.title_documents.resize(e.titles.size());
  auto it = std::lower_bound(e.titles.begin(), e.titles.end(), title);
  const auto at = static_cast<std::size_t>(it - e.titles.begin());
  if (it == e.titles.end() || *it != title) {
    e.titles.insert(it, title);
    e.title_documents.insert(e.title_documents.begin() + static_cast<std::ptrdiff_t>(at), std::vector<std::uint32_t>());
  }
  auto& d = e.title_documents[at];
  if (docs.empty()) d.push_back(kNoDocument);
  else d.insert(d.end(), docs.begin(), docs.end());
}

// The titles of an argument or entity record, seen in `doc`.
void collect_titles(const std::vector<std::string>& titles, std::uint32_t doc, Entity& in) {
  for (const auto& title : titles) {
    std::string t = sanitize_utf8(title);
    if (!t.empty()) in.titles.push_back(std::move(t));
  }
  std::sort(in.titles.begin(), in.titles.end());
  in.titles.erase(std::unique(in.titles.begin(), in.titles.end()), in.titles.end());
  in.title_documents.assign(in.titles.size(), {doc});
}

}  // namespace

std::string canonical_key(const Argument& a) {
  std::string n = normalize_name(sanitize_utf8(a.text));
  if (n.empty()) return {};
  return arg_type(a) + "|" + n;
}

KnowledgeGraph::KnowledgeGraph() { strings_.emplace_back(); }

void KnowledgeGraph::swap(KnowledgeGraph& o) noexcept {
  // adjacency_list::swap copies (re-allocating the edges); swapping its containers keeps
  // every edge's address, and with it every EdgeRef held here.
  g_.m_edges.swap(o.g_.m_edges);
  g_.m_vertices.swap(o.g_.m_vertices);
  std::swap(vertex_index_, o.vertex_index_);
  std::swap(edge_index_, o.edge_index_);
  edge_refs_.swap(o.edge_refs_);
  type_ids_.swap(o.type_ids_);
  last_type_.swap(o.last_type_);
  std::swap(last_type_id_, o.last_type_id_);
  strings_.swap(o.strings_);
  std::swap(string_index_, o.string_index_);
  hot_strings_.swap(o.hot_strings_);
  documents_.swap(o.documents_);
  std::swap(document_index_, o.document_index_);
  vertex_order_.swap(o.vertex_order_);
  edge_order_.swap(o.edge_order_);
  std::swap(canonical_, o.canonical_);
  std::swap(evidence_loaded_, o.evidence_loaded_);
}

StringId KnowledgeGraph::intern(std::string_view s) {
  if (s.empty()) return 0;
  const std::uint64_t h = fast_hash(s);
  // A small direct-mapped cache in front of the big index keeps the frequent short
  // strings (rules, lemmas, qualifiers, names) out of cache-missing probes.
  HotSlot& hot = hot_strings_[h & (kHotStrings - 1)];
  if (hot.hash == h && hot.id != 0 && strings_[hot.id] == s) return hot.id;
  std::uint32_t found = string_index_.find(h, [&](std::uint32_t id) { return strings_[id] == s; });
  if (found == FlatIndex::kNone) {
    found = static_cast<StringId>(strings_.size());
    strings_.emplace_back(s);
    string_index_.insert(h, found);
  }
  hot = {h, found};
  return found;
}

StringId KnowledgeGraph::append_string(std::string_view s) {
  if (s.empty()) return 0;
  strings_.emplace_back(s);
  return static_cast<StringId>(strings_.size() - 1);
}

void KnowledgeGraph::reserve(std::size_t documents, std::size_t vertices, std::size_t edges) {
  documents_.reserve(documents_.size() + documents);
  document_index_.reserve(document_index_.size() + documents);
  vertex_index_.reserve(vertex_index_.size() + vertices);
  edge_refs_.reserve(edge_refs_.size() + edges);
}

std::uint32_t KnowledgeGraph::find_document(std::string_view id) const {
  const std::uint32_t found =
      document_index_.find(fast_hash(id), [&](std::uint32_t d) { return documents_[d].id == id; });
  return found == FlatIndex::kNone ? kNoDocument : found;
}

bool KnowledgeGraph::find_vertex(std::uint64_t id, Vertex& v) const {
  // mix64 is a bijection: equal hashes mean equal ids, no need to look at the vertex.
  const std::uint32_t found = vertex_index_.find(mix64(id), [](std::uint32_t) { return true; });
  if (found == FlatIndex::kNone) return false;
  v = found;
  return true;
}

std::uint32_t KnowledgeGraph::intern_document(const DocumentInfo& d) {
  const std::string& key = d.id.empty() ? d.url : d.id;
  if (key.empty()) return kNoDocument;
  auto merge_field = [](std::string& have, const std::string& v) {
    if (!v.empty() && (have.empty() || v < have)) have = v;
  };
  const std::uint32_t found = find_document(key);
  if (found != kNoDocument) {
    DocumentInfo& doc = documents_[found];
    merge_field(doc.url, d.url);
    merge_field(doc.title, d.title);
    merge_field(doc.date, d.date);
    merge_field(doc.path, d.path);
    merge_field(doc.ingested, d.ingested);  // ISO dates: the smallest is the first ingestion
    return found;
  }
  const auto index = static_cast<std::uint32_t>(documents_.size());
  documents_.push_back({key, d.url, d.title, d.date, d.path, d.ingested});
  document_index_.insert(fast_hash(key), index);
  canonical_ = false;
  return index;
}

Result<KnowledgeGraph::Vertex> KnowledgeGraph::find_or_add_vertex(std::string key, std::string type) {
  const std::uint64_t id = fnv1a64(key);
  Vertex found = 0;
  if (find_vertex(id, found)) {
    if (g_[found].key != key)
      return Status::internal("entity id collision between '" + g_[found].key + "' and '" + key + "'");
    return found;
  }
  const Vertex v = boost::add_vertex(g_);
  Entity& e = g_[v];
  e.key = std::move(key);
  e.id = id;
  e.type = std::move(type);
  vertex_index_.insert(mix64(id), static_cast<std::uint32_t>(v));
  canonical_ = false;
  return v;
}

Result<KnowledgeGraph::Vertex> KnowledgeGraph::merge_entity(const Entity& in) {
  std::string type = in.type;
  if (type.empty()) {
    const auto bar = in.key.find('|');
    type = in.key.substr(0, bar == std::string::npos ? 0 : bar);
  }
  auto v = find_or_add_vertex(in.key, type);
  if (!v) return v.status();
  Entity& e = g_[*v];
  static const std::vector<std::uint32_t> kUnknown;
  for (std::size_t i = 0; i < in.titles.size(); ++i)
    add_title(e, in.titles[i], i < in.title_documents.size() ? in.title_documents[i] : kUnknown);
  e.documents.insert(e.documents.end(), in.documents.begin(), in.documents.end());
  e.seen.insert(e.seen.end(), in.seen.begin(), in.seen.end());
  canonical_ = false;
  return v;
}

Status KnowledgeGraph::add(const EntityRecord& r) {
  if (r.entity.kind != Argument::Kind::kEntity) return Status::invalid_argument("an entity record names a concept or literal");
  const std::string key = canonical_key(r.entity);
  if (key.empty()) return Status::invalid_argument("entity record has an empty name");
  Vertex found = 0;
  if (find_vertex(fnv1a64(key), found) && g_[found].key != key)
    return Status::internal("entity id collision between '" + g_[found].key + "' and '" + key + "'");
  const DocumentRef& d = r.document;
  const std::uint32_t doc = intern_document(document_info(d));
  Entity in;
  in.key = key;
  in.type = key.substr(0, key.find('|'));
  collect_titles(r.entity.titles, doc, in);
  if (doc != kNoDocument) in.documents.push_back(doc);
  const StringId name = intern(sanitize_utf8(r.entity.text));
  for (const EntityMention& m : r.mentions)
    in.seen.push_back({doc, m.span, intern(sanitize_utf8(m.text)), name, intern(sanitize_utf8(m.link)), m.name, m.sentence});
  return merge_entity(in).status();
}

void KnowledgeGraph::set_unloaded_evidence(EdgeRef e, std::uint32_t weight, std::uint64_t offset) {
  g_[e].stored_weight = weight;
  g_[e].record_offset = offset;
  evidence_loaded_ = false;
}

void KnowledgeGraph::add_unloaded_edges(const std::vector<std::string>& types, const std::vector<UnloadedEdge>& edges) {
  if (edges.empty()) return;
  // Growing each incidence vector by doubling costs a reallocation and a copy every time;
  // sized once, a bulk load spends its time on the edges themselves.
  const std::size_t n = num_vertices();
  std::vector<std::uint32_t> out(n, 0), in(n, 0);
  for (const auto& e : edges) {
    ++out[e.s];
    ++in[e.o];
  }
  for (std::size_t v = 0; v < n; ++v) {
    if (out[v]) g_.out_edge_list(v).reserve(g_.out_edge_list(v).size() + out[v]);
    if (in[v]) boost::in_edge_list(g_, v).reserve(boost::in_edge_list(g_, v).size() + in[v]);
  }
  edge_refs_.reserve(edge_refs_.size() + edges.size());
  for (const auto& e : edges) {
    const EdgeRef r = merge_edge(e.s, e.o, types[e.type], {}, /*known_new=*/true);
    g_[r].stored_weight = e.weight;
    g_[r].record_offset = e.offset;
    g_[r].stored_confidence = e.confidence;
  }
  evidence_loaded_ = false;
}

KnowledgeGraph::EdgeRef KnowledgeGraph::merge_edge(Vertex s, Vertex o, const std::string& type,
                                                   const std::vector<EdgeEvidence>& evidence, bool known_new) {
  if (type != last_type_) {
    auto tit = type_ids_.find(type);
    if (tit == type_ids_.end())
      tit = type_ids_.emplace(type, static_cast<std::uint32_t>(type_ids_.size())).first;
    last_type_ = type;
    last_type_id_ = tit->second;
  }
  auto edge_hash = [](Vertex a, Vertex b, std::uint32_t type_id) {
    return mix64((static_cast<std::uint64_t>(a) << 32) ^ b) ^ mix64(type_id + 1);
  };
  const std::uint64_t h = edge_hash(s, o, last_type_id_);
  std::uint32_t idx = FlatIndex::kNone;
  if (!known_new) {
    // Edges added as known-new are not indexed (a bulk load of a sorted file needs no
    // lookups): index them all before the first lookup.
    if (edge_index_.size() != edge_refs_.size()) {
      edge_index_ = FlatIndex();
      edge_index_.reserve(edge_refs_.size() + 1);
      for (std::uint32_t i = 0; i < edge_refs_.size(); ++i) {
        const EdgeRef& e = edge_refs_[i];
        edge_index_.insert(edge_hash(source(e), target(e), type_ids_.at(g_[e].type)), i);
      }
    }
    idx = edge_index_.find(h, [&](std::uint32_t i) {
      const EdgeRef& e = edge_refs_[i];
      return boost::source(e, g_) == s && boost::target(e, g_) == o && g_[e].type == type;
    });
  }
  if (idx == FlatIndex::kNone) {
    auto [e, added] = boost::add_edge(s, o, g_);
    (void)added;
    g_[e].type = type;
    idx = static_cast<std::uint32_t>(edge_refs_.size());
    edge_refs_.push_back(e);
    if (!known_new) edge_index_.insert(h, idx);
  }
  auto& ev = g_[edge_refs_[idx]].evidence;
  ev.insert(ev.end(), evidence.begin(), evidence.end());
  canonical_ = false;
  return edge_refs_[idx];
}

Status KnowledgeGraph::add(const Triple& t) {
  // A concept or literal stands for its phrase in its article: "talks" in two stories are
  // two nodes, so generic phrases never join unrelated stories. Named entities merge.
  const DocumentRef& dref = t.evidence.document;
  const std::string scope = sanitize_utf8(dref.id.empty() ? dref.url : dref.id);
  auto key_of = [&](const Argument& a) {
    std::string k = canonical_key(a);
    if (!k.empty() && a.kind != Argument::Kind::kEntity && !scope.empty()) k.append("|").append(scope);
    return k;
  };
  const std::string skey = key_of(t.subject);
  const std::string okey = key_of(t.object);
  if (skey.empty()) return Status::invalid_argument("triple has an empty subject");
  if (okey.empty()) return Status::invalid_argument("triple has an empty object");
  const std::string rtype = relation_type(sanitize_utf8(t.relation.cls), sanitize_utf8(t.relation.lemma));
  // Check both ids before changing anything.
  for (const auto* key : {&skey, &okey}) {
    Vertex found = 0;
    if (find_vertex(fnv1a64(*key), found) && g_[found].key != *key)
      return Status::internal("entity id collision between '" + g_[found].key + "' and '" + *key + "'");
  }
  const Evidence& ev = t.evidence;
  const std::uint32_t doc = intern_document(document_info(ev.document));
  auto add_arg = [&](const Argument& a, const std::string& key) -> Vertex {
    Entity in;
    in.key = key;
    in.type = key.substr(0, key.find('|'));
    collect_titles(a.titles, doc, in);
    if (doc != kNoDocument) in.documents.push_back(doc);
    return merge_entity(in).value();  // cannot fail: collisions checked above
  };
  const Vertex s = add_arg(t.subject, skey);
  const Vertex o = add_arg(t.object, okey);
  EdgeEvidence e;
  e.document = doc;
  e.sentence = intern(sanitize_utf8(ev.sentence));
  e.sentence_span = ev.sentence_span;
  e.subject_span = ev.subject_span;
  e.relation_span = ev.relation_span;
  e.object_span = ev.object_span;
  e.confidence = canonical_confidence(ev.confidence);
  e.rule = intern(sanitize_utf8(ev.rule));
  e.lemma = intern(sanitize_utf8(t.relation.lemma));
  e.surface = intern(sanitize_utf8(t.relation.surface));
  e.subject_text = intern(sanitize_utf8(t.subject.text));
  e.object_text = intern(sanitize_utf8(t.object.text));
  e.negated = t.qualifiers.negated;
  e.asserted = t.qualifiers.asserted && !t.qualifiers.negated;
  e.modality = intern(sanitize_utf8(t.qualifiers.modality));
  e.attributed_to = intern(sanitize_utf8(t.qualifiers.attributed_to));
  e.time = intern(sanitize_utf8(t.qualifiers.time));
  e.place = intern(sanitize_utf8(t.qualifiers.place));
  e.subject_link = intern(sanitize_utf8(ev.subject_link));
  e.object_link = intern(sanitize_utf8(ev.object_link));
  merge_edge(s, o, rtype, {e});
  return Status::ok();
}

std::vector<std::uint32_t> KnowledgeGraph::sorted_documents() const {
  std::vector<std::uint32_t> order(documents_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return documents_[a].id < documents_[b].id; });
  return order;
}

int KnowledgeGraph::compare_evidence(const EdgeEvidence& a, const EdgeEvidence& b,
                                     const std::vector<std::uint32_t>& doc_rank) const {
  auto rank = [&](std::uint32_t d) { return d == kNoDocument ? 0u : doc_rank[d] + 1; };
  if (auto ra = rank(a.document), rb = rank(b.document); ra != rb) return ra < rb ? -1 : 1;
  if (auto c = a.sentence_span <=> b.sentence_span; c != 0) return c < 0 ? -1 : 1;
  if (auto c = a.subject_span <=> b.subject_span; c != 0) return c < 0 ? -1 : 1;
  if (auto c = a.relation_span <=> b.relation_span; c != 0) return c < 0 ? -1 : 1;
  if (auto c = a.object_span <=> b.object_span; c != 0) return c < 0 ? -1 : 1;
  auto cmp_str = [&](StringId x, StringId y) {
    if (x == y) return 0;
    const int c = strings_[x].compare(strings_[y]);  // equal strings may have different ids
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  };
  for (auto m : {&EdgeEvidence::rule, &EdgeEvidence::lemma, &EdgeEvidence::surface,
                 &EdgeEvidence::subject_text, &EdgeEvidence::object_text,
                 &EdgeEvidence::modality, &EdgeEvidence::attributed_to, &EdgeEvidence::time,
                 &EdgeEvidence::place, &EdgeEvidence::sentence, &EdgeEvidence::subject_link,
                 &EdgeEvidence::object_link}) {
    if (int c = cmp_str(a.*m, b.*m); c != 0) return c;
  }
  if (a.negated != b.negated) return a.negated ? 1 : -1;
  if (a.asserted != b.asserted) return a.asserted ? 1 : -1;
  if (a.confidence != b.confidence) return a.confidence < b.confidence ? -1 : 1;
  return 0;
}

void KnowledgeGraph::sort_mentions(std::vector<NodeMention>& seen, const std::vector<std::uint32_t>& doc_rank) const {
  if (seen.size() < 2) return;
  auto rank = [&](std::uint32_t d) { return d == kNoDocument ? 0u : doc_rank[d] + 1; };
  auto cmp = [&](const NodeMention& a, const NodeMention& b) {
    if (auto ra = rank(a.document), rb = rank(b.document); ra != rb) return ra < rb ? -1 : 1;
    if (auto c = a.span <=> b.span; c != 0) return c < 0 ? -1 : 1;
    for (auto m : {&NodeMention::text, &NodeMention::name, &NodeMention::link}) {
      if (a.*m == b.*m) continue;
      const int c = strings_[a.*m].compare(strings_[b.*m]);
      if (c != 0) return c < 0 ? -1 : 1;
    }
    if (a.is_name != b.is_name) return a.is_name ? 1 : -1;
    if (auto c = a.sentence <=> b.sentence; c != 0) return c < 0 ? -1 : 1;
    return 0;
  };
  std::sort(seen.begin(), seen.end(), [&](const NodeMention& a, const NodeMention& b) { return cmp(a, b) < 0; });
  seen.erase(std::unique(seen.begin(), seen.end(), [&](const NodeMention& a, const NodeMention& b) { return cmp(a, b) == 0; }),
             seen.end());
}

void KnowledgeGraph::canonicalize() { canonicalize_impl(/*derive=*/true); }

void KnowledgeGraph::canonicalize_loaded() { canonicalize_impl(/*derive=*/false); }

void KnowledgeGraph::set_derived(Vertex v, std::vector<std::pair<std::string, std::uint64_t>> names,
                                 std::uint64_t mentions, std::string label) {
  Entity& e = g_[v];
  e.names = std::move(names);
  e.mentions = mentions;
  e.label = std::move(label);
}

void KnowledgeGraph::canonicalize_impl(bool derive) {
  if (canonical_) return;
  std::vector<std::uint32_t> doc_rank(documents_.size());
  {
    const auto order = sorted_documents();
    for (std::uint32_t r = 0; r < order.size(); ++r) doc_rank[order[r]] = r;
  }
  for (auto e : boost::make_iterator_range(boost::edges(g_))) {
    auto& ev = g_[e].evidence;
    if (ev.size() < 2) continue;
    std::sort(ev.begin(), ev.end(), [&](const EdgeEvidence& a, const EdgeEvidence& b) {
      return compare_evidence(a, b, doc_rank) < 0;
    });
    ev.erase(std::unique(ev.begin(), ev.end(),
                         [&](const EdgeEvidence& a, const EdgeEvidence& b) {
                           return compare_evidence(a, b, doc_rank) == 0;
                         }),
             ev.end());
  }
  struct Site {
    std::uint32_t doc;
    Span sentence, arg;
    StringId text;
    bool operator==(const Site&) const = default;
  };
  std::vector<Site> sites;
  std::vector<std::uint32_t> recorded;                     // document ranks with recorded mentions
  for (auto v : boost::make_iterator_range(boost::vertices(g_))) {
    if (!derive) break;
    Entity& e = g_[v];
    auto& d = e.documents;
    std::sort(d.begin(), d.end(), [&](std::uint32_t a, std::uint32_t b) { return doc_rank[a] < doc_rank[b]; });
    d.erase(std::unique(d.begin(), d.end()), d.end());
    auto rank = [&](std::uint32_t doc) { return doc == kNoDocument ? 0u : doc_rank[doc] + 1; };
    e.title_documents.resize(e.titles.size());
    for (auto& td : e.title_documents) {
      std::sort(td.begin(), td.end(), [&](std::uint32_t a, std::uint32_t b) { return rank(a) < rank(b); });
      td.erase(std::unique(td.begin(), td.end()), td.end());
    }
    sort_mentions(e.seen, doc_rank);
    recorded.clear();
    for (const NodeMention& m : e.seen) recorded.push_back(rank(m.document));
    recorded.erase(std::unique(recorded.begin(), recorded.end()), recorded.end());
    auto recorded_doc = [&](std::uint32_t r) { return std::binary_search(recorded.begin(), recorded.end(), r); };
    sites.clear();
    for (auto oe : boost::make_iterator_range(boost::out_edges(v, g_)))
      for (const auto& ev : g_[oe].evidence)
        if (!recorded_doc(rank(ev.document)))
          sites.push_back({rank(ev.document), ev.sentence_span, ev.subject_span, ev.subject_text});
    for (auto ie : boost::make_iterator_range(boost::in_edges(v, g_)))
      for (const auto& ev : g_[ie].evidence)
        if (!recorded_doc(rank(ev.document)))
          sites.push_back({rank(ev.document), ev.sentence_span, ev.object_span, ev.object_text});
    std::sort(sites.begin(), sites.end(), [&](const Site& a, const Site& b) {
      if (a.doc != b.doc) return a.doc < b.doc;
      if (a.sentence != b.sentence) return a.sentence < b.sentence;
      if (a.arg != b.arg) return a.arg < b.arg;
      return a.text != b.text && strings_[a.text] < strings_[b.text];
    });
    sites.erase(std::unique(sites.begin(), sites.end()), sites.end());
    e.names.clear();
    auto count = [&](std::vector<std::pair<std::string, std::uint64_t>>& into, const std::string& name) {
      auto it = std::lower_bound(into.begin(), into.end(), name,
                                 [](const auto& p, const std::string& n) { return p.first < n; });
      if (it != into.end() && it->first == name) ++it->second;
      else into.insert(it, {name, 1});
    };
    std::vector<std::pair<std::string, std::uint64_t>> label_votes;
    std::uint64_t mentions = sites.size();
    for (const auto& site : sites) {
      if (site.text == 0) continue;
      count(e.names, strings_[site.text]);
      count(label_votes, strings_[site.text]);
    }
    // A recorded mention is one (document, span), whatever rules or texts merged into it.
    for (std::size_t i = 0; i < e.seen.size(); ++i) {
      const NodeMention& m = e.seen[i];
      if (i > 0 && e.seen[i - 1].document == m.document && e.seen[i - 1].span == m.span) continue;
      ++mentions;
      if (m.is_name && m.text != 0) count(e.names, strings_[m.text]);
      if (m.name != 0) count(label_votes, strings_[m.name]);
    }
    e.mentions = mentions;
    const std::pair<std::string, std::uint64_t>* best = nullptr;
    for (const auto& n : label_votes)  // sorted: the first maximum is the smallest
      if (best == nullptr || n.second > best->second) best = &n;
    e.label = best ? best->first : e.key.substr(e.key.find('|') + 1);
  }
  // Sorted orders. A trusted load inserted nodes and edges in ascending order (read_graph
  // checks it), so insertion order is the sorted order.
  if (!derive) {
    vertex_order_.resize(num_vertices());
    std::iota(vertex_order_.begin(), vertex_order_.end(), Vertex{0});
    edge_order_ = edge_refs_;
    canonical_ = true;
    return;
  }
  // Otherwise sort on flat keys (no pointer chasing in the comparator).
  {
    std::vector<std::pair<std::uint64_t, Vertex>> keys;
    keys.reserve(num_vertices());
    for (auto v : boost::make_iterator_range(boost::vertices(g_))) keys.emplace_back(g_[v].id, v);
    std::sort(keys.begin(), keys.end());
    vertex_order_.clear();
    vertex_order_.reserve(keys.size());
    for (const auto& k : keys) vertex_order_.push_back(k.second);
  }
  {
    std::vector<std::string> names;
    for (const auto& [name, id] : type_ids_) names.push_back(name);
    std::sort(names.begin(), names.end());
    std::unordered_map<std::string, std::uint32_t> rank;
    for (std::uint32_t i = 0; i < names.size(); ++i) rank.emplace(names[i], i);
    struct Key {
      std::uint64_t s, o;
      std::uint32_t type, index;
    };
    std::vector<Key> keys;
    keys.reserve(edge_refs_.size());
    for (std::uint32_t i = 0; i < edge_refs_.size(); ++i) {
      const EdgeRef& e = edge_refs_[i];
      keys.push_back({g_[source(e)].id, g_[target(e)].id, rank.at(g_[e].type), i});
    }
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
      if (a.s != b.s) return a.s < b.s;
      if (a.type != b.type) return a.type < b.type;
      return a.o < b.o;
    });
    edge_order_.clear();
    edge_order_.reserve(keys.size());
    for (const auto& k : keys) edge_order_.push_back(edge_refs_[k.index]);
  }
  canonical_ = true;
}

const std::vector<KnowledgeGraph::Vertex>& KnowledgeGraph::sorted_vertices() const {
  assert(canonical_);
  return vertex_order_;
}

const std::vector<KnowledgeGraph::EdgeRef>& KnowledgeGraph::sorted_edges() const {
  assert(canonical_);
  return edge_order_;
}

std::uint64_t KnowledgeGraph::edge_id(EdgeRef e) const {
  Fnv64 h;
  h.add_hex16(g_[source(e)].id).add("|").add(g_[e].type).add("|").add_hex16(g_[target(e)].id);
  return h.value();
}

std::uint64_t KnowledgeGraph::evidence_id(EdgeRef e, const EdgeEvidence& ev) const {
  // fnv1a64 of: hex16(edge id), then each field preceded by U+001F.
  Fnv64 h;
  h.add_hex16(edge_id(e));
  constexpr std::string_view kSep("\x1f", 1);
  h.add(kSep).add(ev.document == kNoDocument ? std::string_view() : std::string_view(documents_[ev.document].id));
  for (const Span* sp : {&ev.sentence_span, &ev.subject_span, &ev.relation_span, &ev.object_span}) {
    h.add(kSep).add_decimal(sp->begin);
    h.add(kSep).add_decimal(sp->end);
  }
  for (StringId id : {ev.rule, ev.lemma, ev.surface, ev.subject_text, ev.object_text, ev.modality,
                      ev.attributed_to, ev.time, ev.place, ev.sentence})
    h.add(kSep).add(strings_[id]);
  h.add(kSep).add(ev.negated ? "1" : "0");
  h.add(kSep).add(format_double(ev.confidence));
  // Link rules (format version 2) only when present: evidence without them keeps its id.
  if (ev.subject_link || ev.object_link) h.add(kSep).add(strings_[ev.subject_link]).add(kSep).add(strings_[ev.object_link]);
  // Not asserted for another reason than negation (format version 3) only when so: other
  // evidence keeps its id.
  if (!ev.asserted && !ev.negated) h.add(kSep).add("unasserted");
  return h.value();
}

std::pair<std::string, std::string> KnowledgeGraph::date_range(Vertex v) const {
  std::string first, last;
  for (auto d : g_[v].documents) {
    const std::string& date = documents_[d].date;
    if (!is_iso_date(date)) continue;
    if (first.empty() || date < first) first = date;
    if (last.empty() || date > last) last = date;
  }
  return {first, last};
}

}  // namespace kg::graph
