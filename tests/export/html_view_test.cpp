// Issue #24: the kg view page (escaping, caps, determinism) and its layout.
#include <doctest/doctest.h>

#include <cmath>
#include <sstream>

#include "export/html_view.h"
#include "export/layout.h"
#include "graph/knowledge_graph.h"
#include "tests/export/comention_graph.h"

using namespace kg::graph;
using namespace kg::exporters;

namespace {

using kg::test::comention_graph;
using kg::test::named;
using kg::test::record;
using kg::test::render;

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("layout: deterministic, finite, connected nodes closer than unconnected ones") {
  std::vector<LayoutEdge> edges;
  for (std::uint32_t i = 0; i < 20; ++i) edges.push_back({i, (i + 1) % 20, 1});        // a ring
  for (std::uint32_t i = 20; i < 40; ++i) edges.push_back({i, 20 + (i + 1) % 20, 1});  // another
  const auto a = force_layout(41, edges), b = force_layout(41, edges);
  REQUIRE(a.size() == 41);
  auto d = [&](std::size_t i, std::size_t j) { return std::hypot(a[i].x - a[j].x, a[i].y - a[j].y); };
  double within = 0, across = 0;
  for (std::size_t i = 0; i < 20; ++i) {
    CHECK(a[i].x == b[i].x);
    CHECK(a[i].y == b[i].y);
    CHECK(std::isfinite(a[i].x));
    within += d(i, (i + 1) % 20);
    across += d(i, 20 + i);
  }
  CHECK(within < across);
  CHECK(force_layout(0, {}).empty());
  CHECK(force_layout(1, {}).size() == 1);
}

TEST_CASE("UTF-16 offsets of UTF-8 text (sentence marks in the page)") {
  CHECK(utf16_length("a\xC3\xA9\xF0\x9F\x99\x82z", 7) == 4);  // a é 🙂(2 units)
  CHECK(utf16_length("abc", 10) == 3);
}

TEST_CASE("kg view page: data and text escaped, counts, caps, refuses unsafe scripts") {
  const KnowledgeGraph g = comention_graph();
  HtmlAssets assets;
  assets.css = "body{}";
  assets.scripts = {{"lib", "var x = 1 < 2;"}};
  HtmlViewOptions o;
  o.title = "T </title><script>bad()</script>";
  HtmlViewReport r;
  const std::string page = render([&](std::ostream& os) { return write_html_view(g, os, o, assets, &r); });
  CHECK(r.nodes == 5);
  CHECK(r.edges == 3);
  CHECK_FALSE(r.capped());
  CHECK(count(page, "<script") == 3);  // error probe, data, lib: nothing injected
  CHECK(page.find("<script>bad()") == std::string::npos);
  CHECK(page.find("<title>T &lt;/title&gt;&lt;script&gt;bad()") != std::string::npos);
  CHECK(page.find("Content-Security-Policy") != std::string::npos);
  const std::string again = render([&](std::ostream& os) { return write_html_view(g, os, o, assets, nullptr); });
  CHECK(again == page);
  o.max_nodes = 2;
  render([&](std::ostream& os) { return write_html_view(g, os, o, assets, &r); });
  CHECK(r.nodes == 2);
  CHECK(r.total_nodes == 5);
  CHECK(r.edges == 1);  // the two most connected (Ann, Bo) and their edge
  CHECK(r.capped());
  assets.scripts = {{"evil", "var s = '</SCRIPT>';"}};
  std::ostringstream os;
  CHECK_FALSE(write_html_view(g, os, {}, assets).is_ok());
}
