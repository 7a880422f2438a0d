// Gazetteers for named-entity recognition: countries, cities and regions, organisations,
// government titles, honorifics and given names.
//
// CONTRACT
// - Every list is hand-written for kg (no external data set was copied). The lists aim at
//   what English-language news, in particular news about Asia and Cambodia, mentions often;
//   they are features for NER, not an authority on geography or politics.
// - Coverage:
//     countries()          all 193 UN member states, the two UN observer states (Vatican City,
//                          Palestine) and Taiwan, Kosovo, Hong Kong and Macau. `name` is the
//                          common English short name, `iso2` the ISO 3166-1 alpha-2 code
//                          ("XK" for Kosovo, the code in general use), `capital` the capital
//                          (for Bolivia the constitutional capital Sucre, for Palestine the
//                          seat of government Ramallah; La Paz and East Jerusalem are accepted
//                          by country_by_capital() as variants, as are spellings without
//                          diacritics such as "Bogota" or older forms such as "Kiev").
//                          Names and aliases are unique across all countries; ambiguous short
//                          forms ("Congo", "Korea") are deliberately not aliases.
//     is_city()            every capital and capital variant, plus several hundred other cities
//                          and news-frequent provinces and areas ("Shanghai", "Gaza", "Crimea",
//                          "Xinjiang", "Silicon Valley").
//     is_region()          world regions, seas, rivers and straits ("Southeast Asia", "Mekong",
//                          "South China Sea"): places that are no polity.
//     organizations()      international bodies, UN agencies, regional blocs, parties, national
//                          institutions, armed groups, news organisations and large companies;
//                          acronyms and common variant names are aliases.
//     government_titles()  position titles as they appear before a name, title-cased, longest
//                          forms included ("Minister of Foreign Affairs and International
//                          Cooperation" as well as "Minister").
//     honorifics()         courtesy titles and honorifics that precede a name ("Mr.", "Dr.",
//                          "H.E.", "Samdech", "Datuk", "U"), including abbreviated ranks and
//                          offices that behave like them ("Gen.", "Sen.", "Gov.").
//     person_first_names() given names from many cultures (English, Chinese pinyin, Khmer,
//                          Vietnamese, Arabic, Hindi, Spanish, Russian, Indonesian, ...).
// - Matching is exact and case-sensitive on the string given; callers normalise (trim,
//   Unicode normalisation, joining tokens) before asking. Lookups are O(log n) binary searches
//   over sorted indexes; nothing uses regular expressions.
// - Demonym lookup also accepts plural nationality nouns derived from the listed demonyms
//   ("Americans", "Cambodians", "Frenchmen"); words that are their own plural ("Chinese",
//   "Swiss") map as they are. When several countries share a demonym ("Congolese",
//   "Dominican") the first country in countries() order wins (DR Congo, Dominican Republic).
// - is_title_word() is true for every capitalised word (and every part of a hyphenated word)
//   occurring in government_titles(); lower-case connectives ("of", "and", "the") are not
//   title words.
// - Data: the lists are files of extract/lexicon/ (countries.txt, capital-variants.txt,
//   cities.txt, regions.txt, organisations.txt, government-titles.txt, honorifics.txt and the
//   rows of given-names.txt marked G), compiled into the library and read in file order.
// - Thread safety: the tables and lookup indexes are built once, lazily, in function-local
//   statics (thread-safe initialisation), and never modified after.
//   Every function may be called concurrently from any thread. Returned pointers and views
//   stay valid for the life of the program.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace kg::extract::gazetteer {

struct Country {
  std::string_view name;                       // "China", "United States", "Cambodia"
  std::string_view iso2;                       // "CN"
  std::span<const std::string_view> aliases;   // "People's Republic of China", "PRC"
  std::span<const std::string_view> demonyms;  // "Chinese"; "Cambodian", "Khmer"
  std::string_view capital;                    // "Beijing"
};

std::span<const Country> countries();
const Country* country_by_name(std::string_view s);     // name or alias; nullptr if unknown
const Country* country_by_demonym(std::string_view s);  // "Chinese", "Americans"
const Country* country_by_capital(std::string_view s);  // "Phnom Penh" -> Cambodia
const Country* country_by_iso2(std::string_view s);     // "KH" -> Cambodia
bool is_city(std::string_view s);
std::span<const std::string_view> cities();  // the cities and provinces beyond the capitals
// Any name of the lists: a country (name or alias), capital, city, region or organisation.
bool is_known_name(std::string_view s);
// A state or province (lexicon states.txt) by its name or abbreviation: its full name
// ("Ill." -> "Illinois", "Texas" -> "Texas"), else "". Not an NER feature: the entity stage
// and the relation rules use it ("Springfield, Ill." is a town in Illinois). With
// `stop_dropped`, an abbreviation without its full stop counts too ("Mass" of "Concord,
// Mass." at a sentence's end, where the stop ends the sentence).
std::string_view state_name(std::string_view s, bool stop_dropped = false);
bool is_region(std::string_view s);          // "Middle East", "Mekong", "South China Sea": LOC, no polity
std::span<const std::string_view> regions();

struct Organization {
  std::string_view name;
  std::span<const std::string_view> aliases;  // acronyms and variant names
};

std::span<const Organization> organizations();
const Organization* organization_by_name(std::string_view s);  // name or alias

std::span<const std::string_view> government_titles();
bool is_government_title(std::string_view s);  // exact match on a whole title
bool is_title_word(std::string_view w);
// The same in lower case too, as news writes titles before names ("foreign minister Yvette
// Cooper", "Turkish premier Recep Erdogan"): title_case() gives the listed spelling.
std::string title_case(std::string_view s);  // "foreign minister" -> "Foreign Minister"
bool is_title_word_any_case(std::string_view w);
bool is_government_title_any_case(std::string_view s);

std::span<const std::string_view> honorifics();
bool is_honorific(std::string_view w);
// An honorific that a person's name leaves out ("Sir", "Dr."): every honorific but those that
// are given names too ("Don": UNER keeps "Don Antonio" whole).
bool is_honorific_outside_name(std::string_view w);

std::span<const std::string_view> person_first_names();
bool is_first_name(std::string_view w);

}  // namespace kg::extract::gazetteer
