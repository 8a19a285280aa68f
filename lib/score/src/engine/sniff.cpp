#include "engine/sniff.hpp"

#include <cxkit/base/error.hpp>

#include <algorithm>
#include <cstddef>

namespace cxkit::score {
namespace {

// ASCII text in UTF-16 without a byte order mark: a NUL every other byte.
bool looks_utf16(std::string_view head) {
  const std::size_t n = std::min<std::size_t>(head.size(), 64) & ~std::size_t{1};
  if (n < 4) return false;
  for (std::size_t zero : {0, 1}) {
    bool nul_here = true, text_there = false;
    for (std::size_t i = 0; i < n; i += 2) {
      nul_here = nul_here && head[i + zero] == '\0';
      text_there = text_there || head[i + 1 - zero] != '\0';
    }
    if (nul_here && text_there) return true;
  }
  return false;
}

}  // namespace

std::string not_csv_text(std::string_view head) {
  if (head.starts_with(std::string_view("PK\x03\x04", 4)))
    return "is a zip file (an Excel workbook, .xlsx, or a download still zipped), not CSV text: expected a CSV "
           "export (unzip a download; in Excel, save it as CSV UTF-8 with File > Save As > CSV UTF-8)";
  if (head.starts_with("\xD0\xCF\x11\xE0"))
    return "is an Excel 97-2003 workbook (.xls) or another Office file, not CSV text: expected a CSV export (in "
           "Excel, save it as CSV UTF-8 with File > Save As > CSV UTF-8)";
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF") || looks_utf16(head))
    return "is UTF-16 text (as Excel's \"Unicode Text\" writes it), not UTF-8: expected UTF-8 (in Excel, save it "
           "as UTF-8 with File > Save As > CSV UTF-8), or " + hint(Hint::Encoding) + " utf-16";
  return "";
}

DelimiterGuess guess_delimiter(std::string_view line) {
  std::size_t commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (const char c : line) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    commas += c == ',';
    semicolons += c == ';';
    tabs += c == '\t';
  }
  if (commas > 0 || (semicolons == 0 && tabs == 0)) return {};
  if (semicolons > 0 && tabs > 0) return {DelimiterGuess::Ambiguous, ','};
  return {DelimiterGuess::Detected, semicolons > 0 ? ';' : '\t'};
}

}  // namespace cxkit::score
