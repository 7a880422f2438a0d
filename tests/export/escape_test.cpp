#include <doctest/doctest.h>

#include <string>

#include "export/escape.h"
#include "graph/text_io.h"

using namespace kg::exporters;

namespace {
template <typename F>
std::string run(F f, std::string_view s) {
  std::string out;
  f(out, s);
  return out;
}
}  // namespace

TEST_CASE("XML text and attributes: specials escaped, illegal characters dropped") {
  CHECK(run(append_xml_text, "a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d\"e'f");
  CHECK(run(append_xml_attr, "a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e'f");
  CHECK(run(append_xml_text, "x\x01\x0B\x0C\x1Fy\tz\n") == "xy\tz\n");
  CHECK(run(append_xml_attr, "l1\nl2\tt\rr") == "l1&#10;l2&#9;t&#13;r");
  CHECK(run(append_xml_text, "a\xEF\xBF\xBE" "b\xEF\xBF\xBF" "c\xEF\xBF\xBD") == "abc\xEF\xBF\xBD");
  CHECK(run(append_xml_text, "王 🙂 \xE2\x80\xA8 שלום") == "王 🙂 \xE2\x80\xA8 שלום");
  CHECK(run(append_xml_text, "") == "");
}

TEST_CASE("RDF strings: ECHARs, \\u escapes for controls and line separators") {
  CHECK(run(append_rdf_string, "say \"hi\" \\ now\n\r\t") == "say \\\"hi\\\" \\\\ now\\n\\r\\t");
  CHECK(run(append_rdf_string, "\x01\x7F") == "\\u0001\\u007F");
  CHECK(run(append_rdf_string, "a\xE2\x80\xA8" "b\xE2\x80\xA9" "c\xE2\x80\x94") == "a\\u2028b\\u2029c\xE2\x80\x94");
  CHECK(run(append_rdf_string, "🙂 王 'x' <y>") == "🙂 王 'x' <y>");
}

TEST_CASE("IRIs: forbidden characters percent-encoded") {
  CHECK(run(append_iri, "http://x/a b<c>\"{|}^`\\") == "http://x/a%20b%3Cc%3E%22%7B%7C%7D%5E%60%5C");
  CHECK(run(append_iri, "http://x/柬埔寨") == "http://x/柬埔寨");
}

TEST_CASE("CSV fields are always quoted with doubled quotes") {
  CHECK(run(append_csv_field, "a,b \"c\"\nd") == "\"a,b \"\"c\"\"\nd\"");
  CHECK(run(append_csv_field, "") == "\"\"");
}

TEST_CASE("Cypher strings") {
  CHECK(run(append_cypher_string, "it's \"x\" \\ \n\x01\xE2\x80\xA8") == "'it\\'s \\\"x\\\" \\\\ \\n\\u0001\\u2028'");
}

TEST_CASE("JSON strings are valid JSON and safe in JavaScript") {
  std::string out;
  kg::graph::append_json_string(out, "q\"b\\n\n\x01\x7F\xE2\x80\xA8🙂");
  CHECK(out == "\"q\\\"b\\\\n\\n\\u0001\\u007f\\u2028🙂\"");
}
