#include "extract/tag/tagger_features.h"

#include <string>

#include "extract/model_io/linear.h"

namespace kg::extract::tagger_features {
namespace {

using model_io::feat;
using model_io::hash_bytes;

constexpr std::uint64_t kNone = 0x5bd1e9955bd1e995ULL;   // no word here (sentence boundary)
constexpr std::uint32_t kStartTag = 0xFFFF;

}  // namespace

WordInfo word_info(std::string_view form) {
  WordInfo w;
  w.form = hash_bytes(form);
  char buf[64];
  std::string lower_big;
  std::string_view lower;
  if (form.size() <= sizeof buf) {
    for (std::size_t i = 0; i < form.size(); ++i) {
      const char c = form[i];
      buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    lower = std::string_view(buf, form.size());
  } else {
    lower_big.assign(form);
    for (char& c : lower_big) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    lower = lower_big;
  }
  w.lower = lower == form ? w.form : hash_bytes(lower);
  for (std::size_t k = 1; k <= 4; ++k) {
    const std::size_t n = std::min(k, lower.size());
    w.suf[k - 1] = hash_bytes(lower.substr(lower.size() - n)) + k;
  }
  for (std::size_t k = 1; k <= 3; ++k) {
    w.pre[k - 1] = hash_bytes(lower.substr(0, std::min(k, lower.size()))) + 7 * k;
  }
  char shape[16];
  std::size_t sn = 0;
  bool digit = false, hyphen = false, upper = false, all_upper = !form.empty(), init_upper = false;
  char last = 0;
  for (std::size_t i = 0; i < form.size(); ++i) {
    const char c = form[i];
    char s;
    if (c >= 'A' && c <= 'Z') {
      s = 'X';
      upper = true;
      if (i == 0) init_upper = true;
    } else if (c >= 'a' && c <= 'z') {
      s = 'x';
      all_upper = false;
    } else if (c >= '0' && c <= '9') {
      s = 'd';
      digit = true;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      s = 'u';
      all_upper = false;
    } else {
      s = c;
      if (c == '-') hyphen = true;
    }
    if (s != last && sn < sizeof shape) shape[sn++] = s;
    last = s;
  }
  w.shape = hash_bytes(std::string_view(shape, sn));
  w.flags = (digit ? 1u : 0u) | (hyphen ? 2u : 0u) | (upper ? 4u : 0u) | (all_upper && upper ? 8u : 0u) |
            (init_upper ? 16u : 0u) | (form.size() <= 3 ? 32u : 0u);
  return w;
}

std::size_t features(const std::vector<WordInfo>& words, std::size_t i, std::uint32_t prev1, std::uint32_t prev2,
                     std::uint64_t* out) {
  const WordInfo& w = words[i];
  const std::size_t n = words.size();
  const std::uint64_t lw_m1 = i >= 1 ? words[i - 1].lower : kNone;
  const std::uint64_t lw_m2 = i >= 2 ? words[i - 2].lower : kNone;
  const std::uint64_t lw_p1 = i + 1 < n ? words[i + 1].lower : kNone;
  const std::uint64_t lw_p2 = i + 2 < n ? words[i + 2].lower : kNone;
  const std::uint64_t suf_m1 = i >= 1 ? words[i - 1].suf[2] : kNone;
  const std::uint64_t suf_p1 = i + 1 < n ? words[i + 1].suf[2] : kNone;
  const std::uint64_t suf2_p1 = i + 1 < n ? words[i + 1].suf[1] : kNone;
  const std::uint64_t shape_p1 = i + 1 < n ? words[i + 1].shape : kNone;
  const std::uint64_t shape_m1 = i >= 1 ? words[i - 1].shape : kNone;
  const std::uint64_t t1 = i >= 1 ? prev1 : kStartTag;
  const std::uint64_t t2 = i >= 2 ? prev2 : kStartTag;
  std::size_t k = 0;
  out[k++] = feat(0, 0);
  out[k++] = feat(1, w.form);
  out[k++] = feat(2, w.lower);
  for (std::uint64_t j = 0; j < 4; ++j) out[k++] = feat(3 + j, w.suf[j]);
  for (std::uint64_t j = 0; j < 3; ++j) out[k++] = feat(7 + j, w.pre[j]);
  out[k++] = feat(10, w.shape);
  out[k++] = feat(11, t1);
  out[k++] = feat(12, t1, t2);
  out[k++] = feat(13, t1, w.lower);
  out[k++] = feat(14, lw_m1);
  out[k++] = feat(15, suf_m1);
  out[k++] = feat(16, lw_m2);
  out[k++] = feat(17, lw_p1);
  out[k++] = feat(18, suf_p1);
  out[k++] = feat(19, lw_p2);
  out[k++] = feat(20, lw_m1, w.lower);
  out[k++] = feat(21, w.lower, lw_p1);
  out[k++] = feat(22, shape_p1);
  out[k++] = feat(23, t1, lw_p1);
  out[k++] = feat(24, i == 0 ? 1 : 0, w.flags);
  out[k++] = feat(25, shape_m1);
  out[k++] = feat(26, w.flags);
  out[k++] = feat(27, lw_p1, lw_p2);
  out[k++] = feat(28, t1, w.suf[2]);
  out[k++] = feat(29, suf2_p1);
  out[k++] = feat(30, t2);
  out[k++] = feat(31, lw_m1, lw_p1);
  out[k++] = feat(32, t1, suf_p1);
  const std::uint64_t ambl_p1 = i + 1 < n ? words[i + 1].amb_lower : kNone;
  out[k++] = feat(34, w.amb_lower, w.flags);
  out[k++] = feat(39, ambl_p1);
  return k;
}

}  // namespace kg::extract::tagger_features
