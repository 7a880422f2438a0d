#include "extract/tokenize/segmenter.h"

#include <array>
#include <cstring>
#include <fstream>

#include "extract/model_io/kgmodel.h"
#include "extract/tokenize/tokenizer.h"

namespace kg::extract {
namespace {

constexpr char kKind[] = "segmenter";
using model_io::get;
using model_io::put;

using model_io::mix;

std::uint32_t bucket_len(std::uint32_t n) {
  return n <= 3 ? n : n <= 5 ? 4 : n <= 10 ? 5 : n <= 20 ? 6 : n <= 40 ? 7 : 8;
}


}  // namespace

SegmenterModel::SegmenterModel(std::uint32_t bits) : bits_(bits), weights_(std::size_t{1} << bits, 0.0f) {}

bool SegmenterModel::candidate(const Document& doc, std::uint32_t i, std::uint32_t end) {
  if (i + 1 >= end) return false;
  const std::string_view cur = doc.form(doc.tokens[i]);
  const std::string_view next = doc.form(doc.tokens[i + 1]);
  const auto c0 = static_cast<unsigned char>(cur.back());
  const auto n0 = static_cast<unsigned char>(next[0]);
  const bool cur_word = (c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z') || (c0 >= '0' && c0 <= '9') || c0 >= 0x80;
  const bool next_lower = n0 >= 'a' && n0 <= 'z';
  return !cur_word || !next_lower;
}

void SegmenterModel::hash_tokens(const Document& doc, std::uint32_t first, std::uint32_t end,
                                  std::vector<TokenHash>& out) {
  out.resize(end - first);
  for (std::uint32_t k = first; k < end; ++k) {
    const std::string_view f = doc.form(doc.tokens[k]);
    // One pass: FNV-1a of the lower-cased form (24 bytes at most) and of its shape
    // ("Xxxx" → "Xx", "1,000" → "d,d"; at most 8 symbols).
    std::uint64_t hl = 1469598103934665603ull, hs = 7809847782465536322ull;
    char last = 0;
    std::size_t shape_len = 0;
    const std::size_t n = f.size() < 24 ? f.size() : 24;
    for (std::size_t j = 0; j < n; ++j) {
      const char ch = f[j];
      const auto c = static_cast<unsigned char>(ch);
      hl = (hl ^ static_cast<unsigned char>((c >= 'A' && c <= 'Z') ? c + 32 : c)) * 1099511628211ull;
      char kind = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : c >= 0x80 ? 'u' : ch;
      const bool run = kind == 'X' || kind == 'x' || kind == 'd' || kind == 'u';
      if ((kind != last || !run) && shape_len < 8) {
        hs = (hs ^ static_cast<unsigned char>(kind)) * 1099511628211ull;
        ++shape_len;
      }
      last = kind;
    }
    out[k - first] = {hl, hs};
  }
}

void SegmenterModel::features(const Document& doc, const std::vector<TokenHash>& th, std::uint32_t first,
                              std::uint32_t i, std::uint32_t since, bool rule, std::vector<std::uint32_t>& out) const {
  out.clear();
  const std::size_t n = th.size();
  const std::size_t k = i - first;
  static constexpr TokenHash kBegin{0x1234567887654321ull, 0x2345678998765432ull};
  static constexpr TokenHash kEnd{0x3456789aa9876543ull, 0x456789abba987654ull};
  auto at = [&](std::ptrdiff_t d) -> const TokenHash& {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(k) + d;
    if (j < 0) return kBegin;
    if (j >= static_cast<std::ptrdiff_t>(n)) return kEnd;
    return th[static_cast<std::size_t>(j)];
  };
  const std::uint64_t lp = at(-1).lower, lc = at(0).lower, ln = at(1).lower;
  const std::uint64_t sp = at(-1).shape, sc = at(0).shape, sn = at(1).shape, sn2 = at(2).shape;
  const std::uint64_t r = rule ? 2 : 1;
  const std::uint64_t len = 16 + bucket_len(since);
  const std::uint64_t space = doc.tokens[i].space_after ? 32 : 33;
  const std::uint64_t mask = (std::uint64_t{1} << bits_) - 1;
  auto add = [&](std::uint64_t tmpl, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
    std::uint64_t h = mix(tmpl * 0x9E3779B97F4A7C15ull ^ a);
    h = mix(h ^ b);
    h = mix(h ^ c);
    out.push_back(static_cast<std::uint32_t>(h & mask));
  };
  add(0, r);
  add(1, lc);
  add(2, ln);
  add(3, lp);
  add(4, sc, r);
  add(5, sn, r);
  add(6, sc, sn, r);
  add(7, lc, sn);
  add(8, sc, ln);
  add(9, lc, ln);
  add(10, lp, lc);
  add(11, sp, sc, sn);
  add(12, sc, sn, sn2);
  add(13, space, sc, sn);
  add(14, len, r);
  add(15, len, sc, sn);
  add(16, lc, r);
  add(17, ln, r);
}

void SegmenterModel::split(const Document& doc, std::uint32_t first, std::uint32_t end,
                           std::vector<Sentence>& out) const {
  const std::vector<bool> rules = rule_boundaries(doc, first, end);
  std::vector<TokenHash> hashes;
  hash_tokens(doc, first, end, hashes);
  std::vector<std::uint32_t> feats;
  feats.reserve(24);
  std::uint32_t start = first;
  std::uint32_t mwt_end = 0;
  for (std::uint32_t i = first; i + 1 < end; ++i) {
    const Token& t = doc.tokens[i];
    if (t.mwt_words > 1) mwt_end = i + t.mwt_words;
    if (i + 1 < mwt_end) continue;  // never inside a multiword token
    const bool rule = rules[i - first];
    if (!rule && !candidate(doc, i, end)) continue;
    features(doc, hashes, first, i, i + 1 - start, rule, feats);
    float score = 0.0f;
    for (std::uint32_t f : feats) score += weights_[f];
    if (score > 0.0f) {
      out.push_back({start, i + 1, doc.tokens[start].begin, doc.tokens[i].end, {}, false});
      start = i + 1;
    }
  }
  if (start < end) out.push_back({start, end, doc.tokens[start].begin, doc.tokens[end - 1].end, {}, false});
}

std::vector<bool> rule_boundaries(const Document& doc, std::uint32_t first, std::uint32_t end) {
  std::vector<std::uint32_t> ends;
  sentence_ends(doc, first, end, ends);
  std::vector<bool> flags(end - first, false);
  for (std::uint32_t e : ends) flags[e - 1 - first] = true;
  return flags;
}

Status SegmenterModel::save(std::ostream& out) const {
  model_io::write_kgmodel_header(out, kKind, kFormatVersion);
  put<std::uint32_t>(out, bits_);
  // Weights are stored sparsely: count, then (bucket, value) pairs in bucket order.
  std::uint32_t nonzero = 0;
  for (float w : weights_) nonzero += w != 0.0f;
  put<std::uint32_t>(out, nonzero);
  for (std::uint32_t k = 0; k < weights_.size(); ++k) {
    if (weights_[k] == 0.0f) continue;
    put<std::uint32_t>(out, k);
    put<float>(out, weights_[k]);
  }
  return out ? Status::ok() : Status::io_error("cannot write the segmenter model");
}

Result<SegmenterModel> SegmenterModel::load(std::istream& in) {
  if (Status h = model_io::read_kgmodel_header(in, kKind, kFormatVersion, "segmenter model"); !h.is_ok()) return h;
  std::uint32_t bits = 0, nonzero = 0;
  if (!get(in, bits) || bits < 8 || bits > 26) return Status::corrupt("segmenter model: bad bucket count");
  SegmenterModel m(bits);
  if (!get(in, nonzero) || nonzero > m.weights_.size()) return Status::corrupt("segmenter model: bad weight count");
  std::int64_t last = -1;
  for (std::uint32_t k = 0; k < nonzero; ++k) {
    std::uint32_t idx = 0;
    float w = 0;
    if (!get(in, idx) || !get(in, w)) return Status::corrupt("segmenter model: truncated weights");
    if (idx >= m.weights_.size() || static_cast<std::int64_t>(idx) <= last)
      return Status::corrupt("segmenter model: weight index out of order");
    m.weights_[idx] = w;
    last = idx;
  }
  if (Status end = model_io::expect_end(in, "segmenter model"); !end.is_ok()) return end;
  return m;
}

Result<SegmenterModel> SegmenterModel::load_file(const std::string& path) {
  return model_io::load_model_file(path, [](std::istream& in) { return load(in); });
}

}  // namespace kg::extract
