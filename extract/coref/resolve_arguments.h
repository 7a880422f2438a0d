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

}  // namespace kg::extract
