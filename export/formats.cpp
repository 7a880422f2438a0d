#include "export/exporters.h"

namespace kg::exporters {

Result<Format> parse_format(std::string_view name) {
  if (name == "graphml") return Format::kGraphml;
  if (name == "gexf") return Format::kGexf;
  if (name == "ttl" || name == "turtle") return Format::kTurtle;
  if (name == "nt" || name == "ntriples" || name == "n-triples") return Format::kNTriples;
  if (name == "nq" || name == "nquads" || name == "n-quads") return Format::kNQuads;
  if (name == "neo4j" || name == "neo4j-csv" || name == "csv") return Format::kNeo4jCsv;
  if (name == "cypher") return Format::kCypher;
  if (name == "json") return Format::kJson;
  return Status::invalid_argument("unknown export format '" + std::string(name) +
                                  "' (graphml, gexf, ttl, nt, nq, neo4j, cypher, json)");
}

std::vector<Format> all_formats() {
  return {Format::kGraphml, Format::kGexf, Format::kTurtle, Format::kNTriples,
          Format::kNQuads, Format::kNeo4jCsv, Format::kCypher, Format::kJson};
}

std::string format_name(Format f) {
  switch (f) {
    case Format::kGraphml: return "graphml";
    case Format::kGexf: return "gexf";
    case Format::kTurtle: return "ttl";
    case Format::kNTriples: return "nt";
    case Format::kNQuads: return "nq";
    case Format::kNeo4jCsv: return "neo4j";
    case Format::kCypher: return "cypher";
    case Format::kJson: return "json";
  }
  return "?";
}

std::string default_file_name(Format f) {
  if (f == Format::kNeo4jCsv) return "neo4j";
  return "graph." + format_name(f);
}

}  // namespace kg::exporters
