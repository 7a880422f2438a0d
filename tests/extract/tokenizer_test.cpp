// Tokenizer cases: each input with its expected surface tokens (space-separated) and,
// inside a multiword token, its words joined by "·" (U+00B7). The conventions are those of
// UD English EWT (see tokenizer.h).
#include "extract/tokenize/tokenizer.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using kg::extract::Token;

std::string render(std::string_view text) {
  std::vector<Token> toks;
  kg::extract::tokenize_span(text, 0, toks);
  std::string out;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (!out.empty()) out += ' ';
    const std::size_t n = toks[i].mwt_words > 1 ? toks[i].mwt_words : 1;
    for (std::size_t k = 0; k < n; ++k) {
      if (k) out += "\u00B7";
      out += text.substr(toks[i + k].begin, toks[i + k].end - toks[i + k].begin);
    }
    i += n - 1;
  }
  return out;
}

struct Case {
  const char* input;
  const char* expected;
};

// clang-format off
const Case kCases[] = {
    // plain words and sentence punctuation
    {"Wang Yi met Sok Chenda Sophea.", "Wang Yi met Sok Chenda Sophea ."},
    {"Hello, world!", "Hello , world !"},
    {"Really?!", "Really ?!"},
    {"Wait...", "Wait ..."},
    {"Wait\u2026 what", "Wait \u2026 what"},
    {"(see below)", "( see below )"},
    {"[citation needed]", "[ citation needed ]"},
    {"{braces}", "{ braces }"},
    {"a; b: c", "a ; b : c"},
    {"end.", "end ."},
    // quotes
    {"\"Don't be evil,\" they said.", "\" Do\u00B7n't be evil , \" they said ."},
    {"\u201CWe agree,\u201D he said.", "\u201C We agree , \u201D he said ."},
    {"'single quoted'", "' single quoted '"},
    {"``old style''", "`` old style ''"},
    {"\u2018curly single\u2019", "\u2018 curly single \u2019"},
    // clitics as multiword tokens
    {"don't", "do\u00B7n't"},
    {"Don't", "Do\u00B7n't"},
    {"can't", "ca\u00B7n't"},
    {"won't", "wo\u00B7n't"},
    {"isn't", "is\u00B7n't"},
    {"I'm here", "I\u00B7'm here"},
    {"you're", "you\u00B7're"},
    {"we've", "we\u00B7've"},
    {"they'll", "they\u00B7'll"},
    {"she'd", "she\u00B7'd"},
    {"it's", "it\u00B7's"},
    {"China's support", "China\u00B7's support"},
    {"China\u2019s support", "China\u00B7\u2019s support"},
    {"didn\u2019t", "did\u00B7n\u2019t"},
    {"the parents' meeting", "the parents\u00B7' meeting"},
    {"cannot", "can\u00B7not"},
    {"Cannot", "Can\u00B7not"},
    {"gonna", "gon\u00B7na"},
    {"wanna", "wan\u00B7na"},
    {"gotta", "got\u00B7ta"},
    {"dont", "do\u00B7nt"},
    {"didnt", "did\u00B7nt"},
    {"im tired", "i\u00B7m tired"},
    {"IM me", "IM me"},
    {"O'Brien", "O'Brien"},
    {"rock'n'roll", "rock'n'roll"},
    {"Sha'lan", "Sha'lan"},
    // abbreviations and initials
    {"Mr. Wang", "Mr. Wang"},
    {"Mrs. Smith", "Mrs. Smith"},
    {"Dr. Jones", "Dr. Jones"},
    {"Gen. Lee", "Gen. Lee"},
    {"Prof. Ada", "Prof. Ada"},
    {"St. Louis", "St. Louis"},
    {"the U.S. economy", "the U.S. economy"},
    {"U.K. and E.U.", "U.K. and E.U."},
    {"e.g. this", "e.g. this"},
    {"i.e. that", "i.e. that"},
    {"at 5 p.m. today", "at 5 p.m. today"},
    {"J. R. R. Tolkien", "J. R. R. Tolkien"},
    {"George W. Bush", "George W. Bush"},
    {"on Jan. 5", "on Jan. 5"},
    {"in Sept. 2001", "in Sept. 2001"},
    {"Acme Inc. said", "Acme Inc. said"},
    {"Acme Corp. and Beta Ltd.", "Acme Corp. and Beta Ltd."},
    {"apples, pears, etc. are fruit", "apples , pears , etc. are fruit"},
    {"Smith vs. Jones", "Smith vs. Jones"},
    {"No. 5", "No. 5"},
    {"I said no.", "I said no ."},
    {"The answer is No.", "The answer is No ."},
    {"file.txt.", "file.txt ."},
    // numbers, money, percentages, times, dates
    {"3.5 million", "3.5 million"},
    {"1,000 people", "1,000 people"},
    {"1,234,567.89", "1,234,567.89"},
    {"$5", "$ 5"},
    {"$1.2 billion", "$ 1.2 billion"},
    {"\u20AC20", "\u20AC 20"},
    {"50%", "50 %"},
    {"at 10:30", "at 10:30"},
    {"11/28/2000", "11/28/2000"},
    {"9/11", "9/11"},
    {"on 2024-05-25.", "on 2024-05-25 ."},
    {"the 1990s", "the 1990s"},
    {"21st century", "21st century"},
    {"2,400 jobs", "2,400 jobs"},
    {"1, 2, 3", "1 , 2 , 3"},
    {"-5 degrees", "- 5 degrees"},
    // hyphens
    {"search-engine", "search - engine"},
    {"China-Cambodia", "China - Cambodia"},
    {"long-term plans", "long - term plans"},
    {"e-mail", "e-mail"},
    {"non-commercial", "non-commercial"},
    {"co-workers", "co-workers"},
    {"pre-war", "pre-war"},
    {"anti-ship missiles", "anti-ship missiles"},
    {"self-made", "self - made"},
    {"713-853-3989", "713-853-3989"},
    {"5-10 years", "5 - 10 years"},
    {"Lancang-Mekong", "Lancang - Mekong"},
    {"word -- dash", "word -- dash"},
    {"word--dash", "word -- dash"},
    {"word\u2014dash", "word \u2014 dash"},
    {"2024\u20132025", "2024 \u2013 2025"},
    // web things
    {"see http://example.com/a?b=c.", "see http://example.com/a?b=c ."},
    {"(https://example.org/x)", "( https://example.org/x )"},
    {"https://en.wikipedia.org/wiki/A_(b)", "https://en.wikipedia.org/wiki/A_(b)"},
    {"www.example.com,", "www.example.com ,"},
    {"mail carol.st.clair@enron.com now", "mail carol.st.clair@enron.com now"},
    {"Traci Warner@ENRON", "Traci Warner@ENRON"},
    {"@user hi", "@user hi"},
    {"#MeToo", "#MeToo"},
    {"#1", "# 1"},
    {"b/c it is", "b/c it is"},
    {"w/o sugar", "w/o sugar"},
    {"and/or", "and / or"},
    {"AT&T", "AT&T"},
    {"PG&E", "PG&E"},
    {"Q&A", "Q&A"},
    {"salt & pepper", "salt & pepper"},
    {"Analysis_0712", "Analysis_0712"},
    // emoticons, emoji, symbols
    {"great :)", "great :)"},
    {"sad :-(", "sad :-("},
    {"love <3", "love <3"},
    {"ok ;)", "ok ;)"},
    {"fun \U0001F600!", "fun \U0001F600 !"},
    {"\U0001F44D\U0001F3FD thumbs", "\U0001F44D\U0001F3FD thumbs"},
    {"family \U0001F468\u200D\U0001F469\u200D\U0001F467", "family \U0001F468\u200D\U0001F469\u200D\U0001F467"},
    {"Kenya \U0001F1F0\U0001F1EA\U0001F1EF\U0001F1F5!", "Kenya \U0001F1F0\U0001F1EA \U0001F1EF\U0001F1F5 !"},  // two flags
    {"***", "***"},
    {"=====", "====="},
    {"<<File>>", "<< File >>"},
    {"$$$", "$$$"},
    {"a * b", "a * b"},
    {"5 \u00B0C", "5 \u00B0 C"},
    {"\u00A9 2025", "\u00A9 2025"},
    // other scripts and spaces
    {"\u4E2D\u56FD\u548C\u67EC\u57D4\u5BE8", "\u4E2D\u56FD\u548C\u67EC\u57D4\u5BE8"},
    {"\u4E2D\u56FD\u3002\u67EC\u57D4\u5BE8", "\u4E2D\u56FD \u3002 \u67EC\u57D4\u5BE8"},
    {"\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645", "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645"},
    {"\u05E9\u05DC\u05D5\u05DD, world", "\u05E9\u05DC\u05D5\u05DD , world"},
    {"caf\u00E9 cr\u00E8me", "caf\u00E9 cr\u00E8me"},
    {"M\u00FCnchen's", "M\u00FCnchen\u00B7's"},
    {"non\u00A0breaking", "non breaking"},
    {"thin\u2009space", "thin space"},
    {"zero\u200Bwidth", "zero width"},
    {"  leading and trailing  ", "leading and trailing"},
    {"tab\tseparated\nlines", "tab separated lines"},
    {"", ""},
    {"   ", ""},
    {"\uFFFD", "\uFFFD"},
};
// clang-format on

}  // namespace

TEST_CASE("tokenizer follows UD English EWT conventions") {
  static_assert(sizeof(kCases) / sizeof(kCases[0]) >= 100, "keep at least 100 tricky cases");
  for (const Case& c : kCases) {
    const std::string input = c.input, expected = c.expected;
    CAPTURE(input);
    CHECK(render(input) == expected);
  }
}

TEST_CASE("token offsets are byte offsets into the text and space_after is exact") {
  const std::string text = "Wang Yi's visit, in \u4E2D\u56FD.";
  std::vector<Token> toks;
  kg::extract::tokenize_span(text, 100, toks);
  REQUIRE(toks.size() == 8);
  CHECK(toks[0].begin == 100);
  CHECK(toks[0].end == 104);
  CHECK(toks[0].space_after);
  CHECK(toks[1].mwt_words == 2);   // Yi + 's
  CHECK_FALSE(toks[1].space_after);
  CHECK(toks[2].space_after);      // after 's
  CHECK(text.substr(toks[6].begin - 100, toks[6].end - toks[6].begin) == "\u4E2D\u56FD");
  CHECK(toks[7].end == 100 + text.size());
  CHECK_FALSE(toks[7].space_after);
}

TEST_CASE("a 5,000-token line tokenizes in one pass") {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "word ";
  std::vector<Token> toks;
  kg::extract::tokenize_span(text, 0, toks);
  CHECK(toks.size() == 5000);
}
