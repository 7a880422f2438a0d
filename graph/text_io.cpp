#include "graph/text_io.h"

#include <charconv>

namespace kg::graph {

BufferedWriter& BufferedWriter::operator<<(std::uint64_t v) {
  append_uint(buf_, v);
  return *this;
}

void BufferedWriter::flush() {
  if (!buf_.empty()) {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }
}

Status BufferedWriter::status(const std::string& what) {
  flush();
  out_.flush();
  return out_ ? Status::ok() : Status::io_error("error while writing " + what);
}

void append_uint(std::string& out, std::uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t run = 0;  // start of the pending safe run
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const char* esc = nullptr;
    char ubuf[7];
    std::size_t skip = 1;
    if (c == '"') esc = "\\\"";
    else if (c == '\\') esc = "\\\\";
    else if (c == '\n') esc = "\\n";
    else if (c == '\r') esc = "\\r";
    else if (c == '\t') esc = "\\t";
    else if (c == '\b') esc = "\\b";
    else if (c == '\f') esc = "\\f";
    else if (c < 0x20 || c == 0x7F) {
      ubuf[0] = '\\'; ubuf[1] = 'u'; ubuf[2] = '0'; ubuf[3] = '0';
      ubuf[4] = kHex[c >> 4]; ubuf[5] = kHex[c & 0xF]; ubuf[6] = '\0';
      esc = ubuf;
    } else if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
      esc = static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
      skip = 3;
    }
    if (esc == nullptr) continue;
    out.append(s.data() + run, i - run);
    out.append(esc);
    i += skip - 1;
    run = i + 1;
  }
  out.append(s.data() + run, n - run);
  out.push_back('"');
}

}  // namespace kg::graph
