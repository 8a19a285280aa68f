#pragma once
// cx-checklist's output in each format: text for a terminal, Markdown task
// lists, one self-contained printable HTML file, and JSON.
#include <cxkit/base/format.hpp>
#include <cxkit/base/page.hpp>
#include <cxkit/checklist/checklist.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::checklist {

struct ChecklistStyle {
  // Columns the text format wraps to.
  std::size_t width = 80;
  // A name from base::papers(); HTML only.
  std::string paper = "a4";
  // The date printed on paper (YYYY-MM-DD); HTML only.
  std::string date;
  // For reviewers: the source and every source note printed too (staff
  // sheets leave them out; JSON always has them).
  bool notes = false;
  // Lines for the name, shift, date and signature of who did the task.
  bool sign_off = false;
};

using ChecklistFormat = base::Format<Sheet, ChecklistStyle>;

// text, markdown, html, json: the table drives --format, its help and dispatch.
const std::vector<ChecklistFormat>& checklist_formats();

std::string checklist_text(const Sheet& sheet, const ChecklistStyle& style);
std::string checklist_markdown(const Sheet& sheet, const ChecklistStyle& style);
std::string checklist_html(const Sheet& sheet, const ChecklistStyle& style);
std::string checklist_json(const Sheet& sheet, const ChecklistStyle& style);

// How to pick from each list of --list, in the app's words: its program and
// flags, which the library does not know. A heading shows none when empty.
struct ListUsage {
  std::string checklists;      // how to print a built-in and some of its stages
  std::string customer_types;  // how to add the tips for customer types
};

// --list: the built-ins with their stages, and the customer types.
std::string checklist_list(const Catalogue& catalogue, std::size_t width, const ListUsage& usage = {});

// How to use a checklist of this mode, in one sentence.
std::string_view mode_help(Checklist::Mode mode);

// "4. Closing the conversation", "Customer type: Talker" for tips, or the
// title alone for a situation.
std::string stage_heading(const SheetStage& stage);

// The words of the sign-off lines, in order: name, shift, date, signature.
std::vector<std::string> sign_off_fields();

}  // namespace cxkit::checklist
