// kg view page: head, styles, the data element and the inlined scripts.
#include "export/html_view.h"

#include <algorithm>
#include <cctype>

#include "export/escape.h"
#include "export/html_view_page.h"
#include "graph/text_io.h"

namespace kg::exporters {

namespace {

// True when `code` holds "</script" or "<!--" (ASCII case-insensitive): it would end or
// confuse the <script> element it is inlined into.
bool unsafe_in_script(std::string_view code) {
  for (std::size_t i = code.find('<'); i != std::string_view::npos; i = code.find('<', i + 1)) {
    if (code.compare(i, 4, "<!--") == 0) return true;
    if (i + 8 > code.size() || code[i + 1] != '/') continue;
    std::string tag(code.substr(i + 2, 6));
    std::transform(tag.begin(), tag.end(), tag.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (tag == "script") return true;
  }
  return false;
}

// Records uncaught errors, rejected promises and console.error calls on
// <html data-kg-errors> before anything else runs (the browser test reads it).
constexpr const char* kErrorProbe =
    "window.kgErrors=[];function kgError(m){window.kgErrors.push(String(m));"
    "document.documentElement.setAttribute('data-kg-errors',window.kgErrors.join(' | '));}"
    "window.addEventListener('error',function(e){kgError(e.message);});"
    "window.addEventListener('unhandledrejection',function(e){kgError(e.reason);});"
    "(function(){var ce=console.error;console.error=function(){"
    "kgError(Array.prototype.join.call(arguments,' '));return ce.apply(console,arguments);};})();";

}  // namespace

std::size_t utf16_length(std::string_view s, std::size_t byte) {
  std::size_t units = 0;
  const std::size_t end = std::min(byte, s.size());
  for (std::size_t i = 0; i < end; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    units += c >= 0xF0 ? 2 : 1;        // 4-byte sequences are surrogate pairs
  }
  return units;
}

Status write_html_view(const graph::KnowledgeGraph& g, std::ostream& os, const HtmlViewOptions& o,
                       const HtmlAssets& assets, HtmlViewReport* report) {
  if (!g.canonical()) return Status::invalid_argument("graph is not canonical");
  if (!g.evidence_loaded()) return Status::invalid_argument("graph was loaded without its evidence");
  for (const auto& [name, code] : assets.scripts)
    if (unsafe_in_script(code)) return Status::invalid_argument(name + " contains </script or <!-- and cannot be inlined");
  if (assets.css.find("</") != std::string::npos) return Status::invalid_argument("the page's CSS contains </");
  HtmlViewReport r;
  graph::BufferedWriter w(os);
  std::string& out = w.buffer();
  out +=
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
      "style-src 'unsafe-inline'; img-src data:\">\n"
      "<meta name=\"generator\" content=\"kg view\">\n<title>";
  append_html(out, o.title);
  out += "</title>\n<script>";
  out += kErrorProbe;
  out += "</script>\n<style>\n";
  out += assets.css;
  out += "</style>\n</head>\n<body>\n<noscript>This page needs JavaScript to draw the graph.</noscript>\n";
  out += "<script type=\"application/json\" id=\"kg-data\">";
  page::append_page_data(g, o, out, r);
  out += "</script>\n";
  for (const auto& [name, code] : assets.scripts) {
    out += "<script data-name=\"";
    append_html(out, name);
    out += "\">\n";
    out += code;
    out += "\n</script>\n";
    w.maybe_flush();
  }
  out += "</body>\n</html>\n";
  if (report != nullptr) *report = r;
  return w.status("HTML");
}

}  // namespace kg::exporters
