// Clause arguments the parser put in odd places (extract/triples/clauses.cpp,
// clause_graph.cpp, appositions.cpp), on hand-built parsed sentences.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/triples/clauses.h"
#include "tests/extract/triples/hand_doc.h"

namespace {

using namespace kg;

std::vector<std::string> graph_keys(const extract::Document& doc) {
  std::vector<graph::Triple> out;
  for (const char* name : {"clauses", "appositions", "nouns"}) {
    auto ex = extract::triples::make_extractor(name);
    REQUIRE(ex.is_ok());
    REQUIRE((*ex)->extract(doc, out).is_ok());
  }
  std::vector<std::string> r;
  for (const auto& t : out) r.push_back(t.subject.text + "|" + t.relation.cls + "|" + t.object.text);
  return r;
}

bool has(const std::vector<std::string>& ks, const std::string& k) { return std::find(ks.begin(), ks.end(), k) != ks.end(); }

}  // namespace

TEST_CASE("a named 'by' phrase on an oblique's noun is the passive's agent; a bare participle clause is passive") {
  // "Volcker, appointed to the post by Jimmy Carter, left."
  const auto doc = test::make_doc(
      "Volcker|Volcker|PROPN|NNP|11|nsubj ,|,|PUNCT|,|3|punct appointed|appoint|VERB|VBN|11|advcl to|to|ADP|IN|6|case "
      "the|the|DET|DT|6|det post|post|NOUN|NN|3|obl by|by|ADP|IN|8|case Jimmy|Jimmy|PROPN|NNP|6|nmod "
      "Carter|Carter|PROPN|NNP|8|flat ,|,|PUNCT|,|3|punct left|leave|VERB|VBD|0|root .|.|PUNCT|.|11|punct",
      "PER:1-1 PER:8-9");
  const auto ks = graph_keys(doc);
  CAPTURE(ks);
  CHECK(has(ks, "Jimmy Carter|APPOINT|Volcker"));
  CHECK_FALSE(std::any_of(ks.begin(), ks.end(), [](const std::string& k) { return k.starts_with("Volcker|APPOINT"); }));
  // Not a name: "by the end of the year" is no agent.
  const auto doc2 = test::make_doc(
      "Acme|Acme|PROPN|NNP|3|nsubj:pass was|be|AUX|VBD|3|aux:pass sold|sell|VERB|VBN|0|root in|in|ADP|IN|6|case "
      "the|the|DET|DT|6|det spring|spring|NOUN|NN|3|obl by|by|ADP|IN|9|case the|the|DET|DT|9|det "
      "owners|owner|NOUN|NNS|6|nmod .|.|PUNCT|.|3|punct",
      "ORG:1-1");
  const auto ks2 = graph_keys(doc2);
  CAPTURE(ks2);
  CHECK_FALSE(std::any_of(ks2.begin(), ks2.end(), [](const std::string& k) { return k.starts_with("owners|"); }));
}

TEST_CASE("a function word is no graph argument: 'met for more than an hour' gives no 'for' node") {
  const auto doc = test::make_doc(
      "Alfonsin|Alfonsin|PROPN|NNP|2|nsubj met|meet|VERB|VBD|0|root for|for|ADP|IN|2|obl more|more|ADJ|JJR|3|obj "
      "than|than|ADP|IN|4|fixed an|a|DET|DT|7|det hour|hour|NOUN|NN|4|obl .|.|PUNCT|.|2|punct",
      "PER:1-1");
  const auto ks = graph_keys(doc);
  CAPTURE(ks);
  CHECK_FALSE(std::any_of(ks.begin(), ks.end(), [](const std::string& k) { return k.ends_with("|for"); }));
}

TEST_CASE("a position noun tagged as a proper noun, and the place it is held for: 'MP for Wantage'") {
  const auto doc = test::make_doc(
      "Robert|Robert|PROPN|NNP|7|nsubj Jackson|Jackson|PROPN|NNP|1|flat ,|,|PUNCT|,|4|punct MP|MP|PROPN|NNP|1|appos "
      "for|for|ADP|IN|6|case Wantage|Wantage|PROPN|NNP|4|nmod said|say|VERB|VBD|0|root .|.|PUNCT|.|7|punct",
      "PER:1-2 GPE:6-6");
  const auto ks = graph_keys(doc);
  CAPTURE(ks);
  CHECK(has(ks, "Robert Jackson|HOLD_POSITION|MP of Wantage"));
  CHECK_FALSE(has(ks, "Robert Jackson|WORK_FOR|Wantage"));  // a place: the title says where, no employer
}

TEST_CASE("an event noun in an oblique with its named party: the subject meets the party") {
  // "Nakasone explained the plan during the first round of talks with leader Jaruzelski."
  const auto doc = test::make_doc(
      "Nakasone|Nakasone|PROPN|NNP|2|nsubj explained|explain|VERB|VBD|0|root the|the|DET|DT|4|det plan|plan|NOUN|NN|2|obj "
      "during|during|ADP|IN|8|case the|the|DET|DT|8|det first|first|ADJ|JJ|8|amod round|round|NOUN|NN|2|obl "
      "of|of|ADP|IN|10|case talks|talk|NOUN|NNS|8|nmod with|with|ADP|IN|12|case leader|leader|NOUN|NN|8|nmod "
      "Jaruzelski|Jaruzelski|PROPN|NNP|12|appos .|.|PUNCT|.|2|punct",
      "PER:1-1 PER:13-13");
  const auto ks = graph_keys(doc);
  CAPTURE(ks);
  CHECK(has(ks, "Nakasone|MEET|Jaruzelski"));
  // "Doe was excluded from talks with Smith": "from" is no part in the talks.
  const auto out = test::make_doc(
      "Doe|Doe|PROPN|NNP|3|nsubj:pass was|be|AUX|VBD|3|aux:pass excluded|exclude|VERB|VBN|0|root from|from|ADP|IN|5|case "
      "talks|talk|NOUN|NNS|3|obl with|with|ADP|IN|7|case Smith|Smith|PROPN|NNP|5|nmod .|.|PUNCT|.|3|punct",
      "PER:1-1 PER:7-7");
  const auto ko = graph_keys(out);
  CAPTURE(ko);
  CHECK_FALSE(has(ko, "Doe|MEET|Smith"));
  // "Doe spoke during his visit to Paris": the visit is the possessor's.
  const auto poss = test::make_doc(
      "Doe|Doe|PROPN|NNP|2|nsubj spoke|speak|VERB|VBD|0|root during|during|ADP|IN|5|case his|his|PRON|PRP$|5|nmod:poss "
      "visit|visit|NOUN|NN|2|obl to|to|ADP|IN|7|case Paris|Paris|PROPN|NNP|5|nmod .|.|PUNCT|.|2|punct",
      "PER:1-1 GPE:7-7");
  const auto kp = graph_keys(poss);
  CAPTURE(kp);
  CHECK_FALSE(has(kp, "Doe|VISIT|Paris"));
}

TEST_CASE("a pronoun conjunct is a party of a reciprocal act: 'it and Chrysler signed a letter'") {
  const auto doc = test::make_doc(
      "it|it|PRON|PRP|5|nsubj and|and|CCONJ|CC|3|cc Chrysler|Chrysler|PROPN|NNP|1|conj have|have|AUX|VBP|5|aux "
      "signed|sign|VERB|VBN|0|root a|a|DET|DT|7|det letter|letter|NOUN|NN|5|obj .|.|PUNCT|.|5|punct",
      "ORG:3-3");
  const auto ks = graph_keys(doc);
  CAPTURE(ks);
  CHECK(has(ks, "it|SIGN|Chrysler"));  // coreference then names "it"
}

TEST_CASE("a passive takes no named party through 'of': 'Merbold of the Agency has been chosen'") {
  const auto doc = test::make_doc(
      "Merbold|Merbold|PROPN|NNP|6|nsubj:pass of|of|ADP|IN|4|case the|the|DET|DT|4|det Agency|Agency|PROPN|NNP|6|obl "
      "was|be|AUX|VBD|6|aux:pass chosen|choose|VERB|VBN|0|root .|.|PUNCT|.|6|punct",
      "PER:1-1 ORG:4-4");
  const auto ks = graph_keys(doc);
  CAPTURE(ks);
  CHECK_FALSE(std::any_of(ks.begin(), ks.end(), [](const std::string& k) { return k.ends_with("|Agency"); }));
}

TEST_CASE("what an accusation governs is not asserted: 'was accused of criticising Bush'") {
  const auto doc = test::make_doc(
      "Blair|Blair|PROPN|NNP|4|nsubj:pass has|have|AUX|VBZ|4|aux been|be|AUX|VBN|4|aux:pass accused|accuse|VERB|VBN|0|root "
      "of|of|SCONJ|IN|6|mark criticising|criticise|VERB|VBG|4|advcl Bush|Bush|PROPN|NNP|6|obj .|.|PUNCT|.|4|punct",
      "PER:1-1 PER:7-7");
  std::vector<graph::Triple> out;
  auto ex = extract::triples::make_extractor("clauses");
  REQUIRE(ex.is_ok());
  REQUIRE((*ex)->extract(doc, out).is_ok());
  bool found = false;
  for (const auto& t : out) {
    if (t.subject.text == "Blair" && t.object.text == "Bush") {
      found = true;
      CHECK_FALSE(t.qualifiers.asserted);
    }
  }
  CHECK(found);
}

TEST_CASE("a body's first word before 'of' stays in its name: 'the Bank of Israel' is no person 'of Israel'") {
  const auto doc = test::make_doc(
      "Acme|Acme|PROPN|NNP|2|nsubj joined|join|VERB|VBD|0|root the|the|DET|DT|4|det Bank|Bank|PROPN|NNP|2|obj "
      "of|of|ADP|IN|6|case Israel|Israel|PROPN|NNP|4|nmod .|.|PUNCT|.|2|punct",
      "ORG:1-1 ORG:4-6");
  const auto ks = graph_keys(doc);
  CAPTURE(ks);
  CHECK(has(ks, "Acme|JOIN|Bank of Israel"));
}

TEST_CASE("a possessor's embargo on a country, the complement hung on the verb: SANCTION") {
  const auto doc = test::make_doc(
      "plans|plan|NOUN|NNS|0|root to|to|PART|TO|3|mark end|end|VERB|VB|1|acl the|the|DET|DT|6|det EU|EU|PROPN|NNP|8|nmod:poss "
      "'s|'s|PART|POS|5|case arms|arm|NOUN|NNS|8|compound embargo|embargo|NOUN|NN|3|obj on|on|ADP|IN|10|case "
      "China|China|PROPN|NNP|3|obl .|.|PUNCT|.|1|punct",
      "ORG:5-5 GPE:10-10");
  const auto ks = graph_keys(doc);
  CAPTURE(ks);
  CHECK(has(ks, "EU|SANCTION|China"));
}

TEST_CASE("a day as the object is a time, no party; a second position joined by 'and' is held too") {
  const auto doc = test::make_doc("Roe|Roe|PROPN|NNP|2|nsubj died|die|VERB|VBD|0|root Monday|Monday|PROPN|NNP|2|obj .|.|PUNCT|.|2|punct",
                                  "PER:1-1 DATE:3-3");
  const auto ks = graph_keys(doc);
  CAPTURE(ks);
  CHECK(ks.empty());
  // "Roe, a professor at Acme and president of the Guild, died."
  const auto two = test::make_doc(
      "Roe|Roe|PROPN|NNP|12|nsubj ,|,|PUNCT|,|4|punct a|a|DET|DT|4|det professor|professor|NOUN|NN|1|appos "
      "at|at|ADP|IN|6|case Acme|Acme|PROPN|NNP|4|nmod and|and|CCONJ|CC|8|cc president|president|NOUN|NN|6|conj "
      "of|of|ADP|IN|11|case the|the|DET|DT|11|det Guild|Guild|PROPN|NNP|8|nmod died|die|VERB|VBD|0|root "
      ".|.|PUNCT|.|12|punct",
      "PER:1-1 ORG:6-6 ORG:11-11");
  const auto k2 = graph_keys(two);
  CAPTURE(k2);
  CHECK(has(k2, "Roe|WORK_FOR|Acme"));
  CHECK(has(k2, "Roe|WORK_FOR|Guild"));
  CHECK(has(k2, "Roe|HOLD_POSITION|President of Guild"));
}

TEST_CASE("a subject with a preposition is a misparse: no triple from that clause") {
  // "met with Bush after forces destroyed a platform" parsed with Bush as the subject.
  const auto doc = test::make_doc(
      "Abdullah|Abdullah|PROPN|NNP|2|nsubj met|meet|VERB|VBD|0|root with|with|ADP|IN|4|case Bush|Bush|PROPN|NNP|5|nsubj "
      "destroyed|destroy|VERB|VBD|2|parataxis a|a|DET|DT|7|det platform|platform|NOUN|NN|5|obj .|.|PUNCT|.|2|punct",
      "PER:1-1 PER:4-4");
  const auto ks = graph_keys(doc);
  CAPTURE(ks);
  CHECK_FALSE(std::any_of(ks.begin(), ks.end(), [](const std::string& k) { return k.starts_with("Bush|"); }));
}
