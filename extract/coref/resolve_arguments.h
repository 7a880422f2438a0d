// Resolves the arguments of extracted triples through the document's entities.
//
// For each subject and object whose byte span (Evidence::subject_span / object_span)
// contains entity mentions, the mention that heads the span (the last one that ends inside
// it, a person, organisation or place before a demonym) decides: the argument becomes that
// entity — kind entity, its canonical name, its type (Person, Organization, Place), its
// titles. A group mention ("the two countries", "they") yields one triple per member.
// Arguments without a mention are left as the extractor made them.
// Thread safety: pure function of its arguments.
#pragma once

#include <vector>

#include "extract/document.h"
#include "graph/triple.h"

namespace kg::extract {

// The graph type name of an entity type: "Person", "Organization", "Place", "Group", ...
const char* graph_type_name(EntityType type);

void resolve_arguments(const Document& doc, std::vector<graph::Triple>& triples);

// One record per person, organisation or place entity of the document (other types, such
// as NORP groups, dates and amounts, make no node), in entity order: the argument a triple
// resolved to it would carry (canonical name, graph type, titles) and every mention with
// its text and link rule; a mention is a name unless it is a pronoun or has no capitalised
// word ("the company"). The document reference is the document's (id, url, title, date),
// as the extractors give their triples.
void append_entity_records(const Document& doc, std::vector<graph::EntityRecord>& out);

}  // namespace kg::extract
