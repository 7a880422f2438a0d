// Throughput of ingestion + sentence splitting + tokenization on one core.
// Usage: kg_bench_tokenize [--models DIR] [--repeat N] FILE...
// Reads the files into memory first (disk time excluded) and cuts them into articles of
// 12 paragraphs, then times, per repetition,
// make_document (UTF-8 cleaning, block and boilerplate marking) and the Tokenizer stage
// with the shipped segmenter model. Prints tokens/s and MB/s.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "extract/read/reader.h"
#include "extract/tokenize/segmenter.h"
#include "extract/tokenize/tokenizer.h"

int main(int argc, char** argv) {
  std::string models = KG_DEFAULT_MODELS_DIR;
  int repeat = 5;
  std::vector<std::string> texts;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--models" && i + 1 < argc) { models = argv[++i]; continue; }
    if (a == "--repeat" && i + 1 < argc) { repeat = std::stoi(argv[++i]); continue; }
    std::ifstream in(a, std::ios::binary);
    if (!in) { std::fprintf(stderr, "cannot read %s\n", a.c_str()); return 2; }
    // Articles of realistic size: the file is cut after every 12th paragraph.
    const std::string all{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::size_t b = 0, paragraphs = 0;
    for (std::size_t p = all.find("\n\n"); p != std::string::npos; p = all.find("\n\n", p + 2)) {
      if (++paragraphs % 12 == 0) {
        texts.push_back(all.substr(b, p + 2 - b));
        b = p + 2;
      }
    }
    if (b < all.size()) texts.push_back(all.substr(b));
  }
  if (texts.empty()) { std::fprintf(stderr, "usage: kg_bench_tokenize [--models DIR] [--repeat N] FILE...\n"); return 2; }
  std::shared_ptr<const kg::extract::SegmenterModel> seg;
  if (auto m = kg::extract::SegmenterModel::load_file(models + "/segmenter.kgm")) {
    seg = std::make_shared<const kg::extract::SegmenterModel>(std::move(m).value());
  } else {
    std::fprintf(stderr, "no segmenter model (%s): timing the rules\n", m.status().to_string().c_str());
  }
  const kg::extract::Tokenizer tokenizer(seg);
  std::size_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();
  double best = 1e30;
  std::size_t tokens = 0, sentences = 0;
  for (int r = 0; r < repeat; ++r) {
    tokens = sentences = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (std::size_t k = 0; k < texts.size(); ++k) {
      kg::extract::ReadReport report;
      kg::extract::Document doc = kg::extract::make_document("d", "f", texts[k], false, report);
      if (!tokenizer.process(doc).is_ok()) return 3;
      tokens += doc.tokens.size();
      sentences += doc.sentences.size();
    }
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (s < best) best = s;
  }
  std::printf("read+split+tokenize: %zu articles, %zu bytes, %zu tokens, %zu sentences; best of %d: %.3f s = %.2f M tokens/s, %.1f MB/s\n",
              texts.size(), bytes, tokens, sentences, repeat, best, static_cast<double>(tokens) / best / 1e6,
              static_cast<double>(bytes) / best / 1e6);
  return 0;
}
