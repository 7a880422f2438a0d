#include "extract/triples/extractor.h"

#include <cstdio>

#include "extract/triples/clauses.h"
#include "extract/triples/entity_relations.h"
#include "graph/normalize.h"

namespace kg::extract::triples {

Status Extractor::extract(const Document& doc, std::vector<graph::Triple>& out) const {
  std::vector<OpenExtraction> open;
  if (Status s = extract_open(doc, open); !s.is_ok()) return s;
  for (OpenExtraction& e : open) {
    if (!e.for_graph) continue;
    e.triple.evidence.confidence = graph::canonical_confidence(e.triple.evidence.confidence);
    out.push_back(std::move(e.triple));
  }
  return Status::ok();
}

std::vector<std::string> extractor_names() { return {"clauses", "appositions", "nouns", "relations"}; }

Result<std::shared_ptr<const Extractor>> make_extractor(std::string_view name) {
  if (name == "clauses") return std::shared_ptr<const Extractor>(std::make_shared<ClauseExtractor>());
  if (name == "appositions" || name == "titles")
    return std::shared_ptr<const Extractor>(std::make_shared<AppositionExtractor>());
  if (name == "nouns") return std::shared_ptr<const Extractor>(std::make_shared<NounExtractor>());
  if (name == "relations") return std::shared_ptr<const Extractor>(std::make_shared<EntityRelationExtractor>());
  std::string msg("unknown extractor '");
  msg.append(name);
  msg.append("' (known: clauses, appositions, nouns, relations)");
  return Status::invalid_argument(std::move(msg));
}

Result<std::vector<std::shared_ptr<const Extractor>>> make_extractors(std::string_view list) {
  std::vector<std::shared_ptr<const Extractor>> r;
  if (list.empty() || list == "all") {
    for (const std::string& n : extractor_names()) r.push_back(make_extractor(n).value());
    return r;
  }
  while (!list.empty()) {
    const auto comma = list.find(',');
    const std::string_view item = list.substr(0, comma);
    if (!item.empty()) {
      auto e = make_extractor(item);
      if (!e) return e.status();
      r.push_back(*e);
    }
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  if (r.empty()) return Status::invalid_argument("no extractor named");
  return r;
}

namespace {

void append_field(std::string& out, std::string_view f) {
  out.push_back('\t');
  for (char c : f) out.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

}  // namespace

std::string carb_line(std::string_view sentence, const OpenExtraction& e) {
  std::string out;
  for (char c : sentence) out.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", e.confidence);
  append_field(out, buf);
  append_field(out, e.relation);
  append_field(out, e.arg1);
  append_field(out, e.arg2);
  for (const std::string& x : e.extra) {
    if (!x.empty()) append_field(out, x);
  }
  return out;
}

}  // namespace kg::extract::triples
