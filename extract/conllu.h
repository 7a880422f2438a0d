// CoNLL-U (https://universaldependencies.org/format.html) reading and writing.
//
// Reading: every "# newdoc" starts a Document (a file without one is a single Document).
// The text is rebuilt from the surface tokens and SpaceAfter=No, one sentence per line,
// so that token offsets point into it; multiword tokens whose words do not spell the
// surface form ("gonna" = "gon" + "na" does; rare others do not) are rebuilt from their
// words. Gold columns (UPOS, XPOS, LEMMA, HEAD, DEPREL) are kept in the tokens unless
// `keep_annotation` is false. Empty nodes (8.1) and enhanced DEPS are skipped.
// Malformed lines are reported with their line number and their sentence is dropped.
// Writing: one sentence block per Sentence with "# sent_id", "# text", MWT range lines,
// SpaceAfter=No; columns a later stage has not filled are "_".
// Thread safety: free functions, no shared state.
#pragma once

#include <functional>
#include <istream>
#include <ostream>
#include <string>

#include "extract/document.h"
#include "extract/read/reader.h"
#include "graph/status.h"

namespace kg::extract {

struct ConlluReadOptions {
  bool keep_annotation = true;
  std::size_t max_sentences_per_document = 0;  // 0 = no limit: split only at "# newdoc"
};

Status read_conllu(std::istream& in, const std::string& name, const ConlluReadOptions& options,
                   const DocumentSink& sink, ReadReport& report);

struct ConlluWriteOptions {
  bool write_newdoc = true;  // "# newdoc id = ..." before the first sentence of each document
};

void write_conllu(const Document& doc, std::ostream& out, const ConlluWriteOptions& options = {});

}  // namespace kg::extract
