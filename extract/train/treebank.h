// Loading treebanks for training and evaluation.
#pragma once

#include <string>
#include <vector>

#include "extract/document.h"
#include "graph/status.h"

namespace kg::extract::train {

struct TreebankOptions {
  // Leave out GUM documents of the non-commercial genres (essay, fiction, letter,
  // podcast, whow), recognised by their "# newdoc id = GUM_<genre>_..." id.
  bool skip_nc_gum = true;
};

struct TreebankStats {
  std::size_t documents = 0;
  std::size_t skipped_documents = 0;
  std::size_t sentences = 0;
  std::size_t words = 0;
};

// True for a GUM document id whose genre carries a non-commercial licence.
bool is_nc_gum_document(const std::string& id);

// Reads every CoNLL-U file (gold annotation kept) and appends its documents to `out`.
Status load_treebanks(const std::vector<std::string>& paths, const TreebankOptions& options,
                      std::vector<Document>& out, TreebankStats& stats);

// A copy of `gold` without POS, lemma and dependency annotation (tokens kept).
Document strip_annotation(const Document& gold);

}  // namespace kg::extract::train
