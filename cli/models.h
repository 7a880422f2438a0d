// Where the CLI finds trained models (--models, else $KG_MODELS, else the models/ folder
// of the source tree kg was built from) and how it loads them.
#pragma once

#include <memory>
#include <string>

#include "cli/commands.h"
#include "extract/ner/ner.h"
#include "extract/pipeline.h"
#include "extract/parse/parser.h"
#include "extract/tag/tagger.h"
#include "extract/tokenize/tokenizer.h"

namespace kg::cli {

inline constexpr const char* kTaggerFile = "tagger.kgm";
inline constexpr const char* kParserFile = "parser.kgm";

// --models, else $KG_MODELS, else the folder compiled in (KG_DEFAULT_MODELS_DIR).
std::string models_dir(const GlobalOptions& g);

// The tokenizer with the shipped segmenter model; falls back to the rule-based splitter
// (with a warning) when the model file is missing, fails on a corrupt model.
Result<std::shared_ptr<const extract::Tokenizer>> load_tokenizer(const GlobalOptions& g);

// The shipped NER model, or null (with a warning) when models/ner.kgm is missing.
Result<std::shared_ptr<const extract::NerModel>> load_ner(const GlobalOptions& g);

// A document at least this long (bytes of text) gets progress lines per NLP stage.
inline constexpr std::size_t kLongDocumentBytes = 1'000'000;

// The whole extraction pipeline with the shipped models and the named extractors
// ("all" or "clauses,appositions,nouns"). With one_sentence_per_document (CaRB input) the
// entity stage is left out: Open IE output keeps the words as written.
Result<extract::Pipeline> load_pipeline(const GlobalOptions& g, const std::string& extractors,
                                        bool one_sentence_per_document);

struct NlpModels {
  std::shared_ptr<const extract::TaggerModel> tagger;  // null when absent and not required
  std::shared_ptr<const extract::ParserModel> parser;
};

// Loads tagger.kgm and parser.kgm from the models folder. A missing file is an error
// only when `required`; a file that exists but does not load is always an error.
Result<NlpModels> load_nlp_models(const GlobalOptions& g, bool required);

}  // namespace kg::cli
