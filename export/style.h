// Colours and sizes of nodes, shared by the GEXF/GraphML viz attributes, graph.json and
// kg view, so that one type has one colour everywhere.
//
// The colour table is data (kTypeColors): a type not in it gets a colour of kFallbackColors
// chosen by a hash of its name, so every type keeps its colour from run to run.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::exporters {

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
};

struct TypeColor {
  const char* type;
  Rgb color;
};

// Colours of the types kg's extractors produce (colour-blind-safe qualitative palette).
inline constexpr TypeColor kTypeColors[] = {
    {"Person", {0x1f, 0x77, 0xb4}},       {"Organization", {0xd6, 0x27, 0x28}},
    {"Place", {0x2c, 0xa0, 0x2c}},        {"Group", {0x94, 0x67, 0xbd}},
    {"Event", {0xff, 0x7f, 0x0e}},        {"Thing", {0x8c, 0x56, 0x4b}},
    {"Concept", {0x9e, 0x9e, 0x9e}},      {"Literal", {0xbc, 0xbd, 0x22}},
    {"Article", {0x17, 0xbe, 0xcf}},
};
inline constexpr Rgb kFallbackColors[] = {
    {0xe3, 0x77, 0xc2}, {0x7f, 0x7f, 0x7f}, {0x39, 0x3b, 0x79}, {0x63, 0x79, 0x39}, {0x84, 0x3c, 0x39},
};

Rgb type_color(std::string_view type);
// "#rrggbb"
std::string hex_color(Rgb c);
// Node size from its mention count: 4 + 3 * log2(1 + mentions), rounded to 0.01.
double node_size(std::uint64_t mentions);
// `v` with exactly two decimals ("7.25"): sizes and coordinates in the exports.
std::string fixed2(double v);

}  // namespace kg::exporters
