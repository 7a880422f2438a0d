// Dates, times, money and percentages (extract/ner/temporal.h).
#include "extract/ner/temporal.h"

#include <doctest/doctest.h>

#include "extract/read/reader.h"
#include "extract/tokenize/tokenizer.h"
#include "tests/extract/triples/hand_doc.h"

namespace {

using namespace kg::extract;

// "text=TYPE:value; ..." for every expression found in `text` anchored at `anchor`.
std::string found(const std::string& text, const std::string& anchor = "2024-05-25") {
  ReadReport report;
  Document doc = make_document("t", "t", text, true, report);
  doc.published = anchor;
  REQUIRE(Tokenizer().process(doc).is_ok());
  REQUIRE(TemporalStage().process(doc).is_ok());
  std::string out;
  for (const Mention& m : doc.mentions) {
    if (!out.empty()) out += "; ";
    out += std::string(doc.slice(doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end)) + "=" +
           std::string(entity_type_name(m.type)) + ":" + m.value;
  }
  return out;
}

}  // namespace

TEST_CASE("calendar arithmetic") {
  CHECK(add_days("2024-02-28", 1) == "2024-02-29");
  CHECK(add_days("2024-03-01", -1) == "2024-02-29");
  CHECK(add_days("2023-12-31", 1) == "2024-01-01");
  CHECK(weekday_of("2024-05-25") == 5);  // a Saturday
  CHECK(weekday_of("1970-01-01") == 3);  // a Thursday
  CHECK(iso_week("2024-05-25") == "2024-W21");
  CHECK(iso_week("2021-01-03") == "2020-W53");
  CHECK(iso_week("2024-12-30") == "2025-W01");
  CHECK(add_days("not a date", 1).empty());
}

TEST_CASE("relative dates resolve against the article date (Saturday 25 May 2024)") {
  CHECK(found("On Friday, Wang Yi met Sok Chenda Sophea.") == "Friday=DATE:2024-05-24");
  CHECK(found("They will meet again on Friday.") == "Friday=DATE:2024-05-31");
  CHECK(found("He arrived on Saturday.") == "Saturday=DATE:2024-05-25");
  CHECK(found("They met last Saturday.") == "last Saturday=DATE:2024-05-18");
  CHECK(found("The talks open next Monday.") == "next Monday=DATE:2024-05-27");
  CHECK(found("It happened yesterday, not today.") == "yesterday=DATE:2024-05-24; today=DATE:2024-05-25");
  CHECK(found("Tomorrow is a holiday.") == "Tomorrow=DATE:2024-05-26");
  CHECK(found("They met last week.") == "last week=DATE:2024-W20");
  CHECK(found("A visit is planned next month.") == "next month=DATE:2024-06");
  CHECK(found("Trade grew this year.") == "this year=DATE:2024");
  CHECK(found("It fell last year.") == "last year=DATE:2023");
  CHECK(found("He left three days ago.") == "");  // a number written as a word is not a date yet
  CHECK(found("He left 3 days ago.") == "3 days ago=DATE:2024-05-22");
  CHECK(found("The deal was signed 2 years ago.") == "2 years ago=DATE:2022");
}

TEST_CASE("absolute dates") {
  CHECK(found("Beijing, 25 May 2024.") == "25 May 2024=DATE:2024-05-25");
  CHECK(found("Signed on May 25, 2024 in Hanoi.") == "May 25, 2024=DATE:2024-05-25");
  CHECK(found("Talks resume on June 3.") == "June 3=DATE:2024-06-03");
  CHECK(found("It opens in October.") == "October=DATE:2024-10");
  CHECK(found("It opened in May 2023.") == "May 2023=DATE:2023-05");
  CHECK(found("The refinery opens in 2028.") == "2028=DATE:2028");
  CHECK(found("Prices rose in the 1990s.") == "1990s=DATE:199X");
  CHECK(found("Filed 2024-05-01 in court.") == "2024-05-01=DATE:2024-05-01");
  CHECK(found("You may go.") == "");  // the modal is not a month
  CHECK(found("They march on.") == "");
  CHECK(found("The plan has 2028 steps.") == "");
}

TEST_CASE("dates without an anchor keep the mention, not a value") {
  CHECK(found("On Friday they met.", "") == "Friday=DATE:");
  CHECK(found("Signed 25 May 2024.", "") == "25 May 2024=DATE:2024-05-25");
}

TEST_CASE("money, percentages and times") {
  CHECK(found("It will invest $1.2 billion.") == "$1.2 billion=MONEY:USD 1200000000");
  CHECK(found("Trade of $18 billion by 2028.") == "$18 billion=MONEY:USD 18000000000; 2028=DATE:2028");
  CHECK(found("A fund of 500 million euros.") == "500 million euros=MONEY:EUR 500000000");
  CHECK(found("It cost \u20AC20.") == "\u20AC20=MONEY:EUR 20");
  CHECK(found("Growth was 3.5 percent.") == "3.5 percent=PERCENT:3.5");
  CHECK(found("Up 50% on the year.") == "50%=PERCENT:50");
  CHECK(found("Down 2 per cent.") == "2 per cent=PERCENT:2");
  CHECK(found("We meet at 10:30 am.") == "10:30 am=TIME:10:30 am");
  CHECK(found("At 5 p.m. they left.") == "5 p.m.=TIME:5 p.m.");
  CHECK(found("Lunch at noon.") == "noon=TIME:12:00");
  CHECK(found("It created 2,400 jobs.") == "");
}

TEST_CASE("a month and day without a year take the tense of their clause (anchor 25 May 2024)") {
  auto value_of = [](const std::string& spec) {
    Document doc = kg::test::make_doc(spec);
    doc.mentions.clear();
    REQUIRE(TemporalStage().process(doc).is_ok());
    for (const Mention& m : doc.mentions)
      if (m.type == EntityType::kDate) return m.value;
    return std::string("<none>");
  };
  // Past tense, a date after the article: the year before.
  CHECK(value_of("He|he|PRON|PRP|3|nsubj:pass was|be|AUX|VBD|3|aux:pass convicted|convict|VERB|VBN|0|root "
                 "on|on|ADP|IN|5|case October|October|PROPN|NNP|3|obl 27|27|NUM|CD|5|nummod") == "2023-10-27");
  // Future tense, a date before the article: the year after.
  CHECK(value_of("They|they|PRON|PRP|3|nsubj will|will|AUX|MD|3|aux meet|meet|VERB|VB|0|root "
                 "on|on|ADP|IN|5|case January|January|PROPN|NNP|3|obl 5|5|NUM|CD|5|nummod") == "2025-01-05");
  // Past tense, a date before the article: the article's year.
  CHECK(value_of("They|they|PRON|PRP|2|nsubj met|meet|VERB|VBD|0|root on|on|ADP|IN|4|case "
                 "March|March|PROPN|NNP|2|obl 3|3|NUM|CD|4|nummod") == "2024-03-03");
}

TEST_CASE("a weekday takes the tense of its own clause (anchor Saturday 25 May 2024)") {
  // "They will resume talks that ended on Friday."
  Document doc = kg::test::make_doc(
      "They|they|PRON|PRP|3|nsubj will|will|AUX|MD|3|aux resume|resume|VERB|VB|0|root talks|talk|NOUN|NNS|3|obj "
      "that|that|PRON|WDT|6|nsubj ended|end|VERB|VBD|4|acl:relcl on|on|ADP|IN|8|case Friday|Friday|PROPN|NNP|6|obl");
  doc.mentions.clear();
  REQUIRE(TemporalStage().process(doc).is_ok());
  REQUIRE(!doc.mentions.empty());
  CHECK(doc.mentions.front().value == "2024-05-24");  // "ended on Friday": the past Friday, though "will" comes first
}
