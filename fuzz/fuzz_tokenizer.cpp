// libFuzzer target: cleaning, tokenization and both sentence splitters on arbitrary bytes.
// Invariants: tokens are non-empty, in order, inside the text, never straddle a UTF-8
// sequence; sentences cover their tokens in order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "extract/read/clean.h"
#include "extract/read/reader.h"
#include "extract/tokenize/segmenter.h"
#include "extract/tokenize/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kg::extract;
  static const auto segmenter = std::make_shared<const SegmenterModel>(10);  // zero weights: exercises the path
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  for (bool learned : {false, true}) {
    ReadReport report;
    Document doc = make_document("f", "f", bytes, size % 2 == 0, report);
    const Tokenizer tokenizer(learned ? segmenter : nullptr);
    if (!tokenizer.process(doc).is_ok()) std::abort();
    std::uint32_t last_end = 0;
    for (const Token& t : doc.tokens) {
      if (t.end <= t.begin || t.begin < last_end || t.end > doc.text.size()) std::abort();
      if (utf8_sequence_length(doc.text, t.begin) == 0) std::abort();
      last_end = t.end;
    }
    std::uint32_t next = 0;
    for (const Sentence& s : doc.sentences) {
      if (s.first_token < next || s.end_token <= s.first_token || s.end_token > doc.tokens.size()) std::abort();
      next = s.end_token;
    }
  }
  return 0;
}
