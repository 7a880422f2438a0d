#include "cli/models.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include <spdlog/spdlog.h>

#include "extract/coref/entities.h"
#include "extract/ner/temporal.h"
#include "extract/tokenize/segmenter.h"
#include "extract/triples/extractor.h"

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

Result<NlpModels> load_nlp_models(const GlobalOptions& g, bool required) {
  namespace fs = std::filesystem;
  const std::string dir = models_dir(g);
  NlpModels m;
  const auto t0 = std::chrono::steady_clock::now();
  const std::string tagger_path = (fs::path(dir) / kTaggerFile).string();
  if (fs::exists(tagger_path)) {
    auto t = extract::TaggerModel::load_file(tagger_path);
    if (!t) return t.status();
    m.tagger = std::move(t.value());
  } else if (required) {
    return Status::not_found("no tagger model " + tagger_path + " (set --models or KG_MODELS)");
  }
  const std::string parser_path = (fs::path(dir) / kParserFile).string();
  if (fs::exists(parser_path)) {
    auto p = extract::ParserModel::load_file(parser_path);
    if (!p) return p.status();
    m.parser = std::move(p.value());
  } else if (required) {
    return Status::not_found("no parser model " + parser_path + " (set --models or KG_MODELS)");
  }
  const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  spdlog::debug("loaded models from {} in {:.0f} ms", dir, ms);
  return m;
}

Result<extract::Pipeline> load_pipeline(const GlobalOptions& g, const std::string& extractors,
                                        bool one_sentence_per_document) {
  extract::PipelineStages st;
  auto tok = load_tokenizer(g);
  if (!tok) return tok.status();
  st.tokenizer = *tok;
  auto models = load_nlp_models(g, /*required=*/true);
  if (!models) return models.status();
  st.tagger = std::make_shared<const extract::Tagger>(models->tagger);
  st.parser = std::make_shared<const extract::Parser>(models->parser);
  auto ner = load_ner(g);
  if (!ner) return ner.status();
  if (*ner) st.ner = std::make_shared<const extract::NerStage>(*ner);
  st.temporal = std::make_shared<const extract::TemporalStage>();
  if (!one_sentence_per_document) st.entities = std::make_shared<const extract::EntityStage>();
  auto ex = extract::triples::make_extractors(extractors);
  if (!ex) return ex.status();
  st.extractors = std::move(*ex);
  extract::PipelineOptions po;
  po.one_sentence_per_document = one_sentence_per_document;
  // Progress inside a long document (1 MB of text or more): a line per stage.
  if (g.verbosity >= 0) {
    po.on_stage_done = [](const extract::Document& doc, std::string_view stage, double seconds) {
      if (doc.text.size() < kLongDocumentBytes) return;
      spdlog::info("progress: document {} ({:.1f} MB, {} sentences): {} took {:.1f} s", doc.id,
                   static_cast<double>(doc.text.size()) / 1e6, doc.sentences.size(), stage, seconds);
    };
  }
  return extract::Pipeline::create(std::move(st), po);
}

}  // namespace kg::cli
