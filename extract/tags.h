// Tag inventories: UD UPOS, Penn Treebank XPOS (as used by UD English) and UD English
// dependency relations. Each tag is a small integer stored in Token and in model files.
//
// FROZEN: the numeric values are written into model files; append new names at the end,
// never reorder or remove. Index 0 is always "_" (unknown / not set).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace kg::extract::tags {

std::span<const std::string_view> upos_names();
std::span<const std::string_view> xpos_names();
std::span<const std::string_view> deprel_names();

// Lookups return 0 for a name not in the inventory.
std::uint8_t upos_id(std::string_view name);
std::uint8_t xpos_id(std::string_view name);
std::uint8_t deprel_id(std::string_view name);

std::string_view upos_name(std::uint8_t id);
std::string_view xpos_name(std::uint8_t id);
std::string_view deprel_name(std::uint8_t id);

}  // namespace kg::extract::tags
