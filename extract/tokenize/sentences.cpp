// Rule-based sentence boundaries over the tokens of one block (see tokenizer.h).
#include <string_view>

#include "extract/tokenize/chars.h"
#include "extract/tokenize/tokenizer.h"

namespace kg::extract {
namespace {

bool is_closer(std::string_view f) {
  return f == "\"" || f == "'" || f == ")" || f == "]" || f == "}" || f == "''" || f == "\u201D" ||
         f == "\u2019" || f == "\u00BB";
}

bool is_terminal(std::string_view f) {
  if (f.empty()) return false;
  if (f == "\u2026") return true;
  for (char c : f) if (c != '.' && c != '!' && c != '?') return false;
  return true;
}

// An ellipsis ("..", "...", "…") ends a sentence only before a capital; mid-sentence
// ellipses followed by lower case are common in informal text.
bool is_ellipsis(std::string_view f) {
  if (f.starts_with("\u2026")) return true;
  return f.size() >= 2 && f.find_first_not_of('.') == std::string_view::npos;
}

// A line of repeated symbols ("***", "=====", "____") stands as a sentence of its own.
bool is_rule_line(std::string_view f) {
  return f.size() >= 3 && f.find_first_not_of(f[0]) == std::string_view::npos &&
         (f[0] == '*' || f[0] == '=' || f[0] == '_' || f[0] == '-' || f[0] == '~' || f[0] == '#');
}

// Can this token open a sentence? Upper-case letters, digits, quotes, brackets and
// symbols can; a lower-case word cannot.
bool can_open(std::string_view f) {
  const auto c = static_cast<unsigned char>(f[0]);
  if (c >= 'a' && c <= 'z') return false;
  return true;
}

}  // namespace

void sentence_ends(const Document& doc, std::uint32_t first, std::uint32_t end, std::vector<std::uint32_t>& ends) {
  ends.clear();
  std::uint32_t start = first;
  auto close = [&](std::uint32_t last_excl) {
    if (last_excl <= start) return;
    ends.push_back(last_excl);
    start = last_excl;
  };
  for (std::uint32_t i = first; i < end; ++i) {
    const Token& t = doc.tokens[i];
    if (t.mwt_words > 1) {  // never split inside a multiword token
      i += t.mwt_words - 1u;
      continue;
    }
    const std::string_view f = doc.form(t);
    if (is_rule_line(f)) {
      close(i);
      close(i + 1);
      continue;
    }
    bool candidate = is_terminal(f);
    if (!candidate && f.size() > 1 && f.back() == '.' && !chars::is_title_abbreviation(f)) {
      // "etc." or "U.S." can end a sentence when a capitalised non-name word follows;
      // only a period after a lower-case abbreviation counts here (etc., a.m.).
      const auto c0 = static_cast<unsigned char>(f[0]);
      candidate = c0 >= 'a' && c0 <= 'z';
    }
    if (!candidate) continue;
    std::uint32_t j = i + 1;
    while (j < end && is_closer(doc.form(doc.tokens[j])) && !doc.tokens[j - 1].space_after) ++j;
    if (j >= end) break;  // the block end closes the sentence anyway
    // After . ! ? a lower-case word still opens a sentence in informal text ("i went.
    // then i ..."); not after an ellipsis, nor after a closing quote ("Why?" she asked).
    const bool closer_seen = j > i + 1;
    if (can_open(doc.form(doc.tokens[j])) || (is_terminal(f) && !is_ellipsis(f) && !closer_seen)) {
      close(j);
      i = j - 1;
    }
  }
  close(end);
}

void split_sentences(const Document& doc, std::uint32_t first, std::uint32_t end, std::vector<Sentence>& out) {
  std::vector<std::uint32_t> ends;
  sentence_ends(doc, first, end, ends);
  std::uint32_t start = first;
  for (std::uint32_t e : ends) {
    out.push_back({start, e, doc.tokens[start].begin, doc.tokens[e - 1].end, {}, false});
    start = e;
  }
}

void cap_sentences(const Document& doc, std::vector<Sentence>& out, std::size_t from) {
  bool long_one = false;
  for (std::size_t i = from; i < out.size(); ++i) long_one = long_one || out[i].end_token - out[i].first_token > kMaxSentenceTokens;
  if (!long_one) return;
  std::vector<Sentence> capped(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(from));
  for (std::size_t i = from; i < out.size(); ++i) {
    const Sentence s = out[i];
    if (s.end_token - s.first_token <= kMaxSentenceTokens) {
      capped.push_back(s);
      continue;
    }
    std::uint32_t start = s.first_token;
    while (s.end_token - start > kMaxSentenceTokens) {
      const std::uint32_t limit = start + kMaxSentenceTokens;  // one past the window
      std::uint32_t cut = limit;
      for (std::uint32_t k = limit - 1; k > start + kMaxSentenceTokens / 2; --k) {
        const std::string_view f = doc.form(doc.tokens[k]);
        if (f == ";" || f == ":" || f == ",") {
          cut = k + 1;
          break;
        }
      }
      // Never inside a multiword token: move the cut before the token that opens it.
      for (std::uint32_t k = start; k < cut; ++k) {
        const std::uint32_t w = doc.tokens[k].mwt_words;
        if (w > 1 && k + w > cut && k > start) {
          cut = k;
          break;
        }
        if (w > 1) k += w - 1u;
      }
      capped.push_back({start, cut, doc.tokens[start].begin, doc.tokens[cut - 1].end, {}, false});
      start = cut;
    }
    capped.push_back({start, s.end_token, doc.tokens[start].begin, doc.tokens[s.end_token - 1].end, {}, false});
  }
  out = std::move(capped);
}

}  // namespace kg::extract
