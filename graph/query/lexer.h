// Lexer for the Cypher subset of `kg query` (grammar: docs/query.md).
//
// Produces tokens with 1-based line and column (columns count bytes). Keywords are not
// distinguished here: an identifier token whose upper-cased text is a keyword is matched
// by the parser (Cypher keywords are case-insensitive). Backtick-quoted identifiers
// (`my label`) are kIdent with quoted = true, never keywords. Strings take '...' or "..."
// with the escapes \\ \' \" \n \r \t \b \f \uXXXX. Comments: // to end of line, /* */.
// Errors: Status kInvalidArgument "line L, column C: ...".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace kg::graph::query {

enum class Tok : unsigned char {
  kEnd, kIdent, kInt, kFloat, kString,
  kLParen, kRParen, kLBracket, kRBracket, kLBrace, kRBrace,
  kComma, kDot, kDotDot, kColon, kSemicolon, kPipe, kDollar,
  kEq, kRegex, kNe, kLt, kLe, kGt, kGe, kPlus, kMinus, kStar, kSlash, kPercent, kCaret,
};

struct Token {
  Tok kind = Tok::kEnd;
  std::string text;  // identifier / string value (unescaped), number text, or the symbol
  bool quoted = false;
  std::uint32_t line = 1, column = 1;
  std::uint32_t offset = 0, end = 0;  // byte range in the query text
};

// How a token is named in "expected X but found Y" messages.
std::string describe(const Token& t);

Result<std::vector<Token>> tokenize(std::string_view text);

}  // namespace kg::graph::query
