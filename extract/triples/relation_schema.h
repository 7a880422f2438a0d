// The relation schema (docs/relation-schema.md): the few dozen classes every edge label is
// one of, and how relation lemmas map onto them. Data: extract/lexicon/relation-classes.txt
// (CLASS, CAMEO code, meaning), relation-lemmas.txt (lemma -> class),
// relation-lexfile-classes.txt and verb-lexfiles.txt (a verb no row lists -> the generic
// class of its WordNet lexicographer file). relation_class() (lexicon.h) applies them.
//
// Users may add or override rows at build time (kg build/extract --relation-map FILE):
// RelationMap reads such a file and applies it to a triple.
// Thread safety: the schema is parsed once (thread-safe static) and then const.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "graph/status.h"
#include "graph/triple.h"

namespace kg::extract::triples {

struct RelationSchema {
  struct Class {
    std::string name, cameo, meaning;  // cameo "" when none
  };
  std::vector<Class> classes;                                   // file order
  std::unordered_map<std::string, std::string> cameo;           // class -> CAMEO code ("" if none)
  std::unordered_map<std::string, std::string> lemma_class;     // "meet with" -> MEET
  std::unordered_map<std::string, std::string> verb_lexfile;    // "buy" -> possession
  std::unordered_map<std::string, std::string> lexfile_class;   // possession -> TRANSFER
  std::vector<std::string> problems;  // "FILE:LINE: message" for malformed rows (tests check it is empty)
};

// The shipped schema, parsed on first use.
const RelationSchema& relation_schema();

// A user's mapping: lines "lemma<TAB>CLASS" ('#' comments, blank lines skipped); CLASS is
// UPPER_SNAKE ASCII ([A-Z][A-Z0-9_]*), a schema class or a new one of the user's.
class RelationMap {
 public:
  // Errors (kInvalidArgument / kNotFound) name the file and line.
  static Result<RelationMap> load(const std::string& path);
  bool empty() const { return map_.empty(); }
  // Sets t.relation.cls from the row of t's lemma, else of its first word; else leaves it.
  void apply(graph::Triple& t) const;

 private:
  std::unordered_map<std::string, std::string> map_;
};

}  // namespace kg::extract::triples
