#include "extract/conllu.h"

#include <algorithm>
#include <charconv>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "extract/tags.h"

namespace kg::extract {
namespace {

struct RawWord {
  std::string form, lemma, upos, xpos, head, deprel, misc;
};
struct RawToken {  // a surface token: one word, or a multiword range
  std::string form;
  bool space_after = true;
  std::vector<RawWord> words;
};

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> cols;
  std::size_t b = 0;
  for (;;) {
    const std::size_t e = line.find('\t', b);
    cols.push_back(line.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return cols;
}

bool parse_uint(std::string_view s, int& v) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool space_after_no(std::string_view misc) {
  std::size_t b = 0;
  while (b <= misc.size()) {
    std::size_t e = misc.find('|', b);
    if (e == std::string_view::npos) e = misc.size();
    if (misc.substr(b, e - b) == "SpaceAfter=No") return true;
    b = e + 1;
  }
  return false;
}

class Builder {
 public:
  Builder(const std::string& name, const ConlluReadOptions& opt, const DocumentSink& sink, ReadReport& report)
      : name_(name), opt_(opt), sink_(sink), report_(report) {}

  Status new_document(std::string id) {
    if (Status s = flush(); !s.is_ok()) return s;
    doc_id_ = std::move(id);
    return Status::ok();
  }

  void add_sentence(const std::string& sent_id, bool new_paragraph, const std::vector<RawToken>& toks) {
    Document& d = doc_;
    if (!d.text.empty()) d.text += '\n';
    Sentence s;
    s.id = sent_id;
    s.starts_paragraph = new_paragraph || d.sentences.empty();
    s.first_token = static_cast<std::uint32_t>(d.tokens.size());
    s.begin = static_cast<std::uint32_t>(d.text.size());
    for (const RawToken& rt : toks) {
      std::string spelled;
      for (const RawWord& w : rt.words) spelled += w.form;
      const bool mwt = rt.words.size() > 1;
      const bool exact = !mwt || spelled == rt.form;
      const std::size_t first_word = d.tokens.size();
      for (std::size_t k = 0; k < rt.words.size(); ++k) {
        const RawWord& w = rt.words[k];
        Token t;
        t.begin = static_cast<std::uint32_t>(d.text.size());
        d.text += w.form;
        t.end = static_cast<std::uint32_t>(d.text.size());
        t.space_after = false;
        if (!exact && k + 1 < rt.words.size()) {
          d.text += ' ';  // words that do not spell the surface form stand apart
        }
        if (opt_.keep_annotation) {
          t.upos = tags::upos_id(w.upos);
          t.xpos = tags::xpos_id(w.xpos);
          t.deprel = tags::deprel_id(w.deprel);
          if (t.deprel == 0 && !w.deprel.empty() && w.deprel != "_") {
            // An unknown subtype keeps its universal part ("obl:npmod" → "obl").
            t.deprel = tags::deprel_id(std::string_view(w.deprel).substr(0, w.deprel.find(':')));
          }
          int h = -1;
          if (parse_uint(w.head, h)) t.head = h - 1;
          if (w.lemma != "_" || w.form == "_") t.lemma = w.lemma;
        }
        d.tokens.push_back(std::move(t));
      }
      if (mwt && exact) d.tokens[first_word].mwt_words = static_cast<std::uint8_t>(rt.words.size());
      d.tokens.back().space_after = rt.space_after;
      if (rt.space_after) d.text += ' ';
    }
    // The separator written after the last token is not part of the sentence.
    if (!d.tokens.empty() && d.tokens.back().space_after && d.tokens.back().end < d.text.size()) d.text.pop_back();
    s.end_token = static_cast<std::uint32_t>(d.tokens.size());
    s.end = static_cast<std::uint32_t>(d.text.size());
    if (s.end_token > s.first_token) d.sentences.push_back(std::move(s));
    if (opt_.max_sentences_per_document && d.sentences.size() >= opt_.max_sentences_per_document) {
      pending_flush_ = true;
    }
  }

  Status maybe_flush() {
    if (!pending_flush_) return Status::ok();
    pending_flush_ = false;
    return flush();
  }

  Status flush() {
    if (doc_.sentences.empty()) {
      doc_ = Document();
      return Status::ok();
    }
    doc_.id = doc_id_.empty() ? fmt::format("{}#{}", name_, ++count_) : doc_id_;
    doc_.source = name_;
    doc_.blocks.push_back({0, static_cast<std::uint32_t>(doc_.text.size()), BlockKind::kBody, ""});
    doc_.layers = kLayerText | kLayerBlocks | kLayerTokens | kLayerSentences;
    if (opt_.keep_annotation) doc_.layers |= kLayerPos | kLayerLemmas | kLayerDependencies;
    ++report_.documents;
    Document out = std::move(doc_);
    doc_ = Document();
    doc_id_.clear();
    return sink_(std::move(out));
  }

 private:
  const std::string& name_;
  const ConlluReadOptions& opt_;
  const DocumentSink& sink_;
  ReadReport& report_;
  Document doc_;
  std::string doc_id_;
  std::size_t count_ = 0;
  bool pending_flush_ = false;
};

}  // namespace

Status read_conllu(std::istream& in, const std::string& name, const ConlluReadOptions& opt,
                   const DocumentSink& sink, ReadReport& report) {
  ++report.files;
  Builder builder(name, opt, sink, report);
  std::string line;
  std::size_t n = 0, sentence_line = 0;
  std::string sent_id;
  std::vector<RawToken> toks;
  int mwt_remaining = 0;
  bool bad = false, new_paragraph = false;
  auto end_sentence = [&]() -> Status {
    if (!bad && std::any_of(toks.begin(), toks.end(), [](const RawToken& t) { return t.words.empty(); })) {
      ++report.rejected;  // "1-2" with no word lines after it: the sentence has no text for it
      report.problems.push_back({name, sentence_line, "multiword token range without its word lines; sentence skipped"});
      bad = true;
    }
    if (!toks.empty() && !bad) builder.add_sentence(sent_id, new_paragraph, toks);
    if (!toks.empty()) new_paragraph = false;
    toks.clear();
    sent_id.clear();
    mwt_remaining = 0;
    bad = false;
    return builder.maybe_flush();
  };
  while (std::getline(in, line)) {
    ++n;
    report.bytes += line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (Status s = end_sentence(); !s.is_ok()) return s;
      continue;
    }
    if (line[0] == '#') {
      std::string_view l(line);
      if (l.starts_with("# newdoc")) {
        if (Status s = end_sentence(); !s.is_ok()) return s;
        const std::size_t eq = l.find('=');
        std::string id = eq == std::string_view::npos ? std::string() : std::string(l.substr(eq + 1));
        while (!id.empty() && id.front() == ' ') id.erase(id.begin());
        if (Status s = builder.new_document(std::move(id)); !s.is_ok()) return s;
      } else if (l.starts_with("# newpar")) {
        new_paragraph = true;
      } else if (l.starts_with("# sent_id")) {
        const std::size_t eq = l.find('=');
        sent_id = eq == std::string_view::npos ? std::string() : std::string(l.substr(eq + 1));
        while (!sent_id.empty() && sent_id.front() == ' ') sent_id.erase(sent_id.begin());
      }
      continue;
    }
    if (toks.empty()) sentence_line = n;
    const auto cols = split_tabs(line);
    if (cols.size() != 10) {
      if (!bad) {
        ++report.rejected;
        report.problems.push_back({name, n, fmt::format("expected 10 tab-separated columns, found {}; sentence "
                                                        "starting at line {} skipped", cols.size(), sentence_line)});
      }
      bad = true;
      continue;
    }
    const std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    const std::size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      int a = 0, b = 0;
      if (!parse_uint(id.substr(0, dash), a) || !parse_uint(id.substr(dash + 1), b) || b < a) {
        if (!bad) {
          ++report.rejected;
          report.problems.push_back({name, n, "malformed multiword token range"});
        }
        bad = true;
        continue;
      }
      RawToken rt;
      rt.form = cols[1];
      rt.space_after = !space_after_no(cols[9]);
      toks.push_back(std::move(rt));
      mwt_remaining = b - a + 1;
      continue;
    }
    RawWord w{std::string(cols[1]), std::string(cols[2]), std::string(cols[3]), std::string(cols[4]),
              std::string(cols[6]), std::string(cols[7]), std::string(cols[9])};
    if (mwt_remaining > 0) {
      toks.back().words.push_back(std::move(w));
      --mwt_remaining;
      continue;
    }
    RawToken rt;
    rt.form = w.form;
    rt.space_after = !space_after_no(w.misc);
    rt.words.push_back(std::move(w));
    toks.push_back(std::move(rt));
  }
  if (Status s = end_sentence(); !s.is_ok()) return s;
  return builder.flush();
}

void write_conllu(const Document& doc, std::ostream& out, const ConlluWriteOptions& opt) {
  std::string buf;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    buf.clear();
    if (si == 0 && opt.write_newdoc) fmt::format_to(std::back_inserter(buf), "# newdoc id = {}\n", doc.id);
    if (s.id.empty()) fmt::format_to(std::back_inserter(buf), "# sent_id = {}-{}\n", doc.id, si + 1);
    else fmt::format_to(std::back_inserter(buf), "# sent_id = {}\n", s.id);
    buf += "# text = ";
    for (char c : doc.slice(s.begin, s.end)) buf += (c == '\n' || c == '\t') ? ' ' : c;
    buf += '\n';
    std::uint32_t mwt_end = 0;
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = doc.tokens[i];
      const std::uint32_t id = i - s.first_token + 1;
      const bool last_of_sentence = i + 1 == s.end_token;
      if (t.mwt_words > 1) {
        const std::uint32_t last = i + t.mwt_words - 1u;
        fmt::format_to(std::back_inserter(buf), "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}\n", id, id + t.mwt_words - 1u,
                       doc.slice(t.begin, doc.tokens[last].end),
                       doc.tokens[last].space_after || last + 1 == s.end_token ? "_" : "SpaceAfter=No");
      }
      // Inside a multiword token SpaceAfter goes on the range line only.
      if (t.mwt_words > 1) mwt_end = i + t.mwt_words;
      const bool mwt_member = i < mwt_end;
      std::string_view misc = (!mwt_member && !t.space_after && !last_of_sentence) ? "SpaceAfter=No" : "_";
      const std::string_view upos = t.upos ? tags::upos_name(t.upos) : "_";
      const std::string_view xpos = t.xpos ? tags::xpos_name(t.xpos) : "_";
      const std::string_view deprel = t.deprel ? tags::deprel_name(t.deprel) : "_";
      const std::string head = t.deprel ? std::to_string(t.head + 1) : std::string("_");
      const std::string_view lemma = t.lemma.empty() ? std::string_view("_") : std::string_view(t.lemma);
      fmt::format_to(std::back_inserter(buf), "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t{}\n", id, doc.form(t), lemma, upos,
                     xpos, head, deprel, misc);
    }
    buf += '\n';
    out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
  }
}

}  // namespace kg::extract
