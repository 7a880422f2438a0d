// NER model, trainer and training-data readers on tiny hand-made data
// (extract/ner/ner.h, extract/train/ner_trainer.h, extract/train/word_clusters.h, extract/iob2.h).
#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include <doctest/doctest.h>

#include "extract/iob2.h"
#include "extract/ner/ner.h"
#include "extract/read/reader.h"
#include "extract/tokenize/tokenizer.h"
#include "extract/train/ner_trainer.h"
#include "extract/train/word_clusters.h"

using namespace kg::extract;

namespace {

std::vector<Document> read_columns(const std::string& text) {
  std::istringstream in(text);
  std::vector<Document> docs;
  ReadReport report;
  REQUIRE(read_conll_columns(in, "t.conll", [&](Document&& d) { docs.push_back(std::move(d)); return kg::Status::ok(); },
                             report).is_ok());
  return docs;
}

// GUM CoNLL-U through the NER reader (commercial genres only).
std::vector<Document> read_gum(const std::string& conllu) {
  std::istringstream in(conllu);
  std::vector<Document> docs;
  ReadReport report;
  std::size_t left_out = 0;
  REQUIRE(read_gum_named_entities(in, "g.conllu", false, [&](Document&& d) { docs.push_back(std::move(d)); return kg::Status::ok(); },
                                  report, left_out).is_ok());
  return docs;
}

// [first, end) token span of each mention.
std::vector<std::pair<std::uint32_t, std::uint32_t>> spans(const std::vector<Mention>& mentions) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  for (const Mention& m : mentions) out.emplace_back(m.first_token, m.end_token);
  return out;
}
using Spans = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// Sentences "NAME visited PLACE ." and "NAME works for ORG ." with varied names.
std::string toy_corpus() {
  const char* people[] = {"Anna", "Boris", "Chen", "Dara", "Elena", "Farid"};
  const char* places[] = {"Paris", "Lima", "Oslo", "Cairo", "Quito", "Hanoi"};
  const char* orgs[] = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay"};
  std::string out;
  for (int d = 0; d < 6; ++d) {
    out += "-DOCSTART- O\n\n";
    for (int k = 0; k < 6; ++k) {
      out += std::string(people[(d + k) % 6]) + " I-PER\nvisited O\n" + places[(d * 5 + k) % 6] + " I-LOC\n. O\n\n";
      out += std::string(people[(d + 2 * k) % 6]) + " I-PER\nworks O\nfor O\n" + orgs[(d + k) % 6] + " I-ORG\n. O\n\n";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("CoNLL columns: IO tags become mentions, MISC is dropped, -DOCSTART- splits documents") {
  const auto docs = read_columns("-DOCSTART- O\n\nThe I-ORG\nMad I-ORG\nCapsule I-ORG\nplays O\nPunk I-MISC\n. O\n\n"
                                 "-DOCSTART- O\n\nAnna I-PER\nBerg I-PER\nmet O\nBob I-PER\n\n");
  REQUIRE(docs.size() == 2);
  REQUIRE(docs[0].mentions.size() == 1);
  CHECK(docs[0].mentions[0].first_token == 0);
  CHECK(docs[0].mentions[0].end_token == 3);
  CHECK(docs[0].mentions[0].type == EntityType::kOrg);
  REQUIRE(docs[1].mentions.size() == 2);  // IO: adjacent words of one type merge
  CHECK(docs[1].mentions[0].end_token == 2);
  CHECK(docs[1].mentions[1].type == EntityType::kPerson);
}

TEST_CASE("named-entity files: layout by extension, else by the first line") {
  auto read = [](const std::string& text, const std::string& name) {
    std::istringstream in(text);
    std::vector<Document> docs;
    ReadReport report;
    std::size_t left_out = 0;
    REQUIRE(read_named_entity_file(in, name, false, [&](Document&& d) { docs.push_back(std::move(d)); return kg::Status::ok(); },
                                   report, left_out).is_ok());
    return docs;
  };
  const std::string iob2 = "# sent_id = d-1\n1\tAnna\tB-PER\t-\t-\n2\tsings\tO\t-\t-\n\n";
  const std::string columns = "-DOCSTART- O\n\nAnna I-PER\nsings O\n\n";
  for (const auto& [text, name] : {std::pair{iob2, std::string("gold.iob2")}, std::pair{iob2, std::string("gold")},
                                   std::pair{columns, std::string("gold.txt")}}) {
    const auto docs = read(text, name);
    REQUIRE(docs.size() == 1);
    REQUIRE(docs[0].mentions.size() == 1);
    CHECK(docs[0].mentions[0].type == EntityType::kPerson);
    CHECK(docs[0].form(docs[0].tokens[docs[0].mentions[0].first_token]) == "Anna");
  }
}

TEST_CASE("GUM names are trimmed to the PROPN run around a PROPN head") {
  // "the University of Chicago 's" (organization, head 2 = University) and "he" (person, PRON head).
  const std::string conllu =
      "# newdoc id = GUM_news_toy\n"
      "1\tthe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-organization-new-sssss-cf1-2-coref\n"
      "2\tUniversity\tUniversity\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
      "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "4\tChicago\tChicago\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=(2-place-new-sssss-cf2-1-coref-Chicago)\n"
      "5\t's\t's\tPART\tPOS\t_\t2\tcase\t_\tEntity=1)\n"
      "6\the\the\tPRON\tPRP\t_\t2\tdep\t_\tEntity=(3-person-new-sssss-cf3-1-coref)\n"
      "\n";
  const std::vector<Document> docs = read_gum(conllu);
  REQUIRE(docs.size() == 1);
  REQUIRE(docs[0].mentions.size() == 1);  // outermost only; "he" is not a name
  CHECK(docs[0].mentions[0].first_token == 1);
  CHECK(docs[0].mentions[0].end_token == 4);
  CHECK(docs[0].mentions[0].type == EntityType::kOrg);
}

TEST_CASE("GUM names follow UNER: no titles or honorifics in a person's name, no bare titles or nationalities") {
  // "Professor Lunre" (person) → "Lunre"; "Secretary" alone (person) and "Americans" (person,
  // a nationality) are no names; "Harrow" (organization) stays.
  const std::string conllu =
      "# newdoc id = GUM_news_toy2\n"
      "1\tProfessor\tProfessor\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-sssss-cf1-2-coref\n"
      "2\tLunre\tLunre\tPROPN\tNNP\t_\t0\troot\t_\tEntity=1)\n"
      "3\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
      "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(2-person-new-sssss-cf2-2-coref\n"
      "5\tSecretary\tSecretary\tPROPN\tNNP\t_\t2\tconj\t_\tEntity=2)\n"
      "6\tmet\tmeet\tVERB\tVBD\t_\t2\tdep\t_\t_\n"
      "7\tAmericans\tAmerican\tPROPN\tNNPS\t_\t6\tobj\t_\tEntity=(3-person-new-sssss-cf3-1-coref)\n"
      "8\tat\tat\tADP\tIN\t_\t9\tcase\t_\t_\n"
      "9\tHarrow\tHarrow\tPROPN\tNNP\t_\t6\tobl\t_\tEntity=(4-organization-new-sssss-cf4-1-coref-Harrow_School)\n"
      "\n";
  const std::vector<Document> docs = read_gum(conllu);
  REQUIRE(docs.size() == 1);
  REQUIRE(docs[0].mentions.size() == 2);
  CHECK(docs[0].mentions[0].first_token == 1);
  CHECK(docs[0].mentions[0].end_token == 2);
  CHECK(docs[0].mentions[0].type == EntityType::kPerson);
  CHECK(docs[0].mentions[1].first_token == 8);
  CHECK(docs[0].mentions[1].type == EntityType::kOrg);
}

TEST_CASE("GUM names grow over capitalised non-PROPN head words, or into a known name") {
  // "the United States" (United tagged VERB) → "United States", a gazetteer country;
  // "Visit Paris" (sentence-initial VERB inside a place mention) stays "Paris".
  const std::string conllu =
      "# newdoc id = GUM_news_toy3\n"
      "1\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-place-new-sssss-cf1-3-coref-United_States\n"
      "2\tUnited\tunite\tVERB\tVBN\t_\t3\tamod\t_\t_\n"
      "3\tStates\tState\tPROPN\tNNPS\t_\t0\troot\t_\tEntity=1)\n"
      "\n"
      "1\tVisit\tvisit\tVERB\tVB\t_\t0\troot\t_\tEntity=(2-place-new-sssss-cf2-2-coref-Paris\n"
      "2\tParis\tParis\tPROPN\tNNP\t_\t1\tobj\t_\tEntity=2)\n"
      "\n"
      // "the Royal Navy" (head words 2,3; Royal ADJ) → "Royal Navy"; "Chinese Admiral Zhu"
      // (head word 3) → "Zhu": the adjective is no head word, the title goes.
      "1\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(3-organization-new-sssss-cf3-2,3-coref-Royal_Navy\n"
      "2\tRoyal\troyal\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
      "3\tNavy\tNavy\tPROPN\tNNP\t_\t0\troot\t_\tEntity=3)\n"
      "4\tChinese\tChinese\tADJ\tJJ\t_\t6\tamod\t_\tEntity=(4-person-new-sssss-cf4-3-coref-Zhu\n"
      "5\tAdmiral\tAdmiral\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
      "6\tZhu\tZhu\tPROPN\tNNP\t_\t3\tappos\t_\tEntity=4)\n"
      "\n";
  const std::vector<Document> docs = read_gum(conllu);
  REQUIRE(docs.size() == 1);
  CHECK(spans(docs[0].mentions) == Spans{{1, 3}, {4, 5}, {6, 8}, {10, 11}});
}

TEST_CASE("GUM names of organisations and places take a capitalised 'The' inside a sentence, as UNER does") {
  // "read The Onion" → "The Onion"; "The Onion" opening a sentence → "Onion"; "The Smiths"
  // (a person mention) → "Smiths".
  const std::string conllu =
      "# newdoc id = GUM_news_toy4\n"
      "1\tWe\twe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tread\tread\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tThe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(1-organization-new-sssss-cf1-2-coref-The_Onion\n"
      "4\tOnion\tOnion\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=1)\n"
      "5\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n"
      "6\tThe\tthe\tDET\tDT\t_\t7\tdet\t_\tEntity=(2-person-new-sssss-cf2-2-coref-Smiths\n"
      "7\tSmiths\tSmith\tPROPN\tNNPS\t_\t4\tconj\t_\tEntity=2)\n"
      "\n"
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-organization-giv:act-sssss-cf1-2-coref-The_Onion\n"
      "2\tOnion\tOnion\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=1)\n"
      "3\tlaughed\tlaugh\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "\n";
  const std::vector<Document> docs = read_gum(conllu);
  REQUIRE(docs.size() == 1);
  // "The Onion"; "Smiths": no "The" for a person; "Onion": "The" opens the sentence.
  CHECK(spans(docs[0].mentions) == Spans{{2, 4}, {6, 7}, {8, 9}});
}

TEST_CASE("BILOU constraints") {
  CHECK(NerModel::allowed(0, 1, false));   // O → B-PER
  CHECK_FALSE(NerModel::allowed(0, 2, false));  // O → I-PER
  CHECK(NerModel::allowed(1, 3, true));    // B-PER → L-PER at the end
  CHECK_FALSE(NerModel::allowed(1, 2, true));   // B-PER → I-PER cannot end a sentence
  CHECK_FALSE(NerModel::allowed(1, 7, false));  // B-PER → L-ORG
}

TEST_CASE("training, tagging, two passes, save/load round trip and determinism") {
  const auto docs = read_columns(toy_corpus());
  REQUIRE(docs.size() == 6);
  auto train_once = [&](bool two_pass) {
    NerModel m(16);
    NerTrainOptions opt;
    opt.epochs = 4;
    opt.two_pass = two_pass;
    opt.folds = 3;
    opt.drop_unannotated_documents = false;
    REQUIRE(train_ner(m, docs, docs, opt, nullptr).is_ok());
    return m;
  };
  for (bool two : {false, true}) {
    const NerModel m = train_once(two);
    CHECK(m.two_pass() == two);
    const NerScore s = evaluate_ner(m, docs);
    CHECK(s.micro.f1() > 90.0);
    std::ostringstream a, b;
    REQUIRE(m.save(a).is_ok());
    REQUIRE(train_once(two).save(b).is_ok());
    CHECK(a.str() == b.str());  // same data and seed → same bytes
    std::istringstream in(a.str());
    auto loaded = NerModel::load(in);
    REQUIRE(loaded);
    CHECK(evaluate_ner(*loaded, docs).micro.f1() == doctest::Approx(s.micro.f1()));
    std::vector<std::vector<int>> tags;
    loaded->tag_document(docs[0], tags);
    for (const auto& t : tags)
      for (std::size_t k = 0; k < t.size(); ++k)
        CHECK(NerModel::allowed(k ? t[k - 1] : 0, t[k], k + 1 == t.size()));
    // Truncated and older files are refused with a message.
    std::istringstream cut(a.str().substr(0, a.str().size() / 2));
    CHECK_FALSE(NerModel::load(cut));
    std::string v1 = a.str();
    v1[8] = 1;
    std::istringstream old(v1);
    auto r = NerModel::load(old);
    REQUIRE_FALSE(r);
    CHECK(r.status().message().find("retrain") != std::string::npos);
  }
}

TEST_CASE("seed averaging: the mean of the seeds' weights, pass by pass; one seed is plain training") {
  const auto docs = read_columns(toy_corpus());
  NerTrainOptions opt;
  opt.epochs = 3;
  opt.two_pass = true;
  opt.folds = 3;
  opt.drop_unannotated_documents = false;
  auto trained = [&](std::uint64_t seed) {
    NerModel m(14);
    NerTrainOptions one = opt;
    one.seed = seed;
    REQUIRE(train_ner(m, docs, docs, one, nullptr).is_ok());
    return m;
  };
  const NerModel a = trained(5), b = trained(6);
  REQUIRE(a.weights() != b.weights());  // the seeds differ, or the test proves nothing
  std::vector<std::string> stages;
  NerModel avg(14);
  REQUIRE(train_ner_averaged(avg, docs, docs, opt, {5, 6}, [&](const NerEpoch& e) { stages.push_back(e.stage); }).is_ok());
  REQUIRE(avg.two_pass());
  auto off_the_mean = [](const std::vector<float>& got, const std::vector<float>& x, const std::vector<float>& y) {
    std::size_t wrong = 0, nonzero = 0;
    for (std::size_t k = 0; k < got.size(); ++k) {
      float mean = (x[k] + y[k]) / 2.0f;
      if (std::abs(mean) < 1e-3f) mean = 0.0f;
      if (std::abs(got[k] - mean) > 1e-5f * std::max(1.0f, std::abs(mean))) ++wrong;
      if (got[k] != 0.0f) ++nonzero;
    }
    CHECK(nonzero > 100);
    return wrong;
  };
  CHECK(off_the_mean(avg.weights(), a.weights(), b.weights()) == 0);
  CHECK(off_the_mean(avg.second_weights(), a.second_weights(), b.second_weights()) == 0);
  CHECK(evaluate_ner(avg, docs).micro.f1() > 90.0);
  CHECK(std::count(stages.begin(), stages.end(), "seed 5 pass 1") == 3);
  CHECK(std::count(stages.begin(), stages.end(), "seed 6 pass 2") == 3);
  // One seed: the same bytes as training with that seed.
  NerModel single(14);
  REQUIRE(train_ner_averaged(single, docs, docs, opt, {5}, nullptr).is_ok());
  std::ostringstream x, y;
  REQUIRE(single.save(x).is_ok());
  REQUIRE(a.save(y).is_ok());
  CHECK(x.str() == y.str());
  NerModel none(14);
  CHECK_FALSE(train_ner_averaged(none, docs, docs, opt, {}, nullptr).is_ok());
}

TEST_CASE("word clusters: deterministic, nested levels, words in like contexts share a class") {
  TextSequences text;
  const char* cities[] = {"paris", "lima", "oslo", "cairo"};
  const char* verbs[] = {"sings", "runs", "eats", "sleeps"};
  for (int r = 0; r < 30; ++r)
    for (int k = 0; k < 4; ++k) {
      text.push_back({"i", "live", "in", cities[(k + r) % 4], "."});
      text.push_back({"she", verbs[(k + 3 * r) % 4], "here", "."});
    }
  WordClusterOptions opt;
  opt.classes = {2, 4, 8};
  const auto a = learn_word_clusters(text, opt);
  const auto b = learn_word_clusters(text, opt);
  REQUIRE(a.size() == b.size());
  for (std::size_t k = 0; k < a.size(); ++k) CHECK((a[k].word == b[k].word && a[k].id == b[k].id));
  NerModel m(8);
  m.set_clusters(a);
  CHECK(m.clusters_of("Paris")[2] == m.clusters_of("oslo")[2]);
  CHECK(m.clusters_of("paris")[2] != m.clusters_of("sings")[2]);
  CHECK(m.clusters_of("unknownword")[0] == 0);
  // Nesting: one fine class never spans two middle classes.
  std::map<int, int> middle_of_fine;
  for (const auto& c : a) {
    const auto [it, fresh] = middle_of_fine.emplace(c.id[2], c.id[1]);
    CHECK(it->second == c.id[1]);
  }
}

TEST_CASE("hyphenated names written without spaces are joined across the tokenizer's split") {
  Document doc;
  doc.text = "Khalid Al-Mansoori met Jean - Paul and Smith-Jones-Lee in Baden-Baden.";
  // Tokens as the tokenizer splits them: at hyphens, and around spaced dashes.
  const std::vector<std::pair<std::uint32_t, std::uint32_t>> spans = {
      {0, 6}, {7, 9}, {9, 10}, {10, 18}, {19, 22}, {23, 27}, {28, 29}, {30, 34}, {35, 38},
      {39, 44}, {44, 45}, {45, 50}, {50, 51}, {51, 54}, {55, 57}, {58, 63}, {63, 64}, {64, 69}, {69, 70}};
  for (const auto& [b, e] : spans) {
    Token t;
    t.begin = b;
    t.end = e;
    doc.tokens.push_back(t);
  }
  Sentence s;
  s.end_token = static_cast<std::uint32_t>(doc.tokens.size());
  s.end = static_cast<std::uint32_t>(doc.text.size());
  doc.sentences.push_back(s);
  auto person = [](std::uint32_t b, std::uint32_t e, EntityType t = EntityType::kPerson) {
    Mention m;
    m.first_token = b;
    m.end_token = e;
    m.type = t;
    return m;
  };
  // "Khalid Al" | "Jean" (spaced dash: stays) | "Smith" + "-Jones" (a mention) + "-Lee" | "Baden"
  // (LOC) next to "Baden" (ORG: another type, stays apart).
  doc.mentions = {person(0, 2), person(5, 6), person(9, 10), person(11, 12), person(15, 16, EntityType::kLoc),
                  person(17, 18, EntityType::kOrg)};
  join_hyphenated_names(doc, 0, 0);
  std::vector<std::string> got;
  for (const Mention& m : doc.mentions)
    got.emplace_back(doc.slice(doc.tokens[m.first_token].begin, doc.tokens[m.end_token - 1].end));
  CHECK(got == std::vector<std::string>{"Khalid Al-Mansoori", "Jean", "Smith-Jones-Lee", "Baden", "Baden"});
}

TEST_CASE("case augmentation: lower-cased copies keep offsets and mentions, share their original's fold") {
  auto docs = read_columns(toy_corpus());
  const std::size_t n = docs.size();
  auto none = docs;
  CHECK(add_lower_case_copies(none, 0.0).size() == n);
  CHECK(none.size() == n);
  const auto keys = add_lower_case_copies(docs, 1.0);
  REQUIRE(docs.size() == 2 * n);
  REQUIRE(keys.size() == 2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    const Document& orig = docs[i];
    const Document& copy = docs[n + i];
    CHECK(keys[i] == i);
    CHECK(keys[n + i] == i);
    REQUIRE(copy.text.size() == orig.text.size());
    CHECK(copy.text.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos);
    REQUIRE(copy.mentions.size() == orig.mentions.size());
    for (std::size_t m = 0; m < orig.mentions.size(); ++m) {
      CHECK(copy.mentions[m].first_token == orig.mentions[m].first_token);
      CHECK(copy.mentions[m].type == orig.mentions[m].type);
    }
  }
  // A fraction picks the same documents every time; the keys still name originals.
  auto a = read_columns(toy_corpus());
  auto b = read_columns(toy_corpus());
  const auto ka = add_lower_case_copies(a, 0.5);
  CHECK(ka == add_lower_case_copies(b, 0.5));
  for (std::size_t k = n; k < ka.size(); ++k) CHECK(ka[k] < n);
  // Two-pass training with the keys: the fold check refuses a wrong-sized key list.
  NerModel m(16);
  NerTrainOptions opt;
  opt.epochs = 2;
  opt.two_pass = true;
  opt.folds = 3;
  opt.drop_unannotated_documents = false;
  opt.fold_key = keys;
  CHECK(train_ner(m, docs, docs, opt, nullptr).is_ok());
  opt.fold_key.pop_back();
  NerModel m2(16);
  CHECK_FALSE(train_ner(m2, docs, docs, opt, nullptr).is_ok());
}

TEST_CASE("gazetteer keys are kg's tokens joined by spaces") {
  CHECK(gazetteer_key("Coca-Cola") == "Coca - Cola");
  CHECK(gazetteer_key("McDonald's") == "McDonald 's");
  CHECK(gazetteer_key("U.S. Steel") == "U.S. Steel");
  CHECK(gazetteer_key("New  York") == "New York");
  CHECK(gazetteer_key("") == "");
}

TEST_CASE("name lists: sections, aliases, tokenised keys, name-word bits, errors by file and line") {
  NerModel m(12);
  std::istringstream in(
      "# companies\n[ORG]\nCoca-Cola Company|Coca-Cola|Coke\n\n[LOC]\nNew York City|NYC\r\n"
      "[MISC]\nWorld War II|WWII\n[PER]\nAda Lovelace\n");
  auto n = add_name_list(m, in, "t.txt");
  REQUIRE(n);
  CHECK(*n == 8);
  CHECK(m.name_count() == 8);
  // Words of multiword names: bit t inside a PER/ORG/LOC name, 3 + t ends one; 6/7 other.
  CHECK(m.name_word_bits("COCA") == 2);            // inside ORG names only
  CHECK(m.name_word_bits("cola") == (2 | 16));      // inside, and ends "Coca - Cola"
  CHECK(m.name_word_bits("company") == (2 | 16));
  CHECK(m.name_word_bits("York") == 4);
  CHECK(m.name_word_bits("city") == (4 | 32));
  CHECK(m.name_word_bits("II") == (64 | 128));
  CHECK(m.name_word_bits("Lovelace") == (1 | 8));
  CHECK(m.name_word_bits("Coke") == 0);             // one-word names set no bits
  CHECK(m.name_word_bits("Paris") == 0);
  // A name already there keeps its type and marks no words: the model read back from its
  // stored names has the same bits as the one trained.
  m.add_name("Ada Lovelace", 2);
  CHECK(m.name_word_bits("Lovelace") == (1 | 8));
  std::ostringstream saved;
  REQUIRE(m.save(saved).is_ok());
  std::istringstream saved_in(saved.str());
  auto back = NerModel::load(saved_in);
  REQUIRE(back);
  for (const char* w : {"coca", "cola", "company", "york", "city", "ii", "lovelace", "nyc"})
    CHECK(back->name_word_bits(w) == m.name_word_bits(w));

  // The gazetteer feature sees the tokenised name: "Coca-Cola" is three tokens.
  Document doc;
  doc.text = "She drank Coca-Cola during World War II .";
  tokenize_span(doc.text, 0, doc.tokens);
  Sentence sentence;
  sentence.end_token = static_cast<std::uint32_t>(doc.tokens.size());
  doc.sentences.push_back(sentence);
  NerModel::DocContext dctx;
  m.prepare_document(doc, dctx);
  NerModel::Context ctx;
  m.prepare(doc, doc.sentences[0], dctx, ctx);
  REQUIRE(doc.tokens.size() == 10);
  CHECK(ctx.gaz[2] == 1 + 1 * 4 + 0);  // B of an ORG name
  CHECK(ctx.gaz[3] == 1 + 1 * 4 + 1);  // I
  CHECK(ctx.gaz[4] == 1 + 1 * 4 + 2);  // L
  CHECK(ctx.gaz[6] == 1 + 3 * 4 + 0);  // "World War II": a name of type other
  CHECK(ctx.gaz[8] == 1 + 3 * 4 + 2);
  CHECK(ctx.gaz[5] == 0);

  auto error_of = [](const std::string& text) {
    NerModel e(12);
    std::istringstream is(text);
    auto r = add_name_list(e, is, "bad.txt");
    REQUIRE_FALSE(r);
    return r.status().message();
  };
  CHECK(error_of("Acme\n").find("bad.txt:1:") != std::string::npos);
  CHECK(error_of("[ORG]\nAcme\n[FOO]\n").find("bad.txt:3: unknown section header") != std::string::npos);
  CHECK(error_of("[ORG]\nAcme||A\n").find("bad.txt:2:") != std::string::npos);
  CHECK(error_of("[ORG]\nAcme\tCorp\n").find("bad.txt:2: a tab") != std::string::npos);
  CHECK(error_of("[LOC]\n Lima\n").find("bad.txt:2:") != std::string::npos);
}

TEST_CASE("name-word features: trained, saved and loaded with the model") {
  const auto docs = read_columns(toy_corpus());
  auto train_once = [&] {
    NerModel m(16);
    std::istringstream names("[ORG]\nAcme Holdings\nGlobex Holdings\n[LOC]\nQuito City\n");
    REQUIRE(add_name_list(m, names, "n.txt"));
    m.set_uses_name_words(true);
    NerTrainOptions opt;
    opt.epochs = 3;
    opt.drop_unannotated_documents = false;
    REQUIRE(train_ner(m, docs, docs, opt, nullptr).is_ok());
    return m;
  };
  const NerModel m = train_once();
  const double f1 = evaluate_ner(m, docs).micro.f1();
  CHECK(f1 > 90.0);
  std::ostringstream a, b;
  REQUIRE(m.save(a).is_ok());
  REQUIRE(train_once().save(b).is_ok());
  CHECK(a.str() == b.str());
  std::istringstream in(a.str());
  auto loaded = NerModel::load(in);
  REQUIRE(loaded);
  CHECK(loaded->uses_name_words());
  CHECK(loaded->name_word_bits("holdings") == (2 | 16));
  CHECK(evaluate_ner(*loaded, docs).micro.f1() == doctest::Approx(f1));
  // A model without them reads back without them.
  NerModel plain(12);
  std::ostringstream p;
  REQUIRE(plain.save(p).is_ok());
  std::istringstream pin(p.str());
  auto plain_loaded = NerModel::load(pin);
  REQUIRE(plain_loaded);
  CHECK_FALSE(plain_loaded->uses_name_words());
}

TEST_CASE("a one-word place no place list knows but that ends a person's name is that person, not after 'in' or 'to'") {
  NerModel m(8);
  m.set_uses_name_words(true);
  m.add_name("John Fitzgerald Kennedy", 0);  // a person: "Kennedy" ends a person's name
  m.add_name("Cape Kennedy", 2);
  const std::string text = "Kennedy said so . He flew to Kennedy . Paris said so .";
  ReadReport report;
  Document doc = make_document("t", "t", text, true, report);
  REQUIRE(Tokenizer().process(doc).is_ok());
  std::vector<Mention> ms;
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const std::string_view f = doc.form(doc.tokens[i]);
    if (f == "Kennedy" || f == "Paris") ms.push_back({i, i + 1, EntityType::kLoc, 1.0f, -1, {}, {}, {}});
  }
  REQUIRE(ms.size() == 3);
  m.retype_surnames(doc, ms, 0);
  CHECK(ms[0].type == EntityType::kPerson);  // "Kennedy said"
  CHECK(ms[1].type == EntityType::kLoc);     // "flew to Kennedy": the model's place stays
  CHECK(ms[2].type == EntityType::kLoc);     // a capital: the place lists know it
}
