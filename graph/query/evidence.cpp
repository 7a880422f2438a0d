#include "graph/query/evidence.h"

#include "graph/query/parser.h"

#include <functional>
#include <set>
#include <string>

namespace kg::graph::query {

namespace {

class EvidenceUse {
 public:
  explicit EvidenceUse(const std::vector<Clause>& clauses) {
    for (const auto& c : clauses)
      for (const auto& part : c.patterns)
        for (const auto& r : part.rels)
          if (!r.var.empty()) rels_.insert(r.var);
  }

  bool needed(const std::vector<Clause>& clauses) const {
    for (const auto& c : clauses) {
      for (const auto& part : c.patterns) {
        for (const auto& n : part.nodes)
          for (const auto& [key, value] : n.props)
            if (bad(*value)) return true;
        for (const auto& r : part.rels)
          for (const auto& [key, value] : r.props)
            if (!topology_rel_key(key) || bad(*value)) return true;
      }
      if (bad(c.where.get()) || bad(c.unwind.get()) || bad(c.projection)) return true;
    }
    return false;
  }

 private:
  bool is_rel(const ExprPtr& e) const { return e && e->op == Op::kVariable && rels_.count(e->name) != 0; }

  bool bad(const Projection& p) const {
    if (p.star && !rels_.empty()) return true;
    for (const auto& i : p.items)
      if (bad(i.expr.get())) return true;
    for (const auto& s : p.order)
      if (bad(s.expr.get())) return true;
    return bad(p.skip.get()) || bad(p.limit.get()) || bad(p.where.get());
  }

  bool bad(const Expr* e) const { return e != nullptr && bad(*e); }

  // True when `e` may read evidence: a relationship variable anywhere but in a safe use.
  bool bad(const Expr& e) const {
    switch (e.op) {
      case Op::kVariable: return rels_.count(e.name) != 0;
      case Op::kProperty:
        if (e.args.size() == 1 && is_rel(e.args[0])) return !topology_rel_key(e.name);
        break;
      case Op::kCall:
        if (e.args.size() == 1 && is_rel(e.args[0]))
          return !(e.name == "type" || e.name == "startnode" || e.name == "endnode" || e.name == "count");
        break;
      case Op::kIsNull:
      case Op::kIsNotNull:
        if (e.args.size() == 1 && is_rel(e.args[0])) return false;
        break;
      default: break;
    }
    for (const auto& a : e.args)
      if (bad(a.get())) return true;
    return false;
  }

  std::set<std::string, std::less<>> rels_;
};

}  // namespace

bool topology_rel_key(std::string_view key) { return key == "weight" || key == "relationId" || key == "confidence"; }

bool query_needs_evidence(const Query& q) {
  if (EvidenceUse(q.clauses).needed(q.clauses)) return true;
  for (const auto& part : q.unions)  // each UNION part with its own variables
    if (EvidenceUse(part).needed(part)) return true;
  return false;
}

bool text_needs_evidence(std::string_view statement) {
  auto q = parse_query(statement);
  return !q || query_needs_evidence(*q);
}

}  // namespace kg::graph::query
