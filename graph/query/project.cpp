// WITH / RETURN (projection, implicit grouping, DISTINCT, ORDER BY, SKIP, LIMIT) and UNWIND.
#include <algorithm>
#include <map>

#include "graph/query/exec.h"

namespace kg::graph::query::detail {

namespace {

struct RowLess {
  bool operator()(const Row& a, const Row& b) const {
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
      if (const int c = order_compare(a[i], b[i]); c != 0) return c < 0;
    return a.size() < b.size();
  }
};

std::int64_t count_value(Binder& b, Expr& e, const GraphModel& m, const char* what) {
  Scope none;
  b.bind(e, none, nullptr);
  const Value v = eval(e, EvalContext{m, nullptr, nullptr});
  if (v.type() != Value::Type::kInt || v.as_int() < 0)
    fail_at(e.pos, std::string(what) + " expects a non-negative integer");
  return v.as_int();
}

ExprPtr variable(const std::string& name, int slot) {
  auto e = std::make_unique<Expr>();
  e->op = Op::kVariable;
  e->name = name;
  e->slot = slot;
  e->text = name;
  return e;
}

}  // namespace

Table run_projection(const GraphModel& m, Binder& b, Projection& p, bool is_return, Scope& scope, const Table& in,
                     Limits& lim) {
  // Columns: RETURN * expands to the visible variables sorted by name.
  std::vector<Expr*> exprs;
  std::vector<std::string> names;
  std::vector<ExprPtr> star;
  if (p.star) {
    std::vector<std::pair<std::string, int>> vars;
    for (std::size_t i = 0; i < scope.size(); ++i)
      if (!scope[i].hidden && find_var(scope, scope[i].name) == static_cast<int>(i))
        vars.emplace_back(scope[i].name, static_cast<int>(i));
    std::sort(vars.begin(), vars.end());
    if (vars.empty() && p.items.empty()) fail_at({1, 1}, "RETURN * needs at least one variable in scope");
    for (const auto& [n, s] : vars) {
      star.push_back(variable(n, s));
      exprs.push_back(star.back().get());
      names.push_back(n);
    }
  }
  std::vector<const Expr*> aggs;
  std::vector<bool> has_agg;
  for (auto& item : p.items) {
    const std::size_t before = aggs.size();
    b.bind(*item.expr, scope, &aggs);
    has_agg.push_back(aggs.size() > before);
    if (!is_return && !item.aliased && item.expr->op != Op::kVariable)
      fail_at(item.expr->pos, "an expression in WITH must be aliased (use AS)");
    exprs.push_back(item.expr.get());
    names.push_back(item.alias);
  }
  has_agg.insert(has_agg.begin(), exprs.size() - p.items.size(), false);
  for (std::size_t i = 0; i < names.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (names[i] == names[j]) fail_at(exprs[i]->pos, "column name '" + names[i] + "' is used twice; use AS");
  const bool aggregating = !aggs.empty();
  const std::size_t ncols = exprs.size();

  // Rows of output values; `source`: the input row of each (non-aggregating only).
  Table rows;
  std::vector<std::size_t> source;
  if (aggregating) {
    struct Group {
      std::size_t first_row;
      std::vector<Aggregator> aggs;
    };
    std::map<Row, std::size_t, RowLess> index;
    std::vector<Group> groups;
    std::vector<Row> keys;
    Row null_row(scope.size());
    for (std::size_t r = 0; r < in.size(); ++r) {
      const EvalContext c{m, &in[r], nullptr};
      Row key;
      for (std::size_t i = 0; i < ncols; ++i)
        if (!has_agg[i]) key.push_back(eval(*exprs[i], c));
      auto [it, fresh] = index.emplace(key, groups.size());
      if (fresh) {
        Group g{r, {}};
        for (const Expr* a : aggs) g.aggs.emplace_back(*a);
        groups.push_back(std::move(g));
        keys.push_back(std::move(key));
        lim.rows(groups.size());
      }
      for (auto& a : groups[it->second].aggs) a.add(c);
    }
    const bool any_key = std::find(has_agg.begin(), has_agg.end(), false) != has_agg.end();
    if (groups.empty() && !any_key) {  // aggregates over no rows: one row (count = 0)
      Group g{in.size(), {}};
      for (const Expr* a : aggs) g.aggs.emplace_back(*a);
      groups.push_back(std::move(g));
      keys.emplace_back();
    }
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
      std::vector<Value> results;
      for (const auto& a : groups[gi].aggs) results.push_back(a.result());
      const Row& first = groups[gi].first_row < in.size() ? in[groups[gi].first_row] : null_row;
      const EvalContext c{m, &first, &results};
      Row out;
      std::size_t k = 0;
      for (std::size_t i = 0; i < ncols; ++i) out.push_back(has_agg[i] ? eval(*exprs[i], c) : keys[gi][k++]);
      rows.push_back(std::move(out));
    }
  } else {
    rows.reserve(in.size());
    for (std::size_t r = 0; r < in.size(); ++r) {
      const EvalContext c{m, &in[r], nullptr};
      Row out;
      out.reserve(ncols);
      for (std::size_t i = 0; i < ncols; ++i) out.push_back(eval(*exprs[i], c));
      rows.push_back(std::move(out));
      source.push_back(r);
    }
  }
  if (p.distinct) {
    std::map<Row, bool, RowLess> seen;
    Table kept;
    std::vector<std::size_t> kept_source;
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (seen.emplace(rows[i], true).second) {
        kept.push_back(std::move(rows[i]));
        if (!source.empty()) kept_source.push_back(source[i]);
      }
    rows = std::move(kept);
    source = std::move(kept_source);
  }
  // New scope: the columns.
  Scope out_scope;
  for (std::size_t i = 0; i < ncols; ++i) {
    VarKind kind = VarKind::kValue;
    if (exprs[i]->op == Op::kVariable) kind = scope[static_cast<std::size_t>(exprs[i]->slot)].kind;
    out_scope.push_back({names[i], kind, false});
  }
  if (!p.order.empty()) {
    // A sort key is a column (same text or alias), else an expression over the columns
    // and, without aggregation or DISTINCT, over the input variables too.
    const bool see_input = !aggregating && !p.distinct;
    Scope ext = see_input ? scope : Scope();
    const std::size_t base = ext.size();
    ext.insert(ext.end(), out_scope.begin(), out_scope.end());
    std::vector<int> column(p.order.size(), -1);
    for (std::size_t k = 0; k < p.order.size(); ++k) {
      Expr& e = *p.order[k].expr;
      for (std::size_t i = 0; i < ncols && column[k] < 0; ++i)
        if ((!e.text.empty() && e.text == exprs[i]->text) || (e.op == Op::kVariable && e.name == names[i]))
          column[k] = static_cast<int>(i);
      if (column[k] < 0) b.bind(e, ext, nullptr);
    }
    std::vector<Row> sort_keys(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
      Row env;
      if (see_input) env = in[source[r]];
      env.resize(base);
      env.insert(env.end(), rows[r].begin(), rows[r].end());
      const EvalContext c{m, &env, nullptr};
      for (std::size_t k = 0; k < p.order.size(); ++k)
        sort_keys[r].push_back(column[k] >= 0 ? rows[r][static_cast<std::size_t>(column[k])] : eval(*p.order[k].expr, c));
    }
    std::vector<std::size_t> perm(rows.size());
    for (std::size_t i = 0; i < perm.size(); ++i) perm[i] = i;
    std::stable_sort(perm.begin(), perm.end(), [&](std::size_t x, std::size_t y) {
      for (std::size_t k = 0; k < p.order.size(); ++k) {
        const int c = order_compare(sort_keys[x][k], sort_keys[y][k]);
        if (c != 0) return p.order[k].descending ? c > 0 : c < 0;
      }
      return false;
    });
    Table sorted;
    sorted.reserve(rows.size());
    for (auto i : perm) sorted.push_back(std::move(rows[i]));
    rows = std::move(sorted);
  }
  std::size_t skip = 0, limit = rows.size();
  if (p.skip) skip = static_cast<std::size_t>(std::min<std::int64_t>(count_value(b, *p.skip, m, "SKIP"), INT32_MAX));
  if (p.limit) limit = static_cast<std::size_t>(std::min<std::int64_t>(count_value(b, *p.limit, m, "LIMIT"), INT32_MAX));
  if (skip > 0 || limit < rows.size()) {
    const std::size_t b0 = std::min(skip, rows.size());
    const std::size_t e0 = std::min(rows.size(), b0 + limit);
    rows = Table(std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(b0)),
                 std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(e0)));
  }
  scope = std::move(out_scope);
  if (p.where) {
    b.bind(*p.where, scope, nullptr);
    Table kept;
    for (auto& r : rows)
      if (truthy(*p.where, EvalContext{m, &r, nullptr})) kept.push_back(std::move(r));
    rows = std::move(kept);
  }
  return rows;
}

Table run_unwind(const GraphModel& m, Binder& b, Clause& c, Scope& scope, const Table& in, Limits& lim) {
  b.bind(*c.unwind, scope, nullptr);
  scope.push_back({c.alias, VarKind::kValue, false});
  Table out;
  for (const Row& r : in) {
    const Value v = eval(*c.unwind, EvalContext{m, &r, nullptr});
    if (v.is_null()) continue;
    auto emit = [&](const Value& x) {
      Row row = r;
      row.push_back(x);
      out.push_back(std::move(row));
      lim.rows(out.size());
    };
    if (v.type() == Value::Type::kList) {
      for (const auto& x : v.as_list()) emit(x);
    } else {
      emit(v);
    }
  }
  return out;
}

}  // namespace kg::graph::query::detail
