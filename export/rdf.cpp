// RDF 1.1 writer: Turtle, N-Triples, N-Quads. Model (docs/exports.md):
//   ent:ID a schema:Person ; rdfs:label "..." ; ...           one block per node
//   rel:meet a owl:ObjectProperty ; rdfs:label "MEET" .        one per relation type
//   ent:S rel:meet ent:O .                                     the asserted triple
//   stmt:ID a rdf:Statement ; rdf:subject ... ; prov:wasDerivedFrom art:ID ; ...   per evidence
//   art:ID a schema:NewsArticle ; dcterms:title ... .          one per article
// N-Quads: statement triples in the named graph art:ID of their article, the rest in the
// default graph. No triple is written twice (counts agree across parsers).
#include <algorithm>
#include <string>

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

  // Term builders: return the term text for the current syntax.
  std::string iri(Ns ns, std::string_view local) const {
    std::string t;
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
    return t;
  }
  static std::string literal(std::string_view s) {
    std::string t = "\"";
    append_rdf_string(t, s);
    t += '"';
    return t;
  }
  std::string typed(std::string_view lexical, std::string_view xsd_type) const {
    std::string t = "\"";
    append_rdf_string(t, lexical);
    t += "\"^^";
    t += iri(kXsd, xsd_type);
    return t;
  }

  // Starts a subject block; `graph` is the N-Quads graph term ("" = default graph).
  void subject(std::string term, std::string graph = {}) {
    subject_ = std::move(term);
    graph_ = std::move(graph);
    first_ = true;
  }
  void po(std::string_view pred, std::string_view obj) {
    if (syntax_ == RdfSyntax::kTurtle) {
      if (first_) {
        out_ += subject_;
        out_ += ' ';
      } else {
        out_ += " ;\n    ";
      }
      out_ += pred;
      out_ += ' ';
      out_ += obj;
    } else {
      out_ += subject_;
      out_ += ' ';
      out_ += pred;
      out_ += ' ';
      out_ += obj;
      if (syntax_ == RdfSyntax::kNQuads && !graph_.empty()) {
        out_ += ' ';
        out_ += graph_;
      }
      out_ += " .\n";
    }
    first_ = false;
  }
  void end() {
    if (syntax_ == RdfSyntax::kTurtle && !first_) out_ += " .\n";
    first_ = true;
  }

 private:
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

  for (auto v : view.nodes()) {
    const graph::Entity& e = g.entity(v);
    r.subject(r.iri(kEnt, graph::hex16(e.id)));
    const auto [ns, cls] = rdf_class(e.type);
    r.po(a, r.iri(ns, cls));
    r.po(label, RdfOut::literal(e.label));
    r.po(name, RdfOut::literal(e.label));
    r.po(r.iri(kKg, "entityType"), RdfOut::literal(e.type));
    r.po(r.iri(kKg, "key"), RdfOut::literal(e.key));
    for (const auto& n : e.names)
      if (n.first != e.label) r.po(alt, RdfOut::literal(n.first));
    for (const auto& t : e.titles) r.po(r.iri(kKg, "title"), RdfOut::literal(t));
    r.po(r.iri(kKg, "mentions"), r.typed(std::to_string(e.mentions), "integer"));
    r.end();
    w.maybe_flush();
  }

  std::vector<std::string> types;
  for (const auto& item : view.edges()) types.push_back(g.edge(item.edge).type);
  std::sort(types.begin(), types.end());
  types.erase(std::unique(types.begin(), types.end()), types.end());
  for (const auto& t : types) {
    r.subject(r.iri(kRel, slug(t)));
    r.po(a, r.iri(kOwl, "ObjectProperty"));
    r.po(label, RdfOut::literal(t));
    r.end();
  }

  const std::string p_subject = r.iri(kRdf, "subject"), p_predicate = r.iri(kRdf, "predicate"),
                    p_object = r.iri(kRdf, "object"), statement = r.iri(kRdf, "Statement"),
                    derived = r.iri(kProv, "wasDerivedFrom"), sentence = r.iri(kKg, "sourceSentence"),
                    confidence = r.iri(kKg, "confidence"), rule = r.iri(kKg, "rule"),
                    date = r.iri(kDcterms, "date");
  for (const auto& item : view.edges()) {
    const graph::Edge& e = g.edge(item.edge);
    const std::string s = r.iri(kEnt, graph::hex16(g.entity(g.source(item.edge)).id));
    const std::string p = r.iri(kRel, slug(e.type));
    const std::string obj = r.iri(kEnt, graph::hex16(g.entity(g.target(item.edge)).id));
    r.subject(s);
    r.po(p, obj);
    r.end();
    view.for_each_evidence(item, [&](const graph::EdgeEvidence& ev) {
      const graph::DocumentInfo* doc = g.document(ev.document);
      const std::string art = doc ? r.iri(kArt, doc_hex_id(*doc)) : std::string();
      r.subject(r.iri(kStmt, graph::hex16(g.evidence_id(item.edge, ev))), art);
      r.po(a, statement);
      r.po(p_subject, s);
      r.po(p_predicate, p);
      r.po(p_object, obj);
      if (doc) r.po(derived, art);
      if (ev.sentence) r.po(sentence, RdfOut::literal(g.str(ev.sentence)));
      r.po(confidence, r.typed(graph::format_double(ev.confidence), "double"));
      if (ev.rule) r.po(rule, RdfOut::literal(g.str(ev.rule)));
      if (ev.lemma) r.po(r.iri(kKg, "lemma"), RdfOut::literal(g.str(ev.lemma)));
      if (ev.surface) r.po(r.iri(kKg, "surface"), RdfOut::literal(g.str(ev.surface)));
      r.po(r.iri(kKg, "sentenceStart"), r.typed(std::to_string(ev.sentence_span.begin), "integer"));
      r.po(r.iri(kKg, "sentenceEnd"), r.typed(std::to_string(ev.sentence_span.end), "integer"));
      if (ev.negated) r.po(r.iri(kKg, "negated"), r.typed("true", "boolean"));
      if (ev.modality) r.po(r.iri(kKg, "modality"), RdfOut::literal(g.str(ev.modality)));
      if (ev.attributed_to) r.po(r.iri(kKg, "attributedTo"), RdfOut::literal(g.str(ev.attributed_to)));
      if (ev.time) r.po(r.iri(kKg, "time"), RdfOut::literal(g.str(ev.time)));
      if (ev.place) r.po(r.iri(kKg, "place"), RdfOut::literal(g.str(ev.place)));
      if (doc && graph::is_iso_date(doc->date)) r.po(date, r.typed(doc->date, "date"));
      r.end();
    });
    w.maybe_flush();
  }

  for (auto d : view.documents()) {
    const graph::DocumentInfo& doc = g.documents()[d];
    r.subject(r.iri(kArt, doc_hex_id(doc)));
    r.po(a, r.iri(kSchema, "NewsArticle"));
    r.po(r.iri(kDcterms, "identifier"), RdfOut::literal(doc.id));
    if (!doc.title.empty()) r.po(r.iri(kDcterms, "title"), RdfOut::literal(doc.title));
    if (graph::is_iso_date(doc.date)) r.po(r.iri(kDcterms, "issued"), r.typed(doc.date, "date"));
    else if (!doc.date.empty()) r.po(r.iri(kKg, "dateText"), RdfOut::literal(doc.date));
    if (!doc.url.empty()) r.po(r.iri(kSchema, "url"), RdfOut::literal(doc.url));
    r.end();
    w.maybe_flush();
  }
  return w.status("RDF");
}

}  // namespace kg::exporters
