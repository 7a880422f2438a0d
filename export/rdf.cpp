// RDF 1.1 writer: Turtle, N-Triples, N-Quads. Model (docs/exports.md):
//   ent:ID a schema:Person ; rdfs:label "..." ; ...           one block per node
//   rel:meet a owl:ObjectProperty ; rdfs:label "MEET" .        one per relation type
//   ent:S rel:meet ent:O .                                     the asserted triple
//   stmt:ID a rdf:Statement ; rdf:subject ... ; prov:wasDerivedFrom art:ID ; ...   per evidence
//   art:ID a schema:NewsArticle ; dcterms:title ... .          one per article
// N-Quads: statement triples in the named graph art:ID of their article, the rest in the
// default graph. No triple is written twice (counts agree across parsers).
#include <algorithm>
#include <charconv>
#include <string>
#include <unordered_map>

#include "export/escape.h"
#include "export/exporters.h"
#include "graph/normalize.h"
#include "graph/text_io.h"

namespace kg::exporters {

namespace {

enum Ns : unsigned char { kRdf, kRdfs, kXsd, kSchema, kProv, kDcterms, kSkos, kOwl, kKg, kEnt, kRel, kArt, kStmt, kNsCount };

struct Prefix {
  const char* prefix;
  const char* iri;  // nullptr: under the base IRI, see `local`
  const char* local;
};

constexpr Prefix kPrefixes[kNsCount] = {
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", ""},
    {"rdfs", "http://www.w3.org/2000/01/rdf-schema#", ""},
    {"xsd", "http://www.w3.org/2001/XMLSchema#", ""},
    {"schema", "https://schema.org/", ""},
    {"prov", "http://www.w3.org/ns/prov#", ""},
    {"dcterms", "http://purl.org/dc/terms/", ""},
    {"skos", "http://www.w3.org/2004/02/skos/core#", ""},
    {"owl", "http://www.w3.org/2002/07/owl#", ""},
    {"kg", nullptr, "ontology#"},
    {"ent", nullptr, "entity/"},
    {"rel", nullptr, "relation/"},
    {"art", nullptr, "article/"},
    {"stmt", nullptr, "statement/"},
};

// Writes triples either grouped by subject (Turtle) or one per line (N-Triples/N-Quads).
// Terms are appended straight into the output buffer; no allocation per triple.
class RdfOut {
 public:
  RdfOut(std::string& out, RdfSyntax syntax, const std::string& base) : out_(out), syntax_(syntax) {
    for (int i = 0; i < kNsCount; ++i) {
      std::string iri;
      if (kPrefixes[i].iri) iri = kPrefixes[i].iri;
      else {
        append_iri(iri, base);
        iri += kPrefixes[i].local;
      }
      ns_[i] = iri;
    }
  }

  void prefixes() {
    if (syntax_ != RdfSyntax::kTurtle) return;
    for (int i = 0; i < kNsCount; ++i) {
      out_ += "@prefix ";
      out_ += kPrefixes[i].prefix;
      out_ += ": <";
      out_ += ns_[i];
      out_ += "> .\n";
    }
    out_ += '\n';
  }

  // Appends an IRI term ns:local to `t`.
  void iri_to(std::string& t, Ns ns, std::string_view local) const {
    if (syntax_ == RdfSyntax::kTurtle) {
      t += kPrefixes[ns].prefix;
      t += ':';
      t += local;
    } else {
      t += '<';
      t += ns_[ns];
      t += local;
      t += '>';
    }
  }
  std::string iri(Ns ns, std::string_view local) const {
    std::string t;
    iri_to(t, ns, local);
    return t;
  }
  void hex_iri_to(std::string& t, Ns ns, std::uint64_t id) const {
    char buf[16];
    static constexpr char kDigits[] = "0123456789abcdef";
    for (int i = 15; i >= 0; --i, id >>= 4) buf[i] = kDigits[id & 0xF];
    iri_to(t, ns, std::string_view(buf, 16));
  }

  // Starts a subject block; `graph` is the N-Quads graph term ("" = default graph).
  void subject(std::string_view term, std::string_view graph = {}) {
    subject_.assign(term);
    graph_.assign(graph);
    first_ = true;
  }
  void po(std::string_view pred, std::string_view obj) {
    begin(pred);
    out_ += obj;
    finish();
  }
  void po_iri(std::string_view pred, Ns ns, std::string_view local) {
    begin(pred);
    iri_to(out_, ns, local);
    finish();
  }
  void po_literal(std::string_view pred, std::string_view text) {
    begin(pred);
    out_ += '"';
    append_rdf_string(out_, text);
    out_ += '"';
    finish();
  }
  void po_typed(std::string_view pred, std::string_view lexical, std::string_view xsd_type) {
    begin(pred);
    out_ += '"';
    append_rdf_string(out_, lexical);
    out_ += "\"^^";
    iri_to(out_, kXsd, xsd_type);
    finish();
  }
  void po_integer(std::string_view pred, std::uint64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    po_typed(pred, std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)), "integer");
  }
  void end() {
    if (syntax_ == RdfSyntax::kTurtle && !first_) out_ += " .\n";
    first_ = true;
  }

 private:
  void begin(std::string_view pred) {
    if (syntax_ == RdfSyntax::kTurtle) {
      if (first_) {
        out_ += subject_;
        out_ += ' ';
      } else {
        out_ += " ;\n    ";
      }
    } else {
      out_ += subject_;
      out_ += ' ';
    }
    out_ += pred;
    out_ += ' ';
    first_ = false;
  }
  void finish() {
    if (syntax_ == RdfSyntax::kTurtle) return;
    if (syntax_ == RdfSyntax::kNQuads && !graph_.empty()) {
      out_ += ' ';
      out_ += graph_;
    }
    out_ += " .\n";
  }

  std::string& out_;
  RdfSyntax syntax_;
  std::string ns_[kNsCount];
  std::string subject_, graph_;
  bool first_ = true;
};

std::string slug(const std::string& type) {  // MEET_WITH -> meet-with
  std::string s;
  for (char c : type) s += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::pair<Ns, const char*> rdf_class(const std::string& type) {
  if (type == "Person") return {kSchema, "Person"};
  if (type == "Organization") return {kSchema, "Organization"};
  if (type == "Place") return {kSchema, "Place"};
  if (type == "Event") return {kSchema, "Event"};
  if (type == graph::kConceptType) return {kSkos, "Concept"};
  if (type == graph::kLiteralType) return {kKg, "Literal"};
  return {kSchema, "Thing"};
}

}  // namespace

Status write_rdf(const graph::KnowledgeGraph& g, std::ostream& os, RdfSyntax syntax, const ExportOptions& o) {
  if (!g.canonical()) return Status::invalid_argument("graph is not canonical");
  if (Status st = validate(o); !st) return st;
  const View view(g, o, /*all_by_default=*/true);
  graph::BufferedWriter w(os);
  std::string& out = w.buffer();
  RdfOut r(out, syntax, o.base_iri);
  r.prefixes();
  const std::string a = r.iri(kRdf, "type");
  const std::string label = r.iri(kRdfs, "label");
  const std::string name = r.iri(kSchema, "name");
  const std::string alt = r.iri(kSkos, "altLabel");
  const std::string p_subject = r.iri(kRdf, "subject"), p_predicate = r.iri(kRdf, "predicate"),
                    p_object = r.iri(kRdf, "object"), statement = r.iri(kRdf, "Statement"),
                    derived = r.iri(kProv, "wasDerivedFrom"), sentence = r.iri(kKg, "sourceSentence"),
                    confidence = r.iri(kKg, "confidence"), rule = r.iri(kKg, "rule"),
                    date = r.iri(kDcterms, "date"), p_entity_type = r.iri(kKg, "entityType"),
                    p_key = r.iri(kKg, "key"), p_title = r.iri(kKg, "title"), p_mentions = r.iri(kKg, "mentions"),
                    p_lemma = r.iri(kKg, "lemma"), p_surface = r.iri(kKg, "surface"),
                    p_start = r.iri(kKg, "sentenceStart"), p_end = r.iri(kKg, "sentenceEnd"),
                    p_negated = r.iri(kKg, "negated"), p_asserted = r.iri(kKg, "asserted"), p_modality = r.iri(kKg, "modality"),
                    p_attributed = r.iri(kKg, "attributedTo"), p_time = r.iri(kKg, "time"),
                    p_event_date = r.iri(kKg, "eventDate"), p_place = r.iri(kKg, "place");

  std::string term, term2, term3, graph_term;
  for (auto v : view.nodes()) {
    const graph::Entity& e = g.entity(v);
    term.clear();
    r.hex_iri_to(term, kEnt, e.id);
    r.subject(term);
    const auto [ns, cls] = rdf_class(e.type);
    r.po_iri(a, ns, cls);
    r.po_literal(label, e.label);
    r.po_literal(name, e.label);
    r.po_literal(p_entity_type, e.type);
    r.po_literal(p_key, e.key);
    for (const auto& n : e.names)
      if (n.first != e.label) r.po_literal(alt, n.first);
    for (const auto& t : e.titles) r.po_literal(p_title, t);
    r.po_integer(p_mentions, e.mentions);
    r.end();
    w.maybe_flush();
  }

  std::vector<std::string> types;
  for (const auto& item : view.edges()) types.push_back(g.edge(item.edge).type);
  std::sort(types.begin(), types.end());
  types.erase(std::unique(types.begin(), types.end()), types.end());
  for (const auto& t : types) {
    r.subject(r.iri(kRel, slug(t)));
    r.po_iri(a, kOwl, "ObjectProperty");
    r.po_literal(label, t);
    r.end();
  }

  std::unordered_map<std::string, std::string> predicates;  // type -> rel: term
  for (const auto& t : types) predicates.emplace(t, r.iri(kRel, slug(t)));
  for (const auto& item : view.edges()) {
    const graph::Edge& e = g.edge(item.edge);
    term.clear();
    r.hex_iri_to(term, kEnt, g.entity(g.source(item.edge)).id);
    term2.clear();
    r.hex_iri_to(term2, kEnt, g.entity(g.target(item.edge)).id);
    const std::string& p = predicates.at(e.type);
    r.subject(term);
    r.po(p, term2);
    r.end();
    view.for_each_evidence(item, [&](const graph::EdgeEvidence& ev) {
      const graph::DocumentInfo* doc = g.document(ev.document);
      graph_term.clear();
      if (doc) r.hex_iri_to(graph_term, kArt, graph::fnv1a64(doc->id));
      term3.clear();
      r.hex_iri_to(term3, kStmt, g.evidence_id(item.edge, ev));
      r.subject(term3, graph_term);
      r.po(a, statement);
      r.po(p_subject, term);
      r.po(p_predicate, p);
      r.po(p_object, term2);
      if (doc) r.po(derived, graph_term);
      if (ev.sentence) r.po_literal(sentence, g.str(ev.sentence));
      r.po_typed(confidence, graph::format_double(ev.confidence), "double");
      if (ev.rule) r.po_literal(rule, g.str(ev.rule));
      if (ev.lemma) r.po_literal(p_lemma, g.str(ev.lemma));
      if (ev.surface) r.po_literal(p_surface, g.str(ev.surface));
      r.po_integer(p_start, ev.sentence_span.begin);
      r.po_integer(p_end, ev.sentence_span.end);
      if (ev.negated) r.po_typed(p_negated, "true", "boolean");
      if (!ev.asserted) r.po_typed(p_asserted, "false", "boolean");
      if (ev.modality) r.po_literal(p_modality, g.str(ev.modality));
      if (ev.attributed_to) r.po_literal(p_attributed, g.str(ev.attributed_to));
      if (ev.time) r.po_literal(p_time, g.str(ev.time));
      if (ev.time && graph::is_iso_date(g.str(ev.time))) r.po_typed(p_event_date, g.str(ev.time), "date");
      if (ev.place) r.po_literal(p_place, g.str(ev.place));
      if (doc && graph::is_iso_date(doc->date)) r.po_typed(date, doc->date, "date");
      r.end();
    });
    w.maybe_flush();
  }

  for (auto d : view.documents()) {
    const graph::DocumentInfo& doc = g.documents()[d];
    term.clear();
    r.hex_iri_to(term, kArt, graph::fnv1a64(doc.id));
    r.subject(term);
    r.po_iri(a, kSchema, "NewsArticle");
    r.po_literal(r.iri(kDcterms, "identifier"), doc.id);
    if (!doc.title.empty()) r.po_literal(r.iri(kDcterms, "title"), doc.title);
    if (graph::is_iso_date(doc.date)) r.po_typed(r.iri(kDcterms, "issued"), doc.date, "date");
    else if (!doc.date.empty()) r.po_literal(r.iri(kKg, "dateText"), doc.date);
    if (!doc.url.empty()) r.po_literal(r.iri(kSchema, "url"), doc.url);
    r.end();
    w.maybe_flush();
  }
  return w.status("RDF");
}

}  // namespace kg::exporters
