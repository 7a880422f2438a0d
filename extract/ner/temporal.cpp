#include "extract/ner/temporal.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "extract/ascii.h"
#include "extract/read/dates.h"
#include "extract/tags.h"

namespace kg::extract {
namespace {

// Days since 1970-01-01 for a proleptic Gregorian date (era-based civil calendar arithmetic).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(long z, int& y, int& m, int& d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

std::string iso(int y, int m, int d) { return fmt::format("{:04d}-{:02d}-{:02d}", y, m, d); }

int weekday_number(std::string_view w) {  // 0 = Monday
  static constexpr std::array<std::string_view, 7> kDays = {"monday", "tuesday", "wednesday", "thursday",
                                                            "friday", "saturday", "sunday"};
  const std::string l = lower_ascii(w);
  for (std::size_t k = 0; k < kDays.size(); ++k) if (l == kDays[k]) return static_cast<int>(k);
  return -1;
}

bool is_number(std::string_view f, double& v) {
  std::string clean;
  for (char c : f) {
    if (c == ',') continue;
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.')) return false;
    clean += c;
  }
  if (clean.empty() || clean == ".") return false;
  const auto r = std::from_chars(clean.data(), clean.data() + clean.size(), v);
  return r.ec == std::errc() && r.ptr == clean.data() + clean.size();
}

double scale_word(std::string_view w) {
  const std::string l = lower_ascii(w);
  if (l == "thousand") return 1e3;
  if (l == "million" || l == "mln" || l == "m") return 1e6;
  if (l == "billion" || l == "bln" || l == "bn") return 1e9;
  if (l == "trillion") return 1e12;
  return 0;
}

std::string_view currency_symbol(std::string_view f) {
  if (f == "$" || f == "US$" || f == "USD") return "USD";
  if (f == "\u20AC" || f == "EUR") return "EUR";
  if (f == "\u00A3" || f == "GBP") return "GBP";
  if (f == "\u00A5" || f == "JPY") return "JPY";
  if (f == "CNY" || f == "RMB") return "CNY";
  return {};
}

std::string_view currency_word(std::string_view f) {
  const std::string l = lower_ascii(f);
  if (l == "dollars" || l == "dollar") return "USD";
  if (l == "euros" || l == "euro") return "EUR";
  if (l == "pounds" || l == "pound") return "GBP";
  if (l == "yen") return "JPY";
  if (l == "yuan" || l == "renminbi") return "CNY";
  if (l == "riel" || l == "riels") return "KHR";
  if (l == "rupees" || l == "rupee") return "INR";
  if (l == "ringgit") return "MYR";
  if (l == "baht") return "THB";
  if (l == "dong") return "VND";
  return {};
}

std::string money_value(std::string_view cur, double amount) {
  return fmt::format("{} {}", cur, static_cast<long long>(std::llround(amount)));
}

class SentenceScanner {
 public:
  SentenceScanner(const Document& doc, const Sentence& s, std::string_view anchor, std::vector<Mention>& out)
      : doc_(doc), s_(s), out_(out) {
    has_anchor_ = parse_iso_date(anchor, ay_, am_, ad_);
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      const std::string l = lower_ascii(doc.form(doc.tokens[i]));
      if (l == "will" || l == "'ll" || l == "shall" || l == "next" || l == "upcoming") future_at_ = std::min(future_at_, i);
    }
  }

  void run() {
    for (std::uint32_t i = s_.first_token; i < s_.end_token;) {
      const std::uint32_t e = match(i);
      i = e > i ? e : i + 1;
    }
  }

 private:
  std::string_view form(std::uint32_t i) const {
    return i < s_.end_token ? doc_.form(doc_.tokens[i]) : std::string_view();
  }
  std::string low(std::uint32_t i) const { return lower_ascii(form(i)); }

  void emit(std::uint32_t b, std::uint32_t e, EntityType t, std::string value) {
    out_.push_back({b, e, t, 1.0f, -1, std::move(value), {}, {}});
  }

  std::string anchor_plus(int days) const {
    int y, m, d;
    civil_from_days(days_from_civil(ay_, am_, ad_) + days, y, m, d);
    return iso(y, m, d);
  }
  std::string month_shift(int delta) const {
    int y = ay_, m = am_ + delta;
    while (m < 1) { m += 12; --y; }
    while (m > 12) { m -= 12; ++y; }
    return fmt::format("{:04d}-{:02d}", y, m);
  }

  // Returns one past the end of the expression matched at i, or i when none.
  std::uint32_t match(std::uint32_t i) {
    const std::string w = low(i);
    double num = 0;
    // ---- money: symbol + number [+ scale]
    if (const std::string_view cur = currency_symbol(form(i)); !cur.empty() && is_number(form(i + 1), num)) {
      std::uint32_t e = i + 2;
      if (const double sc = scale_word(form(e)); sc > 0) { num *= sc; ++e; }
      emit(i, e, EntityType::kMoney, money_value(cur, num));
      return e;
    }
    if (is_number(form(i), num)) {
      std::uint32_t e = i + 1;
      double amount = num;
      if (const double sc = scale_word(form(e)); sc > 0) { amount *= sc; ++e; }
      // ---- number + currency word
      if (const std::string_view cur = currency_word(form(e)); !cur.empty()) {
        emit(i, e + 1, EntityType::kMoney, money_value(cur, amount));
        return e + 1;
      }
      // ---- percentages
      const std::string nx = low(i + 1);
      if (nx == "%" || nx == "percent") {
        emit(i, i + 2, EntityType::kPercent, fmt::format("{}", num));
        return i + 2;
      }
      if (nx == "per" && low(i + 2) == "cent") {
        emit(i, i + 3, EntityType::kPercent, fmt::format("{}", num));
        return i + 3;
      }
      // ---- times: 10:30 [am|pm], 5 p.m.
      const std::string_view f = form(i);
      if (nx == "a.m." || nx == "p.m." || nx == "am" || nx == "pm") {
        emit(i, i + 2, EntityType::kTime, std::string(f) + " " + nx);
        return i + 2;
      }
      // ---- day + month [+ year]: "25 May 2024", "25 May"
      if (num >= 1 && num <= 31 && f.find('.') == std::string_view::npos) {
        if (const int m = month_number(form(i + 1)); m && std::isupper(static_cast<unsigned char>(form(i + 1)[0]))) {
          double y = 0;
          if (is_number(form(i + 2), y) && form(i + 2).size() == 4) {
            emit(i, i + 3, EntityType::kDate, iso(static_cast<int>(y), m, static_cast<int>(num)));
            return i + 3;
          }
          emit(i, i + 2, EntityType::kDate, has_anchor_ ? iso(ay_, m, static_cast<int>(num)) : "");
          return i + 2;
        }
      }
    }
    // times with a colon
    if (form(i).size() >= 4 && form(i).find(':') != std::string_view::npos &&
        std::isdigit(static_cast<unsigned char>(form(i)[0])) && form(i).find('/') == std::string_view::npos) {
      std::uint32_t e = i + 1;
      const std::string nx = low(e);
      if (nx == "a.m." || nx == "p.m." || nx == "am" || nx == "pm") ++e;
      emit(i, e, EntityType::kTime, std::string(form(i)) + (e > i + 1 ? " " + nx : ""));
      return e;
    }
    if (w == "noon" || w == "midnight") {
      emit(i, i + 1, EntityType::kTime, w == "noon" ? "12:00" : "00:00");
      return i + 1;
    }
    // ---- ISO and US numeric dates
    if (std::string n = normalize_date(form(i)); !n.empty() && form(i).size() == 10) {
      emit(i, i + 1, EntityType::kDate, n);
      return i + 1;
    }
    // ---- relative days
    if (w == "yesterday" || w == "today" || w == "tomorrow" || w == "tonight") {
      const int delta = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
      emit(i, i + 1, EntityType::kDate, has_anchor_ ? anchor_plus(delta) : "");
      return i + 1;
    }
    // ---- [last|next|this] weekday
    {
      std::uint32_t b = i;
      int dir = 0;  // -1 last, +1 next, 0 nearest by tense
      if (w == "last" || w == "past") dir = -1;
      else if (w == "next" || w == "coming") dir = 1;
      else if (w == "this") dir = 2;
      const std::uint32_t k = dir ? i + 1 : i;
      if (const int wd = weekday_number(form(k)); wd >= 0 && std::isupper(static_cast<unsigned char>(form(k)[0]))) {
        std::string value;
        if (has_anchor_) {
          const int today = weekday_of(iso(ay_, am_, ad_));
          // The tense of the weekday's own clause when the parse gives one, else a future
          // word before it in the sentence ("will meet on Friday").
          const int tense = dir == 0 ? tense_at(k) : 0;
          const bool future = dir == 1 || (dir == 0 && (tense > 0 || (tense == 0 && future_at_ < k)));
          int delta;
          if (future) {
            delta = (wd - today + 7) % 7;
            if (delta == 0) delta = 7;
          } else if (dir == 2) {
            delta = wd - today;
          } else {
            delta = -((today - wd + 7) % 7);
            if (dir == -1 && delta == 0) delta = -7;
          }
          value = anchor_plus(delta);
        }
        emit(b, k + 1, EntityType::kDate, value);
        return k + 1;
      }
      // ---- last|next|this week|month|year|weekend
      const std::string unit = low(i + 1);
      if (dir && (unit == "week" || unit == "month" || unit == "year" || unit == "weekend")) {
        std::string value;
        if (has_anchor_) {
          const int d = dir == 2 ? 0 : dir;
          if (unit == "week") value = iso_week(anchor_plus(7 * d));
          else if (unit == "weekend") value = iso_week(anchor_plus(7 * d)) + "-WE";
          else if (unit == "month") value = month_shift(d);
          else value = fmt::format("{:04d}", ay_ + d);
        }
        emit(i, i + 2, EntityType::kDate, value);
        return i + 2;
      }
    }
    // ---- N units ago
    if (is_number(form(i), num) && low(i + 2) == "ago") {
      const std::string unit = low(i + 1);
      std::string value;
      const int n = static_cast<int>(num);
      if (has_anchor_) {
        if (unit.starts_with("day")) value = anchor_plus(-n);
        else if (unit.starts_with("week")) value = iso_week(anchor_plus(-7 * n));
        else if (unit.starts_with("month")) value = month_shift(-n);
        else if (unit.starts_with("year")) value = fmt::format("{:04d}", ay_ - n);
      }
      if (unit.starts_with("day") || unit.starts_with("week") || unit.starts_with("month") || unit.starts_with("year")) {
        emit(i, i + 3, EntityType::kDate, value);
        return i + 3;
      }
    }
    // ---- Month [day] [, year] / Month year
    if (const int m = month_number(form(i)); m && std::isupper(static_cast<unsigned char>(form(i)[0])) &&
                                             !(w == "may" && !date_context(i)) && !(w == "march" && !date_context(i))) {
      double d = 0, y = 0;
      if (is_number(form(i + 1), d) && d >= 1 && d <= 31 && form(i + 1).size() <= 2) {
        std::uint32_t e = i + 2;
        if (form(e) == ",") ++e;
        if (is_number(form(e), y) && form(e).size() == 4) {
          emit(i, e + 1, EntityType::kDate, iso(static_cast<int>(y), m, static_cast<int>(d)));
          return e + 1;
        }
        const int dd = static_cast<int>(d);
        emit(i, i + 2, EntityType::kDate, has_anchor_ ? iso(year_for(i, m, dd), m, dd) : "");
        return i + 2;
      }
      if (is_number(form(i + 1), y) && form(i + 1).size() == 4) {
        emit(i, i + 2, EntityType::kDate, fmt::format("{:04d}-{:02d}", static_cast<int>(y), m));
        return i + 2;
      }
      emit(i, i + 1, EntityType::kDate, has_anchor_ ? fmt::format("{:04d}-{:02d}", year_for(i, m, 0), m) : "");
      return i + 1;
    }
    // ---- years after a preposition, decades
    if (is_number(form(i), num) && form(i).size() == 4 && num >= 1900 && num <= 2099 && i > s_.first_token) {
      const std::string p = low(i - 1);
      if (p == "in" || p == "since" || p == "by" || p == "until" || p == "till" || p == "of" || p == "from" ||
          p == "during" || p == "before" || p == "after" || p == "to" || p == "through") {
        emit(i, i + 1, EntityType::kDate, std::string(form(i)));
        return i + 1;
      }
    }
    if (form(i).size() == 5 && form(i).back() == 's' && is_number(form(i).substr(0, 4), num) && num >= 1800 &&
        num <= 2090 && static_cast<long>(num) % 10 == 0) {
      emit(i, i + 1, EntityType::kDate, std::string(form(i).substr(0, 3)) + "X");
      return i + 1;
    }
    return i;
  }

  // "May" and "March" are dates only near a number or a date preposition.
  bool date_context(std::uint32_t i) const {
    double n = 0;
    if (is_number(form(i + 1), n)) return true;
    if (i > s_.first_token) {
      const std::string p = low(i - 1);
      if (p == "in" || p == "since" || p == "until" || p == "last" || p == "next" || p == "early" || p == "late" ||
          p == "mid" || p == "of" || p == "by" || p == "during" || is_number(form(i - 1), n))
        return true;
    }
    return false;
  }

  // The tense of the clause a date at token i belongs to, from the parse: the first verb
  // up its chain of heads. -1 past ("was convicted at a trial on October 27", "met on
  // May 3"), +1 future ("will meet on May 3"), 0 present or unknown.
  int tense_at(std::uint32_t i) const {
    static const std::uint8_t kVerb = tags::upos_id("VERB"), kAux = tags::upos_id("AUX"),
                              kVbd = tags::xpos_id("VBD");
    std::uint32_t v = i;
    for (int steps = 0; steps < 8; ++steps) {
      const Token& t = doc_.tokens[v];
      if (t.upos == kVerb || (t.upos == kAux && t.head < 0)) break;
      if (t.head < 0) return 0;
      v = s_.first_token + static_cast<std::uint32_t>(t.head);
      if (v >= s_.end_token) return 0;
    }
    int tense = doc_.tokens[v].xpos == kVbd ? -1 : 0;
    for (std::uint32_t k = s_.first_token; k < s_.end_token; ++k) {
      const Token& t = doc_.tokens[k];
      if (t.head < 0 || s_.first_token + static_cast<std::uint32_t>(t.head) != v || t.upos != kAux) continue;
      const std::string a = lower_ascii(doc_.form(t));
      if (a == "will" || a == "'ll" || a == "shall") return 1;
      if (a == "would") return 0;
      if (a == "was" || a == "were" || a == "had" || a == "did") tense = -1;
    }
    return tense;
  }
  // The year of a month (and day; 0 for a whole month) written without one: the article's,
  // unless the clause is in the past and the date would come after the article (then the
  // year before), or in the future and the date would come before it (the year after).
  int year_for(std::uint32_t i, int m, int d) const {
    const int tense = tense_at(i);
    const bool after = m > am_ || (m == am_ && d > ad_);
    const bool before = m < am_ || (m == am_ && d != 0 && d < ad_);
    if (tense < 0 && after) return ay_ - 1;
    if (tense > 0 && before) return ay_ + 1;
    return ay_;
  }

  const Document& doc_;
  const Sentence& s_;
  std::vector<Mention>& out_;
  bool has_anchor_ = false;
  int ay_ = 0, am_ = 0, ad_ = 0;
  std::uint32_t future_at_ = UINT32_MAX;
};

}  // namespace

bool parse_iso_date(std::string_view s, int& y, int& m, int& d) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  auto num = [&](std::size_t b, std::size_t n, int& v) {
    const auto r = std::from_chars(s.data() + b, s.data() + b + n, v);
    return r.ec == std::errc() && r.ptr == s.data() + b + n;
  };
  return num(0, 4, y) && num(5, 2, m) && num(8, 2, d) && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

std::string add_days(std::string_view s, int days) {
  int y, m, d;
  if (!parse_iso_date(s, y, m, d)) return {};
  civil_from_days(days_from_civil(y, m, d) + days, y, m, d);
  return iso(y, m, d);
}

int weekday_of(std::string_view s) {
  int y, m, d;
  if (!parse_iso_date(s, y, m, d)) return -1;
  const long z = days_from_civil(y, m, d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

std::string iso_week(std::string_view s) {
  int y, m, d;
  if (!parse_iso_date(s, y, m, d)) return {};
  const long z = days_from_civil(y, m, d);
  const int wd = weekday_of(s);
  const long thursday = z - wd + 3;  // the week belongs to the year of its Thursday
  int ty, tm, td;
  civil_from_days(thursday, ty, tm, td);
  const long jan1 = days_from_civil(ty, 1, 1);
  const long week = (thursday - jan1) / 7 + 1;
  return fmt::format("{:04d}-W{:02d}", ty, week);
}

void find_temporal(const Document& doc, const Sentence& s, std::string_view anchor, std::vector<Mention>& out) {
  SentenceScanner(doc, s, anchor, out).run();
}

Status TemporalStage::process(Document& doc) const {
  std::vector<Mention> found;
  for (const Sentence& s : doc.sentences) find_temporal(doc, s, doc.published, found);
  std::vector<Mention> merged;
  merged.reserve(doc.mentions.size() + found.size());
  for (const Mention& m : found) {
    const bool overlaps = std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& n) {
      return n.first_token < m.end_token && m.first_token < n.end_token;
    });
    if (!overlaps) merged.push_back(m);
  }
  merged.insert(merged.end(), doc.mentions.begin(), doc.mentions.end());
  std::sort(merged.begin(), merged.end(), [](const Mention& a, const Mention& b) {
    return a.first_token != b.first_token ? a.first_token < b.first_token : a.end_token < b.end_token;
  });
  doc.mentions = std::move(merged);
  doc.layers |= kLayerMentions;
  return Status::ok();
}

}  // namespace kg::extract
