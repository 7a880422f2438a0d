// Pipeline (extract/pipeline.h): stage order checks, skipping annotated layers, extraction.
#include "extract/pipeline.h"

#include <doctest/doctest.h>

#include "tests/extract/triples/hand_doc.h"

namespace {

using namespace kg;
using namespace kg::extract;

// A stage that records that it ran and claims the given layers.
class FakeStage final : public Stage {
 public:
  FakeStage(Layers need, Layers give, int* runs) : need_(need), give_(give), runs_(runs) {}
  std::string_view name() const override { return "fake"; }
  Layers required() const override { return need_; }
  Layers assigned() const override { return give_; }
  Status process(Document&) const override {
    ++*runs_;
    return Status::ok();
  }

 private:
  Layers need_, give_;
  int* runs_;
};

}  // namespace

TEST_CASE("Pipeline::create refuses a missing tokenizer and an impossible order") {
  int runs = 0;
  PipelineStages none;
  CHECK(!Pipeline::create(none).is_ok());
  PipelineStages bad;
  bad.tokenizer = std::make_shared<FakeStage>(kLayerText, kLayerTokens | kLayerSentences, &runs);
  bad.parser = std::make_shared<FakeStage>(kLayerPos, kLayerDependencies, &runs);  // no tagger before it
  const auto r = Pipeline::create(bad);
  REQUIRE(!r.is_ok());
  CHECK(r.status().code() == Status::Code::kInvalidArgument);
}

TEST_CASE("Pipeline skips stages whose layers the document already has, then extracts") {
  int tok_runs = 0, tag_runs = 0;
  PipelineStages st;
  st.tokenizer = std::make_shared<FakeStage>(kLayerText, kLayerTokens | kLayerSentences, &tok_runs);
  st.tagger = std::make_shared<FakeStage>(kLayerTokens, kLayerPos | kLayerLemmas, &tag_runs);
  st.extractors = triples::make_extractors("clauses").value();
  auto p = Pipeline::create(st);
  REQUIRE(p.is_ok());
  Document doc = test::make_doc(
      "China|China|PROPN|NNP|2|nsubj supports|support|VERB|VBZ|0|root Cambodia|Cambodia|PROPN|NNP|2|obj",
      "GPE:1-1 GPE:3-3");
  std::vector<graph::Triple> out;
  REQUIRE(p->run(doc, out).is_ok());
  CHECK(tok_runs == 0);
  CHECK(tag_runs == 0);
  REQUIRE(out.size() == 1);
  CHECK(out[0].subject.text == "China");
  CHECK(out[0].relation.cls == "SUPPORT");
  CHECK(out[0].evidence.document.date == "2024-05-25");
}
