#include "extract/tokenize/chars.h"

#include <algorithm>
#include <array>

#include "extract/read/clean.h"

namespace kg::extract::chars {
namespace {

// ASCII classes, built once at compile time.
constexpr std::array<CharClass, 128> make_ascii() {
  std::array<CharClass, 128> t{};
  for (std::size_t c = 0; c < 128; ++c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') t[c] = CharClass::kSpace;
    else if (c >= '0' && c <= '9') t[c] = CharClass::kDigit;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) t[c] = CharClass::kLetter;
    else if (c < 0x20) t[c] = CharClass::kSpace;
    else t[c] = CharClass::kPunct;
  }
  return t;
}
constexpr std::array<CharClass, 128> kAscii = make_ascii();

CharClass classify(char32_t cp) {
  if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
      cp == 0x3000 || cp == 0xFEFF || cp == 0x85)
    return CharClass::kSpace;
  if (cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E) return CharClass::kJoiner;
  if (cp == 0x200C || cp == 0x00AD) return CharClass::kLetter;  // ZWNJ, soft hyphen: inside words
  if (cp >= 0xA1 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA && cp != 0xB2 && cp != 0xB3 && cp != 0xB9)
    return CharClass::kPunct;
  if (cp == 0xD7 || cp == 0xF7) return CharClass::kPunct;
  if (cp >= 0x2010 && cp <= 0x205E) return CharClass::kPunct;           // dashes, quotes, bullets, ellipsis
  if (cp >= 0x20A0 && cp <= 0x20CF) return CharClass::kPunct;           // currency
  if ((cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF))
    return CharClass::kEmoji;
  if (cp >= 0x2100 && cp <= 0x2BFF) return CharClass::kPunct;           // letterlike, arrows, math, boxes
  if (cp >= 0x3000 && cp <= 0x303F) return CharClass::kPunct;           // CJK punctuation
  if (cp >= 0xFF01 && cp <= 0xFF0F) return CharClass::kPunct;           // fullwidth punctuation
  if (cp == 0xFF1A || cp == 0xFF1B || cp == 0xFF1F || cp == 0xFF08 || cp == 0xFF09) return CharClass::kPunct;
  if (cp >= 0x0600 && cp <= 0x060F) return CharClass::kPunct;           // Arabic punctuation
  if (cp == 0x061B || cp == 0x061F || cp == 0x06D4 || cp == 0x0964 || cp == 0x0965) return CharClass::kPunct;
  if (cp >= 0xE000 && cp <= 0xF8FF) return CharClass::kPunct;           // private use
  if (cp == 0xFFFD) return CharClass::kPunct;
  return CharClass::kLetter;
}

}  // namespace

CharClass class_at(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return kAscii[b];
  std::size_t len = 0;
  return classify(utf8_decode(s, i, len));
}

bool is_space_at(std::string_view s, std::size_t i, std::size_t& len) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    len = 1;
    return kAscii[b] == CharClass::kSpace;
  }
  const char32_t cp = utf8_decode(s, i, len);
  return classify(cp) == CharClass::kSpace;
}

bool is_emoji_modifier(std::string_view s, std::size_t i) {
  if (i >= s.size() || static_cast<unsigned char>(s[i]) != 0xF0) return false;
  std::size_t len = 0;
  const char32_t cp = utf8_decode(s, i, len);
  return cp >= 0x1F3FB && cp <= 0x1F3FF;
}

bool is_regional_indicator(std::string_view s, std::size_t i) {
  if (i >= s.size() || static_cast<unsigned char>(s[i]) != 0xF0) return false;
  std::size_t len = 0;
  const char32_t cp = utf8_decode(s, i, len);
  return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

namespace {
// Sorted for binary search.
constexpr std::array<std::string_view, 94> kAbbreviations = {
    "Adm", "Ala", "Alta", "Apr", "Ariz", "Ark", "Aug", "Ave", "Blvd", "Bros", "Calif", "Capt",
    "Cmdr", "Co", "Col", "Colo", "Conn", "Corp", "Dec", "Del", "Dept", "Dr", "Feb", "Fig",
    "Fla", "Fri", "Ft", "Ga", "Gen", "Gov", "Hon", "Ill", "Inc", "Ind", "Jan", "Jr",
    "Jul", "Jun", "Kan", "Kans", "Ky", "La", "Lt", "Ltd", "Maj", "Mar", "Md", "Messrs",
    "Mich", "Minn", "Mo", "Mont", "Mr", "Mrs", "Ms", "Mt", "Neb", "Nebr", "Nev", "Nfld",
    "No", "Nos", "Nov", "Oct", "Okla", "Ont", "Ore", "Oreg", "Pa", "Prof", "Qld", "Que",
    "Rep", "Rev", "Sask", "Sen", "Sep", "Sept", "Sgt", "Sr", "St", "Tenn", "Tex", "Va",
    "Vol", "Vt", "Wis", "Wisc", "Wyo", "approx", "cf", "etc", "no", "vs"};
constexpr std::array<std::string_view, 25> kTitles = {
    "Adm.", "Capt.", "Cmdr.", "Col.", "Dr.", "Ft.", "Gen.", "Gov.", "Hon.", "Lt.", "Maj.", "Messrs.", "Mr.",
    "Mrs.", "Ms.", "Mt.", "No.", "Nos.", "Prof.", "Rep.", "Rev.", "Sen.", "Sgt.", "St.", "vs."};
constexpr std::array<Contraction, 19> kContractions = {{
    {"arent", 3}, {"cannot", 3}, {"cant", 2}, {"couldnt", 5}, {"didnt", 3}, {"doesnt", 4},
    {"dont", 2}, {"gonna", 3}, {"gotta", 3}, {"hasnt", 3}, {"havent", 4}, {"im", 1}, {"isnt", 2},
    {"shouldnt", 6}, {"wanna", 3}, {"wasnt", 3}, {"werent", 4}, {"wont", 2}, {"wouldnt", 5}}};
}  // namespace

bool is_abbreviation(std::string_view w) {
  return std::binary_search(kAbbreviations.begin(), kAbbreviations.end(), w);
}

bool is_title_abbreviation(std::string_view w) {
  return std::find(kTitles.begin(), kTitles.end(), w) != kTitles.end();
}

const Contraction* informal_contraction(std::string_view w) {
  char low[10] = {};
  if (w.size() > sizeof(low) || w.size() < 2) return nullptr;
  const char last = w.back();
  if (last != 't' && last != 'a' && last != 'm' && last != 'T' && last != 'A' && last != 'M') return nullptr;
  for (std::size_t k = 0; k < w.size(); ++k) {
    const char c = w[k];
    if (c >= 'A' && c <= 'Z') low[k] = static_cast<char>(c - 'A' + 'a');
    else if (c >= 'a' && c <= 'z') low[k] = c;
    else return nullptr;
  }
  const std::string_view l(low, w.size());
  const auto it = std::lower_bound(kContractions.begin(), kContractions.end(), l,
                                   [](const Contraction& c, std::string_view x) { return c.word < x; });
  if (it == kContractions.end() || it->word != l) return nullptr;
  // "Im" and "im" yes, "IM" (instant message) no; "Wont"/"wont" only lower-case or capitalised.
  if (w.size() == 2 && w[1] == 'M') return nullptr;
  return &*it;
}

}  // namespace kg::extract::chars
