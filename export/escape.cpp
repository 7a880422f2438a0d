#include "export/escape.h"

#include <cstdint>

namespace kg::exporters {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

// Calls esc(out, s, i) for each byte where is_special(byte) holds; esc returns how many
// bytes it consumed (>= 1). Safe runs in between are appended in bulk.
template <typename Special, typename Escape>
void escape_runs(std::string& out, std::string_view s, Special is_special, Escape esc) {
  std::size_t run = 0;
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!is_special(c)) {
      ++i;
      continue;
    }
    out.append(s.data() + run, i - run);
    i += esc(out, s, i);
    run = i;
  }
  out.append(s.data() + run, n - run);
}

unsigned char at(std::string_view s, std::size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

// U+2028 / U+2029: E2 80 A8 / E2 80 A9.  U+FFFE / U+FFFF: EF BF BE / EF BF BF.
bool is_line_sep(std::string_view s, std::size_t i) {
  return at(s, i) == 0xE2 && at(s, i + 1) == 0x80 && (at(s, i + 2) == 0xA8 || at(s, i + 2) == 0xA9);
}
bool is_nonchar(std::string_view s, std::size_t i) {
  return at(s, i) == 0xEF && at(s, i + 1) == 0xBF && (at(s, i + 2) == 0xBE || at(s, i + 2) == 0xBF);
}

void append_u4(std::string& out, std::uint32_t cp) {
  out += "\\u";
  out += kHex[(cp >> 12) & 0xF];
  out += kHex[(cp >> 8) & 0xF];
  out += kHex[(cp >> 4) & 0xF];
  out += kHex[cp & 0xF];
}

std::size_t xml_escape(std::string& out, std::string_view s, std::size_t i, bool attr) {
  const auto c = static_cast<unsigned char>(s[i]);
  switch (c) {
    case '&': out += "&amp;"; return 1;
    case '<': out += "&lt;"; return 1;
    case '>': out += "&gt;"; return 1;
    case '\r': out += "&#13;"; return 1;
    case '"': out += attr ? "&quot;" : "\""; return 1;
    case '\n': out += attr ? "&#10;" : "\n"; return 1;
    case '\t': out += attr ? "&#9;" : "\t"; return 1;
    default: break;
  }
  if (c < 0x20) return 1;  // illegal in XML 1.0: dropped
  if (is_nonchar(s, i)) return 3;
  out += static_cast<char>(c);
  return 1;
}

bool xml_special(unsigned char c) {
  return c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == 0xEF;
}

}  // namespace

void append_xml_text(std::string& out, std::string_view s) {
  escape_runs(out, s, xml_special,
              [](std::string& o, std::string_view t, std::size_t i) { return xml_escape(o, t, i, false); });
}

void append_xml_attr(std::string& out, std::string_view s) {
  escape_runs(out, s, xml_special,
              [](std::string& o, std::string_view t, std::size_t i) { return xml_escape(o, t, i, true); });
}

void append_rdf_string(std::string& out, std::string_view s) {
  escape_runs(
      out, s,
      [](unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c == 0x7F || c == 0xE2; },
      [](std::string& o, std::string_view t, std::size_t i) -> std::size_t {
        const auto c = static_cast<unsigned char>(t[i]);
        switch (c) {
          case '"': o += "\\\""; return 1;
          case '\\': o += "\\\\"; return 1;
          case '\n': o += "\\n"; return 1;
          case '\r': o += "\\r"; return 1;
          case '\t': o += "\\t"; return 1;
          case '\b': o += "\\b"; return 1;
          case '\f': o += "\\f"; return 1;
          default: break;
        }
        if (c == 0xE2) {
          if (is_line_sep(t, i)) {
            append_u4(o, at(t, i + 2) == 0xA8 ? 0x2028 : 0x2029);
            return 3;
          }
          o += static_cast<char>(c);
          return 1;
        }
        append_u4(o, c);
        return 1;
      });
}

void append_iri(std::string& out, std::string_view s) {
  escape_runs(
      out, s,
      [](unsigned char c) {
        return c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
               c == '^' || c == '`' || c == '\\';
      },
      [](std::string& o, std::string_view t, std::size_t i) -> std::size_t {
        const auto c = static_cast<unsigned char>(t[i]);
        o += '%';
        o += kHex[c >> 4];
        o += kHex[c & 0xF];
        return 1;
      });
}

void append_csv_field(std::string& out, std::string_view s) {
  out += '"';
  escape_runs(out, s, [](unsigned char c) { return c == '"'; },
              [](std::string& o, std::string_view, std::size_t) -> std::size_t {
                o += "\"\"";
                return 1;
              });
  out += '"';
}

void append_cypher_string(std::string& out, std::string_view s) {
  out += '\'';
  escape_runs(
      out, s,
      [](unsigned char c) { return c < 0x20 || c == '\'' || c == '\\' || c == '"' || c == 0x7F || c == 0xE2; },
      [](std::string& o, std::string_view t, std::size_t i) -> std::size_t {
        const auto c = static_cast<unsigned char>(t[i]);
        switch (c) {
          case '\'': o += "\\'"; return 1;
          case '"': o += "\\\""; return 1;
          case '\\': o += "\\\\"; return 1;
          case '\n': o += "\\n"; return 1;
          case '\r': o += "\\r"; return 1;
          case '\t': o += "\\t"; return 1;
          case '\b': o += "\\b"; return 1;
          case '\f': o += "\\f"; return 1;
          default: break;
        }
        if (c == 0xE2) {
          if (is_line_sep(t, i)) {
            append_u4(o, at(t, i + 2) == 0xA8 ? 0x2028 : 0x2029);
            return 3;
          }
          o += static_cast<char>(c);
          return 1;
        }
        append_u4(o, c);
        return 1;
      });
  out += '\'';
}

void append_script_json_string(std::string& out, std::string_view s) {
  out += '"';
  escape_runs(
      out, s,
      [](unsigned char c) { return c < 0x20 || c == 0x7F || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == 0xE2; },
      [](std::string& o, std::string_view t, std::size_t i) -> std::size_t {
        const auto c = static_cast<unsigned char>(t[i]);
        switch (c) {
          case '"': o += "\\\""; return 1;
          case '\\': o += "\\\\"; return 1;
          case '\n': o += "\\n"; return 1;
          case '\r': o += "\\r"; return 1;
          case '\t': o += "\\t"; return 1;
          default: break;
        }
        if (c == 0xE2) {
          if (!is_line_sep(t, i)) {
            o += t[i];
            return 1;
          }
          append_u4(o, at(t, i + 2) == 0xA8 ? 0x2028 : 0x2029);
          return 3;
        }
        append_u4(o, c);
        return 1;
      });
  out += '"';
}

void append_html(std::string& out, std::string_view s) {
  escape_runs(
      out, s, [](unsigned char c) { return c == '&' || c == '<' || c == '>' || c == '"' || c == '\''; },
      [](std::string& o, std::string_view t, std::size_t i) -> std::size_t {
        switch (t[i]) {
          case '&': o += "&amp;"; break;
          case '<': o += "&lt;"; break;
          case '>': o += "&gt;"; break;
          case '"': o += "&quot;"; break;
          default: o += "&#39;"; break;
        }
        return 1;
      });
}

}  // namespace kg::exporters
