#include "graph/query/query.h"

#include <limits>

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
    detail::Scope scope;
    detail::Table table(1);  // one empty row: the input of the first clause
    for (std::size_t i = 0; i < q.clauses.size(); ++i) {
      Clause& c = q.clauses[i];
      switch (c.kind) {
        case Clause::Kind::kMatch:
        case Clause::Kind::kOptionalMatch: {
          const std::size_t need = i + 1 < q.clauses.size() ? rows_needed(q.clauses[i + 1])
                                                            : std::numeric_limits<std::size_t>::max();
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
    for (const auto& v : scope) result.columns.push_back(v.name);
    result.rows = std::move(table);
  } catch (const detail::QueryFailure& e) {
    return Status::invalid_argument(e.what());
  } catch (const std::bad_alloc&) {
    return Status::invalid_argument("query stopped: out of memory; add a filter or LIMIT");
  }
  return result;
}

}  // namespace kg::graph::query
