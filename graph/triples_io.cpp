#include "graph/triples_io.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "graph/normalize.h"
#include "graph/text_io.h"

namespace kg::graph {

namespace {

using rapidjson::Value;

struct ParseError {
  std::string message;
};

const Value* member(const Value& obj, const char* name) {
  auto it = obj.FindMember(name);
  return it == obj.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
}

std::string get_string(const Value& obj, const char* name) {
  const Value* v = member(obj, name);
  if (v == nullptr) return {};
  if (!v->IsString()) throw ParseError{std::string("\"") + name + "\" must be a string"};
  return std::string(v->GetString(), v->GetStringLength());
}

// doc_id, url, title and date of a triple's evidence or an entity record's document.
DocumentRef get_document(const Value& obj) {
  return {get_string(obj, "doc_id"), get_string(obj, "url"),  get_string(obj, "title"),
          get_string(obj, "date"),   get_string(obj, "path"), get_string(obj, "ingested")};
}

Span get_span(const Value& obj, const char* name) {
  const Value* v = member(obj, name);
  if (v == nullptr) return {};
  if (!v->IsArray() || v->Size() != 2 || !(*v)[0].IsUint() || !(*v)[1].IsUint() ||
      (*v)[0].GetUint() > (*v)[1].GetUint())
    throw ParseError{std::string("\"") + name + "\" must be [begin, end] byte offsets"};
  return {(*v)[0].GetUint(), (*v)[1].GetUint()};
}

Argument get_argument(const Value& obj, const char* name) {
  const Value* v = member(obj, name);
  if (v == nullptr || !v->IsObject()) throw ParseError{std::string("\"") + name + "\" must be an object"};
  Argument a;
  a.text = get_string(*v, "text");
  if (a.text.empty()) throw ParseError{std::string("\"") + name + ".text\" is missing or empty"};
  a.type = get_string(*v, "type");
  const std::string kind = get_string(*v, "kind");
  if (kind.empty() || kind == "entity") a.kind = Argument::Kind::kEntity;
  else if (kind == "concept") a.kind = Argument::Kind::kConcept;
  else if (kind == "literal") a.kind = Argument::Kind::kLiteral;
  else throw ParseError{std::string("\"") + name + ".kind\" must be entity, concept or literal"};
  if (const Value* t = member(*v, "titles")) {
    if (!t->IsArray()) throw ParseError{std::string("\"") + name + ".titles\" must be an array"};
    for (const auto& x : t->GetArray()) {
      if (!x.IsString()) throw ParseError{std::string("\"") + name + ".titles\" must hold strings"};
      a.titles.emplace_back(x.GetString(), x.GetStringLength());
    }
  }
  return a;
}

}  // namespace

// Parses one JSON object with full-precision numbers (docs/graph-format.md, Numbers).
static Status parse_object(const std::string& line, rapidjson::Document& doc) {
  doc.Parse<rapidjson::kParseFullPrecisionFlag>(line.c_str(), line.size());
  if (doc.HasParseError())
    return Status::invalid_argument(std::string("JSON error at byte ") + std::to_string(doc.GetErrorOffset()) +
                                    ": " + rapidjson::GetParseError_En(doc.GetParseError()));
  if (!doc.IsObject()) return Status::invalid_argument("record is not a JSON object");
  return Status::ok();
}

Result<Triple> parse_triple_json(const std::string& line) {
  rapidjson::Document doc;
  if (Status st = parse_object(line, doc); !st) return st;
  try {
    Triple t;
    t.subject = get_argument(doc, "subject");
    t.object = get_argument(doc, "object");
    const Value* r = member(doc, "relation");
    if (r == nullptr || !r->IsObject()) throw ParseError{"\"relation\" must be an object"};
    t.relation.lemma = get_string(*r, "lemma");
    t.relation.surface = get_string(*r, "surface");
    t.relation.cls = get_string(*r, "class");
    if (t.relation.lemma.empty() && t.relation.cls.empty())
      throw ParseError{"\"relation\" needs a lemma or a class"};
    if (const Value* q = member(doc, "qualifiers")) {
      if (!q->IsObject()) throw ParseError{"\"qualifiers\" must be an object"};
      if (const Value* n = member(*q, "negated")) {
        if (!n->IsBool()) throw ParseError{"\"qualifiers.negated\" must be true or false"};
        t.qualifiers.negated = n->GetBool();
        if (t.qualifiers.negated) t.qualifiers.asserted = false;
      }
      t.qualifiers.modality = get_string(*q, "modality");
      t.qualifiers.attributed_to = get_string(*q, "attributed_to");
      t.qualifiers.time = get_string(*q, "time");
      if (const Value* a = member(*q, "asserted")) {
        if (!a->IsBool()) throw ParseError{"\"qualifiers.asserted\" must be true or false"};
        t.qualifiers.asserted = a->GetBool() && !t.qualifiers.negated;
      }
      t.qualifiers.place = get_string(*q, "place");
    }
    if (const Value* e = member(doc, "evidence")) {
      if (!e->IsObject()) throw ParseError{"\"evidence\" must be an object"};
      Evidence& ev = t.evidence;
      ev.document = get_document(*e);
      ev.sentence = get_string(*e, "sentence");
      ev.sentence_span = get_span(*e, "sentence_span");
      ev.subject_span = get_span(*e, "subject_span");
      ev.relation_span = get_span(*e, "relation_span");
      ev.object_span = get_span(*e, "object_span");
      ev.rule = get_string(*e, "rule");
      ev.subject_link = get_string(*e, "subject_link");
      ev.object_link = get_string(*e, "object_link");
      if (const Value* c = member(*e, "confidence")) {
        if (!c->IsNumber()) throw ParseError{"\"evidence.confidence\" must be a number"};
        ev.confidence = c->GetDouble();
        if (!(ev.confidence >= 0.0 && ev.confidence <= 1.0))
          throw ParseError{"\"evidence.confidence\" must be in [0, 1]"};
      }
    }
    return t;
  } catch (const ParseError& e) {
    return Status::invalid_argument(e.message);
  }
}

Result<EntityRecord> parse_entity_json(const std::string& line) {
  rapidjson::Document doc;
  if (Status st = parse_object(line, doc); !st) return st;
  try {
    EntityRecord r;
    r.entity = get_argument(doc, "entity");
    if (r.entity.kind != Argument::Kind::kEntity) throw ParseError{"\"entity.kind\" must be entity"};
    if (const Value* d = member(doc, "document")) {
      if (!d->IsObject()) throw ParseError{"\"document\" must be an object"};
      r.document = get_document(*d);
    }
    if (const Value* ms = member(doc, "mentions")) {
      if (!ms->IsArray()) throw ParseError{"\"mentions\" must be an array"};
      for (const auto& m : ms->GetArray()) {
        if (!m.IsObject()) throw ParseError{"\"mentions\" holds objects"};
        EntityMention em;
        em.span = get_span(m, "span");
        em.sentence = get_span(m, "sentence");
        em.text = get_string(m, "text");
        em.link = get_string(m, "link");
        if (const Value* n = member(m, "name")) {
          if (!n->IsBool()) throw ParseError{"\"mentions.name\" must be true or false"};
          em.name = n->GetBool();
        }
        r.mentions.push_back(std::move(em));
      }
    }
    return r;
  } catch (const ParseError& e) {
    return Status::invalid_argument(e.message);
  }
}

bool is_entity_record(const std::string& line) {
  // Writers put "entity" first; a triple starts with "subject". Only the first key counts.
  const std::size_t p = line.find_first_not_of(" \t{");
  return p != std::string::npos && line.compare(p, 8, "\"entity\"") == 0;
}

Status read_triples_jsonl(std::istream& in, const std::string& name,
                          const std::function<Status(const Triple&)>& sink, TripleReadReport& report,
                          const std::function<Status(const EntityRecord&)>& entity_sink) {
  std::string line;
  std::size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::size_t p = line.find_first_not_of(" \t");
    if (p == std::string::npos || line[p] == '#') continue;
    ++report.lines;
    Status st;
    if (is_entity_record(line)) {
      auto r = parse_entity_json(line);
      if (!r) st = r.status();
      else if (entity_sink) st = entity_sink(*r);
      else st = Status::invalid_argument("an entity record where only triples are read");
      if (st.is_ok()) ++report.entities;
    } else {
      auto t = parse_triple_json(line);
      st = t ? sink(*t) : t.status();
    }
    if (st.is_ok()) ++report.accepted;
    else report.problems.push_back(name + ":" + std::to_string(lineno) + ": " + st.message());
  }
  if (in.bad()) return Status::io_error("error while reading " + name);
  return Status::ok();
}

namespace {

void key(std::string& out, const char* k) {
  append_json_string(out, k);
  out.push_back(':');
}

void str_field(std::string& out, const char* k, const std::string& v, bool& first) {
  if (v.empty()) return;
  if (!first) out.push_back(',');
  first = false;
  key(out, k);
  append_json_string(out, v);
}

void span_field(std::string& out, const char* k, const Span& s) {
  out.push_back(',');
  key(out, k);
  out.push_back('[');
  append_uint(out, s.begin);
  out.push_back(',');
  append_uint(out, s.end);
  out.push_back(']');
}

// The document members of a triple's evidence or an entity record (doc_id, url, title, date).
void document_fields(std::string& out, const DocumentRef& d, bool& first) {
  str_field(out, "doc_id", d.id, first);
  str_field(out, "url", d.url, first);
  str_field(out, "title", d.title, first);
  str_field(out, "date", d.date, first);
  str_field(out, "path", d.path, first);
  str_field(out, "ingested", d.ingested, first);
}

void argument(std::string& out, const Argument& a) {
  out.push_back('{');
  bool first = true;
  str_field(out, "text", a.text, first);
  str_field(out, "type", a.type, first);
  const char* kind = a.kind == Argument::Kind::kConcept ? "concept"
                     : a.kind == Argument::Kind::kLiteral ? "literal" : "entity";
  str_field(out, "kind", kind, first);
  if (!a.titles.empty()) {
    out.append(",\"titles\":[");
    for (std::size_t i = 0; i < a.titles.size(); ++i) {
      if (i) out.push_back(',');
      append_json_string(out, a.titles[i]);
    }
    out.push_back(']');
  }
  out.push_back('}');
}

}  // namespace

void append_triple_json(std::string& out, const Triple& t) {
  out.append("{\"subject\":");
  argument(out, t.subject);
  out.append(",\"relation\":{");
  bool first = true;
  str_field(out, "lemma", t.relation.lemma, first);
  str_field(out, "surface", t.relation.surface, first);
  str_field(out, "class", t.relation.cls, first);
  out.append("},\"object\":");
  argument(out, t.object);
  const Qualifiers& q = t.qualifiers;
  out.append(",\"qualifiers\":{\"negated\":");
  out.append(q.negated ? "true" : "false");
  if (!q.asserted && !q.negated) out.append(",\"asserted\":false");
  first = false;
  str_field(out, "modality", q.modality, first);
  str_field(out, "attributed_to", q.attributed_to, first);
  str_field(out, "time", q.time, first);
  str_field(out, "place", q.place, first);
  const Evidence& e = t.evidence;
  out.append("},\"evidence\":{\"confidence\":");
  out.append(format_double(e.confidence));
  document_fields(out, e.document, first);
  str_field(out, "sentence", e.sentence, first);
  span_field(out, "sentence_span", e.sentence_span);
  span_field(out, "subject_span", e.subject_span);
  span_field(out, "relation_span", e.relation_span);
  span_field(out, "object_span", e.object_span);
  str_field(out, "rule", e.rule, first);
  str_field(out, "subject_link", e.subject_link, first);
  str_field(out, "object_link", e.object_link, first);
  out.append("}}\n");
}

void append_entity_json(std::string& out, const EntityRecord& r) {
  out.append("{\"entity\":");
  argument(out, r.entity);
  out.append(",\"document\":{");
  bool first = true;
  document_fields(out, r.document, first);
  out.append("},\"mentions\":[");
  for (std::size_t i = 0; i < r.mentions.size(); ++i) {
    const EntityMention& m = r.mentions[i];
    if (i) out.push_back(',');
    out.append("{\"span\":[");
    append_uint(out, m.span.begin);
    out.push_back(',');
    append_uint(out, m.span.end);
    out.push_back(']');
    if (m.sentence != Span{}) {
      out.append(",\"sentence\":[");
      append_uint(out, m.sentence.begin);
      out.push_back(',');
      append_uint(out, m.sentence.end);
      out.push_back(']');
    }
    first = false;
    str_field(out, "text", m.text, first);
    str_field(out, "link", m.link, first);
    if (!m.name) out.append(",\"name\":false");
    out.push_back('}');
  }
  out.append("]}\n");
}

}  // namespace kg::graph
