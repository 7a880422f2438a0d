#include "extract/iob2.h"

#include <sstream>
#include <vector>

#include <fmt/format.h>

namespace kg::extract {
namespace {

struct Row {
  std::string token, tag;
};

}  // namespace

EntityType entity_type_from_label(std::string_view l) {
  if (l == "PER" || l == "PERSON") return EntityType::kPerson;
  if (l == "ORG" || l == "ORGANIZATION") return EntityType::kOrg;
  if (l == "LOC" || l == "LOCATION") return EntityType::kLoc;
  if (l == "GPE") return EntityType::kGpe;
  if (l == "NORP") return EntityType::kNorp;
  return EntityType::kNone;
}

Status read_iob2(std::istream& in, const std::string& name, const Iob2ReadOptions& opt, const DocumentSink& sink,
                 ReadReport& report) {
  ++report.files;
  Document doc;
  std::size_t docs = 0;
  auto flush = [&]() -> Status {
    if (doc.sentences.empty()) return Status::ok();
    doc.id = fmt::format("{}#{}", name, ++docs);
    doc.source = name;
    doc.blocks.push_back({0, static_cast<std::uint32_t>(doc.text.size()), BlockKind::kBody, ""});
    doc.layers = kLayerText | kLayerBlocks | kLayerTokens | kLayerSentences;
    if (opt.keep_mentions) doc.layers |= kLayerMentions;
    ++report.documents;
    Document out = std::move(doc);
    doc = Document();
    return sink(std::move(out));
  };
  std::vector<Row> rows;
  std::string sent_id, last_source;
  auto end_sentence = [&]() -> Status {
    if (rows.empty()) return Status::ok();
    if (opt.split_at_source) {
      const std::size_t dash = sent_id.rfind('-');
      std::string source = dash == std::string::npos ? std::string() : sent_id.substr(0, dash);
      if (!doc.sentences.empty() && source != last_source) {
        if (Status f = flush(); !f.is_ok()) return f;
      }
      last_source = std::move(source);
    }
    if (!doc.text.empty()) doc.text += '\n';
    Sentence s;
    s.id = sent_id;
    s.first_token = static_cast<std::uint32_t>(doc.tokens.size());
    s.begin = static_cast<std::uint32_t>(doc.text.size());
    Mention open;
    bool is_open = false;
    for (std::size_t k = 0; k < rows.size(); ++k) {
      Token t;
      t.begin = static_cast<std::uint32_t>(doc.text.size());
      doc.text += rows[k].token;
      t.end = static_cast<std::uint32_t>(doc.text.size());
      t.space_after = k + 1 < rows.size();
      if (t.space_after) doc.text += ' ';
      const auto idx = static_cast<std::uint32_t>(doc.tokens.size());
      doc.tokens.push_back(std::move(t));
      if (!opt.keep_mentions) continue;
      const std::string& tag = rows[k].tag;
      const bool begin = tag.starts_with("B-"), inside = tag.starts_with("I-");
      const EntityType type = (begin || inside) ? entity_type_from_label(std::string_view(tag).substr(2)) : EntityType::kNone;
      if (is_open && (!inside || type != open.type)) {
        doc.mentions.push_back(open);
        is_open = false;
      }
      if (type != EntityType::kNone && !is_open) {
        open = Mention{idx, idx + 1, type, 1.0f, -1, {}, {}, {}};
        is_open = true;
      } else if (is_open) {
        open.end_token = idx + 1;
      }
    }
    if (is_open) doc.mentions.push_back(open);
    s.end_token = static_cast<std::uint32_t>(doc.tokens.size());
    s.end = static_cast<std::uint32_t>(doc.text.size());
    doc.sentences.push_back(std::move(s));
    rows.clear();
    sent_id.clear();
    if (doc.sentences.size() >= opt.sentences_per_document) return flush();
    return Status::ok();
  };
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    report.bytes += line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (Status s = end_sentence(); !s.is_ok()) return s;
      continue;
    }
    if (line[0] == '#') {
      if (line.starts_with("# sent_id")) {
        const std::size_t eq = line.find('=');
        sent_id = eq == std::string::npos ? "" : line.substr(eq + 1);
        while (!sent_id.empty() && sent_id.front() == ' ') sent_id.erase(sent_id.begin());
      }
      continue;
    }
    const std::size_t t1 = line.find('\t');
    const std::size_t t2 = t1 == std::string::npos ? std::string::npos : line.find('\t', t1 + 1);
    if (t1 == std::string::npos) {
      ++report.rejected;
      report.problems.push_back({name, n, "expected INDEX<TAB>TOKEN<TAB>TAG"});
      continue;
    }
    Row r;
    r.token = line.substr(t1 + 1, t2 == std::string::npos ? std::string::npos : t2 - t1 - 1);
    if (t2 != std::string::npos) {
      const std::size_t t3 = line.find('\t', t2 + 1);
      r.tag = line.substr(t2 + 1, t3 == std::string::npos ? std::string::npos : t3 - t2 - 1);
    }
    if (r.token.empty()) r.token.push_back('_');
    for (char& c : r.token) if (c == ' ') c = '_';  // a token never holds a space
    rows.push_back(std::move(r));
  }
  if (Status s = end_sentence(); !s.is_ok()) return s;
  return flush();
}

void write_iob2(const Document& doc, std::ostream& out) {
  std::string buf;
  std::size_t m = 0;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    buf.clear();
    if (s.id.empty()) fmt::format_to(std::back_inserter(buf), "# sent_id = {}-{}\n", doc.id, si + 1);
    else fmt::format_to(std::back_inserter(buf), "# sent_id = {}\n", s.id);
    buf += "# text = ";
    for (char c : doc.slice(s.begin, s.end)) buf += (c == '\n' || c == '\t') ? ' ' : c;
    buf += '\n';
    while (m < doc.mentions.size() && doc.mentions[m].first_token < s.first_token) ++m;
    std::size_t mm = m;
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      while (mm < doc.mentions.size() && doc.mentions[mm].end_token <= i) ++mm;
      std::string tag = "O";
      if (mm < doc.mentions.size() && doc.mentions[mm].first_token <= i) {
        const EntityType t = doc.mentions[mm].type;
        const char* label = t == EntityType::kPerson ? "PER"
                            : t == EntityType::kOrg  ? "ORG"
                            : (t == EntityType::kLoc || t == EntityType::kGpe) ? "LOC"
                                                                                : nullptr;
        if (label) tag = fmt::format("{}-{}", i == doc.mentions[mm].first_token ? "B" : "I", label);
      }
      fmt::format_to(std::back_inserter(buf), "{}\t{}\t{}\t-\t-\n", i - s.first_token + 1, doc.form(doc.tokens[i]), tag);
    }
    buf += '\n';
    out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
  }
}

Status read_conll_columns(std::istream& in, const std::string& name, const DocumentSink& sink, ReadReport& report) {
  ++report.files;
  std::vector<Row> rows;
  std::string text;
  std::size_t docs = 0, n = 0, sentence_no = 0;
  auto flush_rows = [&](std::string& out) {
    // Back to the UNER layout, which read_iob2 parses (one implementation of the tags).
    if (rows.empty()) return;
    out += fmt::format("# sent_id = {}-{}\n", docs, ++sentence_no);
    for (std::size_t k = 0; k < rows.size(); ++k) {
      const std::string_view tag = rows[k].tag;
      char prefix = 'O';
      std::string_view type;
      if (tag.size() > 2 && (tag[0] == 'I' || tag[0] == 'B') && tag[1] == '-' &&
          entity_type_from_label(tag.substr(2)) != EntityType::kNone) {
        type = tag.substr(2);
        const std::string_view before = k > 0 ? std::string_view(rows[k - 1].tag) : std::string_view();
        const bool continues = tag[0] == 'I' && before.size() > 2 && before.substr(2) == type;
        prefix = continues ? 'I' : 'B';
      }
      if (prefix == 'O') out += fmt::format("{}\t{}\tO\t-\t-\n", k + 1, rows[k].token);
      else out += fmt::format("{}\t{}\t{}-{}\t-\t-\n", k + 1, rows[k].token, prefix, type);
    }
    out += '\n';
    rows.clear();
  };
  auto flush_doc = [&]() -> Status {
    flush_rows(text);
    if (text.empty()) return Status::ok();
    std::istringstream part(text);
    text.clear();
    ReadReport sub;
    Iob2ReadOptions opt;
    opt.split_at_source = false;
    opt.sentences_per_document = 1u << 30;
    Status st = read_iob2(part, name, opt, [&](Document&& d) {
      d.id = fmt::format("{}#{}", name, docs);
      ++report.documents;
      return sink(std::move(d));
    }, sub);
    return st;
  };
  std::string line;
  while (std::getline(in, line)) {
    ++n;
    report.bytes += line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.starts_with("-DOCSTART-")) {
      if (Status st = flush_doc(); !st.is_ok()) return st;
      ++docs;
      sentence_no = 0;
      continue;
    }
    const std::size_t b = line.find_first_not_of(" \t");
    if (b == std::string::npos) {
      flush_rows(text);
      continue;
    }
    const std::size_t e = line.find_first_of(" \t", b);
    const std::size_t t = line.find_last_of(" \t");
    if (e == std::string::npos || t == std::string::npos || t + 1 >= line.size()) {
      ++report.rejected;
      report.problems.push_back({name, n, "expected TOKEN ... TAG"});
      continue;
    }
    rows.push_back({line.substr(b, e - b), line.substr(t + 1)});
  }
  return flush_doc();
}

}  // namespace kg::extract
