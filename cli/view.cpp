// kg view: one self-contained HTML page to look at a graph (docs/view.md).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include <spawn.h>
#include <sys/wait.h>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/graph_files.h"
#include "cli/inputs.h"
#include "export/html_view.h"

extern char** environ;

namespace kg::cli {

namespace {

namespace fs = std::filesystem;

struct ViewCmd {
  std::string graph;
  std::string output;
  std::string mode;
  std::string assets;
  bool open = false;
  exporters::HtmlViewOptions options;
};

// The page's files under the assets folder: (name in the page, path, is a library).
struct AssetFile {
  const char* name;
  const char* path;
  bool library;
};
constexpr AssetFile kAssetFiles[] = {
    {"graphology", "node_modules/graphology/dist/graphology.umd.min.js", true},
    {"sigma", "node_modules/sigma/dist/sigma.min.js", true},
    {"kg-view", "app.js", false},
};
constexpr const char* kCssFile = "app.css";

std::string assets_dir(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("KG_VIEW_ASSETS"); env && *env) return env;
  return KG_DEFAULT_VIEW_DIR;
}

Status read_file(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return Status::not_found("cannot read " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return Status::ok();
}

Status load_assets(const std::string& dir, exporters::HtmlAssets& a) {
  for (const AssetFile& f : kAssetFiles) {
    const fs::path p = fs::path(dir) / f.path;
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) {
      if (f.library)
        return Status::not_found("kg view needs the JavaScript libraries sigma and graphology, and " + p.string() +
                                 " is missing: install node and npm (apt-get install nodejs npm), then run "
                                 "`bash scripts/setup.sh` (it runs `npm ci` in view/), or point --assets or "
                                 "KG_VIEW_ASSETS at a folder that has them");
      return Status::not_found("kg view: " + p.string() + " is missing (--assets / KG_VIEW_ASSETS: the view/ folder of kg's sources)");
    }
    std::string code;
    if (Status st = read_file(p, code); !st) return st;
    a.scripts.emplace_back(f.name, std::move(code));
  }
  return read_file(fs::path(dir) / kCssFile, a.css);
}

void open_in_browser(const std::string& path) {
  const char* argv[] = {"xdg-open", path.c_str(), nullptr};
  pid_t pid = 0;
  if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0) {
    spdlog::warn("--open: could not run xdg-open; open {} in a browser", path);
    return;
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) spdlog::warn("--open: xdg-open failed; open {} in a browser", path);
}

int run_view(ViewCmd& c) {
  if (Status st = finish_export_options(c.options.filter, c.mode); !st) {
    spdlog::error("{}", st.message());
    return kExitUsage;
  }
  if (c.options.max_nodes == 0) {
    spdlog::error("--max-nodes must be at least 1");
    return kExitUsage;
  }
  exporters::HtmlAssets assets;
  if (Status st = load_assets(assets_dir(c.assets), assets); !st) return fatal(st);
  graph::KnowledgeGraph g;
  if (Status st = load_graphs({c.graph}, g); !st) return fatal(st);
  auto out = OutputFile::open(c.output);
  if (!out) return fatal(out.status());
  exporters::HtmlViewReport report;
  if (Status st = exporters::write_html_view(g, (*out)->stream(), c.options, assets, &report); !st) return fatal(st);
  if (Status st = (*out)->commit(); !st) return fatal(st);
  if (report.capped())
    spdlog::warn("the graph has {} nodes and {} edges after the filters; the page shows the {} most connected nodes "
                 "and {} edges (--max-nodes {}, --max-edges {})",
                 report.total_nodes, report.total_edges, report.nodes, report.edges, c.options.max_nodes,
                 c.options.max_edges);
  spdlog::info("wrote {} ({} nodes, {} edges)", c.output, report.nodes, report.edges);
  if (c.open && c.output != "-") open_in_browser(c.output);
  return kExitOk;
}

}  // namespace

void register_view(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto c = std::make_shared<ViewCmd>();
  auto* sub = app.add_subcommand("view", "Write one self-contained HTML page that shows the graph (works offline)");
  sub->add_option("graph", c->graph, "Graph file (graph.kgl) or the folder kg build wrote")->required();
  sub->add_option("-o,--output", c->output, "The HTML file to write (- = stdout)")->required();
  sub->add_flag("--open", c->open, "Open the page in the default browser (xdg-open)");
  sub->add_option("--max-nodes", c->options.max_nodes, "Show at most this many nodes (the most connected)")
      ->capture_default_str();
  sub->add_option("--max-edges", c->options.max_edges, "Show at most this many edges (the heaviest)")
      ->capture_default_str();
  sub->add_option("--max-evidence", c->options.max_evidence, "Pieces of evidence per edge in the page")
      ->capture_default_str();
  sub->add_option("--title", c->options.title, "Title of the page")->capture_default_str();
  sub->add_option("--assets", c->assets,
                  "Folder with app.js, app.css and node_modules/{sigma,graphology} (default: $KG_VIEW_ASSETS, "
                  "else kg's view/ folder)");
  add_export_options(sub, c->options.filter, c->mode);
  sub->callback([&action, c] { action = [c] { return run_view(*c); }; });
}

}  // namespace kg::cli
