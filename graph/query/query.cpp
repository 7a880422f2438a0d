#include "graph/query/query.h"

#include <limits>
#include <set>

#include "graph/query/evidence.h"
#include "graph/query/exec.h"
#include "graph/query/parser.h"

namespace kg::graph::query {

namespace {



bool has_aggregate(const Expr& e) {
  if (e.op == Op::kCountStar) return true;
  if (e.op == Op::kCall && detail::is_aggregate(e.name)) return true;
  for (const auto& a : e.args)
    if (has_aggregate(*a)) return true;
  return false;
}

// Rows the projection after a MATCH needs at most (SKIP + LIMIT of a plain projection),
// so the match can stop early; unlimited otherwise.
std::size_t rows_needed(const Clause& next) {
  constexpr std::size_t kAll = std::numeric_limits<std::size_t>::max();
  if (next.kind != Clause::Kind::kReturn && next.kind != Clause::Kind::kWith) return kAll;
  const Projection& p = next.projection;
  if (!p.limit || p.distinct || !p.order.empty() || p.where) return kAll;
  for (const auto& item : p.items)
    if (has_aggregate(*item.expr)) return kAll;
  auto literal = [](const ExprPtr& e, std::size_t& v) {
    if (!e) return true;
    if (e->op != Op::kLiteral || e->value.type() != Value::Type::kInt || e->value.as_int() < 0) return false;
    v = static_cast<std::size_t>(std::min<std::int64_t>(e->value.as_int(), INT32_MAX));
    return true;
  };
  std::size_t skip = 0, limit = 0;
  if (!literal(p.skip, skip) || !literal(p.limit, limit)) return kAll;
  return skip + limit;
}


// Runs one single query (the clauses up to its RETURN) and gives its table and column names.
detail::Table run_part(const GraphModel& model, detail::Binder& binder, std::vector<Clause>& clauses,
                       detail::Limits& limits, std::vector<std::string>& columns) {
  detail::Scope scope;
  detail::Table table(1);  // one empty row: the input of the first clause
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    Clause& c = clauses[i];
    switch (c.kind) {
      case Clause::Kind::kMatch:
      case Clause::Kind::kOptionalMatch: {
        const std::size_t need =
            i + 1 < clauses.size() ? rows_needed(clauses[i + 1]) : std::numeric_limits<std::size_t>::max();
        table = detail::run_match(model, binder, c, scope, table, limits, need);
        break;
      }
      case Clause::Kind::kUnwind: table = detail::run_unwind(model, binder, c, scope, table, limits); break;
      case Clause::Kind::kWith:
      case Clause::Kind::kReturn:
        table = detail::run_projection(model, binder, c.projection, c.kind == Clause::Kind::kReturn, scope, table,
                                       limits);
        break;
    }
  }
  columns.clear();
  for (const auto& v : scope) columns.push_back(v.name);
  return table;
}

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// The rows in order, each kept once (UNION without ALL).
detail::Table distinct_rows(detail::Table rows) {
  struct Less {
    bool operator()(const detail::Row& a, const detail::Row& b) const {
      for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        if (const int c = order_compare(a[i], b[i]); c != 0) return c < 0;
      return a.size() < b.size();
    }
  };
  std::set<detail::Row, Less> seen;
  detail::Table kept;
  for (auto& r : rows)
    if (seen.insert(r).second) kept.push_back(std::move(r));
  return kept;
}

}  // namespace

Result<QueryResult> run_query(const GraphModel& model, std::string_view text, const QueryOptions& options) {
  auto parsed = parse_query(text);
  if (!parsed) return parsed.status();
  Query& q = parsed.value();
  if (!model.has_evidence() && query_needs_evidence(q))
    return Status::invalid_argument(
        "this query reads relationship evidence (a relationship property other than weight, confidence or relationId, "
        "or a whole relationship), but the graph was loaded without it");
  QueryResult result;
  try {
    detail::Binder binder(model, result.warnings);
    detail::Limits limits{options};
    std::vector<std::string> columns;
    detail::Table table = run_part(model, binder, q.clauses, limits, columns);
    result.columns = columns;
    // UNION [ALL]: every part returns the same column names; UNION keeps each row once.
    for (auto& part : q.unions) {
      detail::Binder part_binder(model, result.warnings);
      detail::Table more = run_part(model, part_binder, part, limits, columns);
      if (columns != result.columns)
        throw detail::QueryFailure("all parts of a UNION must return the same column names, in the same order (" +
                                   join_names(result.columns) + " vs " + join_names(columns) + ")");
      for (auto& r : more) table.push_back(std::move(r));
      limits.rows(table.size());
    }
    if (!q.unions.empty() && !q.union_all) table = distinct_rows(std::move(table));
    result.rows = std::move(table);
  } catch (const detail::QueryFailure& e) {
    return Status::invalid_argument(e.what());
  } catch (const std::bad_alloc&) {
    return Status::invalid_argument("query stopped: out of memory; add a filter or LIMIT");
  }
  return result;
}

}  // namespace kg::graph::query
