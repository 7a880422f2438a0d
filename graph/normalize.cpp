#include "graph/normalize.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <vector>

namespace kg::graph {

std::uint64_t fnv1a64(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char ch : s) {
    h ^= static_cast<unsigned char>(ch);
    h *= 0x100000001b3ULL;
  }
  return h;
}

namespace {
void hex16_to(char* out, std::uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  for (int i = 15; i >= 0; --i) {
    out[i] = kDigits[v & 0xF];
    v >>= 4;
  }
}
}  // namespace

std::string hex16(std::uint64_t v) {
  std::string out(16, '0');
  hex16_to(out.data(), v);
  return out;
}

void append_hex16(std::string& out, std::uint64_t v) {
  char buf[16];
  hex16_to(buf, v);
  out.append(buf, 16);
}

Fnv64& Fnv64::add_hex16(std::uint64_t v) {
  char buf[16];
  hex16_to(buf, v);
  return add(std::string_view(buf, 16));
}

Fnv64& Fnv64::add_decimal(std::uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return add(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
std::size_t utf8_len(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  std::size_t n = 0;
  std::uint32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) { n = 2; min = 0x80; }
  else if (b0 >= 0xE0 && b0 <= 0xEF) { n = 3; min = 0x800; }
  else if (b0 >= 0xF0 && b0 <= 0xF4) { n = 4; min = 0x10000; }
  else return 0;
  if (i + n > s.size()) return 0;
  std::uint32_t cp = b0 & (0xFFu >> (n + 1));
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

bool is_blank_at(std::string_view s, std::size_t i, std::size_t& len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') { len = 1; return true; }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) { len = 2; return true; }
  return false;
}

}  // namespace

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    // Copy the valid run in bulk.
    std::size_t j = i;
    std::size_t n = 0;
    while (j < s.size() && s[j] != '\0' && (n = utf8_len(s, j)) != 0) j += n;
    out.append(s.data() + i, j - i);
    if (j >= s.size()) break;
    if (s[j] != '\0') out += "\xEF\xBF\xBD";
    i = j + 1;
  }
  return out;
}

// Latin letters with diacritics, U+00C0..U+017F, folded to lower-case ASCII for keys
// ("Orbán" and "Orban" are one name); nullptr: not a letter (× ÷), kept as written.
// From Unicode's decompositions, plus ß ss, æ ae, ø o, œ oe, đ/ð d, ł l, þ th, ħ h, ı i.
constexpr const char* kLatinFold[0x180 - 0xC0] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00C0
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",  // U+00D0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00E0
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y",  // U+00F0
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",  // U+0100
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",  // U+0110
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",  // U+0120
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",  // U+0130
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",  // U+0140
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",  // U+0150
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",  // U+0160
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",  // U+0170
};

// Appends the key form of the non-ASCII character at w[i] (length `len`): a folded
// Latin letter, nothing for a combining mark (U+0300..U+036F), else the bytes as they are.
void append_folded(std::string& out, std::string_view w, std::size_t i, std::size_t& len) {
  const auto b0 = static_cast<unsigned char>(w[i]);
  len = 1;
  if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < w.size() && (static_cast<unsigned char>(w[i + 1]) & 0xC0) == 0x80) {
    len = 2;
    const unsigned cp = ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(w[i + 1]) & 0x3Fu);
    if (cp >= 0x300 && cp <= 0x36F) return;  // combining diacritical mark
    if (cp >= 0xC0 && cp < 0x180 && kLatinFold[cp - 0xC0] != nullptr) {
      out += kLatinFold[cp - 0xC0];
      return;
    }
  } else if (b0 >= 0xE0) {
    len = b0 >= 0xF0 ? 4 : 3;
    if (i + len > w.size()) len = w.size() - i;
  }
  out.append(w, i, len);
}

std::string normalize_name(std::string_view name) {
  // Split on blanks into words first.
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < name.size()) {
    std::size_t len = 0;
    if (is_blank_at(name, i, len)) { i += len; continue; }
    std::size_t j = i;
    while (j < name.size() && !is_blank_at(name, j, len)) ++j;
    words.push_back(name.substr(i, j - i));
    i = j;
  }
  auto lower = [](std::string_view w) {
    std::string r(w);
    for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return r;
  };
  static const std::array<std::string_view, 12> kHonorifics = {
      "mr.", "mrs.", "ms.", "dr.", "prof.", "h.e.", "mr", "mrs", "ms", "dr", "prof", "sir"};
  std::size_t first = 0;
  while (first + 1 < words.size()) {  // never strip the last word
    const std::string w = lower(words[first]);
    bool hon = false;
    for (auto h : kHonorifics) hon = hon || w == h;
    if (!hon) break;
    ++first;
  }
  std::string out;
  for (std::size_t k = first; k < words.size(); ++k) {
    std::string w;
    const std::string_view word = words[k];
    for (std::size_t p = 0; p < word.size();) {
      const char c = word[p];
      const auto u = static_cast<unsigned char>(c);
      if (u >= 0x80) {
        std::size_t len = 1;
        append_folded(w, word, p, len);
        p += len;
        continue;
      }
      if (std::isalnum(u)) w += static_cast<char>(std::tolower(u));
      else if (c == '-' || c == '_' || c == '/') w += ' ';
      // other ASCII punctuation and controls are dropped
      ++p;
    }
    // w may now hold blanks (from - _ /): append word by word.
    std::size_t p = 0;
    while (p < w.size()) {
      while (p < w.size() && w[p] == ' ') ++p;
      std::size_t q = p;
      while (q < w.size() && w[q] != ' ') ++q;
      if (q > p) {
        if (!out.empty()) out += ' ';
        out.append(w, p, q - p);
      }
      p = q;
    }
  }
  return out;
}

std::string canonical_type(std::string_view type) {
  std::string up;
  for (char c : type) up += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  struct Map { std::string_view from, to; };
  static constexpr Map kMap[] = {
      {"PER", "Person"}, {"PERSON", "Person"}, {"ORG", "Organization"},
      {"ORGANIZATION", "Organization"}, {"ORGANISATION", "Organization"},
      {"LOC", "Place"}, {"LOCATION", "Place"}, {"GPE", "Place"}, {"PLACE", "Place"},
      {"EVENT", "Event"}, {"MISC", "Thing"}, {"THING", "Thing"}, {"CONCEPT", "Concept"},
      {"LITERAL", "Literal"}, {"DATE", "Date"}, {"NORP", "Group"}};
  for (const auto& m : kMap) if (up == m.from) return std::string(m.to);
  if (type.empty() || !std::isalpha(static_cast<unsigned char>(type[0]))) return "Thing";
  for (char c : type) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || !(std::isalnum(u) || c == '_')) return "Thing";
  }
  std::string out(type);
  out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

std::string relation_type(std::string_view cls, std::string_view lemma) {
  const std::string_view src = cls.empty() ? lemma : cls;
  std::string out;
  bool pending = false;
  for (char c : src) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && std::isalnum(u)) {
      if (pending && !out.empty()) out += '_';
      pending = false;
      out += static_cast<char>(std::toupper(u));
    } else {
      pending = true;
    }
  }
  if (out.empty()) return "REL_" + hex16(fnv1a64(src)).substr(0, 8);
  if (!std::isalpha(static_cast<unsigned char>(out[0]))) out = "R_" + out;
  return out;
}

std::string format_double(double v) {
  if (!std::isfinite(v)) return "0";
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

std::vector<std::string_view> split_spaces(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

double canonical_confidence(double c) {
  if (!(c >= 0.0)) return 0.0;  // also NaN
  if (c >= 1.0) return 1.0;
  return std::round(c * 1000.0) / 1000.0;
}

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  auto num = [&](std::size_t a, std::size_t n) {
    int v = 0;
    for (std::size_t i = a; i < a + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = kDays[m - 1];
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) max = 29;
  return d <= max;
}

}  // namespace kg::graph
