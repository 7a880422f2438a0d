// Company legal forms (extract/coref/legal_forms.h) and the lexicon they come from
// (extract/lexicon): one company whatever its legal form, no entity of legal forms alone.
#include "extract/coref/legal_forms.h"

#include <algorithm>

#include <doctest/doctest.h>

#include "extract/coref/entities.h"
#include "tests/extract/doc_util.h"
#include "extract/lexicon/lexicon.h"

namespace {

using namespace kg::extract;
using kg::extract::test::entity_of;
using kg::extract::test::mark;
using kg::extract::test::text_of;
using kg::extract::test::tokenized;

}  // namespace

TEST_CASE("lexicon: lists are compiled in, sorted, without comments or blanks") {
  const auto forms = lexicon::entries(lexicon::List::kLegalForms);
  REQUIRE(forms.size() > 20);
  CHECK(std::is_sorted(forms.begin(), forms.end()));
  CHECK(std::adjacent_find(forms.begin(), forms.end()) == forms.end());
  for (const auto& f : forms) {
    CHECK(f.find('#') == std::string::npos);
    CHECK_FALSE(f.empty());
    CHECK(f.front() != ' ');
    CHECK(f.back() != ' ');
  }
  CHECK(lexicon::contains(lexicon::List::kLegalForms, "Corp"));
  CHECK(lexicon::contains(lexicon::List::kLegalForms, "GmbH"));
  CHECK_FALSE(lexicon::contains(lexicon::List::kLegalForms, "corp"));  // case-sensitive
  CHECK(lexicon::contains(lexicon::List::kRankAbbreviations, "Gen"));
  CHECK(lexicon::file_name(lexicon::List::kRankAbbreviations) == "rank-abbreviations");
  CHECK(lexicon::file_text("no-such-list").empty());
}

TEST_CASE("strip_legal_forms and ends_with_legal_form") {
  CHECK(strip_legal_forms("Chrysler Corp") == "Chrysler");
  CHECK(strip_legal_forms("Chrysler Corporation") == "Chrysler");
  CHECK(strip_legal_forms("Merrill Lynch and Co Inc") == "Merrill Lynch");
  CHECK(strip_legal_forms("Acme, Inc.") == "Acme");
  CHECK(strip_legal_forms("Co Inc").empty());
  CHECK(strip_legal_forms("Inc").empty());
  CHECK(strip_legal_forms("Chrysler") == "Chrysler");
  CHECK(strip_legal_forms("Incorporated Society of Musicians") == "Incorporated Society of Musicians");
  CHECK(ends_with_legal_form("Siemens AG"));
  CHECK_FALSE(ends_with_legal_form("AG Barr drinks"));
  CHECK_FALSE(ends_with_legal_form(""));
}

TEST_CASE("apply_legal_forms: legal forms alone are dropped, a name ending with one is an organisation") {
  Document doc = tokenized("Pierce Ltd and Co Inc said Motors Corp would grow. Ltd rose.");
  mark(doc, "Pierce Ltd", EntityType::kPerson);
  mark(doc, "Co Inc", EntityType::kOrg);
  mark(doc, "Motors Corp", EntityType::kPerson);
  mark(doc, "Ltd", EntityType::kPerson, doc.text.find("Ltd rose"));
  std::vector<Mention> named = doc.mentions;
  CHECK(apply_legal_forms(doc, named) == 4);
  REQUIRE(named.size() == 2);
  CHECK(named[0].type == EntityType::kOrg);
  CHECK(named[1].type == EntityType::kOrg);
}

TEST_CASE("the entity stage: legal-form variants are one company; a rank without a full stop is no part of a name") {
  Document doc = tokenized(
      "Chrysler Corp agreed to buy the firm. Chrysler said the deal would close. "
      "Gen Pinochet's assets were hidden, and Augusto Pinochet denied it.");
  mark(doc, "Chrysler Corp", EntityType::kOrg);
  mark(doc, "Chrysler", EntityType::kPerson, doc.text.find("Chrysler said"));
  mark(doc, "Gen Pinochet", EntityType::kPerson);
  mark(doc, "Augusto Pinochet", EntityType::kPerson);
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(entity_of(doc, "Chrysler", doc.text.find("Chrysler said")) == "Chrysler Corp");
  for (const Entity& e : doc.entities)
    if (e.name == "Chrysler Corp") CHECK(e.type == EntityType::kOrg);
  CHECK(entity_of(doc, "Augusto Pinochet") == "Augusto Pinochet");
  const std::string gen = entity_of(doc, "Pinochet");
  CHECK((gen == "Augusto Pinochet" || entity_of(doc, "Gen Pinochet") == "Augusto Pinochet"));
  // "Gen" opens no name; a lone "Gen" stays (nothing else would be left).
  Document d2 = tokenized("Gen Pinochet left.");
  CHECK(mention_name(d2, 0, 2) == "Pinochet");
  CHECK(mention_name(d2, 0, 1) == "Gen");
}

TEST_CASE("two companies that differ by more than a legal form stay apart") {
  Document doc = tokenized("Acme Corp sued Acme Foods Ltd on Monday. Acme Foods said it would appeal.");
  mark(doc, "Acme Corp", EntityType::kOrg);
  mark(doc, "Acme Foods Ltd", EntityType::kOrg);
  mark(doc, "Acme Foods", EntityType::kOrg, doc.text.find("Acme Foods said"));
  REQUIRE(EntityStage().process(doc).is_ok());
  CHECK(entity_of(doc, "Acme Corp") == "Acme Corp");
  CHECK(entity_of(doc, "Acme Foods Ltd") == "Acme Foods Ltd");
  CHECK(entity_of(doc, "Acme Foods", doc.text.find("Acme Foods said")) == "Acme Foods Ltd");
}

TEST_CASE("name_before_legal_form: capitalised words before a legal form the NER missed are an organisation") {
  Document doc = tokenized(
      "Shares of Hanover Trust Co. rose. The IRS and Acme Co. sued Pittsburgh-Corning Corp. today. "
      "Profits rose at Ltd. Smith and Jones Inc. grew.");
  mark(doc, "IRS", EntityType::kOrg);
  mark(doc, "Pittsburgh", EntityType::kGpe);
  std::vector<Mention> named = doc.mentions;
  CHECK(name_before_legal_form(doc, named) == 4);
  std::vector<std::string> texts;
  for (const Mention& m : named) {
    texts.push_back(text_of(doc, m));
    if (texts.back() != "IRS") CHECK(m.type == EntityType::kOrg);
  }
  // The IRS ends a mention before "and": no "IRS and Acme Co."; the place inside the name
  // is taken in; "Ltd" alone names nothing; "and" joins two untagged names.
  std::string all;
  for (const auto& t : texts) all += t + "; ";
  CAPTURE(all);
  CHECK(texts == std::vector<std::string>{"Hanover Trust Co.", "IRS", "Acme Co.", "Pittsburgh-Corning Corp.",
                                          "Smith and Jones Inc."});
  CHECK(std::is_sorted(named.begin(), named.end(),
                       [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; }));
}

TEST_CASE("name_before_legal_form: 'and Co', partners' lists, a possessive inside; no place or listed company taken in") {
  Document doc = tokenized(
      "So W.R. Grace and Co sold it. Merrill Lynch, Pierce, Fenner and Smith Ltd grew. So Hermann's Sporting Goods Co rose. "
      "Britain's Plenmeer Ltd fell. IBM, Apple and Microsoft Corp. rose.");
  mark(doc, "W.R. Grace", EntityType::kPerson);
  mark(doc, "Merrill Lynch", EntityType::kOrg);
  mark(doc, "Pierce", EntityType::kPerson);
  mark(doc, "Smith", EntityType::kPerson);
  mark(doc, "Hermann", EntityType::kPerson);
  mark(doc, "Britain", EntityType::kGpe);
  mark(doc, "IBM", EntityType::kOrg);
  mark(doc, "Apple", EntityType::kOrg);
  std::vector<Mention> named = doc.mentions;
  name_before_legal_form(doc, named);
  std::string all;
  for (const Mention& m : named) all += text_of(doc, m) + "; ";
  CAPTURE(all);
  CHECK(all == "W.R. Grace and Co; Merrill Lynch, Pierce, Fenner and Smith Ltd; Hermann's Sporting Goods Co; Britain; "
               "Plenmeer Ltd; IBM; Apple; Microsoft Corp.; ");
  // (A sentence's first word joins a name only when tagged a proper noun: these have no tags.)
  // Written again without its legal form, the company's name is its mention.
  Document again = tokenized("Merrill Lynch, Pierce, Fenner and Smith Ltd grew. Merrill Lynch, Pierce, Fenner and Smith is a unit.");
  mark(again, "Merrill Lynch, Pierce, Fenner and Smith Ltd", EntityType::kOrg);
  mark(again, "Pierce", EntityType::kPerson, again.text.find("Pierce, Fenner and Smith is"));
  std::vector<Mention> n2 = again.mentions;
  CHECK(repeat_company_names(again, n2) == 1);
  REQUIRE(n2.size() == 2);
  CHECK(text_of(again, n2[1]) == "Merrill Lynch, Pierce, Fenner and Smith");
  CHECK(n2[1].type == EntityType::kOrg);
}
