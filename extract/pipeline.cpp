#include "extract/pipeline.h"

#include <chrono>

#include <iterator>
#include <string>

#include "extract/coref/resolve_arguments.h"

namespace kg::extract {

Result<Pipeline> Pipeline::create(PipelineStages stages, PipelineOptions options) {
  if (!stages.tokenizer) return Status::invalid_argument("pipeline: a tokenizer is required");
  Layers have = kLayerText | kLayerBlocks;
  for (const auto* s : {&stages.tokenizer, &stages.tagger, &stages.parser, &stages.ner, &stages.temporal,
                        &stages.entities}) {
    if (!*s) continue;
    const Layers need = (*s)->required();
    if ((need & have) != need) {
      std::string msg("pipeline: stage '");
      msg.append((*s)->name());
      msg.append("' needs layers that no earlier stage provides");
      return Status::invalid_argument(std::move(msg));
    }
    have |= (*s)->assigned();
  }
  for (const auto& e : stages.extractors) {
    if (!e) return Status::invalid_argument("pipeline: null extractor");
  }
  return Pipeline(std::move(stages), options);
}

void Pipeline::stage_done(const Document& doc, std::string_view stage,
                          std::chrono::steady_clock::time_point start) const {
  if (!options_.on_stage_done) return;
  options_.on_stage_done(doc, stage, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
}

Status Pipeline::annotate(Document& doc) const {
  auto run_stage = [&](const std::shared_ptr<const Stage>& s) -> Status {
    if (!s) return Status::ok();
    const Layers a = s->assigned();
    if (a != kLayerMentions && (doc.layers & a) == a) return Status::ok();
    const auto start = std::chrono::steady_clock::now();
    Status st = s->process(doc);
    if (st.is_ok()) doc.layers |= a;
    stage_done(doc, s->name(), start);
    return st;
  };
  if (Status s = run_stage(stages_.tokenizer); !s.is_ok()) return s;
  if (options_.one_sentence_per_document && doc.sentences.size() > 1) {
    Sentence all = doc.sentences.front();
    all.end_token = doc.sentences.back().end_token;
    all.end = doc.sentences.back().end;
    doc.sentences.assign(1, all);
  }
  for (const auto* st : {&stages_.tagger, &stages_.parser, &stages_.ner, &stages_.temporal, &stages_.entities}) {
    if (Status s = run_stage(*st); !s.is_ok()) return s;
  }
  return Status::ok();
}

Status Pipeline::run(Document& doc, std::vector<graph::Triple>& out, std::vector<graph::EntityRecord>* entities) const {
  if (Status s = annotate(doc); !s.is_ok()) return s;
  std::vector<graph::Triple> found;
  for (const auto& e : stages_.extractors) {
    const auto start = std::chrono::steady_clock::now();
    if (Status s = e->extract(doc, found); !s.is_ok()) return s;
    stage_done(doc, e->name(), start);
  }
  const std::size_t first_record = entities ? entities->size() : 0;
  if (stages_.entities) {
    resolve_arguments(doc, found);
    if (entities != nullptr) append_entity_records(doc, *entities);
  }
  // The display path goes with every document reference (the stages fill the rest).
  for (graph::Triple& t : found) t.evidence.document.path = doc.path;
  if (entities != nullptr)
    for (std::size_t i = first_record; i < entities->size(); ++i) (*entities)[i].document.path = doc.path;
  out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  return Status::ok();
}

Status Pipeline::run_open(Document& doc, std::vector<triples::OpenExtraction>& out) const {
  if (Status s = annotate(doc); !s.is_ok()) return s;
  for (const auto& e : stages_.extractors) {
    if (Status s = e->extract_open(doc, out); !s.is_ok()) return s;
  }
  return Status::ok();
}

}  // namespace kg::extract
