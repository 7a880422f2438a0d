// Training data and trainer for the NER model (extract/ner/ner.h).
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/ner/ner.h"
#include "extract/ner/ner_eval.h"
#include "extract/read/reader.h"
#include "graph/status.h"

namespace kg::extract {

// Reads GUM CoNLL-U and turns its mentions of type person, organization and place whose
// head word (GUM's minspan) is a PROPN into PERSON, ORG and LOC mentions of the proper-name
// words only, as UNER annotates names: the run of PROPN words around that head, joined by
// connectors ("of", "and", "the", "-", ...), so "the University of Chicago's" gives
// "University of Chicago" and "President Barack Obama" gives "Barack Obama"; a person's
// leading titles and honorifics are dropped ("Professor Lunre" → "Lunre"), and a title alone
// ("Secretary") or a one-word nationality ("Americans") is no name; a capitalised "The"
// inside a sentence opens the name of an organisation or place ("The Onion"). Outermost only.
// Documents of the non-commercial genres are left out unless include_noncommercial.
// Without include_unlinked only mentions with a Wikipedia identity count.
Status read_gum_named_entities(std::istream& in, const std::string& name, bool include_noncommercial,
                               const DocumentSink& sink, ReadReport& report, std::size_t& left_out,
                               bool include_unlinked = true);

// Reads a file of named entities in any layout kg trains or scores on: GUM CoNLL-U
// (read_gum_named_entities) when named .conllu, UNER IOB2 (read_iob2) when named .iob2;
// otherwise by its first line that is neither empty nor a comment: a word index and a tab
// is IOB2, anything else (a token, "-DOCSTART-") CoNLL columns (read_conll_columns:
// wikigold, CoNLL-2003). `in` must be seekable when the name has neither extension.
Status read_named_entity_file(std::istream& in, const std::string& name, bool include_noncommercial,
                              const DocumentSink& sink, ReadReport& report, std::size_t& left_out);

// Reads GUM CoNLL-U for coreference evaluation: named mentions (a Wikipedia identity, or
// every word capitalised) and pronouns, with Mention::chain the gold cluster of the document.
Status read_gum_coreference(std::istream& in, const std::string& name, bool include_noncommercial,
                            const DocumentSink& sink, ReadReport& report, std::size_t& left_out);

// Adds WordNet instance nouns (data.noun in `wordnet_dir`) of the person, location,
// object and group lexicographer files to the model's gazetteer; returns how many.
Result<std::size_t> add_wordnet_names(NerModel& model, const std::string& wordnet_dir);

// Adds the names of a name list (extract/ner/lists/*.txt) to the model's gazetteer; returns
// how many names and aliases were read. Layout: a section header `[PER]`, `[ORG]`, `[LOC]` or
// `[MISC]` (a known name that is none of the three) sets the type of the lines after it;
// every other non-empty line not starting with `#` is a name, then optional `|`-separated
// aliases ("Federal Bureau of Investigation|FBI").
// Each name is split into tokens by kg's tokenizer and stored with its tokens joined by
// spaces, the form the NER features look up ("Coca-Cola" → "coca - cola"). A line before
// the first header, an unknown header, an empty name or a tab is an error naming the file
// and line.
Result<std::size_t> add_name_list(NerModel& model, std::istream& in, const std::string& file);

// Adds the lower-case single words of WordNet (nouns, verbs, adjectives, adverbs, their
// regular inflections and the exception lists) to the model's common words; returns how many.
Result<std::size_t> add_wordnet_common_words(NerModel& model, const std::string& wordnet_dir);

struct NerTrainOptions {
  int epochs = 12;
  std::uint32_t bits = 18;
  std::uint64_t seed = 1;
  // Leave out source documents (sentence ids "DOC-NNNN") of two or more sentences without a
  // single mention: the approximate UNER EWT train file has documents that were not
  // annotated yet, whose names would teach the model to tag nothing.
  bool drop_unannotated_documents = true;
  // A stacked second pass over the first pass's tags of the whole document, learnt from
  // jackknifed first-pass tags (`folds` models, each trained without one fold of the
  // training documents).
  bool two_pass = false;
  int folds = 5;
  // Per training document, a key: documents with equal keys share a jackknife fold (a
  // document and its lower-cased copy). Empty: each document's own index.
  std::vector<std::size_t> fold_key;
};

struct NerEpoch {
  std::string stage;  // "pass 1", "fold 2/5", "pass 2"
  int epoch = 0;
  double dev_f1 = 0;
};

// Appends lower-cased copies (ASCII letters only, so every offset and mention holds) of
// about `fraction` (0-1) of the documents, chosen by index so that every run picks the same
// ones: web text writes names in lower case ("taco bell", "france"), which capitalisation
// features alone never learn. Returns the jackknife fold keys for NerTrainOptions::fold_key
// (a copy shares its original's fold, so no fold sees a document's own copy).
std::vector<std::size_t> add_lower_case_copies(std::vector<Document>& docs, double fraction);

// Trains on the mentions of `train` (structured averaged perceptron, Viterbi decoding),
// keeps the epoch with the best dev micro F1 for each pass. The gazetteer names, common
// words and word clusters already in `model` are used as features.
Status train_ner(NerModel& model, const std::vector<Document>& train, const std::vector<Document>& dev,
                 const NerTrainOptions& options, const std::function<void(const NerEpoch&)>& on_epoch);

// Trains one model per seed of `seeds` (each as train_ner with that seed) and keeps the
// average of their weights, pass by pass: the averaged linear model scores a sequence as
// the sum of the models' scores, without the seed-to-seed spread of any one of them (about
// ±0.5 F1), at the cost of one tagging. `on_epoch` reports each model's epochs with the
// stage prefixed by "seed N ". One seed is train_ner itself.
Status train_ner_averaged(NerModel& model, const std::vector<Document>& train, const std::vector<Document>& dev,
                          const NerTrainOptions& options, const std::vector<std::uint64_t>& seeds,
                          const std::function<void(const NerEpoch&)>& on_epoch);

// Micro and per-type F1 of `model` on gold documents.
NerScore evaluate_ner(const NerModel& model, const std::vector<Document>& gold);

}  // namespace kg::extract
