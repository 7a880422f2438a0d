// Named-entity recognition: a greedy BILOU sequence tagger (averaged perceptron) over
// PER, ORG and LOC, with word, shape, affix, context, tag-history and gazetteer features.
// The gazetteer inside the model holds multiword names with a type (built at training
// time from WordNet instance nouns); the hand-written lists of extract/ner/gazetteer.h
// add countries, capitals, cities, organisations and first names at run time.
//
// NerModel is immutable once loaded and shared by threads: tag() keeps its scratch on
// the stack. File layout: models/FORMAT.md ("ner").
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
  static constexpr std::uint32_t kFormatVersion = 1;
  // Tags: 0 = O; then for each type k in {PER, ORG, LOC}: B = 1+4k, I = 2+4k, L = 3+4k, U = 4+4k.
  static constexpr int kTypes = 3;
  static constexpr int kTags = 1 + 4 * kTypes;
  enum TokenFlag : std::uint8_t { kFirstName = 1, kTitleWord = 2, kHonorific = 4, kDemonym = 8, kCommon = 16 };
  static EntityType type_of_tag(int tag);
  static int type_index(EntityType t);  // -1 if not one of the three

  explicit NerModel(std::uint32_t bits = 18);

  static Result<NerModel> load(std::istream& in);
  static Result<NerModel> load_file(const std::string& path);
  Status save(std::ostream& out) const;

  // Adds a name (space-separated tokens, matched case-insensitively) to the model's
  // gazetteer with a type index; a name already present keeps its first type.
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

  // Per-sentence precomputation shared by feature extraction.
  struct Context {
    std::vector<std::uint64_t> lower, form, shape;  // hashes per token
    std::vector<std::uint16_t> gaz;                 // gazetteer code per token (0 = none)
    std::vector<std::uint8_t> flags;                // kFirstName | kTitleWord | kHonorific | kDemonym | kCommon
  };
  void prepare(const Document& doc, const Sentence& s, Context& ctx) const;

  // Feature buckets for token k (sentence-relative) given the two previous tags.
  void features(const Document& doc, const Sentence& s, const Context& ctx, std::size_t k, int prev1, int prev2,
                std::vector<std::uint32_t>& out) const;

  // Whether tag `t` may follow `prev` (BILOU); `last` when t is at the sentence end.
  static bool allowed(int prev, int t, bool last);

  // Greedy decoding of one sentence; `tags` gets one tag per token.
  void tag(const Document& doc, const Sentence& s, std::vector<int>& tags) const;

  std::uint32_t bits() const { return bits_; }
  // Whether the features include the UPOS tags of the tokens (the tagger must run first).
  bool uses_pos() const { return uses_pos_; }
  void set_uses_pos(bool v) { uses_pos_ = v; }
  std::vector<float>& weights() { return weights_; }
  const std::vector<float>& weights() const { return weights_; }

 private:
  std::uint32_t bits_;
  bool uses_pos_ = false;
  std::vector<float> weights_;  // [bucket * kTags + tag]
  std::unordered_map<std::string, std::uint8_t> names_;  // name → type index
  std::vector<std::uint64_t> common_;                     // sorted, unique hashes
  std::size_t max_name_tokens_ = 0;
};

// Mentions from a BILOU tag sequence (lenient: B without L is closed where it stops).
void tags_to_mentions(const std::vector<int>& tags, std::uint32_t first_token, std::vector<Mention>& out);
// BILOU tags of a sentence from its mentions (other types are O).
void mentions_to_tags(const Document& doc, const Sentence& s, std::vector<int>& tags);

// The pipeline stage: fills doc.mentions with PERSON, ORG and LOC (GPE when the name is a
// known country or city) mentions.
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
