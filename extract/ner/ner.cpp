#include "extract/ner/ner.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>

#include "extract/model_io/kgmodel.h"
#include "extract/ner/gazetteer.h"
#include "extract/ner/ner_hash.h"
#include "extract/tokenize/tokenizer.h"

namespace kg::extract {
namespace {

constexpr char kKind[] = "ner";
using model_io::get;
using model_io::put;

using ner_hash::fnv_lower;

// Rows with any non-zero weight: count, then (bucket, kTags floats).
void write_rows(std::ostream& out, const std::vector<float>& w, std::uint32_t bits) {
  constexpr std::size_t T = NerModel::kTags;
  const std::size_t buckets = std::size_t{1} << bits;
  auto nonzero = [&](std::size_t b) {
    for (std::size_t t = 0; t < T; ++t) if (w[b * T + t] != 0.0f) return true;
    return false;
  };
  std::uint32_t rows = 0;
  for (std::size_t b = 0; b < buckets; ++b) rows += nonzero(b);
  put<std::uint32_t>(out, rows);
  for (std::size_t b = 0; b < buckets; ++b) {
    if (!nonzero(b)) continue;
    put<std::uint32_t>(out, static_cast<std::uint32_t>(b));
    out.write(reinterpret_cast<const char*>(&w[b * T]), sizeof(float) * T);
  }
}

Status read_rows(std::istream& in, std::vector<float>& w, std::uint32_t bits) {
  constexpr std::size_t T = NerModel::kTags;
  const std::size_t buckets = std::size_t{1} << bits;
  std::uint32_t rows = 0;
  if (!get(in, rows) || rows > buckets) return Status::corrupt("NER model: bad row count");
  std::int64_t last = -1;
  for (std::uint32_t r = 0; r < rows; ++r) {
    std::uint32_t b = 0;
    if (!get(in, b) || b >= buckets || static_cast<std::int64_t>(b) <= last) return Status::corrupt("NER model: bad row");
    if (!in.read(reinterpret_cast<char*>(&w[std::size_t{b} * T]), sizeof(float) * T))
      return Status::corrupt("NER model: truncated weights");
    last = b;
  }
  return Status::ok();
}

}  // namespace

EntityType NerModel::type_of_tag(int tag) {
  if (tag <= 0) return EntityType::kNone;
  static constexpr EntityType kMap[kTypes] = {EntityType::kPerson, EntityType::kOrg, EntityType::kLoc};
  return kMap[(tag - 1) / 4];
}

int NerModel::type_index(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return 0;
    case EntityType::kOrg: return 1;
    case EntityType::kLoc:
    case EntityType::kGpe: return 2;
    default: return -1;
  }
}

NerModel::NerModel(std::uint32_t bits) : bits_(bits), weights_((std::size_t{1} << bits) * kTags, 0.0f) {}

void NerModel::add_name(const std::string& name, int type) {
  if (name.empty() || type < 0 || type >= kGazTypes) return;
  std::string key = name;
  for (char& c : key) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  const std::size_t words = 1 + static_cast<std::size_t>(std::count(name.begin(), name.end(), ' '));
  for (std::size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1))
    name_prefixes_[key.substr(0, sp)] |= 0x80;
  if (std::uint8_t& whole = name_prefixes_[key]; (whole & 0x7F) == 0) whole |= static_cast<std::uint8_t>(type + 1);
  // Only a name the gazetteer takes (not one already there) marks its words: the bits are
  // then the same when the model is loaded from its stored names as when it was trained.
  if (words >= 2 && !names_.contains(key)) {
    std::size_t b = 0;
    while (b < key.size()) {
      std::size_t e = key.find(' ', b);
      if (e == std::string::npos) e = key.size();
      std::uint8_t& bits = name_words_[fnv_lower(std::string_view(key).substr(b, e - b))];
      // Bits 0-2: inside a PER/ORG/LOC name, 3-5: ends one; 6: inside another name, 7: ends one.
      const unsigned inside = type < kTypes ? 1u << type : 64u, ends = type < kTypes ? 8u << type : 128u;
      bits = static_cast<std::uint8_t>(bits | inside | (e == key.size() ? ends : 0u));
      b = e + 1;
    }
  }
  names_.emplace(std::move(key), static_cast<std::uint8_t>(type));
}

void NerModel::add_common_word(std::string_view w) {
  const std::uint64_t h = fnv_lower(w);
  const auto it = std::lower_bound(common_.begin(), common_.end(), h);
  if (it == common_.end() || *it != h) common_.insert(it, h);
}

std::uint8_t NerModel::name_word_bits(std::string_view word) const {
  const auto it = name_words_.find(fnv_lower(word));
  return it == name_words_.end() ? 0 : it->second;
}

bool NerModel::is_common_word(std::string_view w) const {
  return std::binary_search(common_.begin(), common_.end(), fnv_lower(w));
}

std::string gazetteer_key(std::string_view name) {
  std::vector<Token> tokens;
  tokenize_span(name, 0, tokens);
  std::string key;
  for (const Token& t : tokens) {
    if (!key.empty()) key += ' ';
    key.append(name.substr(t.begin, t.end - t.begin));
  }
  return key;
}

std::size_t NerModel::add_builtin_names() {
  const std::size_t before = names_.size();
  namespace gz = gazetteer;
  for (const gz::Country& c : gz::countries()) {
    add_name(gazetteer_key(c.name), 2);
    for (std::string_view a : c.aliases) add_name(gazetteer_key(a), 2);
    add_name(gazetteer_key(c.capital), 2);
  }
  for (const gz::Organization& o : gz::organizations()) {
    add_name(gazetteer_key(o.name), 1);
    for (std::string_view a : o.aliases) add_name(gazetteer_key(a), 1);
  }
  for (std::string_view city : gz::cities()) add_name(gazetteer_key(city), 2);
  for (std::string_view region : gz::regions()) add_name(gazetteer_key(region), 2);
  return names_.size() - before;
}

bool NerModel::allowed(int prev, int t, bool last) {
  const bool prev_open = prev > 0 && ((prev - 1) % 4 == 0 || (prev - 1) % 4 == 1);  // B or I
  const int pos = t > 0 ? (t - 1) % 4 : -1;  // 0 B, 1 I, 2 L, 3 U
  if (prev_open) {
    if (t == 0 || (t - 1) / 4 != (prev - 1) / 4) return false;
    if (pos != 1 && pos != 2) return false;
    return !(last && pos == 1);
  }
  if (pos == 1 || pos == 2) return false;
  return !(last && pos == 0);
}

void NerModel::set_clusters(const std::vector<WordClusters>& clusters) {
  clusters_.clear();
  clusters_.reserve(clusters.size());
  for (const WordClusters& c : clusters) clusters_.emplace_back(fnv_lower(c.word), c.id);
  std::stable_sort(clusters_.begin(), clusters_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  clusters_.erase(std::unique(clusters_.begin(), clusters_.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
                  clusters_.end());
}

std::array<std::uint16_t, NerModel::kClusterLevels> NerModel::clusters_of(std::string_view word) const {
  const std::uint64_t h = fnv_lower(word);
  const auto c = std::lower_bound(clusters_.begin(), clusters_.end(), h, [](const auto& e, std::uint64_t x) { return e.first < x; });
  if (c != clusters_.end() && c->first == h) return c->second;
  return {};
}

void NerModel::decode(const Document& doc, const Sentence& s, const Context& ctx, const std::vector<float>& w,
                      std::vector<int>& tags) const {
  const std::size_t n = ctx.lower.size();
  tags.assign(n, 0);
  if (n == 0) return;
  constexpr float kNone = -3.0e38f;
  std::vector<float> best(n * kTags, kNone);
  std::vector<std::int8_t> back(n * kTags, 0);
  std::vector<std::uint32_t> feats;
  feats.reserve(64);
  auto sum_rows = [&](const std::vector<std::uint32_t>& buckets, std::array<float, kTags>& score) {
    for (std::uint32_t b : buckets) {
      const float* row = &w[static_cast<std::size_t>(b) * kTags];
      for (int t = 0; t < kTags; ++t) score[static_cast<std::size_t>(t)] += row[t];
    }
  };
  // The weight rows are spread over a table far larger than the caches: the rows of a token
  // (its features, and its transition features for every previous tag) are fetched
  // before they are summed, so that the memory reads overlap.
  auto prefetch = [&](const std::vector<std::uint32_t>& buckets) {
    for (std::uint32_t b : buckets) {
      const float* row = &w[static_cast<std::size_t>(b) * kTags];
      __builtin_prefetch(row);
      __builtin_prefetch(row + kTags - 1);
    }
  };
  std::array<std::vector<std::uint32_t>, kTags + 1> trans_of;  // [p + 1]
  for (std::size_t k = 0; k < n; ++k) {
    features(doc, s, ctx, k, feats);
    prefetch(feats);
    const bool last = k + 1 == n;
    const int prev_first = k == 0 ? -1 : 0, prev_end = k == 0 ? 0 : kTags;
    for (int p = prev_first; p < prev_end; ++p) {
      const float base = p < 0 ? 0.0f : best[(k - 1) * kTags + static_cast<std::size_t>(p)];
      if (base == kNone) continue;
      transition_features(ctx, k, p, trans_of[static_cast<std::size_t>(p + 1)]);
      prefetch(trans_of[static_cast<std::size_t>(p + 1)]);
    }
    std::array<float, kTags> emit{};
    sum_rows(feats, emit);
    for (int p = prev_first; p < prev_end; ++p) {
      const float base = p < 0 ? 0.0f : best[(k - 1) * kTags + static_cast<std::size_t>(p)];
      if (base == kNone) continue;
      const std::vector<std::uint32_t>& trans = trans_of[static_cast<std::size_t>(p + 1)];
      std::array<float, kTags> score = emit;
      sum_rows(trans, score);
      for (int t = 0; t < kTags; ++t) {
        if (!allowed(p < 0 ? 0 : p, t, last)) continue;
        const float v = base + score[static_cast<std::size_t>(t)];
        float& cell = best[k * kTags + static_cast<std::size_t>(t)];
        if (v > cell) {
          cell = v;
          back[k * kTags + static_cast<std::size_t>(t)] = static_cast<std::int8_t>(p);
        }
      }
    }
  }
  int t = 0;
  for (int c = 1; c < kTags; ++c)
    if (best[(n - 1) * kTags + static_cast<std::size_t>(c)] > best[(n - 1) * kTags + static_cast<std::size_t>(t)]) t = c;
  for (std::size_t k = n; k-- > 0;) {
    tags[k] = t;
    t = back[k * kTags + static_cast<std::size_t>(t)];
  }
}

void NerModel::tag_document(const Document& doc, std::vector<std::vector<int>>& tags) const {
  DocContext dctx;
  prepare_document(doc, dctx);
  tags.resize(doc.sentences.size());
  std::vector<Context> ctx(doc.sentences.size());
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    prepare(doc, doc.sentences[si], dctx, ctx[si]);
    decode(doc, doc.sentences[si], ctx[si], weights_, tags[si]);
  }
  if (!two_pass()) return;
  std::vector<std::vector<std::array<std::uint8_t, 3>>> stack;
  prepare_stack(doc, tags, stack);
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    ctx[si].stack = std::move(stack[si]);
    decode(doc, doc.sentences[si], ctx[si], weights2_, tags[si]);
  }
}

void NerModel::prepare_stack(const Document& doc, const std::vector<std::vector<int>>& first,
                             std::vector<std::vector<std::array<std::uint8_t, 3>>>& out) {
  // First-pass counts per word (O, PER, ORG, LOC) and per name (PER, ORG, LOC).
  std::vector<std::pair<std::uint64_t, std::array<std::uint16_t, 4>>> words;
  std::vector<std::pair<std::uint64_t, std::array<std::uint16_t, 4>>> spans;
  struct Span { std::size_t sentence, begin, end; int type; std::uint64_t key; };
  std::vector<Span> names;
  auto word_key = [&](std::uint32_t token) -> std::uint64_t {
    const std::string_view f = doc.form(doc.tokens[token]);
    const auto c = static_cast<unsigned char>(f[0]);
    return std::isalpha(c) || c >= 0x80 ? fnv_lower(f) : 0;
  };
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const std::vector<int>& t = first[si];
    for (std::size_t k = 0; k < t.size(); ++k) {
      if (const std::uint64_t h = word_key(s.first_token + static_cast<std::uint32_t>(k))) {
        std::array<std::uint16_t, 4> c{};
        c[static_cast<std::size_t>(t[k] == 0 ? 0 : 1 + (t[k] - 1) / 4)] = 1;
        words.emplace_back(h, c);
      }
    }
    std::vector<Mention> ms;
    tags_to_mentions(t, s.first_token, ms);
    for (const Mention& m : ms) {
      std::uint64_t h = 1469598103934665603ull;
      for (std::uint32_t k = m.first_token; k < m.end_token; ++k) h = fnv_lower(doc.form(doc.tokens[k]), h ^ 0x20);
      const int type = type_index(m.type);
      names.push_back({si, m.first_token - s.first_token, m.end_token - s.first_token, type, h});
      std::array<std::uint16_t, 4> c{};
      c[static_cast<std::size_t>(1 + type)] = 1;
      spans.emplace_back(h, c);
    }
  }
  auto merge = [](std::vector<std::pair<std::uint64_t, std::array<std::uint16_t, 4>>>& v) {
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::size_t o = 0;
    for (std::size_t k = 0; k < v.size(); ++k) {
      if (o && v[o - 1].first == v[k].first) {
        for (std::size_t j = 0; j < 4; ++j) v[o - 1].second[j] = static_cast<std::uint16_t>(v[o - 1].second[j] + v[k].second[j]);
      } else {
        v[o++] = v[k];
      }
    }
    v.resize(o);
  };
  merge(words);
  merge(spans);
  auto find = [](const std::vector<std::pair<std::uint64_t, std::array<std::uint16_t, 4>>>& v, std::uint64_t h) {
    return std::lower_bound(v.begin(), v.end(), h, [](const auto& e, std::uint64_t x) { return e.first < x; })->second;
  };
  // Majority among the other occurrences (own one taken out); 4 when there is none.
  auto majority = [](std::array<std::uint16_t, 4> c, std::size_t own) -> std::uint8_t {
    --c[own];
    std::uint8_t best = 4;
    std::uint16_t n = 0;
    for (std::uint8_t j = 0; j < 4; ++j)
      if (c[j] > n) { n = c[j]; best = j; }
    return best;
  };
  out.assign(doc.sentences.size(), {});
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const std::vector<int>& t = first[si];
    auto& o = out[si];
    o.assign(t.size(), {0, 4, 5});
    for (std::size_t k = 0; k < t.size(); ++k) {
      o[k][0] = static_cast<std::uint8_t>(t[k]);
      if (const std::uint64_t h = word_key(s.first_token + static_cast<std::uint32_t>(k)))
        o[k][1] = majority(find(words, h), static_cast<std::size_t>(t[k] == 0 ? 0 : 1 + (t[k] - 1) / 4));
    }
  }
  for (const Span& n : names) {
    const std::uint8_t m = majority(find(spans, n.key), static_cast<std::size_t>(1 + n.type));
    for (std::size_t k = n.begin; k < n.end; ++k) out[n.sentence][k][2] = m;
  }
}

void tags_to_mentions(const std::vector<int>& tags, std::uint32_t first, std::vector<Mention>& out) {
  std::size_t k = 0;
  while (k < tags.size()) {
    const int t = tags[k];
    if (t <= 0) { ++k; continue; }
    const int type = (t - 1) / 4;
    std::size_t e = k + 1;
    if ((t - 1) % 4 == 0) {  // B: extend through I and L of the same type
      while (e < tags.size() && tags[e] > 0 && (tags[e] - 1) / 4 == type && ((tags[e] - 1) % 4 == 1 || (tags[e] - 1) % 4 == 2)) {
        const bool l = (tags[e] - 1) % 4 == 2;
        ++e;
        if (l) break;
      }
    }
    out.push_back({first + static_cast<std::uint32_t>(k), first + static_cast<std::uint32_t>(e),
                   NerModel::type_of_tag(1 + 4 * type), 1.0f, -1, {}, {}, {}});
    k = e;
  }
}

void join_hyphenated_names(Document& doc, std::size_t sentence, std::size_t first_mention) {
  // "Khalid Al-Mansoori": the tokenizer splits at the hyphen and the model may stop there.
  const Sentence& s = doc.sentences[sentence];
  auto joined = [&](std::uint32_t a, std::uint32_t b) { return doc.tokens[a].end == doc.tokens[b].begin; };
  auto hyphen = [&](std::uint32_t i) {
    const std::string_view f = doc.form(doc.tokens[i]);
    return f == "-" || f == "\u2010" || f == "\u2011";
  };
  auto capital = [&](std::uint32_t i) {
    const auto c = static_cast<unsigned char>(doc.form(doc.tokens[i])[0]);
    return (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC5);
  };
  for (std::size_t k = first_mention; k < doc.mentions.size(); ++k) {
    Mention& m = doc.mentions[k];
    const std::uint32_t e = m.end_token;
    if (e + 1 >= s.end_token || !hyphen(e) || !joined(e - 1, e) || !joined(e, e + 1) || !capital(e + 1)) continue;
    if (k + 1 < doc.mentions.size() && doc.mentions[k + 1].first_token <= e + 1) {
      // The next part is a mention of its own: one name when of the same type.
      Mention& next = doc.mentions[k + 1];
      if (next.first_token != e + 1 || next.type != m.type) continue;
      m.end_token = next.end_token;
      doc.mentions.erase(doc.mentions.begin() + static_cast<std::ptrdiff_t>(k + 1));
    } else {
      m.end_token = e + 2;
    }
    --k;  // "Al-Mansoori-Smith": look again
  }
}

void mentions_to_tags(const Document& doc, const Sentence& s, std::vector<int>& tags) {
  tags.assign(s.end_token - s.first_token, 0);
  for (const Mention& m : doc.mentions) {
    if (m.first_token < s.first_token || m.end_token > s.end_token) continue;
    const int type = NerModel::type_index(m.type);
    if (type < 0) continue;
    const std::size_t b = m.first_token - s.first_token, e = m.end_token - s.first_token;
    if (e - b == 1) { tags[b] = 4 + 4 * type; continue; }
    tags[b] = 1 + 4 * type;
    for (std::size_t k = b + 1; k + 1 < e; ++k) tags[k] = 2 + 4 * type;
    tags[e - 1] = 3 + 4 * type;
  }
}

void NerModel::retype_surnames(const Document& doc, std::vector<Mention>& ms, std::size_t first) const {
  if (!uses_name_words_) return;
  for (std::size_t k = first; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (m.type != EntityType::kLoc || m.end_token != m.first_token + 1) continue;
    const std::string_view f = doc.form(doc.tokens[m.first_token]);
    if (gazetteer::country_by_name(f) || gazetteer::country_by_capital(f) || gazetteer::is_city(f) ||
        gazetteer::is_region(f) || !gazetteer::state_name(f).empty())
      continue;
    // "in Norman", "flew to Lincoln": the model read a place there; so it is.
    if (m.first_token > 0) {
      const std::string_view before = doc.form(doc.tokens[m.first_token - 1]);
      static constexpr std::string_view kPlacePrepositions[] = {"in", "at", "near", "from", "to", "into", "across",
                                                                "throughout", "toward", "towards", "outside", "around"};
      if (std::find(std::begin(kPlacePrepositions), std::end(kPlacePrepositions), before) != std::end(kPlacePrepositions))
        continue;
    }
    if (name_word_bits(f) & 8u) m.type = EntityType::kPerson;
  }
}

Status NerStage::process(Document& doc) const {
  if (model_->uses_pos() && !(doc.layers & kLayerPos))
    return Status::invalid_argument("the NER model needs part-of-speech tags: run the tagger first");
  doc.mentions.clear();
  std::vector<std::vector<int>> tags;
  model_->tag_document(doc, tags);
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const std::size_t first = doc.mentions.size();
    tags_to_mentions(tags[si], doc.sentences[si].first_token, doc.mentions);
    join_hyphenated_names(doc, si, first);
    model_->retype_surnames(doc, doc.mentions, first);
  }
  doc.layers |= kLayerMentions;
  return Status::ok();
}

Status NerModel::save(std::ostream& out) const {
  model_io::write_kgmodel_header(out, kKind, kFormatVersion);
  put<std::uint32_t>(out, bits_);
  put<std::uint32_t>(out, static_cast<std::uint32_t>(kTags));
  put<std::uint8_t>(out, static_cast<std::uint8_t>((uses_pos_ ? 1 : 0) | (uses_name_words_ ? 2 : 0)));
  // Names, sorted, so that the file is byte-identical for identical models.
  std::vector<std::pair<std::string, std::uint8_t>> names(names_.begin(), names_.end());
  std::sort(names.begin(), names.end());
  put<std::uint32_t>(out, static_cast<std::uint32_t>(names.size()));
  for (const auto& [name, type] : names) {
    put<std::uint16_t>(out, static_cast<std::uint16_t>(name.size()));
    out.write(name.data(), static_cast<std::streamsize>(name.size()));
    put<std::uint8_t>(out, type);
  }
  put<std::uint32_t>(out, static_cast<std::uint32_t>(common_.size()));
  for (std::uint64_t h : common_) put<std::uint64_t>(out, h);
  put<std::uint32_t>(out, static_cast<std::uint32_t>(clusters_.size()));
  for (const auto& [h, ids] : clusters_) {
    put<std::uint64_t>(out, h);
    for (std::uint16_t id : ids) put<std::uint16_t>(out, id);
  }
  put<std::uint8_t>(out, two_pass() ? 2 : 1);
  write_rows(out, weights_, bits_);
  if (two_pass()) write_rows(out, weights2_, bits_);
  return out ? Status::ok() : Status::io_error("cannot write the NER model");
}

Result<NerModel> NerModel::load(std::istream& in) {
  std::uint32_t version = 0;
  if (Status h = model_io::read_kgmodel_header(in, kKind, kFormatVersion, "NER model", &version); !h.is_ok()) return h;
  if (version < kFormatVersion)
    return Status::unsupported("NER model: format version " + std::to_string(version) +
                               " is older than this kg reads (" + std::to_string(kFormatVersion) +
                               "); retrain it with kg train ner");
  std::uint32_t bits = 0, tags = 0, names = 0;
  if (!get(in, bits) || bits < 8 || bits > 24) return Status::corrupt("NER model: bad bucket count");
  if (!get(in, tags) || tags != static_cast<std::uint32_t>(kTags)) return Status::corrupt("NER model: bad tag count");
  NerModel m(bits);
  std::uint8_t uses_pos = 0;
  if (!get(in, uses_pos) || uses_pos > 3) return Status::corrupt("NER model: bad configuration");
  m.uses_pos_ = (uses_pos & 1) != 0;
  m.uses_name_words_ = (uses_pos & 2) != 0;
  if (!get(in, names)) return Status::corrupt("NER model: truncated names");
  std::string name;
  for (std::uint32_t k = 0; k < names; ++k) {
    std::uint16_t len = 0;
    std::uint8_t type = 0;
    if (!get(in, len)) return Status::corrupt("NER model: truncated names");
    name.resize(len);
    if (!in.read(name.data(), len) || !get(in, type) || type >= kGazTypes) return Status::corrupt("NER model: bad name entry");
    m.add_name(name, type);
  }
  std::uint32_t commons = 0;
  if (!get(in, commons) || commons > (1u << 24)) return Status::corrupt("NER model: bad common-word count");
  m.common_.resize(commons);
  for (std::uint32_t k = 0; k < commons; ++k) {
    if (!get(in, m.common_[k]) || (k && m.common_[k] <= m.common_[k - 1]))
      return Status::corrupt("NER model: bad common-word table");
  }
  std::uint32_t cluster_words = 0;
  if (!get(in, cluster_words) || cluster_words > (1u << 24)) return Status::corrupt("NER model: bad word-cluster count");
  m.clusters_.resize(cluster_words);
  for (std::uint32_t k = 0; k < cluster_words; ++k) {
    auto& [h, ids] = m.clusters_[k];
    if (!get(in, h) || (k && h <= m.clusters_[k - 1].first)) return Status::corrupt("NER model: bad word-cluster table");
    for (std::uint16_t& id : ids)
      if (!get(in, id)) return Status::corrupt("NER model: truncated word clusters");
  }
  std::uint8_t passes = 0;
  if (!get(in, passes) || passes < 1 || passes > 2) return Status::corrupt("NER model: bad pass count");
  if (Status r = read_rows(in, m.weights_, bits); !r.is_ok()) return r;
  if (passes == 2) {
    m.enable_second_pass();
    if (Status r = read_rows(in, m.weights2_, bits); !r.is_ok()) return r;
  }
  if (Status end = model_io::expect_end(in, "NER model"); !end.is_ok()) return end;
  return m;
}

Result<NerModel> NerModel::load_file(const std::string& path) {
  return model_io::load_model_file(path, [](std::istream& in) { return load(in); });
}

}  // namespace kg::extract
