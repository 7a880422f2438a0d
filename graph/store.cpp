#include "graph/store.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <tuple>
#include <unordered_map>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "graph/line_feeder.h"
#include "graph/normalize.h"
#include "graph/text_io.h"

namespace kg::graph {

namespace {

using rapidjson::Value;

struct Corrupt {
  std::string message;
};

const Value& need(const Value& obj, const char* name) {
  auto it = obj.FindMember(name);
  if (it == obj.MemberEnd()) throw Corrupt{std::string("missing \"") + name + "\""};
  return it->value;
}

std::string_view need_str(const Value& obj, const char* name) {
  const Value& v = need(obj, name);
  if (!v.IsString()) throw Corrupt{std::string("\"") + name + "\" must be a string"};
  return {v.GetString(), v.GetStringLength()};
}

std::string_view opt_str(const Value& obj, const char* name) {
  auto it = obj.FindMember(name);
  if (it == obj.MemberEnd()) return {};
  if (!it->value.IsString()) throw Corrupt{std::string("\"") + name + "\" must be a string"};
  return {it->value.GetString(), it->value.GetStringLength()};
}

std::uint64_t need_uint(const Value& obj, const char* name) {
  const Value& v = need(obj, name);
  if (!v.IsUint64()) throw Corrupt{std::string("\"") + name + "\" must be a non-negative integer"};
  return v.GetUint64();
}

std::uint64_t parse_hex_id(std::string_view s) {
  std::uint64_t v = 0;
  if (s.size() != 16) throw Corrupt{"ids have 16 hex digits"};
  auto r = std::from_chars(s.data(), s.data() + s.size(), v, 16);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size()) throw Corrupt{"bad hex id"};
  return v;
}

class Reader {
 public:
  // evidence false: edge records in the writer's layout are read without their evidence
  // (read_graph_topology).
  Reader(KnowledgeGraph& g, const std::string& name, bool evidence = true) : g_(g), name_(name), with_evidence_(evidence) {}

  // A topology load met a file that is not one canonical file: load it in full instead.
  bool needs_full_load() const { return !with_evidence_ && !trusted_; }

  // Reads the evidence of edge `e` (loaded by read_graph_topology) from its record.
  Status edge_evidence(std::istream& in, KnowledgeGraph::EdgeRef e) {
    const Edge& edge = g_.edge(e);
    const std::string where = name_ + ": byte " + std::to_string(edge.record_offset) + ": ";
    in.clear();
    in.seekg(static_cast<std::streamoff>(edge.record_offset));
    std::string line;
    if (!in || !std::getline(in, line)) return Status::io_error("cannot read the edge record at " + where);
    // A trusted file's documents were interned in file order: position == index.
    file_docs_.resize(g_.documents().size());
    for (std::uint32_t i = 0; i < file_docs_.size(); ++i) file_docs_[i] = i;
    try {
      char parse_buf[64 * 1024];
      rapidjson::MemoryPoolAllocator<> pool(parse_buf, sizeof parse_buf);
      rapidjson::Document doc(&pool);
      doc.ParseInsitu<rapidjson::kParseFullPrecisionFlag>(line.data());
      if (doc.HasParseError() || !doc.IsObject()) throw Corrupt{"malformed edge record"};
      if (need_str(doc, "type") != edge.type ||
          parse_hex_id(need_str(doc, "s")) != g_.entity(g_.source(e)).id ||
          parse_hex_id(need_str(doc, "o")) != g_.entity(g_.target(e)).id)
        throw Corrupt{"the file changed since it was loaded (edge record differs)"};
      const Value& evs = need(doc, "evidence");
      if (!evs.IsArray() || evs.Size() != edge.stored_weight) throw Corrupt{"weight differs from the evidence count"};
      std::vector<EdgeEvidence> list;
      for (const auto& x : evs.GetArray()) {
        if (!x.IsObject()) throw Corrupt{"evidence items are objects"};
        list.push_back(read_evidence(x));
      }
      g_.set_edge_evidence(e, std::move(list));
    } catch (const Corrupt& c) {
      return Status::corrupt(where + c.message);
    }
    return Status::ok();
  }

  Status run(std::istream& in) {
    // Loading one sorted file into an empty graph may keep the file's derived members
    // (label, mentions, names) instead of recomputing them; any order violation, or a
    // graph that already holds data, turns this off.
    trusted_ = g_.num_vertices() == 0 && g_.documents().empty();
    std::size_t lineno = 0;
    std::size_t want[3] = {0, 0, 0}, got[3] = {0, 0, 0};
    int section = 0;  // 0 documents, 1 nodes, 2 edges: records come in this order
    bool header = false;
    char parse_buf[64 * 1024];
    char stack_buf[4 * 1024];
    // Reading and splitting lines (and, for a load without evidence, pre-parsing the edge
    // records' fixed prefix) run on the feeder's thread, overlapped with the work below.
    LineFeeder::Inspect inspect;
    if (!with_evidence_) inspect = [](LineFeeder::Line& l) { scan_edge_prefix(l); };
    LineFeeder feed(in, std::move(inspect));
    while (const auto* block = feed.next()) {
      for (const LineFeeder::Line& line : *block) {
        ++lineno;
        try {
          if (line.tag.ok && header && section <= 2) {
            add_edge_without_evidence(line);
            section = 2;
            if (++got[2] > want[2]) throw Corrupt{"more records than the header announces"};
            continue;
          }
          rapidjson::MemoryPoolAllocator<> pool(parse_buf, sizeof parse_buf);
          rapidjson::MemoryPoolAllocator<> stack_pool(stack_buf, sizeof stack_buf);
          rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>, rapidjson::MemoryPoolAllocator<>>
              doc(&pool, 1024, &stack_pool);
          doc.ParseInsitu<rapidjson::kParseFullPrecisionFlag>(line.text);
          if (doc.HasParseError())
            throw Corrupt{std::string("JSON error at byte ") + std::to_string(doc.GetErrorOffset()) + ": " +
                          rapidjson::GetParseError_En(doc.GetParseError())};
          if (!doc.IsObject() || doc.MemberCount() == 0) throw Corrupt{"record is not a JSON object"};
          if (!header) {
            if (need_str(doc, "format") != kGraphFormat) throw Corrupt{"not a kg graph file (bad format magic)"};
            const std::uint64_t version = need_uint(doc, "version");
            if (version > static_cast<std::uint64_t>(kGraphFormatVersion))
              return Status::unsupported(name_ + ": graph format version " + std::to_string(version) +
                                         " is newer than this kg (reads up to " +
                                         std::to_string(kGraphFormatVersion) + ")");
            if (version < 1) throw Corrupt{"bad version"};
            want[0] = need_uint(doc, "documents");
            want[1] = need_uint(doc, "nodes");
            want[2] = need_uint(doc, "edges");
            constexpr std::uint64_t kMaxHint = 1u << 24;  // a corrupt header must not allocate much
            g_.reserve(std::min(want[0], kMaxHint), std::min(want[1], kMaxHint), std::min(want[2], kMaxHint));
            if (!with_evidence_) pending_.reserve(std::min(want[2], kMaxHint));
            header = true;
            continue;
          }
          const char* first = doc.MemberBegin()->name.GetString();
          int kind = std::strcmp(first, "doc") == 0 ? 0 : std::strcmp(first, "node") == 0 ? 1
                   : std::strcmp(first, "edge") == 0 ? 2 : -1;
          if (kind < 0) throw Corrupt{std::string("unknown record \"") + first + "\""};
          if (kind < section) throw Corrupt{"records out of order (documents, nodes, edges)"};
          section = kind;
          if (++got[kind] > want[kind]) throw Corrupt{"more records than the header announces"};
          if (kind == 0) read_doc(doc);
          else if (kind == 1) read_node(doc);
          else {
            flush_edges();
            read_edge(doc);
          }
        } catch (const Corrupt& c) {
          return Status::corrupt(name_ + ":" + std::to_string(lineno) + ": " + c.message);
        }
      }
    }
    if (feed.bad()) return Status::io_error("error while reading " + name_);
    if (!header) return Status::corrupt(name_ + ": empty file (no header)");
    for (int k = 0; k < 3; ++k)
      if (got[k] != want[k])
        return Status::corrupt(name_ + ": truncated: " + std::to_string(got[k]) + " of " +
                               std::to_string(want[k]) + (k == 0 ? " documents" : k == 1 ? " nodes" : " edges"));
    flush_edges();
    if (trusted_) g_.canonicalize_loaded();
    else g_.canonicalize();
    return Status::ok();
  }

 private:
  void read_doc(const Value& v) {
    DocumentInfo d;
    d.id = need_str(v, "doc");
    if (d.id.empty()) throw Corrupt{"empty document id"};
    d.url = opt_str(v, "url");
    d.title = opt_str(v, "title");
    d.date = opt_str(v, "date");
    d.path = opt_str(v, "path");
    d.ingested = opt_str(v, "ingested");
    if (!file_docs_.empty() && !(prev_doc_ < d.id)) trusted_ = false;
    prev_doc_ = d.id;
    file_docs_.push_back(g_.intern_document(d));
  }

  // A document reference: its 0-based position among this file's document records; null
  // in evidence without a document.
  std::uint32_t doc_ref(const Value& v) {
    if (v.IsNull()) return kNoDocument;
    if (!v.IsUint()) throw Corrupt{"document references are document positions (0, 1, ...) or null"};
    if (v.GetUint() >= file_docs_.size()) throw Corrupt{"reference to an unknown document " + std::to_string(v.GetUint())};
    return file_docs_[v.GetUint()];
  }

  void read_node(const Value& v) {
    Entity e;
    const std::uint64_t id = parse_hex_id(need_str(v, "node"));
    e.key = need_str(v, "key");
    if (fnv1a64(e.key) != id) throw Corrupt{"node id does not match its key"};
    e.type = need_str(v, "type");
    // "label", "mentions" and "names" are derived from the evidence: only read (by
    // read_derived) when the file is trusted.
    const Value& titles = need(v, "titles");
    if (!titles.IsArray()) throw Corrupt{"\"titles\" must be an array"};
    for (const auto& t : titles.GetArray()) {
      if (!t.IsString()) throw Corrupt{"\"titles\" holds strings"};
      e.titles.emplace_back(t.GetString(), t.GetStringLength());
    }
    if (const auto it = v.FindMember("title_docs"); it != v.MemberEnd()) read_title_docs(it->value, e);
    const Value& docs = need(v, "docs");
    if (!docs.IsArray()) throw Corrupt{"\"docs\" must be an array"};
    std::int64_t prev = -1;
    for (const auto& d : docs.GetArray()) {
      if (d.IsUint() && static_cast<std::int64_t>(d.GetUint()) <= prev) trusted_ = false;
      if (d.IsUint()) prev = d.GetUint();
      const std::uint32_t idx = doc_ref(d);
      if (idx != kNoDocument) e.documents.push_back(idx);
    }
    if (const auto it = v.FindMember("seen"); it != v.MemberEnd()) read_seen(it->value, e);
    if (nodes_read_ > 0 && id <= prev_node_) trusted_ = false;
    prev_node_ = id;
    ++nodes_read_;
    auto r = g_.merge_entity(e);
    if (!r) throw Corrupt{r.status().message()};
    if (trusted_) read_derived(v, r.value());
  }

  // The documents of each title (format 5): an array of document-reference arrays, one per
  // title, ascending (else the file is not trusted). Older files: unknown (null).
  void read_title_docs(const Value& list, Entity& e) {
    if (!list.IsArray() || list.Size() != e.titles.size())
      throw Corrupt{"\"title_docs\" must be an array with one item per title"};
    for (const auto& docs : list.GetArray()) {
      if (!docs.IsArray()) throw Corrupt{"\"title_docs\" holds arrays of document positions"};
      auto& td = e.title_documents.emplace_back();
      std::int64_t prev = -2;
      for (const auto& d : docs.GetArray()) {
        const std::int64_t pos = d.IsNull() ? -1 : d.IsUint() ? static_cast<std::int64_t>(d.GetUint()) : -2;
        if (pos <= prev) trusted_ = false;
        prev = pos;
        td.push_back(doc_ref(d));
      }
    }
  }

  // A node's recorded mentions: [doc, begin, end, text, name, link, is_name] each, in the
  // writer's order (else the file is not trusted and the graph is canonicalised in full).
  void read_seen(const Value& list, Entity& e) {
    if (!list.IsArray()) throw Corrupt{"\"seen\" must be an array"};
    using Order = std::tuple<std::int64_t, std::uint32_t, std::uint32_t, std::string_view, std::string_view,
                             std::string_view, bool, Span>;
    Order prev{-2, 0, 0, {}, {}, {}, false, Span{}};
    for (const auto& m : list.GetArray()) {
      if (!m.IsArray() || (m.Size() != 7 && m.Size() != 9) || !(m[0].IsNull() || m[0].IsUint()) || !m[1].IsUint() ||
          !m[2].IsUint() || !m[3].IsString() || !m[4].IsString() || !m[5].IsString() || !m[6].IsBool() ||
          (m.Size() == 9 && (!m[7].IsUint() || !m[8].IsUint())))
        throw Corrupt{"\"seen\" holds [doc, begin, end, text, name, link, is_name(, sentence begin, end)] items"};
      auto sv = [](const Value& x) { return std::string_view(x.GetString(), x.GetStringLength()); };
      NodeMention n;
      n.document = doc_ref(m[0]);
      n.span = {m[1].GetUint(), m[2].GetUint()};
      if (n.span.end < n.span.begin) throw Corrupt{"a mention ends before it begins"};
      n.text = g_.intern(sv(m[3]));
      n.name = g_.intern(sv(m[4]));
      n.link = g_.intern(sv(m[5]));
      n.is_name = m[6].GetBool();
      if (m.Size() == 9) {
        n.sentence = {m[7].GetUint(), m[8].GetUint()};
        if (n.sentence.end < n.sentence.begin) throw Corrupt{"a mention's sentence ends before it begins"};
      }
      const Order cur{m[0].IsNull() ? -1 : static_cast<std::int64_t>(m[0].GetUint()), n.span.begin, n.span.end,
                      sv(m[3]), sv(m[4]), sv(m[5]), n.is_name, n.sentence};
      if (!(prev < cur)) trusted_ = false;
      prev = cur;
      e.seen.push_back(n);
    }
  }

  void read_derived(const Value& v, KnowledgeGraph::Vertex vertex) {
    std::vector<std::pair<std::string, std::uint64_t>> names;
    const Value& list = need(v, "names");
    if (!list.IsArray()) throw Corrupt{"\"names\" must be an array"};
    for (const auto& n : list.GetArray()) {
      if (!n.IsArray() || n.Size() != 2 || !n[0].IsString() || !n[1].IsUint64())
        throw Corrupt{"\"names\" holds [name, count] pairs"};
      names.emplace_back(std::string(n[0].GetString(), n[0].GetStringLength()), n[1].GetUint64());
    }
    if (!std::is_sorted(names.begin(), names.end())) trusted_ = false;
    g_.set_derived(vertex, std::move(names), need_uint(v, "mentions"), std::string(need_str(v, "label")));
  }

  KnowledgeGraph::Vertex node_ref(const Value& v, const char* name) {
    const std::uint64_t id = parse_hex_id(need_str(v, name));
    KnowledgeGraph::Vertex found = 0;
    if (!g_.find_vertex(id, found))
      throw Corrupt{std::string("edge refers to an unknown node in \"") + name + "\""};
    return found;
  }

  // One pass over the members (FindMember per field would be quadratic in the member count).
  EdgeEvidence read_evidence(const Value& x) {
    EdgeEvidence ev;
    enum : unsigned { kDoc = 1, kSpan = 2, kSubj = 4, kRel = 8, kObj = 16, kConf = 32, kAll = 63 };
    unsigned seen = 0;
    auto str = [](const Value& val, const char* name) {
      if (!val.IsString()) throw Corrupt{std::string("\"") + name + "\" must be a string"};
      return std::string_view(val.GetString(), val.GetStringLength());
    };
    auto span = [](const Value& val, const char* name) -> Span {
      if (!val.IsArray() || val.Size() != 2 || !val[0].IsUint() || !val[1].IsUint())
        throw Corrupt{std::string("\"") + name + "\" must be [begin, end]"};
      return {val[0].GetUint(), val[1].GetUint()};
    };
    for (const auto& m : x.GetObject()) {
      const std::string_view k(m.name.GetString(), m.name.GetStringLength());
      const Value& val = m.value;
      if (k == "doc") { ev.document = doc_ref(val); seen |= kDoc; }
      // A sentence is repeated only by the few triples drawn from it: when loading one
      // sorted file, storing it without a hash lookup is faster (see append_string).
      else if (k == "sentence") ev.sentence = trusted_ ? g_.append_string(str(val, "sentence"))
                                                       : g_.intern(str(val, "sentence"));
      else if (k == "span") { ev.sentence_span = span(val, "span"); seen |= kSpan; }
      else if (k == "subject") { ev.subject_span = span(val, "subject"); seen |= kSubj; }
      else if (k == "relation") { ev.relation_span = span(val, "relation"); seen |= kRel; }
      else if (k == "object") { ev.object_span = span(val, "object"); seen |= kObj; }
      else if (k == "rule") ev.rule = g_.intern(str(val, "rule"));
      else if (k == "confidence") {
        if (!val.IsNumber()) throw Corrupt{"\"confidence\" must be a number"};
        ev.confidence = val.GetDouble();
        seen |= kConf;
      }
      else if (k == "lemma") ev.lemma = g_.intern(str(val, "lemma"));
      else if (k == "surface") ev.surface = g_.intern(str(val, "surface"));
      else if (k == "subject_text") ev.subject_text = g_.intern(str(val, "subject_text"));
      else if (k == "object_text") ev.object_text = g_.intern(str(val, "object_text"));
      else if (k == "negated") {
        if (!val.IsBool()) throw Corrupt{"\"negated\" must be true or false"};
        ev.negated = val.GetBool();
        if (ev.negated) ev.asserted = false;
      }
      else if (k == "asserted") {
        if (!val.IsBool()) throw Corrupt{"\"asserted\" must be true or false"};
        ev.asserted = val.GetBool() && !ev.negated;
      }
      else if (k == "modality") ev.modality = g_.intern(str(val, "modality"));
      else if (k == "attributed_to") ev.attributed_to = g_.intern(str(val, "attributed_to"));
      else if (k == "time") ev.time = g_.intern(str(val, "time"));
      else if (k == "place") ev.place = g_.intern(str(val, "place"));
      else if (k == "subject_link") ev.subject_link = g_.intern(str(val, "subject_link"));
      else if (k == "object_link") ev.object_link = g_.intern(str(val, "object_link"));
      // unknown members are ignored (forward compatible)
    }
    if (seen != kAll) throw Corrupt{"evidence misses doc, span, subject, relation, object or confidence"};
    return ev;
  }

  void read_edge(const Value& v) {
    // Edges come sorted by subject: consecutive edges usually share it.
    const std::string_view s_hex = need_str(v, "s");
    if (s_hex != last_s_hex_) {
      last_s_ = node_ref(v, "s");
      last_s_hex_.assign(s_hex);
      s_id_cached_ = false;  // add_edge_without_evidence's cache of last_s_
    }
    const auto s = last_s_;
    const auto o = node_ref(v, "o");
    const std::string type(need_str(v, "type"));
    if (type.empty()) throw Corrupt{"empty relation type"};
    const Value& evs = need(v, "evidence");
    if (!evs.IsArray()) throw Corrupt{"\"evidence\" must be an array"};
    if (need_uint(v, "weight") != evs.Size()) throw Corrupt{"weight differs from the evidence count"};
    evidence_.clear();
    for (const auto& x : evs.GetArray()) {
      if (!x.IsObject()) throw Corrupt{"evidence items are objects"};
      evidence_.push_back(read_evidence(x));
    }
    if (trusted_) {
      const std::uint64_t sid = g_.entity(s).id, oid = g_.entity(o).id;
      if (edges_read_ > 0 && std::tie(sid, type, oid) <= std::tie(prev_s_, prev_type_, prev_o_)) trusted_ = false;
      prev_s_ = sid;
      prev_o_ = oid;
      prev_type_ = type;
    }
    ++edges_read_;
    // In a trusted load every (s, type, o) so far was strictly ascending: the edge is new.
    g_.merge_edge(s, o, type, evidence_, /*known_new=*/trusted_);
  }

  // On the feeder's thread: an edge record in the writer's exact layout, read up to its
  // evidence array, which is skipped (its count is the record's weight). Sets tag.ok and
  // a = subject id, b = object id, x = weight, c = confidence, y/z = offset/size of the
  // type in the line;
  // any other layout (the consumer then parses the line in full) leaves tag.ok false.
  static void scan_edge_prefix(LineFeeder::Line& line) {
    const std::string_view l(line.text, line.size);
    auto take = [&](std::size_t& p, std::string_view lit) {
      if (l.compare(p, lit.size(), lit) != 0) return false;
      p += lit.size();
      return true;
    };
    auto hex = [&](std::size_t p, std::uint64_t& v) {
      if (l.size() < p + 16) return false;
      const auto r = std::from_chars(l.data() + p, l.data() + p + 16, v, 16);
      return r.ec == std::errc() && r.ptr == l.data() + p + 16;
    };
    std::size_t p = 0;
    LineFeeder::Tag t;
    if (!take(p, "{\"edge\":\"") || l.size() < p + 16) return;
    p += 16;
    if (!take(p, "\",\"s\":\"") || !hex(p, t.a)) return;
    p += 16;
    if (!take(p, "\",\"type\":\"")) return;
    const std::size_t q = l.find('"', p);
    if (q == std::string_view::npos || q == p) return;
    if (l.substr(p, q - p).find('\\') != std::string_view::npos) return;
    t.y = static_cast<std::uint32_t>(p);
    t.z = static_cast<std::uint32_t>(q - p);
    p = q;
    if (!take(p, "\",\"o\":\"") || !hex(p, t.b)) return;
    p += 16;
    if (!take(p, "\",\"weight\":")) return;
    const auto r = std::from_chars(l.data() + p, l.data() + l.size(), t.x);
    if (r.ec != std::errc()) return;
    p = static_cast<std::size_t>(r.ptr - l.data());
    if (!take(p, ",\"confidence\":")) return;  // files written before it: parsed in full
    const auto rc = std::from_chars(l.data() + p, l.data() + l.size(), t.c);
    if (rc.ec != std::errc() || !(t.c >= 0.0 && t.c <= 1.0)) return;
    p = static_cast<std::size_t>(rc.ptr - l.data());
    if (!take(p, ",\"evidence\":[") || l.size() < p + 2 || l.substr(l.size() - 2) != "]}") return;
    t.ok = true;
    line.tag = t;
  }

  // Queues the edge of a line scan_edge_prefix accepted, without its evidence, for
  // flush_edges. Throws Corrupt for unknown nodes.
  void add_edge_without_evidence(const LineFeeder::Line& line) {
    const LineFeeder::Tag& t = line.tag;
    if (!s_id_cached_ || t.a != last_s_id_) {
      if (!g_.find_vertex(t.a, last_s_)) throw Corrupt{"edge refers to an unknown node in \"s\""};
      last_s_id_ = t.a;
      s_id_cached_ = true;
    }
    KnowledgeGraph::Vertex o = 0;
    if (!g_.find_vertex(t.b, o)) throw Corrupt{"edge refers to an unknown node in \"o\""};
    const std::string_view type(line.text + t.y, t.z);
    if (type != type_) {
      type_.assign(type);
      const auto [it, fresh] = pending_type_ids_.try_emplace(type_, static_cast<std::uint32_t>(pending_types_.size()));
      if (fresh) pending_types_.push_back(type_);
      type_id_ = it->second;
    }
    // In a load without evidence an untrusted file is read again in full: the edges only
    // need to be right when trusted_ holds, and then every one is new.
    if (trusted_ && edges_read_ > 0 && std::tie(t.a, type_, t.b) <= std::tie(prev_s_, prev_type_, prev_o_))
      trusted_ = false;
    prev_s_ = t.a;
    prev_o_ = t.b;
    if (trusted_) prev_type_ = type_;
    ++edges_read_;
    last_s_hex_.clear();  // read_edge's cache of last_s_ is keyed by the hex text
    pending_.push_back({static_cast<std::uint32_t>(last_s_), static_cast<std::uint32_t>(o), type_id_, t.x, line.offset, t.c});
  }

  // Adds the queued edges to the graph (before any other edge, and at the end).
  void flush_edges() {
    g_.add_unloaded_edges(pending_types_, pending_);
    pending_.clear();
  }

  KnowledgeGraph& g_;
  const std::string& name_;
  const bool with_evidence_ = true;
  std::string type_;
  std::vector<EdgeEvidence> evidence_;
  std::vector<std::uint32_t> file_docs_;  // file position -> graph document index
  bool trusted_ = false;
  std::string last_s_hex_;
  KnowledgeGraph::Vertex last_s_ = 0;
  std::vector<KnowledgeGraph::UnloadedEdge> pending_;  // add_edge_without_evidence
  std::vector<std::string> pending_types_;
  std::unordered_map<std::string, std::uint32_t> pending_type_ids_;
  std::uint32_t type_id_ = 0;
  std::uint64_t last_s_id_ = 0;
  bool s_id_cached_ = false;
  std::string prev_doc_, prev_type_;
  std::uint64_t prev_node_ = 0, prev_s_ = 0, prev_o_ = 0;
  std::size_t nodes_read_ = 0, edges_read_ = 0;
};

}  // namespace

Status read_graph(std::istream& in, const std::string& name, KnowledgeGraph& into) {
  Reader r(into, name);
  return r.run(in);
}

Status read_graph_topology(std::istream& in, const std::string& name, KnowledgeGraph& into) {
  if (into.num_vertices() != 0 || !into.documents().empty())
    return Status::invalid_argument("read_graph_topology needs an empty graph");
  bool full = false;
  {
    Reader r(into, name, /*evidence=*/false);
    if (Status st = r.run(in); !st) return st;
    full = r.needs_full_load();
  }
  if (!full) return Status::ok();
  into = KnowledgeGraph();
  in.clear();
  in.seekg(0);
  if (!in) return Status::io_error("cannot rewind " + name + " to load it in full");
  return read_graph(in, name, into);
}

Status read_edge_evidence(std::istream& in, const std::string& name, KnowledgeGraph& g, KnowledgeGraph::EdgeRef e) {
  if (!g.edge(e).evidence.empty() || g.edge(e).stored_weight == 0) return Status::ok();
  Reader r(g, name);
  return r.edge_evidence(in, e);
}

}  // namespace kg::graph
