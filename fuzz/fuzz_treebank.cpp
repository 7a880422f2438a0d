// libFuzzer target: the CoNLL-U and IOB2 readers on arbitrary bytes, and the CoNLL-U writer
// on whatever they accept. Invariant: token and sentence ranges stay inside the document.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "extract/conllu.h"
#include "extract/iob2.h"

namespace {
kg::Status check(kg::extract::Document&& d) {
  auto fail = [](const char* what) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
  };
  for (const auto& t : d.tokens)
    if (t.end < t.begin || t.end > d.text.size()) fail("token range");
  for (const auto& s : d.sentences)
    if (s.end_token > d.tokens.size() || s.first_token > s.end_token) fail("sentence range");
  for (const auto& m : d.mentions)
    if (m.end_token > d.tokens.size() || m.first_token >= m.end_token) fail("mention range");
  std::ostringstream out;
  kg::extract::write_conllu(d, out);
  kg::extract::write_iob2(d, out);
  return kg::Status::ok();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kg::extract;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  {
    std::istringstream in(bytes);
    ReadReport report;
    (void)read_conllu(in, "f", ConlluReadOptions{}, check, report);
  }
  {
    std::istringstream in(bytes);
    ReadReport report;
    (void)read_iob2(in, "f", Iob2ReadOptions{}, check, report);
  }
  return 0;
}
