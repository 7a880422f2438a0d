#include "extract/train/word_clusters.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <unordered_map>

#include "extract/ascii.h"
#include "extract/tokenize/tokenizer.h"
#include "extract/train/treebank.h"

namespace kg::extract {
namespace {

void tokenize_line(std::string_view text, TextSequences& out, std::size_t& words) {
  std::vector<Token> toks;
  tokenize_span(text, 0, toks);
  if (toks.empty()) return;
  std::vector<std::string> seq;
  seq.reserve(toks.size());
  for (const Token& t : toks) seq.push_back(lower_ascii(text.substr(t.begin, t.end - t.begin)));
  words += seq.size();
  out.push_back(std::move(seq));
}

// x log x, tabulated for small counts.
class XLogX {
 public:
  XLogX() : table_(kSize) {
    for (std::size_t k = 1; k < kSize; ++k) table_[k] = static_cast<double>(k) * std::log(static_cast<double>(k));
  }
  double operator()(std::int64_t x) const {
    if (x <= 0) return 0.0;
    if (static_cast<std::size_t>(x) < kSize) return table_[static_cast<std::size_t>(x)];
    return static_cast<double>(x) * std::log(static_cast<double>(x));
  }

 private:
  static constexpr std::size_t kSize = std::size_t{1} << 20;
  std::vector<double> table_;
};

// Items (words, or classes of a finer level) with bigram counts between them.
struct BigramGraph {
  std::vector<std::vector<std::pair<int, std::int64_t>>> right, left;  // neighbour item, count
  std::vector<std::int64_t> as_left, as_right;                        // marginals
  void resize(std::size_t n) {
    right.assign(n, {});
    left.assign(n, {});
    as_left.assign(n, 0);
    as_right.assign(n, 0);
  }
  void finish() {
    for (std::size_t i = 0; i < right.size(); ++i) {
      for (const auto& [j, c] : right[i]) {
        left[static_cast<std::size_t>(j)].emplace_back(static_cast<int>(i), c);
        as_left[i] += c;
        as_right[static_cast<std::size_t>(j)] += c;
      }
    }
  }
};

class Exchange {
 public:
  // Items [0, fixed) keep classes [0, fixed); the others share classes [fixed, fixed + k),
  // first round-robin in item order (the caller orders them by frequency).
  Exchange(const BigramGraph& g, int fixed, int k) : g_(g), classes_(fixed + k), cls_(g.right.size()) {
    for (std::size_t i = 0; i < cls_.size(); ++i)
      cls_[i] = static_cast<int>(i) < fixed ? static_cast<int>(i) : fixed + static_cast<int>((i - static_cast<std::size_t>(fixed)) % static_cast<std::size_t>(k));
    fixed_ = fixed;
    n_.assign(static_cast<std::size_t>(classes_) * static_cast<std::size_t>(classes_), 0);
    nl_.assign(static_cast<std::size_t>(classes_), 0);
    nr_.assign(static_cast<std::size_t>(classes_), 0);
    for (std::size_t i = 0; i < cls_.size(); ++i) {
      for (const auto& [j, c] : g_.right[i]) cell(cls_[i], cls_[static_cast<std::size_t>(j)]) += c;
      nl_[static_cast<std::size_t>(cls_[i])] += g_.as_left[i];
      nr_[static_cast<std::size_t>(cls_[i])] += g_.as_right[i];
    }
    scratch_r_.assign(static_cast<std::size_t>(classes_), 0);
    scratch_l_.assign(static_cast<std::size_t>(classes_), 0);
  }

  // One pass over the movable items; returns how many changed class.
  std::size_t pass() {
    std::size_t moved = 0;
    for (std::size_t w = static_cast<std::size_t>(fixed_); w < cls_.size(); ++w) {
      const Profile p = profile(w);
      const int from = cls_[w];
      apply(w, p, from, -1);
      int best = from;
      double best_gain = gain(p, from);
      for (int c = fixed_; c < classes_; ++c) {
        if (c == from) continue;
        const double gc = gain(p, c);
        if (gc > best_gain + 1e-9) {
          best_gain = gc;
          best = c;
        }
      }
      apply(w, p, best, +1);
      cls_[w] = best;
      moved += best != from;
    }
    return moved;
  }

  // The best movable class for an item outside the graph with these neighbour classes.
  int best_class(const std::vector<std::pair<int, std::int64_t>>& right_classes,
                 const std::vector<std::pair<int, std::int64_t>>& left_classes) const {
    Profile p;
    p.r = right_classes;
    p.l = left_classes;
    for (const auto& rc : p.r) p.nl += rc.second;
    for (const auto& lc : p.l) p.nr += lc.second;
    int best = fixed_;
    double best_gain = gain(p, fixed_);
    for (int c = fixed_ + 1; c < classes_; ++c) {
      const double gc = gain(p, c);
      if (gc > best_gain + 1e-9) {
        best_gain = gc;
        best = c;
      }
    }
    return best;
  }

  const std::vector<int>& classes() const { return cls_; }
  int class_count() const { return classes_; }
  std::int64_t count(int a, int b) const {
    return n_[static_cast<std::size_t>(a) * static_cast<std::size_t>(classes_) + static_cast<std::size_t>(b)];
  }

 private:
  struct Profile {
    std::vector<std::pair<int, std::int64_t>> r, l;  // class of right / left neighbours (not the item itself)
    std::int64_t self = 0, nl = 0, nr = 0;
  };

  std::int64_t& cell(int a, int b) {
    return n_[static_cast<std::size_t>(a) * static_cast<std::size_t>(classes_) + static_cast<std::size_t>(b)];
  }

  Profile profile(std::size_t w) {
    Profile p;
    p.nl = g_.as_left[w];
    p.nr = g_.as_right[w];
    auto gather = [&](const std::vector<std::pair<int, std::int64_t>>& adj, std::vector<std::int64_t>& dense,
                      std::vector<std::pair<int, std::int64_t>>& out) {
      for (const auto& [j, c] : adj) {
        if (static_cast<std::size_t>(j) == w) { p.self = c; continue; }
        const int d = cls_[static_cast<std::size_t>(j)];
        if (dense[static_cast<std::size_t>(d)] == 0) out.emplace_back(d, 0);
        dense[static_cast<std::size_t>(d)] += c;
      }
      for (auto& [d, c] : out) {
        c = dense[static_cast<std::size_t>(d)];
        dense[static_cast<std::size_t>(d)] = 0;
      }
      std::sort(out.begin(), out.end());
    };
    gather(g_.right[w], scratch_r_, p.r);
    gather(g_.left[w], scratch_l_, p.l);
    return p;
  }

  void apply(std::size_t, const Profile& p, int c, int sign) {
    for (const auto& [d, r] : p.r) cell(c, d) += sign * r;
    for (const auto& [d, l] : p.l) cell(d, c) += sign * l;
    cell(c, c) += sign * p.self;
    nl_[static_cast<std::size_t>(c)] += sign * p.nl;
    nr_[static_cast<std::size_t>(c)] += sign * p.nr;
  }

  // Change of sum N(c,d) log N(c,d) - sum NL log NL - sum NR log NR when the item joins c.
  double gain(const Profile& p, int c) const {
    double g = 0;
    std::int64_t diag = p.self;
    for (const auto& [d, r] : p.r) {
      if (d == c) { diag += r; continue; }
      const std::int64_t x = count(c, d);
      g += f_(x + r) - f_(x);
    }
    for (const auto& [d, l] : p.l) {
      if (d == c) { diag += l; continue; }
      const std::int64_t x = count(d, c);
      g += f_(x + l) - f_(x);
    }
    const std::int64_t x = count(c, c);
    g += f_(x + diag) - f_(x);
    const std::int64_t a = nl_[static_cast<std::size_t>(c)], b = nr_[static_cast<std::size_t>(c)];
    g -= f_(a + p.nl) - f_(a);
    g -= f_(b + p.nr) - f_(b);
    return g;
  }

  const BigramGraph& g_;
  int classes_;
  int fixed_ = 0;
  std::vector<int> cls_;
  std::vector<std::int64_t> n_, nl_, nr_;
  std::vector<std::int64_t> scratch_r_, scratch_l_;
  XLogX f_;
};

void run_passes(Exchange& ex, std::size_t movable, int passes) {
  for (int k = 0; k < passes; ++k) {
    if (ex.pass() * 1000 < movable) break;
  }
}

}  // namespace

Result<std::size_t> read_unlabeled_text(std::istream& in, const std::string& name, bool include_nc, TextSequences& out) {
  std::size_t words = 0;
  std::string line;
  const auto ends_with = [&](std::string_view suffix) {
    return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends_with(".conllu")) {
    std::vector<std::string> seq;
    bool skip = false;
    while (std::getline(in, line)) {
      if (line.starts_with("# newdoc")) {
        const std::size_t eq = line.find('=');
        skip = !include_nc && eq != std::string::npos && train::is_nc_gum_document(line.substr(eq + 2));
        continue;
      }
      if (line.empty()) {
        if (!seq.empty()) {
          words += seq.size();
          out.push_back(std::move(seq));
          seq.clear();
        }
        continue;
      }
      if (line[0] == '#' || skip) continue;
      const std::size_t t1 = line.find('\t');
      if (t1 == std::string::npos) return Status::corrupt(name + ": not a CoNLL-U line: " + line.substr(0, 40));
      const std::string_view id = std::string_view(line).substr(0, t1);
      if (id.find('-') != std::string_view::npos || id.find('.') != std::string_view::npos) continue;
      const std::size_t t2 = line.find('\t', t1 + 1);
      seq.push_back(lower_ascii(std::string_view(line).substr(t1 + 1, t2 == std::string::npos ? std::string::npos : t2 - t1 - 1)));
    }
    if (!seq.empty()) {
      words += seq.size();
      out.push_back(std::move(seq));
    }
    return words;
  }
  const bool tsv = ends_with(".tsv");
  bool header = tsv;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (header) { header = false; continue; }
    if (tsv) {
      const std::size_t t1 = line.find('\t');
      const std::size_t t2 = t1 == std::string::npos ? std::string::npos : line.find('\t', t1 + 1);
      if (t2 == std::string::npos) continue;
      tokenize_line(std::string_view(line).substr(t1 + 1, t2 - t1 - 1), out, words);
    } else {
      tokenize_line(line, out, words);
    }
  }
  return words;
}

std::vector<NerModel::WordClusters> learn_word_clusters(const TextSequences& text, const WordClusterOptions& opt) {
  // Vocabulary in frequency order (ties by the word).
  std::map<std::string, std::int64_t> freq;
  for (const auto& seq : text) for (const std::string& w : seq) ++freq[w];
  std::vector<std::pair<std::string, std::int64_t>> vocab(freq.begin(), freq.end());
  std::stable_sort(vocab.begin(), vocab.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  // Items: 0 = sentence boundary, 1 = rare words, then the frequent words.
  constexpr int kFixed = 2;
  std::unordered_map<std::string, int> item;
  std::vector<std::string> rare;
  for (const auto& [w, c] : vocab) {
    if (c >= opt.min_count) item.emplace(w, kFixed + static_cast<int>(item.size()));
    else rare.push_back(w);
  }
  if (item.empty()) return {};
  auto item_of = [&](const std::string& w) {
    const auto it = item.find(w);
    return it == item.end() ? 1 : it->second;
  };
  BigramGraph g;
  g.resize(kFixed + item.size());
  {
    std::vector<std::map<int, std::int64_t>> right(g.right.size());
    for (const auto& seq : text) {
      int prev = 0;
      for (const std::string& w : seq) {
        const int cur = item_of(w);
        ++right[static_cast<std::size_t>(prev)][cur];
        prev = cur;
      }
      ++right[static_cast<std::size_t>(prev)][0];
    }
    for (std::size_t i = 0; i < right.size(); ++i) g.right[i].assign(right[i].begin(), right[i].end());
    g.finish();
  }
  constexpr int kLevels = NerModel::kClusterLevels;
  const std::size_t movable = item.size();
  // Finest level over words.
  Exchange fine(g, kFixed, opt.classes[kLevels - 1]);
  run_passes(fine, movable, opt.passes);
  // Coarser levels over the classes of the next finer level.
  std::vector<std::vector<int>> level_of_class(kLevels);  // class at level l of each fine class
  {
    const int fine_classes = fine.class_count();
    std::vector<int> current(static_cast<std::size_t>(fine_classes));
    for (int c = 0; c < fine_classes; ++c) current[static_cast<std::size_t>(c)] = c;
    level_of_class[kLevels - 1] = current;
    const Exchange* finer = &fine;
    std::vector<std::unique_ptr<BigramGraph>> graphs;
    std::vector<std::unique_ptr<Exchange>> levels;
    for (int l = kLevels - 2; l >= 0; --l) {
      const int n = finer->class_count();
      auto cg = std::make_unique<BigramGraph>();
      cg->resize(static_cast<std::size_t>(n));
      for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
          if (const std::int64_t x = finer->count(a, b); x > 0) cg->right[static_cast<std::size_t>(a)].emplace_back(b, x);
      cg->finish();
      auto ex = std::make_unique<Exchange>(*cg, kFixed, opt.classes[static_cast<std::size_t>(l)]);
      run_passes(*ex, static_cast<std::size_t>(n - kFixed), opt.passes * 2);
      for (int c = 0; c < fine_classes; ++c)
        current[static_cast<std::size_t>(c)] = ex->classes()[static_cast<std::size_t>(current[static_cast<std::size_t>(c)])];
      level_of_class[static_cast<std::size_t>(l)] = current;
      finer = ex.get();
      graphs.push_back(std::move(cg));
      levels.push_back(std::move(ex));
    }
  }
  // Rare words: the best fine class for their neighbours (frequent neighbours' classes).
  std::unordered_map<std::string, int> rare_class;
  {
    std::unordered_map<std::string, std::pair<std::map<int, std::int64_t>, std::map<int, std::int64_t>>> ctx;
    for (const std::string& w : rare) ctx[w];
    const auto& cls = fine.classes();
    for (const auto& seq : text) {
      for (std::size_t k = 0; k < seq.size(); ++k) {
        const auto it = ctx.find(seq[k]);
        if (it == ctx.end()) continue;
        const int left = k == 0 ? 0 : cls[static_cast<std::size_t>(item_of(seq[k - 1]))];
        const int right = k + 1 == seq.size() ? 0 : cls[static_cast<std::size_t>(item_of(seq[k + 1]))];
        ++it->second.second[left];
        ++it->second.first[right];
      }
    }
    for (const std::string& w : rare) {
      const auto& [r, l] = ctx[w];
      rare_class[w] = fine.best_class({r.begin(), r.end()}, {l.begin(), l.end()});
    }
  }
  // Output, ids renumbered per level by first appearance in frequency order.
  std::vector<std::map<int, std::uint16_t>> renumber(kLevels);
  std::vector<NerModel::WordClusters> out;
  out.reserve(vocab.size());
  for (const auto& [w, c] : vocab) {
    const auto it = item.find(w);
    const int fc = it != item.end() ? fine.classes()[static_cast<std::size_t>(it->second)] : rare_class[w];
    NerModel::WordClusters wc;
    wc.word = w;
    for (int l = 0; l < kLevels; ++l) {
      const int cl = level_of_class[static_cast<std::size_t>(l)][static_cast<std::size_t>(fc)];
      auto& ids = renumber[static_cast<std::size_t>(l)];
      const auto id = ids.emplace(cl, static_cast<std::uint16_t>(ids.size() + 1)).first->second;
      wc.id[static_cast<std::size_t>(l)] = id;
    }
    out.push_back(std::move(wc));
  }
  return out;
}

}  // namespace kg::extract
