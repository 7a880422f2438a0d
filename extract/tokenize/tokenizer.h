// Tokenizer and sentence splitter for English, following UD English EWT conventions so
// that the tagger and parser trained on EWT see the tokens they were trained on.
//
// Tokens are syntactic words with byte offsets into the document text (never copies).
// Clitics are split off as UD multiword tokens ("don't" = "do" + "n't", "China's" =
// "China" + "'s", "cannot" = "can" + "not"), hyphenated compounds are split around the
// hyphen except for prefixes such as "e-", "non-", "co-", "pre-" and phone-like numbers,
// and URLs, e-mail addresses, @mentions, #hashtags, emoticons, decimals, numbers with
// separators, times, dates, abbreviations (Mr., U.S., Jan., No. 5) and initials stay whole.
// Sentences never cross a body block (document.h); inside a block they end after . ! ?
// and ellipses (with closing quotes and brackets) when the next token can open a sentence.
//
// Thread safety: Tokenizer is immutable after construction; process() may run on many
// documents concurrently. Cost: linear in the text, no allocation per token beyond the
// output vectors.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/stage.h"

namespace kg::extract {

// Appends the words of `text` (a span of the document text starting at byte `base`) to
// `out`; offsets in `out` are base-relative + base, i.e. document offsets.
void tokenize_span(std::string_view text, std::uint32_t base, std::vector<Token>& out);

// Splits tokens [first, end) of `doc` (all inside one block) into sentences, appended to
// `out`. A sentence is never empty.
void split_sentences(const Document& doc, std::uint32_t first, std::uint32_t end, std::vector<Sentence>& out);

// The same rules, as the list of sentence ends (one past each sentence's last token).
void sentence_ends(const Document& doc, std::uint32_t first, std::uint32_t end, std::vector<std::uint32_t>& ends);

// The most tokens a sentence may hold. Longer runs without a sentence end (a page of text
// on one line without punctuation, a table flattened to text) are split by
// cap_sentences(), so that the cost of a document stays linear in its length: the parser,
// the tagger's features and the extractors work per sentence.
inline constexpr std::uint32_t kMaxSentenceTokens = 160;

// Splits every sentence of out[from..] longer than kMaxSentenceTokens into pieces of at most
// that many tokens: after the last ";", ":" or "," of the second half of a window when there
// is one, else after the window (never inside a multiword token).
void cap_sentences(const Document& doc, std::vector<Sentence>& out, std::size_t from);

class SegmenterModel;

class Tokenizer final : public Stage {
 public:
  // With a segmenter model, sentence boundaries come from it (segmenter.h); without one,
  // from the rules of split_sentences().
  explicit Tokenizer(std::shared_ptr<const SegmenterModel> segmenter = nullptr)
      : segmenter_(std::move(segmenter)) {}
  std::string_view name() const override { return "tokenizer"; }
  Layers required() const override { return kLayerText | kLayerBlocks; }
  Layers assigned() const override { return kLayerTokens | kLayerSentences; }
  // Tokenizes every body block; replaces doc.tokens and doc.sentences.
  Status process(Document& doc) const override;

 private:
  std::shared_ptr<const SegmenterModel> segmenter_;
};

}  // namespace kg::extract
