// Stage: one step of the NLP pipeline (tokenizer, tagger, parser, ...).
//
// Contract: process() is const; a stage holds only immutable data (a loaded model) after
// construction, so one instance is shared by every thread. Per-call scratch lives on the
// stack of process(). A stage reads the layers in required() and fills those in assigned().
#pragma once

#include <string_view>

#include "extract/document.h"
#include "graph/status.h"

namespace kg::extract {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  virtual Layers required() const = 0;
  virtual Layers assigned() const = 0;
  virtual Status process(Document& doc) const = 0;
};

}  // namespace kg::extract
