#include "extract/tags.h"

#include <array>

namespace kg::extract::tags {
namespace {

// FROZEN order (see tags.h).
constexpr std::array<std::string_view, 18> kUpos = {
    "_",     "ADJ",  "ADP", "ADV",  "AUX",   "CCONJ", "DET",  "INTJ", "NOUN",
    "NUM",   "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

constexpr std::array<std::string_view, 51> kXpos = {
    "_",   "NN",  "IN",   "DT",  "NNP", "JJ",  "PRP",  "-LRB-", "RB",  ",",   "NNS",
    "VB",  "CC",  "VBP",  "VBD", "VBZ", "VBN", "CD",   "VBG",   "TO",  "PRP$", "MD",
    "UH",  ":",   "WDT",  "-RRB-", "WRB", "``", "''",  "WP",    "HYPH", "RP",  "POS",
    "NNPS", "JJR", "JJS", "EX",  "RBR", "NFP", "SYM",  "FW",    "ADD", "PDT", "$",
    "GW",  "RBS", "LS",   "AFX", "WP$", ".",   "XX"};

constexpr std::array<std::string_view, 52> kDeprel = {
    "_",          "punct",      "case",          "det",          "nsubj",        "root",
    "advmod",     "amod",       "obj",           "obl",          "conj",         "nmod",
    "compound",   "cc",         "mark",          "aux",          "cop",          "advcl",
    "nmod:poss",  "xcomp",      "acl:relcl",     "flat",         "ccomp",        "acl",
    "parataxis",  "aux:pass",   "nummod",        "appos",        "nsubj:pass",   "discourse",
    "obl:unmarked", "nmod:unmarked", "compound:prt", "expl",     "fixed",        "iobj",
    "list",       "reparandum", "obl:agent",     "dep",          "csubj",        "nmod:desc",
    "nsubj:outer", "advcl:relcl", "det:predet",  "vocative",     "cc:preconj",   "goeswith",
    "orphan",     "dislocated", "csubj:pass",    "csubj:outer"};

template <std::size_t N>
std::uint8_t find(const std::array<std::string_view, N>& table, std::string_view name) {
  for (std::size_t i = 1; i < N; ++i) {
    if (table[i] == name) return static_cast<std::uint8_t>(i);
  }
  return 0;
}

template <std::size_t N>
std::string_view name_of(const std::array<std::string_view, N>& table, std::uint8_t id) {
  return id < N ? table[id] : table[0];
}

}  // namespace

std::span<const std::string_view> upos_names() { return kUpos; }
std::span<const std::string_view> xpos_names() { return kXpos; }
std::span<const std::string_view> deprel_names() { return kDeprel; }
std::uint8_t upos_id(std::string_view name) { return find(kUpos, name); }
std::uint8_t xpos_id(std::string_view name) { return find(kXpos, name); }
std::uint8_t deprel_id(std::string_view name) { return find(kDeprel, name); }
std::string_view upos_name(std::uint8_t id) { return name_of(kUpos, id); }
std::string_view xpos_name(std::uint8_t id) { return name_of(kXpos, id); }
std::string_view deprel_name(std::uint8_t id) { return name_of(kDeprel, id); }

}  // namespace kg::extract::tags
