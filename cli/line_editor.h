// A small line editor for the `kg query` prompt (no readline dependency): cursor keys,
// Home/End, Backspace/Delete, Ctrl-A/E/K/U/L/C/D, and history with Up/Down. History is
// kept in memory and, when a file is given, loaded from and appended to it. On a
// non-terminal stdin or stdout it reads plain lines and writes the prompt to stderr.
#pragma once

#include <string>
#include <vector>

namespace kg::cli {

class LineEditor {
 public:
  enum class Read { kLine, kInterrupted, kEof };

  explicit LineEditor(std::string history_file = {});
  Read read_line(const std::string& prompt, std::string& line);
  void add_history(const std::string& entry);
  const std::vector<std::string>& history() const { return history_; }

 private:
  Read read_raw(const std::string& prompt, std::string& line);
  std::string file_;
  std::vector<std::string> history_;
};

}  // namespace kg::cli
