// Feature extraction of the NER model (NerModel::prepare*, features, transition_features).
// FROZEN with the model format: changing a template or a hash needs retraining.
#include <algorithm>
#include <cctype>

#include "extract/model_io/kgmodel.h"
#include "extract/ner/gazetteer.h"
#include "extract/ner/ner.h"
#include "extract/ner/ner_hash.h"

namespace kg::extract {
namespace {

using model_io::mix;
using ner_hash::fnv;
using ner_hash::fnv_lower;

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

bool lower_initial(std::string_view f) { return f[0] >= 'a' && f[0] <= 'z'; }

bool all_upper(std::string_view f) {
  if (f.size() < 2) return false;
  for (char c : f) if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

// 0 mixed, 1 all lower-case, 2 title case, 3 upper case (web text writes whole lines so).
std::uint8_t sentence_case(const Document& doc, const Sentence& s) {
  std::size_t alpha = 0, lower = 0, cap = 0, upper = 0;
  for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
    const std::string_view f = doc.form(doc.tokens[i]);
    const auto c = static_cast<unsigned char>(f[0]);
    if (!std::isalpha(c)) continue;
    ++alpha;
    if (lower_initial(f)) ++lower;
    else ++cap;
    if (all_upper(f)) ++upper;
  }
  if (alpha >= 3 && cap == 0) return 1;
  if (alpha >= 2 && upper * 10 >= alpha * 7) return 3;
  if (alpha >= 3 && cap * 10 >= alpha * 7) return 2;
  return 0;
}

}  // namespace

void NerModel::prepare_document(const Document& doc, DocContext& dctx) const {
  dctx.seen.clear();
  for (const Sentence& s : doc.sentences) {
    for (std::uint32_t i = s.first_token + 1; i < s.end_token; ++i) {
      const std::string_view f = doc.form(doc.tokens[i]);
      const std::uint8_t bit = lower_initial(f) ? 1 : capitalised(f) ? 2 : 0;
      if (bit) dctx.seen.emplace_back(fnv_lower(f), bit);
    }
  }
  std::sort(dctx.seen.begin(), dctx.seen.end());
  std::size_t out = 0;
  for (std::size_t k = 0; k < dctx.seen.size(); ++k) {
    if (out && dctx.seen[out - 1].first == dctx.seen[k].first) dctx.seen[out - 1].second |= dctx.seen[k].second;
    else dctx.seen[out++] = dctx.seen[k];
  }
  dctx.seen.resize(out);
}

void NerModel::prepare(const Document& doc, const Sentence& s, const DocContext& dctx, Context& ctx) const {
  const std::size_t n = s.end_token - s.first_token;
  ctx.lower.resize(n);
  ctx.form.resize(n);
  ctx.shape.resize(n);
  ctx.gaz.assign(n, 0);
  ctx.flags.assign(n, 0);
  ctx.upos.assign(n, 0);
  ctx.doc.assign(n, 0);
  ctx.cluster.assign(n, {});
  ctx.run.assign(n, 0);
  ctx.name_word.assign(n, 0);
  ctx.sentence_case = sentence_case(doc, s);
  for (std::size_t k = 0; k < n; ++k) {
    const Token& tok = doc.tokens[s.first_token + k];
    const std::string_view f = doc.form(tok);
    ctx.lower[k] = fnv_lower(f);
    ctx.form[k] = fnv(f);
    ctx.shape[k] = shape_hash(f);
    if (uses_pos_) ctx.upos[k] = tok.upos;
    if (uses_name_words_) {
      const auto it = name_words_.find(ctx.lower[k]);
      if (it != name_words_.end()) ctx.name_word[k] = it->second;
    }
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
    const auto it = std::lower_bound(dctx.seen.begin(), dctx.seen.end(), std::make_pair(ctx.lower[k], std::uint8_t{0}));
    if (it != dctx.seen.end() && it->first == ctx.lower[k]) ctx.doc[k] = it->second;
    if (!clusters_.empty()) {
      const auto c = std::lower_bound(clusters_.begin(), clusters_.end(), ctx.lower[k],
                                      [](const auto& e, std::uint64_t h) { return e.first < h; });
      if (c != clusters_.end() && c->first == ctx.lower[k]) ctx.cluster[k] = c->second;
    }
  }
  for (std::size_t k = 0; k < n;) {
    if (!capitalised(doc.form(doc.tokens[s.first_token + k]))) { ++k; continue; }
    std::size_t e = k + 1;
    while (e < n && capitalised(doc.form(doc.tokens[s.first_token + e]))) ++e;
    const std::size_t len = std::min<std::size_t>(e - k, 4);
    for (std::size_t j = k; j < e; ++j) {
      const std::size_t pos = e - k == 1 ? 3 : j == k ? 0 : j + 1 == e ? 2 : 1;
      ctx.run[j] = static_cast<std::uint8_t>(1 + pos * 4 + len - 1);
    }
    k = e;
  }
  if (name_prefixes_.empty()) return;
  std::string key;
  for (std::size_t k = 0; k < n;) {
    const std::string_view f0 = doc.form(doc.tokens[s.first_token + k]);
    std::size_t matched = 0;
    int type = -1;
    const auto c0 = static_cast<unsigned char>(f0[0]);
    if (std::isalpha(c0) || c0 >= 0x80) {
      // The longest name starting here: extend the key while it is a prefix of a name.
      key.clear();
      for (std::size_t j = k; j < n; ++j) {
        if (j > k) key += ' ';
        for (char c : doc.form(doc.tokens[s.first_token + j]))
          key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        const auto it = name_prefixes_.find(key);
        if (it == name_prefixes_.end()) break;
        if (it->second & 0x7F) {
          matched = j - k + 1;
          type = (it->second & 0x7F) - 1;
        }
        if (!(it->second & 0x80)) break;
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

namespace {

struct Adder {
  std::uint64_t mask;
  std::vector<std::uint32_t>& out;
  void operator()(std::uint64_t tmpl, std::uint64_t a = 0, std::uint64_t b = 0) const {
    std::uint64_t h = mix(tmpl * 0x9E3779B97F4A7C15ull ^ a);
    h = mix(h ^ b);
    out.push_back(static_cast<std::uint32_t>(h & mask));
  }
};

}  // namespace

void NerModel::features(const Document& doc, const Sentence& s, const Context& ctx, std::size_t k,
                        std::vector<std::uint32_t>& out) const {
  out.clear();
  const std::size_t n = ctx.lower.size();
  const Adder add{(std::uint64_t{1} << bits_) - 1, out};
  auto at = [&](std::ptrdiff_t d) -> std::ptrdiff_t { return static_cast<std::ptrdiff_t>(k) + d; };
  auto inside = [&](std::ptrdiff_t j) { return j >= 0 && j < static_cast<std::ptrdiff_t>(n); };
  auto lower = [&](std::ptrdiff_t d) -> std::uint64_t {
    const std::ptrdiff_t j = at(d);
    return j < 0 ? 11 : !inside(j) ? 13 : ctx.lower[static_cast<std::size_t>(j)];
  };
  auto shape = [&](std::ptrdiff_t d) -> std::uint64_t {
    const std::ptrdiff_t j = at(d);
    return j < 0 ? 17 : !inside(j) ? 19 : ctx.shape[static_cast<std::size_t>(j)];
  };
  auto gaz = [&](std::ptrdiff_t d) -> std::uint64_t {
    const std::ptrdiff_t j = at(d);
    return inside(j) ? ctx.gaz[static_cast<std::size_t>(j)] : 23;
  };
  const std::string_view f = doc.form(doc.tokens[s.first_token + k]);
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
  add(18, lower(-1), lower(0));
  add(19, lower(0), lower(1));
  add(20, k == 0 ? 1 : 2, shape(0));
  add(21, gaz(0));
  add(22, gaz(0), shape(0));
  add(23, gaz(-1), gaz(1));
  add(25, shape(-1), shape(0) ^ (shape(1) << 1));
  add(26, lower(1), shape(0));
  add(27, lower(-1), shape(0));
  const std::uint64_t fl = ctx.flags[k];
  const std::uint64_t fl_prev = k > 0 ? ctx.flags[k - 1] : 99, fl_next = k + 1 < n ? ctx.flags[k + 1] : 99;
  add(28, fl);
  add(30, fl_prev, shape(0));
  add(31, fl_next, shape(0));
  add(32, fl_prev, fl);
  if (uses_pos_) {
    auto upos = [&](std::ptrdiff_t d) -> std::uint64_t {
      const std::ptrdiff_t j = at(d);
      return inside(j) ? ctx.upos[static_cast<std::size_t>(j)] : 40;
    };
    add(33, upos(0));
    add(34, upos(-1), upos(0));
    add(35, upos(0), upos(1));
    add(36, upos(0), shape(0));
    add(38, upos(-1), upos(0) ^ (upos(1) << 8));
  }
  const std::uint64_t sc = ctx.sentence_case;
  add(40, sc, shape(0));
  add(41, sc, fl);
  add(42, ctx.doc[k], shape(0));
  add(43, ctx.doc[k], (k == 0 ? 8 : 0) | fl);
  if (!ctx.stack.empty()) {
    // Stacked second pass: the first pass's tags here and of the same word and name elsewhere.
    const auto& st = ctx.stack[k];
    const std::uint64_t own = st[0], own_type = own == 0 ? 0 : 1 + (own - 1) / 4;
    const std::uint64_t before = k > 0 ? ctx.stack[k - 1][0] : 99, after = k + 1 < n ? ctx.stack[k + 1][0] : 99;
    add(60, own);
    add(61, own, shape(0));
    add(62, st[1], shape(0));
    add(63, st[1], own_type);
    add(64, st[2], own);
    add(65, before, after);
    add(66, st[1], ctx.run[k]);
  }
  if (uses_name_words_) {
    auto nw = [&](std::ptrdiff_t d) -> std::uint64_t {
      const std::ptrdiff_t j = at(d);
      return inside(j) ? ctx.name_word[static_cast<std::size_t>(j)] : 0x100;
    };
    add(70, nw(0));
    add(71, nw(0), shape(0));
    add(72, nw(-1), nw(1));
    add(73, nw(0), ctx.run[k]);
  }
  add(44, ctx.run[k]);
  add(45, ctx.run[k], shape(0));
  add(46, ctx.run[k], lower(-1));
  if (!clusters_.empty()) {
    auto cl = [&](std::ptrdiff_t d, int level) -> std::uint64_t {
      const std::ptrdiff_t j = at(d);
      return inside(j) ? ctx.cluster[static_cast<std::size_t>(j)][static_cast<std::size_t>(level)] : 0xFFFFu;
    };
    add(50, cl(0, 0));
    add(51, cl(0, 1));
    add(52, cl(0, 2));
    add(53, cl(-1, 1));
    add(54, cl(1, 1));
    add(55, cl(-1, 2));
    add(56, cl(1, 2));
    add(57, cl(0, 1), shape(0));
    add(58, cl(0, 2), shape(0));
  }
}

void NerModel::transition_features(const Context& ctx, std::size_t k, int prev, std::vector<std::uint32_t>& out) const {
  out.clear();
  const Adder add{(std::uint64_t{1} << bits_) - 1, out};
  const auto t1 = static_cast<std::uint64_t>(prev + 1);
  add(14, t1);
  add(16, t1, ctx.lower[k]);
  add(17, t1, ctx.shape[k]);
  add(24, t1, ctx.gaz[k]);
  add(29, ctx.flags[k], t1);
  if (uses_pos_) add(37, ctx.upos[k], t1);
  if (!ctx.stack.empty()) add(67, t1, ctx.stack[k][0]);
  if (!clusters_.empty()) add(59, t1, ctx.cluster[k][1]);
}

}  // namespace kg::extract
