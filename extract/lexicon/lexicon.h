// Word lists as data: extract/lexicon/*.txt, one entry per line ('#' starts a comment,
// blank lines skipped, entries trimmed), compiled into the library at build time
// (embed.cmake), so kg needs no data folder at run time. Each list is named by an enum
// value; its file is extract/lexicon/<name>.txt (see extract/lexicon/README.md).
// Thread safety: the lists are built once, on first use (thread-safe statics), then const.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace kg::extract::lexicon {

enum class List {
  kLegalForms,         // legal-forms.txt: company legal forms ("Inc", "Corp", "Ltd", "GmbH")
  kRankAbbreviations,  // rank-abbreviations.txt: ranks written before a name without a full stop ("Gen")
  kNameParticles,      // name-particles.txt: lower-case particles inside personal names ("bin", "van", "de")
  kImplicativeVerbs,   // implicative-verbs.txt: verbs whose to-complement is asserted ("managed to")
  kStanceVerbs,        // stance-verbs.txt: reporting verbs that do not assert what they report ("allege")
  kHedgeAdverbs,       // hedge-adverbs.txt: adverbs that keep a statement from being a fact ("allegedly")
  kNegativeImplicatives,  // negative-implicative-verbs.txt: its to-complement did not happen ("failed to")
  kPositionNouns,      // position-nouns.txt: positions held in a body or country ("chairman", "professor")
};

// The file name (without .txt) of a list.
std::string_view file_name(List list);
// The entries of a list, sorted, unique.
std::span<const std::string> entries(List list);
// Whether `word` is an entry (exact, case-sensitive).
bool contains(List list, std::string_view word);

// The raw text of lexicon file `name` (generated); empty if there is none.
std::string_view file_text(std::string_view name);

}  // namespace kg::extract::lexicon
