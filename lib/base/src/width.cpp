#include <cxkit/base/text.hpp>

#include <algorithm>
#include <charconv>

namespace cxkit::base {
namespace {

// Decodes one code point; invalid bytes count as one column each (inputs
// are validated before they reach here).
char32_t decode(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (c >= 0x80 && c < 0xC0) len = 1;
  if (i + len > s.size()) len = 1;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  i += len;
  return cp;
}

int columns(char32_t cp) {
  if (cp == 0) return 0;
  if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
      (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x20D0 && cp <= 0x20FF))
    return 0;
  const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
                    (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
                    (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
                    (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                    (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                    (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
                    (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
  return wide ? 2 : 1;
}

enum class Kind { Space, Newline, Narrow, Wide };

// One character as wrapping sees it: a code point with the combining marks
// that follow it.
struct Cluster {
  std::size_t begin = 0, end = 0;  // bytes in the text
  std::size_t width = 0;
  Kind kind = Kind::Narrow;
  char32_t cp = 0;
};

std::vector<Cluster> split(std::string_view s) {
  std::vector<Cluster> out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t begin = i;
    const char32_t cp = decode(s, i);
    const int w = columns(cp);
    if (cp == '\r' && i < s.size() && s[i] == '\n') continue;  // CRLF is one line break
    if (w == 0 && !out.empty() && out.back().kind != Kind::Newline) {
      out.back().end = i;  // a combining mark stays with its base
      continue;
    }
    const Kind kind = cp == '\n' || cp == '\r' ? Kind::Newline
                      : cp == ' ' || cp == '\t' ? Kind::Space
                      : w == 2                 ? Kind::Wide
                                               : Kind::Narrow;
    const std::size_t width = kind == Kind::Newline ? 0 : kind == Kind::Space ? 1 : static_cast<std::size_t>(w);
    out.push_back({begin, i, width, kind, cp});
  }
  return out;
}

// Closing punctuation, which no line may start with (CJK "kinsoku" rules).
bool no_line_start(char32_t cp) {
  static constexpr std::u32string_view chars =
      U",.;:!?)]}%\u3001\u3002\uFF0C\uFF0E\uFF1A\uFF1B\uFF01\uFF1F\uFF09\uFF3D\uFF5D\u300D\u300F\u3011"
      U"\u3009\u300B\u3015\u2026\u30FC\u30FB\u3005\u201D\u2019\u3041\u3043\u3045\u3047\u3049\u3063\u3083"
      U"\u3085\u3087\u308E\u30A1\u30A3\u30A5\u30A7\u30A9\u30C3\u30E3\u30E5\u30E7\u30EE\u30F5\u30F6";
  return chars.find(cp) != std::u32string_view::npos;
}

// Opening punctuation, which no line may end with.
bool no_line_end(char32_t cp) {
  static constexpr std::u32string_view chars =
      U"([{\uFF08\uFF3B\uFF5B\u300C\u300E\u3010\u3008\u300A\u3014\u201C\u2018";
  return chars.find(cp) != std::u32string_view::npos;
}

// A line may break after spaces, and before or after a wide character
// (CJK writes no spaces), but never inside a word of narrow characters nor
// next to punctuation or a quote that belongs to its neighbour.
bool may_break_before(const std::vector<Cluster>& c, std::size_t i) {
  const Cluster& prev = c[i - 1];
  const Cluster& cur = c[i];
  if (cur.kind == Kind::Space) return false;
  if (prev.kind == Kind::Space) return true;
  if (no_line_start(cur.cp) || no_line_end(prev.cp)) return false;
  // A straight quote may open or close: it stays with what it quotes.
  if (prev.cp == '\'' || prev.cp == '"' || cur.cp == '\'' || cur.cp == '"') return false;
  return prev.kind == Kind::Wide || cur.kind == Kind::Wide;
}

}  // namespace

std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) width += static_cast<std::size_t>(columns(decode(s, i)));
  return width;
}

std::string pad_right(std::string_view s, std::size_t width) {
  const std::size_t w = display_width(s);
  return std::string(s) + std::string(w < width ? width - w : 0, ' ');
}

std::string pad_left(std::string_view s, std::size_t width) {
  const std::size_t w = display_width(s);
  return std::string(w < width ? width - w : 0, ' ') + std::string(s);
}

std::vector<std::string> wrap(std::string_view s, std::size_t width) {
  const std::vector<Cluster> clusters = split(s);
  std::vector<std::string> lines;
  const auto emit = [&](std::size_t from, std::size_t to) {
    std::string line;
    for (std::size_t k = from; k < to; ++k) {
      const Cluster& c = clusters[k];
      line += c.kind == Kind::Space ? std::string_view(" ") : s.substr(c.begin, c.end - c.begin);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    lines.push_back(std::move(line));
  };
  std::size_t start = 0;  // the first cluster of the current line
  std::size_t line_width = 0;
  std::size_t last_break = std::string::npos;  // the latest cluster a new line may start at
  for (std::size_t i = 0; i < clusters.size(); ++i) {
    const Cluster& c = clusters[i];
    if (c.kind == Kind::Newline) {
      emit(start, i);
      start = i + 1;
      line_width = 0;
      last_break = std::string::npos;
      continue;
    }
    if (i == start && c.kind == Kind::Space) {  // no line starts with a space
      ++start;
      continue;
    }
    if (i > start && may_break_before(clusters, i)) last_break = i;
    if (c.kind != Kind::Space && i > start && line_width + c.width > width) {
      if (last_break != std::string::npos && last_break > start) {
        emit(start, last_break);
        start = last_break;
        line_width = 0;
        for (std::size_t k = start; k < i; ++k) line_width += clusters[k].width;
      }
      if (i > start && line_width + c.width > width) {  // no place to break: break the word
        emit(start, i);
        start = i;
        line_width = 0;
      }
      last_break = std::string::npos;
    }
    line_width += c.width;
  }
  if (start < clusters.size() || lines.empty()) emit(start, clusters.size());
  return lines;
}

std::size_t choose_width(const char* columns_env, std::size_t terminal_columns) {
  if (columns_env) {
    std::size_t value = 0;
    const std::string_view text(columns_env);
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && end == text.data() + text.size() && value >= kMinWidth && value <= kMaxWidth)
      return value;
  }
  if (terminal_columns > 0) return std::clamp(terminal_columns, kMinWidth, kMaxWidth);
  return 80;
}

}  // namespace cxkit::base
