// Binding: variables to slots, function checks, aggregate placement, schema warnings.
#include <algorithm>

#include "graph/query/exec.h"

namespace kg::graph::query::detail {

namespace {

std::string at(const Pos& p) { return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column); }

std::string join(const std::vector<std::string>& v) {
  std::string r;
  for (std::size_t i = 0; i < v.size() && i < 40; ++i) r += (i ? ", " : "") + v[i];
  if (v.size() > 40) r += ", ...";
  return r.empty() ? "none" : r;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

void Binder::warn(const std::string& w) {
  if (!contains(warnings_, w)) warnings_.push_back(w);
}

void Binder::check_label(const std::string& l, const Pos& p) {
  if (m_.label_id(l) == GraphModel::kNone)
    warn(at(p) + ": unknown label '" + l + "' (labels in this graph: " + join(m_.labels()) + ")");
}

void Binder::check_type(const std::string& t, const Pos& p) {
  if (m_.type_id(t) == GraphModel::kNone)
    warn(at(p) + ": unknown relationship type '" + t + "' (types in this graph: " + join(m_.rel_types()) + ")");
}

void Binder::check_key(const std::string& key, VarKind kind, const Pos& p) {
  const auto& e = GraphModel::entity_keys();
  const auto& a = GraphModel::article_keys();
  const auto& r = GraphModel::rel_keys();
  if (kind == VarKind::kNode && !contains(e, key) && !contains(a, key)) {
    std::vector<std::string> all = e;
    all.insert(all.end(), a.begin(), a.end());
    warn(at(p) + ": unknown node property '" + key + "' (node properties: " + join(all) + ")");
  } else if (kind == VarKind::kRel && !contains(r, key)) {
    warn(at(p) + ": unknown relationship property '" + key + "' (relationship properties: " + join(r) + ")");
  }
}

void Binder::bind(Expr& e, const Scope& s, std::vector<const Expr*>* aggs, bool in_aggregate) {
  switch (e.op) {
    case Op::kVariable: {
      e.slot = find_var(s, e.name);
      if (e.slot < 0 || s[static_cast<std::size_t>(e.slot)].hidden)
        fail_at(e.pos, "variable `" + e.name + "` is not defined");
      return;
    }
    case Op::kProperty:
      bind(*e.args[0], s, aggs, in_aggregate);
      if (e.args[0]->op == Op::kVariable) check_key(e.name, s[static_cast<std::size_t>(e.args[0]->slot)].kind, e.pos);
      return;
    case Op::kHasLabels:
      bind(*e.args[0], s, aggs, in_aggregate);
      for (const auto& l : e.names) check_label(l, e.pos);
      return;
    case Op::kCountStar:
      if (!aggs) fail_at(e.pos, "count(*) is only allowed in RETURN and WITH");
      if (in_aggregate) fail_at(e.pos, "aggregates cannot be nested");
      e.aggregate = static_cast<std::int32_t>(aggs->size());
      aggs->push_back(&e);
      return;
    case Op::kCall: {
      if (e.name == "id" || e.name == "elementid")
        fail_at(e.pos, e.name + "() is not supported: use the exported ids n.entityId, a.articleId, r.relationId");
      if (!known_function(e.name)) fail_at(e.pos, "unknown function " + e.name + "()");
      const auto n = static_cast<int>(e.args.size());
      if (n < function_min_args(e.name) || n > function_max_args(e.name))
        fail_at(e.pos, e.name + "() takes " + std::to_string(function_min_args(e.name)) +
                           (function_min_args(e.name) == function_max_args(e.name)
                                ? ""
                                : " to " + std::to_string(function_max_args(e.name))) +
                           " argument(s), not " + std::to_string(n));
      const bool agg = is_aggregate(e.name);
      if (e.distinct && !agg) fail_at(e.pos, "DISTINCT is only allowed in aggregate functions");
      if (agg) {
        if (!aggs) fail_at(e.pos, "aggregate function " + e.name + "() is only allowed in RETURN and WITH");
        if (in_aggregate) fail_at(e.pos, "aggregates cannot be nested");
        e.aggregate = static_cast<std::int32_t>(aggs->size());
        aggs->push_back(&e);
      }
      for (auto& a : e.args) bind(*a, s, aggs, in_aggregate || agg);
      return;
    }
    case Op::kListComp:
    case Op::kQuantifier: {
      bind(*e.args[0], s, aggs, in_aggregate);
      Scope inner = s;
      inner.push_back({e.name, VarKind::kValue, false});
      e.slot = static_cast<std::int32_t>(s.size());
      for (std::size_t i = 1; i < e.args.size(); ++i) bind(*e.args[i], inner, aggs, in_aggregate);
      return;
    }
    default:
      for (auto& a : e.args) bind(*a, s, aggs, in_aggregate);
  }
}

}  // namespace kg::graph::query::detail
