#include "extract/triples/relation_schema.h"

#include <fstream>

#include "extract/lexicon/lexicon.h"

namespace kg::extract::triples {
namespace {

// Rows of a TAB-separated lexicon text, with their line numbers; comments and blank lines skipped.
std::vector<std::pair<std::size_t, std::vector<std::string>>> rows(std::string_view text) {
  std::vector<std::pair<std::size_t, std::vector<std::string>>> out;
  std::size_t lineno = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> fields;
    std::size_t b = 0;
    while (true) {
      const std::size_t tab = line.find('\t', b);
      fields.emplace_back(line.substr(b, tab == std::string_view::npos ? std::string_view::npos : tab - b));
      if (tab == std::string_view::npos) break;
      b = tab + 1;
    }
    out.emplace_back(lineno, std::move(fields));
  }
  return out;
}

bool upper_snake(std::string_view s) {
  if (s.empty() || s[0] < 'A' || s[0] > 'Z') return false;
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

RelationSchema parse_schema() {
  RelationSchema sc;
  auto problem = [&](const char* file, std::size_t line, const std::string& msg) {
    sc.problems.push_back(std::string(file) + ":" + std::to_string(line) + ": " + msg);
  };
  for (auto& [line, f] : rows(lexicon::file_text("relation-classes"))) {
    if (f.size() != 3 || !upper_snake(f[0]) || f[2].empty()) {
      problem("relation-classes.txt", line, "expected CLASS<TAB>CAMEO<TAB>meaning");
      continue;
    }
    if (!sc.cameo.emplace(f[0], f[1] == "-" ? "" : f[1]).second) problem("relation-classes.txt", line, "duplicate " + f[0]);
    sc.classes.push_back({f[0], f[1] == "-" ? "" : f[1], f[2]});
  }
  auto known = [&](const std::string& c) { return sc.cameo.count(c) > 0; };
  for (auto& [line, f] : rows(lexicon::file_text("relation-lemmas"))) {
    if (f.size() != 2 || f[0].empty() || !known(f[1])) {
      problem("relation-lemmas.txt", line, "expected lemma<TAB>CLASS of relation-classes.txt");
      continue;
    }
    if (!sc.lemma_class.emplace(f[0], f[1]).second) problem("relation-lemmas.txt", line, "duplicate " + f[0]);
  }
  for (auto& [line, f] : rows(lexicon::file_text("relation-lexfile-classes"))) {
    if (f.size() != 2 || !known(f[1])) {
      problem("relation-lexfile-classes.txt", line, "expected lexfile<TAB>CLASS of relation-classes.txt");
      continue;
    }
    sc.lexfile_class.emplace(f[0], f[1]);
  }
  for (auto& [line, f] : rows(lexicon::file_text("verb-lexfiles"))) {
    if (f.size() != 2) {
      problem("verb-lexfiles.txt", line, "expected verb<TAB>lexfile");
      continue;
    }
    sc.verb_lexfile.emplace(f[0], f[1]);
  }
  if (!known("RELATED_TO")) problem("relation-classes.txt", 0, "RELATED_TO is missing");
  return sc;
}

}  // namespace

const RelationSchema& relation_schema() {
  static const RelationSchema schema = parse_schema();
  return schema;
}

Result<RelationMap> RelationMap::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found("cannot open relation map " + path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  RelationMap m;
  for (auto& [line, f] : rows(text)) {
    const std::string where = path + ":" + std::to_string(line) + ": ";
    if (f.size() != 2 || f[0].empty()) return Status::invalid_argument(where + "expected lemma<TAB>CLASS");
    if (!upper_snake(f[1])) return Status::invalid_argument(where + "class '" + f[1] + "' is not UPPER_SNAKE ASCII");
    m.map_[f[0]] = f[1];
  }
  return m;
}

void RelationMap::apply(graph::Triple& t) const {
  if (map_.empty()) return;
  const std::string& lemma = t.relation.lemma;
  if (auto it = map_.find(lemma); it != map_.end()) {
    t.relation.cls = it->second;
    return;
  }
  if (auto it = map_.find(lemma.substr(0, lemma.find(' '))); it != map_.end() && !lemma.starts_with("be "))
    t.relation.cls = it->second;
}

}  // namespace kg::extract::triples
