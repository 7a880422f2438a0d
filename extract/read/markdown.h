// Markdown to plain text for articles written or exported as .md.
//
// Removes the syntax a reader does not see and keeps the words: heading markers (# ),
// emphasis (*, **, _, __ around words), inline code backticks, links [text](url) → text,
// images ![alt](url) → alt, block quotes (> ), horizontal rules, HTML comments.
// Line structure is kept, so paragraphs (blank lines) stay paragraphs.
// Thread safety: pure function.
#pragma once

#include <string>
#include <string_view>

namespace kg::extract {

std::string markdown_to_text(std::string_view md);

}  // namespace kg::extract
