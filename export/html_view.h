// kg view: one self-contained HTML page showing a graph (sigma.js + graphology, inlined).
//
// The page holds the filtered, capped entity graph with a precomputed layout (layout.h),
// every node's names, titles, type, articles and relations, and each edge's evidence, as
// one JSON document in <script type="application/json"> (every string escaped with
// append_script_json_string: no "</script", "<!--", "<", ">", "&", U+2028/2029 from the
// text), plus the scripts of HtmlAssets. The page loads nothing from the network (a
// Content-Security-Policy forbids it). Deterministic: same graph and options, same bytes.
// Thread safety: as the other writers (const graph, no shared state).
#pragma once

#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "export/view.h"
#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace kg::exporters {

struct HtmlViewOptions {
  ExportOptions filter;            // what goes in (Mode::kDefault: entities only, as for Gephi)
  std::size_t max_nodes = 5000;    // more: the most connected nodes are kept
  std::size_t max_edges = 20000;   // more: the heaviest edges among the kept nodes are kept
  std::size_t max_evidence = 100;  // pieces of evidence per edge in the page (the count is exact)
  std::string title = "kg graph";  // the page's title
};

// What went into the page.
struct HtmlViewReport {
  std::size_t nodes = 0, edges = 0;              // in the page
  std::size_t total_nodes = 0, total_edges = 0;  // in the filtered graph, before the caps
  bool capped() const { return nodes < total_nodes || edges < total_edges; }
};

// The page's JavaScript and CSS, read by the caller (kg view: from the view/ folder that
// scripts/setup.sh fills with npm). Scripts run in order: the libraries first (globals
// `graphology` and `Sigma`), then the page's own code, which reads the data element.
struct HtmlAssets {
  std::string css;
  std::vector<std::pair<std::string, std::string>> scripts;  // (name, code)
};

// Writes the page. invalid_argument when the graph is not canonical, has no evidence
// loaded, or a script contains "</script" or "<!--" (it could not be inlined safely);
// io_error when the stream fails.
Status write_html_view(const graph::KnowledgeGraph& g, std::ostream& out, const HtmlViewOptions& o,
                       const HtmlAssets& assets, HtmlViewReport* report = nullptr);

// Number of UTF-16 code units in the UTF-8 text s[0, byte) (JavaScript string offsets).
std::size_t utf16_length(std::string_view s, std::size_t byte);

}  // namespace kg::exporters
