#include "engine/headers.hpp"

#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <vector>

namespace cxkit::score {
namespace {

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

bool is_zero_width(char32_t cp) { return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF; }

// Calls f(cp, bytes) for each character; a byte that is not UTF-8 is U+FFFD.
template <class F>
void each_character(std::string_view text, F f) {
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0xFFFD;
    const std::size_t n = std::max<std::size_t>(base::utf8_sequence(text, i, cp), 1);
    f(cp, text.substr(i, n));
    i += n;
  }
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out(1);
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || byte >= 0x80)
      out.back() += static_cast<char>(std::tolower(byte));
    else if (!out.back().empty())
      out.emplace_back();
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

}  // namespace

std::string normalized_header(std::string_view text) {
  std::string out;
  bool space = false;
  each_character(text, [&](char32_t cp, std::string_view bytes) {
    if (is_zero_width(cp)) return;
    if (is_space(cp)) {
      space = !out.empty();
      return;
    }
    if (space) out += ' ';
    space = false;
    out += bytes;
  });
  return out;
}

std::string shown_header(std::string_view text) {
  const std::size_t first = std::min(text.find_first_not_of(' '), text.size());
  const std::size_t last = text.find_last_not_of(' ') + 1;  // 0 when all spaces
  std::string out;
  std::size_t at = 0;
  each_character(text, [&](char32_t cp, std::string_view bytes) {
    if (cp == ' ' && (at < first || at >= last))
      out += "\u2420";
    else if ((is_space(cp) && cp > ' ') || is_zero_width(cp))
      out += fmt::format("<U+{:04X}>", static_cast<unsigned>(cp));
    else
      out += bytes;
    at += bytes.size();
  });
  return base::shown(out);
}

std::size_t shared_words(std::string_view request, std::string_view header) {
  auto wanted = words(request);
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  const auto have = words(header);
  return static_cast<std::size_t>(std::count_if(wanted.begin(), wanted.end(), [&](const std::string& w) {
    return std::find(have.begin(), have.end(), w) != have.end();
  }));
}

}  // namespace cxkit::score
