// Part-of-speech tagger (UPOS + XPOS as one combined class) and lemmatizer stage.
//
// Model: greedy left-to-right averaged perceptron over hashed features
// (tagger_features.h), an ambiguity dictionary that tags frequent unambiguous words
// without scoring, and the Lemmatizer. Layout: models/FORMAT.md ("tagger").
// Thread safety: a TaggerModel is immutable once loaded and shared (shared_ptr<const>);
// Tagger::process() keeps its scratch on the stack or in thread_local buffers and may run
// concurrently on different documents.
#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "extract/model_io/hash_index.h"
#include "extract/model_io/linear.h"
#include "extract/stage.h"
#include "extract/tag/lemmatizer.h"
#include "extract/tag/tagger_features.h"

namespace kg::extract {

inline constexpr char kTaggerMagic[] = "KGTAGGER";
inline constexpr std::uint32_t kTaggerVersion = 1;

struct TagClass {
  std::uint8_t upos = 0;
  std::uint8_t xpos = 0;
};

struct TaggerModel {
  std::vector<TagClass> classes;                               // class index -> tags
  std::vector<std::pair<std::uint64_t, std::uint8_t>> unambiguous;  // form hash -> class, sorted
  std::vector<std::pair<std::uint64_t, std::uint64_t>> amb;        // form hash -> tag-set hash, sorted
  std::vector<std::pair<std::uint64_t, std::uint64_t>> amb_lower;  // lowercase hash -> UPOS-set hash
  model_io::LinearModel weights;
  Lemmatizer lemmatizer;

  // Builds the lookup tables below from the vectors above; load() calls it, and so must
  // anyone who fills the vectors by hand.
  void index();
  model_io::HashIndex unambiguous_index;  // form hash -> class + 1
  model_io::HashIndex amb_index;
  model_io::HashIndex amb_lower_index;

  // word_info() plus the ambiguity classes from this model's dictionaries.
  tagger_features::WordInfo word_info(std::string_view form) const;

  std::string serialize() const;
  static Result<std::shared_ptr<const TaggerModel>> load(std::istream& in);
  static Result<std::shared_ptr<const TaggerModel>> load_file(const std::string& path);

  // The class to use instead of `best` when it breaks a closed class: AUX for a word that
  // is no auxiliary form, an inflected VERB for a capitalised word that is no known verb form
  // or comes right after a determiner ("the Fed post"); the best-scoring class that is
  // neither, then.
  std::uint32_t closed_class_check(std::string_view form, std::uint32_t best, const std::int32_t* scores,
                                   std::uint32_t nc, bool after_determiner = false) const;
  // The class with these tags, else `fallback`.
  std::uint32_t find_class(std::uint8_t upos, std::uint8_t xpos, std::uint32_t fallback) const;
  // The passive participle after "been"/"being" and before "by" ("had just been shot by
  // Ruby"): a known past participle the model read as a noun or adjective is VERB VBN.
  std::uint32_t passive_participle(std::string_view prev, std::string_view form, std::string_view next,
                                   std::uint32_t best) const;
  // A gerund that modifies a body's descriptor before its name ("US banking giant Citigroup":
  // `next` in lexicon descriptor-nouns, `after` capitalised, `prev` no verb or auxiliary) is
  // a noun modifier (NOUN NN), not the sentence's verb.
  std::uint32_t descriptor_gerund(std::uint32_t prev_class, std::string_view next, std::string_view after,
                                  std::uint32_t best) const;
  // A capitalised participle that opens a title with the next word ("Managing Director",
  // "Acting President": lexicon government-titles) is part of a name (PROPN NNP).
  std::uint32_t title_participle(std::string_view form, std::string_view next, std::uint32_t best) const;
  // A verb form of lexicon name-verb-forms read as a plural noun right after a proper noun
  // or a personal pronoun and before a preposition ("John Smith lives in Paris") is VERB VBZ.
  std::uint32_t name_verb(std::uint32_t prev_class, std::string_view form, std::string_view next,
                          std::uint32_t best) const;
  // Tags the words [first, end) of `doc`, writing one class per word to `out`.
  void tag(const Document& doc, std::uint32_t first, std::uint32_t end, std::vector<std::uint8_t>& out) const;
  // tag() and the words' UPOS and XPOS set from the classes; `scratch` holds the classes.
  void assign_tags(Document& doc, std::uint32_t first, std::uint32_t end, std::vector<std::uint8_t>& scratch) const;
};

class Tagger final : public Stage {
 public:
  explicit Tagger(std::shared_ptr<const TaggerModel> model, bool lemmatize = true)
      : model_(std::move(model)), lemmatize_(lemmatize) {}
  std::string_view name() const override { return "tagger"; }
  Layers required() const override { return kLayerTokens | kLayerSentences; }
  Layers assigned() const override { return kLayerPos | (lemmatize_ ? kLayerLemmas : 0u); }
  // Sets upos/xpos (and lemma) of every token of every sentence.
  Status process(Document& doc) const override;
  const TaggerModel& model() const { return *model_; }

 private:
  std::shared_ptr<const TaggerModel> model_;
  bool lemmatize_;
};

}  // namespace kg::extract
