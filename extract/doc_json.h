// JSON view of an annotated Document (kg parse --format json): metadata, blocks, sentences
// with tokens, mentions (byte and token spans, type, chain, link rule, normalised value,
// group members) and entities (name, type, titles, affiliation, aliases, mentions).
// One JSON object per document, on one line. Offsets are bytes into `text`.
#pragma once

#include <ostream>

#include "extract/document.h"

namespace kg::extract {

void write_document_json(const Document& doc, std::ostream& out);

}  // namespace kg::extract
