#include "export/style.h"

#include <cmath>

#include <fmt/format.h>

#include "graph/normalize.h"

namespace kg::exporters {

Rgb type_color(std::string_view type) {
  for (const TypeColor& t : kTypeColors)
    if (type == t.type) return t.color;
  constexpr std::size_t n = sizeof(kFallbackColors) / sizeof(kFallbackColors[0]);
  return kFallbackColors[graph::fnv1a64(type) % n];
}

std::string hex_color(Rgb c) { return fmt::format("#{:02x}{:02x}{:02x}", c.r, c.g, c.b); }

double node_size(std::uint64_t mentions) {
  const double s = 4.0 + 3.0 * std::log2(1.0 + static_cast<double>(mentions));
  return std::round(s * 100.0) / 100.0;
}

std::string fixed2(double v) {
  if (std::fabs(v) < 0.005) v = 0.0;  // never "-0.00"
  return fmt::format("{:.2f}", v);
}

}  // namespace kg::exporters
