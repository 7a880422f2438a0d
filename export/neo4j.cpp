// Neo4j writers: neo4j-admin import CSV files and an idempotent cypher-shell script.
#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include "export/escape.h"
#include "export/exporters.h"
#include "graph/normalize.h"
#include "graph/text_io.h"

namespace kg::exporters {

namespace {

// Array cells are split on ';' by neo4j-admin (no escape): ';' inside an item becomes ','.
std::string array_cell(const std::vector<std::string>& items) {
  std::string r;
  bool first = true;
  for (const auto& it : items) {
    if (it.empty()) continue;
    if (!first) r += ';';
    first = false;
    for (char c : it) r += c == ';' ? ',' : c;
  }
  return r;
}

std::vector<std::string> aliases_of(const graph::Entity& e) {
  std::vector<std::string> v;
  for (const auto& n : e.names)
    if (n.first != e.label) v.push_back(n.first);
  return v;
}

std::string labels_cell(const graph::Entity& e) { return array_cell(node_labels(e)); }

void csv(std::string& out, std::string_view s) {
  append_csv_field(out, s);
  out += ',';
}

void end_row(std::string& out) { out.back() = '\n'; }

std::string valid_date(const std::string& d) { return graph::is_iso_date(d) ? d : std::string(); }

}  // namespace

Status write_neo4j_csv(const graph::KnowledgeGraph& g, const Neo4jCsvStreams& streams, const ExportOptions& o) {
  if (!g.canonical()) return Status::invalid_argument("graph is not canonical");
  const View view(g, o, /*all_by_default=*/true);
  EdgeSummary s;
  {
    graph::BufferedWriter w(streams.entities);
    std::string& out = w.buffer();
    out += "entityId:ID(Entity),name,:LABEL,type,key,aliases:string[],titles:string[],mentions:long,"
           "documents:long,firstSeen:date,lastSeen:date\n";
    for (auto v : view.nodes()) {
      const graph::Entity& e = g.entity(v);
      graph::append_hex16(out, e.id);
      out += ',';
      csv(out, e.label);
      out += labels_cell(e);
      out += ',';
      csv(out, e.type);
      csv(out, e.key);
      csv(out, array_cell(aliases_of(e)));
      csv(out, array_cell(e.titles));
      graph::append_uint(out, e.mentions);
      out += ',';
      graph::append_uint(out, e.documents.size());
      out += ',';
      const auto [first, last] = g.date_range(v);
      out += first;
      out += ',';
      out += last;
      out += '\n';
      w.maybe_flush();
    }
    if (Status st = w.status("entities.csv"); !st) return st;
  }
  {
    graph::BufferedWriter w(streams.articles);
    std::string& out = w.buffer();
    out += "articleId:ID(Article),:LABEL,docId,url,title,published:date,dateText,path,ingested:date\n";
    for (auto d : view.documents()) {
      const graph::DocumentInfo& doc = g.documents()[d];
      out += doc_hex_id(doc);
      out += ",Article,";
      csv(out, doc.id);
      csv(out, doc.url);
      csv(out, doc.title);
      out += valid_date(doc.date);
      out += ',';
      csv(out, doc.date);
      csv(out, doc.path);
      out += valid_date(doc.ingested);
      out += ',';
      end_row(out);
      w.maybe_flush();
    }
    if (Status st = w.status("articles.csv"); !st) return st;
  }
  {
    graph::BufferedWriter w(streams.relations);
    std::string& out = w.buffer();
    out += ":START_ID(Entity),:END_ID(Entity),:TYPE,relationId,weight:long,confidence:double,"
           "documents:long,firstSeen:date,lastSeen:date,eventDateFirst:date,eventDateLast:date,lemmas:string[],"
           "sentence,articleUrl,statementIds:string[]\n";
    std::vector<std::string> ids;
    for (const auto& item : view.edges()) {
      view.summarize(item, s);
      graph::append_hex16(out, g.entity(g.source(item.edge)).id);
      out += ',';
      graph::append_hex16(out, g.entity(g.target(item.edge)).id);
      out += ',';
      out += g.edge(item.edge).type;
      out += ',';
      graph::append_hex16(out, g.edge_id(item.edge));
      out += ',';
      graph::append_uint(out, s.weight);
      out += ',';
      out += graph::format_double(s.confidence);
      out += ',';
      graph::append_uint(out, s.documents);
      out += ',';
      out += s.first_seen;
      out += ',';
      out += s.last_seen;
      out += ',';
      out += s.event_date_first;
      out += ',';
      out += s.event_date_last;
      out += ',';
      csv(out, array_cell(s.lemmas));
      const graph::DocumentInfo* doc = s.best ? g.document(s.best->document) : nullptr;
      csv(out, s.best && s.best->sentence ? std::string_view(g.str(s.best->sentence)) : std::string_view());
      csv(out, doc ? std::string_view(doc->url) : std::string_view());
      ids.clear();
      view.for_each_evidence(item, [&](const graph::EdgeEvidence& ev) {
        ids.push_back(graph::hex16(g.evidence_id(item.edge, ev)));
      });
      out += array_cell(ids);
      out += '\n';
      w.maybe_flush();
    }
    if (Status st = w.status("relations.csv"); !st) return st;
  }
  {
    graph::BufferedWriter w(streams.mentions);
    std::string& out = w.buffer();
    out += ":START_ID(Entity),:END_ID(Article),:TYPE\n";
    for (auto v : view.nodes()) {
      const graph::Entity& e = g.entity(v);
      for (auto d : e.documents) {
        graph::append_hex16(out, e.id);
        out += ',';
        out += doc_hex_id(g.documents()[d]);
        out += ",MENTIONED_IN\n";
      }
      w.maybe_flush();
    }
    if (Status st = w.status("mentions.csv"); !st) return st;
  }
  return Status::ok();
}

namespace {

constexpr std::size_t kBatch = 500;

void list(std::string& out, const std::vector<std::string>& items) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    append_cypher_string(out, items[i]);
  }
  out += ']';
}

void date_or_null(std::string& out, const std::string& d) {
  if (graph::is_iso_date(d)) append_cypher_string(out, d);
  else out += "null";
}

// A label as Cypher text: bare when [A-Za-z_][A-Za-z0-9_]*, else in backticks.
std::string cypher_label(const std::string& l) {
  bool safe = !l.empty() && !std::isdigit(static_cast<unsigned char>(l[0]));
  for (char c : l) safe = safe && (std::isalnum(static_cast<unsigned char>(c)) || c == '_') &&
                          static_cast<unsigned char>(c) < 0x80;
  if (safe) return l;
  std::string r = "`";
  for (char c : l) {
    if (c == '`') r += '`';
    r += c;
  }
  return r + "`";
}

// The label a relationship MATCH uses for a node: Entity, Concept or Literal.
std::string match_label(const graph::Entity& e) { return e.is_entity() ? "Entity" : cypher_label(e.type); }

}  // namespace

Status write_cypher(const graph::KnowledgeGraph& g, std::ostream& os, const ExportOptions& o) {
  if (!g.canonical()) return Status::invalid_argument("graph is not canonical");
  const View view(g, o, /*all_by_default=*/true);
  EdgeSummary s;
  graph::BufferedWriter w(os);
  std::string& out = w.buffer();
  out +=
      "// kg graph for cypher-shell (Neo4j 5). Idempotent: every node and relationship is MERGEd\n"
      "// on a constraint-backed id, so running the script again changes nothing.\n"
      "//   cypher-shell -a neo4j://localhost:7687 -u neo4j -p PASSWORD -f graph.cypher\n"
      "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.entityId IS UNIQUE;\n"
      "CREATE CONSTRAINT kg_concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.entityId IS UNIQUE;\n"
      "CREATE CONSTRAINT kg_literal_id IF NOT EXISTS FOR (n:Literal) REQUIRE n.entityId IS UNIQUE;\n"
      "CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.articleId IS UNIQUE;\n"
      "CALL db.awaitIndexes(300);\n";
  // Articles.
  {
    const auto docs = view.documents();
    for (std::size_t i = 0; i < docs.size(); i += kBatch) {
      out += ":param rows => [";
      for (std::size_t k = i; k < std::min(docs.size(), i + kBatch); ++k) {
        const graph::DocumentInfo& doc = g.documents()[docs[k]];
        if (k > i) out += ", ";
        out += "{id: '";
        out += doc_hex_id(doc);
        out += "', docId: ";
        append_cypher_string(out, doc.id);
        out += ", url: ";
        append_cypher_string(out, doc.url);
        out += ", title: ";
        append_cypher_string(out, doc.title);
        out += ", published: ";
        date_or_null(out, doc.date);
        out += ", dateText: ";
        append_cypher_string(out, doc.date);
        out += ", path: ";
        append_cypher_string(out, doc.path);
        out += ", ingested: ";
        date_or_null(out, doc.ingested);
        out += '}';
      }
      out += "]\nUNWIND $rows AS row MERGE (n:Article {articleId: row.id}) SET n.docId = row.docId, n.url = row.url, "
             "n.title = row.title, n.published = date(row.published), n.dateText = row.dateText, n.path = row.path, "
             "n.ingested = date(row.ingested);\n";
      w.maybe_flush();
    }
  }
  // Nodes, grouped by type so that the label can be written literally.
  std::map<std::string, std::vector<View::Vertex>> by_type;
  for (auto v : view.nodes()) by_type[g.entity(v).type].push_back(v);
  for (const auto& [type, vs] : by_type) {
    const graph::Entity& sample = g.entity(vs.front());
    const std::string base = match_label(sample);
    for (std::size_t i = 0; i < vs.size(); i += kBatch) {
      out += ":param rows => [";
      for (std::size_t k = i; k < std::min(vs.size(), i + kBatch); ++k) {
        const graph::Entity& e = g.entity(vs[k]);
        const auto [first, last] = g.date_range(vs[k]);
        if (k > i) out += ", ";
        out += "{id: '";
        graph::append_hex16(out, e.id);
        out += "', name: ";
        append_cypher_string(out, e.label);
        out += ", key: ";
        append_cypher_string(out, e.key);
        out += ", aliases: ";
        list(out, aliases_of(e));
        out += ", titles: ";
        list(out, e.titles);
        out += ", mentions: ";
        graph::append_uint(out, e.mentions);
        out += ", documents: ";
        graph::append_uint(out, e.documents.size());
        out += ", first: ";
        date_or_null(out, first);
        out += ", last: ";
        date_or_null(out, last);
        out += '}';
      }
      out += "]\nUNWIND $rows AS row MERGE (n:" + base + " {entityId: row.id}) SET ";
      if (base != type) out += "n:" + cypher_label(type) + ", ";
      out += "n.name = row.name, n.type = ";
      append_cypher_string(out, type);
      out += ", n.key = row.key, n.aliases = row.aliases, n.titles = row.titles, n.mentions = row.mentions, "
             "n.documents = row.documents, n.firstSeen = date(row.first), n.lastSeen = date(row.last);\n";
      w.maybe_flush();
    }
  }
  // Mentions.
  {
    std::vector<std::pair<View::Vertex, std::uint32_t>> pairs;
    for (auto v : view.nodes())
      for (auto d : g.entity(v).documents) pairs.emplace_back(v, d);
    // Grouped by node label (Entity / Concept / Literal) for indexed MATCHes.
    for (const char* lab : {"Concept", "Entity", "Literal"}) {
      std::vector<std::pair<View::Vertex, std::uint32_t>> sel;
      for (const auto& p : pairs)
        if (match_label(g.entity(p.first)) == lab) sel.push_back(p);
      for (std::size_t i = 0; i < sel.size(); i += kBatch) {
        out += ":param rows => [";
        for (std::size_t k = i; k < std::min(sel.size(), i + kBatch); ++k) {
          if (k > i) out += ", ";
          out += "{s: '";
          graph::append_hex16(out, g.entity(sel[k].first).id);
          out += "', d: '";
          out += doc_hex_id(g.documents()[sel[k].second]);
          out += "'}";
        }
        out += "]\nUNWIND $rows AS row MATCH (a:";
        out += lab;
        out += " {entityId: row.s}) MATCH (b:Article {articleId: row.d}) MERGE (a)-[:MENTIONED_IN]->(b);\n";
        w.maybe_flush();
      }
    }
  }
  // Relationships, grouped by (type, subject label, object label).
  std::map<std::string, std::vector<const View::EdgeItem*>> groups;
  for (const auto& item : view.edges()) {
    const std::string k = g.edge(item.edge).type + "|" + match_label(g.entity(g.source(item.edge))) + "|" +
                          match_label(g.entity(g.target(item.edge)));
    groups[k].push_back(&item);
  }
  for (const auto& [k, items] : groups) {
    const auto b1 = k.find('|'), b2 = k.find('|', b1 + 1);
    const std::string type = k.substr(0, b1), sl = k.substr(b1 + 1, b2 - b1 - 1), ol = k.substr(b2 + 1);
    for (std::size_t i = 0; i < items.size(); i += kBatch) {
      out += ":param rows => [";
      for (std::size_t j = i; j < std::min(items.size(), i + kBatch); ++j) {
        const View::EdgeItem& item = *items[j];
        view.summarize(item, s);
        if (j > i) out += ", ";
        out += "{s: '";
        graph::append_hex16(out, g.entity(g.source(item.edge)).id);
        out += "', o: '";
        graph::append_hex16(out, g.entity(g.target(item.edge)).id);
        out += "', id: '";
        graph::append_hex16(out, g.edge_id(item.edge));
        out += "', weight: ";
        graph::append_uint(out, s.weight);
        out += ", confidence: ";
        out += graph::format_double(s.confidence);
        out += ", documents: ";
        graph::append_uint(out, s.documents);
        out += ", first: ";
        date_or_null(out, s.first_seen);
        out += ", last: ";
        date_or_null(out, s.last_seen);
        out += ", eventFirst: ";
        date_or_null(out, s.event_date_first);
        out += ", eventLast: ";
        date_or_null(out, s.event_date_last);
        out += ", lemmas: ";
        list(out, s.lemmas);
        out += ", sentence: ";
        append_cypher_string(out, s.best && s.best->sentence ? g.str(s.best->sentence) : std::string());
        const graph::DocumentInfo* doc = s.best ? g.document(s.best->document) : nullptr;
        out += ", articleUrl: ";
        append_cypher_string(out, doc ? doc->url : std::string());
        std::vector<std::string> ids;
        view.for_each_evidence(item, [&](const graph::EdgeEvidence& ev) {
          ids.push_back(graph::hex16(g.evidence_id(item.edge, ev)));
        });
        out += ", statementIds: ";
        list(out, ids);
        out += '}';
      }
      out += "]\nUNWIND $rows AS row MATCH (a:" + sl + " {entityId: row.s}) MATCH (b:" + ol +
             " {entityId: row.o}) MERGE (a)-[r:" + cypher_label(type) +
             " {relationId: row.id}]->(b) SET r.weight = row.weight, r.confidence = row.confidence, "
             "r.documents = row.documents, r.firstSeen = date(row.first), r.lastSeen = date(row.last), "
             "r.eventDateFirst = date(row.eventFirst), r.eventDateLast = date(row.eventLast), "
             "r.lemmas = row.lemmas, r.sentence = row.sentence, r.articleUrl = row.articleUrl, "
             "r.statementIds = row.statementIds;\n";
      w.maybe_flush();
    }
  }
  return w.status("Cypher script");
}

}  // namespace kg::exporters
