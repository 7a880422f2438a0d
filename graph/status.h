// Status and Result<T>: the error type every library boundary of kg returns.
//
// Contract: library code never prints, logs or exits; it returns a Status (or a
// Result<T>) that the CLI turns into a message and an exit code. A Status is cheap to
// copy when ok (no allocation). Thread safety: values, no shared state.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace kg {

class [[nodiscard]] Status {
 public:
  // Stored codes are not persisted anywhere; they may be renumbered.
  enum class Code : unsigned char {
    kOk = 0,
    kInvalidArgument,  // the caller passed something unusable (bad option, bad query)
    kNotFound,         // a file, model or entity that does not exist
    kIoError,          // reading or writing failed
    kCorrupt,          // a file exists but its content is malformed (bad magic, truncated)
    kUnsupported,      // a valid request that this build cannot serve (newer file version)
    kNotImplemented,   // a feature not written yet
    kInternal,         // a bug: an invariant did not hold
  };

  Status() = default;
  static Status ok() { return Status(); }
  static Status invalid_argument(std::string msg) { return {Code::kInvalidArgument, std::move(msg)}; }
  static Status not_found(std::string msg) { return {Code::kNotFound, std::move(msg)}; }
  static Status io_error(std::string msg) { return {Code::kIoError, std::move(msg)}; }
  static Status corrupt(std::string msg) { return {Code::kCorrupt, std::move(msg)}; }
  static Status unsupported(std::string msg) { return {Code::kUnsupported, std::move(msg)}; }
  static Status not_implemented(std::string msg) { return {Code::kNotImplemented, std::move(msg)}; }
  static Status internal(std::string msg) { return {Code::kInternal, std::move(msg)}; }

  bool is_ok() const { return code_ == Code::kOk; }
  explicit operator bool() const { return is_ok(); }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "io error: cannot open x.txt" style text for logs.
  std::string to_string() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none. `value()` on an error is a bug.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    // Invariant: a Result built from a Status carries an error.
    assert(!status_.is_ok());
  }
  bool is_ok() const { return value_.has_value(); }
  explicit operator bool() const { return is_ok(); }
  const Status& status() const { return status_; }
  T& value() & { assert(value_); return *value_; }
  const T& value() const& { assert(value_); return *value_; }
  T&& value() && { assert(value_); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace kg
