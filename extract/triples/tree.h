// Internal helpers shared by the extractors: a per-call view of one parsed sentence
// (children lists, mention lookup, label tests) and argument building.
//
// Contract: a SentenceTree borrows the Document; it must not outlive it. Indices are
// LOCAL token indices inside the sentence (0 .. size()-1). Malformed trees (heads outside
// the sentence, cycles) are tolerated: such heads read as -1 and subtree() visits each
// token at most once. Built per call (scratch on the
// caller's stack), so extractors stay const and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/document.h"
#include "extract/triples/extractor.h"

namespace kg::extract::triples {

// The mentions of a document by sentence, and its PERSON names of two words or more, found
// once per document (an extractor builds one and passes it to each SentenceTree): a tree
// never scans all of a long document's mentions.
struct DocumentMentions {
  explicit DocumentMentions(const Document& doc);
  std::vector<std::vector<std::uint32_t>> of_sentence;  // mention indices, ascending, by the sentence of their first token
  // PERSON names of two words or more by their first and by their last word ("Wang" ->
  // Wang Yi), in document order.
  std::unordered_map<std::string_view, std::vector<const Mention*>> person_names_by_word;
};

class SentenceTree {
 public:
  SentenceTree(const Document& doc, std::uint32_t sentence_index, const DocumentMentions& mentions);
  SentenceTree(const SentenceTree&) = delete;
  SentenceTree& operator=(const SentenceTree&) = delete;

  const Document& doc() const { return doc_; }
  const Sentence& sentence() const { return sent_; }
  std::uint32_t index() const { return index_; }
  int size() const { return n_; }
  bool parsed() const { return parsed_; }

  const Token& tok(int i) const { return doc_.tokens[sent_.first_token + static_cast<std::uint32_t>(i)]; }
  std::string_view form(int i) const { return doc_.form(tok(i)); }
  std::string_view lemma(int i) const;  // lemma, else the lower-cased form
  std::string_view rel(int i) const;    // full deprel name: "nsubj:pass"
  std::string_view upos(int i) const;
  std::string_view xpos(int i) const;
  // -1 for the root and for heads outside the sentence. The parser's head, except where
  // repair_coordination() moved a conjunct.
  int head(int i) const { return heads_[static_cast<std::size_t>(i)]; }
  const std::vector<int>& children(int i) const { return children_[static_cast<std::size_t>(i)]; }
  int child(int i, std::string_view deprel) const;  // first child with that label, else -1
  bool has_child(int i, std::string_view deprel) const { return child(i, deprel) >= 0; }

  // The named or temporal mention containing token i, else nullptr.
  const Mention* mention(int i) const;
  // The document's PERSON mentions of two or more tokens, in document order.
  // The document's PERSON names of two words or more whose first or last word is `w`.
  const std::vector<const Mention*>& person_names_with(std::string_view w) const;
  bool is_verb(int i) const;     // VERB, or AUX that heads a clause
  bool is_nominal(int i) const;  // NOUN, PROPN, PRON, NUM, X-as-noun
  bool is_pronoun(int i) const { return upos(i) == "PRON"; }
  // The case/mark marker of a nominal: "with", "according to", "" if none.
  std::string marker(int i) const;

  // Tokens of the subtree of `head`, sorted; children whose label is in `skip_labels`
  // (exact names) and the tokens listed in `skip_tokens` are left out with their subtrees.
  void subtree(int head, std::vector<int>& out, std::initializer_list<std::string_view> skip_labels = {},
               const std::vector<int>& skip_tokens = {}) const;
  // Space-joined forms of `toks` after trimming punctuation, cc and case/mark at the edges
  // (case kept when keep_case).
  std::string join(std::vector<int>& toks, bool keep_case = false) const;
  graph::Span span(const std::vector<int>& toks) const;
  std::string text_of(int first, int last) const;  // byte slice of tokens [first, last]

 private:
  const Document& doc_;
  const Sentence& sent_;
  std::uint32_t index_;
  int n_ = 0;
  bool parsed_ = false;
  // "Zhao Ziyang of China and Anibal Cavaco Silva of Portugal" parsed with the second person
  // a conjunct of "China": the person joins the first person's phrase.
  // "X has said [that Y are subjected to Z] and has accused W": a conjunct verb without a
  // subject hung on a reported clause, whose auxiliary is the reporting verb's and not the
  // clause's, is the reporting verb's conjunct (X accused W).
  void repair_parallel_auxiliary();
  void repair_coordination();

  std::vector<int> heads_;  // per local token: its head, -1 for none
  std::vector<std::vector<int>> children_;
  std::vector<int> mention_;  // per local token: index in doc.mentions, -1
  const DocumentMentions* mentions_;
};

// The graph argument for the phrase headed by `head` (local index), see extractor.h:
// entity mentions expand to the whole mention; else a concept phrase of at most 8
// tokens without determiners. `full` is the whole phrase (evidence span).
struct ArgInfo {
  graph::Argument arg;
  graph::Span span;      // byte span of the whole phrase
  bool pronoun = false;
  bool entity = false;
  int length = 0;        // tokens in the whole phrase
};
ArgInfo make_argument(const SentenceTree& t, int head, const std::vector<int>& full);

// "X, the managing director of Y", "X is chairman of Y": when `noun` is a position (lexicon
// position-nouns.txt; "member" is not: MEMBER_OF) and `tr` says "be NOUN of Y", rewrites
// `tr` into HOLD_POSITION with the concept "Managing Director of Y" (the title as the
// noun's adjective and compound modifiers and the noun, capitalised) and returns true; a
// WORK_FOR triple from X to Y is appended to `extra` when Y is an organisation entity.
bool rewrite_position(const SentenceTree& t, int noun, graph::Triple& tr, std::vector<graph::Triple>& extra);

// Whether the demonym at i opens a country's name with the next word ("Saudi Arabia"):
// then it is no title word.
bool demonym_opens_place(const SentenceTree& t, int i);
// A title run around `head` ("Cambodian Deputy Prime Minister and Minister of ...", in
// capitals or lower case) directly followed by a name (PROPN tokens that are not title
// words): true with the name's local token range [first, last].
bool title_name(const SentenceTree& t, int head, int& first, int& last);

// The full name of a multi-word PERSON mention of the document whose first or last word
// is the PROPN `head` ("Wang" -> "Wang Yi"), when exactly one name matches; else "".
std::string person_alias(const SentenceTree& t, int head);

// Maps a mention type to the graph's entity type name ("Person", "Organization", ...).
std::string graph_type(EntityType type);

// Evidence common to one sentence. Its `sentence` text is left empty (only the span is
// set): fill_sentences() copies it into the graph extractions at the end, so that the many
// candidate extractions of a long sentence do not each copy it (quadratic).
graph::Evidence sentence_evidence(const SentenceTree& t);
// Sets evidence.sentence from its span for out[from..] that are graph extractions.
void fill_sentences(const Document& doc, std::vector<OpenExtraction>& out, std::size_t from);

// Lower-cased ASCII copy.
std::string lower(std::string_view s);

}  // namespace kg::extract::triples
