// Triples as JSON Lines: the input of `kg build --from-triples` and the output of
// `kg extract --format jsonl`. One JSON object per line; schema in docs/graph-format.md.
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
  std::vector<std::string> problems;  // "NAME:LINE: message", one per rejected record
};

// Parses every record of `in` and calls `sink` for each. A malformed record or one the
// sink rejects is recorded in `report.problems` and skipped. Returns an error only when
// reading the stream fails.
Status read_triples_jsonl(std::istream& in, const std::string& name,
                          const std::function<Status(const Triple&)>& sink, TripleReadReport& report);

// Parses one record (no trailing newline needed).
Result<Triple> parse_triple_json(const std::string& line);

// Appends one record (and a '\n') in the schema read_triples_jsonl reads.
void append_triple_json(std::string& out, const Triple& t);

}  // namespace kg::graph
