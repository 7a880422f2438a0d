#include "extract/read/markdown.h"

#include <cctype>

namespace kg::extract {
namespace {

bool is_word_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

// Inline syntax of one line.
void inline_text(std::string_view s, std::string& out) {
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    // ![alt](url) and [text](url)
    if ((c == '[' || (c == '!' && i + 1 < s.size() && s[i + 1] == '['))) {
      const std::size_t open = c == '!' ? i + 1 : i;
      const std::size_t close = s.find(']', open);
      if (close != std::string_view::npos && close + 1 < s.size() && s[close + 1] == '(') {
        const std::size_t paren = s.find(')', close + 2);
        if (paren != std::string_view::npos) {
          inline_text(s.substr(open + 1, close - open - 1), out);
          i = paren + 1;
          continue;
        }
      }
    }
    // Emphasis markers: runs of * or _ that touch a word on one side only, and backticks.
    if (c == '*' || c == '_' || c == '`') {
      std::size_t j = i;
      while (j < s.size() && s[j] == c) ++j;
      const bool before = i > 0 && is_word_char(s[i - 1]);
      const bool after = j < s.size() && is_word_char(s[j]);
      const bool digits = before && after && std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
                          std::isdigit(static_cast<unsigned char>(s[j]));
      if (c == '`' || before != after || (c == '*' && before && after && !digits)) {
        i = j;
        continue;
      }
    }
    out += c;
    ++i;
  }
}

}  // namespace

std::string markdown_to_text(std::string_view md) {
  std::string out;
  out.reserve(md.size());
  bool in_fence = false;
  for (std::size_t b = 0; b < md.size();) {
    std::size_t e = md.find('\n', b);
    if (e == std::string_view::npos) e = md.size();
    std::string_view line = md.substr(b, e - b);
    b = e + 1;
    std::string_view t = line;
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    if (t.starts_with("```") || t.starts_with("~~~")) {
      in_fence = !in_fence;
      out += '\n';
      continue;
    }
    if (in_fence) {  // code is not prose: keep the line break only
      out += '\n';
      continue;
    }
    if (t.starts_with("<!--")) { out += '\n'; continue; }
    // horizontal rule
    if (t.size() >= 3 && t.find_first_not_of("-*_ ") == std::string_view::npos) { out += '\n'; continue; }
    while (t.starts_with(">")) {
      t.remove_prefix(1);
      while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    }
    if (t.starts_with("#")) {
      std::size_t k = 0;
      while (k < t.size() && t[k] == '#') ++k;
      if (k <= 6 && (k == t.size() || t[k] == ' ')) {
        t.remove_prefix(k);
        while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
        while (!t.empty() && (t.back() == '#' || t.back() == ' ')) t.remove_suffix(1);
      }
    }
    inline_text(t, out);
    out += '\n';
  }
  return out;
}

}  // namespace kg::extract
