// Text and JSON renderings of query values (see query.h).
#include <cstdio>

#include "graph/normalize.h"
#include "graph/query/query.h"
#include "graph/text_io.h"

namespace kg::graph::query {

namespace {

void append_cypher_string(std::string& out, const std::string& s) {
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  out += '"';
}

std::string number_text(const Value& v) {
  if (v.type() == Value::Type::kInt) return std::to_string(v.as_int());
  const double f = v.as_float();
  if (f != f) return "NaN";
  if (f == 1.0 / 0.0) return "Infinity";
  if (f == -1.0 / 0.0) return "-Infinity";
  std::string s = format_double(f);
  if (s.find_first_of(".eE") == std::string::npos) s += ".0";
  return s;
}

void append_nested(std::string& out, const Value& v, const GraphModel& m);

void append_props(std::string& out, const std::vector<std::string>& keys, bool node, std::uint32_t id,
                  const GraphModel& m) {
  out += " {";
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i) out += ", ";
    out += keys[i];
    out += ": ";
    append_nested(out, node ? m.node_property(id, keys[i]) : m.rel_property(id, keys[i]), m);
  }
  out += '}';
}

void append_nested(std::string& out, const Value& v, const GraphModel& m) {
  switch (v.type()) {
    case Value::Type::kNull: out += "null"; break;
    case Value::Type::kString:
    case Value::Type::kDate: append_cypher_string(out, v.as_string()); break;
    default: out += to_text(v, m);
  }
}

}  // namespace

std::string to_text(const Value& v, const GraphModel& m) {
  switch (v.type()) {
    case Value::Type::kNull: return "";
    case Value::Type::kBool: return v.as_bool() ? "true" : "false";
    case Value::Type::kInt:
    case Value::Type::kFloat: return number_text(v);
    case Value::Type::kString:
    case Value::Type::kDate: return v.as_string();
    case Value::Type::kList: {
      std::string out = "[";
      for (std::size_t i = 0; i < v.as_list().size(); ++i) {
        if (i) out += ", ";
        append_nested(out, v.as_list()[i], m);
      }
      return out + "]";
    }
    case Value::Type::kNode: {
      std::string out = "(";
      for (const auto& l : m.node_labels(v.as_id())) out += ":" + l;
      append_props(out, m.node_keys(v.as_id()), true, v.as_id(), m);
      return out + ")";
    }
    case Value::Type::kRel: {
      std::string out = "[:" + m.rel_types()[m.rel(v.as_id()).type];
      const auto keys = m.rel_keys(v.as_id());
      if (!keys.empty()) append_props(out, keys, false, v.as_id(), m);
      return out + "]";
    }
  }
  return "";
}

void append_json(std::string& out, const Value& v, const GraphModel& m) {
  auto props = [&](const std::vector<std::string>& keys, bool node, std::uint32_t id) {
    out += "\"properties\":{";
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (i) out += ',';
      append_json_string(out, keys[i]);
      out += ':';
      append_json(out, node ? m.node_property(id, keys[i]) : m.rel_property(id, keys[i]), m);
    }
    out += '}';
  };
  switch (v.type()) {
    case Value::Type::kNull: out += "null"; return;
    case Value::Type::kBool: out += v.as_bool() ? "true" : "false"; return;
    case Value::Type::kInt: out += std::to_string(v.as_int()); return;
    case Value::Type::kFloat: {
      const double f = v.as_float();
      if (f != f || f == 1.0 / 0.0 || f == -1.0 / 0.0) out += "null";  // JSON has no NaN/Infinity
      else out += number_text(v);
      return;
    }
    case Value::Type::kString:
    case Value::Type::kDate: append_json_string(out, v.as_string()); return;
    case Value::Type::kList:
      out += '[';
      for (std::size_t i = 0; i < v.as_list().size(); ++i) {
        if (i) out += ',';
        append_json(out, v.as_list()[i], m);
      }
      out += ']';
      return;
    case Value::Type::kNode: {
      out += "{\"labels\":[";
      const auto labels = m.node_labels(v.as_id());
      for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i) out += ',';
        append_json_string(out, labels[i]);
      }
      out += "],";
      props(m.node_keys(v.as_id()), true, v.as_id());
      out += '}';
      return;
    }
    case Value::Type::kRel: {
      const auto& r = m.rel(v.as_id());
      out += "{\"type\":";
      append_json_string(out, m.rel_types()[r.type]);
      out += ",\"start\":";
      append_json(out, m.node_property(r.src, m.is_article(r.src) ? "articleId" : "entityId"), m);
      out += ",\"end\":";
      append_json(out, m.node_property(r.dst, m.is_article(r.dst) ? "articleId" : "entityId"), m);
      out += ',';
      props(m.rel_keys(v.as_id()), false, v.as_id());
      out += '}';
      return;
    }
  }
}

}  // namespace kg::graph::query
