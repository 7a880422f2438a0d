// Merge overrides: what a curator says about names, applied to a graph (graph/rebuild.h).
//
// A file of lines (UTF-8; blank lines and lines starting with '#' are skipped):
//   Baron Kinnock of Bedwellty = Neil Kinnock   the left name is the right one's entity
//   Mekong River Commission : Organization      this name is an entity of this type
//   Wang != Wang Yi                             never merge: mentions written "Wang" are not "Wang Yi"
// Names compare as node keys do (graph::normalize_name: case, honorifics, diacritics and
// punctuation aside). Chains resolve ("A = B", "B = C": A is C). Errors name the line:
// a line without one of the three operators, an empty or unnamable side, a type that is
// not a name or is Concept/Literal, a name given two targets or two types, a cycle, a name
// both merged with and kept apart from another.
// Thread safety: immutable after parse().
#pragma once

#include <istream>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/status.h"

namespace kg::graph {

class Overrides {
 public:
  static Result<Overrides> parse(std::istream& in, const std::string& name);
  static Result<Overrides> load(const std::string& path);

  bool empty() const { return same_.empty() && types_.empty() && apart_.empty(); }
  std::size_t rules() const { return same_.size() + types_.size() + apart_rules_; }

  // Where a mention of the entity with key `key` ("Type|normalised name") goes, given its
  // text as written (a triple argument's span, a recorded mention's text): the new key, and
  // the name to label it with, or false when no rule applies. Concept and literal keys are
  // never changed. Order: a "!=" rule splits the mention off first (its own name), then
  // "=" renames, then ":" retypes.
  struct Target {
    std::string key;
    std::string label;  // the name as the override file writes it ("" : keep)
  };
  bool apply(std::string_view key, std::string_view written, Target& out) const;
  // The same for the node as a whole (no mention text: "!=" does not apply).
  bool apply_node(std::string_view key, Target& out) const;

 private:
  struct Name {
    std::string norm;     // normalize_name
    std::string written;  // as in the file
  };
  std::map<std::string, Name> same_;                       // norm -> canonical (resolved)
  std::map<std::string, std::string> types_;               // norm -> canonical type
  std::map<std::string, std::vector<std::string>> apart_;  // entity norm -> norms kept apart from it
  std::map<std::string, std::string> written_;             // norm -> first spelling in the file
  std::size_t apart_rules_ = 0;

  bool resolve(const std::string& type, std::string norm, const std::string& label, Target& out) const;
};

}  // namespace kg::graph
