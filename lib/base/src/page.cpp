#include <cxkit/base/page.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>

#include <fmt/format.h>

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
  marks += fmt::format("  @bottom-right {{ content: {} counter(page) {} counter(pages); font: 7.5pt \"DejaVu Sans\", "
                       "sans-serif; }}\n}}\n",
                       css_string(std::string(tr("Page")) + " "), css_string(" " + std::string(tr("of")) + " "));
  return fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<title>{}</title>\n<style>\n{}{}{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
                     html(language), html(title), fmt::format(fmt::runtime(kFrame), page_size(paper)), marks, css,
                     body);
}

}  // namespace cxkit::base
