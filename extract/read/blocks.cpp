#include "extract/read/blocks.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_set>

#include "extract/read/dates.h"

namespace kg::extract {
namespace {

struct Line {
  std::uint32_t begin = 0, end = 0;  // without the '\n'
  bool blank = true;
  std::size_t words = 0;
  bool final_punct = false;  // ends like a sentence
  std::string key;           // lower-cased, spaces folded: for phrase and repeat tests
  BlockKind kind = BlockKind::kBody;
  std::string_view reason;
};

std::string fold(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t') { space = !out.empty(); continue; }
    if (space) { out += ' '; space = false; }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool ends_like_sentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  if (s.empty()) return false;
  // strip closing quotes and brackets (ASCII and the UTF-8 right quotes)
  for (;;) {
    if (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']')) {
      s.remove_suffix(1);
      continue;
    }
    if (s.size() >= 3 && (s.substr(s.size() - 3) == "\u201D" || s.substr(s.size() - 3) == "\u2019")) {
      s.remove_suffix(3);
      continue;
    }
    break;
  }
  if (s.empty()) return false;
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' ||
         (s.size() >= 3 && s.substr(s.size() - 3) == "\u2026");
}

bool is_chrome_phrase(std::string_view key) {
  static const std::unordered_set<std::string_view> kPhrases = {
      "follow us", "follow us on", "follow us on twitter", "follow us on facebook", "share",
      "share this", "share this article", "share this story", "share on facebook",
      "share on twitter", "share via email", "tweet", "email", "print", "most popular",
      "most read", "most viewed", "trending", "trending now", "related", "related articles",
      "related posts", "related stories", "related news", "read more", "read also",
      "also read", "see also", "more from", "more stories", "recommended", "recommended for you",
      "you may also like", "advertisement", "sponsored", "subscribe", "subscribe now",
      "sign up", "newsletter", "sign up for our newsletter", "comments", "leave a comment",
      "leave a reply", "click here", "tags", "topics", "all rights reserved", "back to top",
      "previous article", "next article", "previous post", "next post", "latest news",
      "latest", "popular posts", "editor's picks", "top stories", "login", "log in", "menu",
      "search", "home", "skip to content", "cookie policy", "privacy policy", "terms of use",
      "about us", "contact us"};
  std::string_view k = key;
  while (!k.empty() && (k.back() == ':' || k.back() == '.' || k.back() == ' ')) k.remove_suffix(1);
  if (kPhrases.count(k)) return true;
  return k.starts_with("copyright ") || k.starts_with("\xc2\xa9") || k.starts_with("follow us on ") ||
         k.starts_with("share on ") || k.starts_with("tags:") || k.starts_with("posted in ") ||
         k.starts_with("filed under");
}

bool is_list_heading(std::string_view key) {
  std::string_view k = key;
  while (!k.empty() && (k.back() == ':' || k.back() == ' ')) k.remove_suffix(1);
  return k == "most popular" || k == "most read" || k == "most viewed" || k == "trending" ||
         k == "trending now" || k.starts_with("related") || k == "read more" || k == "recommended" ||
         k == "you may also like" || k == "latest news" || k == "top stories" || k == "also read" ||
         k == "popular posts" || k == "editor's picks" || k == "more stories" || k == "see also";
}

// "HomeNewsWorld" (menu items glued together) or "Home > News > World".
bool is_breadcrumb(std::string_view s, std::size_t words) {
  if (s.size() >= 5 && s.substr(0, 4) == "Home" && std::isupper(static_cast<unsigned char>(s[4]))) return true;
  std::size_t seps = 0;
  for (std::string_view sep : {" > ", " \u00BB ", " \u203A ", " / ", " | "}) {
    for (std::size_t p = s.find(sep); p != std::string_view::npos; p = s.find(sep, p + 1)) ++seps;
  }
  return seps >= 2 && words <= 4 * (seps + 1);
}

// A byline: 2 to 4 capitalised words and nothing else.
bool is_name_line(std::string_view s, std::size_t words) {
  if (words < 2 || words > 4 || s.size() > 50) return false;
  bool start = true;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == ' ') { start = true; continue; }
    if (start && !(std::isupper(u) || u >= 0x80)) return false;
    if (!std::isalpha(u) && u < 0x80 && c != '-' && c != '.' && c != '\'') return false;
    start = false;
  }
  return true;
}

bool has_bio_cue(std::string_view key) {
  static constexpr std::array<std::string_view, 22> kCues = {
      "graduate", "degree", "journalist", "writer", "correspondent", "columnist", "editor",
      "reporter", "author of", "analyst", "researcher", "student", "internship", "holds a",
      "is based in", "works as", "contributor", "freelance", "bachelor", "master's", "phd",
      "studied"};
  std::size_t hits = 0;
  for (auto cue : kCues) if (key.find(cue) != std::string_view::npos) ++hits;
  return hits >= 2;
}


}  // namespace

std::string_view block_kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::kBody: return "body";
    case BlockKind::kTitle: return "title";
    case BlockKind::kDateline: return "dateline";
    case BlockKind::kBoilerplate: return "boilerplate";
    case BlockKind::kBlank: return "blank";
  }
  return "body";
}

namespace {

// A wire story's sign-off: one capitalised word without punctuation after the last
// sentence of the last body block, on the same line ("... the sources said. REUTER").
// It is split off as boilerplate, so it makes no mention and no node.
bool split_sign_off(Document& doc) {
  for (std::size_t i = doc.blocks.size(); i-- > 0;) {
    Block& bl = doc.blocks[i];
    if (bl.kind == BlockKind::kBlank) continue;
    if (bl.kind != BlockKind::kBody) return false;
    const std::string_view s = doc.slice(bl.begin, bl.end);
    std::size_t w = s.size();
    while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
    const std::size_t len = s.size() - w;
    if (len < 2 || len > 12 || !std::isupper(static_cast<unsigned char>(s[w]))) return false;
    std::size_t p = w;
    while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t')) --p;
    if (p == w || p == 0) return false;  // the word must follow a blank, after some text
    const char before = s[p - 1];
    // "U.S. Senate": an initial's full stop ends no sentence.
    if (before == '.' && p >= 2 && std::isupper(static_cast<unsigned char>(s[p - 2])) &&
        (p == 2 || !std::isalpha(static_cast<unsigned char>(s[p - 3]))))
      return false;
    if (before != '.' && before != '!' && before != '?' && before != '"' && before != '\'') {
      // Closing curly quote (U+201D, E2 80 9D) ends a sentence too.
      if (!(p >= 3 && s.substr(p - 3, 3) == "\xE2\x80\x9D")) return false;
    }
    const auto split = static_cast<std::uint32_t>(bl.begin + p);
    const auto word = static_cast<std::uint32_t>(bl.begin + w);
    const std::uint32_t end = bl.end;
    bl.end = split;
    doc.blocks.insert(doc.blocks.begin() + static_cast<std::ptrdiff_t>(i + 1),
                      {Block{split, word, BlockKind::kBlank, ""}, Block{word, end, BlockKind::kBoilerplate, "sign-off"}});
    return true;
  }
  return false;
}

}  // namespace

BlockStats segment_blocks(Document& doc, bool keep_boilerplate) {
  const std::string_view text = doc.text;
  std::vector<Line> lines;
  for (std::size_t b = 0; b <= text.size();) {
    std::size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    if (b == text.size() && e == b) break;
    Line l;
    l.begin = static_cast<std::uint32_t>(b);
    l.end = static_cast<std::uint32_t>(e);
    const std::string_view s = text.substr(b, e - b);
    l.blank = s.find_first_not_of(" \t") == std::string_view::npos;
    if (!l.blank) {
      bool in_word = false;
      for (char c : s) {
        const bool sp = c == ' ' || c == '\t';
        if (!sp && !in_word) ++l.words;
        in_word = !sp;
      }
      l.final_punct = ends_like_sentence(s);
    }
    lines.push_back(std::move(l));
    b = e + 1;
  }

  auto trimmed = [&](const Line& l) {
    std::string_view s = text.substr(l.begin, l.end - l.begin);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
  };
  auto headline_like = [](const Line& l) { return !l.blank && !l.final_punct && l.words <= 25; };
  // A whole line that is a dateline: a town in capitals or followed by a comma, then the
  // agency ("BANGKOK, Thailand (AP)", "MEXICO CITY (AP)"); a headline with a bracket
  // ("Boeing Sacks Executive (Update)") is none.
  auto standalone_dateline = [](std::string_view line) {
    Dateline dl;
    if (!parse_dateline(line, dl) || dl.length < line.size()) return false;
    const std::string_view town = line.substr(dl.place_begin, dl.place_end - dl.place_begin);
    const bool caps = std::none_of(town.begin(), town.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    const std::size_t comma = line.find(','), paren = line.find('(');
    return std::count(town.begin(), town.end(), ' ') < 3 && (caps || comma < paren);
  };

  if (!keep_boilerplate) {
    bool seen_body = false, seen_title = false, in_list = false;
    std::unordered_set<std::string_view> short_lines;  // keys of the short lines seen so far
    for (std::size_t i = 0; i < lines.size(); ++i) {
      Line& l = lines[i];
      if (l.blank) continue;
      // Page chrome, headlines, bylines and repeats are short lines; a line of wrapped
      // prose (long, inside a paragraph) is body without further tests.
      const bool isolated = (i == 0 || lines[i - 1].blank) && (i + 1 == lines.size() || lines[i + 1].blank);
      if (l.words > 15 || (l.end - l.begin >= 64 && !isolated)) {
        in_list = false;
        seen_body = true;
        continue;
      }
      const std::string_view s = trimmed(l);
      l.key = fold(s);
      const bool repeated = !short_lines.insert(l.key).second;
      if (in_list && headline_like(l) && !is_chrome_phrase(l.key)) {
        l.kind = BlockKind::kBoilerplate;
        l.reason = "link list";
        continue;
      }
      in_list = false;
      if (!l.final_punct && is_breadcrumb(s, l.words)) {
        l.kind = BlockKind::kBoilerplate;
        l.reason = "breadcrumb";
      } else if (l.words <= 8 && is_chrome_phrase(l.key)) {
        l.kind = BlockKind::kBoilerplate;
        l.reason = "page chrome";
        in_list = is_list_heading(l.key);
      } else if (repeated) {
        l.kind = BlockKind::kBoilerplate;
        l.reason = "repeated line";
      } else if (!seen_body && standalone_dateline(s)) {
        // "BANGKOK, Thailand (AP)" on a line of its own opens the body (marked a dateline
        // below), however much it looks like a headline.
        seen_body = true;
      } else if (!seen_body && !seen_title && headline_like(l) && l.words >= 2) {
        l.kind = BlockKind::kTitle;
        seen_title = true;
      } else if (seen_body && !l.final_punct && is_name_line(s, l.words)) {
        // A byline followed (after repeats of itself) by a paragraph about the author.
        std::size_t j = i + 1;
        while (j < lines.size() && (lines[j].blank || trimmed(lines[j]) == s ||
                                    (!lines[j].final_punct && is_name_line(trimmed(lines[j]), lines[j].words))))
          ++j;
        if (j < lines.size() && has_bio_cue(fold(text.substr(lines[j].begin, lines[j].end - lines[j].begin)))) {
          for (std::size_t k = i; k <= j; ++k) {
            if (lines[k].blank) continue;
            lines[k].kind = BlockKind::kBoilerplate;
            lines[k].reason = "author bio";
          }
          i = j;
        }
      } else {
        seen_body = seen_body || l.final_punct;
      }
    }
  }

  // Group lines into blocks: consecutive body lines form one block until a blank line or
  // a short unpunctuated line, which stands alone.
  doc.blocks.clear();
  BlockStats stats;
  auto push = [&](std::uint32_t b, std::uint32_t e, BlockKind k, std::string_view reason) {
    if (b >= e) return;
    if (!doc.blocks.empty() && doc.blocks.back().kind == k && doc.blocks.back().end == b &&
        (k == BlockKind::kBlank)) {
      doc.blocks.back().end = e;
      return;
    }
    doc.blocks.push_back({b, e, k, reason});
    if (k == BlockKind::kBoilerplate) ++stats.boilerplate_blocks;
  };
  std::uint32_t open = 0;
  bool have_open = false;
  auto close_open = [&](std::uint32_t at) {
    if (have_open) push(open, at, BlockKind::kBody, "");
    have_open = false;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    const std::uint32_t next = std::min<std::uint32_t>(l.end + 1, static_cast<std::uint32_t>(text.size()));
    if (l.blank) {
      close_open(l.begin);
      push(l.begin, next, BlockKind::kBlank, "");
      continue;
    }
    // A short unpunctuated line stands alone (a heading, a menu item), unless the next
    // line continues its sentence in lower case (hard-wrapped prose).
    const bool continued = i + 1 < lines.size() && !lines[i + 1].blank &&
                           std::islower(static_cast<unsigned char>(text[lines[i + 1].begin]));
    const bool alone = l.kind != BlockKind::kBody || (!l.final_punct && l.words <= 8 && l.end - l.begin < 60 && !continued);
    if (alone) {
      close_open(l.begin);
      push(l.begin, l.end, l.kind, l.reason);
      push(l.end, next, BlockKind::kBlank, "");
      continue;
    }
    if (!have_open) { open = l.begin; have_open = true; }
  }
  close_open(static_cast<std::uint32_t>(text.size()));
  // The trailing '\n' of the last body block belongs to a blank block.
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    Block& bl = doc.blocks[i];
    if (bl.kind != BlockKind::kBody) continue;
    std::uint32_t e = bl.end;
    while (e > bl.begin && (text[e - 1] == '\n' || text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
    if (e < bl.end) {
      const std::uint32_t old_end = bl.end;
      bl.end = e;
      doc.blocks.insert(doc.blocks.begin() + static_cast<std::ptrdiff_t>(i + 1), Block{e, old_end, BlockKind::kBlank, ""});
      ++i;
    }
  }

  if (!keep_boilerplate) {
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
      const Block& bl = doc.blocks[i];
      if (bl.kind == BlockKind::kTitle && doc.title.empty()) doc.title = std::string(doc.slice(bl.begin, bl.end));
      if (bl.kind != BlockKind::kBody) continue;
      Dateline dl;
      if (parse_dateline(doc.slice(bl.begin, bl.end), dl)) {
        const std::uint32_t at = bl.begin;  // bl dangles once a block is inserted
        const auto split = static_cast<std::uint32_t>(at + dl.length);
        const bool alone = split >= bl.end;  // "BANGKOK, Thailand (AP)" on a line of its own
        Block body{split, bl.end, BlockKind::kBody, ""};
        doc.blocks[i].end = std::min(split, bl.end);
        doc.blocks[i].kind = BlockKind::kDateline;
        doc.blocks[i].reason = "dateline";
        if (!alone) doc.blocks.insert(doc.blocks.begin() + static_cast<std::ptrdiff_t>(i + 1), body);
        if (doc.place.empty()) {
          doc.place = dl.place;
          doc.place_begin = static_cast<std::uint32_t>(at + dl.place_begin);
          doc.place_end = static_cast<std::uint32_t>(at + dl.place_end);
          doc.place_region_begin = static_cast<std::uint32_t>(at + dl.region_begin);
          doc.place_region_end = static_cast<std::uint32_t>(at + dl.region_end);
        }
        if (doc.published.empty()) doc.published = dl.date;
      }
      break;  // only the first body block can open with a dateline
    }
    // A text of one headline-like line and nothing else ("Fighting flared in Sudan") is what
    // the user gave to read: its title is its body too, so nothing is silently dropped.
    if (std::none_of(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) {
          return b.kind == BlockKind::kBody || b.kind == BlockKind::kDateline;
        })) {
      for (Block& b : doc.blocks)
        if (b.kind == BlockKind::kTitle) b.kind = BlockKind::kBody;
    }
    if (split_sign_off(doc)) ++stats.boilerplate_blocks;
  }
  doc.layers |= kLayerBlocks;
  return stats;
}

}  // namespace kg::extract
