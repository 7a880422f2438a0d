// Canonical keys, stable ids and text hygiene shared by the graph and every exporter.
//
// All functions are pure and thread-safe. Their output is persisted (ids in graph files
// and exports): changing any of them changes every id, so bump the graph format version.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

// 64-bit FNV-1a of the bytes of `s`.
std::uint64_t fnv1a64(std::string_view s);

// Incremental FNV-1a: feeding the same bytes in pieces gives fnv1a64 of their concatenation.
class Fnv64 {
 public:
  Fnv64& add(std::string_view s) {
    for (char c : s) {
      h_ ^= static_cast<unsigned char>(c);
      h_ *= 0x100000001b3ULL;
    }
    return *this;
  }
  Fnv64& add_hex16(std::uint64_t v);     // the 16 hex digits of v
  Fnv64& add_decimal(std::uint64_t v);   // the decimal digits of v
  std::uint64_t value() const { return h_; }

 private:
  std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

// 16 lower-case hex digits of `v` (zero padded), so ids sort like the numbers.
std::string hex16(std::uint64_t v);
// Appends the 16 hex digits of v (no allocation).
void append_hex16(std::string& out, std::uint64_t v);

// Returns valid UTF-8: invalid sequences become U+FFFD, NUL bytes are dropped.
std::string sanitize_utf8(std::string_view s);

// Normalised name used in canonical keys: leading honorifics (Mr. Mrs. Ms. Dr. Prof.
// Sir H.E.) removed, ASCII letters lower-cased, Latin letters with diacritics folded to
// ASCII ("Orbán" -> "orban", "Straße" -> "strasse") and combining marks dropped, ASCII
// punctuation removed (- _ / become blanks), any run of blanks (including U+00A0) one space,
// trimmed. Other non-ASCII characters are kept as they are. "Mr. Wang  Yi" -> "wang yi".
std::string normalize_name(std::string_view name);

// Entity type as stored: NER tags mapped (PER/PERSON -> Person, ORG -> Organization,
// LOC/GPE -> Place, ...), other [A-Za-z][A-Za-z0-9_]* values kept; empty or unusable -> "Thing".
std::string canonical_type(std::string_view type);

// Relation type of an edge: `cls` if non-empty else `lemma`, as UPPER_SNAKE ASCII
// ([A-Z][A-Z0-9_]*), e.g. "meet with" -> "MEET_WITH". Text with no ASCII letter or digit
// becomes "REL_" + 8 hex digits of its hash.
std::string relation_type(std::string_view cls, std::string_view lemma);

// The words of `s` split on ASCII spaces (runs of spaces and empty words skipped); views into `s`.
std::vector<std::string_view> split_spaces(std::string_view s);

// Shortest text that reads back as exactly `v` ("0.9", "1", "1e-07"); "0" for NaN/inf.
// Every number kg writes goes through it, and every reader of kg's files parses numbers
// with full precision (kParseFullPrecisionFlag), so written values read back to the same bits.
std::string format_double(double v);

// The canonical form of a confidence: clamped to [0, 1] (NaN -> 0) and rounded to a
// multiple of 0.001 (the double nearest k/1000, whose shortest text is "0.848", never
// "0.8480000000000001"). Applied where a confidence is made (the extractors' output) and
// where a triple enters a graph, so files, tables and exports show the same short value.
double canonical_confidence(double c);

// True for "YYYY-MM-DD" naming a real Gregorian day (leap years honoured).
bool is_iso_date(std::string_view s);

}  // namespace kg::graph
