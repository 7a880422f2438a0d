// The data of a kg view page: node and edge selection (filters, caps), layout, JSON.
#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

#include "export/escape.h"
#include "export/html_view_page.h"
#include "export/layout.h"
#include "export/style.h"
#include "graph/normalize.h"
#include "graph/text_io.h"

namespace kg::exporters::page {

namespace {

using graph::KnowledgeGraph;

enum class EdgeKind : unsigned char { kRelation, kCoMention, kMention };

struct PageNode {
  bool article = false;
  std::uint32_t index = 0;  // article: document index; entity: vertex
  double score = 0;         // sum of the weights of its edges (the cap keeps the highest)
};

struct PageEdge {
  std::uint32_t s = 0, t = 0;  // indices into the node list
  EdgeKind kind = EdgeKind::kRelation;
  std::uint32_t item = 0;      // relation: View::edges() index; co-mention: co_mentions(); mention: document
  double weight = 1;
};

void str(std::string& out, std::string_view s) { append_script_json_string(out, s); }

void uint(std::string& out, std::uint64_t v) { graph::append_uint(out, v); }

void str_list(std::string& out, const std::vector<std::string>& v) {
  out += '[';
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out += ',';
    str(out, v[i]);
  }
  out += ']';
}

// Index of `v` in the sorted, unique list `names`.
std::uint32_t index_of(const std::vector<std::string>& names, const std::string& v) {
  return static_cast<std::uint32_t>(std::lower_bound(names.begin(), names.end(), v) - names.begin());
}

class PageBuilder {
 public:
  PageBuilder(const KnowledgeGraph& g, const HtmlViewOptions& o)
      : g_(g), o_(o), view_(g, o.filter, /*all_by_default=*/false, /*with_co_mentions=*/true) {}

  void build(std::string& out, HtmlViewReport& report) {
    collect();
    report.total_nodes = nodes_.size();
    report.total_edges = edges_.size();
    cap();
    report.nodes = nodes_.size();
    report.edges = edges_.size();
    name_tables();
    layout();
    write(out, report);
  }

 private:
  // Every node and edge of the filtered view.
  void collect() {
    std::vector<std::uint32_t> vertex_node(g_.num_vertices(), 0);
    for (auto v : view_.nodes()) {
      vertex_node[v] = static_cast<std::uint32_t>(nodes_.size());
      nodes_.push_back({false, static_cast<std::uint32_t>(v), 0});
    }
    std::vector<std::uint32_t> doc_node(g_.documents().size(), 0);
    if (o_.filter.documents)
      for (auto d : view_.documents()) {
        doc_node[d] = static_cast<std::uint32_t>(nodes_.size());
        nodes_.push_back({true, d, 0});
      }
    EdgeSummary s;
    for (std::uint32_t i = 0; i < view_.edges().size(); ++i) {
      const auto& item = view_.edges()[i];
      view_.summarize(item, s);
      edges_.push_back({vertex_node[g_.source(item.edge)], vertex_node[g_.target(item.edge)], EdgeKind::kRelation, i,
                        static_cast<double>(std::max<std::size_t>(s.weight, 1))});
    }
    for (std::uint32_t i = 0; i < view_.co_mentions().size(); ++i) {
      const auto& c = view_.co_mentions()[i];
      edges_.push_back({vertex_node[c.a], vertex_node[c.b], EdgeKind::kCoMention, i, static_cast<double>(c.count)});
    }
    if (o_.filter.documents)
      for (std::uint32_t n = 0; n < view_.nodes().size(); ++n)
        for (auto d : g_.entity(view_.nodes()[n]).documents) edges_.push_back({n, doc_node[d], EdgeKind::kMention, d, 1});
  }

  // Keeps the max_nodes most connected nodes, then the max_edges heaviest edges among them.
  void cap() {
    for (const PageEdge& e : edges_) {
      nodes_[e.s].score += e.weight;
      nodes_[e.t].score += e.weight;
    }
    if (nodes_.size() > o_.max_nodes) {
      std::vector<std::uint32_t> order(nodes_.size());
      std::iota(order.begin(), order.end(), 0u);
      std::stable_sort(order.begin(), order.end(),
                       [&](std::uint32_t a, std::uint32_t b) { return nodes_[a].score > nodes_[b].score; });
      order.resize(o_.max_nodes);
      std::sort(order.begin(), order.end());
      std::vector<std::uint32_t> remap(nodes_.size(), kDropped);
      std::vector<PageNode> kept;
      for (auto i : order) {
        remap[i] = static_cast<std::uint32_t>(kept.size());
        kept.push_back(nodes_[i]);
      }
      nodes_ = std::move(kept);
      std::vector<PageEdge> kept_edges;
      for (PageEdge e : edges_) {
        if (remap[e.s] == kDropped || remap[e.t] == kDropped) continue;
        e.s = remap[e.s];
        e.t = remap[e.t];
        kept_edges.push_back(e);
      }
      edges_ = std::move(kept_edges);
    }
    if (edges_.size() > o_.max_edges) {
      std::vector<std::uint32_t> order(edges_.size());
      std::iota(order.begin(), order.end(), 0u);
      std::stable_sort(order.begin(), order.end(),
                       [&](std::uint32_t a, std::uint32_t b) { return edges_[a].weight > edges_[b].weight; });
      order.resize(o_.max_edges);
      std::sort(order.begin(), order.end());
      std::vector<PageEdge> kept;
      for (auto i : order) kept.push_back(edges_[i]);
      edges_ = std::move(kept);
    }
  }

  // Types, relations and documents of the page, sorted; documents by id.
  void name_tables() {
    for (const PageNode& n : nodes_) types_.push_back(n.article ? "Article" : g_.entity(n.index).type);
    for (const PageEdge& e : edges_) relations_.push_back(relation_name(e));
    for (auto* v : {&types_, &relations_}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    std::vector<char> used(g_.documents().size(), 0);
    for (const PageNode& n : nodes_) {
      if (n.article) used[n.index] = 1;
      else
        for (auto d : g_.entity(n.index).documents) used[d] = 1;
    }
    for (const PageEdge& e : edges_) for_each_document(e, [&](std::uint32_t d) { used[d] = 1; });
    doc_index_.assign(g_.documents().size(), 0);
    for (auto d : g_.sorted_documents())
      if (used[d]) {
        doc_index_[d] = static_cast<std::uint32_t>(docs_.size());
        docs_.push_back(d);
      }
  }

  template <typename F>
  void for_each_document(const PageEdge& e, F&& f) const {
    if (e.kind == EdgeKind::kMention) {
      f(e.item);
    } else if (e.kind == EdgeKind::kCoMention) {
      const auto& c = view_.co_mentions()[e.item];
      for (std::uint32_t k = c.first; k < c.first + c.count; ++k) f(view_.co_sites()[k].document);
    } else {
      view_.for_each_evidence(view_.edges()[e.item], [&](const graph::EdgeEvidence& ev) {
        if (ev.document != graph::kNoDocument) f(ev.document);
      });
    }
  }

  std::string relation_name(const PageEdge& e) const {
    if (e.kind == EdgeKind::kCoMention) return kCoMentionType;
    if (e.kind == EdgeKind::kMention) return "MENTIONED_IN";
    return g_.edge(view_.edges()[e.item].edge).type;
  }

  void layout() {
    std::vector<LayoutEdge> le;
    le.reserve(edges_.size());
    for (const PageEdge& e : edges_) le.push_back({e.s, e.t, e.weight});
    pos_ = force_layout(nodes_.size(), le);
    degree_.assign(nodes_.size(), 0);
    for (const PageEdge& e : edges_) {
      ++degree_[e.s];
      if (e.t != e.s) ++degree_[e.t];
    }
  }

  void write(std::string& out, const HtmlViewReport& report) const {
    out += "{\"version\":1,\"title\":";
    str(out, o_.title);
    out += ",\"total\":{\"nodes\":";
    uint(out, report.total_nodes);
    out += ",\"edges\":";
    uint(out, report.total_edges);
    out += "},\n\"types\":";
    str_list(out, types_);
    out += ",\"colors\":[";
    for (std::size_t i = 0; i < types_.size(); ++i) {
      if (i) out += ',';
      str(out, hex_color(type_color(types_[i])));
    }
    out += "],\"relations\":";
    str_list(out, relations_);
    out += ",\n\"docs\":[";
    for (std::size_t i = 0; i < docs_.size(); ++i) {
      const graph::DocumentInfo& d = g_.documents()[docs_[i]];
      out += i ? ",\n[" : "\n[";
      str(out, d.id);
      out += ',';
      str(out, d.title);
      out += ',';
      str(out, d.url);
      out += ',';
      str(out, graph::is_iso_date(d.date) ? d.date : "");
      out += ']';
    }
    out += "],\n\"nodes\":[";
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      out += i ? ",\n" : "\n";
      write_node(out, i);
    }
    out += "],\n\"edges\":[";
    EdgeSummary s;
    for (std::size_t i = 0; i < edges_.size(); ++i) {
      out += i ? ",\n" : "\n";
      write_edge(out, edges_[i], s);
    }
    out += "]}";
  }

  // [key, label, type, x, y, mentions, degree, aliases, titles, docs, first date, last date]
  void write_node(std::string& out, std::size_t i) const {
    const PageNode& n = nodes_[i];
    std::vector<std::string> aliases, titles;
    std::vector<std::uint32_t> docs;
    std::string key, label, type = "Article", first, last;
    std::uint64_t mentions = 0;
    if (n.article) {
      const graph::DocumentInfo& d = g_.documents()[n.index];
      key = doc_node_id(d);
      label = d.title.empty() ? d.id : d.title;
      docs.push_back(n.index);
      if (graph::is_iso_date(d.date)) first = last = d.date;
    } else {
      const graph::Entity& e = g_.entity(n.index);
      key = graph::hex16(e.id);
      label = e.label;
      type = e.type;
      for (const auto& nm : e.names)
        if (nm.first != e.label) aliases.push_back(nm.first);
      titles = e.titles;
      docs = e.documents;
      mentions = e.mentions;
      std::tie(first, last) = g_.date_range(n.index);
    }
    out += '[';
    str(out, key);
    out += ',';
    str(out, label);
    out += ',';
    uint(out, index_of(types_, type));
    out += ',';
    out += fixed2(pos_[i].x);
    out += ',';
    out += fixed2(pos_[i].y);
    out += ',';
    uint(out, mentions);
    out += ',';
    uint(out, degree_[i]);
    out += ',';
    str_list(out, aliases);
    out += ',';
    str_list(out, titles);
    out += ",[";
    std::vector<std::uint32_t> page_docs;
    for (auto d : docs) page_docs.push_back(doc_index_[d]);
    std::sort(page_docs.begin(), page_docs.end());
    for (std::size_t k = 0; k < page_docs.size(); ++k) {
      if (k) out += ',';
      uint(out, page_docs[k]);
    }
    out += "],";
    str(out, first);
    out += ',';
    str(out, last);
    out += ']';
  }

  // [source, target, relation, weight, confidence (-1: none), first date, last date,
  //  directed, evidence count, [evidence...]]
  void write_edge(std::string& out, const PageEdge& e, EdgeSummary& s) const {
    double confidence = -1;
    std::size_t count = 1;
    if (e.kind == EdgeKind::kRelation) {
      view_.summarize(view_.edges()[e.item], s);
      confidence = s.confidence;
      count = view_.edges()[e.item].count;
      add_event_dates(s);
    } else if (e.kind == EdgeKind::kCoMention) {
      view_.summarize(view_.co_mentions()[e.item], s);
      count = view_.co_mentions()[e.item].count;
    } else {
      s = EdgeSummary{};
      s.weight = 1;
      const std::string& date = g_.documents()[e.item].date;
      if (graph::is_iso_date(date)) s.first_seen = s.last_seen = date;
    }
    out += '[';
    uint(out, e.s);
    out += ',';
    uint(out, e.t);
    out += ',';
    uint(out, index_of(relations_, relation_name(e)));
    out += ',';
    uint(out, s.weight);
    out += ',';
    out += confidence < 0 ? std::string("-1") : graph::format_double(confidence);
    out += ',';
    str(out, s.first_seen);
    out += ',';
    str(out, s.last_seen);
    out += e.kind == EdgeKind::kCoMention ? ",0," : ",1,";
    uint(out, count);
    out += ",[";
    append_evidence(out, e);
    out += "]]";
  }

  // Widens [first_seen, last_seen] with the edge's event dates (EdgeSummary::
  // event_date_first/last: the `time` qualifiers the extractor resolved to a full date).
  static void add_event_dates(EdgeSummary& s) {
    if (s.event_date_first.empty()) return;
    if (s.first_seen.empty() || s.event_date_first < s.first_seen) s.first_seen = s.event_date_first;
    if (s.last_seen.empty() || s.event_date_last > s.last_seen) s.last_seen = s.event_date_last;
  }

  void append_evidence(std::string& out, const PageEdge& e) const {
    std::size_t written = 0;
    if (e.kind == EdgeKind::kRelation) {
      view_.for_each_evidence(view_.edges()[e.item], [&](const graph::EdgeEvidence& ev) {
        if (written++ >= o_.max_evidence) return;
        if (written > 1) out += ',';
        append_relation_evidence(out, ev);
      });
    } else if (e.kind == EdgeKind::kCoMention) {
      const auto& c = view_.co_mentions()[e.item];
      for (std::uint32_t k = c.first; k < c.first + c.count && written < o_.max_evidence; ++k) {
        if (written++) out += ',';
        append_co_mention_evidence(out, view_.co_sites()[k]);
      }
    }
  }

  // [document (page index, -1: none), sentence, subject, relation, object, confidence,
  //  qualifiers]; spans are [begin, end) UTF-16 offsets into the sentence, or 0.
  void append_relation_evidence(std::string& out, const graph::EdgeEvidence& ev) const {
    const std::string& sentence = g_.str(ev.sentence);
    out += '[';
    if (ev.document == graph::kNoDocument) out += "-1";
    else uint(out, doc_index_[ev.document]);
    out += ',';
    str(out, sentence);
    for (const graph::Span& sp : {ev.subject_span, ev.relation_span, ev.object_span}) {
      out += ',';
      span(out, sentence, ev.sentence_span, sp);
    }
    out += ',';
    out += graph::format_double(ev.confidence);
    std::vector<std::string> q;
    if (ev.negated) q.emplace_back("negated");
    if (!ev.asserted) q.emplace_back("not asserted");
    if (ev.modality) q.push_back("modality: " + g_.str(ev.modality));
    if (ev.attributed_to) q.push_back("according to: " + g_.str(ev.attributed_to));
    if (ev.time) q.push_back("time: " + g_.str(ev.time));
    if (ev.place) q.push_back("place: " + g_.str(ev.place));
    if (ev.rule) q.push_back("rule: " + g_.str(ev.rule));
    out += ',';
    str_list(out, q);
    out += ']';
  }

  // The same layout for a co-mention: the two names marked as subject and object; the
  // sentence text when an edge's evidence stored it, else "".
  void append_co_mention_evidence(std::string& out, const CoMentionSite& site) const {
    const auto it = sentences().find({site.document, site.sentence.begin, site.sentence.end});
    const std::string& sentence = it == sentences().end() ? g_.str(0) : g_.str(it->second);
    out += '[';
    uint(out, doc_index_[site.document]);
    out += ',';
    str(out, sentence);
    out += ',';
    span(out, sentence, site.sentence, site.a_span);
    out += ",0,";
    span(out, sentence, site.sentence, site.b_span);
    out += ",-1,[]]";
  }

  // A document span as [begin, end) UTF-16 offsets into `sentence` (at `sentence_span` of
  // the document), or 0 when it is not inside it.
  static void span(std::string& out, std::string_view sentence, graph::Span sentence_span, graph::Span sp) {
    if (sentence.empty() || sp.begin < sentence_span.begin || sp.end <= sp.begin ||
        sp.end - sentence_span.begin > sentence.size() || sentence_span.end - sentence_span.begin != sentence.size()) {
      out += '0';
      return;
    }
    out += '[';
    uint(out, utf16_length(sentence, sp.begin - sentence_span.begin));
    out += ',';
    uint(out, utf16_length(sentence, sp.end - sentence_span.begin));
    out += ']';
  }

  using SentenceKey = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>;
  // Sentence texts stored with the graph's evidence, by (document, span); built once.
  const std::map<SentenceKey, graph::StringId>& sentences() const {
    if (!sentences_built_) {
      for (auto er : g_.sorted_edges())
        for (const auto& ev : g_.edge(er).evidence)
          if (ev.sentence && ev.document != graph::kNoDocument)
            sentences_.emplace(SentenceKey{ev.document, ev.sentence_span.begin, ev.sentence_span.end}, ev.sentence);
      sentences_built_ = true;
    }
    return sentences_;
  }

  const KnowledgeGraph& g_;
  const HtmlViewOptions& o_;
  const View view_;
  std::vector<PageNode> nodes_;
  std::vector<PageEdge> edges_;
  std::vector<std::string> types_, relations_;
  std::vector<std::uint32_t> docs_, doc_index_;
  std::vector<Point> pos_;
  std::vector<std::uint32_t> degree_;
  mutable std::map<SentenceKey, graph::StringId> sentences_;
  mutable bool sentences_built_ = false;
  static constexpr std::uint32_t kDropped = 0xFFFFFFFFu;
};

}  // namespace

void append_page_data(const graph::KnowledgeGraph& g, const HtmlViewOptions& o, std::string& out,
                      HtmlViewReport& report) {
  PageBuilder b(g, o);
  b.build(out, report);
}

}  // namespace kg::exporters::page
