#include "extract/read/dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include <fmt/format.h>

namespace kg::extract {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool valid(int y, int m, int d) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= kDays[static_cast<std::size_t>(m - 1)] &&
         !(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

std::string iso(int y, int m, int d) {
  return valid(y, m, d) ? fmt::format("{:04d}-{:02d}-{:02d}", y, m, d) : std::string();
}

// Words of a date: runs of letters or of digits; punctuation other than separators
// ends the scan.
struct Word {
  std::string_view text;
  bool number = false;
};

std::vector<Word> words_of(std::string_view s, std::size_t max_words) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size() && out.size() < max_words) {
    const char c = s[i];
    if (c == ' ' || c == ',' || c == '.' || c == '\t') { ++i; continue; }
    const std::size_t b = i;
    if (is_digit(c)) {
      while (i < s.size() && is_digit(s[i])) ++i;
      // ordinal suffix: 25th, 1st, 2nd, 3rd
      std::size_t e = i;
      if (i + 1 < s.size() && is_alpha(s[i]) && is_alpha(s[i + 1])) {
        const std::string_view suf = s.substr(i, 2);
        if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") i += 2;
      }
      out.push_back({s.substr(b, e - b), true});
    } else if (is_alpha(c)) {
      while (i < s.size() && is_alpha(s[i])) ++i;
      out.push_back({s.substr(b, i - b), false});
    } else {
      break;
    }
  }
  return out;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool weekday(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  if (w.size() < 3) return false;
  std::string l;
  for (char c : w.substr(0, 3)) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (auto d : kDays) if (d == l) return true;
  return false;
}

}  // namespace

int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"};
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return 0;
  std::string l;
  for (char c : word) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (l == kMonths[m]) return static_cast<int>(m + 1);
    if (l.size() == 3 && kMonths[m].substr(0, 3) == l) return static_cast<int>(m + 1);
    if (l == "sept" && m == 8) return 9;
  }
  return 0;
}

std::string normalize_date(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  // Numeric ISO forms: YYYY-MM-DD or YYYY/MM/DD, optionally followed by a time.
  if (s.size() >= 10 && is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]) &&
      (s[4] == '-' || s[4] == '/') && is_digit(s[5]) && is_digit(s[6]) && s[7] == s[4] &&
      is_digit(s[8]) && is_digit(s[9]) && (s.size() == 10 || !is_digit(s[10]))) {
    return iso(to_int(s.substr(0, 4)), to_int(s.substr(5, 2)), to_int(s.substr(8, 2)));
  }
  std::vector<Word> w = words_of(s, 6);
  std::size_t k = 0;
  if (k < w.size() && !w[k].number && weekday(w[k].text) && month_number(w[k].text) == 0) ++k;
  if (k + 2 < w.size()) {
    // D Month YYYY
    if (w[k].number && !w[k + 1].number && w[k + 2].number && w[k + 2].text.size() == 4) {
      const int m = month_number(w[k + 1].text);
      if (m) return iso(to_int(w[k + 2].text), m, to_int(w[k].text));
    }
    // Month D YYYY
    if (!w[k].number && w[k + 1].number && w[k + 2].number && w[k + 2].text.size() == 4) {
      const int m = month_number(w[k].text);
      if (m) return iso(to_int(w[k + 2].text), m, to_int(w[k + 1].text));
    }
  }
  return {};
}

bool parse_dateline(std::string_view p, Dateline& out) {
  // The separator must come early: ':' or a dash surrounded by spaces.
  const std::size_t limit = std::min<std::size_t>(p.size(), 90);
  std::size_t sep = std::string_view::npos, after = 0;
  for (std::size_t i = 0; i < limit; ++i) {
    if (p[i] == ':' && i + 1 < p.size() && p[i + 1] == ' ') { sep = i; after = i + 1; break; }
    if (p[i] == ' ' && i + 2 < p.size()) {
      const std::string_view rest = p.substr(i + 1);
      for (std::string_view dash : {"- ", "-- ", "\u2013 ", "\u2014 "}) {
        if (rest.substr(0, dash.size()) == dash) { sep = i; after = i + 1 + dash.size(); break; }
      }
      if (sep != std::string_view::npos) break;
    }
  }
  // A paragraph that is only a dateline ending with its agency: "BANGKOK, Thailand (AP)".
  if (sep == std::string_view::npos) {
    std::size_t e = p.size();
    while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\n' || p[e - 1] == '\r')) --e;
    if (e > 0 && e <= limit && p[e - 1] == ')' && p.find('(') != std::string_view::npos) sep = after = e;
  }
  if (sep == std::string_view::npos || sep == 0) return false;
  const std::string_view head = p.substr(0, sep);
  // Every word of the head must be capitalised, a number, a month, or in parentheses.
  bool has_agency = false, in_paren = false;
  std::size_t words = 0;
  for (std::size_t i = 0; i < head.size();) {
    const char c = head[i];
    if (c == ' ' || c == ',' || c == '.') { ++i; continue; }
    if (c == '(') { in_paren = true; has_agency = true; ++i; continue; }
    if (c == ')') { in_paren = false; ++i; continue; }
    const std::size_t b = i;
    while (i < head.size() && head[i] != ' ' && head[i] != ',' && head[i] != '(' && head[i] != ')') ++i;
    const std::string_view word = head.substr(b, i - b);
    ++words;
    if (in_paren) continue;
    const auto first = static_cast<unsigned char>(word[0]);
    if (!(std::isupper(first) || std::isdigit(first) || first >= 0x80)) return false;
  }
  if (words == 0 || words > 10) return false;
  std::size_t place_end = head.find_first_of(",(");
  if (place_end == std::string_view::npos) place_end = head.size();
  std::string_view place = head.substr(0, place_end);
  while (!place.empty() && place.back() == ' ') place.remove_suffix(1);
  std::string date;
  if (place_end < head.size() && head[place_end] == ',') date = normalize_date(head.substr(place_end + 1));
  if (date.empty() && !has_agency) return false;
  out.place_begin = 0;
  out.place_end = place.size();
  out.region_begin = out.region_end = 0;
  if (date.empty() && place_end < head.size() && head[place_end] == ',') {
    std::size_t b = place_end + 1, e = head.find_first_of(",(", b);
    if (e == std::string_view::npos) e = head.size();
    while (b < e && head[b] == ' ') ++b;
    while (e > b && head[e - 1] == ' ') --e;
    out.region_begin = b;
    out.region_end = e;
  }
  // An all-caps place ("WASHINGTON") reads better in title case.
  std::string pl(place);
  bool all_caps = true;
  for (char c : pl) if (std::islower(static_cast<unsigned char>(c))) all_caps = false;
  if (all_caps) {
    bool start = true;
    for (char& c : pl) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        c = static_cast<char>(start ? c : std::tolower(static_cast<unsigned char>(c)));
        start = false;
      } else {
        start = true;
      }
    }
  }
  out.place = pl;
  out.date = date;
  std::size_t len = after;
  while (len < p.size() && p[len] == ' ') ++len;
  out.length = len;
  return true;
}

}  // namespace kg::extract
