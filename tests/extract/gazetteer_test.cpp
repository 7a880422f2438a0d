#include "extract/ner/gazetteer.h"

#include <doctest/doctest.h>

#include <atomic>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace gz = kg::extract::gazetteer;

namespace {

std::string_view name_of(const gz::Country* c) { return c ? c->name : std::string_view("<null>"); }
std::string_view org_name(const gz::Organization* o) {
  return o ? o->name : std::string_view("<null>");
}

bool contains(std::span<const std::string_view> list, std::string_view s) {
  for (const auto x : list) {
    if (x == s) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("gazetteer: country lookup by name and alias") {
  CHECK(name_of(gz::country_by_name("China")) == "China");
  CHECK(name_of(gz::country_by_name("People's Republic of China")) == "China");
  CHECK(name_of(gz::country_by_name("PRC")) == "China");
  CHECK(name_of(gz::country_by_name("United States")) == "United States");
  CHECK(name_of(gz::country_by_name("USA")) == "United States");
  CHECK(name_of(gz::country_by_name("U.S.")) == "United States");
  CHECK(name_of(gz::country_by_name("US")) == "United States");
  CHECK(name_of(gz::country_by_name("United States of America")) == "United States");
  CHECK(name_of(gz::country_by_name("America")) == "United States");
  CHECK(name_of(gz::country_by_name("Cambodia")) == "Cambodia");
  CHECK(name_of(gz::country_by_name("Burma")) == "Myanmar");
  CHECK(name_of(gz::country_by_name("Ivory Coast")) == "Côte d'Ivoire");
  CHECK(name_of(gz::country_by_name("Czechia")) == "Czech Republic");
  CHECK(name_of(gz::country_by_name("Türkiye")) == "Turkey");
  CHECK(name_of(gz::country_by_name("East Timor")) == "Timor-Leste");
  CHECK(name_of(gz::country_by_name("DPRK")) == "North Korea");
  CHECK(name_of(gz::country_by_name("Republic of Korea")) == "South Korea");
  CHECK(name_of(gz::country_by_name("DRC")) == "Democratic Republic of the Congo");
  CHECK(name_of(gz::country_by_name("UK")) == "United Kingdom");
  CHECK(name_of(gz::country_by_name("Britain")) == "United Kingdom");
  CHECK(name_of(gz::country_by_name("Lao PDR")) == "Laos");
  CHECK(name_of(gz::country_by_name("Viet Nam")) == "Vietnam");
  CHECK(name_of(gz::country_by_name("Holy See")) == "Vatican City");
  for (const std::string_view s : {"Taiwan", "Kosovo", "Hong Kong", "Macau", "Palestine"}) {
    CHECK(name_of(gz::country_by_name(s)) == s);
  }
  const auto* cn = gz::country_by_name("China");
  REQUIRE(cn != nullptr);
  CHECK(cn->iso2 == "CN");
  CHECK(cn->capital == "Beijing");
  CHECK(name_of(gz::country_by_iso2("KH")) == "Cambodia");
}

TEST_CASE("gazetteer: country lookup is exact and rejects non-countries") {
  CHECK(gz::country_by_name("Minister") == nullptr);
  CHECK(gz::country_by_name("china") == nullptr);
  CHECK(gz::country_by_name("CHINA") == nullptr);
  CHECK(gz::country_by_name(" China") == nullptr);
  CHECK(gz::country_by_name("") == nullptr);
  CHECK(gz::country_by_name("Chinese") == nullptr);
  CHECK(gz::country_by_name("Congo") == nullptr);  // ambiguous, deliberately absent
  CHECK(gz::country_by_name("Beijing") == nullptr);
  CHECK(gz::country_by_demonym("Minister") == nullptr);
  CHECK(gz::country_by_demonym("China") == nullptr);
  CHECK(gz::country_by_capital("Shanghai") == nullptr);
  CHECK(gz::country_by_capital("Cambodia") == nullptr);
  CHECK(gz::country_by_iso2("ZZ") == nullptr);
}

TEST_CASE("gazetteer: country lookup by demonym, including plurals") {
  CHECK(name_of(gz::country_by_demonym("Chinese")) == "China");
  CHECK(name_of(gz::country_by_demonym("American")) == "United States");
  CHECK(name_of(gz::country_by_demonym("Americans")) == "United States");
  CHECK(name_of(gz::country_by_demonym("Cambodian")) == "Cambodia");
  CHECK(name_of(gz::country_by_demonym("Cambodians")) == "Cambodia");
  CHECK(name_of(gz::country_by_demonym("Khmer")) == "Cambodia");
  CHECK(name_of(gz::country_by_demonym("Burmese")) == "Myanmar");
  CHECK(name_of(gz::country_by_demonym("Ivorian")) == "Côte d'Ivoire");
  CHECK(name_of(gz::country_by_demonym("Vietnamese")) == "Vietnam");
  CHECK(name_of(gz::country_by_demonym("Thai")) == "Thailand");
  CHECK(name_of(gz::country_by_demonym("Thais")) == "Thailand");
  CHECK(name_of(gz::country_by_demonym("Lao")) == "Laos");
  CHECK(name_of(gz::country_by_demonym("Laotians")) == "Laos");
  CHECK(name_of(gz::country_by_demonym("Filipinos")) == "Philippines");
  CHECK(name_of(gz::country_by_demonym("British")) == "United Kingdom");
  CHECK(name_of(gz::country_by_demonym("Britons")) == "United Kingdom");
  CHECK(name_of(gz::country_by_demonym("Frenchmen")) == "France");
  CHECK(name_of(gz::country_by_demonym("Germans")) == "Germany");
  CHECK(name_of(gz::country_by_demonym("Swiss")) == "Switzerland");
  CHECK(name_of(gz::country_by_demonym("South Koreans")) == "South Korea");
  CHECK(name_of(gz::country_by_demonym("Taiwanese")) == "Taiwan");
  CHECK(name_of(gz::country_by_demonym("Palestinians")) == "Palestine");
  // Shared demonyms resolve to the first country in table order.
  CHECK(name_of(gz::country_by_demonym("Congolese")) == "Democratic Republic of the Congo");
  CHECK(name_of(gz::country_by_demonym("Dominican")) == "Dominican Republic");
  // No bogus plurals for words that are their own plural.
  CHECK(gz::country_by_demonym("Chineses") == nullptr);
  CHECK(gz::country_by_demonym("Germen") == nullptr);
}

TEST_CASE("gazetteer: country lookup by capital") {
  CHECK(name_of(gz::country_by_capital("Phnom Penh")) == "Cambodia");
  CHECK(name_of(gz::country_by_capital("Beijing")) == "China");
  CHECK(name_of(gz::country_by_capital("Naypyidaw")) == "Myanmar");
  CHECK(name_of(gz::country_by_capital("Washington")) == "United States");
  CHECK(name_of(gz::country_by_capital("Washington, D.C.")) == "United States");
  CHECK(name_of(gz::country_by_capital("Vientiane")) == "Laos");
  CHECK(name_of(gz::country_by_capital("Hanoi")) == "Vietnam");
  CHECK(name_of(gz::country_by_capital("Yamoussoukro")) == "Côte d'Ivoire");
  CHECK(name_of(gz::country_by_capital("Kyiv")) == "Ukraine");
  CHECK(name_of(gz::country_by_capital("Kiev")) == "Ukraine");
  CHECK(name_of(gz::country_by_capital("Canberra")) == "Australia");
  CHECK(name_of(gz::country_by_capital("Bogota")) == "Colombia");
  CHECK(name_of(gz::country_by_capital("Taipei")) == "Taiwan");
  CHECK(name_of(gz::country_by_capital("Pristina")) == "Kosovo");
}

TEST_CASE("gazetteer: cities and regions") {
  for (const std::string_view s :
       {"Phnom Penh", "Beijing", "Shanghai", "Mumbai", "Ho Chi Minh City", "Gaza", "Crimea",
        "Xinjiang", "Silicon Valley", "Siem Reap", "New York", "Kiev", "Ohio", "West Virginia",
        "Memphis", "Ontario", "Tamil Nadu", "Yorkshire", "Queensland"}) {
    CHECK_MESSAGE(gz::is_city(s), s);
  }
  // Seas, rivers and world regions are places but no polities: LOC, not GPE.
  for (const std::string_view s : {"South China Sea", "Mekong", "Lancang", "Southeast Asia", "Strait of Hormuz"}) {
    CHECK_MESSAGE(gz::is_region(s), s);
    CHECK_FALSE(gz::is_city(s));
  }
  CHECK_FALSE(gz::is_region("Shanghai"));
  CHECK_FALSE(gz::is_city("Cambodia"));
  CHECK_FALSE(gz::is_city("Minister"));
  CHECK_FALSE(gz::is_city("Austin"));  // as often a person's name: left out
  CHECK_FALSE(gz::is_city("shanghai"));
  CHECK_FALSE(gz::is_city(""));
}

TEST_CASE("gazetteer: organisations by name and acronym") {
  CHECK(org_name(gz::organization_by_name("WHO")) == "World Health Organization");
  CHECK(org_name(gz::organization_by_name("UNESCO")) ==
        "United Nations Educational, Scientific and Cultural Organization");
  CHECK(org_name(gz::organization_by_name("UNICEF")) == "United Nations Children's Fund");
  CHECK(org_name(gz::organization_by_name("ASEAN")) == "Association of Southeast Asian Nations");
  CHECK(org_name(gz::organization_by_name("EU")) == "European Union");
  CHECK(org_name(gz::organization_by_name("NATO")) == "North Atlantic Treaty Organization");
  CHECK(org_name(gz::organization_by_name("G20")) == "Group of Twenty");
  CHECK(org_name(gz::organization_by_name("IMF")) == "International Monetary Fund");
  CHECK(org_name(gz::organization_by_name("World Bank")) == "World Bank");
  CHECK(org_name(gz::organization_by_name("CCP")) == "Communist Party of China");
  CHECK(org_name(gz::organization_by_name("CPC")) == "Communist Party of China");
  CHECK(org_name(gz::organization_by_name("Chinese Communist Party")) == "Communist Party of China");
  CHECK(org_name(gz::organization_by_name("MRC")) == "Mekong River Commission");
  CHECK(org_name(gz::organization_by_name("MIT")) == "Massachusetts Institute of Technology");
  CHECK(org_name(gz::organization_by_name("Harvard")) == "Harvard University");
  CHECK(org_name(gz::organization_by_name("P&G")) == "Procter & Gamble");
  CHECK(org_name(gz::organization_by_name("NBA")) == "National Basketball Association");
  CHECK(org_name(gz::organization_by_name("Lancang-Mekong Cooperation")) ==
        "Lancang-Mekong Cooperation");
  CHECK(org_name(gz::organization_by_name("ICJ")) == "International Court of Justice");
  CHECK(org_name(gz::organization_by_name("Red Cross")) ==
        "International Committee of the Red Cross");
  CHECK(org_name(gz::organization_by_name("FBI")) == "Federal Bureau of Investigation");
  CHECK(org_name(gz::organization_by_name("Pentagon")) == "Pentagon");
  CHECK(org_name(gz::organization_by_name("Kremlin")) == "Kremlin");
  CHECK(org_name(gz::organization_by_name("Xinhua")) == "Xinhua");
  CHECK(org_name(gz::organization_by_name("Reuters")) == "Reuters");
  CHECK(org_name(gz::organization_by_name("Google")) == "Google");
  CHECK(gz::organization_by_name("who") == nullptr);
  CHECK(gz::organization_by_name("Cambodia") == nullptr);
  CHECK(gz::organization_by_name("Minister") == nullptr);
}

TEST_CASE("gazetteer: government titles and title words") {
  const auto titles = gz::government_titles();
  for (const std::string_view t :
       {"Deputy Prime Minister", "Prime Minister", "Foreign Minister", "Minister of Foreign Affairs",
        "Minister of Foreign Affairs and International Cooperation", "Secretary of State",
        "President", "Vice President", "Chancellor", "Ambassador", "Spokesperson",
        "Secretary-General", "Governor", "Mayor", "Senator", "King", "Queen", "Crown Prince",
        "General", "Chairman", "Chief Executive", "CEO", "Premier", "State Councilor"}) {
    CHECK_MESSAGE(contains(titles, t), t);
    CHECK_MESSAGE(gz::is_government_title(t), t);
  }
  CHECK_FALSE(gz::is_government_title("Cambodia"));
  CHECK_FALSE(gz::is_government_title("prime minister"));
  for (const std::string_view w :
       {"Minister", "Deputy", "Foreign", "Affairs", "Secretary", "President", "Prime",
        "General", "Cooperation", "Councilor", "CEO"}) {
    CHECK_MESSAGE(gz::is_title_word(w), w);
  }
  CHECK_FALSE(gz::is_title_word("of"));
  CHECK_FALSE(gz::is_title_word("and"));
  CHECK_FALSE(gz::is_title_word("Cambodia"));
  CHECK_FALSE(gz::is_title_word("minister"));
  CHECK_FALSE(gz::is_title_word("Secretary-"));
}

TEST_CASE("gazetteer: honorifics") {
  for (const std::string_view h :
       {"Mr.", "Mr", "Mrs.", "Ms.", "Dr.", "Prof.", "H.E.", "Sir", "Dame", "Sheikh", "Rev.",
        "Samdech", "Oknha"}) {
    CHECK_MESSAGE(gz::is_honorific(h), h);
    CHECK(contains(gz::honorifics(), h));
  }
  CHECK_FALSE(gz::is_honorific("Minister"));
  CHECK_FALSE(gz::is_honorific("mr."));
  CHECK_FALSE(gz::is_honorific("China"));
}

TEST_CASE("gazetteer: first names") {
  for (const std::string_view n :
       {"John", "Mary", "Yi", "Wei", "Jing", "Mohammed", "Fatima", "Rahul", "Priya", "Carlos",
        "María", "Vladimir", "Olga", "Minh", "Joko", "Sokha", "Sophea", "Chenda"}) {
    CHECK_MESSAGE(gz::is_first_name(n), n);
  }
  CHECK_FALSE(gz::is_first_name("Minister"));
  CHECK_FALSE(gz::is_first_name("Cambodia"));
  CHECK_FALSE(gz::is_first_name("john"));
  CHECK(gz::person_first_names().size() >= 450);
}

TEST_CASE("gazetteer: country table invariants") {
  const auto all = gz::countries();
  CHECK(all.size() == 199);  // 193 UN members + 2 observers + Taiwan, Kosovo, Hong Kong, Macau
  std::set<std::string_view> names;
  std::set<std::string_view> codes;
  for (const auto& c : all) {
    CHECK_MESSAGE(!c.name.empty(), c.iso2);
    CHECK_MESSAGE(c.iso2.size() == 2, c.name);
    CHECK_MESSAGE(c.iso2[0] >= 'A', c.name);
    CHECK_MESSAGE(c.iso2[1] <= 'Z', c.name);
    CHECK_MESSAGE(!c.demonyms.empty(), c.name);
    CHECK_MESSAGE(!c.capital.empty(), c.name);
    CHECK_MESSAGE(codes.insert(c.iso2).second, c.iso2);
    CHECK_MESSAGE(names.insert(c.name).second, c.name);
    for (const auto a : c.aliases) {
      CHECK_MESSAGE(!a.empty(), c.name);
      CHECK_MESSAGE(names.insert(a).second, a);
    }
    for (const auto d : c.demonyms) CHECK_MESSAGE(!d.empty(), c.name);
    // Every name, alias, demonym and capital finds its own country.
    CHECK(gz::country_by_name(c.name) == &c);
    for (const auto a : c.aliases) CHECK_MESSAGE(gz::country_by_name(a) == &c, a);
    CHECK_MESSAGE(gz::country_by_capital(c.capital) == &c, c.capital);
    CHECK_MESSAGE(gz::country_by_demonym(c.demonyms.front()) != nullptr, c.name);
    CHECK_MESSAGE(gz::is_city(c.capital), c.capital);
  }
}

TEST_CASE("gazetteer: organisation and list invariants") {
  const auto orgs = gz::organizations();
  CHECK(orgs.size() >= 150);
  std::set<std::string_view> keys;
  for (const auto& o : orgs) {
    CHECK(!o.name.empty());
    CHECK_MESSAGE(keys.insert(o.name).second, o.name);
    for (const auto a : o.aliases) {
      CHECK_MESSAGE(!a.empty(), o.name);
      CHECK_MESSAGE(keys.insert(a).second, a);
    }
    CHECK(gz::organization_by_name(o.name) == &o);
  }
  CHECK(gz::government_titles().size() >= 120);
  const auto unique_count = [](std::span<const std::string_view> list) {
    return std::set<std::string_view>(list.begin(), list.end()).size();
  };
  CHECK(unique_count(gz::government_titles()) == gz::government_titles().size());
  CHECK(unique_count(gz::honorifics()) == gz::honorifics().size());
  CHECK(unique_count(gz::person_first_names()) == gz::person_first_names().size());
}

TEST_CASE("gazetteer: concurrent lookups from several threads") {
  // The indexes are built lazily. Run alone (-tc='*concurrent*') this races the first use.
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&failures] {
      for (int i = 0; i < 200; ++i) {
        const bool ok = gz::country_by_demonym("Cambodians") != nullptr &&
                        gz::country_by_capital("Phnom Penh") != nullptr &&
                        gz::organization_by_name("ASEAN") != nullptr && gz::is_city("Gaza") &&
                        gz::is_title_word("Minister") && gz::is_first_name("Wei") &&
                        gz::is_honorific("H.E.");
        if (!ok) failures.fetch_add(1);
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(failures.load() == 0);
}
