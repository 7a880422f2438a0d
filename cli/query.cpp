// kg query: Run a Cypher-subset query on a graph file (docs/query.md), or an interactive
// prompt when no query is given and stdin is a terminal.
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/graph_files.h"
#include "cli/interrupt.h"
#include "cli/line_editor.h"
#include "cli/lookup.h"
#include "cli/query_output.h"
#include "graph/query/evidence.h"
#include "graph/query/query.h"

namespace kg::cli {

namespace {

using graph::query::GraphModel;

struct QueryCmd {
  std::string graph;
  std::string query;
  std::string file;
  std::string format;
  bool no_history = false;
  bool full_load = false;
  graph::query::QueryOptions limits;
};

constexpr std::size_t kTerminalCell = 80;

// Runs one statement and prints its result; returns an exit code.
int run_statement(const GraphModel& m, const std::string& text, QueryFormat f, std::size_t max_cell,
                  const graph::query::QueryOptions& o) {
  const auto t0 = std::chrono::steady_clock::now();
  auto r = graph::query::run_query(m, text, o);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (!r) {
    spdlog::error("query: {}", r.status().message());
    return r.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitFatal;
  }
  for (const auto& w : r->warnings) spdlog::warn("query: {}", w);
  write_result(std::cout, *r, m, f, max_cell);
  spdlog::debug("{} rows in {:.3f} ms", r->rows.size(), ms);
  return kExitOk;
}

int run_script(const GraphModel& m, const std::string& text, QueryFormat f, std::size_t max_cell,
               const graph::query::QueryOptions& o) {
  const auto statements = split_statements(text);
  if (statements.empty()) {
    spdlog::error("query: no query given (pass QUERY, -f FILE, or the query on stdin)");
    return kExitUsage;
  }
  for (std::size_t i = 0; i < statements.size(); ++i) {
    if (i > 0 && f == QueryFormat::kTable) std::cout << '\n';
    if (const int rc = run_statement(m, statements[i], f, max_cell, o); rc != kExitOk) return rc;
  }
  return kExitOk;
}

const char* kHelp =
    "Statements end with ';' and may span several lines. Examples:\n"
    "  MATCH (p:Person)-[r:MEET]-(q) RETURN p.name, q.name, r.weight ORDER BY r.weight DESC LIMIT 5;\n"
    "  MATCH (e:Entity)-[:MENTIONED_IN]->(a:Article) RETURN a.title, count(e) AS entities;\n"
    "Commands:\n"
    "  :help            this text\n"
    "  :schema          labels, relationship types and property names of this graph\n"
    "  :format F        output format: table, csv, json, jsonl\n"
    "  :history         statements entered so far\n"
    "  :quit, :exit     leave (Ctrl-D too; Ctrl-C cancels the statement being typed)\n"
    "The query language (a Cypher subset) is described in docs/query.md.\n";

void print_schema(const GraphModel& m) {
  auto list = [](const std::vector<std::string>& v) {
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + v[i];
    return s;
  };
  std::cout << "node labels:            " << list(m.labels()) << "\n"
            << "relationship types:     " << list(m.rel_types()) << "\n"
            << "entity properties:      " << list(GraphModel::entity_keys()) << "\n"
            << "article properties:     " << list(GraphModel::article_keys()) << "\n"
            << "relationship properties: " << list(GraphModel::rel_keys()) << " (none on MENTIONED_IN)\n";
}

int repl(const GraphModel& m, QueryFormat f, bool no_history, const graph::query::QueryOptions& o) {
  std::string history_file;
  if (const char* home = std::getenv("HOME"); home && *home && !no_history)
    history_file = std::string(home) + "/.kg_history";
  LineEditor editor(history_file);
  std::cerr << "kg query: " << m.num_nodes() << " nodes, " << m.num_rels()
            << " relationships. End statements with ';'. :help for help, :quit to leave.\n";
  std::string buffer, line;
  for (;;) {
    const auto r = editor.read_line(buffer.empty() ? "kg> " : "  -> ", line);
    if (r == LineEditor::Read::kEof) break;
    if (r == LineEditor::Read::kInterrupted) {
      buffer.clear();
      continue;
    }
    if (buffer.empty()) {
      std::istringstream words(line);
      std::string cmd, arg;
      words >> cmd >> arg;
      if (cmd.empty()) continue;
      if (cmd[0] == ':') {
        if (cmd == ":quit" || cmd == ":exit" || cmd == ":q") break;
        if (cmd == ":help") std::cout << kHelp;
        else if (cmd == ":schema") print_schema(m);
        else if (cmd == ":history")
          for (std::size_t i = 0; i < editor.history().size(); ++i)
            std::cout << i + 1 << "  " << editor.history()[i] << "\n";
        else if (cmd == ":format") {
          if (!parse_query_format(arg, f)) std::cout << "formats: table, csv, json, jsonl\n";
        } else {
          std::cout << "unknown command " << cmd << " (:help lists them)\n";
        }
        continue;
      }
    }
    buffer += line;
    buffer += '\n';
    bool complete = false;
    const auto statements = split_statements(buffer, &complete);
    if (!complete) continue;
    std::string joined;
    for (char c : buffer) joined += c == '\n' ? ' ' : c;
    while (!joined.empty() && joined.back() == ' ') joined.pop_back();
    editor.add_history(joined);
    for (const auto& s : statements) run_statement(m, s, f, f == QueryFormat::kTable ? kTerminalCell : 0, o);
    buffer.clear();
  }
  return kExitOk;
}

int run_query_cmd(const QueryCmd& c) {
  const bool out_tty = isatty(STDOUT_FILENO) != 0;
  QueryFormat f = out_tty ? QueryFormat::kTable : QueryFormat::kCsv;
  if (!c.format.empty() && !parse_query_format(c.format, f)) {
    spdlog::error("query: unknown --format '{}' (table, csv, json, jsonl)", c.format);
    return kExitUsage;
  }
  if (!c.query.empty() && !c.file.empty()) {
    spdlog::error("query: give either QUERY or -f FILE, not both");
    return kExitUsage;
  }
  std::string text = c.query;
  if (!c.file.empty()) {
    std::ifstream in(c.file, std::ios::binary);
    if (!in) return fatal(Status::not_found("cannot open query file " + c.file));
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  }
  const bool interactive = c.query.empty() && c.file.empty() && isatty(STDIN_FILENO);
  const bool script = c.query.empty() && !interactive;  // -f FILE or stdin
  if (script && c.file.empty()) {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    text = ss.str();
  }
  // Loader: without evidence unless a statement may read it (or the prompt, whose
  // statements are not known yet, or --full-load).
  bool full = c.full_load || interactive;
  if (!full) {
    if (script) {
      for (const auto& s : split_statements(text)) full = full || graph::query::text_needs_evidence(s);
    } else {
      full = graph::query::text_needs_evidence(text);
    }
  }
  auto full_graph = std::make_unique<graph::KnowledgeGraph>();
  auto topology = std::make_unique<QueryGraph>();
  const auto t0 = std::chrono::steady_clock::now();
  if (full) {
    if (Status st = load_graphs({c.graph}, *full_graph); !st) return fatal(st);
  } else if (Status st = topology->open(c.graph); !st) {
    return fatal(st);
  }
  const auto t1 = std::chrono::steady_clock::now();
  auto model = std::make_unique<const GraphModel>(full ? *full_graph : topology->graph());
  const auto t2 = std::chrono::steady_clock::now();
  spdlog::debug("graph loaded {} in {:.1f} ms, query model built in {:.1f} ms",
                model->has_evidence() ? "with its evidence" : "without evidence",
                std::chrono::duration<double, std::milli>(t1 - t0).count(),
                std::chrono::duration<double, std::milli>(t2 - t1).count());
  const std::size_t max_cell = f == QueryFormat::kTable && out_tty ? kTerminalCell : 0;
  int rc = kExitOk;
  // Ctrl-C stops a running query (the prompt keeps Ctrl-C for the line being typed).
  graph::query::QueryOptions limits = c.limits;
  if (!interactive) limits.stop_requested = &interrupted;
  if (interactive) rc = repl(*model, f, c.no_history, limits);
  else if (script) rc = run_script(*model, text, f, max_cell, limits);
  else rc = run_statement(*model, text, f, max_cell, limits);
  keep_until_exit(std::move(model));
  keep_until_exit(std::move(topology));
  keep_until_exit(std::move(full_graph));
  return rc;
}

}  // namespace

void register_query(CLI::App& app, GlobalOptions& /*g*/, Action& action) {
  auto c = std::make_shared<QueryCmd>();
  auto* sub = app.add_subcommand("query", "Run a Cypher-subset query on a graph file (docs/query.md)");
  sub->add_option("graph", c->graph, "Graph file (graph.kgl) or the folder kg build wrote")->required();
  sub->add_option("query", c->query, "The query; without it: -f FILE, stdin, or an interactive prompt");
  sub->add_option("-f,--file", c->file, "Read the query (or several, each ending with ';') from a file");
  sub->add_option("--format", c->format, "table (default on a terminal), csv (default otherwise), json, jsonl");
  sub->add_flag("--full-load", c->full_load,
                "Load the graph with its evidence even when the query needs none (the default loads it only "
                "when the query may read relationship evidence)");
  sub->add_flag("--no-history", c->no_history, "Interactive prompt: do not read or write ~/.kg_history");
  sub->add_option("--max-rows", c->limits.max_rows, "Largest table a query may build (memory bound)")
      ->capture_default_str();
  sub->add_option("--max-steps", c->limits.max_steps, "Nodes and relationships a query may examine")
      ->capture_default_str();
  sub->add_option("--max-values", c->limits.max_values, "Values the matches of a query may hold (memory bound)")
      ->capture_default_str();
  sub->add_option("--timeout", c->limits.timeout_seconds,
                  "Stop a query that runs longer than SECONDS (exit 2); 0: no limit. Ctrl-C stops one too")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  sub->callback([&action, c] { action = [c] { return run_query_cmd(*c); }; });
}

}  // namespace kg::cli
