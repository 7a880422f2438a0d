// ASCII case folding for English word matching: only A-Z change, so byte offsets and UTF-8
// sequences are untouched and the result does not depend on the C++ locale.
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace kg::extract {

inline void lower_ascii_in_place(std::string& s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  lower_ascii_in_place(out);
  return out;
}

}  // namespace kg::extract
