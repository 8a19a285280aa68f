#pragma once
// Printable HTML pages: the paper sizes they are laid out for (--paper) and
// the frame every printable page shares, so that a sheet, a workbook and a
// report print alike: one self-contained file, inline CSS only (no script,
// font or other resource from anywhere), the @page size of the paper.
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::base {

struct Paper {
  std::string_view name;      // as given to --paper
  std::string_view css_size;  // the @page size
};

// a4, letter: the table drives --paper and its help.
const std::vector<Paper>& papers();

// The @page size of the paper named `name` (A4 for an unknown name).
std::string_view page_size(std::string_view name);

// The whole page: the document in `language` titled `title` (escaped
// here), the shared CSS for `paper` then `css`, and `body` (already HTML).
// Every printed page carries `running_head` at its top ("Phone call ·
// phone-call · revision 2026-12"; none when empty) and "Page N of M" at its
// foot, in the page's margin boxes.
std::string printable_page(std::string_view language, std::string_view title, std::string_view paper,
                           std::string_view css, std::string_view body, std::string_view running_head = {});

}  // namespace cxkit::base
