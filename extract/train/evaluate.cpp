#include "extract/train/evaluate.h"

#include <string_view>

#include "extract/tags.h"

namespace kg::extract::train {
namespace {

std::string_view universal(std::uint8_t deprel) {
  const std::string_view n = tags::deprel_name(deprel);
  return n.substr(0, n.find(':'));
}

}  // namespace

Status score_document(const Document& gold, const Document& pred, ParseScores& s) {
  if (gold.tokens.size() != pred.tokens.size()) {
    return Status::invalid_argument("document " + gold.id + ": predicted and gold token counts differ");
  }
  for (std::size_t i = 0; i < gold.tokens.size(); ++i) {
    const Token& g = gold.tokens[i];
    const Token& p = pred.tokens[i];
    ++s.words;
    if (g.upos == p.upos) ++s.upos;
    if (g.xpos == p.xpos) ++s.xpos;
    if (g.lemma == p.lemma) ++s.lemma;
    if (g.head == p.head) {
      ++s.uas;
      if (universal(g.deprel) == universal(p.deprel)) ++s.las;
    }
  }
  return Status::ok();
}

}  // namespace kg::extract::train
