#include "export/layout.h"

#include <algorithm>
#include <cmath>

namespace kg::exporters {

namespace {

// Barnes-Hut quadtree over the current positions. Cells are stored in one vector; a leaf
// holds one body (or several when they coincide or the depth limit is reached).
class QuadTree {
 public:
  QuadTree(const std::vector<Point>& pos, const std::vector<double>& mass) : pos_(pos), mass_(mass) {
    double x0 = pos[0].x, x1 = x0, y0 = pos[0].y, y1 = y0;
    for (const Point& p : pos) {
      x0 = std::min(x0, p.x);
      x1 = std::max(x1, p.x);
      y0 = std::min(y0, p.y);
      y1 = std::max(y1, p.y);
    }
    const double size = std::max({x1 - x0, y1 - y0, 1e-9}) * 1.0001;
    cells_.reserve(pos.size() * 2);
    cells_.push_back(Cell{x0, y0, size});
    for (std::uint32_t i = 0; i < pos.size(); ++i) insert(0, i, 0);
    finish(0);
  }

  // Repulsion on body i: FA2's kr * (1 + deg_i)(1 + deg_j) / d, added to (fx, fy).
  void repulse(std::uint32_t i, double kr, double theta, double& fx, double& fy) const {
    stack_.clear();
    stack_.push_back(0);
    const Point p = pos_[i];
    while (!stack_.empty()) {
      const Cell& c = cells_[stack_.back()];
      stack_.pop_back();
      if (c.mass == 0) continue;
      const double dx = p.x - c.cx, dy = p.y - c.cy;
      const double d2 = dx * dx + dy * dy;
      const bool leaf = c.child[0] == 0 && c.child[1] == 0 && c.child[2] == 0 && c.child[3] == 0;
      if (leaf || c.size * c.size < theta * theta * d2) {
        if (leaf && c.body == i && c.count == 1) continue;
        double m = c.mass;
        if (leaf && c.contains(i)) m -= mass_[i];  // the other bodies of a shared leaf
        if (m <= 0) continue;
        if (d2 < 1e-18) continue;  // coincident: no direction to push along
        const double f = kr * mass_[i] * m / d2;
        fx += dx * f;
        fy += dy * f;
        continue;
      }
      for (std::uint32_t k : c.child)
        if (k) stack_.push_back(k);
    }
  }

 private:
  struct Cell {
    double x0 = 0, y0 = 0, size = 0;
    double mass = 0, cx = 0, cy = 0;  // totals, then centre of mass after finish()
    std::uint32_t child[4] = {0, 0, 0, 0};
    std::uint32_t body = 0;  // first body of a leaf
    std::uint32_t count = 0;
    std::vector<std::uint32_t> more;  // further bodies of a leaf that cannot split
    Cell(double x, double y, double s) : x0(x), y0(y), size(s) {}
    bool contains(std::uint32_t i) const {
      return body == i || std::find(more.begin(), more.end(), i) != more.end();
    }
  };

  int quadrant(const Cell& c, const Point& p) const {
    const double h = c.size / 2;
    return (p.x >= c.x0 + h ? 1 : 0) + (p.y >= c.y0 + h ? 2 : 0);
  }

  std::uint32_t child_of(std::uint32_t ci, int q) {
    if (cells_[ci].child[q] == 0) {
      const Cell& c = cells_[ci];
      const double h = c.size / 2;
      Cell n(c.x0 + (q & 1 ? h : 0), c.y0 + (q & 2 ? h : 0), h);
      cells_.push_back(std::move(n));
      cells_[ci].child[q] = static_cast<std::uint32_t>(cells_.size() - 1);
    }
    return cells_[ci].child[q];
  }

  void insert(std::uint32_t ci, std::uint32_t i, int depth) {
    for (;;) {
      Cell& c = cells_[ci];
      c.mass += mass_[i];
      c.cx += pos_[i].x * mass_[i];
      c.cy += pos_[i].y * mass_[i];
      const bool leaf = c.child[0] == 0 && c.child[1] == 0 && c.child[2] == 0 && c.child[3] == 0;
      if (leaf && c.count == 0) {
        c.body = i;
        c.count = 1;
        return;
      }
      const Point& q = pos_[c.body];
      if (leaf && (depth >= 40 || (q.x == pos_[i].x && q.y == pos_[i].y))) {
        c.more.push_back(i);
        ++c.count;
        return;
      }
      if (leaf) {  // split: move the resident body(ies) down one level
        const std::uint32_t b = c.body;
        std::vector<std::uint32_t> more = std::move(c.more);
        c.count = 0;
        c.more.clear();
        const std::uint32_t k = child_of(ci, quadrant(cells_[ci], pos_[b]));
        push_down(k, b);
        for (std::uint32_t m : more) push_down(child_of(ci, quadrant(cells_[ci], pos_[m])), m);
      }
      ci = child_of(ci, quadrant(cells_[ci], pos_[i]));
      ++depth;
    }
  }

  // Places body b into cell k, which receives no other body in this step.
  void push_down(std::uint32_t k, std::uint32_t b) {
    Cell& c = cells_[k];
    c.mass += mass_[b];
    c.cx += pos_[b].x * mass_[b];
    c.cy += pos_[b].y * mass_[b];
    if (c.count == 0) {
      c.body = b;
      c.count = 1;
    } else {
      c.more.push_back(b);
      ++c.count;
    }
  }

  void finish(std::uint32_t ci) {
    for (std::uint32_t k : cells_[ci].child)
      if (k) finish(k);
    Cell& c = cells_[ci];
    if (c.mass > 0) {
      c.cx /= c.mass;
      c.cy /= c.mass;
    }
  }

  const std::vector<Point>& pos_;
  const std::vector<double>& mass_;
  std::vector<Cell> cells_;
  mutable std::vector<std::uint32_t> stack_;
};

int default_iterations(std::size_t n) {
  if (n <= 200) return 500;
  if (n <= 2000) return 300;
  return 150;
}

// FA2's adaptive global speed (Jacomy et al. 2014): from the total swinging (erratic moves)
// and traction (useful moves) of one step; slows down while the layout oscillates.
class Speed {
 public:
  explicit Speed(std::size_t n) : n_(static_cast<double>(n)) {}
  double update(double swinging, double traction) {
    if (swinging <= 0 || traction <= 0) return speed_;
    const double estimate = 0.05 * std::sqrt(n_);
    double jitter = std::max(std::sqrt(estimate), std::min(10.0, estimate * traction / (n_ * n_)));
    if (swinging / traction > 2.0) {
      if (efficiency_ > 0.05) efficiency_ *= 0.5;
      jitter = std::max(jitter, 1.0);
    }
    const double target = jitter * efficiency_ * traction / swinging;
    if (swinging > jitter * traction) {
      if (efficiency_ > 0.05) efficiency_ *= 0.7;
    } else if (speed_ < 1000) {
      efficiency_ *= 1.3;
    }
    speed_ += std::min(target - speed_, 0.5 * speed_);
    return speed_;
  }

 private:
  double n_;
  double speed_ = 1.0;
  double efficiency_ = 1.0;
};

}  // namespace

std::vector<Point> force_layout(std::size_t n, const std::vector<LayoutEdge>& edges, const LayoutOptions& o) {
  std::vector<Point> pos(n);
  if (n == 0) return pos;
  // Start: a golden-angle spiral in index order (no random numbers).
  const double golden = 2.399963229728653;
  for (std::size_t i = 0; i < n; ++i) {
    const double r = 10.0 * std::sqrt(static_cast<double>(i) + 0.5);
    pos[i] = {r * std::cos(golden * static_cast<double>(i)), r * std::sin(golden * static_cast<double>(i))};
  }
  std::vector<double> mass(n, 1.0);
  for (const LayoutEdge& e : edges)
    if (e.a < n && e.b < n && e.a != e.b) {
      mass[e.a] += 1;
      mass[e.b] += 1;
    }
  const int iterations = o.iterations > 0 ? o.iterations : default_iterations(n);
  std::vector<Point> force(n), old(n);
  Speed adaptive(n);
  for (int it = 0; it < iterations; ++it) {
    std::fill(force.begin(), force.end(), Point{});
    {
      const QuadTree tree(pos, mass);
      for (std::uint32_t i = 0; i < n; ++i) tree.repulse(i, o.scaling, o.theta, force[i].x, force[i].y);
    }
    for (const LayoutEdge& e : edges) {
      if (e.a >= n || e.b >= n || e.a == e.b) continue;
      const double w = std::log2(1.0 + std::max(e.weight, 0.0));
      const double dx = pos[e.a].x - pos[e.b].x, dy = pos[e.a].y - pos[e.b].y;
      force[e.a].x -= w * dx;
      force[e.a].y -= w * dy;
      force[e.b].x += w * dx;
      force[e.b].y += w * dy;
    }
    for (std::size_t i = 0; i < n; ++i) {
      const double d = std::sqrt(pos[i].x * pos[i].x + pos[i].y * pos[i].y);
      if (d > 0) {
        const double f = o.strong_gravity ? o.gravity * mass[i] : o.gravity * mass[i] / d;
        force[i].x -= pos[i].x * f;
        force[i].y -= pos[i].y * f;
      }
    }
    double swing = 0, traction = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const double sx = force[i].x - old[i].x, sy = force[i].y - old[i].y;
      const double tx = force[i].x + old[i].x, ty = force[i].y + old[i].y;
      swing += mass[i] * std::sqrt(sx * sx + sy * sy);
      traction += mass[i] * 0.5 * std::sqrt(tx * tx + ty * ty);
    }
    const double speed = adaptive.update(swing, traction);
    for (std::size_t i = 0; i < n; ++i) {
      const double sx = force[i].x - old[i].x, sy = force[i].y - old[i].y;
      const double node_swing = mass[i] * std::sqrt(sx * sx + sy * sy);
      double factor = speed / (1.0 + std::sqrt(speed * node_swing));
      const double f = std::sqrt(force[i].x * force[i].x + force[i].y * force[i].y);
      if (f > 0) factor = std::min(factor * f, 10.0 * (1.0 + std::sqrt(mass[i]))) / f;  // bounded step
      pos[i].x += force[i].x * factor;
      pos[i].y += force[i].y * factor;
    }
    std::swap(force, old);
  }
  return pos;
}

}  // namespace kg::exporters
