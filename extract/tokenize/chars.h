// Character classes and small lexicons for the tokenizer. Inputs are valid UTF-8 (the
// text is cleaned at ingestion); positions are byte offsets at a code point start.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kg::extract::chars {

enum class CharClass : std::uint8_t {
  kSpace,   // ASCII and Unicode white space, zero-width space, BOM
  kLetter,  // letters of any script, marks
  kDigit,   // 0-9
  kPunct,   // punctuation and symbols (one token each unless a rule joins them)
  kEmoji,   // pictographs; joined into one token with kJoiner and modifiers
  kJoiner,  // U+200D ZERO WIDTH JOINER, U+FE0F variation selector
};

CharClass class_at(std::string_view s, std::size_t i);
inline bool is_word(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }

// Byte length of the code point at i (1 for ASCII).
inline std::size_t length_at(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  return i + n <= s.size() ? n : s.size() - i;
}

// True if a white-space code point starts at i; `len` gets its byte length.
bool is_space_at(std::string_view s, std::size_t i, std::size_t& len);

// Skin-tone modifiers U+1F3FB..U+1F3FF.
bool is_emoji_modifier(std::string_view s, std::size_t i);
// True if a regional indicator symbol (U+1F1E6..U+1F1FF) starts at byte i; two of them
// make one flag ("🇰🇪").
bool is_regional_indicator(std::string_view s, std::size_t i);

// Abbreviations that keep their final period: titles (Mr, Dr, Gen), months (Jan, Sept),
// company forms (Inc, Corp), and others (etc, vs, approx). Case-sensitive as written.
bool is_abbreviation(std::string_view word);
// Abbreviations that precede a name or number and so never end a sentence (Mr, Dr, No).
bool is_title_abbreviation(std::string_view word_with_period);

// Informal contractions written without apostrophe that UD EWT splits ("cannot" = can +
// not, "gonna" = gon + na, "dont" = do + nt): `cut` is where the second word starts.
struct Contraction {
  std::string_view word;  // lower case
  std::uint8_t cut;
};
const Contraction* informal_contraction(std::string_view word);

}  // namespace kg::extract::chars
