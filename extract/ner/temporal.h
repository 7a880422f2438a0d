// Dates, times, money and percentages by rules, with normalised values.
//
// Dates resolve against an anchor (the article's ISO publication date): "On Friday" in an
// article of Saturday 2024-05-25 is "2024-05-24" ("will meet on Friday" looks forward:
// "2024-05-31"); "yesterday", "today", "tomorrow"; "last/next/this week" → ISO week
// ("2024-W20"); "last/next/this month" → "2024-04"; "last/next/this year" → "2023";
// "N days/weeks/months/years ago"; "25 May 2024", "May 25, 2024", "May 2024", "in 2024";
// "May 25" and "in October" take the anchor's year, unless the tense of their clause (the
// parse: the first verb up from the date, its auxiliaries) puts them on the other side of
// the anchor: a past clause and a later date is the year before ("was convicted at a trial
// on October 27" in a February article), a future clause and an earlier date the year
// after ("will meet on January 5" in May); "the 1990s" → "199X", ISO and US
// numeric dates. Without an anchor, relative dates get no value (the mention is kept).
// Times: "10:30", "5 p.m.", "noon". Money: "$1.2 billion" → "USD 1200000000",
// "18 billion dollars", "€20", "US$5". Percentages: "50%", "50 percent", "3.5 per cent".
// Thread safety: pure functions; TemporalStage is stateless.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/stage.h"

namespace kg::extract {

// Appends the DATE, TIME, MONEY and PERCENT mentions of sentence `s` to `out`.
void find_temporal(const Document& doc, const Sentence& s, std::string_view anchor_iso, std::vector<Mention>& out);

// Calendar helpers on ISO dates "YYYY-MM-DD" (false / "" when `iso` is not one).
bool parse_iso_date(std::string_view iso, int& y, int& m, int& d);
std::string add_days(std::string_view iso, int days);
int weekday_of(std::string_view iso);  // 0 = Monday … 6 = Sunday, -1 if not a date
std::string iso_week(std::string_view iso);  // "2024-W21"

// Adds temporal and numeric mentions to doc.mentions (kept sorted; spans that overlap a
// named-entity mention are left out), anchored at doc.published.
class TemporalStage final : public Stage {
 public:
  std::string_view name() const override { return "temporal"; }
  Layers required() const override { return kLayerTokens | kLayerSentences; }
  Layers assigned() const override { return kLayerMentions; }
  Status process(Document& doc) const override;
};

}  // namespace kg::extract
