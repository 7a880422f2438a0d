// IOB2 files as distributed by Universal NER (one token per line:
// "INDEX<TAB>TOKEN<TAB>TAG<TAB>-<TAB>ANNOTATOR", "# sent_id" / "# text" comments, a blank
// line between sentences). Reading keeps the tokenization and the gold mentions (PER,
// ORG, LOC; B- and I- prefixes, an I- without B- opens a mention); the text is rebuilt
// from the tokens joined by spaces, one sentence per line. Writing emits the same layout
// with the document's mentions (GPE written as LOC, other types left out).
// Thread safety: free functions.
#pragma once

#include <istream>
#include <ostream>
#include <string>

#include "extract/document.h"
#include "extract/read/reader.h"
#include "graph/status.h"

namespace kg::extract {

struct Iob2ReadOptions {
  bool keep_mentions = true;                 // false: drop the gold tags (for prediction)
  std::size_t sentences_per_document = 200;  // at most this many sentences per document
  // The format has no document marks, but UNER sentence ids are "SOURCE-NNNN": a new
  // SOURCE starts a new document (so document-level features see one source text).
  bool split_at_source = true;
};

Status read_iob2(std::istream& in, const std::string& name, const Iob2ReadOptions& options,
                 const DocumentSink& sink, ReadReport& report);

void write_iob2(const Document& doc, std::ostream& out);

// Reads CoNLL-2003-style NER columns ("TOKEN ... TAG", whitespace-separated, the tag in the
// last column; "-DOCSTART-" lines start a new document; a blank line ends a sentence), in
// IO or IOB2 encoding: I-X after O or another type opens a mention, so in IO files
// adjacent names of one type merge. Types kg does not tag (MISC) become O.
Status read_conll_columns(std::istream& in, const std::string& name, const DocumentSink& sink, ReadReport& report);

// Entity type from a UNER / CoNLL label ("PER", "ORG", "LOC", "GPE", "MISC"...): kNone if
// it is not one kg tags.
EntityType entity_type_from_label(std::string_view label);

}  // namespace kg::extract
