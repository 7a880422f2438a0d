// Greedy arc-hybrid dependency parser (transition.h) scored by an averaged perceptron
// over hashed features (parser_features.h). Fills Token::head and Token::deprel (UD v2
// basic dependencies) from the words' forms and tags; needs the tagger to have run.
//
// Classes: 0 = SHIFT, 1..L = LEFT with label i-1, L+1..2L = RIGHT with label i-L-1,
// where the labels are the model's list of deprel ids. The arc to the root is always
// labelled "root" and "root" is never used elsewhere. Time is linear in sentence length
// (2n moves, constant work each). Layout: models/FORMAT.md ("parser").
// Thread safety: a ParserModel is immutable once loaded and shared; Parser::process()
// keeps its scratch on the stack and may run concurrently.
#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "extract/model_io/linear.h"
#include "extract/parse/transition.h"
#include "extract/stage.h"

namespace kg::extract {

inline constexpr char kParserMagic[] = "KGPARSER";
inline constexpr std::uint32_t kParserVersion = 1;

struct ParserModel {
  std::vector<std::uint8_t> labels;  // deprel ids (tags.h), class layout above
  model_io::LinearModel weights;

  std::uint32_t classes() const { return 1 + 2 * static_cast<std::uint32_t>(labels.size()); }
  std::string serialize() const;
  static Result<std::shared_ptr<const ParserModel>> load(std::istream& in);
  static Result<std::shared_ptr<const ParserModel>> load_file(const std::string& path);

  // Parses the words [first, end) of `doc` and sets their head and deprel.
  void parse(Document& doc, std::uint32_t first, std::uint32_t end) const;
};

class Parser final : public Stage {
 public:
  explicit Parser(std::shared_ptr<const ParserModel> model) : model_(std::move(model)) {}
  std::string_view name() const override { return "parser"; }
  Layers required() const override { return kLayerTokens | kLayerSentences | kLayerPos; }
  Layers assigned() const override { return kLayerDependencies; }
  Status process(Document& doc) const override;

 private:
  std::shared_ptr<const ParserModel> model_;
};

}  // namespace kg::extract
