#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "graph/line_feeder.h"

using kg::graph::LineFeeder;

namespace {

struct Got {
  std::vector<std::string> lines;
  std::vector<std::uint64_t> offsets;
  bool bad = false;
};

Got feed(const std::string& text, LineFeeder::Inspect inspect = {}) {
  std::istringstream in(text);
  LineFeeder f(in, std::move(inspect));
  Got g;
  while (const auto* block = f.next()) {
    REQUIRE_FALSE(block->empty());
    for (const auto& l : *block) {
      CHECK(l.text[l.size] == '\0');
      g.lines.emplace_back(l.text, l.size);
      g.offsets.push_back(l.offset);
    }
  }
  CHECK(f.next() == nullptr);  // the end stays the end
  g.bad = f.bad();
  return g;
}

std::vector<std::string> getline_lines(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("LineFeeder gives the lines std::getline gives, with their byte offsets") {
  for (const std::string& text : {std::string(), std::string("\n"), std::string("a"), std::string("a\n"),
                                 std::string("a\nbc\n\nd"), std::string("\n\n\nx\n"), std::string("héllo\nwörld\n")}) {
    const Got g = feed(text);
    CHECK(g.lines == getline_lines(text));
    CHECK_FALSE(g.bad);
    for (std::size_t i = 0; i < g.lines.size(); ++i) CHECK(text.compare(g.offsets[i], g.lines[i].size(), g.lines[i]) == 0);
  }
}

TEST_CASE("LineFeeder: lines across block boundaries and a line longer than a block") {
  std::string text;
  for (int i = 0; i < 300000; ++i) text += "line " + std::to_string(i) + " " + std::string(static_cast<std::size_t>(i % 37), 'x') + "\n";
  text += std::string(9u << 20, 'y') + "\n";  // 9 MiB: more than two blocks
  text += "tail without newline";
  const Got g = feed(text);
  const auto want = getline_lines(text);
  REQUIRE(g.lines.size() == want.size());
  CHECK(g.lines == want);
  std::uint64_t offset = 0;
  for (std::size_t i = 0; i < want.size(); ++i) {
    CHECK(g.offsets[i] == offset);
    offset += want[i].size() + 1;
  }
}

TEST_CASE("LineFeeder runs the inspect callback on every line before the consumer sees it") {
  const Got g = feed("ab\ncde\n", [](LineFeeder::Line& l) {
    l.tag.x = static_cast<std::uint32_t>(l.size);
    l.tag.ok = true;
  });
  CHECK(g.lines.size() == 2);
  std::istringstream in("ab\ncde\n");
  LineFeeder f(in, [](LineFeeder::Line& l) {
    l.tag.x = static_cast<std::uint32_t>(l.size);
    l.tag.ok = l.size == 3;
  });
  const auto* block = f.next();
  REQUIRE(block != nullptr);
  REQUIRE(block->size() == 2);
  CHECK((*block)[0].tag.x == 2);
  CHECK_FALSE((*block)[0].tag.ok);
  CHECK((*block)[1].tag.x == 3);
  CHECK((*block)[1].tag.ok);
}

TEST_CASE("LineFeeder: a consumer that stops early does not hang") {
  std::string text;
  for (int i = 0; i < 2000000; ++i) text += "0123456789\n";  // several blocks
  std::istringstream in(text);
  {
    LineFeeder f(in);
    REQUIRE(f.next() != nullptr);
  }  // destroyed while the reader waits for a free block
  CHECK(true);
}
