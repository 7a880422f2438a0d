#include "extract/ner/gazetteer.h"

#include "extract/lexicon/lexicon.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace kg::extract::gazetteer {
namespace {

// ---------------------------------------------------------------------------------------------
// The lists are data: extract/lexicon/{countries,capital-variants,cities,regions,organisations,
// government-titles,honorifics,given-names}.txt (formats in extract/lexicon/README.md), read in
// file order. Rows keep '|'-separated alias and demonym fields; the public structs get spans
// into one flat vector of string_views. Every view points into the lexicon's static strings.

using lexicon::List;

struct CapitalVariant {
  std::string_view spelling, iso2;
};

// Field `i` of a row, or "" when the row has fewer fields.
std::string_view field(const lexicon::Row& row, std::size_t i) {
  return i < row.size() ? std::string_view(row[i]) : std::string_view();
}

std::size_t field_count(std::string_view s) {
  if (s.empty()) return 0;
  return 1 + static_cast<std::size_t>(std::count(s.begin(), s.end(), '|'));
}

void split_into(std::string_view s, std::vector<std::string_view>& out) {
  if (s.empty()) return;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '|') {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
}

// The first field of every row of a one-column list, in file order.
std::vector<std::string_view> column(List list) {
  std::vector<std::string_view> out;
  for (const auto& row : lexicon::rows(list)) out.push_back(field(row, 0));
  return out;
}

struct Tables {
  std::vector<std::string_view> fields;  // aliases and demonyms; reserved, never reallocated
  std::vector<Country> countries;
  std::vector<CapitalVariant> capital_variants;
  std::vector<std::string_view> cities = column(List::kCities);
  std::vector<std::string_view> regions = column(List::kRegions);
  std::vector<Organization> organizations;
  std::vector<std::string_view> titles = column(List::kGovernmentTitles);
  std::vector<std::string_view> honorifics = column(List::kHonorifics);
  std::vector<std::string_view> first_names;  // given names the gazetteer lists (column 3 "G")

  Tables() {
    const auto country_rows = lexicon::rows(List::kCountries);
    const auto org_rows = lexicon::rows(List::kOrganisations);
    std::size_t total = 0;
    for (const auto& r : country_rows) total += field_count(field(r, 2)) + field_count(field(r, 3));
    for (const auto& r : org_rows) total += field_count(field(r, 1));
    fields.reserve(total);
    for (const auto& r : country_rows) {
      Country c;
      c.name = field(r, 0);
      c.iso2 = field(r, 1);
      const std::size_t k = fields.size();
      split_into(field(r, 2), fields);
      c.aliases = std::span<const std::string_view>(fields.data() + k, fields.size() - k);
      const std::size_t d = fields.size();
      split_into(field(r, 3), fields);
      c.demonyms = std::span<const std::string_view>(fields.data() + d, fields.size() - d);
      c.capital = field(r, 4);
      countries.push_back(c);
    }
    for (const auto& r : org_rows) {
      Organization o;
      o.name = field(r, 0);
      const std::size_t k = fields.size();
      split_into(field(r, 1), fields);
      o.aliases = std::span<const std::string_view>(fields.data() + k, fields.size() - k);
      organizations.push_back(o);
    }
    for (const auto& r : lexicon::rows(List::kCapitalVariants)) capital_variants.push_back({field(r, 0), field(r, 1)});
    for (const auto& r : lexicon::rows(List::kGivenNames))
      if (field(r, 2) == "G") first_names.push_back(field(r, 0));
  }

  // The spans in `countries` and `organizations` point into `fields`: never copy or move this.
  Tables(const Tables&) = delete;
  Tables& operator=(const Tables&) = delete;
};

const Tables& tables() {
  static const Tables t;
  return t;
}

// ---------------------------------------------------------------------------------------------
// Lookup indexes: sorted (key, value) vectors, first insertion wins for duplicate keys.

class Index {
 public:
  void add(std::string_view key, std::uint32_t value) { entries_.emplace_back(key, value); }

  void finish() {
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const Entry& a, const Entry& b) { return a.first < b.first; });
    const auto last = std::unique(entries_.begin(), entries_.end(),
                                  [](const Entry& a, const Entry& b) { return a.first == b.first; });
    entries_.erase(last, entries_.end());
    entries_.shrink_to_fit();
  }

  // Returns the value stored for key, or kMissing.
  std::uint32_t find(std::string_view key) const {
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                                     [](const Entry& e, std::string_view k) { return e.first < k; });
    return it != entries_.end() && it->first == key ? it->second : kMissing;
  }

  bool contains(std::string_view key) const { return find(key) != kMissing; }

  static constexpr std::uint32_t kMissing = 0xFFFFFFFFU;

 private:
  using Entry = std::pair<std::string_view, std::uint32_t>;
  std::vector<Entry> entries_;
};

Index make_set(const std::vector<std::string_view>& words) {
  Index index;
  for (const auto w : words) index.add(w, 0);
  index.finish();
  return index;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Plural nationality noun for a demonym, or "" when the word is its own plural or is an
// adjective only ("Chinese", "Swiss", "British", "French", "Dutch", "Philippine").
std::string plural_of(std::string_view demonym) {
  constexpr std::array<std::string_view, 10> kNoPlural = {
      "Lao",        "Malagasy", "Basotho",  "Batswana", "I-Kiribati",
      "Ni-Vanuatu", "Emaswati", "Hellenic", "Philippine", "Vatican"};
  if (ends_with(demonym, "ese") || ends_with(demonym, "ss") || ends_with(demonym, "sh") ||
      ends_with(demonym, "ench") || ends_with(demonym, "utch") || ends_with(demonym, "ois") ||
      ends_with(demonym, "ic") ||
      std::find(kNoPlural.begin(), kNoPlural.end(), demonym) != kNoPlural.end()) {
    return {};
  }
  std::string p(demonym);
  if (ends_with(demonym, "chman") || ends_with(demonym, "chwoman")) {
    p[p.size() - 2] = 'e';  // Frenchman -> Frenchmen
  } else {
    p += 's';  // American -> Americans, South Korean -> South Koreans
  }
  return p;
}

struct CountryIndexes {
  Index names, demonyms, capitals, iso2;
  std::vector<std::string> plurals;  // storage for derived plurals; reserved, never reallocated

  CountryIndexes() {
    const auto all = std::span<const Country>(tables().countries);
    std::size_t n_demonyms = 0;
    for (const auto& c : all) n_demonyms += c.demonyms.size();
    plurals.reserve(n_demonyms);
    for (std::uint32_t i = 0; i < all.size(); ++i) {
      const Country& c = all[i];
      names.add(c.name, i);
      for (const auto a : c.aliases) names.add(a, i);
      for (const auto d : c.demonyms) demonyms.add(d, i);
      capitals.add(c.capital, i);
      iso2.add(c.iso2, i);
    }
    iso2.finish();
    // Plurals after all listed demonyms, so a listed word always wins over a derived one.
    for (std::uint32_t i = 0; i < all.size(); ++i) {
      for (const auto d : all[i].demonyms) {
        std::string p = plural_of(d);
        if (p.empty()) continue;
        plurals.push_back(std::move(p));
        demonyms.add(plurals.back(), i);
      }
    }
    for (const auto& v : tables().capital_variants) {
      const std::uint32_t i = iso2.find(v.iso2);
      if (i != Index::kMissing) capitals.add(v.spelling, i);
    }
    names.finish();
    demonyms.finish();
    capitals.finish();
  }

  // The string_views in `demonyms` point into `plurals`: never copy or move this object.
  CountryIndexes(const CountryIndexes&) = delete;
  CountryIndexes& operator=(const CountryIndexes&) = delete;
};

const CountryIndexes& country_indexes() {
  static const CountryIndexes indexes;
  return indexes;
}

const Country* country_at(std::uint32_t i) {
  return i == Index::kMissing ? nullptr : &tables().countries[i];
}

const Index& city_index() {
  static const Index index = [] {
    Index built;
    for (const auto& c : tables().countries) built.add(c.capital, 0);
    for (const auto& v : tables().capital_variants) built.add(v.spelling, 0);
    for (const auto c : tables().cities) built.add(c, 0);
    built.finish();
    return built;
  }();
  return index;
}

const Index& region_index() {
  static const Index index = make_set(tables().regions);
  return index;
}

const Index& org_index() {
  static const Index index = [] {
    Index built;
    const auto& orgs = tables().organizations;
    for (std::uint32_t i = 0; i < orgs.size(); ++i) {
      built.add(orgs[i].name, i);
      for (const auto a : orgs[i].aliases) built.add(a, i);
    }
    built.finish();
    return built;
  }();
  return index;
}

const Index& title_index() {
  static const Index index = make_set(tables().titles);
  return index;
}

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

const Index& title_word_index() {
  static const Index index = [] {
    Index built;
    const auto add_word = [&built](std::string_view w) {
      if (!w.empty() && is_upper_ascii(w.front())) built.add(w, 0);
    };
    for (const auto title : tables().titles) {
      std::size_t start = 0;
      for (std::size_t i = 0; i <= title.size(); ++i) {
        if (i < title.size() && title[i] != ' ') continue;
        const std::string_view word = title.substr(start, i - start);
        add_word(word);
        if (word.find('-') != std::string_view::npos) {
          std::size_t part_start = 0;
          for (std::size_t j = 0; j <= word.size(); ++j) {
            if (j < word.size() && word[j] != '-') continue;
            add_word(word.substr(part_start, j - part_start));
            part_start = j + 1;
          }
        }
        start = i + 1;
      }
    }
    built.finish();
    return built;
  }();
  return index;
}

const Index& honorific_index() {
  static const Index index = make_set(tables().honorifics);
  return index;
}

const Index& first_name_index() {
  static const Index index = make_set(tables().first_names);
  return index;
}

}  // namespace

std::span<const Country> countries() { return tables().countries; }

const Country* country_by_name(std::string_view s) {
  return country_at(country_indexes().names.find(s));
}

const Country* country_by_demonym(std::string_view s) {
  return country_at(country_indexes().demonyms.find(s));
}

const Country* country_by_capital(std::string_view s) {
  return country_at(country_indexes().capitals.find(s));
}

const Country* country_by_iso2(std::string_view s) {
  return country_at(country_indexes().iso2.find(s));
}

bool is_city(std::string_view s) { return city_index().contains(s); }
std::span<const std::string_view> cities() { return tables().cities; }
bool is_region(std::string_view s) { return region_index().contains(s); }

std::string_view state_name(std::string_view s, bool stop_dropped) {
  static const std::vector<std::pair<std::string_view, std::string_view>> index = [] {
    std::vector<std::pair<std::string_view, std::string_view>> r;  // spelling -> name
    for (const lexicon::Row& row : lexicon::rows(lexicon::List::kStates)) {
      if (row.empty() || row[0].empty()) continue;
      const std::string_view name = row[0];
      r.emplace_back(name, name);
      std::string_view aliases = row.size() > 1 ? std::string_view(row[1]) : std::string_view();
      while (!aliases.empty()) {
        const std::size_t bar = aliases.find('|');
        const std::string_view a = aliases.substr(0, bar);
        if (!a.empty()) r.emplace_back(a, name);
        if (bar == std::string_view::npos) break;
        aliases.remove_prefix(bar + 1);
      }
    }
    std::stable_sort(r.begin(), r.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return r;
  }();
  auto find = [](std::string_view x) {
    const auto it = std::lower_bound(index.begin(), index.end(), x, [](const auto& e, std::string_view y) { return e.first < y; });
    return it != index.end() && it->first == x ? it->second : std::string_view();
  };
  if (const std::string_view n = find(s); !n.empty()) return n;
  // "Concord, Mass." at a sentence's end: the tokenizer gave the full stop to the sentence.
  if (!stop_dropped || s.size() < 2 || s.size() > 6 || s.back() == '.') return {};
  std::string dotted(s);
  dotted.push_back('.');
  return find(dotted);
}
bool is_known_name(std::string_view s) {  // is_city() holds every capital and its variants
  return country_by_name(s) || is_city(s) || is_region(s) || organization_by_name(s);
}
std::span<const std::string_view> regions() { return tables().regions; }

std::span<const Organization> organizations() { return tables().organizations; }

const Organization* organization_by_name(std::string_view s) {
  const std::uint32_t i = org_index().find(s);
  return i == Index::kMissing ? nullptr : &tables().organizations[i];
}

std::span<const std::string_view> government_titles() { return tables().titles; }
bool is_government_title(std::string_view s) { return title_index().contains(s); }
bool is_title_word(std::string_view w) { return title_word_index().contains(w); }

std::string title_case(std::string_view s) {
  std::string out(s);
  std::size_t word_begin = 0;
  for (std::size_t i = 0; i <= out.size(); ++i) {
    if (i < out.size() && out[i] != ' ' && out[i] != '-') continue;
    const std::string_view word(out.data() + word_begin, i - word_begin);
    const bool connective = word == "of" || word == "and" || word == "the" || word == "for";
    if (!connective && !word.empty() && out[word_begin] >= 'a' && out[word_begin] <= 'z')
      out[word_begin] = static_cast<char>(out[word_begin] - 'a' + 'A');
    word_begin = i + 1;
  }
  return out;
}

bool is_title_word_any_case(std::string_view w) {
  if (is_title_word(w)) return true;
  return !w.empty() && w[0] >= 'a' && w[0] <= 'z' && is_title_word(title_case(w));
}

bool is_government_title_any_case(std::string_view s) {
  return is_government_title(s) || (!s.empty() && s[0] >= 'a' && s[0] <= 'z' && is_government_title(title_case(s)));
}

std::span<const std::string_view> honorifics() { return tables().honorifics; }
bool is_honorific(std::string_view w) { return honorific_index().contains(w); }
bool is_honorific_outside_name(std::string_view w) { return w != "Don" && is_honorific(w); }

std::span<const std::string_view> person_first_names() { return tables().first_names; }
bool is_first_name(std::string_view w) { return first_name_index().contains(w); }

}  // namespace kg::extract::gazetteer
