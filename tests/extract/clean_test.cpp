#include "extract/read/clean.h"

#include <doctest/doctest.h>

using kg::extract::clean_text;

TEST_CASE("clean_text keeps valid UTF-8 as it is") {
  std::string out;
  const auto s = clean_text("Wang Yi met Sok Chenda Sophea \xE2\x80\x94 \xE4\xB8\xAD\xE5\x9B\xBD \xF0\x9F\x98\x80", out);
  CHECK(out == "Wang Yi met Sok Chenda Sophea \xE2\x80\x94 \xE4\xB8\xAD\xE5\x9B\xBD \xF0\x9F\x98\x80");
  CHECK_FALSE(s.changed());
}

TEST_CASE("clean_text replaces each maximal invalid subpart with one U+FFFD") {
  std::string out;
  // lone continuation byte, truncated 3-byte sequence, overlong encoding, surrogate
  const auto s = clean_text("a\x80" "b\xE2\x82" "c\xC0\xAF" "d\xED\xA0\x80" "e", out);
  CHECK(out == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD" "d\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "e");
  CHECK(s.invalid_utf8 == 7);
}

TEST_CASE("clean_text removes NUL and control characters, normalises line ends") {
  std::string out;
  const auto s = clean_text(std::string("a\0b\x01" "c\r\nd\re\tf\x7F", 13), out);
  CHECK(out == "abc\nd\ne\tf");
  CHECK(s.control_chars == 3);
}

TEST_CASE("clean_text drops a BOM and turns U+2028 into a line break") {
  std::string out;
  clean_text("\xEF\xBB\xBFone\xE2\x80\xA8two", out);
  CHECK(out == "one\ntwo");
}

TEST_CASE("clean_text removes zero-width and bidi controls, counted, so that they never split or glue names") {
  std::string out;
  // ZWSP inside a name, RLM and LRM around one, bidi override and isolate, word joiner,
  // a BOM inside the text, a soft hyphen.
  const auto s = clean_text("Sok\xE2\x80\x8B Chenda \xE2\x80\x8FWang\xE2\x80\x8E Yi \xE2\x80\xAEX\xE2\x80\xAC \xE2\x81\xA6Y\xE2\x81\xA9"
                            " Jo\xE2\x81\xA0hn \xEF\xBB\xBFKim Ny\xC2\xADstr\xC3\xB6m",
                            out);
  CHECK(out == "Sok Chenda Wang Yi X Y John Kim Nystr\xC3\xB6m");
  CHECK(s.control_chars == 10);
  // A zero-width joiner inside an emoji sequence stays ("woman office worker").
  std::string emoji;
  CHECK_FALSE(clean_text("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBC", emoji).changed());
  // Other characters of those blocks stay: em dash U+2014, ellipsis U+2026, NBSP.
  std::string kept;
  CHECK_FALSE(clean_text("a\xE2\x80\x94" "b\xE2\x80\xA6\xC2\xA0" "c", kept).changed());
}
