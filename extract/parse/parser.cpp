#include "extract/parse/parser.h"

#include <algorithm>
#include <climits>
#include <fstream>

#include "extract/parse/parser_features.h"
#include "extract/tags.h"

namespace kg::extract {

namespace pf = parser_features;

std::string ParserModel::serialize() const {
  model_io::BinaryWriter w;
  model_io::write_header(w, kParserMagic, kParserVersion);
  w.u32(static_cast<std::uint32_t>(labels.size()));
  for (std::uint8_t l : labels) w.u8(l);
  weights.save(w);
  return w.take();
}

Result<std::shared_ptr<const ParserModel>> ParserModel::load(std::istream& in) {
  model_io::BinaryReader r(in);
  std::uint32_t version = 0;
  if (Status s = model_io::read_header(r, kParserMagic, kParserVersion, "parser model", version); !s.is_ok()) {
    return s;
  }
  auto m = std::make_shared<ParserModel>();
  const std::uint32_t nl = r.u32();
  if (!r.ok() || nl == 0 || nl > 64) return Status::corrupt("parser model: bad label count");
  m->labels.resize(nl);
  for (std::uint8_t& l : m->labels) {
    l = r.u8();
    if (r.ok() && (l == 0 || l >= tags::deprel_names().size())) return Status::corrupt("parser model: unknown label");
  }
  if (!r.ok()) return Status::corrupt("parser model: truncated labels");
  if (Status s = model_io::LinearModel::load(r, m->weights); !s.is_ok()) {
    return Status::corrupt("parser model: " + s.message());
  }
  if (m->weights.classes() != m->classes()) return Status::corrupt("parser model: class count mismatch");
  if (Status s = model_io::finish(r, "parser model"); !s.is_ok()) return s;
  return std::shared_ptr<const ParserModel>(std::move(m));
}

Result<std::shared_ptr<const ParserModel>> ParserModel::load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found("cannot open parser model " + path);
  auto r = load(in);
  if (!r) return Status(r.status().code() == Status::Code::kUnsupported
                            ? Status::unsupported(path + ": " + r.status().message())
                            : Status::corrupt(path + ": " + r.status().message()));
  return r;
}

void ParserModel::parse(Document& doc, std::uint32_t first, std::uint32_t end) const {
  const int n = static_cast<int>(end - first);
  if (n <= 0) return;
  std::vector<pf::WordAtoms> atoms;
  pf::sentence_atoms(doc, first, end, atoms);
  parse::State st(n);
  const auto L = static_cast<std::uint32_t>(labels.size());
  std::uint8_t root_index = 0;  // label index of "root", if the model has it
  const std::uint8_t root_id = tags::deprel_id("root");
  for (std::uint32_t i = 0; i < L; ++i) {
    if (labels[i] == root_id) root_index = static_cast<std::uint8_t>(i);
  }
  std::int32_t scores[272];
  std::uint64_t feats[pf::kMaxFeatures];
  while (!st.terminal()) {
    const std::size_t k = pf::features(st, atoms, feats);
    std::fill(scores, scores + weights.score_slots(), 0);
    weights.add_scores_batch(feats, k, scores);
    std::int64_t best = INT64_MIN;
    std::uint32_t best_c = 0;
    const bool right_to_root = st.s(1) == 0;
    if (st.can_shift()) {
      best = scores[0];
      best_c = 0;
    }
    if (st.can_left()) {
      for (std::uint32_t c = 1; c <= L; ++c) {
        if (c - 1 == root_index && L > 1) continue;
        if (scores[c] > best) {
          best = scores[c];
          best_c = c;
        }
      }
    }
    if (st.can_right()) {
      if (right_to_root) {
        // The single arc into the root: scored by the best RIGHT class, labelled "root".
        std::int64_t right_best = INT64_MIN;
        for (std::uint32_t c = L + 1; c <= 2 * L; ++c) right_best = std::max<std::int64_t>(right_best, scores[c]);
        if (right_best > best) {
          best = right_best;
          best_c = L + 1 + root_index;
        }
      } else {
        for (std::uint32_t c = L + 1; c <= 2 * L; ++c) {
          if (c - L - 1 == root_index && L > 1) continue;
          if (scores[c] > best) {
            best = scores[c];
            best_c = c;
          }
        }
      }
    }
    if (best_c == 0) {
      st.apply(parse::kShift, 0);
    } else if (best_c <= L) {
      st.apply(parse::kLeft, static_cast<std::uint8_t>(best_c - 1));
    } else {
      st.apply(parse::kRight, static_cast<std::uint8_t>(best_c - L - 1));
    }
  }
  for (int i = 1; i <= n; ++i) {
    Token& t = doc.tokens[first + static_cast<std::uint32_t>(i - 1)];
    const int h = st.head(i);
    t.head = h - 1;  // root (0) -> -1
    t.deprel = h == 0 ? root_id : labels[st.label(i)];
  }
}

Status Parser::process(Document& doc) const {
  for (const Sentence& s : doc.sentences) {
    if (s.end_token > doc.tokens.size() || s.first_token > s.end_token) {
      return Status::internal("parser: sentence token range out of bounds");
    }
    model_->parse(doc, s.first_token, s.end_token);
  }
  doc.layers |= kLayerDependencies;
  return Status::ok();
}

}  // namespace kg::extract
