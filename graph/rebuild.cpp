#include "graph/rebuild.h"

#include <map>
#include <string>
#include <utility>

#include "graph/normalize.h"

namespace kg::graph {

namespace {

class Rebuilder {
 public:
  Rebuilder(const KnowledgeGraph& g, const std::vector<bool>& drop, const Overrides* overrides, RebuildReport& report)
      : g_(g), drop_(drop), overrides_(overrides && !overrides->empty() ? overrides : nullptr), report_(report) {}

  Result<KnowledgeGraph> run() {
    copy_documents();
    override_link_ = h_.intern(kOverrideLink);
    for (auto v : g_.sorted_vertices())
      if (Status st = copy_node(v); !st) return st;
    for (auto e : g_.sorted_edges())
      if (Status st = copy_edge(e); !st) return st;
    h_.canonicalize();
    return std::move(h_);
  }

 private:
  bool dropped(std::uint32_t d) const { return d != kNoDocument && d < drop_.size() && drop_[d]; }
  std::uint32_t doc(std::uint32_t d) const { return d == kNoDocument ? kNoDocument : docs_[d]; }
  StringId str(StringId id) { return id ? h_.intern(g_.str(id)) : 0; }

  void copy_documents() {
    docs_.assign(g_.documents().size(), kNoDocument);
    for (auto d : g_.sorted_documents()) {
      if (dropped(d)) ++report_.documents_removed;
      else docs_[d] = h_.intern_document(g_.documents()[d]);
    }
  }

  // The titles of `e` some kept document gave (a title of unknown origin stays).
  void copy_titles(const Entity& e, Entity& out) const {
    for (std::size_t i = 0; i < e.titles.size(); ++i) {
      std::vector<std::uint32_t> docs;
      if (i >= e.title_documents.size() || e.title_documents[i].empty()) docs.push_back(kNoDocument);
      else
        for (auto d : e.title_documents[i])
          if (!dropped(d)) docs.push_back(doc(d));
      if (docs.empty()) continue;
      out.titles.push_back(e.titles[i]);
      out.title_documents.push_back(std::move(docs));
    }
  }

  Status copy_node(KnowledgeGraph::Vertex v) {
    const Entity& e = g_.entity(v);
    Entity out;
    Overrides::Target node_target;
    out.key = overrides_ && overrides_->apply_node(e.key, node_target) ? node_target.key : e.key;
    for (auto d : e.documents)
      if (!dropped(d)) out.documents.push_back(doc(d));
    if (!e.documents.empty() && out.documents.empty()) return Status::ok();  // gone with its articles
    copy_titles(e, out);
    std::map<std::string, Entity> moved;  // mentions an override sends to another node
    for (const NodeMention& m : e.seen) {
      if (dropped(m.document)) continue;
      NodeMention n{doc(m.document), m.span, str(m.text), str(m.name), str(m.link), m.is_name, m.sentence};
      Overrides::Target t;
      if (overrides_ && overrides_->apply(e.key, g_.str(m.text), t)) {
        ++report_.overridden;
        n.link = override_link_;
        if (!t.label.empty()) n.name = h_.intern(t.label);
        if (t.key != out.key) {
          Entity& x = moved[t.key];
          x.key = t.key;
          x.seen.push_back(n);
          if (n.document != kNoDocument) x.documents.push_back(n.document);
          continue;
        }
      }
      out.seen.push_back(n);
    }
    if (auto r = h_.merge_entity(out); !r) return r.status();
    for (const auto& [key, x] : moved)
      if (auto r = h_.merge_entity(x); !r) return r.status();
    return Status::ok();
  }

  // The argument as the sentence writes it.
  std::string written(const EdgeEvidence& ev, Span arg) const {
    const std::string& s = g_.str(ev.sentence);
    if (arg.begin < ev.sentence_span.begin || arg.end < arg.begin) return {};
    const std::size_t at = arg.begin - ev.sentence_span.begin;
    if (at > s.size()) return {};
    return s.substr(at, arg.end - arg.begin);
  }

  EdgeEvidence copy_evidence(const EdgeEvidence& ev) {
    EdgeEvidence x = ev;
    x.document = doc(ev.document);
    x.sentence = str(ev.sentence);
    x.rule = str(ev.rule);
    x.lemma = str(ev.lemma);
    x.surface = str(ev.surface);
    x.subject_text = str(ev.subject_text);
    x.object_text = str(ev.object_text);
    x.modality = str(ev.modality);
    x.attributed_to = str(ev.attributed_to);
    x.time = str(ev.time);
    x.place = str(ev.place);
    x.subject_link = str(ev.subject_link);
    x.object_link = str(ev.object_link);
    return x;
  }

  // The key an argument goes to; updates its text and link when an override moves it.
  std::string argument_key(const std::string& key, const std::string& as_written, StringId& text, StringId& link) {
    Overrides::Target t;
    if (!overrides_ || !overrides_->apply(key, as_written, t)) return key;
    ++report_.overridden;
    link = override_link_;
    if (!t.label.empty()) text = h_.intern(t.label);
    return t.key;
  }

  // The vertex of `key` in the copy (created, with the documents of `evidence`, if new or
  // reached through an override).
  Result<KnowledgeGraph::Vertex> vertex(const std::string& key, bool moved, const std::vector<EdgeEvidence>& evidence) {
    KnowledgeGraph::Vertex v = 0;
    if (!moved && h_.find_vertex(fnv1a64(key), v) && h_.entity(v).key == key) return v;
    Entity x;
    x.key = key;
    for (const auto& ev : evidence)
      if (ev.document != kNoDocument) x.documents.push_back(ev.document);
    return h_.merge_entity(x);
  }

  Status copy_edge(KnowledgeGraph::EdgeRef er) {
    const Edge& e = g_.edge(er);
    const std::string& skey = g_.entity(g_.source(er)).key;
    const std::string& okey = g_.entity(g_.target(er)).key;
    std::map<std::pair<std::string, std::string>, std::vector<EdgeEvidence>> groups;
    for (const EdgeEvidence& ev : e.evidence) {
      if (dropped(ev.document)) continue;
      EdgeEvidence x = copy_evidence(ev);
      std::string s = argument_key(skey, written(ev, ev.subject_span), x.subject_text, x.subject_link);
      std::string o = argument_key(okey, written(ev, ev.object_span), x.object_text, x.object_link);
      groups[{std::move(s), std::move(o)}].push_back(x);
    }
    for (const auto& [keys, evidence] : groups) {
      auto s = vertex(keys.first, keys.first != skey, evidence);
      if (!s) return s.status();
      auto o = vertex(keys.second, keys.second != okey, evidence);
      if (!o) return o.status();
      h_.merge_edge(*s, *o, e.type, evidence);
    }
    return Status::ok();
  }

  const KnowledgeGraph& g_;
  const std::vector<bool>& drop_;
  const Overrides* overrides_;
  RebuildReport& report_;
  KnowledgeGraph h_;
  std::vector<std::uint32_t> docs_;  // document index in g_ -> in h_
  StringId override_link_ = 0;
};

}  // namespace

Result<KnowledgeGraph> rebuild(const KnowledgeGraph& g, const std::vector<bool>& drop, const Overrides* overrides,
                               RebuildReport& report) {
  if (!g.evidence_loaded())
    return Status::invalid_argument("this graph was loaded without its evidence: it cannot be rebuilt");
  if (!g.canonical()) return Status::invalid_argument("rebuild needs a canonical graph (canonicalize() first)");
  Rebuilder r(g, drop, overrides, report);
  return r.run();
}

}  // namespace kg::graph
