// Triple, Argument, Qualifiers, Evidence: what an extractor produces and what
// KnowledgeGraph::add merges. Plain values, no Boost, no I/O.
//
// Offsets are BYTE offsets into the document text (UTF-8), half-open [begin, end).
// Strings are UTF-8; KnowledgeGraph::add repairs invalid UTF-8 and drops NUL bytes.
// Thread safety: values; no shared state.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kg::graph {

// Node types that are not named entities. Every other type names an entity.
inline constexpr const char* kConceptType = "Concept";
inline constexpr const char* kLiteralType = "Literal";

// One argument of a triple: a named entity, or a concept/literal phrase.
struct Argument {
  enum class Kind : unsigned char { kEntity, kConcept, kLiteral };
  Kind kind = Kind::kEntity;
  std::string text;                 // surface form as written, e.g. "Mr. Wang Yi"
  std::string type;                 // entity type (Person, Organization, Place, ...); ignored otherwise
  std::vector<std::string> titles;  // titles seen with it, e.g. "Foreign Minister"
};

// Source document of a piece of evidence. `id` empty: falls back to `url`.
struct DocumentRef {
  std::string id;
  std::string url;
  std::string title;
  std::string date;  // publication: ISO 8601 "YYYY-MM-DD" when known, else empty
  std::string path{};      // for display: relative to the input root, never absolute
  std::string ingested{};  // ISO date the article entered the graph (kg build/add --ingested), else empty
};

struct Qualifiers {
  bool negated = false;
  std::string modality;       // "", "asserted", "possible", "reported", ...
  std::string attributed_to;  // who said it ("according to X")
  std::string time;           // time expression as written
  std::string place;          // place expression as written
  // Whether the text asserts the statement as a fact. False for negated, hypothetical,
  // conditional, planned, hoped-for, alleged or disputed statements ("is set to replace",
  // "may ask", "denied meeting"): they keep their evidence but are not plain facts, so the
  // exports leave them out unless asked (ExportOptions::unasserted) and never count them in
  // an edge's weight as asserted. A statement attributed to a speaker who merely reports it
  // ("officials said") stays asserted, with the speaker in attributed_to.
  bool asserted = true;
};

struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

struct Evidence {
  DocumentRef document;
  std::string sentence;  // the sentence text
  Span sentence_span;    // byte range of the sentence in the document
  Span subject_span, relation_span, object_span;  // byte ranges of the arguments
  std::string rule;      // id of the extraction rule / model
  double confidence = 1.0;  // in [0, 1]; clamped by KnowledgeGraph::add
  // How coreference linked the mention heading each argument to its entity (the
  // resolver's rule: "first", "exact", "alias", "acronym", "pronoun", "title", "group",
  // ...); empty when the argument was not resolved through a mention.
  std::string subject_link, object_link;
};

struct Relation {
  std::string lemma;    // "meet"
  std::string surface;  // "met with"
  std::string cls;      // canonical class, "MEET"; empty = derived from the lemma
};

struct Triple {
  Argument subject;
  Relation relation;
  Argument object;
  Qualifiers qualifiers;
  Evidence evidence;
};

// One mention of an entity in a document, as the entity stage linked it.
struct EntityMention {
  Span span;         // byte range of the mention in the document text
  std::string text;  // as written ("Britain", "Wang", "Mr Blair", "he")
  std::string link;  // the coreference rule that linked it (Evidence::subject_link)
  bool name = true;  // a name, not a pronoun or a description: its text is an alias
  Span sentence;     // byte range of its sentence; {0, 0}: unknown (older files): no co-mention
};

// One entity of one document, whether or not a triple uses it: every entity the entity
// stage resolves becomes a node (KnowledgeGraph::add(const EntityRecord&)), with its
// canonical name, type, titles, every mention and the forms the text used.
struct EntityRecord {
  Argument entity;  // kind entity: the canonical name (its node's key), type, titles
  DocumentRef document;
  std::vector<EntityMention> mentions;  // in text order
};

}  // namespace kg::graph
