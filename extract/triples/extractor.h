// Triple extractors: rules over dependency trees that turn a parsed Document into
// subject-relation-object triples (graph::Triple) with qualifiers and evidence.
//
// Contract
// - Input: a Document with sentences, tokens, POS, lemmas (optional: the lower-cased form
//   stands in) and dependency heads/labels; mentions are used when present (entities,
//   DATE/TIME values). Sentences without a tree are skipped, never an error.
// - extract() APPENDS to `out`; it never clears it. Output order is deterministic:
//   sentence order, then token order of the predicate, then rule order.
// - Every triple carries evidence.rule (a rule id such as "clause.svo") and a
//   confidence in [0, 1]; higher means more likely correct (it ranks extractions).
// - Offsets in Evidence are BYTE offsets into Document::text (half-open).
// - Thread safety: extractors hold only immutable data after construction; extract()
//   is const and may run concurrently on different documents.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "graph/status.h"
#include "graph/triple.h"

namespace kg::extract::triples {

// One extraction with, besides the graph triple, its Open IE surface form (CaRB style:
// relation and arguments as they read in the sentence, arguments as whole phrases).
struct OpenExtraction {
  graph::Triple triple;
  std::string relation;            // "met with", "was born in"
  std::string arg1;                // "Chinese Foreign Minister Wang Yi"
  std::string arg2;                // "Cambodian Deputy Prime Minister ..."
  std::vector<std::string> extra;  // further arguments with their preposition ("on Friday")
  double confidence = 0.5;         // Open IE confidence (ranks CaRB output); the graph's is in evidence
  bool for_graph = true;           // false: Open IE only (e.g. "X said [that-clause]")
  bool for_openie = true;          // false: graph only (e.g. titles)
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  virtual std::string_view name() const = 0;
  // Appends the graph triples of `doc` (the OpenExtractions with for_graph) to `out`.
  virtual Status extract(const Document& doc, std::vector<graph::Triple>& out) const;
  // Appends every extraction of `doc` with its surface form.
  virtual Status extract_open(const Document& doc, std::vector<OpenExtraction>& out) const = 0;
};

// Names accepted by make_extractor, in their default order.
std::vector<std::string> extractor_names();  // {"clauses", "appositions", "nouns"}

// "clauses", "appositions" (also "titles"), "nouns"; kInvalidArgument for anything else.
Result<std::shared_ptr<const Extractor>> make_extractor(std::string_view name);

// Parses "clauses,appositions" into extractors (empty or "all" = every extractor).
Result<std::vector<std::shared_ptr<const Extractor>>> make_extractors(std::string_view list);

// One CaRB prediction line (no trailing newline): sentence, confidence, relation, args.
// Tabs and newlines inside fields become spaces; empty extra arguments are dropped.
std::string carb_line(std::string_view sentence, const OpenExtraction& e);

}  // namespace kg::extract::triples
