#include "extract/ner/ner.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>

#include "extract/model_io/kgmodel.h"
#include "extract/ner/gazetteer.h"

namespace kg::extract {
namespace {

constexpr char kKind[] = "ner";
using model_io::get;
using model_io::put;

using model_io::mix;

std::uint64_t fnv(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

std::uint64_t fnv_lower(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
  for (char c : s) h = (h ^ static_cast<unsigned char>((c >= 'A' && c <= 'Z') ? c + 32 : c)) * 1099511628211ull;
  return h;
}

// Shape with runs folded: "Wang" → "Xx", "U.S." → "X.X.", "2024" → "d", "iPhone" → "xXx".
std::uint64_t shape_hash(std::string_view f) {
  std::uint64_t h = 7809847782465536322ull;
  char last = 0;
  std::size_t n = 0;
  for (char ch : f) {
    const auto c = static_cast<unsigned char>(ch);
    const char kind = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : c >= 0x80 ? 'u' : ch;
    const bool run = kind == 'X' || kind == 'x' || kind == 'd' || kind == 'u';
    if ((kind != last || !run) && n < 10) {
      h = (h ^ static_cast<unsigned char>(kind)) * 1099511628211ull;
      ++n;
    }
    last = kind;
  }
  return h;
}

bool capitalised(std::string_view f) {
  const auto c = static_cast<unsigned char>(f[0]);
  return (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC5);  // ASCII and Latin-1/Extended-A capitals
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
  if (name.empty() || type < 0 || type >= kTypes) return;
  std::string key = name;
  for (char& c : key) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  names_.emplace(std::move(key), static_cast<std::uint8_t>(type));
  max_name_tokens_ = std::max<std::size_t>(max_name_tokens_, 1 + static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')));
}

void NerModel::add_common_word(std::string_view w) {
  const std::uint64_t h = fnv_lower(w);
  const auto it = std::lower_bound(common_.begin(), common_.end(), h);
  if (it == common_.end() || *it != h) common_.insert(it, h);
}

bool NerModel::is_common_word(std::string_view w) const {
  return std::binary_search(common_.begin(), common_.end(), fnv_lower(w));
}

std::size_t NerModel::add_builtin_names() {
  const std::size_t before = names_.size();
  namespace gz = gazetteer;
  for (const gz::Country& c : gz::countries()) {
    add_name(std::string(c.name), 2);
    for (std::string_view a : c.aliases) add_name(std::string(a), 2);
    add_name(std::string(c.capital), 2);
  }
  for (const gz::Organization& o : gz::organizations()) {
    add_name(std::string(o.name), 1);
    for (std::string_view a : o.aliases) add_name(std::string(a), 1);
  }
  for (std::string_view city : gz::cities()) add_name(std::string(city), 2);
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

void NerModel::prepare(const Document& doc, const Sentence& s, Context& ctx) const {
  const std::size_t n = s.end_token - s.first_token;
  ctx.lower.resize(n);
  ctx.form.resize(n);
  ctx.shape.resize(n);
  ctx.gaz.assign(n, 0);
  ctx.flags.assign(n, 0);
  for (std::size_t k = 0; k < n; ++k) {
    const std::string_view f = doc.form(doc.tokens[s.first_token + k]);
    ctx.lower[k] = fnv_lower(f);
    ctx.form[k] = fnv(f);
    ctx.shape[k] = shape_hash(f);
    if (capitalised(f)) {
      std::uint8_t fl = 0;
      if (gazetteer::is_first_name(f)) fl |= kFirstName;
      if (gazetteer::is_title_word(f)) fl |= kTitleWord;
      if (gazetteer::is_honorific(f)) fl |= kHonorific;
      if (gazetteer::country_by_demonym(f)) fl |= kDemonym;
      if (is_common_word(f)) fl |= kCommon;
      ctx.flags[k] = fl;
    } else if (!is_common_word(f)) {
      ctx.flags[k] = 64;  // a lower-case word that is not a known common word ("tampa")
    }
  }
  if (names_.empty()) return;
  std::string key;
  for (std::size_t k = 0; k < n;) {
    const std::string_view f0 = doc.form(doc.tokens[s.first_token + k]);
    std::size_t matched = 0;
    int type = -1;
    const auto c0 = static_cast<unsigned char>(f0[0]);
    if (std::isalpha(c0) || c0 >= 0x80) {
      for (std::size_t len = std::min(max_name_tokens_, n - k); len >= 1; --len) {
        key.clear();
        for (std::size_t j = 0; j < len; ++j) {
          if (j) key += ' ';
          for (char c : doc.form(doc.tokens[s.first_token + k + j]))
            key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
        auto it = names_.find(key);
        if (it != names_.end()) {
          matched = len;
          type = it->second;
          break;
        }
      }
    }
    if (!matched) { ++k; continue; }
    for (std::size_t j = 0; j < matched; ++j) {
      const int pos = matched == 1 ? 3 : j == 0 ? 0 : j + 1 == matched ? 2 : 1;
      ctx.gaz[k + j] = static_cast<std::uint16_t>(1 + type * 4 + pos);
    }
    k += matched;
  }
}

void NerModel::features(const Document& doc, const Sentence& s, const Context& ctx, std::size_t k, int p1, int p2,
                        std::vector<std::uint32_t>& out) const {
  out.clear();
  const std::size_t n = ctx.lower.size();
  const std::uint64_t mask = (std::uint64_t{1} << bits_) - 1;
  auto add = [&](std::uint64_t tmpl, std::uint64_t a = 0, std::uint64_t b = 0) {
    std::uint64_t h = mix(tmpl * 0x9E3779B97F4A7C15ull ^ a);
    h = mix(h ^ b);
    out.push_back(static_cast<std::uint32_t>(h & mask));
  };
  auto lower = [&](std::ptrdiff_t d) -> std::uint64_t {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(k) + d;
    if (j < 0) return 11;
    if (j >= static_cast<std::ptrdiff_t>(n)) return 13;
    return ctx.lower[static_cast<std::size_t>(j)];
  };
  auto shape = [&](std::ptrdiff_t d) -> std::uint64_t {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(k) + d;
    if (j < 0) return 17;
    if (j >= static_cast<std::ptrdiff_t>(n)) return 19;
    return ctx.shape[static_cast<std::size_t>(j)];
  };
  auto gaz = [&](std::ptrdiff_t d) -> std::uint64_t {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(k) + d;
    if (j < 0 || j >= static_cast<std::ptrdiff_t>(n)) return 23;
    return ctx.gaz[static_cast<std::size_t>(j)];
  };
  const std::string_view f = doc.form(doc.tokens[s.first_token + k]);
  const std::uint64_t t1 = static_cast<std::uint64_t>(p1 + 1), t2 = static_cast<std::uint64_t>(p2 + 1);
  add(0);
  add(1, lower(0));
  add(2, ctx.form[k]);
  add(3, shape(0));
  add(4, fnv_lower(f.substr(0, 3)));
  add(5, fnv_lower(f.size() > 3 ? f.substr(f.size() - 3) : f));
  add(6, fnv_lower(f.size() > 2 ? f.substr(f.size() - 2) : f));
  add(7, fnv_lower(f.size() > 4 ? f.substr(f.size() - 4) : f));
  add(8, lower(-1));
  add(9, lower(1));
  add(10, lower(-2));
  add(11, lower(2));
  add(12, shape(-1), shape(0));
  add(13, shape(0), shape(1));
  add(14, t1);
  add(15, t1, t2);
  add(16, t1, lower(0));
  add(17, t1, shape(0));
  add(18, lower(-1), lower(0));
  add(19, lower(0), lower(1));
  add(20, k == 0 ? 1 : 2, shape(0));
  add(21, gaz(0));
  add(22, gaz(0), shape(0));
  add(23, gaz(-1), gaz(1));
  add(24, t1, gaz(0));
  add(25, shape(-1), shape(0) ^ (shape(1) << 1));
  add(26, lower(1), shape(0));
  add(27, lower(-1), shape(0));
  const std::uint64_t fl = ctx.flags[k];
  const std::uint64_t fl_prev = k > 0 ? ctx.flags[k - 1] : 99, fl_next = k + 1 < n ? ctx.flags[k + 1] : 99;
  add(28, fl);
  add(29, fl, t1);
  add(30, fl_prev, shape(0));
  add(31, fl_next, shape(0));
  add(32, fl_prev, fl);
  if (uses_pos_) {
    auto upos = [&](std::ptrdiff_t d) -> std::uint64_t {
      const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(k) + d;
      if (j < 0 || j >= static_cast<std::ptrdiff_t>(n)) return 40;
      return doc.tokens[s.first_token + static_cast<std::size_t>(j)].upos;
    };
    add(33, upos(0));
    add(34, upos(-1), upos(0));
    add(35, upos(0), upos(1));
    add(36, upos(0), shape(0));
    add(37, upos(0), t1);
    add(38, upos(-1), upos(0) ^ (upos(1) << 8));
  }
}

void NerModel::tag(const Document& doc, const Sentence& s, std::vector<int>& tags) const {
  Context ctx;
  prepare(doc, s, ctx);
  const std::size_t n = ctx.lower.size();
  tags.assign(n, 0);
  std::vector<std::uint32_t> feats;
  feats.reserve(32);
  int p1 = -1, p2 = -1;
  for (std::size_t k = 0; k < n; ++k) {
    features(doc, s, ctx, k, p1, p2, feats);
    std::array<float, kTags> score{};
    for (std::uint32_t b : feats) {
      const float* row = &weights_[static_cast<std::size_t>(b) * kTags];
      for (int t = 0; t < kTags; ++t) score[static_cast<std::size_t>(t)] += row[t];
    }
    int best = -1;
    for (int t = 0; t < kTags; ++t) {
      if (!allowed(p1 < 0 ? 0 : p1, t, k + 1 == n)) continue;
      if (best < 0 || score[static_cast<std::size_t>(t)] > score[static_cast<std::size_t>(best)]) best = t;
    }
    tags[k] = best;
    p2 = p1;
    p1 = best;
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

Status NerStage::process(Document& doc) const {
  if (model_->uses_pos() && !(doc.layers & kLayerPos))
    return Status::invalid_argument("the NER model needs part-of-speech tags: run the tagger first");
  doc.mentions.clear();
  std::vector<int> tags;
  for (const Sentence& s : doc.sentences) {
    model_->tag(doc, s, tags);
    tags_to_mentions(tags, s.first_token, doc.mentions);
  }
  doc.layers |= kLayerMentions;
  return Status::ok();
}

Status NerModel::save(std::ostream& out) const {
  model_io::write_kgmodel_header(out, kKind, kFormatVersion);
  put<std::uint32_t>(out, bits_);
  put<std::uint32_t>(out, static_cast<std::uint32_t>(kTags));
  put<std::uint8_t>(out, uses_pos_ ? 1 : 0);
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
  // Rows with any non-zero weight: count, then (bucket, kTags floats).
  const std::size_t buckets = std::size_t{1} << bits_;
  std::uint32_t rows = 0;
  auto nonzero = [&](std::size_t b) {
    for (int t = 0; t < kTags; ++t) if (weights_[b * kTags + static_cast<std::size_t>(t)] != 0.0f) return true;
    return false;
  };
  for (std::size_t b = 0; b < buckets; ++b) rows += nonzero(b);
  put<std::uint32_t>(out, rows);
  for (std::size_t b = 0; b < buckets; ++b) {
    if (!nonzero(b)) continue;
    put<std::uint32_t>(out, static_cast<std::uint32_t>(b));
    out.write(reinterpret_cast<const char*>(&weights_[b * kTags]), sizeof(float) * kTags);
  }
  return out ? Status::ok() : Status::io_error("cannot write the NER model");
}

Result<NerModel> NerModel::load(std::istream& in) {
  if (Status h = model_io::read_kgmodel_header(in, kKind, kFormatVersion, "NER model"); !h.is_ok()) return h;
  std::uint32_t bits = 0, tags = 0, names = 0, rows = 0;
  if (!get(in, bits) || bits < 8 || bits > 24) return Status::corrupt("NER model: bad bucket count");
  if (!get(in, tags) || tags != static_cast<std::uint32_t>(kTags)) return Status::corrupt("NER model: bad tag count");
  NerModel m(bits);
  std::uint8_t uses_pos = 0;
  if (!get(in, uses_pos) || uses_pos > 1) return Status::corrupt("NER model: bad configuration");
  m.uses_pos_ = uses_pos == 1;
  if (!get(in, names)) return Status::corrupt("NER model: truncated names");
  std::string name;
  for (std::uint32_t k = 0; k < names; ++k) {
    std::uint16_t len = 0;
    std::uint8_t type = 0;
    if (!get(in, len)) return Status::corrupt("NER model: truncated names");
    name.resize(len);
    if (!in.read(name.data(), len) || !get(in, type) || type >= kTypes) return Status::corrupt("NER model: bad name entry");
    m.add_name(name, type);
  }
  std::uint32_t commons = 0;
  if (!get(in, commons) || commons > (1u << 24)) return Status::corrupt("NER model: bad common-word count");
  m.common_.resize(commons);
  for (std::uint32_t k = 0; k < commons; ++k) {
    if (!get(in, m.common_[k]) || (k && m.common_[k] <= m.common_[k - 1]))
      return Status::corrupt("NER model: bad common-word table");
  }
  const std::size_t buckets = std::size_t{1} << bits;
  if (!get(in, rows) || rows > buckets) return Status::corrupt("NER model: bad row count");
  std::int64_t last = -1;
  for (std::uint32_t r = 0; r < rows; ++r) {
    std::uint32_t b = 0;
    if (!get(in, b) || b >= buckets || static_cast<std::int64_t>(b) <= last) return Status::corrupt("NER model: bad row");
    if (!in.read(reinterpret_cast<char*>(&m.weights_[std::size_t{b} * kTags]), sizeof(float) * kTags))
      return Status::corrupt("NER model: truncated weights");
    last = b;
  }
  if (Status end = model_io::expect_end(in, "NER model"); !end.is_ok()) return end;
  return m;
}

Result<NerModel> NerModel::load_file(const std::string& path) {
  return model_io::load_model_file(path, [](std::istream& in) { return load(in); });
}

}  // namespace kg::extract
