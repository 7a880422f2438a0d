// Internal to kg::exporters (html_view*.cpp): the data of a kg view page.
#pragma once

#include <string>

#include "export/html_view.h"

namespace kg::exporters::page {

// Appends the page's data document (docs/view.md, "The page data") to `out`, every string
// escaped for a <script> element, and fills `report`.
void append_page_data(const graph::KnowledgeGraph& g, const HtmlViewOptions& o, std::string& out,
                      HtmlViewReport& report);

}  // namespace kg::exporters::page
