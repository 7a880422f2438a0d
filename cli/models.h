// Locating and loading the shipped NLP models for the subcommands that need them.
#pragma once

#include <memory>
#include <string>

#include "cli/commands.h"
#include "extract/parse/parser.h"
#include "extract/tag/tagger.h"

namespace kg::cli {

inline constexpr const char* kTaggerFile = "tagger.kgm";
inline constexpr const char* kParserFile = "parser.kgm";

// --models, else $KG_MODELS, else the folder compiled in (KG_DEFAULT_MODELS_DIR).
std::string models_dir(const GlobalOptions& g);

struct NlpModels {
  std::shared_ptr<const extract::TaggerModel> tagger;  // null when absent and not required
  std::shared_ptr<const extract::ParserModel> parser;
};

// Loads tagger.kgm and parser.kgm from the models folder. A missing file is an error
// only when `required`; a file that exists but does not load is always an error.
Result<NlpModels> load_nlp_models(const GlobalOptions& g, bool required);

}  // namespace kg::cli
