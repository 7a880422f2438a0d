#include "graph/status.h"

namespace kg {

std::string Status::to_string() const {
  const char* name = "ok";
  switch (code_) {
    case Code::kOk: return "ok";
    case Code::kInvalidArgument: name = "invalid argument"; break;
    case Code::kNotFound: name = "not found"; break;
    case Code::kIoError: name = "io error"; break;
    case Code::kCorrupt: name = "corrupt"; break;
    case Code::kUnsupported: name = "unsupported"; break;
    case Code::kNotImplemented: name = "not implemented yet"; break;
    case Code::kInternal: name = "internal error"; break;
  }
  return message_.empty() ? std::string(name) : std::string(name) + ": " + message_;
}

}  // namespace kg
