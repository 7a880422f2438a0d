#include <doctest/doctest.h>

#include <cctype>
#include <sstream>

#include "graph/name_index.h"
#include "graph/normalize.h"
#include "graph/store.h"
#include "tests/graph/graph_test_util.h"

using namespace kg::graph;
using kg::graph::test::link;
using kg::graph::test::vertex_of;

namespace {

KnowledgeGraph people() {
  KnowledgeGraph g;
  link(g, "Wang Yi", "meet", "Antony Blinken", 0);
  link(g, "Mr. Wang Yi", "meet", "Antony Blinken", 100);  // a second surface form, more mentions
  link(g, "Wang Wenbin", "criticize", "Antony Blinken", 200);
  link(g, "China", "support", "ASEAN", 300, "LOC", "ORG");
  link(g, "China", "fund", "ASEAN", 400, "ORG", "ORG");  // Organization|china too
  g.canonicalize();
  return g;
}

}  // namespace

TEST_CASE("names resolve by key, case and punctuation insensitively") {
  const KnowledgeGraph g = people();
  const NameResolver r(g);
  const auto wang = vertex_of(g, "Person|wang yi");
  for (const char* q : {"Wang Yi", "wang yi", "WANG-YI", "  Mr. Wang   Yi ", "Person|wang yi"}) {
    const Resolution res = r.resolve(q);
    REQUIRE_MESSAGE(res.unique, q);
    CHECK(res.candidates[0].vertex == wang);
    CHECK(res.candidates[0].kind == MatchKind::kKey);
  }
  auto found = r.find("wang yi");
  REQUIRE(found.is_ok());
  CHECK(*found == wang);
}

TEST_CASE("an id resolves, in any case") {
  const KnowledgeGraph g = people();
  const NameResolver r(g);
  const auto v = vertex_of(g, "Person|antony blinken");
  std::string id = hex16(g.entity(v).id);
  const Resolution res = r.resolve(id);
  REQUIRE(res.unique);
  CHECK(res.candidates[0].vertex == v);
  CHECK(res.candidates[0].kind == MatchKind::kId);
  for (char& c : id) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  CHECK(r.find(id).is_ok());
}

TEST_CASE("a surname finds the person; a shared surname is ambiguous and ranked") {
  const KnowledgeGraph g = people();
  const NameResolver r(g);
  const Resolution blinken = r.resolve("Blinken");
  REQUIRE(blinken.unique);
  CHECK(g.entity(blinken.candidates[0].vertex).key == "Person|antony blinken");
  CHECK(blinken.candidates[0].kind == MatchKind::kToken);

  const Resolution wang = r.resolve("wang");
  CHECK_FALSE(wang.unique);
  REQUIRE(wang.candidates.size() == 2);
  // Wang Yi has two mentions, Wang Wenbin one: ranked by mentions.
  CHECK(g.entity(wang.candidates[0].vertex).key == "Person|wang yi");
  CHECK(g.entity(wang.candidates[1].vertex).key == "Person|wang wenbin");
  auto found = r.find("Wang");
  REQUIRE_FALSE(found.is_ok());
  CHECK(found.status().code() == kg::Status::Code::kInvalidArgument);
  const std::string& msg = found.status().message();
  CHECK(msg.find("ambiguous") != std::string::npos);
  CHECK(msg.find("Wang Yi") != std::string::npos);
  CHECK(msg.find("Wang Wenbin") != std::string::npos);
  CHECK(msg.find(hex16(g.entity(wang.candidates[0].vertex).id)) != std::string::npos);
}

TEST_CASE("the same name in two types is ambiguous until --type narrows it") {
  const KnowledgeGraph g = people();
  const NameResolver r(g);
  const Resolution both = r.resolve("china");
  CHECK_FALSE(both.unique);
  CHECK(both.candidates.size() == 2);
  const Resolution place = r.resolve("china", {"Place"});
  REQUIRE(place.unique);
  CHECK(g.entity(place.candidates[0].vertex).key == "Place|china");
  CHECK(r.find("China", {"Organization"}).is_ok());
  CHECK(r.find("Wang Yi", {"Place"}).status().code() == kg::Status::Code::kNotFound);
}

TEST_CASE("punctuation inside a word does not hide a name") {
  KnowledgeGraph g;
  link(g, "Tomás O'Reilly-Ng", "meet", "Wang Yi", 0);
  g.canonicalize();
  const NameResolver r(g);
  for (const char* q : {"oreilly", "O'Reilly", "OREILLY NG", "tomás", "Tomas"}) {
    const Resolution res = r.resolve(q);
    REQUIRE_MESSAGE(res.unique, q);
    CHECK(g.entity(res.candidates[0].vertex).key == "Person|tomas oreilly ng");  // diacritics folded in keys
  }
}

TEST_CASE("unknown and empty names are not found") {
  const KnowledgeGraph g = people();
  const NameResolver r(g);
  CHECK(r.resolve("Nobody Here").candidates.empty());
  CHECK(r.resolve("").candidates.empty());
  CHECK(r.resolve("...").candidates.empty());
  auto found = r.find("Nobody");
  REQUIRE_FALSE(found.is_ok());
  CHECK(found.status().code() == kg::Status::Code::kNotFound);
  CHECK(found.status().message().find("Nobody") != std::string::npos);
}

TEST_CASE("aliases (Entity::names) resolve, by full name and by word") {
  // A graph file whose node carries an alias that does not normalise to its key (as a
  // coreference merge produces): {"Sergey Lavrov", "Lavrov"} for Person|sergey lavrov.
  KnowledgeGraph src;
  link(src, "Sergey Lavrov", "meet", "Wang Yi", 0);
  std::ostringstream os;
  REQUIRE(write_graph(src, os).is_ok());
  std::string text = os.str();
  const std::string from = "[[\"Sergey Lavrov\",1]]";
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), "[[\"Lavrov\",1],[\"Sergey Lavrov\",1]]");
  std::istringstream in(text);
  KnowledgeGraph g;
  REQUIRE(read_graph(in, "alias.kgl", g).is_ok());
  const NameResolver r(g);
  const Resolution res = r.resolve("lavrov");
  REQUIRE(res.unique);
  CHECK(res.candidates[0].kind == MatchKind::kName);
  CHECK(g.entity(res.candidates[0].vertex).key == "Person|sergey lavrov");
}
