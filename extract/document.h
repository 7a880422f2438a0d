// Document: one article as it flows through the extraction pipeline.
//
// Ownership: a Document owns its text and every annotation layer. The text is cleaned
// once at ingestion (valid UTF-8, no NUL or control characters other than \t and \n) and
// never edited afterwards; every offset in every layer is a BYTE offset into `text`,
// half-open [begin, end).
// Thread safety: a Document is a plain value, processed by one thread at a time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::extract {

// Which annotation layers a Document carries; stages declare what they need and fill.
enum Layer : std::uint32_t {
  kLayerText = 1u << 0,
  kLayerBlocks = 1u << 1,
  kLayerSentences = 1u << 2,
  kLayerTokens = 1u << 3,
  kLayerPos = 1u << 4,
  kLayerLemmas = 1u << 5,
  kLayerDependencies = 1u << 6,
  kLayerMentions = 1u << 7,
  kLayerCoreference = 1u << 8,
};
using Layers = std::uint32_t;

// A run of the text with one role. Blocks tile the text without overlap, in order.
enum class BlockKind : std::uint8_t {
  kBody = 0,         // article prose: the only kind that reaches extraction
  kTitle = 1,        // the headline
  kDateline = 2,     // "Beijing, 25 May 2024 (TDI):" before the first sentence
  kBoilerplate = 3,  // navigation, share prompts, "Most Popular", author bios, repeats
  kBlank = 4,        // whitespace only
};
std::string_view block_kind_name(BlockKind kind);

struct Block {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  BlockKind kind = BlockKind::kBody;
  std::string_view reason;  // static string naming the rule that classified it ("" for body)
};

// A syntactic word (a CoNLL-U word line). Surface tokens that hold several words (the
// multiword token "don't" = "do" + "n't") are marked on their first word by `mwt_words`.
struct Token {
  std::uint32_t begin = 0;       // byte offset of the word in Document::text
  std::uint32_t end = 0;         // one past its last byte
  std::uint8_t mwt_words = 0;    // on the first word of a multiword token: how many words it has
  bool space_after = true;       // whitespace follows the surface token in the text
  std::uint8_t upos = 0;         // tags::Upos, 0 = unknown
  std::uint8_t xpos = 0;         // tags::Xpos, 0 = unknown
  std::uint8_t deprel = 0;       // tags::Deprel, 0 = unknown
  std::int32_t head = -1;        // index of the head word inside the sentence, -1 = root/unset
  std::string lemma;             // empty until the lemmatizer runs
};

// A sentence: a contiguous range of tokens inside one body block.
struct Sentence {
  std::uint32_t first_token = 0;  // index into Document::tokens
  std::uint32_t end_token = 0;    // one past the last token
  std::uint32_t begin = 0;        // byte range of the sentence text
  std::uint32_t end = 0;
  std::string id;                 // from a CoNLL-U "# sent_id", else "" (writers number them)
  bool starts_paragraph = false;  // first sentence of a paragraph or document (CoNLL-U input)
};

// Entity types. FROZEN: stored in model files; append only.
enum class EntityType : std::uint8_t {
  kNone = 0,
  kPerson = 1,
  kOrg = 2,
  kLoc = 3,      // locations; countries, states and cities are kGpe where known
  kGpe = 4,
  kNorp = 5,     // nationalities and groups ("Chinese", "Cambodian")
  kDate = 6,
  kTime = 7,
  kMoney = 8,
  kPercent = 9,
};
std::string_view entity_type_name(EntityType type);  // "PERSON", "ORG", "LOC", "GPE", ...
bool is_named_type(EntityType type);                 // PERSON, ORG, LOC, GPE, NORP

// A mention of an entity: a token range inside one sentence.
struct Mention {
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;  // one past the last token
  EntityType type = EntityType::kNone;
  float confidence = 1.0f;
  std::int32_t chain = -1;      // coreference chain, -1 until resolved
  std::string value;            // normalised value of dates, times, money, percentages
                                // ("2024-05-24", "2024-W21", "USD 1200000000", "50"), else ""
  std::string link_rule;        // how the mention joined its chain: "first", "exact", "alias",
                                // "acronym", "gazetteer", "pronoun", "title", "group", ...
  std::vector<std::int32_t> group;  // for "the two countries": the entities it stands for
};

// A document-level entity: one coreference chain of mentions.
struct Entity {
  std::string name;                    // representative: the fullest proper name ("Wang Yi")
  EntityType type = EntityType::kNone;
  std::vector<std::string> titles;     // titles seen before the name ("Foreign Minister")
  std::string affiliation;             // country the titles belong to ("China"), if stated
  std::vector<std::string> aliases;    // other names used ("Wang", "CPC")
  std::vector<std::uint32_t> mentions; // indices into Document::mentions, in text order
};

struct Document {
  std::string id;         // from the input (JSON id), else derived from the text (read::content_id)
  std::string source;     // file path ("-" for stdin) and, for JSON Lines, ":line"
  std::string path;       // for display: relative to the input root, never absolute (ReadOptions::id_root)
  std::string title;
  std::string url;
  std::string published;  // ISO 8601 date (YYYY-MM-DD) when recognisable, else ""
  std::string place;      // from a dateline, else ""
  // Byte ranges in `text` of the dateline's town as written and of the state or country
  // written after it ("PERUGIA, Italy (AP) -"); empty when there is none.
  std::uint32_t place_begin = 0, place_end = 0, place_region_begin = 0, place_region_end = 0;
  std::string language = "en";
  std::string text;       // cleaned UTF-8; immutable after ingestion

  std::vector<Block> blocks;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;  // sorted by first_token
  std::vector<Entity> entities;   // coreference chains; Mention::chain indexes this
  Layers layers = 0;

  std::string_view slice(std::uint32_t begin, std::uint32_t end) const {
    return std::string_view(text).substr(begin, end - begin);
  }
  std::string_view form(const Token& t) const { return slice(t.begin, t.end); }
};

// Token range [first, end) of the sentence holding token `token`: the last sentence that
// starts at or before it, or the whole document when none does (no sentences yet).
std::pair<std::uint32_t, std::uint32_t> sentence_span(const Document& doc, std::uint32_t token);

}  // namespace kg::extract
