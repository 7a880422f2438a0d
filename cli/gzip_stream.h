// A gzip (RFC 1952) output stream over another stream, with zlib: what `--compress gz`
// writes. The output is deterministic (no file name, modification time 0), so the same
// graph gives byte-identical .gz files. finish() ends the gzip member; without it the data
// is incomplete (OutputFile calls it in commit()).
// Thread safety: one thread.
#pragma once

#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

#include "graph/status.h"

namespace kg::cli {

class GzipStreambuf final : public std::streambuf {
 public:
  explicit GzipStreambuf(std::ostream& sink, int level = 6);
  ~GzipStreambuf() override;
  GzipStreambuf(const GzipStreambuf&) = delete;
  GzipStreambuf& operator=(const GzipStreambuf&) = delete;
  // Compresses what is buffered and ends the stream; an error when zlib or the sink failed.
  Status finish();

 protected:
  int_type overflow(int_type ch) override;
  int sync() override;

 private:
  bool deflate_buffer(int flush);
  struct State;
  std::unique_ptr<State> z_;
  std::ostream& sink_;
  std::vector<char> in_, out_;
  bool failed_ = false, finished_ = false;
};

}  // namespace kg::cli
