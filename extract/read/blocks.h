// Splits a document's text into blocks (see document.h) and marks scraped-page
// boilerplate, the headline and the dateline.
//
// A block is a paragraph (lines up to a blank line), except that a short line without
// final punctuation (a heading, a name, a menu item) is a block of its own. Boilerplate
// rules, each named in Block::reason:
//   breadcrumb       "HomeNewsDiplomatic News..." or "Home > World > Asia"
//   repeated line    a short line identical to an earlier one (a repeated headline or byline)
//   page chrome      "Follow us", "Share this", "Most Popular", "Read more", "Advertisement", ...
//   link list        headline-like lines after a "Most Popular"/"Related" heading
//   author bio       a byline name followed by a paragraph about the author
// With keep_boilerplate every non-blank block is body (for scoring against treebank text).
// Thread safety: pure function of its arguments.
#pragma once

#include <cstddef>

#include "extract/document.h"

namespace kg::extract {

struct BlockStats {
  std::size_t boilerplate_blocks = 0;
};

// Fills doc.blocks (replacing any), and doc.title / doc.place / doc.published when they
// are empty and the text provides them. Adds kLayerBlocks.
BlockStats segment_blocks(Document& doc, bool keep_boilerplate);

}  // namespace kg::extract
