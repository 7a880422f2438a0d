#include "graph/query/lexer.h"

#include <cctype>

namespace kg::graph::query {

namespace {

bool ident_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool ident_char(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) {}

  Result<std::vector<Token>> run() {
    std::vector<Token> out;
    for (;;) {
      if (Status st = skip_space(); !st) return st;
      Token t;
      t.line = line_;
      t.column = col();
      t.offset = static_cast<std::uint32_t>(i_);
      if (i_ >= s_.size()) {
        t.end = t.offset;
        out.push_back(std::move(t));
        return out;
      }
      if (Status st = next(t); !st) return st;
      t.end = static_cast<std::uint32_t>(i_);
      out.push_back(std::move(t));
    }
  }

 private:
  std::uint32_t col() const { return static_cast<std::uint32_t>(i_ - line_start_ + 1); }
  Status error(std::uint32_t line, std::uint32_t column, const std::string& what) const {
    return Status::invalid_argument("line " + std::to_string(line) + ", column " + std::to_string(column) + ": " +
                                    what);
  }
  char peek(std::size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }
  void advance() {
    if (s_[i_] == '\n') {
      ++line_;
      line_start_ = i_ + 1;
    }
    ++i_;
  }

  Status skip_space() {
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        advance();
      } else if (c == '/' && peek(1) == '/') {
        while (i_ < s_.size() && s_[i_] != '\n') advance();
      } else if (c == '/' && peek(1) == '*') {
        const std::uint32_t l = line_, cc = col();
        advance();
        advance();
        while (i_ < s_.size() && !(s_[i_] == '*' && peek(1) == '/')) advance();
        if (i_ >= s_.size()) return error(l, cc, "unterminated comment /* ... */");
        advance();
        advance();
      } else {
        break;
      }
    }
    return Status::ok();
  }

  Status next(Token& t) {
    const auto c = static_cast<unsigned char>(s_[i_]);
    if (ident_start(c)) {
      const std::size_t b = i_;
      while (i_ < s_.size() && ident_char(static_cast<unsigned char>(s_[i_]))) advance();
      t.kind = Tok::kIdent;
      t.text = std::string(s_.substr(b, i_ - b));
      return Status::ok();
    }
    if (c == '`') {
      advance();
      t.kind = Tok::kIdent;
      t.quoted = true;
      for (;;) {
        if (i_ >= s_.size()) return error(t.line, t.column, "unterminated `quoted name`");
        if (s_[i_] == '`') {
          if (peek(1) == '`') {
            t.text += '`';
            advance();
            advance();
            continue;
          }
          advance();
          break;
        }
        t.text += s_[i_];
        advance();
      }
      if (t.text.empty()) return error(t.line, t.column, "empty `quoted name`");
      return Status::ok();
    }
    if (std::isdigit(c) || (c == '.' && std::isdigit(static_cast<unsigned char>(peek(1))))) return number(t);
    if (c == '\'' || c == '"') return string(t);
    auto sym = [&](Tok k, std::size_t n) {
      t.kind = k;
      t.text = std::string(s_.substr(i_, n));
      for (std::size_t j = 0; j < n; ++j) advance();
      return Status::ok();
    };
    switch (c) {
      case '(': return sym(Tok::kLParen, 1);
      case ')': return sym(Tok::kRParen, 1);
      case '[': return sym(Tok::kLBracket, 1);
      case ']': return sym(Tok::kRBracket, 1);
      case '{': return sym(Tok::kLBrace, 1);
      case '}': return sym(Tok::kRBrace, 1);
      case ',': return sym(Tok::kComma, 1);
      case '.': return peek(1) == '.' ? sym(Tok::kDotDot, 2) : sym(Tok::kDot, 1);
      case ':': return sym(Tok::kColon, 1);
      case ';': return sym(Tok::kSemicolon, 1);
      case '|': return sym(Tok::kPipe, 1);
      case '$': return sym(Tok::kDollar, 1);
      case '=': return peek(1) == '~' ? sym(Tok::kRegex, 2) : sym(Tok::kEq, 1);
      case '!':
        if (peek(1) == '=') return sym(Tok::kNe, 2);
        break;
      case '<':
        if (peek(1) == '>') return sym(Tok::kNe, 2);
        if (peek(1) == '=') return sym(Tok::kLe, 2);
        return sym(Tok::kLt, 1);
      case '>': return peek(1) == '=' ? sym(Tok::kGe, 2) : sym(Tok::kGt, 1);
      case '+': return sym(Tok::kPlus, 1);
      case '-': return sym(Tok::kMinus, 1);
      case '*': return sym(Tok::kStar, 1);
      case '/': return sym(Tok::kSlash, 1);
      case '%': return sym(Tok::kPercent, 1);
      case '^': return sym(Tok::kCaret, 1);
      default: break;
    }
    std::string shown = c >= 0x20 && c < 0x7F ? std::string("'") + static_cast<char>(c) + "'"
                                              : "byte " + std::to_string(static_cast<int>(c));
    return error(t.line, t.column, "unexpected character " + shown);
  }

  Status number(Token& t) {
    const std::size_t b = i_;
    bool is_float = false;
    while (std::isdigit(static_cast<unsigned char>(peek()))) advance();
    // "1..3" is a range, not the float "1." followed by ".3".
    if (peek() == '.' && peek(1) != '.' && std::isdigit(static_cast<unsigned char>(peek(1)))) {
      is_float = true;
      advance();
      while (std::isdigit(static_cast<unsigned char>(peek()))) advance();
    }
    if (peek() == 'e' || peek() == 'E') {
      std::size_t k = 1;
      if (peek(1) == '+' || peek(1) == '-') k = 2;
      if (std::isdigit(static_cast<unsigned char>(peek(k)))) {
        is_float = true;
        for (std::size_t j = 0; j < k; ++j) advance();
        while (std::isdigit(static_cast<unsigned char>(peek()))) advance();
      }
    }
    if (ident_char(static_cast<unsigned char>(peek())))
      return error(line_, col(), "unexpected character after a number");
    t.kind = is_float ? Tok::kFloat : Tok::kInt;
    t.text = std::string(s_.substr(b, i_ - b));
    return Status::ok();
  }

  Status string(Token& t) {
    const char quote = s_[i_];
    advance();
    t.kind = Tok::kString;
    for (;;) {
      if (i_ >= s_.size()) return error(t.line, t.column, "unterminated string literal");
      const char c = s_[i_];
      if (c == quote) {
        advance();
        return Status::ok();
      }
      if (c != '\\') {
        t.text += c;
        advance();
        continue;
      }
      const std::uint32_t el = line_, ec = col();
      advance();
      if (i_ >= s_.size()) return error(t.line, t.column, "unterminated string literal");
      const char e = s_[i_];
      advance();
      switch (e) {
        case '\\': t.text += '\\'; break;
        case '\'': t.text += '\''; break;
        case '"': t.text += '"'; break;
        case 'n': t.text += '\n'; break;
        case 'r': t.text += '\r'; break;
        case 't': t.text += '\t'; break;
        case 'b': t.text += '\b'; break;
        case 'f': t.text += '\f'; break;
        case 'u': {
          std::uint32_t cp = 0;
          for (int k = 0; k < 4; ++k) {
            const auto h = static_cast<unsigned char>(peek());
            if (!std::isxdigit(h)) return error(el, ec, "\\u needs four hex digits");
            cp = cp * 16 + static_cast<std::uint32_t>(std::isdigit(h) ? h - '0' : std::tolower(h) - 'a' + 10);
            advance();
          }
          if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;  // lone surrogate
          append_utf8(t.text, cp);
          break;
        }
        default: return error(el, ec, std::string("unknown escape \\") + e);
      }
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::uint32_t line_ = 1;
  std::size_t line_start_ = 0;
};

}  // namespace

std::string describe(const Token& t) {
  switch (t.kind) {
    case Tok::kEnd: return "end of input";
    case Tok::kIdent: return (t.quoted ? "`" : "'") + t.text + (t.quoted ? "`" : "'");
    case Tok::kString: return "a string";
    case Tok::kInt:
    case Tok::kFloat: return "number " + t.text;
    default: return "'" + t.text + "'";
  }
}

Result<std::vector<Token>> tokenize(std::string_view text) { return Lexer(text).run(); }

}  // namespace kg::graph::query
