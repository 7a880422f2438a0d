#include "extract/read/html.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "extract/read/clean.h"

namespace kg::extract {
namespace {

struct NamedEntity {
  std::string_view name;
  char32_t cp;
};

// Sorted by name for binary search.
constexpr std::array<NamedEntity, 60> kEntities = {{
    {"AElig", 0xC6}, {"Eacute", 0xC9}, {"Uuml", 0xDC}, {"aacute", 0xE1}, {"acirc", 0xE2},
    {"aelig", 0xE6}, {"agrave", 0xE0}, {"amp", '&'}, {"apos", '\''}, {"aring", 0xE5},
    {"atilde", 0xE3}, {"auml", 0xE4}, {"bull", 0x2022}, {"ccedil", 0xE7}, {"cent", 0xA2},
    {"copy", 0xA9}, {"deg", 0xB0}, {"divide", 0xF7}, {"eacute", 0xE9}, {"ecirc", 0xEA},
    {"egrave", 0xE8}, {"euml", 0xEB}, {"euro", 0x20AC}, {"gt", '>'}, {"hellip", 0x2026},
    {"iacute", 0xED}, {"iexcl", 0xA1}, {"iquest", 0xBF}, {"iuml", 0xEF}, {"laquo", 0xAB},
    {"ldquo", 0x201C}, {"lsquo", 0x2018}, {"lt", '<'}, {"mdash", 0x2014}, {"middot", 0xB7},
    {"nbsp", ' '}, {"ndash", 0x2013}, {"ntilde", 0xF1}, {"oacute", 0xF3}, {"ocirc", 0xF4},
    {"ouml", 0xF6}, {"para", 0xB6}, {"pound", 0xA3}, {"quot", '"'}, {"raquo", 0xBB},
    {"rdquo", 0x201D}, {"reg", 0xAE}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"sect", 0xA7},
    {"shy", 0xAD}, {"szlig", 0xDF}, {"thinsp", ' '}, {"times", 0xD7}, {"trade", 0x2122},
    {"uacute", 0xFA}, {"uuml", 0xFC}, {"yen", 0xA5}, {"zwj", 0x200D}, {"zwnj", 0x200C},
}};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

bool starts_with_ci(std::string_view s, std::size_t i, std::string_view prefix) {
  if (s.size() - i < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(s[i + k])) != prefix[k]) return false;
  }
  return true;
}

// Position of the case-insensitive `needle` at or after i, or npos.
std::size_t find_ci(std::string_view s, std::size_t i, std::string_view needle) {
  for (; i + needle.size() <= s.size(); ++i) {
    if (starts_with_ci(s, i, needle)) return i;
  }
  return std::string_view::npos;
}

struct Tag {
  std::string name;  // lower case, without '/'
  bool closing = false;
  bool self_closing = false;
  std::string_view attrs;
  std::size_t end = 0;  // index one past '>'
};

// Parses the tag at s[i] == '<'. Returns false if it is not a tag (a stray '<').
bool parse_tag(std::string_view s, std::size_t i, Tag& tag) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '/') { tag.closing = true; ++j; }
  const std::size_t name_begin = j;
  while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '-' || s[j] == ':')) ++j;
  if (j == name_begin) return false;
  tag.name = lower(s.substr(name_begin, j - name_begin));
  // Find the closing '>' outside quoted attribute values.
  char quote = 0;
  std::size_t k = j;
  for (; k < s.size(); ++k) {
    const char c = s[k];
    if (quote) { if (c == quote) quote = 0; continue; }
    if (c == '"' || c == '\'') quote = c;
    else if (c == '>') break;
  }
  if (k >= s.size()) return false;
  tag.attrs = s.substr(j, k - j);
  tag.self_closing = k > j && s[k - 1] == '/';
  tag.end = k + 1;
  return true;
}

// Value of attribute `name` (lower case) in an attribute string, decoded; "" if absent.
std::string attribute(std::string_view attrs, std::string_view name) {
  std::size_t i = 0;
  while (i < attrs.size()) {
    while (i < attrs.size() && (is_space(attrs[i]) || attrs[i] == '/')) ++i;
    const std::size_t nb = i;
    while (i < attrs.size() && !is_space(attrs[i]) && attrs[i] != '=' && attrs[i] != '/') ++i;
    const std::string key = lower(attrs.substr(nb, i - nb));
    while (i < attrs.size() && is_space(attrs[i])) ++i;
    std::string_view value;
    if (i < attrs.size() && attrs[i] == '=') {
      ++i;
      while (i < attrs.size() && is_space(attrs[i])) ++i;
      if (i < attrs.size() && (attrs[i] == '"' || attrs[i] == '\'')) {
        const char q = attrs[i++];
        const std::size_t vb = i;
        while (i < attrs.size() && attrs[i] != q) ++i;
        value = attrs.substr(vb, i - vb);
        if (i < attrs.size()) ++i;
      } else {
        const std::size_t vb = i;
        while (i < attrs.size() && !is_space(attrs[i])) ++i;
        value = attrs.substr(vb, i - vb);
      }
    }
    if (key == name) {
      std::string out;
      for (std::size_t k = 0; k < value.size();) {
        const std::size_t used = value[k] == '&' ? decode_entity(value, k, out) : 0;
        if (used) k += used; else out += value[k++];
      }
      return out;
    }
    if (nb == i) ++i;  // no progress: skip a stray character
  }
  return {};
}

bool is_block(std::string_view n) {
  static constexpr std::array<std::string_view, 30> kBlocks = {
      "address", "article", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
      "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li",
      "main", "ol", "p", "pre", "section", "summary", "table", "td", "tr", "ul"};
  return std::find(kBlocks.begin(), kBlocks.end(), n) != kBlocks.end();
}

bool is_skipped(std::string_view n) {  // raw-text or invisible elements
  return n == "script" || n == "style" || n == "noscript" || n == "template" || n == "svg" ||
         n == "iframe" || n == "object" || n == "canvas" || n == "select" ||
         n == "button";
}

bool is_chrome(std::string_view n) {  // page chrome: counted as boilerplate and dropped
  return n == "nav" || n == "header" || n == "footer" || n == "aside" || n == "form";
}

// Index one past the element that starts with `tag` (nesting of the same name counted).
std::size_t skip_element(std::string_view s, const Tag& tag) {
  if (tag.self_closing) return tag.end;
  int depth = 1;
  std::size_t i = tag.end;
  const bool raw = tag.name == "script" || tag.name == "style" || tag.name == "template";
  while (i < s.size()) {
    if (raw) {
      const std::size_t close = find_ci(s, i, "</" + tag.name);
      if (close == std::string_view::npos) return s.size();
      Tag t;
      if (parse_tag(s, close, t)) return t.end;
      return s.size();
    }
    const std::size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) return s.size();
    if (s.substr(lt, 4) == "<!--") {
      const std::size_t e = s.find("-->", lt + 4);
      i = e == std::string_view::npos ? s.size() : e + 3;
      continue;
    }
    Tag t;
    if (!parse_tag(s, lt, t)) { i = lt + 1; continue; }
    if (t.name == tag.name && !t.self_closing) depth += t.closing ? -1 : 1;
    i = t.end;
    if (depth == 0) return i;
  }
  return s.size();
}

}  // namespace

std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    ++j;
    const bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    const std::size_t db = j;
    std::uint32_t cp = 0;
    while (j < s.size() && j - db < 8 &&
           (hex ? std::isxdigit(static_cast<unsigned char>(s[j])) : std::isdigit(static_cast<unsigned char>(s[j])))) {
      const char c = s[j];
      const std::uint32_t d = std::isdigit(static_cast<unsigned char>(c))
                                  ? static_cast<std::uint32_t>(c - '0')
                                  : static_cast<std::uint32_t>(std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
      cp = cp * (hex ? 16u : 10u) + d;
      ++j;
    }
    if (j == db) return 0;
    if (j < s.size() && s[j] == ';') ++j;
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp == 0xA0) cp = ' ';
    utf8_append(out, cp);
    return j - i;
  }
  const std::size_t nb = j;
  while (j < s.size() && j - nb < 10 && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
  if (j >= s.size() || s[j] != ';') return 0;
  const std::string_view name = s.substr(nb, j - nb);
  const auto it = std::lower_bound(kEntities.begin(), kEntities.end(), name,
                                   [](const NamedEntity& e, std::string_view n) { return e.name < n; });
  if (it == kEntities.end() || it->name != name) return 0;
  if (it->cp != 0xAD && it->cp != 0x200C && it->cp != 0x200D) utf8_append(out, it->cp);
  return j + 1 - i;
}

std::string html_to_text(std::string_view s, HtmlInfo& info) {
  std::string out;
  out.reserve(s.size() / 2);
  bool in_pre = false;
  bool pending_space = false;
  std::string h1;
  bool in_title = false, in_h1 = false;
  std::string title_tag;

  auto newline = [&](int n) {
    pending_space = false;
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (out.empty()) return;
    int have = 0;
    for (auto it = out.rbegin(); it != out.rend() && *it == '\n' && have < n; ++it) ++have;
    out.append(static_cast<std::size_t>(n - have), '\n');
  };
  auto emit = [&](std::string_view text) {
    std::string& dst = in_title ? title_tag : out;
    for (std::size_t i = 0; i < text.size();) {
      const char c = text[i];
      if (c == '&') {
        std::string dec;
        const std::size_t used = decode_entity(text, i, dec);
        if (used) {
          if (pending_space && !dst.empty() && dst.back() != '\n') dst += ' ';
          pending_space = false;
          dst += dec;
          if (in_h1) h1 += dec;
          i += used;
          continue;
        }
      }
      if (is_space(c) && !in_pre) {
        pending_space = true;
        ++i;
        continue;
      }
      if (pending_space && !dst.empty() && dst.back() != '\n' && dst.back() != ' ') dst += ' ';
      pending_space = false;
      dst += c;
      if (in_h1) h1 += c;
      ++i;
    }
  };

  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) { emit(s.substr(i)); break; }
    if (lt > i) emit(s.substr(i, lt - i));
    if (s.substr(lt, 4) == "<!--") {
      const std::size_t e = s.find("-->", lt + 4);
      i = e == std::string_view::npos ? s.size() : e + 3;
      continue;
    }
    if (lt + 1 < s.size() && (s[lt + 1] == '!' || s[lt + 1] == '?')) {
      const std::size_t e = s.find('>', lt);
      i = e == std::string_view::npos ? s.size() : e + 1;
      continue;
    }
    Tag tag;
    if (!parse_tag(s, lt, tag)) { emit("<"); i = lt + 1; continue; }
    i = tag.end;
    const std::string& n = tag.name;
    if (!tag.closing) {
      if (n == "html") {
        info.language = attribute(tag.attrs, "lang");
      } else if (n == "meta") {
        const std::string prop = lower(attribute(tag.attrs, "property") + attribute(tag.attrs, "name") +
                                       attribute(tag.attrs, "itemprop"));
        const std::string content = attribute(tag.attrs, "content");
        if (prop == "og:title" && !content.empty()) info.title = content;
        else if (prop == "og:url" && info.url.empty()) info.url = content;
        else if ((prop == "article:published_time" || prop == "date" || prop == "pubdate" ||
                  prop == "datepublished" || prop == "dc.date" || prop == "publish-date") &&
                 info.published.empty())
          info.published = content;
      } else if (n == "link") {
        if (lower(attribute(tag.attrs, "rel")) == "canonical") info.url = attribute(tag.attrs, "href");
      } else if (n == "time") {
        if (info.published.empty()) info.published = attribute(tag.attrs, "datetime");
      } else if (n == "title") {
        in_title = true;
        continue;
      }
      if (n == "head" && !tag.self_closing) {
        // Keep reading inside <head> for <title> and <meta>; its text is not prose.
        continue;
      }
      if (is_skipped(n)) { i = skip_element(s, tag); continue; }
      if (is_chrome(n)) { ++info.dropped_elements; i = skip_element(s, tag); newline(2); continue; }
      if (n == "br") { newline(1); continue; }
      if (n == "pre") in_pre = true;
      if (n == "h1") in_h1 = h1.empty();
      if (is_block(n) || n == "h1") newline(2);
      else if (n == "img" || n == "input") pending_space = true;
    } else {
      if (n == "title") { in_title = false; pending_space = false; continue; }
      if (n == "pre") in_pre = false;
      if (n == "h1") in_h1 = false;
      if (is_block(n)) newline(2);
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  out += '\n';
  auto trim = [](std::string t) {
    const auto b = t.find_first_not_of(" \n\t");
    if (b == std::string::npos) return std::string();
    return t.substr(b, t.find_last_not_of(" \n\t") - b + 1);
  };
  if (info.title.empty()) info.title = trim(title_tag);
  if (info.title.empty()) info.title = trim(h1);
  return out;
}

}  // namespace kg::extract
