#include "cli/lookup.h"

#include <spdlog/spdlog.h>

#include "cli/graph_files.h"
#include "graph/normalize.h"
#include "graph/store.h"

namespace kg::cli {

Status QueryGraph::open(const std::string& arg) {
  path_ = graph_file_path(arg);
  buffer_.resize(1 << 20);
  file_.rdbuf()->pubsetbuf(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  file_.open(path_, std::ios::binary);
  if (!file_) return Status::not_found("cannot open graph file " + path_);
  return graph::read_graph_topology(file_, path_, *g_);
}

void keep_until_exit(std::shared_ptr<const void> object) {
  // Deliberately never freed: a static vector would be destroyed at exit, this one is not.
  static auto* kept = new std::vector<std::shared_ptr<const void>>();
  kept->push_back(std::move(object));
}

QueryGraph::~QueryGraph() { keep_until_exit(std::move(g_)); }

Status QueryGraph::load_evidence(graph::EdgeRef e) { return graph::read_edge_evidence(file_, path_, *g_, e); }

bool resolve_node(const graph::NameResolver& r, const std::string& name, const std::vector<std::string>& types,
                  const std::string& type_option, graph::Vertex& out) {
  auto found = r.find(name, types);
  if (found) {
    out = *found;
    return true;
  }
  std::string msg = found.status().message();
  const std::string by_type = "narrow it by type";
  if (auto p = msg.find(by_type); p != std::string::npos) msg.replace(p, by_type.size(), "narrow it with " + type_option + " TYPE");
  spdlog::error("{}", msg);
  return false;
}

Result<graph::Direction> parse_direction(const std::string& s) {
  if (s == "out") return graph::Direction::kOut;
  if (s == "in") return graph::Direction::kIn;
  if (s == "both") return graph::Direction::kBoth;
  return Status::invalid_argument("--direction must be out, in or both, not '" + s + "'");
}

std::string describe(const graph::KnowledgeGraph& g, graph::Vertex v) {
  const auto& e = g.entity(v);
  return e.label + " (" + e.type + ", " + graph::hex16(e.id) + ")";
}

}  // namespace kg::cli
