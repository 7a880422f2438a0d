#include "extract/tag/tagger.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <string>

#include "extract/lexicon/lexicon.h"
#include "extract/tag/tagger_features.h"
#include "extract/tags.h"

namespace kg::extract {

namespace tf = tagger_features;

std::string TaggerModel::serialize() const {
  model_io::BinaryWriter w;
  model_io::write_header(w, kTaggerMagic, kTaggerVersion);
  w.u32(static_cast<std::uint32_t>(classes.size()));
  for (const TagClass& c : classes) {
    w.u8(c.upos);
    w.u8(c.xpos);
  }
  w.u32(static_cast<std::uint32_t>(unambiguous.size()));
  for (const auto& [h, c] : unambiguous) {
    w.u64(h);
    w.u8(c);
  }
  for (const auto* table : {&amb, &amb_lower}) {
    w.u32(static_cast<std::uint32_t>(table->size()));
    for (const auto& [h, a] : *table) {
      w.u64(h);
      w.u64(a);
    }
  }
  weights.save(w);
  lemmatizer.save(w);
  return w.take();
}

Result<std::shared_ptr<const TaggerModel>> TaggerModel::load(std::istream& in) {
  model_io::BinaryReader r(in);
  std::uint32_t version = 0;
  if (Status s = model_io::read_header(r, kTaggerMagic, kTaggerVersion, "tagger model", version); !s.is_ok()) {
    return s;
  }
  auto m = std::make_shared<TaggerModel>();
  const std::uint32_t nc = r.u32();
  if (!r.ok() || nc == 0 || nc > 255) return Status::corrupt("tagger model: bad class count");
  m->classes.resize(nc);
  for (TagClass& c : m->classes) {
    c.upos = r.u8();
    c.xpos = r.u8();
    if (r.ok() && (c.upos >= tags::upos_names().size() || c.xpos >= tags::xpos_names().size())) {
      return Status::corrupt("tagger model: unknown tag id");
    }
  }
  const std::uint32_t nu = r.u32();
  if (!r.ok() || nu > (1u << 24)) return Status::corrupt("tagger model: truncated or bad dictionary size");
  m->unambiguous.resize(nu);
  for (auto& [h, c] : m->unambiguous) {
    h = r.u64();
    c = r.u8();
    if (r.ok() && c >= nc) return Status::corrupt("tagger model: dictionary class out of range");
  }
  if (!r.ok()) return Status::corrupt("tagger model: truncated dictionary");
  if (!std::is_sorted(m->unambiguous.begin(), m->unambiguous.end())) {
    return Status::corrupt("tagger model: dictionary not sorted");
  }
  for (auto* table : {&m->amb, &m->amb_lower}) {
    const std::uint32_t na = r.u32();
    if (!r.ok() || na > (1u << 24)) return Status::corrupt("tagger model: truncated or bad ambiguity table size");
    table->resize(na);
    for (auto& [h, a] : *table) {
      h = r.u64();
      a = r.u64();
    }
    if (!r.ok()) return Status::corrupt("tagger model: truncated ambiguity table");
    if (!std::is_sorted(table->begin(), table->end())) return Status::corrupt("tagger model: ambiguity table not sorted");
  }
  if (Status s = model_io::LinearModel::load(r, m->weights); !s.is_ok()) {
    return Status::corrupt("tagger model: " + s.message());
  }
  if (m->weights.classes() != nc) return Status::corrupt("tagger model: weight classes differ from tag classes");
  if (Status s = Lemmatizer::load(r, m->lemmatizer); !s.is_ok()) {
    return Status::corrupt("tagger model: " + s.message());
  }
  if (Status s = model_io::finish(r, "tagger model"); !s.is_ok()) return s;
  m->index();
  return std::shared_ptr<const TaggerModel>(std::move(m));
}

Result<std::shared_ptr<const TaggerModel>> TaggerModel::load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found("cannot open tagger model " + path);
  auto r = load(in);
  if (!r) return Status(r.status().code() == Status::Code::kUnsupported
                            ? Status::unsupported(path + ": " + r.status().message())
                            : Status::corrupt(path + ": " + r.status().message()));
  return r;
}

namespace {

// AUX is a closed class (lexicon auxiliary-forms.txt): "Boeing" or "Reading" opening a
// sentence is not a form of "be", however much its suffix looks like one.
bool auxiliary_form(std::string_view form) {
  std::string low(form);
  for (char& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return lexicon::contains(lexicon::List::kAuxiliaryForms, low);
}

}  // namespace

void TaggerModel::index() {
  std::vector<std::pair<std::uint64_t, std::uint64_t>> u;
  u.reserve(unambiguous.size());
  for (const auto& [h, c] : unambiguous) u.emplace_back(h, std::uint64_t{c} + 1);
  unambiguous_index = model_io::HashIndex(u);
  amb_index = model_io::HashIndex(amb);
  amb_lower_index = model_io::HashIndex(amb_lower);
}

tf::WordInfo TaggerModel::word_info(std::string_view form) const {
  tf::WordInfo w = tf::word_info(form);
  w.amb = amb_index.find(w.form);
  w.amb_lower = amb_lower_index.find(w.lower);
  return w;
}

std::uint32_t TaggerModel::closed_class_check(std::string_view form, std::uint32_t best, const std::int32_t* scores,
                                              std::uint32_t nc, bool after_determiner) const {
  static const std::uint8_t kAux = tags::upos_id("AUX");
  static const std::uint8_t kVerb = tags::upos_id("VERB");
  static const std::uint8_t kVbz = tags::xpos_id("VBZ"), kVbg = tags::xpos_id("VBG"), kVbn = tags::xpos_id("VBN"),
                            kVbd = tags::xpos_id("VBD");
  const TagClass c = classes[best];
  bool wrong = c.upos == kAux && !auxiliary_form(form);
  // A capitalised word that only looks inflected ("Boeing sacked ...") is a name, not a verb.
  const bool inflected = c.xpos == kVbz || c.xpos == kVbg || c.xpos == kVbn || c.xpos == kVbd;
  if (!wrong && c.upos == kVerb && inflected && !form.empty() && form[0] >= 'A' && form[0] <= 'Z')
    wrong = after_determiner || !lemmatizer.known_verb_form(form, c.xpos);  // "the Fed post"
  if (!wrong) return best;
  std::uint32_t open = 0;
  for (std::uint32_t k = 1; k < nc; ++k) {
    const std::uint8_t u = classes[k].upos;
    if (u != kAux && u != kVerb && (open == 0 || scores[k] > scores[open])) open = k;
  }
  return open;
}

std::uint32_t TaggerModel::find_class(std::uint8_t upos, std::uint8_t xpos, std::uint32_t fallback) const {
  for (std::uint32_t k = 1; k < classes.size(); ++k) {
    if (classes[k].upos == upos && classes[k].xpos == xpos) return k;
  }
  return fallback;
}

std::uint32_t TaggerModel::passive_participle(std::string_view prev, std::string_view form, std::string_view next,
                                              std::uint32_t best) const {
  static const std::uint8_t kNoun = tags::upos_id("NOUN"), kAdj = tags::upos_id("ADJ");
  static const std::uint8_t kVerb = tags::upos_id("VERB"), kVbn = tags::xpos_id("VBN");
  if (next != "by" || !(prev == "been" || prev == "being")) return best;
  if (classes[best].upos != kNoun && classes[best].upos != kAdj) return best;
  if (!lemmatizer.known_verb_form(form, kVbn)) return best;
  return find_class(kVerb, kVbn, best);
}

std::uint32_t TaggerModel::descriptor_gerund(std::uint32_t prev_class, std::string_view next, std::string_view after,
                                             std::uint32_t best) const {
  static const std::uint8_t kVerb = tags::upos_id("VERB"), kAux = tags::upos_id("AUX"), kVbg = tags::xpos_id("VBG");
  static const std::uint8_t kNoun = tags::upos_id("NOUN"), kNn = tags::xpos_id("NN");
  if (classes[best].xpos != kVbg || after.empty() || !(after[0] >= 'A' && after[0] <= 'Z')) return best;
  if (!lexicon::contains(lexicon::List::kDescriptorNouns, next)) return best;
  if (classes[prev_class].upos == kVerb || classes[prev_class].upos == kAux) return best;
  return find_class(kNoun, kNn, best);
}

std::uint32_t TaggerModel::title_participle(std::string_view form, std::string_view next, std::uint32_t best) const {
  static const std::uint8_t kVerb = tags::upos_id("VERB"), kPropn = tags::upos_id("PROPN"), kNnp = tags::xpos_id("NNP");
  if (classes[best].upos != kVerb || form.empty() || !(form[0] >= 'A' && form[0] <= 'Z')) return best;
  std::string two(form);
  two.push_back(' ');
  two.append(next);
  if (!lexicon::contains(lexicon::List::kGovernmentTitles, two)) return best;
  return find_class(kPropn, kNnp, best);
}

std::uint32_t TaggerModel::name_verb(std::uint32_t prev_class, std::string_view form, std::string_view next,
                                     std::uint32_t best) const {
  static const std::uint8_t kNns = tags::xpos_id("NNS"), kNnp = tags::xpos_id("NNP"), kPrp = tags::xpos_id("PRP");
  static const std::uint8_t kVerb = tags::upos_id("VERB"), kVbz = tags::xpos_id("VBZ");
  if (classes[best].xpos != kNns || !(classes[prev_class].xpos == kNnp || classes[prev_class].xpos == kPrp)) return best;
  if (!(next == "in" || next == "with" || next == "on" || next == "near" || next == "at" || next == "outside"))
    return best;
  std::string lower(form);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!lexicon::contains(lexicon::List::kNameVerbForms, lower)) return best;
  return find_class(kVerb, kVbz, best);
}

void TaggerModel::tag(const Document& doc, std::uint32_t first, std::uint32_t end,
                      std::vector<std::uint8_t>& out) const {
  const std::size_t n = end - first;
  out.assign(n, 0);
  thread_local std::vector<tf::WordInfo> words;  // per-thread scratch: the model stays immutable
  words.resize(n);
  for (std::size_t i = 0; i < n; ++i) words[i] = word_info(doc.form(doc.tokens[first + i]));
  const std::uint32_t nc = weights.classes();
  static const std::uint8_t kDet = tags::upos_id("DET");
  std::int32_t scores[272];
  std::uint64_t feats[tf::kMaxFeatures];
  std::uint32_t p1 = 0, p2 = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint32_t best = 0;
    if (const std::uint64_t known = unambiguous_index.find(words[i].form); known != 0) {
      best = static_cast<std::uint32_t>(known - 1);
    } else {
      std::fill(scores, scores + weights.score_slots(), 0);
      const std::size_t k = tf::features(words, i, p1, p2, feats);
      weights.add_scores_batch(feats, k, scores);
      for (std::uint32_t c = 1; c < nc; ++c) {
        if (scores[c] > scores[best]) best = c;
      }
      best = closed_class_check(doc.form(doc.tokens[first + i]), best, scores, nc, i > 0 && classes[p1].upos == kDet);
      if (i > 0 && i + 1 < n)
        best = passive_participle(doc.form(doc.tokens[first + i - 1]), doc.form(doc.tokens[first + i]),
                                  doc.form(doc.tokens[first + i + 1]), best);
      if (i > 0 && i + 1 < n)
        best = name_verb(p1, doc.form(doc.tokens[first + i]), doc.form(doc.tokens[first + i + 1]), best);
      if (i + 1 < n) best = title_participle(doc.form(doc.tokens[first + i]), doc.form(doc.tokens[first + i + 1]), best);
      if (i + 2 < n)
        best = descriptor_gerund(i > 0 ? p1 : 0, doc.form(doc.tokens[first + i + 1]), doc.form(doc.tokens[first + i + 2]),
                                 best);
    }
    out[i] = static_cast<std::uint8_t>(best);
    p2 = p1;
    p1 = best;
  }
}

void TaggerModel::assign_tags(Document& doc, std::uint32_t first, std::uint32_t end,
                              std::vector<std::uint8_t>& scratch) const {
  tag(doc, first, end, scratch);
  for (std::uint32_t i = first; i < end; ++i) {
    const TagClass c = classes[scratch[i - first]];
    doc.tokens[i].upos = c.upos;
    doc.tokens[i].xpos = c.xpos;
  }
}

Status Tagger::process(Document& doc) const {
  std::vector<std::uint8_t> classes;
  for (const Sentence& s : doc.sentences) {
    if (s.end_token > doc.tokens.size() || s.first_token > s.end_token) {
      return Status::internal("tagger: sentence token range out of bounds");
    }
    model_->assign_tags(doc, s.first_token, s.end_token, classes);
    if (!lemmatize_) continue;
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      Token& t = doc.tokens[i];
      t.lemma = model_->lemmatizer.lemma(doc.form(t), t.xpos);
    }
  }
  doc.layers |= assigned();
  return Status::ok();
}

}  // namespace kg::extract
