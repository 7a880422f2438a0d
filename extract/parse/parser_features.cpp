#include "extract/parse/parser_features.h"

#include "extract/model_io/linear.h"

namespace kg::extract::parser_features {
namespace {

using model_io::feat;
using model_io::hash_combine;

constexpr std::uint64_t kNone = 0x1F2E3D4C5B6A7988ULL;
constexpr std::uint64_t kRootW = 0x0123456789ABCDEFULL;

std::uint64_t dist_bucket(int d) {
  if (d < 0) return 99;
  if (d <= 4) return static_cast<std::uint64_t>(d);
  if (d <= 9) return 5;
  return 6;
}

}  // namespace

void sentence_atoms(const Document& doc, std::uint32_t first, std::uint32_t end, std::vector<WordAtoms>& out) {
  out.resize(end - first + 1);
  out[0] = {kRootW, 1000, 2000};
  char buf[64];
  for (std::uint32_t i = first; i < end; ++i) {
    const Token& t = doc.tokens[i];
    const std::string_view f = doc.form(t);
    std::uint64_t w;
    if (f.size() <= sizeof buf) {
      for (std::size_t k = 0; k < f.size(); ++k) {
        const char c = f[k];
        buf[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      }
      w = model_io::hash_bytes(std::string_view(buf, f.size()));
    } else {
      w = model_io::hash_bytes(f);
    }
    out[i - first + 1] = {w, 1001u + t.xpos, 2001u + t.upos};
  }
}

std::size_t features(const parse::State& st, const std::vector<WordAtoms>& words, std::uint64_t* out) {
  const int s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const int b0 = st.b(0), b1 = st.b(1), b2 = st.b(2);
  auto W = [&](int i) { return i >= 0 ? words[static_cast<std::size_t>(i)].w : kNone; };
  auto P = [&](int i) { return i >= 0 ? words[static_cast<std::size_t>(i)].p : kNone; };
  auto U = [&](int i) { return i >= 0 ? words[static_cast<std::size_t>(i)].u : kNone; };
  auto L = [&](int i) { return i >= 0 ? static_cast<std::uint64_t>(st.label(i)) : kNone; };
  auto lc1 = [&](int i) { return i >= 0 ? st.left1(i) : -1; };
  auto lc2 = [&](int i) { return i >= 0 ? st.left2(i) : -1; };
  auto rc1 = [&](int i) { return i >= 0 ? st.right1(i) : -1; };
  auto rc2 = [&](int i) { return i >= 0 ? st.right2(i) : -1; };
  auto NL = [&](int i) { return i >= 0 ? static_cast<std::uint64_t>(st.n_left(i)) : kNone; };
  auto NR = [&](int i) { return i >= 0 ? static_cast<std::uint64_t>(st.n_right(i)) : kNone; };
  auto LS = [&](int i) { return i >= 0 ? st.left_labels(i) : kNone; };
  auto RS = [&](int i) { return i >= 0 ? st.right_labels(i) : kNone; };

  const std::uint64_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), b0w = W(b0), b0p = P(b0);
  const std::uint64_t b1w = W(b1), b1p = P(b1), b2p = P(b2), s2p = P(s2);
  const std::uint64_t s0wp = hash_combine(s0w, s0p), s1wp = hash_combine(s1w, s1p), b0wp = hash_combine(b0w, b0p);
  const int s0l = lc1(s0), s0r = rc1(s0), s1l = lc1(s1), s1r = rc1(s1), b0l = lc1(b0);
  const int s0l2 = lc2(s0), s0r2 = rc2(s0), b0l2 = lc2(b0);
  const std::uint64_t d1 = (s0 >= 0 && b0 >= 0) ? dist_bucket(b0 - s0) : 98;
  const std::uint64_t d2 = (s0 >= 0 && s1 >= 0) ? dist_bucket(s0 - s1) : 98;

  std::size_t k = 0;
  out[k++] = feat(1, s0w);
  out[k++] = feat(2, s0p);
  out[k++] = feat(3, s0wp);
  out[k++] = feat(4, s1w);
  out[k++] = feat(5, s1p);
  out[k++] = feat(6, s1wp);
  out[k++] = feat(7, b0w);
  out[k++] = feat(8, b0p);
  out[k++] = feat(9, b0wp);
  out[k++] = feat(10, b1w);
  out[k++] = feat(11, b1p);
  out[k++] = feat(12, b1w, b1p);
  out[k++] = feat(13, W(b2));
  out[k++] = feat(14, b2p);
  out[k++] = feat(15, s2p);
  out[k++] = feat(16, W(s2));
  out[k++] = feat(17, s0wp, b0wp);
  out[k++] = feat(18, s0wp, b0w);
  out[k++] = feat(19, s0w, b0wp);
  out[k++] = feat(20, s0wp, b0p);
  out[k++] = feat(21, s0p, b0wp);
  out[k++] = feat(22, s0w, b0w);
  out[k++] = feat(23, s0p, b0p);
  out[k++] = feat(24, b0p, b1p);
  out[k++] = feat(25, s1wp, s0wp);
  out[k++] = feat(26, s1wp, s0p);
  out[k++] = feat(27, s1p, s0wp);
  out[k++] = feat(28, s1w, s0w);
  out[k++] = feat(29, s1p, s0p);
  out[k++] = feat(30, b0p, b1p, b2p);
  out[k++] = feat(31, s0p, b0p, b1p);
  out[k++] = feat(32, s1p, s0p, b0p);
  out[k++] = feat(33, s0p, P(s0l), b0p);
  out[k++] = feat(34, s0p, P(s0r), b0p);
  out[k++] = feat(35, s0p, b0p, P(b0l));
  out[k++] = feat(36, s1p, s0p, P(s0l));
  out[k++] = feat(37, s1p, s0p, P(s0r));
  out[k++] = feat(38, s2p, s1p, s0p);
  out[k++] = feat(39, s1p, P(s1r), s0p);
  out[k++] = feat(40, s1p, P(s1l), s0p);
  out[k++] = feat(41, s0w, d1);
  out[k++] = feat(42, s0p, d1);
  out[k++] = feat(43, b0w, d1);
  out[k++] = feat(44, b0p, d1);
  out[k++] = feat(45, s0w, b0w, d1);
  out[k++] = feat(46, s0p, b0p, d1);
  out[k++] = feat(47, s1w, d2);
  out[k++] = feat(48, s1p, d2);
  out[k++] = feat(49, s0w, d2);
  out[k++] = feat(50, s0p, d2);
  out[k++] = feat(51, s1p, s0p, d2);
  out[k++] = feat(52, s1w, s0w, d2);
  out[k++] = feat(53, s0w, NR(s0));
  out[k++] = feat(54, s0p, NR(s0));
  out[k++] = feat(55, s0w, NL(s0));
  out[k++] = feat(56, s0p, NL(s0));
  out[k++] = feat(57, b0w, NL(b0));
  out[k++] = feat(58, b0p, NL(b0));
  out[k++] = feat(59, s1w, NR(s1));
  out[k++] = feat(60, s1p, NR(s1));
  out[k++] = feat(61, s1p, NL(s1));
  out[k++] = feat(62, W(s0l));
  out[k++] = feat(63, P(s0l));
  out[k++] = feat(64, L(s0l));
  out[k++] = feat(65, W(s0r));
  out[k++] = feat(66, P(s0r));
  out[k++] = feat(67, L(s0r));
  out[k++] = feat(68, W(b0l));
  out[k++] = feat(69, P(b0l));
  out[k++] = feat(70, L(b0l));
  out[k++] = feat(71, W(s1r));
  out[k++] = feat(72, P(s1r));
  out[k++] = feat(73, L(s1r));
  out[k++] = feat(74, P(s1l));
  out[k++] = feat(75, L(s1l));
  out[k++] = feat(76, P(s0l2));
  out[k++] = feat(77, L(s0l2));
  out[k++] = feat(78, P(s0r2));
  out[k++] = feat(79, L(s0r2));
  out[k++] = feat(80, P(b0l2));
  out[k++] = feat(81, L(b0l2));
  out[k++] = feat(82, s0p, L(s0l), L(s0l2));
  out[k++] = feat(83, s0p, L(s0r), L(s0r2));
  out[k++] = feat(84, b0p, L(b0l), L(b0l2));
  out[k++] = feat(85, s0w, LS(s0));
  out[k++] = feat(86, s0p, LS(s0));
  out[k++] = feat(87, s0w, RS(s0));
  out[k++] = feat(88, s0p, RS(s0));
  out[k++] = feat(89, b0w, LS(b0));
  out[k++] = feat(90, b0p, LS(b0));
  out[k++] = feat(91, s1p, RS(s1));
  out[k++] = feat(92, U(s0));
  out[k++] = feat(93, U(b0));
  out[k++] = feat(94, U(s1));
  out[k++] = feat(95, U(s0), U(b0));
  out[k++] = feat(96, U(s1), U(s0));
  out[k++] = feat(97, U(b1));
  out[k++] = feat(98, b0w, b1p);
  out[k++] = feat(99, b0p, b1w);
  out[k++] = feat(100, b0w, b1w);
  out[k++] = feat(102, s1w, b0w);
  out[k++] = feat(103, s1p, b0p);
  out[k++] = feat(104, s0w, s0p, W(s0l));
  return k;
}

}  // namespace kg::extract::parser_features
