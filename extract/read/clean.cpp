#include "extract/read/clean.h"

namespace kg::extract {

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  std::size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (std::size_t k = 1; k <= need; ++k) {
    if (i + k >= s.size()) return 0;
    const auto b = static_cast<unsigned char>(s[i + k]);
    const unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) return 0;
  }
  return need + 1;
}

char32_t utf8_decode(std::string_view s, std::size_t i, std::size_t& len) {
  len = utf8_sequence_length(s, i);
  const auto b0 = static_cast<unsigned char>(s[i]);
  switch (len) {
    case 1: return b0;
    case 2: return (char32_t(b0 & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
    case 3:
      return (char32_t(b0 & 0x0F) << 12) | (char32_t(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
             (static_cast<unsigned char>(s[i + 2]) & 0x3F);
    case 4:
      return (char32_t(b0 & 0x07) << 18) | (char32_t(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 12) |
             (char32_t(static_cast<unsigned char>(s[i + 2]) & 0x3F) << 6) |
             (static_cast<unsigned char>(s[i + 3]) & 0x3F);
    default: len = 1; return 0xFFFD;
  }
}

void utf8_append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

// Length of the maximal prefix of an invalid sequence at s[i] that could have started a
// valid one (so that it becomes a single U+FFFD), at least 1.
std::size_t maximal_subpart(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) need = 1;
  else if (b0 >= 0xE0 && b0 <= 0xEF) { need = 2; if (b0 == 0xE0) lo = 0xA0; if (b0 == 0xED) hi = 0x9F; }
  else if (b0 >= 0xF0 && b0 <= 0xF4) { need = 3; if (b0 == 0xF0) lo = 0x90; if (b0 == 0xF4) hi = 0x8F; }
  else return 1;
  std::size_t k = 1;
  for (; k <= need && i + k < s.size(); ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    const unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) break;
  }
  return k;
}

// Invisible format characters, removed at ingestion: zero-width space, non-joiner and
// joiner, LRM/RLM (U+200B..U+200F), bidi embeddings and overrides (U+202A..U+202E), word
// joiner (U+2060), bidi isolates (U+2066..U+2069), a BOM inside the text (U+FEFF), soft
// hyphen (U+00AD), Arabic letter mark (U+061C).
bool invisible_format_char(std::string_view s, std::size_t i, std::size_t len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const auto b1 = len > 1 ? static_cast<unsigned char>(s[i + 1]) : 0;
  const auto b2 = len > 2 ? static_cast<unsigned char>(s[i + 2]) : 0;
  if (len == 2) return (b0 == 0xC2 && b1 == 0xAD) || (b0 == 0xD8 && b1 == 0x9C);
  if (len != 3) return false;
  if (b0 == 0xE2 && b1 == 0x80) return (b2 >= 0x8B && b2 <= 0x8F) || (b2 >= 0xAA && b2 <= 0xAE);
  if (b0 == 0xE2 && b1 == 0x81) return b2 == 0xA0 || (b2 >= 0xA6 && b2 <= 0xA9);
  return b0 == 0xEF && b1 == 0xBB && b2 == 0xBF;
}

// A zero-width joiner between two supplementary-plane characters (emoji: "👩‍💼") is part of
// the sequence and stays.
bool joins_emoji(std::string_view s, std::size_t i, std::size_t len) {
  if (len != 3 || static_cast<unsigned char>(s[i + 2]) != 0x8D || static_cast<unsigned char>(s[i + 1]) != 0x80)
    return false;
  const bool before = i >= 4 && static_cast<unsigned char>(s[i - 4]) >= 0xF0;
  const bool after = i + 3 < s.size() && static_cast<unsigned char>(s[i + 3]) >= 0xF0;
  return before && after;
}

}  // namespace

CleanStats clean_text(std::string_view in, std::string& out) {
  CleanStats stats;
  out.reserve(out.size() + in.size());
  std::size_t i = 0;
  if (in.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  std::size_t run = i;  // start of the pending run of bytes copied as they are
  auto flush = [&](std::size_t upto) {
    out.append(in.data() + run, upto - run);
  };
  while (i < in.size()) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c >= 0x20 && c < 0x7F) { ++i; continue; }
    if (c == '\n' || c == '\t') { ++i; continue; }
    if (c < 0x80) {
      flush(i);
      if (c == '\r') {
        out += '\n';
        if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
      } else {
        ++stats.control_chars;  // NUL, other C0 controls, DEL
      }
      ++i;
      run = i;
      continue;
    }
    const std::size_t len = utf8_sequence_length(in, i);
    if (len == 0) {
      flush(i);
      out += "\xEF\xBF\xBD";
      ++stats.invalid_utf8;
      i += maximal_subpart(in, i);
      run = i;
      continue;
    }
    if (len == 2 && c == 0xC2 && static_cast<unsigned char>(in[i + 1]) < 0xA0) {
      flush(i);  // C1 control characters U+0080..U+009F
      ++stats.control_chars;
      i += 2;
      run = i;
      continue;
    }
    if (invisible_format_char(in, i, len) && !joins_emoji(in, i, len)) {
      flush(i);  // zero-width and bidi controls: they would split or glue names
      ++stats.control_chars;
      i += len;
      run = i;
      continue;
    }
    if (len == 3 && c == 0xE2 && static_cast<unsigned char>(in[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(in[i + 2]) == 0xA8 || static_cast<unsigned char>(in[i + 2]) == 0xA9)) {
      flush(i);  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
      out += static_cast<unsigned char>(in[i + 2]) == 0xA9 ? "\n\n" : "\n";
      i += 3;
      run = i;
      continue;
    }
    i += len;
  }
  flush(i);
  return stats;
}

}  // namespace kg::extract
