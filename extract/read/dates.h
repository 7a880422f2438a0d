// Calendar dates in article metadata and datelines, normalised to ISO 8601.
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace kg::extract {

// "2024-05-25", "2024-05-25T10:00:00Z", "2024/05/25", "25 May 2024", "May 25, 2024",
// "Saturday, 25 May 2024", "Sat, 25 May 2024 10:00:00 +0000", "25th May 2024", "Sept. 3, 2024"
// → "YYYY-MM-DD". Returns "" when `text` holds no whole date (the date may be followed
// by a time or other words; leading words that are not a date are not skipped).
std::string normalize_date(std::string_view text);

// Month number 1..12 for an English month name or abbreviation ("Sept.", "may"), else 0.
int month_number(std::string_view word);

// A dateline opening an article: "Beijing, 25 May 2024 (TDI):", "WASHINGTON (Reuters) -",
// "Phnom Penh, May 24 —". `length` is the byte length of the dateline including the
// separator and following spaces.
struct Dateline {
  std::string place;
  std::string date;  // ISO 8601 or ""
  std::size_t length = 0;
  // Byte ranges in the paragraph: the town as written ("PERUGIA") and, when the words after
  // its comma are no date, the state or country written after it ("Italy", "Conn."); empty
  // ranges when there is none.
  std::size_t place_begin = 0, place_end = 0, region_begin = 0, region_end = 0;
};
bool parse_dateline(std::string_view paragraph, Dateline& out);

}  // namespace kg::extract
