// libFuzzer target: every article reader (text, Markdown, HTML, JSON, JSON Lines) and the
// block / boilerplate marking on arbitrary bytes. Invariants checked: blocks tile the text,
// the cleaned text is valid UTF-8 without NUL.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "extract/read/clean.h"
#include "extract/read/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kg::extract;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  for (InputFormat f : {InputFormat::kText, InputFormat::kMarkdown, InputFormat::kHtml, InputFormat::kJson,
                        InputFormat::kJsonLines}) {
    for (bool keep : {false, true}) {
      std::istringstream in(bytes);
      ReadOptions opt;
      opt.keep_boilerplate = keep;
      ReadReport report;
      const kg::Status s = read_stream(in, "fuzz", f, opt, [](Document&& d) {
        std::uint32_t at = 0;
        for (const Block& b : d.blocks) {
          if (b.begin != at || b.end < b.begin) std::abort();
          at = b.end;
        }
        if (at != d.text.size()) std::abort();
        for (std::size_t i = 0; i < d.text.size();) {
          const std::size_t n = utf8_sequence_length(d.text, i);
          if (n == 0 || d.text[i] == '\0') std::abort();
          i += n;
        }
        return kg::Status::ok();
      }, report);
      if (!s.is_ok()) std::abort();
    }
  }
  return 0;
}
