#include "extract/train/treebank.h"

#include <fstream>

#include "extract/conllu.h"

namespace kg::extract::train {

bool is_nc_gum_document(const std::string& id) {
  if (!id.starts_with("GUM_")) return false;
  const std::size_t end = id.find('_', 4);
  const std::string genre = id.substr(4, end == std::string::npos ? std::string::npos : end - 4);
  return genre == "essay" || genre == "fiction" || genre == "letter" || genre == "podcast" || genre == "whow";
}

Status load_treebanks(const std::vector<std::string>& paths, const TreebankOptions& options,
                      std::vector<Document>& out, TreebankStats& stats) {
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::not_found("cannot open treebank " + path);
    ReadReport report;
    ConlluReadOptions ro;
    ro.keep_annotation = true;
    auto sink = [&](Document&& doc) -> Status {
      if (options.skip_nc_gum && is_nc_gum_document(doc.id)) {
        ++stats.skipped_documents;
        return Status::ok();
      }
      ++stats.documents;
      stats.sentences += doc.sentences.size();
      stats.words += doc.tokens.size();
      out.push_back(std::move(doc));
      return Status::ok();
    };
    if (Status s = read_conllu(in, path, ro, sink, report); !s.is_ok()) return s;
  }
  return Status::ok();
}

Document strip_annotation(const Document& gold) {
  Document d = gold;
  for (Token& t : d.tokens) {
    t.upos = 0;
    t.xpos = 0;
    t.deprel = 0;
    t.head = -1;
    t.lemma.clear();
  }
  d.layers &= ~(kLayerPos | kLayerLemmas | kLayerDependencies);
  return d;
}

}  // namespace kg::extract::train
