// Text cleaning at ingestion: the only place where article text is changed.
//
// clean_text() makes any byte string safe for every later stage and every export:
//  - invalid UTF-8 is replaced by U+FFFD, one per maximal invalid subsequence (the
//    Unicode "substitution of maximal subparts" practice), and counted;
//  - NUL and C0/C1 control characters other than \t and \n are removed and counted, and so
//    are the invisible format characters that would split or glue names: zero-width
//    space/joiners, LRM/RLM, bidi embeddings, overrides and isolates, word joiner, a BOM
//    inside the text, soft hyphen;
//    \r\n and lone \r become \n; U+2028/U+2029 become \n; a leading BOM is dropped.
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::extract {

struct CleanStats {
  std::size_t invalid_utf8 = 0;    // invalid sequences replaced by U+FFFD
  std::size_t control_chars = 0;   // NUL, control and invisible format characters removed
  bool changed() const { return invalid_utf8 + control_chars > 0; }
};

// Appends the cleaned form of `in` to `out`.
CleanStats clean_text(std::string_view in, std::string& out);

// Length in bytes of the valid UTF-8 sequence starting at s[i], or 0 if invalid there.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// Decodes the code point at s[i] (which must start a valid sequence); sets `len`.
char32_t utf8_decode(std::string_view s, std::size_t i, std::size_t& len);

// Appends the UTF-8 encoding of `cp` to `out`.
void utf8_append(std::string& out, char32_t cp);

}  // namespace kg::extract
