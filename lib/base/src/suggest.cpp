#include <cxkit/base/suggest.hpp>

#include <cxkit/base/text.hpp>

#include <algorithm>
#include <cctype>
#include <numeric>

namespace cxkit::base {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                        std::tolower(static_cast<unsigned char>(b[j - 1]));
      const std::size_t next = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = row[j];
      row[j] = next;
    }
  }
  return row[b.size()];
}

std::string closest(std::string_view name, const std::vector<std::string>& known) {
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, name.size() / 3) + 1;
  for (const auto& candidate : known) {
    const std::size_t d = edit_distance(name, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view name, const std::vector<std::string>& known) {
  const std::string best = closest(name, known);
  return best.empty() ? "" : " (did you mean '" + best + "'?)";
}

namespace {

// The lower case of a capital letter of the scripts cxkit's languages use
// (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic), else the letter: a
// simple case folding, one letter to one.
char32_t folded(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 0x20;
  if (c < 0xC0) return c;
  if (c <= 0xDE) return c == 0xD7 ? c : c + 0x20;  // À..Þ, not ×
  if (c >= 0x100 && c <= 0x137) return c | 1;      // Ā ā .. Ķ ķ: pairs, capital even
  if (c >= 0x139 && c <= 0x148) return c + (c & 1);  // Ĺ ĺ .. Ň ň: capital odd
  if (c >= 0x14A && c <= 0x177) return c | 1;
  if (c == 0x178) return 0xFF;                     // Ÿ ÿ
  if (c >= 0x179 && c <= 0x17E) return c + (c & 1);
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 0x20;  // Greek capitals
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;   // Ѐ .. Џ (Ё ё)
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;   // А .. Я
  if (c >= 0x460 && c <= 0x4BF && c != 0x482 && (c < 0x483 || c > 0x489)) return c | 1;  // Ѡ ѡ .. Ҿ ҿ
  if (c >= 0x4D0 && c <= 0x52F) return c | 1;      // Ӑ ӑ .. Ԯ ԯ
  return c;
}

}  // namespace

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    char32_t x = 0, y = 0;
    const std::size_t n = utf8_sequence(a, i, x), m = utf8_sequence(b, j, y);
    if (n == 0 || m == 0) {  // not UTF-8: bytes as they are
      if (a[i] != b[j]) return false;
      ++i, ++j;
      continue;
    }
    if (folded(x) != folded(y)) return false;
    i += n, j += m;
  }
  return i == a.size() && j == b.size();
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

}  // namespace cxkit::base
