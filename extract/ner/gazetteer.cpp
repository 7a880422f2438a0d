#include "extract/ner/gazetteer.h"

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
// Compile-time packing. Rows are written with '|'-separated alias and demonym fields; at
// compile time the fields are split into one flat array of string_views and the public structs
// get spans into it. Nothing is allocated for the data itself.

struct CountryRow {
  std::string_view name, iso2, aliases, demonyms, capital;
};

struct OrgRow {
  std::string_view name, aliases;
};

constexpr std::size_t field_count(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t n = 1;
  for (const char c : s) n += c == '|' ? 1U : 0U;
  return n;
}

template <std::size_t M>
constexpr void split_into(std::string_view s, std::array<std::string_view, M>& out, std::size_t& k) {
  if (s.empty()) return;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '|') {
      out[k++] = s.substr(start, i - start);
      start = i + 1;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Countries: name, ISO 3166-1 alpha-2, aliases, demonyms (adjective first), capital.
// Order matters only for shared demonyms (first wins): "Democratic Republic of the Congo"
// precedes "Republic of the Congo", "Dominican Republic" precedes "Dominica".

constexpr auto kCountryRows = std::to_array<CountryRow>({
    {"Afghanistan", "AF", "Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan", "Afghan", "Kabul"},
    {"Albania", "AL", "Republic of Albania", "Albanian", "Tirana"},
    {"Algeria", "DZ", "People's Democratic Republic of Algeria", "Algerian", "Algiers"},
    {"Andorra", "AD", "Principality of Andorra", "Andorran", "Andorra la Vella"},
    {"Angola", "AO", "Republic of Angola", "Angolan", "Luanda"},
    {"Antigua and Barbuda", "AG", "Antigua", "Antiguan|Barbudan", "St. John's"},
    {"Argentina", "AR", "Argentine Republic", "Argentine|Argentinian", "Buenos Aires"},
    {"Armenia", "AM", "Republic of Armenia", "Armenian", "Yerevan"},
    {"Australia", "AU", "Commonwealth of Australia", "Australian|Aussie", "Canberra"},
    {"Austria", "AT", "Republic of Austria", "Austrian", "Vienna"},
    {"Azerbaijan", "AZ", "Republic of Azerbaijan", "Azerbaijani|Azeri", "Baku"},
    {"Bahamas", "BS", "The Bahamas|Commonwealth of The Bahamas", "Bahamian", "Nassau"},
    {"Bahrain", "BH", "Kingdom of Bahrain", "Bahraini", "Manama"},
    {"Bangladesh", "BD", "People's Republic of Bangladesh", "Bangladeshi", "Dhaka"},
    {"Barbados", "BB", "", "Barbadian|Bajan", "Bridgetown"},
    {"Belarus", "BY", "Republic of Belarus|Byelorussia", "Belarusian", "Minsk"},
    {"Belgium", "BE", "Kingdom of Belgium", "Belgian", "Brussels"},
    {"Belize", "BZ", "", "Belizean", "Belmopan"},
    {"Benin", "BJ", "Republic of Benin", "Beninese", "Porto-Novo"},
    {"Bhutan", "BT", "Kingdom of Bhutan", "Bhutanese", "Thimphu"},
    {"Bolivia", "BO", "Plurinational State of Bolivia", "Bolivian", "Sucre"},
    {"Bosnia and Herzegovina", "BA", "Bosnia|Bosnia-Herzegovina|BiH", "Bosnian|Herzegovinian", "Sarajevo"},
    {"Botswana", "BW", "Republic of Botswana", "Botswanan|Motswana|Batswana", "Gaborone"},
    {"Brazil", "BR", "Federative Republic of Brazil", "Brazilian", "Brasília"},
    {"Brunei", "BN", "Brunei Darussalam", "Bruneian", "Bandar Seri Begawan"},
    {"Bulgaria", "BG", "Republic of Bulgaria", "Bulgarian", "Sofia"},
    {"Burkina Faso", "BF", "", "Burkinabe|Burkinabè", "Ouagadougou"},
    {"Burundi", "BI", "Republic of Burundi", "Burundian", "Gitega"},
    {"Cambodia", "KH", "Kingdom of Cambodia|Kampuchea", "Cambodian|Khmer", "Phnom Penh"},
    {"Cameroon", "CM", "Republic of Cameroon", "Cameroonian", "Yaoundé"},
    {"Canada", "CA", "", "Canadian", "Ottawa"},
    {"Cape Verde", "CV", "Cabo Verde|Republic of Cabo Verde", "Cape Verdean|Cabo Verdean", "Praia"},
    {"Central African Republic", "CF", "CAR", "Central African", "Bangui"},
    {"Chad", "TD", "Republic of Chad", "Chadian", "N'Djamena"},
    {"Chile", "CL", "Republic of Chile", "Chilean", "Santiago"},
    {"China", "CN", "People's Republic of China|PRC|P.R.C.|Mainland China|mainland China", "Chinese", "Beijing"},
    {"Colombia", "CO", "Republic of Colombia", "Colombian", "Bogotá"},
    {"Comoros", "KM", "Union of the Comoros|The Comoros", "Comorian", "Moroni"},
    {"Costa Rica", "CR", "Republic of Costa Rica", "Costa Rican", "San José"},
    {"Côte d'Ivoire", "CI", "Ivory Coast|Cote d'Ivoire|Republic of Côte d'Ivoire", "Ivorian", "Yamoussoukro"},
    {"Croatia", "HR", "Republic of Croatia", "Croatian|Croat", "Zagreb"},
    {"Cuba", "CU", "Republic of Cuba", "Cuban", "Havana"},
    {"Cyprus", "CY", "Republic of Cyprus", "Cypriot", "Nicosia"},
    {"Czech Republic", "CZ", "Czechia", "Czech", "Prague"},
    {"Democratic Republic of the Congo", "CD", "DR Congo|DRC|D.R. Congo|Congo-Kinshasa|Democratic Republic of Congo", "Congolese", "Kinshasa"},
    {"Denmark", "DK", "Kingdom of Denmark", "Danish|Dane", "Copenhagen"},
    {"Djibouti", "DJ", "Republic of Djibouti", "Djiboutian", "Djibouti"},
    {"Dominican Republic", "DO", "", "Dominican", "Santo Domingo"},
    {"Dominica", "DM", "Commonwealth of Dominica", "Dominican", "Roseau"},
    {"Ecuador", "EC", "Republic of Ecuador", "Ecuadorian|Ecuadorean", "Quito"},
    {"Egypt", "EG", "Arab Republic of Egypt", "Egyptian", "Cairo"},
    {"El Salvador", "SV", "Republic of El Salvador", "Salvadoran|Salvadorean", "San Salvador"},
    {"Equatorial Guinea", "GQ", "Republic of Equatorial Guinea", "Equatorial Guinean|Equatoguinean", "Malabo"},
    {"Eritrea", "ER", "State of Eritrea", "Eritrean", "Asmara"},
    {"Estonia", "EE", "Republic of Estonia", "Estonian", "Tallinn"},
    {"Eswatini", "SZ", "Swaziland|Kingdom of Eswatini", "Swazi|Emaswati", "Mbabane"},
    {"Ethiopia", "ET", "Federal Democratic Republic of Ethiopia", "Ethiopian", "Addis Ababa"},
    {"Fiji", "FJ", "Republic of Fiji", "Fijian", "Suva"},
    {"Finland", "FI", "Republic of Finland", "Finnish|Finn", "Helsinki"},
    {"France", "FR", "French Republic", "French|Frenchman|Frenchwoman", "Paris"},
    {"Gabon", "GA", "Gabonese Republic", "Gabonese", "Libreville"},
    {"Gambia", "GM", "The Gambia|Republic of The Gambia", "Gambian", "Banjul"},
    {"Georgia", "GE", "Sakartvelo", "Georgian", "Tbilisi"},
    {"Germany", "DE", "Federal Republic of Germany", "German", "Berlin"},
    {"Ghana", "GH", "Republic of Ghana", "Ghanaian", "Accra"},
    {"Greece", "GR", "Hellenic Republic|Hellas", "Greek|Hellenic", "Athens"},
    {"Grenada", "GD", "", "Grenadian", "St. George's"},
    {"Guatemala", "GT", "Republic of Guatemala", "Guatemalan", "Guatemala City"},
    {"Guinea", "GN", "Republic of Guinea|Guinea-Conakry", "Guinean", "Conakry"},
    {"Guinea-Bissau", "GW", "Republic of Guinea-Bissau", "Bissau-Guinean", "Bissau"},
    {"Guyana", "GY", "Co-operative Republic of Guyana", "Guyanese", "Georgetown"},
    {"Haiti", "HT", "Republic of Haiti", "Haitian", "Port-au-Prince"},
    {"Honduras", "HN", "Republic of Honduras", "Honduran", "Tegucigalpa"},
    {"Hungary", "HU", "", "Hungarian|Magyar", "Budapest"},
    {"Iceland", "IS", "", "Icelandic|Icelander", "Reykjavík"},
    {"India", "IN", "Republic of India|Bharat", "Indian", "New Delhi"},
    {"Indonesia", "ID", "Republic of Indonesia", "Indonesian", "Jakarta"},
    {"Iran", "IR", "Islamic Republic of Iran|Persia", "Iranian|Persian", "Tehran"},
    {"Iraq", "IQ", "Republic of Iraq", "Iraqi", "Baghdad"},
    {"Ireland", "IE", "Republic of Ireland|Éire|Eire", "Irish", "Dublin"},
    {"Israel", "IL", "State of Israel", "Israeli", "Jerusalem"},
    {"Italy", "IT", "Italian Republic", "Italian", "Rome"},
    {"Jamaica", "JM", "", "Jamaican", "Kingston"},
    {"Japan", "JP", "Nippon|Nihon", "Japanese", "Tokyo"},
    {"Jordan", "JO", "Hashemite Kingdom of Jordan", "Jordanian", "Amman"},
    {"Kazakhstan", "KZ", "Republic of Kazakhstan", "Kazakh|Kazakhstani", "Astana"},
    {"Kenya", "KE", "Republic of Kenya", "Kenyan", "Nairobi"},
    {"Kiribati", "KI", "Republic of Kiribati", "I-Kiribati", "South Tarawa"},
    {"Kuwait", "KW", "State of Kuwait", "Kuwaiti", "Kuwait City"},
    {"Kyrgyzstan", "KG", "Kyrgyz Republic|Kirghizia", "Kyrgyz|Kyrgyzstani", "Bishkek"},
    {"Laos", "LA", "Lao PDR|Lao People's Democratic Republic", "Lao|Laotian", "Vientiane"},
    {"Latvia", "LV", "Republic of Latvia", "Latvian", "Riga"},
    {"Lebanon", "LB", "Lebanese Republic", "Lebanese", "Beirut"},
    {"Lesotho", "LS", "Kingdom of Lesotho", "Basotho|Mosotho", "Maseru"},
    {"Liberia", "LR", "Republic of Liberia", "Liberian", "Monrovia"},
    {"Libya", "LY", "State of Libya", "Libyan", "Tripoli"},
    {"Liechtenstein", "LI", "Principality of Liechtenstein", "Liechtensteiner", "Vaduz"},
    {"Lithuania", "LT", "Republic of Lithuania", "Lithuanian", "Vilnius"},
    {"Luxembourg", "LU", "Grand Duchy of Luxembourg", "Luxembourgish|Luxembourger", "Luxembourg City"},
    {"Madagascar", "MG", "Republic of Madagascar", "Malagasy", "Antananarivo"},
    {"Malawi", "MW", "Republic of Malawi", "Malawian", "Lilongwe"},
    {"Malaysia", "MY", "", "Malaysian", "Kuala Lumpur"},
    {"Maldives", "MV", "The Maldives|Republic of Maldives", "Maldivian", "Malé"},
    {"Mali", "ML", "Republic of Mali", "Malian", "Bamako"},
    {"Malta", "MT", "Republic of Malta", "Maltese", "Valletta"},
    {"Marshall Islands", "MH", "Republic of the Marshall Islands", "Marshallese", "Majuro"},
    {"Mauritania", "MR", "Islamic Republic of Mauritania", "Mauritanian", "Nouakchott"},
    {"Mauritius", "MU", "Republic of Mauritius", "Mauritian", "Port Louis"},
    {"Mexico", "MX", "United Mexican States", "Mexican", "Mexico City"},
    {"Micronesia", "FM", "Federated States of Micronesia", "Micronesian", "Palikir"},
    {"Moldova", "MD", "Republic of Moldova", "Moldovan", "Chișinău"},
    {"Monaco", "MC", "Principality of Monaco", "Monegasque|Monacan", "Monaco"},
    {"Mongolia", "MN", "", "Mongolian|Mongol", "Ulaanbaatar"},
    {"Montenegro", "ME", "", "Montenegrin", "Podgorica"},
    {"Morocco", "MA", "Kingdom of Morocco", "Moroccan", "Rabat"},
    {"Mozambique", "MZ", "Republic of Mozambique", "Mozambican", "Maputo"},
    {"Myanmar", "MM", "Burma|Republic of the Union of Myanmar", "Burmese|Myanmarese", "Naypyidaw"},
    {"Namibia", "NA", "Republic of Namibia", "Namibian", "Windhoek"},
    {"Nauru", "NR", "Republic of Nauru", "Nauruan", "Yaren"},
    {"Nepal", "NP", "Federal Democratic Republic of Nepal", "Nepalese|Nepali", "Kathmandu"},
    {"Netherlands", "NL", "The Netherlands|Holland|Kingdom of the Netherlands", "Dutch|Netherlander", "Amsterdam"},
    {"New Zealand", "NZ", "Aotearoa", "New Zealander|Kiwi", "Wellington"},
    {"Nicaragua", "NI", "Republic of Nicaragua", "Nicaraguan", "Managua"},
    {"Niger", "NE", "Republic of the Niger", "Nigerien", "Niamey"},
    {"Nigeria", "NG", "Federal Republic of Nigeria", "Nigerian", "Abuja"},
    {"North Korea", "KP", "DPRK|Democratic People's Republic of Korea", "North Korean", "Pyongyang"},
    {"North Macedonia", "MK", "Macedonia|Republic of North Macedonia", "Macedonian|North Macedonian", "Skopje"},
    {"Norway", "NO", "Kingdom of Norway", "Norwegian", "Oslo"},
    {"Oman", "OM", "Sultanate of Oman", "Omani", "Muscat"},
    {"Pakistan", "PK", "Islamic Republic of Pakistan", "Pakistani", "Islamabad"},
    {"Palau", "PW", "Republic of Palau", "Palauan", "Ngerulmud"},
    {"Palestine", "PS", "State of Palestine|Palestinian Territories|Occupied Palestinian Territories", "Palestinian", "Ramallah"},
    {"Panama", "PA", "Republic of Panama", "Panamanian", "Panama City"},
    {"Papua New Guinea", "PG", "PNG|Independent State of Papua New Guinea", "Papua New Guinean|Papuan", "Port Moresby"},
    {"Paraguay", "PY", "Republic of Paraguay", "Paraguayan", "Asunción"},
    {"Peru", "PE", "Republic of Peru", "Peruvian", "Lima"},
    {"Philippines", "PH", "The Philippines|Republic of the Philippines", "Filipino|Filipina|Philippine", "Manila"},
    {"Poland", "PL", "Republic of Poland", "Polish|Pole", "Warsaw"},
    {"Portugal", "PT", "Portuguese Republic", "Portuguese", "Lisbon"},
    {"Qatar", "QA", "State of Qatar", "Qatari", "Doha"},
    {"Republic of the Congo", "CG", "Congo-Brazzaville|Republic of Congo", "Congolese", "Brazzaville"},
    {"Romania", "RO", "", "Romanian", "Bucharest"},
    {"Russia", "RU", "Russian Federation", "Russian", "Moscow"},
    {"Rwanda", "RW", "Republic of Rwanda", "Rwandan", "Kigali"},
    {"Saint Kitts and Nevis", "KN", "St. Kitts and Nevis|St Kitts and Nevis", "Kittitian|Nevisian", "Basseterre"},
    {"Saint Lucia", "LC", "St. Lucia|St Lucia", "Saint Lucian|St. Lucian", "Castries"},
    {"Saint Vincent and the Grenadines", "VC", "St. Vincent and the Grenadines|St Vincent and the Grenadines", "Vincentian", "Kingstown"},
    {"Samoa", "WS", "Independent State of Samoa", "Samoan", "Apia"},
    {"San Marino", "SM", "Republic of San Marino", "Sammarinese", "City of San Marino"},
    {"São Tomé and Príncipe", "ST", "Sao Tome and Principe", "Santomean|São Toméan", "São Tomé"},
    {"Saudi Arabia", "SA", "Kingdom of Saudi Arabia|KSA", "Saudi|Saudi Arabian", "Riyadh"},
    {"Senegal", "SN", "Republic of Senegal", "Senegalese", "Dakar"},
    {"Serbia", "RS", "Republic of Serbia", "Serbian|Serb", "Belgrade"},
    {"Seychelles", "SC", "Republic of Seychelles|The Seychelles", "Seychellois", "Victoria"},
    {"Sierra Leone", "SL", "Republic of Sierra Leone", "Sierra Leonean", "Freetown"},
    {"Singapore", "SG", "Republic of Singapore", "Singaporean", "Singapore"},
    {"Slovakia", "SK", "Slovak Republic", "Slovak|Slovakian", "Bratislava"},
    {"Slovenia", "SI", "Republic of Slovenia", "Slovenian|Slovene", "Ljubljana"},
    {"Solomon Islands", "SB", "The Solomon Islands|Solomons", "Solomon Islander", "Honiara"},
    {"Somalia", "SO", "Federal Republic of Somalia", "Somali", "Mogadishu"},
    {"South Africa", "ZA", "Republic of South Africa", "South African", "Pretoria"},
    {"South Korea", "KR", "Republic of Korea|ROK", "South Korean|Korean", "Seoul"},
    {"South Sudan", "SS", "Republic of South Sudan", "South Sudanese", "Juba"},
    {"Spain", "ES", "Kingdom of Spain", "Spanish|Spaniard", "Madrid"},
    {"Sri Lanka", "LK", "Democratic Socialist Republic of Sri Lanka|Ceylon", "Sri Lankan", "Sri Jayawardenepura Kotte"},
    {"Sudan", "SD", "Republic of the Sudan|The Sudan", "Sudanese", "Khartoum"},
    {"Suriname", "SR", "Republic of Suriname|Surinam", "Surinamese", "Paramaribo"},
    {"Sweden", "SE", "Kingdom of Sweden", "Swedish|Swede", "Stockholm"},
    {"Switzerland", "CH", "Swiss Confederation", "Swiss", "Bern"},
    {"Syria", "SY", "Syrian Arab Republic", "Syrian", "Damascus"},
    {"Tajikistan", "TJ", "Republic of Tajikistan", "Tajik|Tajikistani", "Dushanbe"},
    {"Tanzania", "TZ", "United Republic of Tanzania", "Tanzanian", "Dodoma"},
    {"Thailand", "TH", "Kingdom of Thailand|Siam", "Thai", "Bangkok"},
    {"Timor-Leste", "TL", "East Timor|Democratic Republic of Timor-Leste", "Timorese|East Timorese", "Dili"},
    {"Togo", "TG", "Togolese Republic", "Togolese", "Lomé"},
    {"Tonga", "TO", "Kingdom of Tonga", "Tongan", "Nuku'alofa"},
    {"Trinidad and Tobago", "TT", "Trinidad|Republic of Trinidad and Tobago", "Trinidadian|Tobagonian", "Port of Spain"},
    {"Tunisia", "TN", "Tunisian Republic", "Tunisian", "Tunis"},
    {"Turkey", "TR", "Türkiye|Turkiye|Republic of Türkiye", "Turkish|Turk", "Ankara"},
    {"Turkmenistan", "TM", "", "Turkmen", "Ashgabat"},
    {"Tuvalu", "TV", "", "Tuvaluan", "Funafuti"},
    {"Uganda", "UG", "Republic of Uganda", "Ugandan", "Kampala"},
    {"Ukraine", "UA", "", "Ukrainian", "Kyiv"},
    {"United Arab Emirates", "AE", "UAE|U.A.E.", "Emirati", "Abu Dhabi"},
    {"United Kingdom", "GB", "UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland", "British|Briton|Brit|English|Scottish|Scot|Welsh|Northern Irish", "London"},
    {"United States", "US", "United States of America|USA|U.S.A.|US|U.S.|America", "American", "Washington"},
    {"Uruguay", "UY", "Oriental Republic of Uruguay", "Uruguayan", "Montevideo"},
    {"Uzbekistan", "UZ", "Republic of Uzbekistan", "Uzbek|Uzbekistani", "Tashkent"},
    {"Vanuatu", "VU", "Republic of Vanuatu", "Ni-Vanuatu|Vanuatuan", "Port Vila"},
    {"Vatican City", "VA", "Holy See|Vatican|Vatican City State", "Vatican", "Vatican City"},
    {"Venezuela", "VE", "Bolivarian Republic of Venezuela", "Venezuelan", "Caracas"},
    {"Vietnam", "VN", "Viet Nam|Socialist Republic of Vietnam|Socialist Republic of Viet Nam", "Vietnamese", "Hanoi"},
    {"Yemen", "YE", "Republic of Yemen", "Yemeni", "Sanaa"},
    {"Zambia", "ZM", "Republic of Zambia", "Zambian", "Lusaka"},
    {"Zimbabwe", "ZW", "Republic of Zimbabwe", "Zimbabwean", "Harare"},
    // Observer state Palestine and the Holy See are above; the territories below are not UN
    // members but are reported on as countries.
    {"Taiwan", "TW", "Republic of China|ROC|Chinese Taipei", "Taiwanese", "Taipei"},
    {"Kosovo", "XK", "Republic of Kosovo", "Kosovar|Kosovan", "Pristina"},
    {"Hong Kong", "HK", "Hong Kong SAR|HKSAR|Hong Kong Special Administrative Region", "Hongkonger|Hong Konger", "Hong Kong"},
    {"Macau", "MO", "Macao|Macau SAR|Macao SAR|Macao Special Administrative Region", "Macanese", "Macau"},
});

// Alternative spellings of capitals and seats of government, accepted by country_by_capital().
struct CapitalVariant {
  std::string_view spelling, iso2;
};
constexpr auto kCapitalVariants = std::to_array<CapitalVariant>({
    {"Washington, D.C.", "US"}, {"Washington D.C.", "US"}, {"Washington DC", "US"},
    {"Kiev", "UA"}, {"Nur-Sultan", "KZ"}, {"Naypyitaw", "MM"}, {"Nay Pyi Taw", "MM"},
    {"Brasilia", "BR"}, {"Bogota", "CO"}, {"Asuncion", "PY"}, {"Reykjavik", "IS"},
    {"Yaounde", "CM"}, {"Lome", "TG"}, {"Male", "MV"}, {"Chisinau", "MD"}, {"San Jose", "CR"},
    {"Sao Tome", "ST"}, {"Sana'a", "YE"}, {"Ulan Bator", "MN"}, {"Prishtina", "XK"},
    {"Berne", "CH"}, {"La Paz", "BO"}, {"East Jerusalem", "PS"}, {"Saint John's", "AG"},
    {"Saint George's", "GD"}, {"Tarawa", "KI"}, {"Kotte", "LK"}, {"Port-of-Spain", "TT"},
    {"Ndjamena", "TD"}, {"Luxembourg", "LU"}, {"San Marino", "SM"},
});

// ---------------------------------------------------------------------------------------------
// Cities, provinces, regions and areas often named in news, beyond the capitals (which
// is_city() accepts anyway).

constexpr auto kCities = std::to_array<std::string_view>({
    // China
    "Shanghai", "Guangzhou", "Shenzhen", "Chongqing", "Tianjin", "Wuhan", "Chengdu", "Hangzhou",
    "Nanjing", "Xi'an", "Suzhou", "Harbin", "Shenyang", "Dalian", "Qingdao", "Xiamen", "Kunming",
    "Changsha", "Zhengzhou", "Jinan", "Fuzhou", "Hefei", "Nanning", "Urumqi", "Lhasa", "Guiyang",
    "Lanzhou", "Hohhot", "Sanya", "Haikou", "Dongguan", "Foshan", "Ningbo", "Zhuhai", "Kashgar",
    "Xishuangbanna", "Jinghong", "Yiwu", "Xinjiang", "Tibet", "Inner Mongolia", "Guangdong",
    "Yunnan", "Sichuan", "Hainan", "Fujian", "Zhejiang", "Jiangsu", "Hubei", "Hunan", "Guangxi",
    "Shandong", "Henan", "Hebei", "Heilongjiang", "Jilin", "Liaoning", "Shaanxi", "Shanxi",
    "Gansu", "Qinghai", "Ningxia", "Anhui", "Jiangxi", "Guizhou", "Greater Bay Area",
    "Kaohsiung", "Taichung", "Tainan", "Kinmen",
    // Japan and Korea
    "Osaka", "Kyoto", "Yokohama", "Nagoya", "Sapporo", "Fukuoka", "Kobe", "Hiroshima",
    "Nagasaki", "Sendai", "Okinawa", "Fukushima", "Hokkaido", "Busan", "Incheon", "Daegu",
    "Gwangju", "Jeju", "Kaesong", "Panmunjom",
    // Southeast Asia
    "Ho Chi Minh City", "Saigon", "Da Nang", "Haiphong", "Hai Phong", "Hue", "Nha Trang",
    "Can Tho", "Siem Reap", "Battambang", "Sihanoukville", "Preah Sihanouk", "Kampot", "Kep",
    "Koh Kong", "Kampong Cham", "Kampong Speu", "Kandal", "Takeo", "Kratie", "Poipet",
    "Preah Vihear", "Stung Treng", "Mondulkiri", "Ratanakiri", "Pursat", "Banteay Meanchey",
    "Oddar Meanchey", "Svay Rieng", "Prey Veng", "Tonle Sap", "Angkor", "Luang Prabang",
    "Savannakhet", "Pakse", "Chiang Mai", "Chiang Rai", "Phuket", "Pattaya", "Hat Yai",
    "Mandalay", "Yangon", "Rangoon", "Mawlamyine", "Myawaddy", "Rakhine", "Kachin", "Kayin",
    "Shan State", "Sittwe", "Surabaya", "Bandung", "Medan", "Bali", "Yogyakarta", "Semarang",
    "Makassar", "Papua", "Aceh", "Sumatra", "Java", "Borneo", "Kalimantan", "Nusantara", "Cebu",
    "Davao", "Quezon City", "Mindanao", "Luzon", "Penang", "Johor Bahru", "Putrajaya", "Sabah",
    "Makati", "Iloilo", "Baguio", "Palawan", "Visayas",
    "Sarawak", "Malacca", "Melaka",
    // South Asia
    "Mumbai", "Bombay", "Kolkata", "Calcutta", "Chennai", "Madras", "Bengaluru", "Bangalore",
    "Hyderabad", "Ahmedabad", "Pune", "Jaipur", "Lucknow", "Delhi", "Varanasi", "Amritsar",
    "Srinagar", "Kashmir", "Jammu", "Punjab", "Kerala", "Goa", "Assam", "Manipur", "Ladakh",
    "Karachi", "Lahore", "Peshawar", "Quetta", "Rawalpindi", "Faisalabad", "Balochistan",
    "Khyber Pakhtunkhwa", "Chittagong", "Chattogram", "Cox's Bazar", "Sylhet", "Colombo",
    "Kandy", "Jaffna", "Pokhara", "Kandahar", "Herat", "Mazar-i-Sharif", "Jalalabad", "Kunduz",
    "Gujarat", "Maharashtra", "Rajasthan", "Bihar", "Odisha", "Tamil Nadu", "Karnataka",
    "Telangana", "Andhra Pradesh", "Uttar Pradesh", "West Bengal", "Madhya Pradesh", "Haryana",
    "Uttarakhand", "Himachal Pradesh", "Jharkhand", "Chhattisgarh", "Noida", "Gurgaon",
    "Gurugram", "Thiruvananthapuram", "Trivandrum", "Kochi", "Cochin", "Nagpur", "Indore",
    "Bhopal", "Patna", "Surat", "Mysore", "Mysuru", "Coimbatore", "Visakhapatnam",
    // Middle East and North Africa
    "Dubai", "Sharjah", "Jeddah", "Mecca", "Makkah", "Medina", "Dammam", "Basra", "Mosul",
    "Erbil", "Kirkuk", "Fallujah", "Najaf", "Karbala", "Aleppo", "Homs", "Idlib", "Raqqa",
    "Deir ez-Zor", "Latakia", "Daraa", "Golan Heights", "Tel Aviv", "Haifa", "Eilat", "Gaza",
    "Gaza Strip", "Gaza City", "Khan Younis", "Rafah", "West Bank", "Hebron", "Nablus", "Jenin",
    "Bethlehem", "Tyre", "Sidon", "Isfahan", "Mashhad", "Shiraz", "Tabriz", "Qom", "Natanz",
    "Bushehr", "Aden", "Hodeidah", "Marib", "Taiz", "Istanbul", "Izmir", "Antalya", "Gaziantep",
    "Diyarbakir", "Kurdistan", "Sinai", "Alexandria", "Giza", "Luxor", "Sharm el-Sheikh",
    "Port Said", "Suez", "Benghazi", "Misrata", "Casablanca", "Marrakesh", "Marrakech",
    "Tangier", "Fez", "Oran",
    // Europe
    "Hamburg", "Munich", "Frankfurt", "Cologne", "Stuttgart", "Düsseldorf", "Leipzig",
    "Dresden", "Milan", "Naples", "Turin", "Venice", "Florence", "Genoa", "Palermo",
    "Barcelona", "Valencia", "Seville", "Bilbao", "Catalonia", "Marseille", "Lyon", "Toulouse",
    "Nice", "Strasbourg", "Bordeaux", "Geneva", "Zurich", "Basel", "Davos", "Lausanne",
    "Rotterdam", "The Hague", "Antwerp", "Manchester", "Birmingham", "Liverpool", "Glasgow",
    "Edinburgh", "Belfast", "Cardiff", "Leeds", "Oxford", "Cambridge", "Porto", "Gothenburg",
    "Bergen", "Krakow", "Kraków", "Gdansk", "Wroclaw", "St. Petersburg", "Saint Petersburg",
    "Novosibirsk", "Yekaterinburg", "Kazan", "Vladivostok", "Sochi", "Kaliningrad",
    "Murmansk", "Chechnya", "Grozny", "Siberia", "Donetsk", "Luhansk", "Kharkiv", "Odesa",
    "Odessa", "Mariupol", "Zaporizhzhia", "Kherson", "Lviv", "Dnipro", "Bakhmut", "Crimea",
    "Sevastopol", "Donbas", "Donbass", "Kursk", "Belgorod", "Transnistria", "Abkhazia",
    "South Ossetia", "Nagorno-Karabakh", "Thessaloniki", "Crete", "Sicily", "Sardinia",
    "Corsica", "Bavaria", "Scotland", "Wales", "England", "Northern Ireland", "Greenland",
    "Sheffield", "Bristol", "Newcastle", "Nottingham", "Leicester", "Southampton", "Brighton",
    "Aberdeen", "Dundee", "Yorkshire", "Lancashire", "Essex", "Cornwall", "Devon",
    "Derbyshire", "Cumbria", "Sussex", "Hampshire", "Saxony", "Hesse", "Brandenburg",
    "Andalusia", "Lombardy", "Tuscany", "Normandy", "Brittany", "Provence", "Flanders",
    "Wallonia",
    // Americas
    "New York", "New York City", "Los Angeles", "Chicago", "Houston", "Phoenix",
    "Philadelphia", "San Antonio", "San Diego", "Dallas", "San Francisco", "Seattle", "Boston",
    "Miami", "Atlanta", "Detroit", "Denver", "Las Vegas", "New Orleans", "Minneapolis",
    "Pittsburgh", "Baltimore", "Portland", "Orlando", "Nashville", "Honolulu", "Anchorage",
    "Sacramento", "Silicon Valley", "Wall Street", "Hollywood", "Manhattan", "Brooklyn",
    "Capitol Hill", "Guam", "Puerto Rico", "Hawaii", "Alaska", "California", "Texas",
    "Florida", "Toronto", "Montreal", "Vancouver", "Calgary", "Quebec", "São Paulo",
    "Sao Paulo", "Rio de Janeiro", "Recife", "Manaus", "Córdoba", "Rosario", "Medellín",
    "Medellin", "Cali", "Cartagena", "Guadalajara", "Monterrey", "Tijuana", "Cancún", "Cancun",
    "Ciudad Juárez", "Acapulco", "Valparaíso", "Guayaquil", "Maracaibo", "Patagonia",
    // US states (not "Washington", the capital's row has it) and more US cities; names that are
    // as often a person's ("Austin", "Charlotte", "Columbus", "Cleveland") are left out.
    "Alabama", "Arizona", "Arkansas", "Colorado", "Connecticut", "Delaware", "Idaho",
    "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota",
    "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
    "South Dakota", "Tennessee", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin",
    "Wyoming", "Washington State", "Washington, D.C.", "District of Columbia", "Memphis",
    "Jacksonville", "Indianapolis", "Fort Worth", "El Paso", "Oklahoma City", "Louisville",
    "Milwaukee", "Albuquerque", "Tucson", "Fresno", "Kansas City", "Omaha", "Tampa",
    "St. Louis", "Cincinnati", "Salt Lake City", "Newark", "Oakland", "Long Beach", "Boise",
    "Hartford", "Tulsa", "Wichita", "Des Moines", "Little Rock", "Santa Fe", "Anaheim",
    "Pasadena", "Palo Alto", "Cupertino", "San Jose", "Santa Monica", "Beverly Hills",
    "Fort Lauderdale", "Charleston", "Knoxville", "Ann Arbor", "Bronx", "Harlem",
    "Staten Island", "Long Island", "Jersey City", "Miami Beach",
    // Canadian provinces and cities
    "Ontario", "British Columbia", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
    "Newfoundland", "Edmonton", "Winnipeg", "Halifax",
    // Sub-Saharan Africa
    "Lagos", "Kano", "Ibadan", "Port Harcourt", "Johannesburg", "Cape Town", "Durban",
    "Soweto", "Mombasa", "Kisumu", "Abidjan", "Douala", "Timbuktu", "Goma", "Lubumbashi",
    "Bukavu", "Darfur", "Tigray", "Amhara", "Oromia", "Mekelle", "Dar es Salaam", "Zanzibar",
    "Arusha", "Cabo Delgado", "Sahel", "Port Sudan", "Omdurman", "El Fasher", "Hargeisa",
    "Somaliland", "Puntland", "Bulawayo", "Western Sahara", "Cotonou", "Lobamba",
    // Oceania and Central Asia
    "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Darwin", "Auckland",
    "Christchurch", "Bougainville", "Tahiti", "New Caledonia", "Almaty", "Samarkand", "Bukhara",
    "Queensland", "New South Wales", "Tasmania", "Hobart", "Gold Coast",
    "Osh",
});

// World regions, seas, rivers and straits: places (LOC) that are no polity (GPE).
constexpr auto kRegions = std::to_array<std::string_view>({
    "Middle East", "Southeast Asia", "South Asia", "East Asia", "Central Asia", "Indo-Pacific",
    "Asia-Pacific", "Latin America", "Sub-Saharan Africa", "Horn of Africa", "Balkans",
    "Caucasus", "Scandinavia", "Arctic", "Antarctica", "Mekong", "Mekong Delta", "Lancang",
    "Greater Mekong Subregion", "Golden Triangle", "South China Sea", "East China Sea",
    "Taiwan Strait", "Korean Peninsula", "Persian Gulf", "Red Sea", "Black Sea",
    "Mediterranean", "Strait of Hormuz", "Gulf of Thailand", "Strait of Malacca",
    "Spratly Islands", "Paracel Islands", "Scarborough Shoal", "Senkaku Islands",
});

// ---------------------------------------------------------------------------------------------
// Organisations: name, then '|'-separated aliases (acronyms first). Acronyms that mostly mean
// something else in English news ("NBC" for the National Bank of Cambodia, "TI", "WB") are
// left out.

constexpr auto kOrgRows = std::to_array<OrgRow>({
    // United Nations system
    {"United Nations", "UN|U.N."},
    {"United Nations Security Council", "UNSC|UN Security Council|U.N. Security Council|Security Council"},
    {"United Nations General Assembly", "UNGA|UN General Assembly|U.N. General Assembly|General Assembly"},
    {"World Health Organization", "WHO|World Health Organisation"},
    {"United Nations Educational, Scientific and Cultural Organization", "UNESCO"},
    {"United Nations Children's Fund", "UNICEF"},
    {"Office of the United Nations High Commissioner for Refugees", "UNHCR|UN Refugee Agency|UN refugee agency"},
    {"World Food Programme", "WFP|World Food Program"},
    {"United Nations Development Programme", "UNDP"},
    {"United Nations Environment Programme", "UNEP|UN Environment Programme"},
    {"Food and Agriculture Organization", "FAO"},
    {"International Labour Organization", "ILO|International Labor Organization"},
    {"International Atomic Energy Agency", "IAEA"},
    {"United Nations Relief and Works Agency for Palestine Refugees in the Near East", "UNRWA"},
    {"Office for the Coordination of Humanitarian Affairs", "OCHA|UN OCHA"},
    {"Office of the United Nations High Commissioner for Human Rights", "OHCHR|UN Human Rights Office"},
    {"United Nations Human Rights Council", "UNHRC|UN Human Rights Council|Human Rights Council"},
    {"United Nations Population Fund", "UNFPA"},
    {"UN Women", "United Nations Entity for Gender Equality and the Empowerment of Women"},
    {"United Nations Office on Drugs and Crime", "UNODC"},
    {"United Nations Conference on Trade and Development", "UNCTAD"},
    {"United Nations Framework Convention on Climate Change", "UNFCCC"},
    {"International Maritime Organization", "IMO"},
    {"International Civil Aviation Organization", "ICAO"},
    {"International Telecommunication Union", "ITU"},
    {"World Meteorological Organization", "WMO"},
    {"World Intellectual Property Organization", "WIPO"},
    {"International Organization for Migration", "IOM"},
    {"United Nations Industrial Development Organization", "UNIDO"},
    {"Universal Postal Union", "UPU"},
    {"International Fund for Agricultural Development", "IFAD"},
    {"UN-Habitat", "United Nations Human Settlements Programme"},
    {"Joint United Nations Programme on HIV/AIDS", "UNAIDS"},
    {"World Tourism Organization", "UNWTO|UN Tourism"},
    {"Intergovernmental Panel on Climate Change", "IPCC"},
    {"Economic and Social Commission for Asia and the Pacific", "ESCAP|UNESCAP"},
    {"International Court of Justice", "ICJ|World Court"},
    // Finance and trade
    {"World Trade Organization", "WTO|World Trade Organisation"},
    {"International Monetary Fund", "IMF"},
    {"World Bank", "World Bank Group"},
    {"Asian Development Bank", "ADB"},
    {"Asian Infrastructure Investment Bank", "AIIB"},
    {"New Development Bank", "NDB|BRICS Bank"},
    {"European Central Bank", "ECB"},
    {"Federal Reserve", "Fed|US Federal Reserve|U.S. Federal Reserve|Federal Reserve Board"},
    {"Bank for International Settlements", "BIS"},
    {"Organisation for Economic Co-operation and Development", "OECD|Organization for Economic Cooperation and Development"},
    {"People's Bank of China", "PBOC|PBoC"},
    {"Bank of Japan", "BOJ|BoJ"},
    {"Bank of England", "BoE"},
    {"National Bank of Cambodia", ""},
    {"Regional Comprehensive Economic Partnership", "RCEP"},
    {"Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "CPTPP"},
    {"International Energy Agency", "IEA"},
    {"International Renewable Energy Agency", "IRENA"},
    {"Organization of the Petroleum Exporting Countries", "OPEC"},
    {"OPEC+", "OPEC Plus"},
    // Regional and political groupings
    {"Association of Southeast Asian Nations", "ASEAN|Asean"},
    {"European Union", "EU|E.U."},
    {"European Commission", "EC"},
    {"European Parliament", ""},
    {"European Council", ""},
    {"Council of the European Union", "Council of the EU"},
    {"Council of Europe", "CoE"},
    {"European Court of Human Rights", "ECHR"},
    {"Court of Justice of the European Union", "CJEU|European Court of Justice|ECJ"},
    {"North Atlantic Treaty Organization", "NATO|Nato|North Atlantic Treaty Organisation"},
    {"Group of Seven", "G7|G-7"},
    {"Group of Twenty", "G20|G-20"},
    {"BRICS", ""},
    {"African Union", "AU"},
    {"Shanghai Cooperation Organisation", "SCO|Shanghai Cooperation Organization"},
    {"Asia-Pacific Economic Cooperation", "APEC"},
    {"Mekong River Commission", "MRC"},
    {"Lancang-Mekong Cooperation", "LMC|Lancang-Mekong Cooperation Mechanism"},
    {"Mekong-Lancang Cooperation", "MLC"},
    {"Mekong-U.S. Partnership", "Mekong-US Partnership"},
    {"Arab League", "League of Arab States"},
    {"Gulf Cooperation Council", "GCC"},
    {"Organisation of Islamic Cooperation", "OIC|Organization of Islamic Cooperation"},
    {"Organization of American States", "OAS"},
    {"Economic Community of West African States", "ECOWAS"},
    {"Southern African Development Community", "SADC"},
    {"East African Community", "EAC"},
    {"Intergovernmental Authority on Development", "IGAD"},
    {"Caribbean Community", "CARICOM"},
    {"Mercosur", "Mercosul|Southern Common Market"},
    {"Pacific Islands Forum", "PIF"},
    {"South Asian Association for Regional Cooperation", "SAARC"},
    {"Commonwealth of Nations", "Commonwealth"},
    {"Organization for Security and Co-operation in Europe", "OSCE"},
    {"Quadrilateral Security Dialogue", "Quad"},
    {"AUKUS", ""},
    {"Eurasian Economic Union", "EAEU|EEU"},
    {"Collective Security Treaty Organization", "CSTO"},
    {"East Asia Summit", "EAS"},
    {"Belt and Road Initiative", "BRI|One Belt, One Road"},
    // International courts, NGOs, sport
    {"International Criminal Court", "ICC"},
    {"International Committee of the Red Cross", "ICRC|Red Cross"},
    {"International Federation of Red Cross and Red Crescent Societies", "IFRC"},
    {"Amnesty International", "Amnesty"},
    {"Human Rights Watch", "HRW"},
    {"Médecins Sans Frontières", "MSF|Doctors Without Borders|Medecins Sans Frontieres"},
    {"Greenpeace", ""},
    {"Oxfam", "Oxfam International"},
    {"World Wide Fund for Nature", "WWF|World Wildlife Fund"},
    {"Transparency International", ""},
    {"Reporters Without Borders", "RSF|Reporters Sans Frontières"},
    {"Committee to Protect Journalists", "CPJ"},
    {"International Olympic Committee", "IOC"},
    {"FIFA", "Fédération Internationale de Football Association"},
    {"Interpol", "INTERPOL|International Criminal Police Organization"},
    {"World Economic Forum", "WEF"},
    // Parties, legislatures and state bodies
    {"Communist Party of China", "CPC|CCP|Chinese Communist Party"},
    {"National People's Congress", "NPC"},
    {"Chinese People's Political Consultative Conference", "CPPCC"},
    {"State Council", "State Council of China"},
    {"People's Liberation Army", "PLA"},
    {"Ministry of Foreign Affairs", "MFA|Foreign Ministry"},
    {"Communist Party of Vietnam", "CPV|Vietnamese Communist Party"},
    {"Cambodian People's Party", "CPP"},
    {"Candlelight Party", ""},
    {"National Assembly of Cambodia", "Cambodian National Assembly"},
    {"Royal Cambodian Armed Forces", "RCAF"},
    {"Lao People's Revolutionary Party", "LPRP"},
    {"Tatmadaw", "Myanmar military"},
    {"National League for Democracy", "NLD"},
    {"United States Congress", "Congress|U.S. Congress|US Congress"},
    {"United States Senate", "Senate|U.S. Senate|US Senate"},
    {"United States House of Representatives", "House of Representatives|U.S. House|US House"},
    {"White House", ""},
    {"Pentagon", "Department of Defense|U.S. Department of Defense|Defense Department|DoD"},
    {"Federal Bureau of Investigation", "FBI"},
    {"Central Intelligence Agency", "CIA"},
    {"National Security Agency", "NSA"},
    {"State Department", "Department of State|U.S. State Department|US State Department"},
    {"Department of Homeland Security", "DHS|Homeland Security Department"},
    {"Department of Justice", "DOJ|Justice Department"},
    {"Treasury Department", "Department of the Treasury|U.S. Treasury|US Treasury"},
    {"Supreme Court of the United States", "U.S. Supreme Court|US Supreme Court|SCOTUS"},
    {"Securities and Exchange Commission", "SEC"},
    {"Environmental Protection Agency", "EPA"},
    {"National Aeronautics and Space Administration", "NASA"},
    {"Centers for Disease Control and Prevention", "CDC"},
    {"Food and Drug Administration", "FDA"},
    {"United States Agency for International Development", "USAID"},
    {"Democratic Party", "Democrats"},
    {"Republican Party", "Republicans|GOP"},
    {"Parliament of the United Kingdom", "UK Parliament|British Parliament"},
    {"House of Commons", ""},
    {"House of Lords", ""},
    {"Downing Street", "Number 10|No. 10"},
    {"Kremlin", "The Kremlin"},
    {"State Duma", "Duma"},
    {"Federal Security Service", "FSB"},
    {"Israel Defense Forces", "IDF"},
    {"Mossad", ""},
    {"Islamic Revolutionary Guard Corps", "IRGC|Revolutionary Guards"},
    // Armed groups
    {"Taliban", "The Taliban"},
    {"Hamas", ""},
    {"Hezbollah", "Hizbollah|Hizbullah"},
    {"Islamic State", "ISIS|ISIL|Daesh|Islamic State of Iraq and Syria"},
    {"Al-Qaeda", "al-Qaeda|Al Qaeda|al Qaeda"},
    {"Houthis", "Houthi movement|Ansar Allah"},
    {"Wagner Group", "Wagner"},
    // News organisations
    {"Reuters", ""},
    {"Associated Press", "AP"},
    {"Agence France-Presse", "AFP"},
    {"Xinhua", "Xinhua News Agency"},
    {"British Broadcasting Corporation", "BBC"},
    {"CNN", "Cable News Network"},
    {"Al Jazeera", "Al-Jazeera"},
    {"The New York Times", "New York Times|NYT"},
    {"The Washington Post", "Washington Post"},
    {"The Guardian", "Guardian"},
    {"Bloomberg", "Bloomberg News"},
    {"Financial Times", "FT"},
    {"The Wall Street Journal", "Wall Street Journal|WSJ"},
    {"The Economist", "Economist"},
    {"China Global Television Network", "CGTN"},
    {"China Central Television", "CCTV"},
    {"Global Times", ""},
    {"People's Daily", ""},
    {"China Daily", ""},
    {"Kyodo News", "Kyodo"},
    {"Yonhap", "Yonhap News Agency"},
    {"TASS", ""},
    {"RIA Novosti", ""},
    {"Agence Kampuchea Presse", "AKP"},
    {"Khmer Times", ""},
    {"Phnom Penh Post", "The Phnom Penh Post"},
    {"Nikkei", "Nikkei Asia"},
    {"South China Morning Post", "SCMP"},
    {"Voice of America", "VOA"},
    {"Radio Free Asia", "RFA"},
    {"Deutsche Welle", "DW"},
    {"VnExpress", ""},
    // Companies
    {"Google", ""},
    {"Alphabet", "Alphabet Inc."},
    {"Apple", "Apple Inc."},
    {"Microsoft", ""},
    {"Amazon", "Amazon.com"},
    {"Meta", "Meta Platforms"},
    {"Facebook", ""},
    {"Twitter", ""},
    {"Tesla", ""},
    {"SpaceX", ""},
    {"Nvidia", "NVIDIA"},
    {"Intel", ""},
    {"OpenAI", ""},
    {"Samsung", "Samsung Electronics"},
    {"Taiwan Semiconductor Manufacturing Company", "TSMC"},
    {"Huawei", "Huawei Technologies"},
    {"Alibaba", "Alibaba Group"},
    {"Tencent", ""},
    {"ByteDance", ""},
    {"TikTok", ""},
    {"Baidu", ""},
    {"Xiaomi", ""},
    {"BYD", ""},
    {"Toyota", "Toyota Motor"},
    {"Sony", ""},
    {"Boeing", ""},
    {"Airbus", ""},
    {"ExxonMobil", "Exxon Mobil|Exxon"},
    {"Shell", ""},
    {"BP", ""},
    {"Saudi Aramco", "Aramco"},
    {"Gazprom", ""},
    {"Rosneft", ""},
    {"Goldman Sachs", ""},
    {"JPMorgan Chase", "JPMorgan"},
    {"Morgan Stanley", ""},
    {"HSBC", ""},
    {"BlackRock", ""},
    {"Volkswagen", "VW"},
    {"Walmart", ""},
    {"Pfizer", ""},
    {"Moderna", ""},
    {"Netflix", ""},
    {"IBM", ""},
    {"Oracle", ""},
    {"Qualcomm", ""},
    {"Foxconn", "Hon Hai"},
    {"General Motors", "GM"},
    {"Ford Motor Company", "Ford Motor"},
    {"Stellantis", ""},
    {"Renault", ""},
    {"Nissan", ""},
    {"Honda", "Honda Motor"},
    {"Hyundai", "Hyundai Motor"},
    {"BMW", ""},
    {"Mercedes-Benz", ""},
    {"Daimler", ""},
    {"Siemens", ""},
    {"BASF", ""},
    {"Bayer", ""},
    {"Nestlé", "Nestle"},
    {"Unilever", ""},
    {"Procter & Gamble", "P&G"},
    {"Johnson & Johnson", ""},
    {"PepsiCo", ""},
    {"Starbucks", ""},
    {"Nike", ""},
    {"Adidas", ""},
    {"IKEA", ""},
    {"Toshiba", ""},
    {"Panasonic", ""},
    {"Hitachi", ""},
    {"Mitsubishi", ""},
    {"SoftBank", ""},
    {"Nintendo", ""},
    {"SK Hynix", ""},
    {"TotalEnergies", ""},
    {"Chevron", ""},
    {"ConocoPhillips", ""},
    {"Petrobras", ""},
    {"PetroChina", ""},
    {"Sinopec", ""},
    {"CNOOC", ""},
    {"Equinor", ""},
    {"Glencore", ""},
    {"Rio Tinto", ""},
    {"BHP", ""},
    {"ArcelorMittal", ""},
    {"Maersk", ""},
    {"FedEx", ""},
    {"DHL", ""},
    {"Lufthansa", ""},
    {"Qatar Airways", ""},
    {"Singapore Airlines", ""},
    {"Air France", ""},
    {"British Airways", ""},
    {"Delta Air Lines", ""},
    {"United Airlines", ""},
    {"American Airlines", ""},
    {"Ryanair", ""},
    {"Uber", ""},
    {"Airbnb", ""},
    {"Mastercard", ""},
    {"Citigroup", "Citi"},
    {"Bank of America", ""},
    {"Wells Fargo", ""},
    {"Barclays", ""},
    {"Deutsche Bank", ""},
    {"UBS", ""},
    {"Credit Suisse", ""},
    {"BNP Paribas", ""},
    {"Berkshire Hathaway", ""},
    {"Salesforce", ""},
    {"Cisco", "Cisco Systems"},
    {"AMD", "Advanced Micro Devices"},
    {"ASML", ""},
    {"Spotify", ""},
    {"Anthropic", ""},
    {"DeepMind", "Google DeepMind"},
    // Broadcasters and newspapers beyond the agencies above
    {"Fox News", ""},
    {"CBS", "CBS News"},
    {"NPR", "National Public Radio"},
    {"Sky News", ""},
    {"Le Monde", ""},
    {"Der Spiegel", "Spiegel"},
    {"Politico", ""},
    {"The Hindu", ""},
    {"Times of India", "The Times of India"},
    {"The Straits Times", "Straits Times"},
    {"Bangkok Post", ""},
    {"Jakarta Post", "The Jakarta Post"},
    {"Asahi Shimbun", ""},
    {"Yomiuri Shimbun", ""},
    {"Haaretz", ""},
    // Universities and research
    {"Harvard University", "Harvard"},
    {"Stanford University", "Stanford"},
    {"Massachusetts Institute of Technology", "MIT"},
    {"University of Oxford", "Oxford University"},
    {"University of Cambridge", "Cambridge University"},
    {"Yale University", "Yale"},
    {"Princeton University", ""},
    {"Columbia University", ""},
    {"Tsinghua University", "Tsinghua"},
    {"Peking University", ""},
    {"National University of Singapore", "NUS"},
    {"Royal University of Phnom Penh", "RUPP"},
    {"Brookings Institution", "Brookings"},
    {"RAND Corporation", "RAND"},
    {"Council on Foreign Relations", ""},
    {"Chatham House", ""},
    {"Bill & Melinda Gates Foundation", "Gates Foundation"},
    {"Save the Children", ""},
    {"International Rescue Committee", ""},
    // Sport
    {"UEFA", ""},
    {"National Basketball Association", "NBA"},
    {"National Football League", "NFL"},
    {"Major League Baseball", "MLB"},
    {"Manchester United", ""},
    {"Real Madrid", ""},
});

// ---------------------------------------------------------------------------------------------
// Government, military, corporate and royal titles as they appear before a name.

constexpr auto kTitles = std::to_array<std::string_view>({
    "President", "Vice President", "Vice-President", "Acting President", "President-elect",
    "Deputy President", "Prime Minister", "Deputy Prime Minister", "Acting Prime Minister",
    "Prime Minister-designate", "Premier", "Vice Premier", "Chancellor", "Vice Chancellor",
    "Minister", "Deputy Minister", "Senior Minister", "Minister of State", "Minister Delegate",
    "Foreign Minister", "Deputy Foreign Minister", "Minister of Foreign Affairs",
    "Deputy Minister of Foreign Affairs", "Minister for Foreign Affairs",
    "Minister of Foreign Affairs and International Cooperation",
    "Minister of Foreign Affairs and Trade", "Secretary of State", "Deputy Secretary of State",
    "Assistant Secretary of State", "Under Secretary of State", "Foreign Secretary",
    "Home Secretary", "Defense Secretary", "Defence Secretary", "Secretary of Defense",
    "Defense Minister", "Defence Minister", "Minister of Defense", "Minister of Defence",
    "Minister of National Defense", "Minister of National Defence", "Interior Minister",
    "Minister of Interior", "Minister of the Interior", "Finance Minister",
    "Minister of Finance", "Minister of Economy and Finance", "Treasury Secretary",
    "Secretary of the Treasury", "Chancellor of the Exchequer", "Trade Minister",
    "Minister of Commerce", "Commerce Minister", "Commerce Secretary", "Health Minister",
    "Minister of Health", "Health Secretary", "Education Minister", "Minister of Education",
    "Justice Minister", "Minister of Justice", "Attorney General", "Energy Minister",
    "Minister of Mines and Energy", "Environment Minister", "Minister of Environment",
    "Agriculture Minister", "Minister of Agriculture", "Information Minister",
    "Minister of Information", "Labour Minister", "Labor Secretary", "Transport Minister",
    "Tourism Minister", "Minister of Tourism", "Cabinet Secretary", "Chief Cabinet Secretary",
    "Chief of Staff", "National Security Adviser", "National Security Advisor", "Ambassador",
    "Deputy Ambassador", "Envoy", "Special Envoy", "Consul General", "Spokesperson",
    "Spokesman", "Spokeswoman", "Foreign Ministry Spokesperson", "Government Spokesperson",
    "Press Secretary", "Secretary-General", "Deputy Secretary-General",
    "Under-Secretary-General", "Secretary General", "General Secretary", "Director-General",
    "Director General", "Director", "Executive Director", "Commissioner", "High Commissioner",
    "High Representative", "Governor", "Deputy Governor", "Lieutenant Governor",
    "Provincial Governor", "Central Bank Governor", "Mayor", "Deputy Mayor", "Senator",
    "Representative", "Congressman", "Congresswoman", "Speaker", "Speaker of the House",
    "Member of Parliament", "Lawmaker", "Chief Justice", "Justice", "Judge", "Prosecutor",
    "Chief Prosecutor", "Attorney", "King", "Queen", "Queen Mother", "Crown Prince", "Prince",
    "Princess", "Emperor", "Empress", "Sultan", "Emir", "Pope", "Supreme Leader", "Ayatollah",
    "Grand Ayatollah", "Chairman", "Chairwoman", "Chair", "Chairperson", "Vice Chairman",
    "Vice-Chairman", "Chief Executive", "Chief Executive Officer", "CEO", "CFO", "COO", "CTO",
    "Chief Financial Officer", "Chief Operating Officer", "Founder", "Co-founder",
    "Managing Director", "State Councilor", "State Councillor", "Party Secretary",
    "Party Chief", "General", "Lieutenant General", "Major General", "Brigadier General",
    "Colonel", "Lieutenant Colonel", "Major", "Captain", "Lieutenant", "Sergeant", "Admiral",
    "Vice Admiral", "Rear Admiral", "Field Marshal", "Marshal", "Commander",
    "Commander-in-Chief", "Chief of General Staff", "Police Chief", "Police Commissioner",
    "Chief Minister", "First Minister", "First Lady", "Head of State", "Head of Government",
});

// ---------------------------------------------------------------------------------------------
// Honorifics, courtesy titles and abbreviated ranks that precede a name.

constexpr auto kHonorifics = std::to_array<std::string_view>({
    "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Mx.", "Dr.", "Dr", "Prof.", "Prof",
    "Professor", "H.E.", "His Excellency", "Her Excellency", "Excellency", "Sir", "Dame",
    "Lord", "Lady", "Sheikh", "Sheikha", "Shaikh", "Rev.", "Rev", "Reverend", "Fr.", "Hon.",
    "Honourable", "Honorable", "Rt. Hon.", "Right Honourable", "Madam", "Madame", "Mme",
    "Mme.", "Monsieur", "Herr", "Frau", "Señor", "Señora", "Sr.", "Sra.", "Don", "Doña",
    "Samdech", "Samdech Techo", "Samdech Akka Moha Sena Padei Techo", "Oknha", "Neak Oknha",
    "Lok", "Lok Chumteav", "Datuk", "Dato'", "Dato", "Datin", "Datuk Seri", "Dato' Sri",
    "Tan Sri", "Puan Sri", "Tun", "Toh Puan", "Haji", "Hajji", "Hajjah", "Imam", "Rabbi",
    "Pak", "Bapak", "Bu", "Ibu", "Khun", "U", "Daw", "Ven.", "Venerable",
    "Bhante", "Gen.", "Lt.", "Lt. Gen.", "Maj. Gen.", "Brig. Gen.", "Col.", "Lt. Col.",
    "Maj.", "Capt.", "Adm.", "Sgt.", "Cmdr.", "Gov.", "Sen.", "Rep.", "Pres.", "Amb.",
    "Supt.", "Insp.",
});

// ---------------------------------------------------------------------------------------------
// Given names. Diacritic-free spellings are listed next to accented ones where both are common.

constexpr auto kFirstNames = std::to_array<std::string_view>({
    // English
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven",
    "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald",
    "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan",
    "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory",
    "Alexander", "Frank", "Patrick", "Raymond", "Jack", "Dennis", "Jerry", "Tyler", "Aaron",
    "Henry", "Adam", "Peter", "Nathan", "Zachary", "Kyle", "Walter", "Harold", "Jeremy",
    "Ethan", "Carl", "Keith", "Roger", "Gerald", "Christian", "Terry", "Sean", "Arthur",
    "Noah", "Lawrence", "Jesse", "Joe", "Bryan", "Billy", "Jordan", "Albert", "Dylan", "Bruce",
    "Alan", "Logan", "Wayne", "Ralph", "Roy", "Eugene", "Randy", "Vincent", "Russell", "Louis",
    "Philip", "Bobby", "Johnny", "Bradley", "Keir", "Rishi", "Tony", "Gordon", "Kamala",
    "Hillary", "Barack", "Mike", "Ted", "Bernie", "Mitch", "Jim", "Bill", "Bob", "Tom", "Tim",
    "Dan", "Ben", "Sam", "Steve", "Chris", "Matt", "Nick", "Pete", "Jeff", "Greg", "Ron",
    "Rick", "Jake", "Chuck", "Elizabeth", "Mary", "Patricia", "Jennifer", "Linda", "Barbara",
    "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra",
    "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Dorothy",
    "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Cynthia", "Kathleen", "Amy",
    "Shirley", "Brenda", "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine",
    "Christine", "Rachel", "Catherine", "Janet", "Ruth", "Heather", "Julie", "Joyce",
    "Victoria", "Olivia", "Kelly", "Christina", "Lauren", "Joan", "Evelyn", "Judith", "Megan",
    "Andrea", "Hannah", "Jacqueline", "Martha", "Gloria", "Teresa", "Ann", "Frances",
    "Kathryn", "Abigail", "Alice", "Judy", "Sophia", "Grace", "Denise", "Amber", "Diana",
    "Natalie", "Charlotte", "Kate", "Liz", "Theresa", "Jacinda", "Penny", "Chrystia",
    "Justine", "Jagmeet",
    // Chinese (pinyin given names)
    "Jinping", "Keqiang", "Xiaoping", "Zemin", "Jintao", "Yi", "Qiang", "Wei", "Jing", "Ming",
    "Hua", "Jun", "Lei", "Xin", "Yan", "Hui", "Ying", "Fang", "Hong", "Jian", "Jie", "Tao",
    "Bo", "Chao", "Gang", "Hao", "Peng", "Ping", "Zhen", "Mei", "Xiu", "Yun", "Feng", "Kai",
    "Qing", "Rui", "Wen", "Yong", "Xiaoming", "Zhiqiang", "Guoqiang", "Jianguo", "Yanan",
    "Huning", "Zhaoxing", "Chunying", "Ning", "Kang", "Lijian", "Wenbin", "Jiayi", "Zihan",
    "Haoran", "Yuxuan", "Xinyi",
    // Khmer
    "Sokha", "Sophea", "Chenda", "Dara", "Vanna", "Sopheap", "Bopha", "Sothea", "Rithy",
    "Vuthy", "Sokhom", "Kosal", "Pisey", "Veasna", "Visal", "Sovann", "Sopheak", "Sreymom",
    "Sokunthea", "Kanha", "Makara", "Manet", "Manith", "Sokhonn", "Sophal", "Sokhen",
    "Chanthol", "Sothy", "Vichet", "Sambath", "Samnang", "Kimsan", "Channy",
    "Sreyleak", "Bunthoeun", "Rathana", "Vibol",
    // Vietnamese
    "Anh", "Minh", "Hung", "Dung", "Linh", "Huong", "Thanh", "Tuan", "Hai", "Nam", "Phuong",
    "Trang", "Hoa", "Quang", "Duc", "Thao", "Ngoc", "Trong", "Phuc", "Chinh", "Tam", "Hieu",
    "Khoa", "Vinh", "Binh", "Cuong", "Thuy", "Hanh", "Lam", "Xuan", "Thuong",
    // Indonesian, Malay, Thai, Filipino, Burmese
    "Joko", "Prabowo", "Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Bambang", "Sri",
    "Retno", "Megawati", "Susilo", "Adi", "Eko", "Wahyu", "Indah", "Ayu", "Gibran", "Anies",
    "Ganjar", "Rini", "Fitri", "Hadi", "Anwar", "Mahathir", "Najib", "Muhyiddin", "Somchai",
    "Somsak", "Prayut", "Srettha", "Paetongtarn", "Thaksin", "Yingluck", "Anutin", "Pita",
    "Somporn", "Malee", "Rodrigo", "Ferdinand", "Leni", "Corazon", "Aung", "Kyaw", "Min",
    "Thein", "Zaw", "Htun",
    // Arabic, Persian, Turkish, Hebrew
    "Mohammed", "Muhammad", "Mohamed", "Mohammad", "Ahmed", "Ahmad", "Ali", "Omar", "Umar",
    "Hassan", "Hussein", "Ibrahim", "Khalid", "Khaled", "Abdullah", "Abdul", "Mahmoud",
    "Mustafa", "Mostafa", "Youssef", "Yusuf", "Karim", "Tariq", "Samir", "Nabil", "Walid",
    "Hamad", "Salman", "Faisal", "Fahd", "Saad", "Rashid", "Saeed", "Fatima", "Aisha",
    "Maryam", "Mariam", "Layla", "Leila", "Noor", "Nour", "Zainab", "Huda", "Amina", "Salma",
    "Yasmin", "Rania", "Hanan", "Bashar", "Hafez", "Jamal", "Nasser", "Adel", "Amr", "Ayman",
    "Osama", "Ismail", "Bilal", "Hamza", "Majid", "Mansour", "Tamim", "Zayed", "Abbas",
    "Ebrahim", "Masoud", "Javad", "Hossein", "Reza", "Mohsen", "Narges", "Shirin", "Zahra",
    "Mahsa", "Amir", "Recep", "Tayyip", "Mehmet", "Ahmet", "Emine", "Ayşe", "Ayse", "Fatma",
    "Kemal", "Hakan", "Ekrem", "Murat", "Yitzhak", "Moshe", "Avi", "Ariel", "Eitan", "Yoav",
    "Gideon", "Tzipi", "Golda", "Shimon", "Ehud", "Benny", "Yair", "Naftali", "Isaac",
    // South Asian
    "Narendra", "Rahul", "Amit", "Raj", "Rajesh", "Suresh", "Ramesh", "Sanjay", "Vijay",
    "Anil", "Sunil", "Arvind", "Manmohan", "Sonia", "Priya", "Priyanka", "Anjali", "Deepak",
    "Pooja", "Sunita", "Lakshmi", "Arun", "Vikram", "Ravi", "Kiran", "Nitin", "Nirmala",
    "Ajit", "Mamata", "Ashok", "Gautam", "Mukesh", "Ratan", "Indira", "Rajiv", "Shashi",
    "Neha", "Aditya", "Rohit", "Virat", "Sachin", "Imran", "Nawaz", "Shehbaz", "Benazir",
    "Asif", "Bilawal", "Hasina", "Khaleda", "Ranil", "Gotabaya", "Mahinda", "Anura",
    // Spanish and Portuguese
    "José", "Jose", "Juan", "Carlos", "Luis", "Luiz", "Miguel", "Pedro", "Jorge", "Javier",
    "Manuel", "Antonio", "Francisco", "Alejandro", "Fernando", "Diego", "Pablo", "Andrés",
    "Andres", "Rafael", "Ricardo", "Sergio", "Gustavo", "Nicolás", "Nicolas", "Gabriel",
    "María", "Maria", "Ana", "Carmen", "Isabel", "Laura", "Lucía", "Lucia", "Sofía", "Sofia",
    "Gabriela", "Claudia", "Jair", "Dilma", "Cristina", "Alberto", "Mauricio", "Evo", "Hugo",
    "Felipe", "Gonzalo", "Raúl", "Raul", "Xiomara", "Javiera", "Inácio", "Lula",
    // Russian, Ukrainian and other Slavic
    "Vladimir", "Dmitry", "Dmitri", "Sergei", "Sergey", "Alexei", "Alexey", "Andrei",
    "Andrey", "Mikhail", "Nikolai", "Ivan", "Yuri", "Igor", "Oleg", "Pavel", "Viktor", "Boris",
    "Anatoly", "Yevgeny", "Evgeny", "Maxim", "Olga", "Natalia", "Natalya", "Tatiana",
    "Tatyana", "Elena", "Yelena", "Irina", "Svetlana", "Anna", "Ekaterina", "Yekaterina",
    "Valentina", "Lyudmila", "Volodymyr", "Oleksandr", "Oleksiy", "Petro", "Yulia", "Vitali",
    "Ramzan", "Lech", "Andrzej", "Mateusz", "Jarosław", "Aleksandar", "Zoran", "Tomislav",
    "Milos", "Nikol", "Ilham", "Kassym-Jomart", "Shavkat", "Emomali", "Serdar", "Sadyr",
    // German, French, Italian, Dutch, Nordic
    "Olaf", "Angela", "Friedrich", "Frank-Walter", "Annalena", "Markus", "Wolfgang", "Helmut",
    "Gerhard", "Ursula", "Emmanuel", "Jean", "Marie", "Pierre", "François", "Francois",
    "Jacques", "Michel", "Marine", "Philippe", "Élisabeth", "Elisabeth", "Giorgia", "Mario",
    "Matteo", "Silvio", "Giuseppe", "Giovanni", "Paolo", "Francesca", "Giulia", "Marco",
    "Luca", "Alessandro", "Lars", "Erik", "Anders", "Mette", "Sanna", "Jens",
    "Magnus", "Ingrid", "Sven", "Ulf", "Stefan", "Jonas", "Karin",
    // African
    "Cyril", "Thabo", "Nelson", "Uhuru", "Raila", "Yoweri", "Abiy", "Bola", "Muhammadu",
    "Goodluck", "Olusegun", "Ngozi", "Emeka", "Chidi", "Adebayo", "Kwame", "Kofi", "Nana",
    "Ama", "Abena", "Yaw", "Kwabena", "Samia", "Hage", "Emmerson", "Félix", "Felix", "Denis",
    "Macky", "Bassirou", "Ousmane", "Mamadou", "Moussa", "Amadou", "Assimi", "Aminata",
    "Fatou", "Mariama", "Oumar", "Idriss", "Mahamat", "Paul-Henri", "Jakaya", "Ellen",
    // Japanese and Korean
    "Shinzo", "Fumio", "Shigeru", "Yoshihide", "Taro", "Hiroshi", "Takeshi", "Kenji", "Yuki",
    "Yoko", "Haruki", "Akira", "Naomi", "Sanae", "Koichi", "Ichiro", "Kenta", "Shota",
    "Sakura", "Yui", "Hina", "Yoshimasa", "Suk-yeol", "Jae-in", "Jae-myung", "Jong-un",
    "Yo-jong", "Min-jun", "Seo-yeon", "Ji-hoon", "Ji-woo", "Hyun-woo", "Min-ji", "Geun-hye",
    "Ki-moon",
});

// ---------------------------------------------------------------------------------------------
// Packed public tables.

constexpr std::size_t country_field_total() {
  std::size_t n = 0;
  for (const auto& r : kCountryRows) n += field_count(r.aliases) + field_count(r.demonyms);
  return n;
}

constexpr auto kCountryFields = [] {
  std::array<std::string_view, country_field_total()> out{};
  std::size_t k = 0;
  for (const auto& r : kCountryRows) {
    split_into(r.aliases, out, k);
    split_into(r.demonyms, out, k);
  }
  return out;
}();

constexpr auto kCountries = [] {
  std::array<Country, kCountryRows.size()> out{};
  std::size_t k = 0;
  for (std::size_t i = 0; i < kCountryRows.size(); ++i) {
    const auto& r = kCountryRows[i];
    const std::size_t na = field_count(r.aliases);
    const std::size_t nd = field_count(r.demonyms);
    out[i].name = r.name;
    out[i].iso2 = r.iso2;
    out[i].aliases = std::span<const std::string_view>(kCountryFields.data() + k, na);
    k += na;
    out[i].demonyms = std::span<const std::string_view>(kCountryFields.data() + k, nd);
    k += nd;
    out[i].capital = r.capital;
  }
  return out;
}();

constexpr std::size_t org_field_total() {
  std::size_t n = 0;
  for (const auto& r : kOrgRows) n += field_count(r.aliases);
  return n;
}

constexpr auto kOrgFields = [] {
  std::array<std::string_view, org_field_total()> out{};
  std::size_t k = 0;
  for (const auto& r : kOrgRows) split_into(r.aliases, out, k);
  return out;
}();

constexpr auto kOrganizations = [] {
  std::array<Organization, kOrgRows.size()> out{};
  std::size_t k = 0;
  for (std::size_t i = 0; i < kOrgRows.size(); ++i) {
    const std::size_t na = field_count(kOrgRows[i].aliases);
    out[i].name = kOrgRows[i].name;
    out[i].aliases = std::span<const std::string_view>(kOrgFields.data() + k, na);
    k += na;
  }
  return out;
}();

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

template <std::size_t N>
Index make_set(const std::array<std::string_view, N>& words) {
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
    const auto all = std::span<const Country>(kCountries);
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
    for (const auto& v : kCapitalVariants) {
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
  return i == Index::kMissing ? nullptr : &kCountries[i];
}

const Index& city_index() {
  static const Index index = [] {
    Index built;
    for (const auto& c : kCountries) built.add(c.capital, 0);
    for (const auto& v : kCapitalVariants) built.add(v.spelling, 0);
    for (const auto c : kCities) built.add(c, 0);
    built.finish();
    return built;
  }();
  return index;
}

const Index& region_index() {
  static const Index index = make_set(kRegions);
  return index;
}

const Index& org_index() {
  static const Index index = [] {
    Index built;
    for (std::uint32_t i = 0; i < kOrganizations.size(); ++i) {
      built.add(kOrganizations[i].name, i);
      for (const auto a : kOrganizations[i].aliases) built.add(a, i);
    }
    built.finish();
    return built;
  }();
  return index;
}

const Index& title_index() {
  static const Index index = make_set(kTitles);
  return index;
}

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

const Index& title_word_index() {
  static const Index index = [] {
    Index built;
    const auto add_word = [&built](std::string_view w) {
      if (!w.empty() && is_upper_ascii(w.front())) built.add(w, 0);
    };
    for (const auto title : kTitles) {
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
  static const Index index = make_set(kHonorifics);
  return index;
}

const Index& first_name_index() {
  static const Index index = make_set(kFirstNames);
  return index;
}

}  // namespace

std::span<const Country> countries() { return kCountries; }

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
std::span<const std::string_view> cities() { return kCities; }
bool is_region(std::string_view s) { return region_index().contains(s); }
bool is_known_name(std::string_view s) {  // is_city() holds every capital and its variants
  return country_by_name(s) || is_city(s) || is_region(s) || organization_by_name(s);
}
std::span<const std::string_view> regions() { return kRegions; }

std::span<const Organization> organizations() { return kOrganizations; }

const Organization* organization_by_name(std::string_view s) {
  const std::uint32_t i = org_index().find(s);
  return i == Index::kMissing ? nullptr : &kOrganizations[i];
}

std::span<const std::string_view> government_titles() { return kTitles; }
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

std::span<const std::string_view> honorifics() { return kHonorifics; }
bool is_honorific(std::string_view w) { return honorific_index().contains(w); }
bool is_honorific_outside_name(std::string_view w) { return w != "Don" && is_honorific(w); }

std::span<const std::string_view> person_first_names() { return kFirstNames; }
bool is_first_name(std::string_view w) { return first_name_index().contains(w); }

}  // namespace kg::extract::gazetteer
