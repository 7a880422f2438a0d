// kg_bench_nlp: tokens per second of the tagger alone, tagger + lemmatizer, and
// tagger + lemmatizer + parser, on one core, on gold-tokenized CoNLL-U text.
//
// Usage: kg_bench_nlp [--models DIR] [--conllu FILE] [--tokens N]
// Rates are tokens per CPU-second of this single thread (and, for reference, per wall
// second, which other load on the machine inflates). Defaults: the shipped models/, UD EWT test from ../shared if present (else the tiny
// test treebank), at least N = 2,000,000 tokens per measurement (the text is repeated).
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/parse/parser.h"
#include "extract/tag/tagger.h"
#include "extract/train/treebank.h"

using namespace kg::extract;

namespace {

double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// CPU seconds of this (single-threaded) process: unlike wall time, not inflated when
// other processes share the machine's cores.
double cpu_now() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

}  // namespace

int main(int argc, char** argv) {
  std::string models = KG_SOURCE_MODELS_DIR;
  std::string conllu = std::string(KG_SHARED_DIR) + "/corpora/ud-english-ewt/en_ewt-ud-test.conllu";
  if (!std::filesystem::exists(conllu)) conllu = std::string(KG_SOURCE_DIR) + "/tests/data/tiny_treebank.conllu";
  std::size_t min_tokens = 2000000;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--models") models = argv[i + 1];
    else if (a == "--conllu") conllu = argv[i + 1];
    else if (a == "--tokens") min_tokens = std::stoul(argv[i + 1]);
  }
  double t0 = now();
  auto tagger_model = TaggerModel::load_file(models + "/tagger.kgm");
  const double tagger_load = now() - t0;
  t0 = now();
  auto parser_model = ParserModel::load_file(models + "/parser.kgm");
  const double parser_load = now() - t0;
  if (!tagger_model || !parser_model) {
    std::fprintf(stderr, "kg_bench_nlp: %s\n",
                 (!tagger_model ? tagger_model.status() : parser_model.status()).to_string().c_str());
    return 1;
  }
  std::vector<Document> gold;
  kg::extract::train::TreebankStats stats;
  kg::extract::train::TreebankOptions topt;
  topt.skip_nc_gum = false;
  if (auto s = kg::extract::train::load_treebanks({conllu}, topt, gold, stats); !s.is_ok()) {
    std::fprintf(stderr, "kg_bench_nlp: %s\n", s.to_string().c_str());
    return 1;
  }
  std::vector<Document> docs;
  for (const auto& g : gold) docs.push_back(kg::extract::train::strip_annotation(g));
  std::printf("models: tagger %.1f MB loaded in %.3f s, parser %.1f MB loaded in %.3f s\n",
              static_cast<double>(std::filesystem::file_size(models + "/tagger.kgm")) / 1e6, tagger_load,
              static_cast<double>(std::filesystem::file_size(models + "/parser.kgm")) / 1e6, parser_load);
  std::printf("text: %s (%zu words), repeated to >= %zu tokens\n", conllu.c_str(), stats.words, min_tokens);

  const Tagger tag_only(tagger_model.value(), /*lemmatize=*/false);
  const Tagger tag_lemma(tagger_model.value(), /*lemmatize=*/true);
  const Parser parser(parser_model.value());
  auto measure = [&](const char* what, std::size_t want, auto&& run) {
    std::size_t tokens = 0;
    const double start = now();
    const double cpu_start = cpu_now();
    while (tokens < want) {
      for (auto& d : docs) {
        run(d);
        tokens += d.tokens.size();
      }
    }
    const double secs = now() - start;
    const double cpu = cpu_now() - cpu_start;
    std::printf("%-30s %9.0f tokens/s per CPU-second  (wall: %9.0f tokens/s; %zu tokens, %.2f s CPU)\n", what,
                static_cast<double>(tokens) / cpu, static_cast<double>(tokens) / secs, tokens, cpu);
  };
  std::vector<std::uint8_t> classes;
  measure("tagger (UPOS+XPOS)", min_tokens, [&](Document& d) {
    for (const auto& s : d.sentences) tagger_model.value()->tag(d, s.first_token, s.end_token, classes);
  });
  measure("tagger stage (tags only)", min_tokens, [&](Document& d) { (void)tag_only.process(d); });
  measure("tagger + lemmatizer", min_tokens, [&](Document& d) { (void)tag_lemma.process(d); });
  measure("tagger + lemmatizer + parser", min_tokens / 4, [&](Document& d) {
    (void)tag_lemma.process(d);
    (void)parser.process(d);
  });
  return 0;
}
