#include "cli/line_editor.h"

#include <termios.h>
#include <unistd.h>

#include <fstream>
#include <iostream>

namespace kg::cli {

namespace {

constexpr std::size_t kMaxHistory = 1000;

std::size_t code_points(const std::string& s, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t i = from; i < to; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

std::size_t prev_char(const std::string& s, std::size_t i) {
  if (i == 0) return 0;
  --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

std::size_t next_char(const std::string& s, std::size_t i) {
  if (i >= s.size()) return s.size();
  ++i;
  while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  return i;
}

class RawMode {
 public:
  RawMode() {
    ok_ = tcgetattr(STDIN_FILENO, &saved_) == 0;
    if (!ok_) return;
    termios raw = saved_;
    raw.c_lflag &= static_cast<tcflag_t>(~(ECHO | ICANON | ISIG | IEXTEN));
    raw.c_iflag &= static_cast<tcflag_t>(~(IXON | ICRNL));
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    ok_ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0;
  }
  ~RawMode() {
    if (ok_) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
  }
  bool ok() const { return ok_; }

 private:
  termios saved_{};
  bool ok_ = false;
};

bool read_byte(unsigned char& c) { return ::read(STDIN_FILENO, &c, 1) == 1; }

void write_out(const std::string& s) {
  std::size_t done = 0;
  while (done < s.size()) {
    const ssize_t n = ::write(STDOUT_FILENO, s.data() + done, s.size() - done);
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

}  // namespace

LineEditor::LineEditor(std::string history_file) : file_(std::move(history_file)) {
  if (file_.empty()) return;
  std::ifstream in(file_);
  for (std::string l; std::getline(in, l);)
    if (!l.empty()) history_.push_back(l);
  if (history_.size() > kMaxHistory)
    history_.erase(history_.begin(), history_.end() - static_cast<std::ptrdiff_t>(kMaxHistory));
}

void LineEditor::add_history(const std::string& entry) {
  if (entry.empty() || (!history_.empty() && history_.back() == entry)) return;
  history_.push_back(entry);
  if (!file_.empty()) {
    std::ofstream out(file_, std::ios::app);
    out << entry << '\n';
  }
}

LineEditor::Read LineEditor::read_line(const std::string& prompt, std::string& line) {
  line.clear();
  if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) return read_raw(prompt, line);
  std::cerr << prompt << std::flush;  // stdout may be a file of results
  if (!std::getline(std::cin, line)) return Read::kEof;
  return Read::kLine;
}

LineEditor::Read LineEditor::read_raw(const std::string& prompt, std::string& line) {
  RawMode raw;
  if (!raw.ok()) {
    std::cerr << prompt << std::flush;
    return std::getline(std::cin, line) ? Read::kLine : Read::kEof;
  }
  std::size_t pos = 0;
  std::size_t hist = history_.size();  // == size: the line being edited
  std::string editing;
  auto redraw = [&] {
    std::string s = "\r" + prompt + line + "\x1b[K";
    const std::size_t back = code_points(line, pos, line.size());
    if (back) s += "\x1b[" + std::to_string(back) + "D";
    write_out(s);
  };
  auto recall = [&](std::size_t h) {
    if (hist == history_.size()) editing = line;
    hist = h;
    line = hist == history_.size() ? editing : history_[hist];
    pos = line.size();
  };
  redraw();
  for (;;) {
    unsigned char c;
    if (!read_byte(c)) return Read::kEof;
    switch (c) {
      case '\r':
      case '\n': write_out("\r\n"); return Read::kLine;
      case 3: write_out("^C\r\n"); line.clear(); return Read::kInterrupted;
      case 4:
        if (line.empty()) {
          write_out("\r\n");
          return Read::kEof;
        }
        line.erase(pos, next_char(line, pos) - pos);
        break;
      case 127:
      case 8: {
        const std::size_t p = prev_char(line, pos);
        line.erase(p, pos - p);
        pos = p;
        break;
      }
      case 1: pos = 0; break;
      case 5: pos = line.size(); break;
      case 11: line.erase(pos); break;
      case 21: line.erase(0, pos); pos = 0; break;
      case 12: write_out("\x1b[H\x1b[2J"); break;
      case 27: {
        unsigned char a, b;
        if (!read_byte(a) || !read_byte(b)) return Read::kEof;
        if (a != '[' && a != 'O') break;
        if (b >= '0' && b <= '9') {  // ESC [ n ~
          unsigned char t;
          if (!read_byte(t)) return Read::kEof;
          if (b == '3' && t == '~') line.erase(pos, next_char(line, pos) - pos);
          else if ((b == '1' || b == '7') && t == '~') pos = 0;
          else if ((b == '4' || b == '8') && t == '~') pos = line.size();
          break;
        }
        if (b == 'A' && hist > 0) recall(hist - 1);
        else if (b == 'B' && hist < history_.size()) recall(hist + 1);
        else if (b == 'C') pos = next_char(line, pos);
        else if (b == 'D') pos = prev_char(line, pos);
        else if (b == 'H') pos = 0;
        else if (b == 'F') pos = line.size();
        break;
      }
      default:
        if (c >= 0x20 || c == '\t') {
          line.insert(pos, 1, static_cast<char>(c == '\t' ? ' ' : c));
          ++pos;
        }
    }
    redraw();
  }
}

}  // namespace kg::cli
