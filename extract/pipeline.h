// Pipeline: the loaded NLP stages and triple extractors, run in order on a Document:
// tokenizer -> tagger -> parser -> NER -> temporal -> entities -> extractors; with an
// entities stage, run() resolves the arguments of the new triples through the document's
// entities and coreference chains (coref/resolve_arguments.h).
//
// Contract
// - Stages are shared, immutable (shared_ptr<const ...>); a Pipeline is cheap to copy and
//   run() is const, so one Pipeline serves every thread (one Document per thread).
// - Pipeline::create refuses (kInvalidArgument) a stage order whose required layers are
//   not provided by the document's starting layers (text + blocks) and the stages before.
//   Absent (null) stages are allowed only if no later stage needs what they assign.
// - A stage whose assigned layers the Document already carries (CoNLL-U input with gold
//   tokens/tags/trees) is skipped for that document.
// - run() fills the annotation layers of `doc` and APPENDS triples to `out`; errors of a
//   stage or extractor are returned as they are (the document may be half annotated).
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

#include "extract/document.h"
#include "extract/stage.h"
#include "extract/triples/extractor.h"
#include "graph/status.h"
#include "graph/triple.h"

namespace kg::extract {

struct PipelineStages {
  std::shared_ptr<const Stage> tokenizer;  // required
  std::shared_ptr<const Stage> tagger;
  std::shared_ptr<const Stage> parser;
  std::shared_ptr<const Stage> ner;
  std::shared_ptr<const Stage> temporal;
  std::shared_ptr<const Stage> entities;  // canonical entities and coreference (coref/entities.h)
  std::vector<std::shared_ptr<const triples::Extractor>> extractors;
};

struct PipelineOptions {
  // Called after each stage and extractor has run on a document, with the stage's name and
  // the seconds it took (progress inside a long document). Called from the thread that runs
  // the document, so it must be thread-safe; null: none.
  std::function<void(const Document&, std::string_view stage, double seconds)> on_stage_done;
  // Treat each document as one sentence (benchmarks with one sentence per line): the
  // tokenizer's sentence split is undone after tokenization.
  bool one_sentence_per_document = false;
};

class Pipeline {
 public:
  static Result<Pipeline> create(PipelineStages stages, PipelineOptions options = {});

  // Runs the NLP stages only.
  Status annotate(Document& doc) const;
  // annotate() then every extractor; graph triples appended to `out`. With an entities
  // stage and `entities`, one record per named entity of the document is appended there
  // (append_entity_records), so that every entity becomes a node.
  Status run(Document& doc, std::vector<graph::Triple>& out, std::vector<graph::EntityRecord>* entities = nullptr) const;
  // annotate() then every extractor; Open IE extractions (with their triples) appended.
  Status run_open(Document& doc, std::vector<triples::OpenExtraction>& out) const;

  const PipelineStages& stages() const { return stages_; }

 private:
  Pipeline(PipelineStages stages, PipelineOptions options) : stages_(std::move(stages)), options_(std::move(options)) {}
  void stage_done(const Document& doc, std::string_view stage, std::chrono::steady_clock::time_point start) const;
  PipelineStages stages_;
  PipelineOptions options_;
};

}  // namespace kg::extract
