// Training data for the NER model: GUM entities and WordNet names (ner_trainer.h).
#include "extract/train/ner_trainer.h"

#include <algorithm>
#include <array>
#include <map>
#include <fstream>
#include <random>
#include <sstream>
#include <unordered_map>

#include "extract/iob2.h"
#include "extract/ner/gazetteer.h"
#include "extract/train/treebank.h"

namespace kg::extract {
namespace {


struct OpenMention {
  std::string group;
  std::uint32_t first;
  int type;    // -1: not a PER/ORG/LOC mention
  bool named;  // has a Wikipedia identity
  std::string minspan;  // head token positions inside the span, 1-based, comma-separated
};

// Parses the Entity= value of one word: openings "(GRP-etype-...-[identity]" and
// closings "GRP)". Calls open(group, type_or_-1) and close(group) in order.
template <typename Open, typename Close>
void parse_entity_field(std::string_view v, Open open, Close close) {
  std::size_t i = 0;
  while (i < v.size()) {
    if (v[i] == '(') {
      std::size_t j = i + 1;
      while (j < v.size() && v[j] != '(' && v[j] != ')') ++j;
      const std::string_view body = v.substr(i + 1, j - i - 1);
      // fields: GRP-etype-infstat-salience-centering-minspan-link[-identity]
      std::vector<std::string_view> f;
      std::size_t b = 0;
      for (int k = 0; k < 7 && b <= body.size(); ++k) {
        std::size_t e = body.find('-', b);
        if (e == std::string_view::npos) e = body.size();
        f.push_back(body.substr(b, e - b));
        b = e + 1;
      }
      const bool named = b < body.size();  // an identity follows the seven fields
      int type = -1;
      if (f.size() >= 2) {
        if (f[1] == "person") type = 0;
        else if (f[1] == "organization") type = 1;
        else if (f[1] == "place") type = 2;
      }
      open(std::string(f.empty() ? std::string_view() : f[0]), type, named, std::string(f.size() >= 6 ? f[5] : std::string_view()));
      if (j < v.size() && v[j] == ')') {  // "(…)" on one token: closes at once
        close(std::string(f.empty() ? std::string_view() : f[0]));
        ++j;
      }
      i = j;
    } else {
      std::size_t j = i;
      while (j < v.size() && v[j] != ')' && v[j] != '(') ++j;
      if (j < v.size() && v[j] == ')') {
        close(std::string(v.substr(i, j - i)));
        ++j;
      }
      i = j;
    }
  }
}

std::string_view misc_value(std::string_view misc, std::string_view key) {
  std::size_t b = 0;
  while (b < misc.size()) {
    std::size_t e = misc.find('|', b);
    if (e == std::string_view::npos) e = misc.size();
    const std::string_view item = misc.substr(b, e - b);
    if (item.size() > key.size() && item.substr(0, key.size()) == key && item[key.size()] == '=')
      return item.substr(key.size() + 1);
    b = e + 1;
  }
  return {};
}

bool is_pronoun(std::string_view f) {
  static const std::array<std::string_view, 24> kPronouns = {
      "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs",
      "i", "me", "my", "we", "us", "our", "you", "your", "himself", "herself", "itself", "themselves"};
  std::string l(f);
  for (char& c : l) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return std::find(kPronouns.begin(), kPronouns.end(), l) != kPronouns.end();
}

bool possessive_form(std::string_view f) { return f == "'s" || f == "\u2019s"; }

// Words that may join two proper nouns inside a name ("University of Chicago", "Coca - Cola").
bool name_connector(std::string_view f) {
  return f == "of" || f == "and" || f == "&" || f == "the" || f == "de" || f == "-" || f == "del" || f == "da" ||
         f == "von" || f == "van" || f == "la" || f == "le" || f == "du" || f == "y" || f == "for" || f == "on";
}

// What a GUM word can be in a name: a proper noun, or a capitalised word of another part
// of speech that names often hold ("United" VERB, "European" ADJ, "II" NUM).
enum class NameWord : std::uint8_t { kNo, kProper, kCapitalised };

NameWord name_word(std::string_view form, std::string_view upos) {
  if (upos == "PROPN") return NameWord::kProper;
  const bool cap = !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
  if (cap && (upos == "ADJ" || upos == "VERB" || upos == "NUM" || upos == "X" || upos == "NOUN"))
    return NameWord::kCapitalised;
  return NameWord::kNo;
}

// The proper-name part of a GUM mention [first, last] the way UNER annotates names: the
// run of PROPN words (joined by connectors) around the first head word that is a PROPN,
// grown over the capitalised words of other parts of speech that are head words too
// ("the United States": minimal span "United States", "United" tagged VERB).
// Returns false when no head word is a PROPN ("the city", "he", "the Pope").
bool proper_name_span(const Document& doc, const std::vector<NameWord>& words, std::uint32_t first,
                      std::uint32_t last, std::string_view minspan, std::uint32_t& b, std::uint32_t& e) {
  std::vector<std::uint32_t> heads;  // document token indices of the head words
  std::size_t p = 0;
  while (p < minspan.size()) {
    std::size_t q = minspan.find(',', p);
    if (q == std::string_view::npos) q = minspan.size();
    std::uint32_t k = 0;
    for (char c : minspan.substr(p, q - p)) k = c >= '0' && c <= '9' ? k * 10 + static_cast<std::uint32_t>(c - '0') : k;
    p = q + 1;
    if (k > 0 && first + k - 1 <= last) heads.push_back(first + k - 1);
  }
  auto proper = [&](std::uint32_t i) {
    return words[i] == NameWord::kProper ||
           (words[i] == NameWord::kCapitalised && std::find(heads.begin(), heads.end(), i) != heads.end());
  };
  for (const std::uint32_t h : heads) {
    if (words[h] != NameWord::kProper) continue;
    b = e = h;
    for (;;) {
      if (b > first && proper(b - 1)) --b;
      else if (b > first + 1 && proper(b - 2) && name_connector(doc.form(doc.tokens[b - 1]))) b -= 2;
      else break;
    }
    for (;;) {
      if (e < last && proper(e + 1)) ++e;
      else if (e + 1 < last && proper(e + 2) && name_connector(doc.form(doc.tokens[e + 1]))) e += 2;
      else break;
    }
    ++e;
    return true;
  }
  return false;
}

// GUM tags some name words as other parts of speech ("United" VERB in "the United States",
// "Saudi" ADJ in "Saudi Arabia"), so the PROPN run misses them. Grows [b, e) to the left by
// one or two capitalised words of the mention (from `first`) when the longer text is a
// country, city or organisation of the gazetteer; UNER annotates the whole name.
void extend_to_known_name(const Document& doc, std::uint32_t first, std::uint32_t& b, std::uint32_t e) {
  auto capitalised = [&](std::uint32_t i) {
    const std::string_view f = doc.form(doc.tokens[i]);
    return !f.empty() && f[0] >= 'A' && f[0] <= 'Z';
  };
  auto known = [&](std::uint32_t from) {
    const std::string_view name =
        std::string_view(doc.text).substr(doc.tokens[from].begin, doc.tokens[e - 1].end - doc.tokens[from].begin);
    return gazetteer::is_known_name(name);
  };
  for (std::uint32_t k = 1; k <= 2 && b >= first + k; ++k) {
    if (!capitalised(b - k)) return;
    if (known(b - k)) { b -= k; return; }
  }
}

// UNER's conventions on a GUM name span [b, e) of type `type` (0 person): a person's titles
// and honorifics are not part of the name ("Professor Lunre" → "Lunre"), and a title alone
// ("the Secretary", "the Emperor") or a one-word nationality of the demonym list
// ("Americans") is no name. Returns false when nothing is left.
bool uner_name_convention(const Document& doc, int type, std::uint32_t& b, std::uint32_t e) {
  auto title = [&](std::uint32_t i) {
    const std::string_view f = doc.form(doc.tokens[i]);
    return gazetteer::is_title_word(f) || gazetteer::is_honorific(f);
  };
  if (type == 0) {
    while (b < e && title(b)) ++b;
    if (b == e) return false;
  }
  if (e - b == 1 && gazetteer::country_by_demonym(doc.form(doc.tokens[b]))) return false;
  return true;
}

bool trim_word(std::string_view f) {
  const auto c = static_cast<unsigned char>(f[0]);
  return (c >= 'a' && c <= 'z') || (!std::isalnum(c) && c < 0x80) || f == "'s" || f == "\u2019s";
}

}  // namespace

Status read_gum(std::istream& in, const std::string& name, bool include_nc, const DocumentSink& sink,
                ReadReport& report, std::size_t& left_out, bool include_unlinked, bool coreference);

Status read_gum_named_entities(std::istream& in, const std::string& name, bool include_nc, const DocumentSink& sink,
                               ReadReport& report, std::size_t& left_out, bool include_unlinked) {
  return read_gum(in, name, include_nc, sink, report, left_out, include_unlinked, false);
}

Status read_named_entity_file(std::istream& in, const std::string& name, bool include_noncommercial,
                              const DocumentSink& sink, ReadReport& report, std::size_t& left_out) {
  const bool conllu = name.ends_with(".conllu"), iob2 = name.ends_with(".iob2");
  if (conllu) return read_gum_named_entities(in, name, include_noncommercial, sink, report, left_out);
  bool columns = false;
  if (!iob2) {
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#' || line == "\r") continue;
      const std::size_t tab = line.find('\t');
      const bool index = tab != std::string::npos && tab > 0 &&
                         std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(tab),
                                     [](char c) { return c >= '0' && c <= '9'; });
      columns = !index;
      break;
    }
    in.clear();
    in.seekg(0);
    if (!in) return Status::invalid_argument(name + ": cannot re-read the file after looking at its first line");
  }
  return columns ? read_conll_columns(in, name, sink, report) : read_iob2(in, name, Iob2ReadOptions{}, sink, report);
}

Status read_gum_coreference(std::istream& in, const std::string& name, bool include_nc, const DocumentSink& sink,
                            ReadReport& report, std::size_t& left_out) {
  return read_gum(in, name, include_nc, sink, report, left_out, true, true);
}

Status read_gum(std::istream& in, const std::string& name, bool include_nc, const DocumentSink& sink,
                ReadReport& report, std::size_t& left_out, bool include_unlinked, bool coreference) {
  ++report.files;
  Document doc;
  std::vector<OpenMention> open;
  std::vector<Mention> found;
  std::map<std::string, std::int32_t> cluster_ids;
  std::vector<NameWord> name_words;  // per token of the document
  bool skip_doc = false;
  auto flush = [&]() -> Status {
    name_words.clear();
    if (doc.sentences.empty() || skip_doc) { doc = Document(); found.clear(); return Status::ok(); }
    if (coreference) {
      // Named and pronominal mentions with their gold cluster; one mention per span.
      std::sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) {
        return a.first_token != b.first_token ? a.first_token < b.first_token : a.end_token < b.end_token;
      });
      for (const Mention& m : found) {
        if (!doc.mentions.empty() && doc.mentions.back().first_token == m.first_token &&
            doc.mentions.back().end_token == m.end_token)
          continue;
        doc.mentions.push_back(m);
      }
      cluster_ids.clear();
    } else {
      // Outermost named mentions only, trimmed.
      std::sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) {
        return a.first_token != b.first_token ? a.first_token < b.first_token : a.end_token > b.end_token;
      });
      std::uint32_t covered = 0;
      for (Mention m : found) {
        if (m.first_token < covered) continue;
        while (m.first_token < m.end_token && trim_word(doc.form(doc.tokens[m.first_token]))) ++m.first_token;
        while (m.end_token > m.first_token && trim_word(doc.form(doc.tokens[m.end_token - 1]))) --m.end_token;
        if (m.first_token >= m.end_token) continue;
        doc.mentions.push_back(m);
        covered = m.end_token;
      }
    }
    found.clear();
    doc.blocks.push_back({0, static_cast<std::uint32_t>(doc.text.size()), BlockKind::kBody, ""});
    doc.layers = kLayerText | kLayerBlocks | kLayerTokens | kLayerSentences | kLayerMentions;
    doc.source = name;
    ++report.documents;
    Document out = std::move(doc);
    doc = Document();
    return sink(std::move(out));
  };
  std::string line;
  Sentence s;
  bool in_sentence = false;
  std::uint32_t mwt_until = 0;
  int word_in_sentence = 0;
  while (std::getline(in, line)) {
    if (line.starts_with("# newdoc")) {
      if (Status st = flush(); !st.is_ok()) return st;
      const std::size_t eq = line.find('=');
      doc.id = eq == std::string::npos ? "" : line.substr(eq + 2);
      skip_doc = !include_nc && train::is_nc_gum_document(doc.id);
      if (skip_doc) ++left_out;
      open.clear();
      continue;
    }
    if (line.empty()) {
      if (in_sentence) {
        s.end_token = static_cast<std::uint32_t>(doc.tokens.size());
        s.end = static_cast<std::uint32_t>(doc.text.size());
        doc.sentences.push_back(s);
        in_sentence = false;
      }
      continue;
    }
    if (line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    const std::string_view id = std::string_view(line).substr(0, tab);
    if (id.find('-') != std::string_view::npos || id.find('.') != std::string_view::npos) continue;
    std::vector<std::string_view> cols;
    std::size_t b = 0;
    for (;;) {
      std::size_t e = line.find('\t', b);
      cols.push_back(std::string_view(line).substr(b, e == std::string::npos ? std::string::npos : e - b));
      if (e == std::string::npos) break;
      b = e + 1;
    }
    if (cols.size() != 10) continue;
    if (!in_sentence) {
      if (!doc.text.empty()) doc.text += '\n';
      s = Sentence();
      s.first_token = static_cast<std::uint32_t>(doc.tokens.size());
      s.begin = static_cast<std::uint32_t>(doc.text.size());
      in_sentence = true;
      word_in_sentence = 0;
    }
    (void)mwt_until;
    ++word_in_sentence;
    const auto idx = static_cast<std::uint32_t>(doc.tokens.size());
    if (word_in_sentence > 1) doc.text += ' ';
    Token t;
    t.begin = static_cast<std::uint32_t>(doc.text.size());
    doc.text += cols[1];
    t.end = static_cast<std::uint32_t>(doc.text.size());
    doc.tokens.push_back(std::move(t));
    name_words.push_back(name_word(cols[1], cols[3]));
    const std::string_view ent = misc_value(cols[9], "Entity");
    if (!ent.empty()) {
      parse_entity_field(
          ent, [&](const std::string& g, int type, bool named, std::string minspan) {
            open.push_back({g, idx, type, named, std::move(minspan)});
          },
          [&](const std::string& g) {
            for (std::size_t k = open.size(); k-- > 0;) {
              if (open[k].group != g) continue;
              if (!coreference) {
                // NER: the proper-name words of a person, place or organisation whose head
                // is a PROPN (with a Wikipedia identity, or any when include_unlinked).
                std::uint32_t nb = 0, ne = 0;
                if (open[k].type >= 0 && (open[k].named || include_unlinked) &&
                    proper_name_span(doc, name_words, open[k].first, idx, open[k].minspan, nb, ne)) {
                  extend_to_known_name(doc, open[k].first, nb, ne);
                  // UNER takes a capitalised "The" inside a sentence into the name of an
                  // organisation or place ("The Onion", "The Hague"); GUM's PROPN run leaves it out.
                  if (open[k].type != 0 && nb > open[k].first && nb - 1 > s.first_token &&
                      doc.form(doc.tokens[nb - 1]) == "The")
                    --nb;
                  if (uner_name_convention(doc, open[k].type, nb, ne))
                    found.push_back({nb, ne, NerModel::type_of_tag(1 + 4 * open[k].type), 1.0f, -1, {}, {}, {}});
                }
                open.erase(open.begin() + static_cast<std::ptrdiff_t>(k));
                break;
              }
              // Named: a Wikipedia identity, or (when include_unlinked) every word capitalised.
              bool proper = open[k].named;
              if (!proper && include_unlinked && idx + 1 - open[k].first <= 5) {
                proper = true;
                std::uint32_t start = open[k].first;
                while (start <= idx && trim_word(doc.form(doc.tokens[start]))) ++start;
                if (start > idx) proper = false;
                for (std::uint32_t q = start; q <= idx && proper; ++q) {
                  const std::string_view fq = doc.form(doc.tokens[q]);
                  const auto c0 = static_cast<unsigned char>(fq[0]);
                  proper = std::isupper(c0) || fq == "of" || fq == "and" || fq == "the" || possessive_form(fq);
                }
              }
              if (coreference) {
                const std::uint32_t len = idx + 1 - open[k].first;
                const bool pronoun = len == 1 && is_pronoun(doc.form(doc.tokens[idx]));
                if (proper || pronoun) {
                  const auto cluster = cluster_ids.emplace(open[k].group, static_cast<std::int32_t>(cluster_ids.size())).first->second;
                  Mention m;
                  m.first_token = open[k].first;
                  m.end_token = idx + 1;
                  while (m.first_token + 1 < m.end_token && trim_word(doc.form(doc.tokens[m.first_token]))) ++m.first_token;
                  m.type = pronoun ? EntityType::kNone : EntityType::kPerson;
                  m.chain = cluster;
                  found.push_back(m);
                }
              }
              open.erase(open.begin() + static_cast<std::ptrdiff_t>(k));
              break;
            }
          });
    }
  }
  if (in_sentence) {
    s.end_token = static_cast<std::uint32_t>(doc.tokens.size());
    s.end = static_cast<std::uint32_t>(doc.text.size());
    doc.sentences.push_back(s);
  }
  return flush();
}

Result<std::size_t> add_wordnet_names(NerModel& model, const std::string& dir) {
  std::ifstream in(dir + "/data.noun");
  if (!in) return Status::not_found("cannot open " + dir + "/data.noun (Debian package wordnet-base)");
  std::size_t added = 0;
  std::string line;
  static const std::vector<std::string> kParticles = {"of", "de", "the", "von", "van", "al", "bin", "la", "le",
                                                      "du", "da", "y", "and", "on", "upon", "der", "den", "del"};
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ' || line.find(" @i ") == std::string::npos) continue;
    std::istringstream ls(line);
    std::string offset, lex, pos, count_hex;
    ls >> offset >> lex >> pos >> count_hex;
    int type = -1;
    if (lex == "18") type = 0;
    else if (lex == "14") type = 1;
    else if (lex == "15" || lex == "17") type = 2;
    if (type < 0) continue;
    const int count = std::stoi(count_hex, nullptr, 16);
    for (int w = 0; w < count; ++w) {
      std::string word, lex_id;
      ls >> word >> lex_id;
      // "Phnom_Penh" → "Phnom Penh"; only names whose words are capitalised (or particles)
      std::string name;
      bool ok = true;
      std::size_t b = 0;
      while (b <= word.size()) {
        std::size_t e = word.find('_', b);
        if (e == std::string::npos) e = word.size();
        const std::string part = word.substr(b, e - b);
        if (part.empty()) { ok = false; break; }
        const auto c0 = static_cast<unsigned char>(part[0]);
        if (!std::isupper(c0) && std::find(kParticles.begin(), kParticles.end(), part) == kParticles.end() &&
            !std::isdigit(c0)) {
          ok = false;
          break;
        }
        if (!name.empty()) name += ' ';
        name += part;
        b = e + 1;
      }
      if (!ok || name.size() < 2 || !std::isupper(static_cast<unsigned char>(name[0]))) continue;
      model.add_name(gazetteer_key(name), type);
      ++added;
    }
  }
  return added;
}

Result<std::size_t> add_name_list(NerModel& model, std::istream& in, const std::string& file) {
  std::string line;
  std::size_t line_no = 0, added = 0;
  int type = -1;
  auto bad = [&](std::string_view why) {
    return Status::invalid_argument(file + ":" + std::to_string(line_no) + ": " + std::string(why));
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '[') {
      if (line == "[PER]") type = 0;
      else if (line == "[ORG]") type = 1;
      else if (line == "[LOC]") type = 2;
      else if (line == "[MISC]") type = 3;
      else return bad("unknown section header '" + line + "' (expected [PER], [ORG], [LOC] or [MISC])");
      continue;
    }
    if (type < 0) return bad("a name before the first section header ([PER], [ORG], [LOC] or [MISC])");
    if (line.find('\t') != std::string::npos) return bad("a tab in a name");
    std::size_t b = 0;
    while (b <= line.size()) {
      std::size_t e = line.find('|', b);
      if (e == std::string::npos) e = line.size();
      const std::string_view part = std::string_view(line).substr(b, e - b);
      if (part.empty() || part.front() == ' ' || part.back() == ' ') return bad("an empty name or one with outer spaces");
      const std::string key = gazetteer_key(part);
      if (key.empty()) return bad("a name without a word");
      model.add_name(key, type);
      ++added;
      b = e + 1;
    }
  }
  if (in.bad()) return Status::io_error("cannot read " + file);
  return added;
}

Result<std::size_t> add_wordnet_common_words(NerModel& model, const std::string& dir) {
  std::vector<std::string> words;
  for (const char* pos : {"noun", "verb", "adj", "adv"}) {
    std::ifstream in(dir + "/index." + pos);
    if (!in) return Status::not_found("cannot open " + dir + "/index." + pos);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;
      const std::string w = line.substr(0, line.find(' '));
      if (w.find('_') != std::string::npos || w.find('-') != std::string::npos) continue;
      words.push_back(w);
      const std::string p = pos;
      if (p == "noun" || p == "verb") {
        words.push_back(w + "s");
        words.push_back(w + "es");
      }
      if (p == "verb") {
        words.push_back(w + "ed");
        words.push_back(w + "d");
        words.push_back(w + "ing");
        if (w.size() > 2 && w.back() == 'e') words.push_back(w.substr(0, w.size() - 1) + "ing");
      }
      if (p == "adj") {
        words.push_back(w + "er");
        words.push_back(w + "est");
        words.push_back(w + "ly");
      }
    }
    std::ifstream exc(dir + "/" + pos + ".exc");
    while (exc && std::getline(exc, line)) words.push_back(line.substr(0, line.find(' ')));
  }
  // index.* lists proper nouns too, lower-cased ("phnom_penh", "china"): only keep a word
  // if it is not the lower-cased form of a capitalised WordNet entry.
  std::vector<std::string> proper;
  {
    std::ifstream in(dir + "/data.noun");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;
      std::istringstream ls(line);
      std::string offset, lex, pos, count_hex;
      ls >> offset >> lex >> pos >> count_hex;
      const int count = std::stoi(count_hex, nullptr, 16);
      bool has_lower = false;
      std::vector<std::string> caps;
      for (int k = 0; k < count; ++k) {
        std::string w, id;
        ls >> w >> id;
        if (std::isupper(static_cast<unsigned char>(w[0]))) {
          for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          caps.push_back(w);
        } else {
          has_lower = true;
        }
      }
      if (!has_lower) proper.insert(proper.end(), caps.begin(), caps.end());
    }
  }
  std::sort(proper.begin(), proper.end());
  std::size_t added = 0;
  for (const std::string& w : words) {
    if (w.empty() || std::binary_search(proper.begin(), proper.end(), w)) continue;
    model.add_common_word(w);
    ++added;
  }
  return added;
}

}  // namespace kg::extract
