// Named-entity recognition: a first-order BILOU sequence tagger over PER, ORG and LOC
// (structured averaged perceptron, exact Viterbi decoding under the BILOU constraints),
// with word, shape, affix, context, part-of-speech, gazetteer, word-cluster and
// document-level features.
// - The gazetteer inside the model holds multiword names with a type (built at training
//   time from WordNet instance nouns and kg's hand-written lists, extract/ner/gazetteer.h).
// - Word clusters (three granularities) are learnt at training time from unlabelled text
//   (extract/train/word_clusters.h) and stored in the model as hashes of lower-cased words.
// - Document features: how a word is written elsewhere in the same document (lower-case
//   or capitalised away from a sentence start), so "Miramar" at a sentence start is
//   judged by its other occurrences.
//
// NerModel is immutable once loaded and shared by threads: tag() keeps its scratch on
// the stack. File layout: models/FORMAT.md ("ner", version 2).
#pragma once

#include <array>
#include <cstdint>
#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/document.h"
#include "extract/stage.h"
#include "graph/status.h"

namespace kg::extract {

class NerModel {
 public:
  static constexpr std::uint32_t kFormatVersion = 2;
  // Tags: 0 = O; then for each type k in {PER, ORG, LOC}: B = 1+4k, I = 2+4k, L = 3+4k, U = 4+4k.
  static constexpr int kTypes = 3;
  static constexpr int kTags = 1 + 4 * kTypes;
  static constexpr int kClusterLevels = 3;  // coarse, middle, fine
  // Gazetteer name types: the three tag types, and 3 = a known name that is none of them
  // (a product, event, work, language: "iPhone", "World Cup", "Ramadan").
  static constexpr int kGazTypes = 4;
  enum TokenFlag : std::uint8_t { kFirstName = 1, kTitleWord = 2, kHonorific = 4, kDemonym = 8, kCommon = 16 };
  static EntityType type_of_tag(int tag);
  static int type_index(EntityType t);  // -1 if not one of the three

  explicit NerModel(std::uint32_t bits = 18);

  static Result<NerModel> load(std::istream& in);
  static Result<NerModel> load_file(const std::string& path);
  Status save(std::ostream& out) const;

  // Adds a name (space-separated tokens, matched case-insensitively) to the model's
  // gazetteer with a type index (0-2 PER, ORG, LOC; 3 other); a name already present keeps
  // its first type.
  void add_name(const std::string& name, int type);
  // Adds the hand-written lists of gazetteer.h: countries, their aliases and capitals,
  // cities and regions (LOC), organisations and their aliases (ORG). Returns how many.
  std::size_t add_builtin_names();
  std::size_t name_count() const { return names_.size(); }

  // Words known to be common (lower-case) words: a capitalised token that is not one is
  // likely a name. Stored as 64-bit hashes of the lower-cased form.
  void add_common_word(std::string_view word);
  std::size_t common_word_count() const { return common_.size(); }
  bool is_common_word(std::string_view word) const;

  // Word clusters: for each lower-cased word, a cluster id per level (1-based; 0 = none).
  // Replaces any clusters already set; `words` need not be sorted or unique (first wins).
  struct WordClusters {
    std::string word;
    std::array<std::uint16_t, kClusterLevels> id{};
  };
  void set_clusters(const std::vector<WordClusters>& clusters);
  std::size_t cluster_word_count() const { return clusters_.size(); }
  // Cluster ids of a word (all 0 when it has none).
  std::array<std::uint16_t, kClusterLevels> clusters_of(std::string_view word) const;

  // Per-document precomputation: for each lower-cased word, whether it occurs lower-case
  // and whether capitalised, away from a sentence start.
  struct DocContext {
    std::vector<std::pair<std::uint64_t, std::uint8_t>> seen;  // sorted by hash
  };
  void prepare_document(const Document& doc, DocContext& dctx) const;

  // Per-sentence precomputation shared by feature extraction.
  struct Context {
    std::vector<std::uint64_t> lower, form, shape;  // hashes per token
    std::vector<std::uint16_t> gaz;                 // gazetteer code per token (0 = none)
    std::vector<std::uint8_t> flags;                // kFirstName | ... | kCommon; 64: unknown lower-case word
    std::vector<std::uint8_t> upos;                 // the tagger's UPOS (0 without POS features)
    std::vector<std::uint8_t> doc;                  // DocContext bits of the token's word
    std::vector<std::array<std::uint16_t, kClusterLevels>> cluster;
    // Second pass only: per token, the first pass's tag, the majority first-pass type
    // (0 O, 1 PER, 2 ORG, 3 LOC, 4 no other occurrence) of the same word elsewhere in the
    // document, and that of the same first-pass name (5: the token is in no name).
    std::vector<std::array<std::uint8_t, 3>> stack;
    std::vector<std::uint8_t> name_word;            // name-word bits (uses_name_words())
    std::vector<std::uint8_t> run;                  // capitalised run: position (B/I/L/U) × 4 + min(length, 4) - 1
    std::uint8_t sentence_case = 0;                 // 0 mixed, 1 all lower-case, 2 title case, 3 upper case
  };
  void prepare(const Document& doc, const Sentence& s, const DocContext& dctx, Context& ctx) const;

  // Feature buckets of token k (sentence-relative) that do not depend on the previous tag.
  void features(const Document& doc, const Sentence& s, const Context& ctx, std::size_t k,
                std::vector<std::uint32_t>& out) const;
  // Feature buckets of token k that are conjoined with the previous tag `prev` (-1 at the
  // sentence start).
  void transition_features(const Context& ctx, std::size_t k, int prev, std::vector<std::uint32_t>& out) const;

  // Whether tag `t` may follow `prev` (BILOU; prev 0 also at the sentence start); `last`
  // when t is at the sentence end.
  static bool allowed(int prev, int t, bool last);

  // Best tag sequence of one sentence (Viterbi under `weights`; one tag per token).
  // `weights` is normally weights(); the trainer decodes with its running weights.
  void decode(const Document& doc, const Sentence& s, const Context& ctx, const std::vector<float>& weights,
              std::vector<int>& tags) const;
  // Tags of every sentence of the document: the first pass, then (two_pass()) the second
  // pass over the first pass's tags.
  void tag_document(const Document& doc, std::vector<std::vector<int>>& tags) const;

  // Second-pass context of every sentence from first-pass tags (`first`, per sentence).
  static void prepare_stack(const Document& doc, const std::vector<std::vector<int>>& first,
                            std::vector<std::vector<std::array<std::uint8_t, 3>>>& out);

  // The stacked second pass: its weights are empty when the model has one pass.
  bool two_pass() const { return !weights2_.empty(); }
  void enable_second_pass() { weights2_.assign(weights_.size(), 0.0f); }
  std::vector<float>& second_weights() { return weights2_; }
  const std::vector<float>& second_weights() const { return weights2_; }

  std::uint32_t bits() const { return bits_; }
  // Whether the features include the UPOS tags of the tokens (the tagger must run first).
  bool uses_pos() const { return uses_pos_; }
  void set_uses_pos(bool v) { uses_pos_ = v; }
  // Whether the features include the name-word bits of each token: for each type, whether
  // the word occurs inside a gazetteer name of two or more words of that type, and whether
  // it ends one ("Airlines", "University", a surname).
  bool uses_name_words() const { return uses_name_words_; }
  void set_uses_name_words(bool v) { uses_name_words_ = v; }
  // The name-word bits of a word: bit t (t = 0-2, PER ORG LOC) inside a name of that type,
  // bit 3 + t ends one; bit 6 inside a name of type 3 (other), bit 7 ends one.
  std::uint8_t name_word_bits(std::string_view word) const;
  // "Kennedy said", "Kennedy's assassin": a one-word LOC the model found that no place list
  // of gazetteer.h knows (country, capital, city, region, state) but that ends a person's
  // name of the model's gazetteer is a person. Applies to the mentions [first, end) of `ms`.
  void retype_surnames(const Document& doc, std::vector<Mention>& ms, std::size_t first) const;
  std::vector<float>& weights() { return weights_; }
  const std::vector<float>& weights() const { return weights_; }

 private:
  std::uint32_t bits_;
  bool uses_pos_ = false;
  bool uses_name_words_ = false;
  // Hash of a lower-cased word of a multiword gazetteer name → its name-word bits.
  std::unordered_map<std::uint64_t, std::uint8_t> name_words_;
  std::vector<float> weights_;   // [bucket * kTags + tag]
  std::vector<float> weights2_;  // second pass, same layout; empty for one pass
  std::unordered_map<std::string, std::uint8_t> names_;  // name → type index
  std::vector<std::uint64_t> common_;                     // sorted, unique hashes
  // Every name and every word-prefix of a name (lower-cased, words joined by a space) →
  // bit 7 if a longer name starts with it, and in bits 0-6 the name's type + 1 if it is a
  // whole name (0 if only a prefix). The gazetteer match in prepare() extends a key token
  // by token while it is a prefix, so a token that opens no name costs one lookup.
  std::unordered_map<std::string, std::uint8_t> name_prefixes_;
  // (hash of the lower-cased word, ids), sorted by hash, unique.
  std::vector<std::pair<std::uint64_t, std::array<std::uint16_t, kClusterLevels>>> clusters_;
};

// A name as the NER gazetteer stores it: kg's tokens of `name` joined by single spaces
// ("Coca-Cola" → "Coca - Cola", "McDonald's" → "McDonald 's"), so that it matches the
// tokens of a document.
std::string gazetteer_key(std::string_view name);

// Mentions from a BILOU tag sequence (lenient: B without L is closed where it stops).
void tags_to_mentions(const std::vector<int>& tags, std::uint32_t first_token, std::vector<Mention>& out);
// Extends mentions of sentence number `sentence` (those from index first_mention on) over a hyphen
// written without spaces and a capitalised part: "Khalid Al" + "-Mansoori"; a following
// mention of the same type there is merged into it.
void join_hyphenated_names(Document& doc, std::size_t sentence, std::size_t first_mention);
// BILOU tags of a sentence from its mentions (other types are O).
void mentions_to_tags(const Document& doc, const Sentence& s, std::vector<int>& tags);

// The pipeline stage: fills doc.mentions with PERSON, ORG and LOC mentions.
class NerStage final : public Stage {
 public:
  explicit NerStage(std::shared_ptr<const NerModel> model) : model_(std::move(model)) {}
  std::string_view name() const override { return "ner"; }
  Layers required() const override {
    return kLayerTokens | kLayerSentences | (model_->uses_pos() ? kLayerPos : 0u);
  }
  Layers assigned() const override { return kLayerMentions; }
  Status process(Document& doc) const override;

 private:
  std::shared_ptr<const NerModel> model_;
};

}  // namespace kg::extract
