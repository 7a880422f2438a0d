// Triples as JSON Lines: the input of `kg build --from-triples` and the output of
// `kg extract --format jsonl`. One JSON object per line; schema in docs/graph-format.md:
// a triple ({"subject": ...}) or an entity record ({"entity": ...}: one entity of one
// document with its mentions, whether or not a triple uses it).
// Blank lines and lines starting with '#' are skipped.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "graph/status.h"
#include "graph/triple.h"

namespace kg::graph {

struct TripleReadReport {
  std::size_t lines = 0;     // records seen
  std::size_t accepted = 0;  // passed to the sink with an ok Status
  std::size_t entities = 0;  // of those, entity records
  std::vector<std::string> problems;  // "NAME:LINE: message", one per rejected record
};

// Parses every record of `in` and calls `sink` for each. A malformed record or one the
// sink rejects is recorded in `report.problems` and skipped. Returns an error only when
// reading the stream fails.
// Entity records go to `entity_sink`; without one they are rejected records (reported).
Status read_triples_jsonl(std::istream& in, const std::string& name,
                          const std::function<Status(const Triple&)>& sink, TripleReadReport& report,
                          const std::function<Status(const EntityRecord&)>& entity_sink = {});

// Parses one triple record (no trailing newline needed).
Result<Triple> parse_triple_json(const std::string& line);
// Parses one entity record.
Result<EntityRecord> parse_entity_json(const std::string& line);
// True when the line's first key is "entity" (an entity record, not a triple).
bool is_entity_record(const std::string& line);

// Appends one record (and a '\n') in the schema read_triples_jsonl reads.
void append_triple_json(std::string& out, const Triple& t);
void append_entity_json(std::string& out, const EntityRecord& r);

}  // namespace kg::graph
