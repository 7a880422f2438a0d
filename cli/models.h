// Where the CLI finds trained models: --models, else $KG_MODELS, else the models/ folder
// of the source tree kg was built from.
#pragma once

#include <memory>
#include <string>

#include "cli/commands.h"
#include "extract/ner/ner.h"
#include "extract/tokenize/tokenizer.h"

namespace kg::cli {

std::string models_dir(const GlobalOptions& g);

// The tokenizer with the shipped segmenter model; falls back to the rule-based splitter
// (with a warning) when the model file is missing, fails on a corrupt model.
Result<std::shared_ptr<const extract::Tokenizer>> load_tokenizer(const GlobalOptions& g);

// The shipped NER model, or null (with a warning) when models/ner.kgm is missing.
Result<std::shared_ptr<const extract::NerModel>> load_ner(const GlobalOptions& g);

}  // namespace kg::cli
