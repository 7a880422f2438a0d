// Internal to the entity stage (entities.cpp and its entity_*.cpp steps): the working state
// of one document and the sieve steps, in the order EntityStage::process runs them. Not part
// of the library's interface; tests include it to check one step at a time.
// Thread safety: every function works on its arguments only.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/coref/gender.h"
#include "extract/coref/link_rule.h"
#include "extract/document.h"

namespace kg::extract {
class PronounSyntax;
}

namespace kg::extract::entity_steps {

// ---- Words (entity_words.cpp).
bool capitalised(std::string_view f);     // starts with A-Z or a non-ASCII letter
bool all_caps(std::string_view s);        // two or more letters, all A-Z ("CPC")
bool web_address(std::string_view f);     // "jo@example.org", "www.example.org"
bool possessive(std::string_view f);      // "'s", "'"
bool camel_case(std::string_view f);      // "QatarEnergy", not "McCain"
bool street_word(std::string_view f);     // "Avenue", "Rd"
bool non_person_word(std::string_view f);  // "County", "League", a street or body word
bool personal_pronoun(std::string_view f);  // "She", "his" (not "IT")
bool gazetteer_place(const std::string& name);  // a country, capital or city
EntityType place_type(const std::string& name);  // GPE for a gazetteer place, LOC for a region, else none
std::vector<std::string> split_words(const std::string& name);  // on single spaces
std::string initials(const std::string& name);  // "Communist Party of China" -> "CPC"
bool one_letter_apart(const std::string& a, const std::string& b);  // "Vasquez" / "Vazquez"

// The mentions of one document while the steps refine them.
struct Work {
  Document& doc;
  std::vector<Mention> named;   // PERSON/ORG/LOC/GPE/NORP, refined
  std::vector<Mention> other;   // DATE/TIME/MONEY/PERCENT, kept as they are
  std::map<std::uint32_t, std::vector<std::string>> titles_at;  // person mention first token → titles
  std::map<std::uint32_t, std::string> affiliation_at;

  std::string_view form(std::uint32_t i) const { return doc.form(doc.tokens[i]); }
  bool proper_noun(std::uint32_t i) const;
  // Per token: whether a named or other mention already covers it.
  std::vector<bool> covered() const;
  // Named mentions in text order, the longer first where two start together.
  void sort_named();
};

// ---- Names before clustering, in order (entity_titles.cpp, entity_gazetteer.cpp,
// entity_types.cpp).
// The NER mentions of the document: named ones to w.named, dates and amounts to w.other.
void collect_mentions(Work& w);
// Step 1: "[Demonym|Country] Title [and Title]* [Honorific] Name" → PERSON Name.
void title_patterns(Work& w);
// Step 1b: capitalised runs ending in (or holding before "of") a body word are one ORG.
void organisation_bodies(Work& w);
// Step 2: trim names, type them by the gazetteer, add the gazetteer names NER missed.
void gazetteer_typing(Work& w);
void extend_to_gazetteer(Work& w);    // 2a: "Union" in "European Union" grows to it
void split_place_compounds(Work& w);  // 2b: "China-Cambodia" is two places
// Step 2d: storm names ("Hurricane Rita", later "Rita") are no persons: dropped.
void drop_storm_names(Work& w);
// Step 2d': a person name after "in"/"near"/"across"/"throughout" is a place (LOC).
void place_cues(Work& w);
// Step 2d'': a name NER typed a place that opens with a given name and no list knows as a
// place ("said Atlanta businessman Neil Estes") is a person.
void given_name_persons(Work& w);
// Step 2e: one name, one type in a document (the majority, the first on a tie).
void consistent_types(Work& w);
// Step 2f: a name NER tagged once is the same name where it recurs untagged.
void repeat_names(Work& w);

// ---- Clustering (entity_clusters.cpp).
struct Cluster {
  Entity e;
  std::vector<std::string> words;  // of the representative name (persons)
  std::uint32_t last_token = 0;
  std::uint32_t last_sentence = 0;
  Gender sex = Gender::kUnknown;  // of a person, as its mentions so far state it
};

// Canonical name of a named mention for clustering; `type` gets the cluster type it asks for
// (a demonym's country is GPE).
std::string canonical(const Work& w, const Mention& m, EntityType& type);
// Step 3: clusters the named mentions (text order) into entities; returns the clustered
// mentions, each with its chain and link rule.
std::vector<Mention> cluster_named_mentions(Work& w, const PronounSyntax& syntax,
                                            const std::vector<std::uint32_t>& sentence_of,
                                            std::vector<Cluster>& clusters);

// ---- The story's lead (entity_lead.cpp).
// A span of the first sentence that describes the person the second one names.
struct LeadSpan {
  std::uint32_t first_token = 0, end_token = 0;
  std::int32_t chain = -1;
};
// Step 4a: "A Conservative MP and former minister has defected to Labour. Robert Jackson, 58,
// MP for Wantage, said ...": the first sentence's subject, "a", "an" or "the" and a singular
// position or occupation noun with no person named in that sentence (and a coordinated such
// noun), are the person first named in the second sentence, when that person is an argument
// of the lead's verb again, the active subject of the main verb after an active lead, or
// described there with the same noun. In text order; empty when the lead is no such case.
std::vector<LeadSpan> lead_descriptions(const Document& doc, const PronounSyntax& syntax,
                                        const std::vector<std::uint32_t>& sentence_of, const std::vector<Cluster>& clusters,
                                        const std::vector<Mention>& all);

// ---- Pronouns, definite descriptions, groups (entity_pronouns.cpp).
// Step 4: the mentions they add, in text order, linked to `clusters` or grouping them.
std::vector<Mention> resolve_pronouns(const Document& doc, const PronounSyntax& syntax,
                                      const std::vector<std::uint32_t>& sentence_of,
                                      const std::vector<Cluster>& clusters, const std::vector<Mention>& all);

// ---- Back into the document (entities.cpp).
// An ORG or place mention opened by a capitalised "The" inside a sentence takes it in.
void take_in_the(const Work& w, const std::vector<std::uint32_t>& sentence_of, std::vector<Mention>& all);
// Step 5: entities and every mention (named, added, other) into the document.
void write_entities(Work& w, std::vector<Cluster>& clusters, std::vector<Mention> all,
                    const std::vector<Mention>& added);

}  // namespace kg::extract::entity_steps
