// kg_bench_triples: extraction throughput over already-parsed sentences, one core.
// Parses the input once with the shipped models (segmenter, tagger, parser, NER,
// temporal), then runs all extractors over the parsed documents repeatedly and reports
// sentences/s and triples/s of the extraction alone (CPU time of this thread).
// Usage: kg_bench_triples [FILE (one sentence per line; default: CaRB dev.txt, else
//        samples/*.txt)] [SECONDS=2]
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "extract/ner/ner.h"
#include "extract/ner/temporal.h"
#include "extract/parse/parser.h"
#include "extract/pipeline.h"
#include "extract/read/reader.h"
#include "extract/tag/tagger.h"
#include "extract/tokenize/segmenter.h"
#include "extract/tokenize/tokenizer.h"

namespace {

double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int die(const char* what, const kg::Status& s) {
  std::fprintf(stderr, "kg_bench_triples: %s: %s\n", what, s.to_string().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace kg::extract;
  using kg::Status;
  const std::string models = KG_SOURCE_MODELS_DIR;
  const std::string dev = std::string(KG_SHARED_DIR) + "/benchmarks/carb-dev/dev.txt";
  std::string input = argc > 1 ? argv[1] : (std::filesystem::exists(dev) ? dev : "");
  const double seconds = argc > 2 ? std::atof(argv[2]) : 2.0;

  PipelineStages st;
  auto seg = SegmenterModel::load_file(models + "/segmenter.kgm");
  if (!seg) return die("segmenter", seg.status());
  st.tokenizer = std::make_shared<const Tokenizer>(std::make_shared<const SegmenterModel>(std::move(*seg)));
  auto tagger = TaggerModel::load_file(models + "/tagger.kgm");
  if (!tagger) return die("tagger", tagger.status());
  st.tagger = std::make_shared<const Tagger>(*tagger);
  auto parser = ParserModel::load_file(models + "/parser.kgm");
  if (!parser) return die("parser", parser.status());
  st.parser = std::make_shared<const Parser>(*parser);
  auto ner = NerModel::load_file(models + "/ner.kgm");
  if (!ner) return die("ner", ner.status());
  st.ner = std::make_shared<const NerStage>(std::make_shared<const NerModel>(std::move(*ner)));
  st.temporal = std::make_shared<const TemporalStage>();
  auto ex = triples::make_extractors("all");
  if (!ex) return die("extractors", ex.status());
  st.extractors = *ex;
  auto pipeline = Pipeline::create(st);
  if (!pipeline) return die("pipeline", pipeline.status());

  std::vector<Document> docs;
  ReadReport report;
  auto add = [&](const std::string& id, const std::string& text) {
    Document d = make_document(id, id, text, true, report);
    if (Status s = pipeline->annotate(d); !s.is_ok()) std::exit(die("annotate", s));
    docs.push_back(std::move(d));
  };
  if (!input.empty()) {
    std::ifstream in(input);
    std::string line;
    std::size_t n = 0;
    while (std::getline(in, line)) add(input + ":" + std::to_string(++n), line);
  } else {
    for (const auto& e : std::filesystem::directory_iterator(std::string(KG_SOURCE_DIR) + "/samples")) {
      if (e.path().extension() != ".txt") continue;
      std::ifstream in(e.path());
      add(e.path().string(), std::string(std::istreambuf_iterator<char>(in), {}));
    }
  }
  std::size_t sentences = 0;
  for (const auto& d : docs) sentences += d.sentences.size();
  if (sentences == 0) {
    std::fprintf(stderr, "kg_bench_triples: no sentences\n");
    return 1;
  }
  std::vector<kg::graph::Triple> out;
  std::size_t rounds = 0, triples_made = 0;
  const double t0 = cpu_now();
  double t = t0;
  while (t - t0 < seconds) {
    for (const auto& d : docs) {
      out.clear();
      for (const auto& e : st.extractors) {
        if (Status s = e->extract(d, out); !s.is_ok()) return die("extract", s);
      }
      triples_made += out.size();
    }
    ++rounds;
    t = cpu_now();
  }
  const double secs = t - t0;
  const double sents = static_cast<double>(sentences * rounds);
  std::printf("triples: %zu sentence(s) x %zu round(s) in %.2f s CPU: %.0f sentences/s, %.0f triples/s (%s)\n",
              sentences, rounds, secs, sents / secs, static_cast<double>(triples_made) / secs,
              input.empty() ? "samples/" : input.c_str());
  return 0;
}
