#include "extract/train/evaluate.h"

#include <string_view>

#include "extract/tags.h"
#include "extract/train/treebank.h"

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

Status evaluate_pipeline(const std::vector<const Stage*>& stages, const std::vector<Document>& gold,
                         ParseScores& scores) {
  for (const Document& g : gold) {
    Document pred = strip_annotation(g);
    for (const Stage* stage : stages) {
      if (Status s = stage->process(pred); !s.is_ok()) return s;
    }
    if (Status s = score_document(g, pred, scores); !s.is_ok()) return s;
  }
  return Status::ok();
}

}  // namespace kg::extract::train
