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
