#include <doctest/doctest.h>

#include "graph/normalize.h"

using namespace kg::graph;

TEST_CASE("fnv1a64 matches the reference values and hex16 pads") {
  CHECK(fnv1a64("") == 0xcbf29ce484222325ULL);
  CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(hex16(0x1a) == "000000000000001a");
  CHECK(hex16(fnv1a64("a")) == "af63dc4c8601ec8c");
}

TEST_CASE("normalize_name folds case, blanks, punctuation and honorifics") {
  CHECK(normalize_name("Mr.  Wang   Yi") == "wang yi");
  CHECK(normalize_name("H.E. Wang Yi") == "wang yi");
  CHECK(normalize_name("Dr. Prof. Ada Byron") == "ada byron");
  CHECK(normalize_name("He Lifeng") == "he lifeng");  // "He" is a name, only "H.E." is an honorific
  CHECK(normalize_name("Mr.") == "mr");               // never strips the last word
  CHECK(normalize_name("AT&T") == "att");
  CHECK(normalize_name("O'Reilly-Ng") == "oreilly ng");
  CHECK(normalize_name("\xC2\xA0 Wang\tYi \n") == "wang yi");  // NBSP is a blank
  CHECK(normalize_name("王小明") == "王小明");
}

TEST_CASE("normalize_name folds Latin diacritics, so that accented and plain spellings are one key") {
  CHECK(normalize_name("Viktor Orb\xC3\xA1n") == "viktor orban");
  CHECK(normalize_name("Viktor Orban") == "viktor orban");
  CHECK(normalize_name("\xC3\x89LYS\xC3\x89" "E") == "elysee");                 // capitals too
  CHECK(normalize_name("Stra\xC3\x9F" "e") == "strasse");
  CHECK(normalize_name("\xC5\x81\xC3\xB3" "d\xC5\xBA") == "lodz");             // Łódź
  CHECK(normalize_name("Jose\xCC\x81") == "jose");                           // combining acute
  CHECK(normalize_name("\xE7\x8E\x8B\xE6\xAF\x85") == "\xE7\x8E\x8B\xE6\xAF\x85");  // CJK kept
  CHECK(normalize_name("a \xC3\x97 b") == "a \xC3\x97 b");                     // × is no letter: kept
}

TEST_CASE("canonical_type maps NER tags and rejects odd types") {
  CHECK(canonical_type("PER") == "Person");
  CHECK(canonical_type("gpe") == "Place");
  CHECK(canonical_type("ORG") == "Organization");
  CHECK(canonical_type("ship") == "Ship");
  CHECK(canonical_type("") == "Thing");
  CHECK(canonical_type("a b") == "Thing");
  CHECK(canonical_type("1abc") == "Thing");
}

TEST_CASE("relation_type gives UPPER_SNAKE ASCII") {
  CHECK(relation_type("", "meet with") == "MEET_WITH");
  CHECK(relation_type("MEET", "talk to") == "MEET");
  CHECK(relation_type("", "  co-operate ") == "CO_OPERATE");
  CHECK(relation_type("", "3d print") == "R_3D_PRINT");
  CHECK(relation_type("", "会见").rfind("REL_", 0) == 0);
}

TEST_CASE("sanitize_utf8 repairs invalid sequences and drops NUL") {
  CHECK(sanitize_utf8("ok é 🙂") == "ok é 🙂");
  CHECK(sanitize_utf8(std::string("a\0b", 3)) == "ab");
  CHECK(sanitize_utf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(sanitize_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong
  CHECK(sanitize_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(sanitize_utf8("\xE4\xB8") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // truncated
}

TEST_CASE("is_iso_date and format_double") {
  CHECK(is_iso_date("2024-02-29"));
  CHECK_FALSE(is_iso_date("2023-02-29"));
  CHECK_FALSE(is_iso_date("2024-13-01"));
  CHECK_FALSE(is_iso_date("2024-1-01"));
  CHECK(format_double(0.9) == "0.9");
  CHECK(format_double(1.0) == "1");
}
