// HTML to plain text for article pages.
//
// Keeps the visible prose with paragraph breaks ("\n\n" between block elements, "\n" for
// <br>), decodes character references, and drops what is never article text: script,
// style, noscript, template, svg, head, and page chrome (nav, header, footer, aside, form),
// whose count is reported so that nothing vanishes silently. Metadata found on the way
// (<title>, og:title, canonical URL, publication date, lang) is returned beside the text.
// Not a validating parser: malformed markup degrades to text, never to an error.
// Thread safety: pure function.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::extract {

struct HtmlInfo {
  std::string title;      // og:title, else <title>, else the first <h1>
  std::string url;        // <link rel=canonical> or og:url
  std::string published;  // article:published_time, <meta name=date>, or the first <time datetime>
  std::string language;   // <html lang>
  std::size_t dropped_elements = 0;  // nav/header/footer/aside/form elements left out
};

std::string html_to_text(std::string_view html, HtmlInfo& info);

// Decodes one character reference starting at s[i] == '&'. On success appends the
// character(s) to `out` and returns the length consumed; returns 0 if it is not one.
std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out);

}  // namespace kg::extract
