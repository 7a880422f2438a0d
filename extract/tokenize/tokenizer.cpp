#include "extract/tokenize/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "extract/tokenize/chars.h"
#include "extract/tokenize/segmenter.h"

namespace kg::extract {
namespace {

using chars::CharClass;

// Emits words into `out`; `end_of_text` tells whether whitespace follows the last one.
class SpanTokenizer {
 public:
  SpanTokenizer(std::string_view text, std::uint32_t base, std::vector<Token>& out)
      : t_(text), base_(base), out_(out) {}

  void run() {
    std::size_t i = 0;
    const std::size_t n = t_.size();
    while (i < n) {
      std::size_t len = 0;
      if (chars::is_space_at(t_, i, len)) { i += len; continue; }
      std::size_t e = i;
      while (e < n && !chars::is_space_at(t_, e, len)) e += chars::length_at(t_, e);
      chunk(i, e);
      if (!out_.empty()) out_.back().space_after = e < n;
      i = e;
    }
  }

 private:
  void emit(std::size_t b, std::size_t e) {
    Token tok;
    tok.begin = base_ + static_cast<std::uint32_t>(b);
    tok.end = base_ + static_cast<std::uint32_t>(e);
    tok.space_after = false;
    out_.push_back(std::move(tok));
  }

  // Emits a surface token [b, e) split into words at the given cut points (MWT if any).
  void emit_split(std::size_t b, std::size_t e, std::size_t cut1, std::size_t cut2 = 0) {
    const std::size_t first = out_.size();
    emit(b, cut1);
    if (cut2) {
      emit(cut1, cut2);
      emit(cut2, e);
    } else {
      emit(cut1, e);
    }
    out_[first].mwt_words = static_cast<std::uint8_t>(out_.size() - first);
  }

  CharClass cls(std::size_t i) const { return i < t_.size() ? chars::class_at(t_, i) : CharClass::kSpace; }
  bool is_word(std::size_t i) const { return i < t_.size() && chars::is_word(cls(i)); }
  bool is_digit(std::size_t i) const { return i < t_.size() && t_[i] >= '0' && t_[i] <= '9'; }
  bool is_upper(std::size_t i) const { return i < t_.size() && t_[i] >= 'A' && t_[i] <= 'Z'; }
  bool is_alpha(std::size_t i) const {
    return i < t_.size() && ((t_[i] >= 'a' && t_[i] <= 'z') || (t_[i] >= 'A' && t_[i] <= 'Z'));
  }
  // Length of an apostrophe (' or U+2019) at i, else 0.
  std::size_t apostrophe(std::size_t i) const {
    if (i >= t_.size()) return 0;
    if (t_[i] == '\'') return 1;
    if (static_cast<unsigned char>(t_[i]) == 0xE2 && i + 2 < t_.size() && static_cast<unsigned char>(t_[i + 1]) == 0x80 &&
        static_cast<unsigned char>(t_[i + 2]) == 0x99)
      return 3;  // U+2019
    return 0;
  }

  void chunk(std::size_t b, std::size_t e) {
    std::size_t p = b;
    has_at_ = std::memchr(t_.data() + b, '@', e - b) != nullptr;
    while (p < e) {
      if (std::size_t q = special(p, e, p == b)) { emit(p, q); p = q; continue; }
      if (is_word(p)) { p = word(p, e); continue; }
      p = punct(p, e);
    }
  }

  // URLs, e-mail addresses, @mentions, #hashtags and emoticons: end of the token, or 0.
  std::size_t special(std::size_t p, std::size_t e, bool chunk_start) const {
    const std::string_view s = t_.substr(p, e - p);
    const char c0 = s[0];
    if (c0 != 'h' && c0 != 'H' && c0 != 'f' && c0 != 'F' && c0 != 'w' && c0 != 'W' && c0 != '@' && c0 != '#' &&
        c0 != ':' && c0 != ';' && c0 != '<' && c0 != '^' && c0 != '=' && c0 != 'X' && !has_at_)
      return 0;  // cannot start any special token
    auto starts_ci = [&](std::string_view pre) {
      if (s.size() <= pre.size()) return false;
      for (std::size_t k = 0; k < pre.size(); ++k)
        if (std::tolower(static_cast<unsigned char>(s[k])) != pre[k]) return false;
      return true;
    };
    const char c1 = s.size() > 4 ? s[1] : '\0';
    if ((c1 == 't' || c1 == 'T' || c1 == 'w' || c1 == 'W') &&
        (starts_ci("http://") || starts_ci("https://") || starts_ci("ftp://") || starts_ci("www."))) {
      return p + trim_trailing(s, s.find('(') != std::string_view::npos);
    }
    if ((s[0] == '@' || s[0] == '#') && s.size() > 1 && is_alpha(p + 1)) {
      std::size_t q = p + 1;
      while (q < e && (is_word(q) || t_[q] == '_' || (t_[q] == '.' && q + 1 < e && is_word(q + 1))))
        q += chars::length_at(t_, q);
      return q;
    }
    if (has_at_ && is_word(p)) {  // e-mail: local@domain.tld
      std::size_t q = p;
      while (q < e && (std::isalnum(static_cast<unsigned char>(t_[q])) || t_[q] == '.' || t_[q] == '_' ||
                       t_[q] == '-' || t_[q] == '+' || t_[q] == '%'))
        ++q;
      if (q < e && t_[q] == '@' && q > p) {
        std::size_t r = q + 1;
        bool dot = false;
        while (r < e && (std::isalnum(static_cast<unsigned char>(t_[r])) || t_[r] == '.' || t_[r] == '-')) {
          if (t_[r] == '.' && r + 1 < e && std::isalnum(static_cast<unsigned char>(t_[r + 1]))) dot = true;
          ++r;
        }
        while (r > q + 1 && (t_[r - 1] == '.' || t_[r - 1] == '-')) --r;
        // "carol.st.clair@enron.com", and mail-system addresses such as "Traci Warner@ENRON"
        if (dot || (r > q + 1 && std::isalpha(static_cast<unsigned char>(t_[q + 1])))) return r;
      }
    }
    if ((c0 == ':' || c0 == ';' || c0 == '<' || c0 == '^' || c0 == '=' || c0 == 'X') &&
        (chunk_start || !is_word(p - 1))) {
      static constexpr std::array<std::string_view, 24> kEmoticons = {
          ":-)", ":)", ":-(", ":(", ";-)", ";)", ":-D", ":D", ":-P", ":P", ":p", "<3", ":/",
          ":-/", ":'(", "^_^", "^^", "=)", ":]", ":[", "XD", ":o", ":O", ";D"};
      for (std::string_view em : kEmoticons) {
        if (s.substr(0, em.size()) == em && (s.size() == em.size() || !std::isalnum(static_cast<unsigned char>(s[em.size()])))) {
          if (em == "XD" && !chunk_start) continue;
          return p + em.size();
        }
      }
    }
    return 0;
  }

  // Length of a URL chunk without trailing sentence punctuation and unbalanced brackets.
  static std::size_t trim_trailing(std::string_view s, bool has_open_paren) {
    std::size_t n = s.size();
    for (;;) {
      if (n == 0) break;
      const char c = s[n - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == '\'' ||
          (c == ')' && !has_open_paren) || c == ']') {
        --n;
        continue;
      }
      if (n >= 3 && (s.substr(n - 3, 3) == "\u201D" || s.substr(n - 3, 3) == "\u2019")) { n -= 3; continue; }
      break;
    }
    return n;
  }

  static bool is_hyphen_prefix(std::string_view w) {
    static constexpr std::array<std::string_view, 17> kPrefixes = {
        "anti", "co", "counter", "cross", "e", "ex", "mid", "mis", "multi", "non", "post", "pre", "pro", "re", "semi", "un", "x"};
    if (w.size() > 7) return false;
    char low[8] = {};
    for (std::size_t k = 0; k < w.size(); ++k) low[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[k])));
    const std::string_view l(low, w.size());
    return std::find(kPrefixes.begin(), kPrefixes.end(), l) != kPrefixes.end();
  }

  bool all_digits(std::size_t b, std::size_t e) const {
    if (b >= e) return false;
    for (std::size_t k = b; k < e; ++k) if (!is_digit(k)) return false;
    return true;
  }

  // Scans a word starting at p; emits it (with clitics split) and any hyphen; returns
  // the position after what was consumed.
  std::size_t word(std::size_t p, std::size_t e) {
    // ISO dates stay whole: "2024-05-25"
    if (p + 10 <= e && all_digits(p, p + 4) && t_[p + 4] == '-' && all_digits(p + 5, p + 7) && t_[p + 7] == '-' &&
        all_digits(p + 8, p + 10) && !is_word(p + 10)) {
      emit(p, p + 10);
      return p + 10;
    }
    std::size_t q = p;
    std::size_t part = p;  // start of the current hyphen-separated part
    for (;;) {
      while (q < e && is_word(q)) q += chars::length_at(t_, q);
      if (q >= e) break;
      const char c = t_[q];
      if (c == '.' && is_word(q + 1) && q + 1 < e) { q += 1; continue; }
      if ((c == ',' ) && is_digit(q - 1) && all_digits(q + 1, std::min(q + 4, e)) && q + 4 <= e &&
          !is_digit(q + 4)) { q += 1; continue; }
      if ((c == ':' || c == '/') && is_digit(q - 1) && is_digit(q + 1)) { q += 1; continue; }
      // "b/c", "w/o", "N/A": single letters around a slash
      if (c == '/' && q == p + 1 && is_alpha(q + 1) && !is_word(q + 2)) { q += 2; break; }
      if (c == '&' && is_upper(q - 1) && is_upper(q + 1)) { q += 1; continue; }
      if (c == '_' && q + 1 < e && is_word(q + 1)) { q += 1; continue; }
      if (std::size_t a = apostrophe(q); a && is_alpha(q + a) && q + a < e) { q += a; continue; }
      if (c == '-' && q + 1 < e && is_word(q + 1)) {
        std::size_t next_end = q + 1;
        while (next_end < e && is_word(next_end)) next_end += chars::length_at(t_, next_end);
        // Phone-like numbers stay whole ("713-853-3989", "3-5213"); ranges split ("5-10").
        const std::size_t left = q - part, right = next_end - q - 1;
        const bool phone = all_digits(part, q) && all_digits(q + 1, next_end) && (right >= 4 || (left >= 3 && right >= 3));
        if (is_hyphen_prefix(t_.substr(part, q - part)) || phone) {
          q += 1;
          part = q;
          continue;
        }
        emit_word(p, q);
        emit(q, q + 1);
        return q + 1;
      }
      break;
    }
    // A final period belongs to abbreviations and initials.
    if (q < e && t_[q] == '.' && !(q + 1 < e && t_[q + 1] == '.') && abbreviation(p, q, e)) {
      emit(p, q + 1);
      return q + 1;
    }
    // Plural possessive: "parents'" (an apostrophe after s, ending the word).
    if (q < e && t_[q] == '\'' && q > p && (t_[q - 1] == 's' || t_[q - 1] == 'S') && (q + 1 == e || !is_word(q + 1)) &&
        !(p > 0 && apostrophe(p - 1))) {
      emit_split(p, q + 1, q);
      return q + 1;
    }
    emit_word(p, q);
    return q;
  }

  bool abbreviation(std::size_t p, std::size_t q, std::size_t e) const {
    const std::string_view w = t_.substr(p, q - p);
    if (w.size() == 1 && is_upper(p)) return true;  // initial: "J."
    if (w.find('.') != std::string_view::npos) {
      // U.S, e.g, a.m, i.e, Ph.D: short letter groups separated by dots
      std::size_t group = 0;
      for (char c : w) {
        if (c == '.') { group = 0; continue; }
        if (!std::isalpha(static_cast<unsigned char>(c)) || ++group > 2) return false;
      }
      return true;
    }
    if (chars::is_abbreviation(w)) {
      if (w == "No" || w == "no" || w == "Nos") {  // "No. 5" but not "I said no."
        std::size_t k = q + 1;
        while (k < t_.size() && t_[k] == ' ') ++k;
        return k < t_.size() && is_digit(k);
      }
      return true;
    }
    (void)e;
    return false;
  }

  // Emits [p, q) as one word or as a multiword token when it carries a clitic.
  void emit_word(std::size_t p, std::size_t q) {
    const std::string_view w = t_.substr(p, q - p);
    // n't / n’t
    if (w.back() == 't' || w.back() == 'T')
    for (std::string_view nt : {std::string_view("n't"), std::string_view("n\u2019t"), std::string_view("N'T")}) {
      if (w.size() > nt.size() && w.substr(w.size() - nt.size()) == nt) {
        emit_split(p, q, q - nt.size());
        return;
      }
    }
    // 's 'm 'd 're 've 'll (and the curly apostrophe)
    for (std::size_t k = w.size(); k-- > 1;) {
      std::size_t a = apostrophe(p + k);
      if (!a) continue;
      const std::string_view rest = w.substr(k + a);
      std::string low;
      for (char c : rest) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (low == "s" || low == "m" || low == "d" || low == "re" || low == "ve" || low == "ll") {
        emit_split(p, q, p + k);
        return;
      }
      break;
    }
    if (w.size() >= 2 && w.size() <= 9) {
      const chars::Contraction* c = chars::informal_contraction(w);
      if (c) {
        emit_split(p, q, p + c->cut);
        return;
      }
    }
    emit(p, q);
  }

  // Punctuation and symbols at p: runs of . ! ? and of -, the `` and '' quotes, emoji
  // sequences, else one character.
  std::size_t punct(std::size_t p, std::size_t e) {
    const char c = t_[p];
    std::size_t q = p + chars::length_at(t_, p);
    if (c == '.' || c == '!' || c == '?') {
      while (q < e && (t_[q] == '.' || t_[q] == '!' || t_[q] == '?')) ++q;
    } else if (c == '-' || c == '*' || c == '=' || c == '_' || c == '~' || c == '#' || c == '<' || c == '>' ||
               c == '+' || c == '^' || c == '$') {
      while (q < e && t_[q] == c) ++q;  // "--", "***", "=====", "<<", "$$$"
    } else if ((c == '`' || c == '\'') && q < e && t_[q] == c) {
      ++q;
    } else if (t_.compare(p, 3, "\u2026") == 0) {
      while (q < e && (t_[q] == '.' || t_.compare(q, 3, "\u2026") == 0)) q += chars::length_at(t_, q);
    } else if (cls(p) == CharClass::kEmoji) {
      // An emoji sequence: modifiers, variation selectors, and ZWJ-joined pictographs;
      // a flag is a pair of regional indicators.
      if (chars::is_regional_indicator(t_, p) && chars::is_regional_indicator(t_, q)) q += chars::length_at(t_, q);
      bool joined = false;
      while (q < e) {
        const CharClass k = cls(q);
        if (k == CharClass::kJoiner) joined = true;
        else if (!(k == CharClass::kEmoji && joined) && !chars::is_emoji_modifier(t_, q)) break;
        else joined = false;
        q += chars::length_at(t_, q);
      }
    }
    emit(p, q);
    return q;
  }

  std::string_view t_;
  bool has_at_ = false;  // the current chunk contains '@'
  std::uint32_t base_;
  std::vector<Token>& out_;
};

}  // namespace

void tokenize_span(std::string_view text, std::uint32_t base, std::vector<Token>& out) {
  SpanTokenizer(text, base, out).run();
}

Status Tokenizer::process(Document& doc) const {
  doc.tokens.clear();
  doc.sentences.clear();
  doc.tokens.reserve(doc.text.size() / 5);
  const std::string_view text = doc.text;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kBody) continue;
    const auto first = static_cast<std::uint32_t>(doc.tokens.size());
    tokenize_span(text.substr(b.begin, b.end - b.begin), b.begin, doc.tokens);
    const auto end = static_cast<std::uint32_t>(doc.tokens.size());
    if (end > first) {
      // space_after of the block's last token: true when whitespace follows in the text.
      Token& last = doc.tokens.back();
      last.space_after = last.end < text.size() && (text[last.end] == ' ' || text[last.end] == '\n' || text[last.end] == '\t');
      const std::size_t from = doc.sentences.size();
      if (segmenter_) segmenter_->split(doc, first, end, doc.sentences);
      else split_sentences(doc, first, end, doc.sentences);
      cap_sentences(doc, doc.sentences, from);
    }
  }
  doc.layers |= kLayerTokens | kLayerSentences;
  return Status::ok();
}

}  // namespace kg::extract
