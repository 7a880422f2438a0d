#include "cli/models.h"

#include <cstdlib>
#include <filesystem>

#include <spdlog/spdlog.h>

#include "extract/tokenize/segmenter.h"

namespace kg::cli {

std::string models_dir(const GlobalOptions& g) {
  if (!g.models_dir.empty()) return g.models_dir;
  if (const char* env = std::getenv("KG_MODELS"); env && *env) return env;
  return KG_DEFAULT_MODELS_DIR;
}

Result<std::shared_ptr<const extract::Tokenizer>> load_tokenizer(const GlobalOptions& g) {
  const std::string path = models_dir(g) + "/segmenter.kgm";
  if (!std::filesystem::exists(path)) {
    spdlog::warn("no sentence segmenter model at {}; using the rule-based splitter", path);
    return std::make_shared<const extract::Tokenizer>();
  }
  auto model = extract::SegmenterModel::load_file(path);
  if (!model) return model.status();
  return std::make_shared<const extract::Tokenizer>(
      std::make_shared<const extract::SegmenterModel>(std::move(model).value()));
}

Result<std::shared_ptr<const extract::NerModel>> load_ner(const GlobalOptions& g) {
  const std::string path = models_dir(g) + "/ner.kgm";
  if (!std::filesystem::exists(path)) {
    spdlog::warn("no NER model at {}; entities are not recognised", path);
    return std::shared_ptr<const extract::NerModel>();
  }
  auto model = extract::NerModel::load_file(path);
  if (!model) return model.status();
  return std::make_shared<const extract::NerModel>(std::move(model).value());
}

}  // namespace kg::cli
