// kg::exporters: streaming writers from a canonical KnowledgeGraph to interchange formats.
//
// Every writer: takes a canonical graph (graph.canonical(); KnowledgeGraph::canonicalize
// or read_graph make it so), applies ExportOptions through a View, writes deterministic
// bytes (sorted records, stable hashed ids) and returns io_error if the stream failed.
// Writers never print, log or exit. Conventions per format: docs/exports.md.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "export/view.h"
#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace kg::exporters {

enum class Format : unsigned char { kGraphml, kGexf, kTurtle, kNTriples, kNQuads, kNeo4jCsv, kCypher, kJson };

// "graphml" "gexf" "ttl"/"turtle" "nt"/"ntriples" "nq"/"nquads" "neo4j" "cypher" "json".
Result<Format> parse_format(std::string_view name);
// All formats in canonical order; the name used by --formats and the default file name
// (relative to an output folder; Neo4j CSV is a folder).
std::vector<Format> all_formats();
std::string format_name(Format f);
std::string default_file_name(Format f);

// GraphML for Gephi, Neo4j APOC (readLabels + storeNodeIds), networkx, igraph, graphology.
Status write_graphml(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& o);
// GEXF 1.3 (dynamic, timeformat=date): relation type in kind, article dates as spells.
Status write_gexf(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& o);

enum class RdfSyntax : unsigned char { kTurtle, kNTriples, kNQuads };
// RDF 1.1: asserted triples + one rdf:Statement per piece of evidence (PROV-O, dcterms,
// schema.org). N-Quads put each statement's provenance in the graph of its article.
Status write_rdf(const graph::KnowledgeGraph& g, std::ostream& out, RdfSyntax syntax, const ExportOptions& o);

// neo4j-admin database import CSV files. Each stream receives one file.
struct Neo4jCsvStreams {
  std::ostream& entities;   // entities.csv
  std::ostream& articles;   // articles.csv
  std::ostream& relations;  // relations.csv
  std::ostream& mentions;   // mentions.csv
};
inline constexpr const char* kNeo4jFiles[] = {"entities.csv", "articles.csv", "relations.csv", "mentions.csv"};
Status write_neo4j_csv(const graph::KnowledgeGraph& g, const Neo4jCsvStreams& out, const ExportOptions& o);
// Idempotent cypher-shell script: constraints, then `:param rows => [...]` + UNWIND ... MERGE.
Status write_cypher(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& o);

// JSON node-link document {"directed","multigraph","graph","nodes":[...],"links":[...]}
// (D3 / networkx node_link_graph; graphology and Cytoscape.js adapters in docs/exports.md).
Status write_json(const graph::KnowledgeGraph& g, std::ostream& out, const ExportOptions& o);

}  // namespace kg::exporters
