// Whether a `kg query` statement may read relationship evidence, so that `kg query` can
// load a graph without it (graph::read_graph_topology) when it cannot.
//
// A graph loaded without evidence keeps, per relationship, its type, its ends and its
// recorded weight; every other relationship property of GraphModel (confidence, sentence,
// articleUrl, statementIds, lemmas, documents, firstSeen, lastSeen, eventDateFirst,
// eventDateLast) is derived from the evidence. query_needs_evidence is conservative: it
// returns false only when it can prove the query never reads such a property, i.e. every
// use of a relationship variable is
//   r.weight, r.relationId, type(r), startNode(r), endNode(r), count(r), r IS [NOT] NULL
// and every relationship pattern property map ({k: v} in -[...]-) has only those keys.
// Anything else — r.confidence, properties via keys(r), a relationship returned, passed
// on by WITH, collected, unwound, indexed (r['k']) or compared whole, RETURN * / WITH *
// while relationship variables exist, a variable-length relationship list used at all
// except with count / IS NULL — needs the evidence. Node properties never do.
// Thread safety: pure functions.
#pragma once

#include <string_view>

#include "graph/query/ast.h"

namespace kg::graph::query {

// True for the relationship property keys a topology-only load keeps exactly.
bool topology_rel_key(std::string_view key);

// True when running `q` may read relationship evidence (see above).
bool query_needs_evidence(const Query& q);
// The same for a statement's text; true when it does not parse (when in doubt: evidence).
bool text_needs_evidence(std::string_view statement);

}  // namespace kg::graph::query
