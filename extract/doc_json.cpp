#include "extract/doc_json.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "extract/tags.h"

namespace kg::extract {

void write_document_json(const Document& doc, std::ostream& os) {
  rapidjson::OStreamWrapper stream(os);
  rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
  auto str = [&](std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  auto key = [&](const char* k) { w.Key(k); };
  w.StartObject();
  key("id"); str(doc.id);
  key("source"); str(doc.source);
  key("title"); str(doc.title);
  key("url"); str(doc.url);
  key("published"); str(doc.published);
  key("place"); str(doc.place);
  key("language"); str(doc.language);
  key("text"); str(doc.text);
  key("blocks");
  w.StartArray();
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kBlank) continue;
    w.StartObject();
    key("begin"); w.Uint(b.begin);
    key("end"); w.Uint(b.end);
    key("kind"); str(block_kind_name(b.kind));
    if (!b.reason.empty()) { key("reason"); str(b.reason); }
    w.EndObject();
  }
  w.EndArray();
  key("sentences");
  w.StartArray();
  for (const Sentence& s : doc.sentences) {
    w.StartObject();
    key("begin"); w.Uint(s.begin);
    key("end"); w.Uint(s.end);
    key("tokens");
    w.StartArray();
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = doc.tokens[i];
      w.StartObject();
      key("form"); str(doc.form(t));
      key("begin"); w.Uint(t.begin);
      key("end"); w.Uint(t.end);
      if (t.upos) { key("upos"); str(tags::upos_name(t.upos)); }
      if (t.xpos) { key("xpos"); str(tags::xpos_name(t.xpos)); }
      if (!t.lemma.empty()) { key("lemma"); str(t.lemma); }
      if (t.deprel) {
        key("head"); w.Int(t.head);
        key("deprel"); str(tags::deprel_name(t.deprel));
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  key("mentions");
  w.StartArray();
  for (const Mention& m : doc.mentions) {
    w.StartObject();
    const Token& a = doc.tokens[m.first_token];
    const Token& b = doc.tokens[m.end_token - 1];
    key("text"); str(doc.slice(a.begin, b.end));
    key("begin"); w.Uint(a.begin);
    key("end"); w.Uint(b.end);
    key("first_token"); w.Uint(m.first_token);
    key("end_token"); w.Uint(m.end_token);
    key("type"); str(entity_type_name(m.type));
    if (m.chain >= 0) { key("entity"); w.Int(m.chain); }
    if (!m.group.empty()) {
      key("group");
      w.StartArray();
      for (auto g : m.group) w.Int(g);
      w.EndArray();
    }
    if (!m.link_rule.empty()) { key("rule"); str(m.link_rule); }
    if (!m.value.empty()) { key("value"); str(m.value); }
    w.EndObject();
  }
  w.EndArray();
  key("entities");
  w.StartArray();
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& en = doc.entities[e];
    w.StartObject();
    key("id"); w.Uint64(e);
    key("name"); str(en.name);
    key("type"); str(entity_type_name(en.type));
    auto list = [&](const char* k, const std::vector<std::string>& v) {
      key(k);
      w.StartArray();
      for (const auto& x : v) str(x);
      w.EndArray();
    };
    list("titles", en.titles);
    if (!en.affiliation.empty()) { key("affiliation"); str(en.affiliation); }
    list("aliases", en.aliases);
    key("mentions");
    w.StartArray();
    for (auto m : en.mentions) w.Uint(m);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  stream.Flush();
  os << '\n';
}

}  // namespace kg::extract
