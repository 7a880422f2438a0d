// Documents for the entity tests: real tokenization, mentions placed by hand.
#pragma once

#include <string>

#include <doctest/doctest.h>

#include "extract/document.h"
#include "extract/read/reader.h"
#include "extract/tokenize/tokenizer.h"

namespace kg::extract::test {

// The text tokenized for real, marked as carrying (hand-placed) mentions.
inline Document tokenized(const std::string& text) {
  ReadReport report;
  Document doc = make_document("t", "t", text, true, report);
  REQUIRE(Tokenizer().process(doc).is_ok());
  doc.layers |= kLayerMentions;
  return doc;
}

// A mention over the tokens covering the first occurrence of `words` at or after byte
// `from_byte` (which must start and end on token boundaries).
inline Mention mention_at(const Document& doc, const std::string& words, EntityType type, std::size_t from_byte = 0) {
  const std::size_t b = doc.text.find(words, from_byte);
  REQUIRE_MESSAGE(b != std::string::npos, words);
  std::uint32_t first = 0, end = 0;
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].begin == b) first = i;
    if (doc.tokens[i].end == b + words.size()) end = i + 1;
  }
  REQUIRE_MESSAGE(end > first, words);
  return {first, end, type, 1.0f, -1, {}, {}, {}};
}

// Adds mention_at(...) to the document.
inline void mark(Document& doc, const std::string& words, EntityType type, std::size_t from_byte = 0) {
  doc.mentions.push_back(mention_at(doc, words, type, from_byte));
}

// The text of a mention as written.
inline std::string text_of(const Document& doc, const Mention& m) {
  return std::string(doc.slice(doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end));
}

// The entity the first mention written `text` (at or after byte `from_byte`) belongs to;
// "" when unresolved, "<none>" when there is no such mention.
inline std::string entity_of(const Document& doc, const std::string& text, std::size_t from_byte = 0) {
  for (const Mention& m : doc.mentions) {
    if (doc.tokens[m.first_token].begin < from_byte || text_of(doc, m) != text) continue;
    return m.chain >= 0 ? doc.entities[static_cast<std::size_t>(m.chain)].name : "";
  }
  return "<none>";
}

}  // namespace kg::extract::test
