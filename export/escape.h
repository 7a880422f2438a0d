// Escaping for every export syntax. Each function appends `s` to `out`, copying runs of
// safe bytes in bulk and escaping one character at a time (serd style).
// Input: valid UTF-8 (KnowledgeGraph guarantees it). Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace kg::exporters {

// XML 1.0 character data: & < > escaped, CR as &#13;; characters illegal in XML 1.0
// (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF) are DROPPED.
void append_xml_text(std::string& out, std::string_view s);

// XML attribute value (inside "..."): as text, plus " as &quot;, LF as &#10;, TAB as &#9;.
void append_xml_attr(std::string& out, std::string_view s);

// N-Triples / Turtle / N-Quads STRING_LITERAL_QUOTE content (without the quotes):
// " \ LF CR TAB BS FF as ECHARs, other C0 controls, U+007F, U+2028, U+2029 as \uXXXX.
void append_rdf_string(std::string& out, std::string_view s);

// IRI content: bytes forbidden in IRIREF (U+0000-U+0020, < > " { } | ^ ` \) percent-encoded.
void append_iri(std::string& out, std::string_view s);

// RFC 4180 field, always quoted: "..." with " doubled. Everything else is kept raw.
void append_csv_field(std::string& out, std::string_view s);

// Cypher single-quoted string literal including the quotes: \\ \' \n \r \t \b \f escaped,
// other controls, U+2028 and U+2029 as \uXXXX.
void append_cypher_string(std::string& out, std::string_view s);

// JSON string literal including the quotes, safe inside an HTML <script> element and as
// JavaScript source: " \\ and controls escaped as in JSON, and < > & U+2028 U+2029 as
// \\uXXXX, so no "</script", "<!--" or line separator can appear in the output.
void append_script_json_string(std::string& out, std::string_view s);

// HTML text or attribute value (inside "..."): & < > " ' escaped as entities.
void append_html(std::string& out, std::string_view s);

}  // namespace kg::exporters
