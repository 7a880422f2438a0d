// kg explain: the evidence behind a relation (every sentence, article, rule, confidence,
// qualifiers) or behind an entity (names, documents, mentions).
#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <tuple>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/lookup.h"
#include "cli/report.h"
#include "graph/normalize.h"

namespace kg::cli {

namespace {

using graph::EdgeEvidence;
using graph::KnowledgeGraph;

struct ExplainCmd {
  std::vector<std::string> args;  // A | A B | A RELATION B
  std::string graph, format;
  std::vector<std::string> types;
  std::size_t limit = 0;
};

// The text of the byte span `s` inside the evidence sentence, or "" when the span is
// not inside the sentence.
std::string span_text(const KnowledgeGraph& g, const EdgeEvidence& ev, graph::Span s) {
  const std::string& text = g.str(ev.sentence);
  if (s.end <= s.begin || s.begin < ev.sentence_span.begin) return {};
  const std::size_t b = s.begin - ev.sentence_span.begin, e = s.end - ev.sentence_span.begin;
  if (e > text.size()) return {};
  return text.substr(b, e - b);
}

// The sentence with the subject marked [[...]], the relation <<...>> and the object
// {{...}}; a span outside the sentence or overlapping an earlier marked one is left unmarked.
std::string marked_sentence(const KnowledgeGraph& g, const EdgeEvidence& ev) {
  const std::string& text = g.str(ev.sentence);
  struct Mark {
    std::size_t b, e;
    const char *open, *close;
  };
  std::vector<Mark> marks;
  auto add = [&](graph::Span s, const char* open, const char* close) {
    if (s.end <= s.begin || s.begin < ev.sentence_span.begin) return;
    const std::size_t b = s.begin - ev.sentence_span.begin, e = s.end - ev.sentence_span.begin;
    if (e > text.size()) return;
    for (const auto& m : marks)
      if (b < m.e && m.b < e) return;
    marks.push_back({b, e, open, close});
  };
  add(ev.subject_span, "[[", "]]");
  add(ev.object_span, "{{", "}}");
  add(ev.relation_span, "<<", ">>");
  std::sort(marks.begin(), marks.end(), [](const Mark& x, const Mark& y) { return x.b < y.b; });
  std::string out;
  std::size_t p = 0;
  for (const auto& m : marks) {
    out.append(text, p, m.b - p);
    out += m.open;
    out.append(text, m.b, m.e - m.b);
    out += m.close;
    p = m.e;
  }
  out.append(text, p, std::string::npos);
  return out;
}

std::string qualifiers(const KnowledgeGraph& g, const EdgeEvidence& ev) {
  std::string q;
  auto add = [&](const char* name, const std::string& v) {
    if (v.empty()) return;
    if (!q.empty()) q += "; ";
    q += std::string(name) + "=" + v;
  };
  if (ev.negated) add("negated", "true");
  add("modality", g.str(ev.modality));
  add("attributed_to", g.str(ev.attributed_to));
  add("time", g.str(ev.time));
  add("place", g.str(ev.place));
  return q;
}

// When a piece of evidence happened and when it was published, labelled:
// "event 2024-05-24 (resolved) · published 2024-05-25". The event is the evidence `time`
// as the extractor left it, marked resolved when it is a full ISO date; a partial value
// ("2024-05", "2024-W21") or text is shown as it is. (An ingestion date would follow.)
std::string when_line(const std::string& time, const std::string& published, const std::string& ingested) {
  std::string w = "event ";
  if (time.empty()) w += "not stated";
  else w += time + (graph::is_iso_date(time) ? " (resolved)" : "");
  w += " · published ";
  w += published.empty() ? std::string("unknown") : published;
  if (!ingested.empty()) w += " · ingested " + ingested;
  return w;
}

int explain_relation(QueryGraph& qg, graph::Vertex a, const std::string& relation, graph::Vertex b,
                     OutputFormat format, std::size_t limit) {
  const KnowledgeGraph& g = qg.graph();
  const auto& G = g.graph();
  std::vector<graph::EdgeRef> edges;
  for (auto e : g.sorted_edges()) {
    const auto s = boost::source(e, G), o = boost::target(e, G);
    if (!((s == a && o == b) || (s == b && o == a))) continue;
    if (Status st = qg.load_evidence(e); !st) return fatal(st);
    // RELATION is the edge's class (APPEAL) or a verb of its evidence ("invite").
    bool match = relation.empty() || G[e].type == relation;
    for (const auto& ev : G[e].evidence) {
      if (match) break;
      const std::string& lemma = g.str(ev.lemma);
      match = graph::relation_type("", lemma) == relation ||
              graph::relation_type("", lemma.substr(0, lemma.find(' '))) == relation;
    }
    if (match) edges.push_back(e);
  }
  if (edges.empty()) {
    spdlog::error("no {}relation between {} and {}", relation.empty() ? "" : relation + " ", describe(g, a),
                  describe(g, b));
    return kExitRejected;
  }
  Table t;
  t.columns = {"subject", "relation", "object", "document", "path", "ingested", "title", "url", "date",
               "event_time", "event_date", "sentence", "rule",
               "confidence", "lemma", "surface", "qualifiers", "subject_as_written", "object_as_written", "subject_link", "object_link"};
  std::string text;
  std::size_t shown = 0;
  for (auto e : edges) {
    const auto& s = g.entity(boost::source(e, G));
    const auto& o = g.entity(boost::target(e, G));
    const auto& edge = G[e];
    text += s.label + " -[" + edge.type + "]-> " + o.label + "  (weight " + std::to_string(edge.weight()) + ")\n";
    std::size_t n = 0;
    for (const auto& ev : edge.evidence) {
      if (limit && shown == limit) break;
      ++shown;
      const graph::DocumentInfo* d = g.document(ev.document);
      const std::string doc = d ? d->id : "", title = d ? d->title : "", url = d ? d->url : "", date = d ? d->date : "";
      const std::string path = d ? d->path : "", ingested = d ? d->ingested : "";
      const std::string sentence = marked_sentence(g, ev);
      const std::string q = qualifiers(g, ev);
      const std::string& time = g.str(ev.time);
      const std::string event_date = graph::is_iso_date(time) ? time : std::string();
      t.add({{s.label}, {edge.type}, {o.label}, {doc}, {path}, {ingested}, {title}, {url}, {date}, {time},
             {event_date}, {sentence}, {g.str(ev.rule)},
             num(ev.confidence), {g.str(ev.lemma)}, {g.str(ev.surface)}, {q}, {span_text(g, ev, ev.subject_span)},
             {span_text(g, ev, ev.object_span)}, {g.str(ev.subject_link)}, {g.str(ev.object_link)}});
      text += "  [" + std::to_string(++n) + "] " + (doc.empty() ? std::string("(no document)") : doc);
      if (!path.empty()) text += "  (" + path + ")";
      text += "\n";
      if (!title.empty()) text += "      title: " + title + "\n";
      if (!url.empty()) text += "      url: " + url + "\n";
      text += "      when: " + when_line(time, date, ingested) + "\n";
      text += "      sentence: " + sentence + "\n";
      text += "      rule: " + g.str(ev.rule) + "  confidence: " + num_fixed(ev.confidence, 3).text +
              "  relation: " + g.str(ev.surface) + " (" + g.str(ev.lemma) + ")\n";
      if (!q.empty()) text += "      qualifiers: " + q + "\n";
      if (ev.subject_link || ev.object_link)
        text += "      coreference: subject " + (ev.subject_link ? g.str(ev.subject_link) : std::string("-")) +
                ", object " + (ev.object_link ? g.str(ev.object_link) : std::string("-")) + "\n";
    }
  }
  if (format == OutputFormat::kTable) std::cout << text;
  else print_tables(std::cout, {t}, format);
  if (limit && shown == limit) spdlog::warn("stopped at --limit {} pieces of evidence", limit);
  return kExitOk;
}

int explain_entity(QueryGraph& qg, graph::Vertex v, OutputFormat format) {
  const KnowledgeGraph& g = qg.graph();
  const auto& G = g.graph();
  for (auto oe : boost::make_iterator_range(boost::out_edges(v, G)))
    if (Status st = qg.load_evidence(oe); !st) return fatal(st);
  for (auto ie : boost::make_iterator_range(boost::in_edges(v, G)))
    if (Status st = qg.load_evidence(ie); !st) return fatal(st);
  const auto& e = g.entity(v);
  // Mention sites, as canonicalize() counts them: (document, sentence span, argument span,
  // text); the surface form is the argument's span in the sentence.
  struct Site {
    std::string doc;
    graph::Span sentence, arg;
    std::string surface, link;
    bool operator<(const Site& o) const {
      return std::tie(doc, sentence, arg, surface, link) < std::tie(o.doc, o.sentence, o.arg, o.surface, o.link);
    }
    bool operator==(const Site& o) const { return !(*this < o) && !(o < *this); }
  };
  std::vector<Site> sites;
  auto add_sites = [&](graph::EdgeRef edge, bool subject) {
    for (const auto& ev : G[edge].evidence) {
      const graph::DocumentInfo* d = g.document(ev.document);
      const graph::Span arg = subject ? ev.subject_span : ev.object_span;
      std::string surface = span_text(g, ev, arg);
      if (surface.empty()) surface = g.str(subject ? ev.subject_text : ev.object_text);
      sites.push_back({d ? d->id : "", ev.sentence_span, arg, surface, g.str(subject ? ev.subject_link : ev.object_link)});
    }
  };
  for (auto oe : boost::make_iterator_range(boost::out_edges(v, G))) add_sites(oe, true);
  for (auto ie : boost::make_iterator_range(boost::in_edges(v, G))) add_sites(ie, false);
  std::sort(sites.begin(), sites.end());
  sites.erase(std::unique(sites.begin(), sites.end()), sites.end());
  // A site seen with two link rules (two triples of one mention resolved differently,
  // e.g. graphs of two kg versions merged) counts once per rule.
  std::map<std::tuple<std::string, std::string, std::string>, std::uint64_t> per_doc;  // (doc, surface, link)
  std::map<std::string, std::uint64_t> doc_mentions, per_link;
  for (const auto& s : sites) {
    ++per_doc[{s.doc, s.surface, s.link}];
    ++doc_mentions[s.doc];
    ++per_link[s.link];
  }
  const auto [first, last] = g.date_range(v);
  std::string titles;
  for (const auto& t : e.titles) titles += (titles.empty() ? "" : "; ") + t;

  Table info{"entity", "entity", {"field", "value"}, {}};
  info.add({{"label"}, {e.label}});
  info.add({{"type"}, {e.type}});
  info.add({{"key"}, {e.key}});
  info.add({{"id"}, {graph::hex16(e.id)}});
  info.add({{"titles"}, {titles}});
  info.add({{"mentions"}, num(e.mentions)});
  info.add({{"documents"}, num(static_cast<std::uint64_t>(e.documents.size()))});
  info.add({{"out_degree"}, num(static_cast<std::uint64_t>(boost::out_degree(v, G)))});
  info.add({{"in_degree"}, num(static_cast<std::uint64_t>(boost::in_degree(v, G)))});
  info.add({{"first_date"}, {first}});
  info.add({{"last_date"}, {last}});
  Table names{"names (aliases) with their mentions", "names", {"name", "mentions"}, {}};
  for (const auto& [name, count] : e.names) names.add({{name}, num(count)});
  Table docs{"documents", "documents", {"document", "path", "date", "title", "mentions"}, {}};
  for (auto d : e.documents) {
    const auto& doc = g.documents()[d];
    auto it = doc_mentions.find(doc.id);
    docs.add({{doc.id}, {doc.path}, {doc.date}, {doc.title}, num(it == doc_mentions.end() ? 0 : it->second)});
  }
  Table mentions{"mentions: surface forms per document, with the coreference rule that linked them",
                 "mentions", {"document", "surface", "link_rule", "mentions"}, {}};
  for (const auto& [k, count] : per_doc)
    mentions.add({{std::get<0>(k)}, {std::get<1>(k)}, {std::get<2>(k)}, num(count)});
  Table links{"coreference merges: mentions per link rule (empty: not linked through a mention, or a graph "
              "built before format version 2)",
              "link_rules", {"link_rule", "mentions"}, {}};
  for (const auto& [rule, count] : per_link) links.add({{rule}, num(count)});
  print_tables(std::cout, {info, names, docs, mentions, links}, format);
  return kExitOk;
}

int run_explain(ExplainCmd& c) {
  auto format = output_format(c.format);
  if (!format) {
    spdlog::error("{}", format.status().message());
    return kExitUsage;
  }
  if (c.args.empty() || c.args.size() > 3) {
    spdlog::error("kg explain GRAPH A [RELATION] B, or kg explain GRAPH A");
    return kExitUsage;
  }
  QueryGraph qg;
  if (Status st = qg.open(c.graph); !st) return fatal(st);
  const graph::KnowledgeGraph& g = qg.graph();
  const graph::NameResolver resolver(g);
  const auto types = split_list(c.types);
  graph::Vertex a = 0, b = 0;
  if (!resolve_node(resolver, c.args[0], types, "--type", a)) return kExitUsage;
  if (c.args.size() == 1) return explain_entity(qg, a, *format);
  if (!resolve_node(resolver, c.args.back(), types, "--type", b)) return kExitUsage;
  std::string relation;
  if (c.args.size() == 3) relation = graph::relation_type("", c.args[1]);
  return explain_relation(qg, a, relation, b, *format, c.limit);
}

}  // namespace

void register_explain(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto c = std::make_shared<ExplainCmd>();
  auto* sub = app.add_subcommand("explain", "Show the evidence behind an entity or relation");
  sub->add_option("graph", c->graph, "Graph file (graph.kgl) or the folder kg build wrote")->required();
  sub->add_option("names", c->args,
                  "A (an entity), A B (every relation between them), or A RELATION B (a class such as APPEAL, "
                  "or a verb of the evidence such as invite)")
      ->required()
      ->expected(1, 3);
  sub->add_option("--type", c->types, "Node types the names may resolve to (T[,T])");
  sub->add_option("--limit", c->limit, "At most this many pieces of evidence (0: all)")->capture_default_str();
  add_format_option(sub, c->format);
  sub->callback([&action, c] { action = [c] { return run_explain(*c); }; });
}

}  // namespace kg::cli
