// MATCH / OPTIONAL MATCH: backtracking over pattern parts with relationship isomorphism.
//
// Plan per part: an anchor node (a variable already bound, an indexed property equality
// such as {name: 'X'} or WHERE n.entityId = 'X', the smallest label, else every node),
// then expansions to the right and to the left of it. WHERE is split into its AND terms
// and pattern property maps become such terms; each term is evaluated as soon as all its
// variables are bound, so filters prune early. Variable-length relationships expand by an
// explicit-stack depth-first search (no recursion proportional to path length).
#include <algorithm>
#include <limits>

#include "graph/query/exec.h"

namespace kg::graph::query::detail {

namespace {

constexpr int kNoEvent = std::numeric_limits<int>::max();

struct Step {
  int node = 0;      // node position bound by this step
  int rel = -1;      // relationship position traversed (-1: anchor)
  int from = -1;     // node position we come from
  bool forward = true;
  std::vector<int> conjuncts;  // ready after this step
};

struct PartPlan {
  const PatternPart* part = nullptr;
  std::vector<int> node_slot, rel_slot;
  std::vector<bool> node_check, rel_check;  // slot already bound when reached: compare
  std::vector<bool> rel_hidden;             // anonymous relationship
  std::vector<std::vector<std::uint32_t>> node_labels;  // resolved; kNone = unknown label
  std::vector<std::vector<std::uint32_t>> rel_types;    // resolved known types
  std::vector<bool> rel_any_type;
  std::vector<std::vector<std::pair<std::string, const Expr*>>> varlen_props;
  enum class Anchor { kBound, kIndex, kLabel, kAll } anchor = Anchor::kAll;
  std::string index_key;
  const Expr* index_value = nullptr;
  std::uint32_t anchor_label = 0;
  std::vector<Step> steps;
};

// Slots of the variables `e` reads from its row (not those a comprehension binds itself).
void collect_slots(const Expr& e, std::vector<int>& out) {
  if (e.op == Op::kVariable) out.push_back(e.slot);
  const std::size_t from = out.size();
  for (const auto& a : e.args) collect_slots(*a, out);
  if (e.op == Op::kListComp || e.op == Op::kQuantifier)
    out.erase(std::remove(out.begin() + static_cast<std::ptrdiff_t>(from), out.end(), e.slot), out.end());
}

void split_and(Expr* e, std::vector<Expr*>& out) {
  if (e->op == Op::kAnd) {
    split_and(e->args[0].get(), out);
    split_and(e->args[1].get(), out);
  } else {
    out.push_back(e);
  }
}

ExprPtr property_eq(int slot, const std::string& var, const std::string& key, ExprPtr value, Pos pos) {
  auto v = std::make_unique<Expr>();
  v->op = Op::kVariable;
  v->slot = slot;
  v->name = var;
  v->pos = pos;
  auto p = std::make_unique<Expr>();
  p->op = Op::kProperty;
  p->name = key;
  p->pos = pos;
  p->args.push_back(std::move(v));
  auto eq = std::make_unique<Expr>();
  eq->op = Op::kEq;
  eq->pos = pos;
  eq->args.push_back(std::move(p));
  eq->args.push_back(std::move(value));
  return eq;
}

class MatchRun {
 public:
  MatchRun(const GraphModel& m, Limits& lim) : m_(m), lim_(lim), used_(m.num_rels(), 0) {}

  std::vector<PartPlan> parts;
  std::vector<Expr*> conjuncts;
  std::vector<int> start_conjuncts;
  std::vector<ExprPtr> owned;

  void run(Row row, Table& out, std::size_t stop_after) {
    row_ = std::move(row);
    out_ = &out;
    stop_after_ = stop_after;
    if (!check(start_conjuncts)) return;
    run_part(0);
  }
  bool done() const { return out_ && out_->size() >= stop_after_; }

 private:
  bool check(const std::vector<int>& cs) {
    const EvalContext c{m_, &row_, nullptr};
    for (int k : cs)
      if (!truthy(*conjuncts[static_cast<std::size_t>(k)], c)) return false;
    return true;
  }

  bool bind_node(const PartPlan& p, int pos, std::uint32_t node) {
    const auto slot = static_cast<std::size_t>(p.node_slot[static_cast<std::size_t>(pos)]);
    if (p.node_check[static_cast<std::size_t>(pos)]) {
      const Value& v = row_[slot];
      return v.type() == Value::Type::kNode && v.as_id() == node;
    }
    for (auto l : p.node_labels[static_cast<std::size_t>(pos)])
      if (!m_.has_label(node, l)) return false;
    row_[slot] = Value::node(node);
    return true;
  }

  bool type_ok(const PartPlan& p, int rel, std::uint32_t r) const {
    const auto i = static_cast<std::size_t>(rel);
    if (p.rel_any_type[i]) return true;
    const auto t = m_.rel(r).type;
    return std::find(p.rel_types[i].begin(), p.rel_types[i].end(), t) != p.rel_types[i].end();
  }

  void run_part(std::size_t pi) {
    if (pi == parts.size()) {
      out_->push_back(row_);
      lim_.rows(out_->size());
      lim_.hold(row_.size());
      return;
    }
    const PartPlan& p = parts[pi];
    const Step& a = p.steps[0];
    auto try_anchor = [&](std::uint32_t n) {
      lim_.step();
      if (bind_node(p, a.node, n) && check(a.conjuncts)) run_step(pi, 1);
    };
    switch (p.anchor) {
      case PartPlan::Anchor::kBound: {
        const Value& v = row_[static_cast<std::size_t>(p.node_slot[static_cast<std::size_t>(a.node)])];
        if (v.type() == Value::Type::kNode) try_anchor(v.as_id());
        return;
      }
      case PartPlan::Anchor::kIndex: {
        const Value v = eval(*p.index_value, EvalContext{m_, &row_, nullptr});
        if (v.type() != Value::Type::kString) return;
        std::vector<std::uint32_t> nodes;
        m_.lookup(p.index_key, v.as_string(), nodes);
        for (auto n : nodes) {
          if (done()) return;
          try_anchor(n);
        }
        return;
      }
      case PartPlan::Anchor::kLabel:
        if (p.anchor_label == GraphModel::kNone) return;  // unknown label: nothing matches
        for (auto n : m_.nodes_with_label(p.anchor_label)) {
          if (done()) return;
          try_anchor(n);
        }
        return;
      case PartPlan::Anchor::kAll:
        for (std::uint32_t n = 0; n < m_.num_nodes(); ++n) {
          if (done()) return;
          try_anchor(n);
        }
        return;
    }
  }

  void run_step(std::size_t pi, std::size_t si) {
    const PartPlan& p = parts[pi];
    if (si == p.steps.size()) {
      run_part(pi + 1);
      return;
    }
    const Step& s = p.steps[si];
    const RelPattern& rp = p.part->rels[static_cast<std::size_t>(s.rel)];
    const std::uint32_t from = row_[static_cast<std::size_t>(p.node_slot[static_cast<std::size_t>(s.from)])].as_id();
    // Direction of the traversal: out-going, in-coming or both.
    Direction d = rp.dir;
    if (!s.forward && d != Direction::kBoth) d = d == Direction::kRight ? Direction::kLeft : Direction::kRight;
    const auto rslot = static_cast<std::size_t>(p.rel_slot[static_cast<std::size_t>(s.rel)]);
    if (rp.var_length) {
      expand_var(p, pi, si, s, rp, from, d, rslot);
      return;
    }
    auto visit = [&](std::uint32_t r, std::uint32_t other) {
      lim_.step();
      if (used_[r] || !type_ok(p, s.rel, r)) return;
      if (p.rel_check[static_cast<std::size_t>(s.rel)]) {
        const Value& v = row_[rslot];
        if (v.type() != Value::Type::kRel || v.as_id() != r) return;
      }
      row_[rslot] = Value::rel(r);
      if (!bind_node(p, s.node, other)) return;
      used_[r] = 1;
      if (check(s.conjuncts)) run_step(pi, si + 1);
      used_[r] = 0;
    };
    if (d != Direction::kLeft)
      for (auto r : m_.out_rels(from)) {
        if (done()) return;
        visit(r, m_.rel(r).dst);
      }
    if (d != Direction::kRight)
      for (auto r : m_.in_rels(from)) {
        if (done()) return;
        if (d == Direction::kBoth && m_.rel(r).src == m_.rel(r).dst) continue;  // self-loop seen once
        visit(r, m_.rel(r).src);
      }
  }

  bool varlen_props_ok(const PartPlan& p, int rel, std::uint32_t r) {
    const EvalContext c{m_, &row_, nullptr};
    for (const auto& [key, e] : p.varlen_props[static_cast<std::size_t>(rel)]) {
      const auto eq = equals(m_.rel_property(r, key), eval(*e, c));
      if (!eq || !*eq) return false;
    }
    return true;
  }

  void expand_var(const PartPlan& p, std::size_t pi, std::size_t si, const Step& s, const RelPattern& rp,
                  std::uint32_t from, Direction d, std::size_t rslot) {
    std::vector<std::uint32_t> path;
    const bool keep_path = !p.rel_hidden[static_cast<std::size_t>(s.rel)];
    auto reach = [&](std::uint32_t node) {
      if (path.size() < rp.min_hops) return;
      if (keep_path) {  // an anonymous path is never read: do not build it
        std::vector<Value> rels;
        rels.reserve(path.size());
        for (auto r : path) rels.push_back(Value::rel(r));
        row_[rslot] = Value::list(std::move(rels));
        lim_.hold(path.size());
      }
      if (bind_node(p, s.node, node) && check(s.conjuncts)) run_step(pi, si + 1);
    };
    reach(from);
    if (rp.max_hops == 0) return;
    struct Frame {
      std::uint32_t node;
      std::size_t next;
    };
    std::vector<Frame> stack{{from, 0}};
    while (!stack.empty() && !done()) {
      Frame& f = stack.back();
      const auto outs = d != Direction::kLeft ? m_.out_rels(f.node) : std::span<const std::uint32_t>();
      const auto ins = d != Direction::kRight ? m_.in_rels(f.node) : std::span<const std::uint32_t>();
      if (f.next >= outs.size() + ins.size()) {
        stack.pop_back();
        if (!path.empty()) {
          used_[path.back()] = 0;
          path.pop_back();
        }
        continue;
      }
      const bool is_out = f.next < outs.size();
      const std::uint32_t r = is_out ? outs[f.next] : ins[f.next - outs.size()];
      ++f.next;
      lim_.step();
      const auto& rel = m_.rel(r);
      if (!is_out && d == Direction::kBoth && rel.src == rel.dst) continue;
      if (used_[r] || !type_ok(p, s.rel, r) || !varlen_props_ok(p, s.rel, r)) continue;
      const std::uint32_t other = is_out ? rel.dst : rel.src;
      used_[r] = 1;
      path.push_back(r);
      reach(other);
      if (path.size() < rp.max_hops) {
        stack.push_back({other, 0});
      } else {
        used_[r] = 0;
        path.pop_back();
      }
    }
    for (auto r : path) used_[r] = 0;  // stopped early (LIMIT reached)
  }

  const GraphModel& m_;
  Limits& lim_;
  std::vector<std::uint8_t> used_;
  Row row_;
  Table* out_ = nullptr;
  std::size_t stop_after_ = 0;
};

}  // namespace

Table run_match(const GraphModel& m, Binder& b, Clause& c, Scope& scope, const Table& in, Limits& lim,
                std::size_t stop_after) {
  const std::size_t input_slots = scope.size();
  MatchRun run(m, lim);
  // 1. Slots for every pattern element (named ones reuse an existing variable).
  int anon = 0;
  auto slot_for = [&](const std::string& var, VarKind kind, const Pos& pos) {
    if (var.empty()) {
      scope.push_back({"  anon" + std::to_string(anon++), kind, true});
      return static_cast<int>(scope.size() - 1);
    }
    const int s = find_var(scope, var);
    if (s >= 0) {
      const VarKind k = scope[static_cast<std::size_t>(s)].kind;
      const bool node = kind == VarKind::kNode;
      if ((node && k != VarKind::kNode) || (!node && k != VarKind::kRel && k != VarKind::kRelList) ||
          (kind == VarKind::kRelList) != (k == VarKind::kRelList))
        fail_at(pos, "variable `" + var + "` is already bound to a different kind of value");
      if (kind == VarKind::kRelList && static_cast<std::size_t>(s) < input_slots)
        fail_at(pos, "variable-length relationship `" + var + "` cannot reuse a bound variable");
      return s;
    }
    scope.push_back({var, kind, false});
    return static_cast<int>(scope.size() - 1);
  };
  run.parts.resize(c.patterns.size());
  for (std::size_t pi = 0; pi < c.patterns.size(); ++pi) {
    PatternPart& part = c.patterns[pi];
    PartPlan& p = run.parts[pi];
    p.part = &part;
    for (std::size_t i = 0; i < part.nodes.size(); ++i) {
      if (i > 0) {
        const RelPattern& r = part.rels[i - 1];
        p.rel_slot.push_back(slot_for(r.var, r.var_length ? VarKind::kRelList : VarKind::kRel, r.pos));
        p.rel_hidden.push_back(r.var.empty());
      }
      p.node_slot.push_back(slot_for(part.nodes[i].var, VarKind::kNode, part.nodes[i].pos));
    }
  }
  // 2. Conjuncts: WHERE terms and pattern properties; resolve labels and types.
  for (std::size_t pi = 0; pi < c.patterns.size(); ++pi) {
    PatternPart& part = c.patterns[pi];
    PartPlan& p = run.parts[pi];
    for (std::size_t i = 0; i < part.nodes.size(); ++i) {
      NodePattern& n = part.nodes[i];
      std::vector<std::uint32_t> labels;
      for (const auto& l : n.labels) {
        b.check_label(l, n.pos);
        labels.push_back(m.label_id(l));
      }
      p.node_labels.push_back(std::move(labels));
      for (auto& [key, e] : n.props) {
        b.bind(*e, scope, nullptr);
        b.check_key(key, VarKind::kNode, n.pos);
        run.owned.push_back(property_eq(p.node_slot[i], n.var, key, std::move(e), n.pos));
        run.conjuncts.push_back(run.owned.back().get());
      }
    }
    for (std::size_t i = 0; i < part.rels.size(); ++i) {
      RelPattern& r = part.rels[i];
      std::vector<std::uint32_t> types;
      for (const auto& t : r.types) {
        b.check_type(t, r.pos);
        if (const auto id = m.type_id(t); id != GraphModel::kNone) types.push_back(id);
      }
      p.rel_types.push_back(std::move(types));
      p.rel_any_type.push_back(r.types.empty());
      p.varlen_props.emplace_back();
      for (auto& [key, e] : r.props) {
        b.bind(*e, scope, nullptr);
        b.check_key(key, VarKind::kRel, r.pos);
        if (r.var_length) {
          p.varlen_props.back().emplace_back(key, e.get());
        } else {
          run.owned.push_back(property_eq(p.rel_slot[i], r.var, key, std::move(e), r.pos));
          run.conjuncts.push_back(run.owned.back().get());
        }
      }
    }
  }
  if (c.where) {
    b.bind(*c.where, scope, nullptr);
    split_and(c.where.get(), run.conjuncts);
  }
  // 3. Plan each part: anchor, expansion order, check flags, conjunct schedule.
  std::vector<int> bound_at(scope.size(), kNoEvent);
  for (std::size_t s = 0; s < input_slots; ++s) bound_at[s] = 0;
  int event = 0;
  std::vector<std::vector<int>> slots_of(run.conjuncts.size());
  for (std::size_t k = 0; k < run.conjuncts.size(); ++k) collect_slots(*run.conjuncts[k], slots_of[k]);
  for (PartPlan& p : run.parts) {
    const PatternPart& part = *p.part;
    const int part_start = event;
    // Anchor choice.
    std::size_t best = 0;
    double best_cost = 1e300;
    for (std::size_t i = 0; i < part.nodes.size(); ++i) {
      const auto slot = static_cast<std::size_t>(p.node_slot[i]);
      double cost = m.num_nodes();
      auto kind = PartPlan::Anchor::kAll;
      std::string key;
      const Expr* value = nullptr;
      std::uint32_t label = 0;
      if (bound_at[slot] <= part_start) {
        cost = 1;
        kind = PartPlan::Anchor::kBound;
      } else {
        for (std::size_t k = 0; k < run.conjuncts.size() && kind == PartPlan::Anchor::kAll; ++k) {
          const Expr* e = run.conjuncts[k];
          if (e->op != Op::kEq) continue;
          for (int side = 0; side < 2; ++side) {
            const Expr* prop = e->args[static_cast<std::size_t>(side)].get();
            const Expr* other = e->args[static_cast<std::size_t>(1 - side)].get();
            if (prop->op != Op::kProperty || prop->args[0]->op != Op::kVariable ||
                prop->args[0]->slot != static_cast<int>(slot) || !GraphModel::indexed(prop->name))
              continue;
            std::vector<int> deps;
            collect_slots(*other, deps);
            if (std::all_of(deps.begin(), deps.end(),
                            [&](int d) { return bound_at[static_cast<std::size_t>(d)] <= part_start; })) {
              cost = 2;
              kind = PartPlan::Anchor::kIndex;
              key = prop->name;
              value = other;
              break;
            }
          }
        }
        if (kind == PartPlan::Anchor::kAll)
          for (auto l : p.node_labels[i]) {
            const double n = l == GraphModel::kNone ? 0 : static_cast<double>(m.nodes_with_label(l).size());
            if (n < cost) {
              cost = n;
              kind = PartPlan::Anchor::kLabel;
              label = l;
            }
          }
      }
      if (cost < best_cost) {
        best_cost = cost;
        best = i;
        p.anchor = kind;
        p.index_key = key;
        p.index_value = value;
        p.anchor_label = label;
      }
    }
    // Steps: anchor, then to the right, then to the left.
    p.steps.push_back({static_cast<int>(best), -1, -1, true, {}});
    for (std::size_t i = best; i + 1 < part.nodes.size(); ++i)
      p.steps.push_back({static_cast<int>(i + 1), static_cast<int>(i), static_cast<int>(i), true, {}});
    for (std::size_t i = best; i > 0; --i)
      p.steps.push_back({static_cast<int>(i - 1), static_cast<int>(i - 1), static_cast<int>(i), false, {}});
    p.node_check.assign(part.nodes.size(), false);
    p.rel_check.assign(part.rels.size(), false);
    for (Step& s : p.steps) {
      ++event;
      if (s.rel >= 0) {
        const auto rs = static_cast<std::size_t>(p.rel_slot[static_cast<std::size_t>(s.rel)]);
        p.rel_check[static_cast<std::size_t>(s.rel)] = bound_at[rs] != kNoEvent;
        if (bound_at[rs] == kNoEvent) bound_at[rs] = event;
      }
      const auto ns = static_cast<std::size_t>(p.node_slot[static_cast<std::size_t>(s.node)]);
      p.node_check[static_cast<std::size_t>(s.node)] = bound_at[ns] != kNoEvent;
      if (bound_at[ns] == kNoEvent) bound_at[ns] = event;
    }
  }
  // Schedule every conjunct at the first event where all its variables are bound.
  std::vector<Step*> at_event(static_cast<std::size_t>(event) + 1, nullptr);
  int e = 0;
  for (PartPlan& p : run.parts)
    for (Step& s : p.steps) at_event[static_cast<std::size_t>(++e)] = &s;
  for (std::size_t k = 0; k < run.conjuncts.size(); ++k) {
    int ready = 0;
    for (int s : slots_of[k]) ready = std::max(ready, bound_at[static_cast<std::size_t>(s)]);
    if (ready == 0) run.start_conjuncts.push_back(static_cast<int>(k));
    else at_event[static_cast<std::size_t>(ready)]->conjuncts.push_back(static_cast<int>(k));
  }
  // 4. Run for every input row.
  Table out;
  const std::size_t extra = scope.size() - input_slots;
  for (const Row& r : in) {
    const std::size_t before = out.size();
    Row row = r;
    row.resize(r.size() + extra);
    run.run(row, out, stop_after);
    if (c.kind == Clause::Kind::kOptionalMatch && out.size() == before) {
      out.push_back(std::move(row));
      lim.rows(out.size());
    }
    if (out.size() >= stop_after) break;
  }
  return out;
}

}  // namespace kg::graph::query::detail
