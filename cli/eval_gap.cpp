// kg eval gap: pronoun resolution on GAP (Webster et al. 2018): for each snippet, does the
// pronoun refer to name A, to name B, or to neither? Runs the whole pipeline (tokenizer,
// tagger, parser, NER, entities) on the snippet, with A and B marked as person mentions,
// and reads the answer off the pronoun's coreference chain. Prints precision, recall and
// F1 over the A/B decisions (GAP's official measure).
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "cli/models.h"
#include "extract/coref/entities.h"
#include "extract/read/reader.h"

namespace kg::cli {
namespace {

// Byte offset of the code point at index `chars` of UTF-8 `s` (GAP offsets count characters).
std::size_t byte_offset(std::string_view s, std::size_t chars) {
  std::size_t i = 0;
  while (i < s.size() && chars > 0) {
    const auto c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    --chars;
  }
  return i;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string col;
  while (std::getline(ss, col, '\t')) out.push_back(col);
  return out;
}

// Index of the token starting at byte `b` (or containing it), or -1.
int token_at(const extract::Document& d, std::size_t b) {
  for (std::size_t k = 0; k < d.tokens.size(); ++k)
    if (d.tokens[k].begin <= b && b < d.tokens[k].end) return static_cast<int>(k);
  return -1;
}

int run(const GlobalOptions& g, const std::string& gold, bool verbose_errors) {
  auto pipeline = load_pipeline(g, "all", /*one_sentence_per_document=*/false);
  if (!pipeline) return fatal(pipeline.status());
  const extract::PipelineStages& st = pipeline->stages();

  std::ifstream in(gold);
  if (!in) return fatal(Status::not_found("cannot open " + gold));
  std::string line;
  std::getline(in, line);  // header
  std::size_t tp = 0, fp = 0, fn = 0, rows = 0, skipped = 0;
  while (std::getline(in, line)) {
    const auto c = split_tabs(line);
    if (c.size() < 11) { ++skipped; continue; }
    ++rows;
    extract::ReadReport report;
    extract::Document d = extract::make_document(c[0], gold, c[1], /*keep_boilerplate=*/true, report);
    // The page title from the URL names the article's topic, as a title would.
    const std::string url = c[10];
    std::string topic = url.substr(url.rfind('/') + 1);
    for (char& ch : topic) if (ch == '_') ch = ' ';
    d.title = topic;
    Status s = st.tokenizer->process(d);
    if (s.is_ok()) s = st.tagger->process(d);
    if (s.is_ok()) s = st.parser->process(d);
    if (s.is_ok() && st.ner) s = st.ner->process(d);
    if (!s.is_ok()) return fatal(s);
    // A and B are person mentions, whatever NER said: at the given offsets and wherever
    // else their names are written. A pronoun resolved to a third person counts as "neither".
    std::vector<int> cand_token(2, -1);
    auto mark = [&](std::size_t b, std::size_t len) -> int {
      const int first = token_at(d, b), last = token_at(d, b + len - 1);
      if (first < 0 || last < 0 || d.tokens[static_cast<std::size_t>(first)].begin != b) return -1;
      std::erase_if(d.mentions, [&](const extract::Mention& m) {
        return m.first_token <= static_cast<std::uint32_t>(last) && static_cast<std::uint32_t>(first) < m.end_token;
      });
      d.mentions.push_back({static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last + 1),
                            extract::EntityType::kPerson, 1.0f, -1, {}, {}, {}});
      return first;
    };
    for (int k = 0; k < 2; ++k) {
      const std::string& name = c[4 + 3 * static_cast<std::size_t>(k)];
      const std::size_t at = byte_offset(d.text, std::stoul(c[5 + 3 * static_cast<std::size_t>(k)]));
      for (std::size_t pos = d.text.find(name); pos != std::string::npos; pos = d.text.find(name, pos + 1)) {
        if (pos != at) mark(pos, name.size());
      }
      cand_token[static_cast<std::size_t>(k)] = mark(at, name.size());
    }
    std::sort(d.mentions.begin(), d.mentions.end(), [](const auto& x, const auto& y) { return x.first_token < y.first_token; });
    d.layers |= extract::kLayerMentions;
    if (Status e = st.entities->process(d); !e.is_ok()) return fatal(e);
    const int pron = token_at(d, byte_offset(d.text, std::stoul(c[3])));
    int pron_chain = -1;
    for (const auto& m : d.mentions)
      if (static_cast<int>(m.first_token) == pron && m.chain >= 0) pron_chain = m.chain;
    for (int k = 0; k < 2; ++k) {
      int chain = -2;
      for (const auto& m : d.mentions)
        if (static_cast<int>(m.first_token) == cand_token[static_cast<std::size_t>(k)]) chain = m.chain;
      const bool predicted = pron_chain >= 0 && chain == pron_chain;
      const bool truth = c[6 + 3 * static_cast<std::size_t>(k)] == "TRUE";
      tp += predicted && truth;
      fp += predicted && !truth;
      fn += !predicted && truth;
      if (verbose_errors && predicted != truth)
        spdlog::info("{} {}: predicted {} gold {} (pronoun resolved to {})", c[0], k ? "B" : "A", predicted, truth,
                     pron_chain >= 0 ? d.entities[static_cast<std::size_t>(pron_chain)].name : std::string("nothing"));
    }
  }
  const double p = tp + fp ? 100.0 * static_cast<double>(tp) / static_cast<double>(tp + fp) : 0.0;
  const double r = tp + fn ? 100.0 * static_cast<double>(tp) / static_cast<double>(tp + fn) : 0.0;
  const double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  std::cout << fmt::format("rows {}  P {:.2f}  R {:.2f}  F1 {:.2f}\n", rows, p, r, f);
  if (skipped) spdlog::warn("{} malformed row(s) skipped", skipped);
  return kExitOk;
}

}  // namespace

void add_eval_gap(CLI::App* eval, GlobalOptions& g, Action& action) {
  auto* sub = eval->add_subcommand("gap", "Pronoun resolution F1 on a GAP TSV file (A, B or neither)");
  auto gold = std::make_shared<std::string>();
  auto errors = std::make_shared<bool>(false);
  sub->add_option("--gold", *gold, "GAP TSV file")->required();
  sub->add_flag("--errors", *errors, "Log every wrong decision");
  sub->callback([gold, errors, &g, &action] { action = [gold, errors, &g] { return run(g, *gold, *errors); }; });
}

}  // namespace kg::cli
