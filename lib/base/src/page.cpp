#include <cxkit/base/page.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace cxkit::base {

namespace {

// {0}: the @page size. Black on white, so that it prints the same in
// greyscale; print colours kept for borders and hatching.
constexpr std::string_view kFrame = R"(@page {{ size: {0}; margin: 12mm 14mm 13mm; }}
* {{ box-sizing: border-box; }}
html {{ color: #000; background: #fff; }}
body {{ margin: 0 auto; max-width: 46em; padding: 1.5em;
  font: 10pt/1.35 "DejaVu Sans", "Liberation Sans", "Noto Sans", "Noto Sans CJK SC", Arial, sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
@media print {{ body {{ max-width: none; padding: 0; }} }}
header {{ border-bottom: 2px solid #000; padding-bottom: .45em; margin-bottom: .85em; }}
)";

// "Page N of M" as CSS content, in the language's words and order: the
// translation places {page} and {pages} ("第 {page} 页，共 {pages} 页"); one
// that lost either is not used.
std::string page_counters() {
  // TRANSLATORS: the foot of every printed page; keep {page} and {pages}.
  std::string_view words = tr("Page {page} of {pages}");
  if (words.find("{page}") == words.npos || words.find("{pages}") == words.npos) words = "Page {page} of {pages}";
  std::string out;
  while (!words.empty()) {
    const auto page = words.find("{page}"), pages = words.find("{pages}"), at = std::min(page, pages);
    if (at > 0) out += " " + css_string(words.substr(0, at));
    if (at == words.npos) break;
    out += at == pages ? " counter(pages)" : " counter(page)";
    words.remove_prefix(at + (at == pages ? 7 : 6));
  }
  return out;
}

}  // namespace

const std::vector<Paper>& papers() {
  static const std::vector<Paper> all = {{"a4", "A4"}, {"letter", "letter"}};
  return all;
}

std::string_view page_size(std::string_view name) {
  for (const auto& p : papers())
    if (p.name == name) return p.css_size;
  return papers().front().css_size;
}

std::string printable_page(std::string_view language, std::string_view title, std::string_view paper,
                           std::string_view css, std::string_view body, std::string_view running_head) {
  // The margin boxes: CSS strings, so every value is escaped for CSS.
  std::string marks = "@page {\n";
  if (!running_head.empty())
    marks += fmt::format("  @top-left {{ content: {}; font: 7.5pt \"DejaVu Sans\", sans-serif; }}\n",
                         css_string(running_head));
  marks += fmt::format("  @bottom-right {{ content:{}; font: 7.5pt \"DejaVu Sans\", sans-serif; }}\n}}\n",
                       page_counters());
  return fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<title>{}</title>\n<style>\n{}{}{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
                     html(language), html(title), fmt::format(fmt::runtime(kFrame), page_size(paper)), marks, css,
                     body);
}

}  // namespace cxkit::base
