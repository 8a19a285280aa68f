#pragma once
// cx-standards' output: the lint report in each format, the workbook to
// write standards with, and a starting standards file.
#include <cxkit/base/format.hpp>
#include <cxkit/standards/lint.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cxkit::standards {

// How to write, and the words only the app knows.
struct StandardsStyle {
  // ANSI colour for a terminal (never for files or with NO_COLOR).
  bool color = false;
  // The program, as reports name it ("cx-standards").
  std::string program;
  // The option that sets Options::fail_on ("--fail-on").
  std::string fail_on_option;
  // HTML: "a4" or "letter" (the @page size), and the date printed.
  std::string paper = "a4";
  std::string date;
};

using LintFormat = base::Format<Result, StandardsStyle>;
using WorkbookFormat = base::Format<Workbook, StandardsStyle>;

// text, json, csv, markdown, html, junit, sarif, github.
const std::vector<LintFormat>& lint_formats();
// text, markdown, html.
const std::vector<WorkbookFormat>& workbook_formats();

std::string lint_text(const Result& result, const StandardsStyle& style);
std::string lint_json(const Result& result, const StandardsStyle& style);
std::string lint_csv(const Result& result, const StandardsStyle& style);
std::string lint_markdown(const Result& result, const StandardsStyle& style);
// One page a consultant hands over: the coverage grid, every standard with
// its findings.
std::string lint_html(const Result& result, const StandardsStyle& style);
// The CI formats, written by cxkit::ci: a test case per standard (JUnit), a
// result per finding (SARIF, GitHub).
std::string lint_junit(const Result& result, const StandardsStyle& style);
std::string lint_sarif(const Result& result, const StandardsStyle& style);
std::string lint_github(const Result& result, const StandardsStyle& style);

// The workbook: each area with its guiding questions and lines to write
// on, the seven criteria to review a draft against, the six processes.
std::string workbook_text(const Workbook& workbook, const StandardsStyle& style);
std::string workbook_markdown(const Workbook& workbook, const StandardsStyle& style);
std::string workbook_html(const Workbook& workbook, const StandardsStyle& style);

// A starting standards file (YAML): every area with its questions as
// comments and a standard to fill in; `program` lints it.
std::string starting_file(const Workbook& workbook, std::string_view organisation, std::string_view program);

// Shared wording (unescaped).
// "3 errors, 5 warnings, 2 notes".
std::string severities_text(const Summary& summary);
// "2 findings at or above error (--fail-on) fail the run".
std::string verdict(const Result& result, const StandardsStyle& style);
// "14 standards, 9 meet every criterion".
std::string standards_text(const Summary& summary);
// "error", "warning", "note" for a reader.
std::string_view severity_label(Severity severity);

}  // namespace cxkit::standards
