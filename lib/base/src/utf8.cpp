#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace cxkit::base {

std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  std::size_t len = 0;
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1Fu;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0Fu;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07u;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((b(k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(k) & 0x3Fu);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;  // ASCII: the common case
  char32_t cp = 0;
  while (i < s.size()) {
    const std::size_t len = utf8_sequence(s, i, cp);
    if (len == 0) return false;
    i += len;
  }
  return true;
}


const char* text_problem(std::string_view text) {
  char32_t cp = 0;
  std::size_t i = 0;
  // Ids and group names of every survey row come here: 8 bytes at a time
  // while they are plain ASCII.
  for (std::uint64_t word; i + 8 <= text.size(); i += 8) {
    std::memcpy(&word, text.data() + i, 8);
    if (!printable_ascii(word)) break;
  }
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0x7F) {  // printable ASCII: the common case
      ++i;
      continue;
    }
    const std::size_t len = utf8_sequence(text, i, cp);
    if (len == 0) return "is not valid UTF-8: expected UTF-8 text";
    if (is_control(cp)) return "holds a control character (a terminal escape?): expected printable text";
    i += len;
  }
  return nullptr;
}

LineColumn line_column(std::string_view text, std::size_t offset) {
  LineColumn at;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++at.column;
    }
  }
  return at;
}

std::string shown(std::string_view text, std::size_t max) {
  std::size_t chars = 0;
  char32_t cp = 0;
  for (std::size_t i = 0; i < text.size(); ++chars) i += std::max<std::size_t>(1, utf8_sequence(text, i, cp));
  std::string out;
  std::size_t i = 0;
  for (std::size_t n = 0; i < text.size() && (chars <= max || n < max - 3); ++n) {
    const std::size_t len = utf8_sequence(text, i, cp);
    if (len == 0) out += fmt::format("\\x{:02X}", static_cast<unsigned char>(text[i]));
    else if (cp == '\n') out += "\\n";
    else if (cp == '\t') out += "\\t";
    else if (cp == '\r') out += "\\r";
    else if (cp < 0x20 || cp == 0x7F) out += fmt::format("\\x{:02X}", static_cast<unsigned>(cp));
    else if (cp >= 0x80 && cp <= 0x9F) out += fmt::format("\\u{:04X}", static_cast<unsigned>(cp));
    else out.append(text.substr(i, len));
    i += std::max<std::size_t>(1, len);
  }
  return i < text.size() ? out + "..." : out;
}

}  // namespace cxkit::base
