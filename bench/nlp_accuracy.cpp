// kg_accuracy: scores the shipped tagger, lemmatizer and parser on UD English EWT test and
// UD English PUD test (gold tokenization) and checks the bars of issue #3.
//
// Usage: kg_accuracy [--models DIR] [--shared DIR]
// Exit codes: 0 all bars met, 1 a bar missed or an error, 77 the corpora are not there
// (ctest reports the test as skipped).
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/parse/parser.h"
#include "extract/tag/tagger.h"
#include "extract/train/evaluate.h"
#include "extract/train/treebank.h"

using namespace kg::extract;

namespace {

struct Bar {
  const char* name;
  double value;
};

}  // namespace

int main(int argc, char** argv) {
  std::string models = KG_SOURCE_MODELS_DIR;
  std::string shared = KG_SHARED_DIR;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--models") models = argv[i + 1];
    else if (a == "--shared") shared = argv[i + 1];
  }
  const std::string ewt = shared + "/corpora/ud-english-ewt/en_ewt-ud-test.conllu";
  const std::string pud = shared + "/corpora/ud-english-pud/en_pud-ud-test.conllu";
  if (!std::filesystem::exists(ewt) || !std::filesystem::exists(pud)) {
    std::printf("kg_accuracy: SKIPPED: corpora not found under %s (needs %s and %s)\n", shared.c_str(), ewt.c_str(),
                pud.c_str());
    return 77;
  }
  auto tm = TaggerModel::load_file(models + "/tagger.kgm");
  auto pm = ParserModel::load_file(models + "/parser.kgm");
  if (!tm || !pm) {
    std::printf("kg_accuracy: %s\n", (!tm ? tm.status() : pm.status()).to_string().c_str());
    return 1;
  }
  const Tagger tagger(tm.value());
  const Parser parser(pm.value());
  bool ok = true;
  auto run = [&](const std::string& path, const char* name, std::vector<Bar> bars) {
    std::vector<Document> gold;
    train::TreebankStats st;
    train::TreebankOptions to;
    to.skip_nc_gum = false;
    if (auto s = train::load_treebanks({path}, to, gold, st); !s.is_ok()) {
      std::printf("%s: %s\n", name, s.to_string().c_str());
      ok = false;
      return;
    }
    train::ParseScores sc;
    if (auto s = train::evaluate_pipeline({&tagger, &parser}, gold, sc); !s.is_ok()) {
      std::printf("%s: %s\n", name, s.to_string().c_str());
      ok = false;
      return;
    }
    std::printf("%-10s words %6zu  UPOS %.2f  XPOS %.2f  Lemma %.2f  UAS %.2f  LAS %.2f\n", name, sc.words,
                sc.upos_pct(), sc.xpos_pct(), sc.lemma_pct(), sc.uas_pct(), sc.las_pct());
    for (const Bar& b : bars) {
      const std::string n = b.name;
      const double v = n == "UPOS" ? sc.upos_pct() : n == "Lemma" ? sc.lemma_pct() : n == "UAS" ? sc.uas_pct() : sc.las_pct();
      if (v < b.value) {
        std::printf("  below the bar: %s %.2f < %.2f\n", b.name, v, b.value);
        ok = false;
      }
    }
  };
  run(ewt, "EWT test", {{"UPOS", 95.0}, {"Lemma", 97.0}, {"UAS", 85.0}, {"LAS", 82.0}});
  run(pud, "PUD test", {{"UPOS", 94.0}, {"UAS", 83.0}});
  return ok ? 0 : 1;
}
