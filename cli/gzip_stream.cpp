#include "cli/gzip_stream.h"

#include <zlib.h>

namespace kg::cli {

struct GzipStreambuf::State {
  z_stream s{};
};

namespace {
constexpr std::size_t kBuffer = 1 << 16;
}  // namespace

GzipStreambuf::GzipStreambuf(std::ostream& sink, int level)
    : z_(std::make_unique<State>()), sink_(sink), in_(kBuffer), out_(kBuffer) {
  // windowBits 15 + 16: a gzip header and trailer; zlib writes mtime 0 and no name.
  if (deflateInit2(&z_->s, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) failed_ = true;
  setp(in_.data(), in_.data() + in_.size());
}

GzipStreambuf::~GzipStreambuf() { deflateEnd(&z_->s); }

bool GzipStreambuf::deflate_buffer(int flush) {
  if (failed_) return false;
  z_->s.next_in = reinterpret_cast<Bytef*>(pbase());
  z_->s.avail_in = static_cast<uInt>(pptr() - pbase());
  for (;;) {
    z_->s.next_out = reinterpret_cast<Bytef*>(out_.data());
    z_->s.avail_out = static_cast<uInt>(out_.size());
    const int r = deflate(&z_->s, flush);
    if (r == Z_STREAM_ERROR) {
      failed_ = true;
      return false;
    }
    const std::size_t have = out_.size() - z_->s.avail_out;
    if (have > 0 && !sink_.write(out_.data(), static_cast<std::streamsize>(have))) {
      failed_ = true;
      return false;
    }
    if (flush == Z_FINISH ? r == Z_STREAM_END : z_->s.avail_out != 0) break;
  }
  setp(in_.data(), in_.data() + in_.size());
  return true;
}

GzipStreambuf::int_type GzipStreambuf::overflow(int_type ch) {
  if (!deflate_buffer(Z_NO_FLUSH)) return traits_type::eof();
  if (!traits_type::eq_int_type(ch, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(ch);
    pbump(1);
  }
  return traits_type::not_eof(ch);
}

int GzipStreambuf::sync() { return deflate_buffer(Z_NO_FLUSH) ? 0 : -1; }

Status GzipStreambuf::finish() {
  if (finished_) return Status::ok();
  finished_ = true;
  if (!deflate_buffer(Z_FINISH)) return Status::io_error("gzip compression failed");
  return Status::ok();
}

}  // namespace kg::cli
