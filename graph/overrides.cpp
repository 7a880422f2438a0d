#include "graph/overrides.h"

#include <fstream>
#include <initializer_list>

#include "graph/normalize.h"
#include "graph/triple.h"

namespace kg::graph {

namespace {

enum class Rule : unsigned char { kSame, kType, kApart };

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool type_name(std::string_view t) {
  if (t.empty() || !((t[0] >= 'A' && t[0] <= 'Z') || (t[0] >= 'a' && t[0] <= 'z'))) return false;
  for (char c : t)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

// Splits a rule line at its operator: "!=" first, else "=", else the last ':' (a type has none).
bool split_rule(std::string_view line, Rule& rule, std::string_view& left, std::string_view& right) {
  std::size_t at = line.find("!=");
  std::size_t len = 2;
  rule = Rule::kApart;
  if (at == std::string_view::npos) {
    at = line.find('=');
    len = 1;
    rule = Rule::kSame;
  }
  if (at == std::string_view::npos) {
    at = line.rfind(':');
    rule = Rule::kType;
  }
  if (at == std::string_view::npos) return false;
  left = trim(line.substr(0, at));
  right = trim(line.substr(at + len));
  return true;
}

const char* op_text(Rule r) { return r == Rule::kSame ? "=" : r == Rule::kType ? ":" : "!="; }

// Joins pieces into a message (plain appends: GCC 12 warns wrongly on long operator+ chains).
std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out.append(p);
  return out;
}

bool ends_with_words(std::string_view text, std::string_view words) {
  if (text == words) return true;
  return text.size() > words.size() && text.substr(text.size() - words.size()) == words &&
         text[text.size() - words.size() - 1] == ' ';
}

}  // namespace

Result<Overrides> Overrides::parse(std::istream& in, const std::string& name) {
  Overrides o;
  std::map<std::string, std::pair<Name, std::size_t>> same;  // norm -> (target, line)
  std::map<std::string, std::size_t> type_lines;
  std::vector<std::pair<std::pair<std::string, std::string>, std::size_t>> apart;
  std::string line;
  std::size_t lineno = 0;
  auto error = [&](const std::string& msg) {
    return Status::invalid_argument(cat({name, ":", std::to_string(lineno), ": ", msg}));
  };
  while (std::getline(in, line)) {
    ++lineno;
    const std::string_view l = trim(line);
    if (l.empty() || l.front() == '#') continue;
    if (sanitize_utf8(l) != l) return error("not valid UTF-8");
    Rule rule{};
    std::string_view left, right;
    if (!split_rule(l, rule, left, right))
      return error(cat({"expected 'NAME = NAME', 'NAME : TYPE' or 'NAME != NAME', got '", l, "'"}));
    if (left.empty() || right.empty())
      return error(cat({"a name is missing on one side of '", op_text(rule), "'"}));
    const std::string nl = normalize_name(left);
    if (nl.empty()) return error(cat({"'", left, "' has no letters or digits to name an entity"}));
    o.written_.emplace(nl, std::string(left));
    if (rule == Rule::kType) {
      const std::string t = canonical_type(right);
      if (!type_name(right) || t == kConceptType || t == kLiteralType)
        return error(cat({"'", right, "' is not an entity type (Person, Organization, Place, ...)"}));
      auto [it, fresh] = o.types_.emplace(nl, t);
      if (!fresh && it->second != t)
        return error(cat({"'", left, "' already has type ", it->second, " (line ", std::to_string(type_lines[nl]), ")"}));
      type_lines.emplace(nl, lineno);
      continue;
    }
    const std::string nr = normalize_name(right);
    if (nr.empty()) return error(cat({"'", right, "' has no letters or digits to name an entity"}));
    o.written_.emplace(nr, std::string(right));
    if (nl == nr) return error(cat({"both sides name the same entity ('", nl, "')"}));
    if (rule == Rule::kApart) {
      apart.push_back({{nl, nr}, lineno});
      continue;
    }
    auto [it, fresh] = same.emplace(nl, std::make_pair(Name{nr, std::string(right)}, lineno));
    if (!fresh && it->first != nr && it->second.first.norm != nr)
      return error(cat({"'", left, "' is already the same as '", it->second.first.written, "' (line ",
                        std::to_string(it->second.second), ")"}));
  }
  if (in.bad()) return Status::io_error("cannot read " + name);
  // Chains resolve to their end; a cycle is an error on the line that starts it.
  for (const auto& [from, target] : same) {
    Name end = target.first;
    for (std::size_t steps = 0;; ++steps) {
      const auto next = same.find(end.norm);
      if (next == same.end()) break;
      if (steps > same.size()) {
        lineno = target.second;
        return error(cat({"'", o.written_[from], "' is merged in a cycle"}));
      }
      end = next->second.first;
    }
    o.same_.emplace(from, end);
  }
  for (const auto& [names, at] : apart) {
    auto final_name = [&](const std::string& n) {
      const auto it = o.same_.find(n);
      return it == o.same_.end() ? n : it->second.norm;
    };
    if (final_name(names.first) == final_name(names.second)) {
      lineno = at;
      return error(cat({"'", o.written_[names.first], "' and '", o.written_[names.second],
                        "' are kept apart here but merged by '=' lines"}));
    }
    ++o.apart_rules_;
    o.apart_[names.second].push_back(names.first);  // "Wang != Wang Yi": "Wang" leaves Wang Yi
    o.apart_[names.first].push_back(names.second);  // and the other way round
  }
  return o;
}

Result<Overrides> Overrides::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found("cannot open the overrides file " + path);
  return parse(in, path);
}

bool Overrides::resolve(const std::string& type, std::string norm, const std::string& label, Target& out) const {
  std::string t = type;
  std::string l = label;
  bool changed = !label.empty();
  if (const auto it = same_.find(norm); it != same_.end()) {
    norm = it->second.norm;
    l = it->second.written;
    changed = true;
  }
  if (const auto it = types_.find(norm); it != types_.end() && it->second != t) {
    t = it->second;
    changed = true;
  }
  if (!changed) return false;
  out.key = t;
  out.key.push_back('|');
  out.key.append(norm);
  out.label = l;
  return true;
}

bool Overrides::apply(std::string_view key, std::string_view written, Target& out) const {
  const std::size_t bar = key.find('|');
  if (bar == std::string_view::npos) return false;
  const std::string type(key.substr(0, bar));
  if (type == kConceptType || type == kLiteralType) return false;
  std::string norm(key.substr(bar + 1));
  std::string label;
  if (!written.empty()) {
    if (const auto it = apart_.find(norm); it != apart_.end()) {
      const std::string w = normalize_name(written);
      for (const std::string& a : it->second) {
        if (!ends_with_words(w, a)) continue;
        // "Chinese Foreign Minister Wang" is "Wang"; "Wang Yi" itself stays.
        if (ends_with_words(w, norm) && norm.size() >= a.size()) continue;
        norm = a;
        label = written_.at(a);
        break;
      }
    }
  }
  return resolve(type, std::move(norm), label, out);
}

bool Overrides::apply_node(std::string_view key, Target& out) const {
  const std::size_t bar = key.find('|');
  if (bar == std::string_view::npos) return false;
  const std::string type(key.substr(0, bar));
  if (type == kConceptType || type == kLiteralType) return false;
  return resolve(type, std::string(key.substr(bar + 1)), {}, out);
}

}  // namespace kg::graph
