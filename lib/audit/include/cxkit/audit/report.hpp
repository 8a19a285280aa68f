#pragma once
// cx-audit's report in each output format.
#include <cxkit/base/format.hpp>
#include <cxkit/audit/audit.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cxkit::audit {

// How to write the report, and the words only the app knows.
struct AuditStyle {
  // ANSI colour for a terminal (never for files or with NO_COLOR).
  bool color = false;
  // The program, as the reports name it ("cx-audit").
  std::string program;
  // The option that sets Options::fail_on, as the verdict names it
  // ("--fail-on").
  std::string fail_on_option;
};

using AuditFormat = base::Format<Result, AuditStyle>;

// text, json, csv, markdown, html, junit, sarif, github: the table drives
// --format, its help and dispatch.
const std::vector<AuditFormat>& audit_formats();

std::string audit_text(const Result& result, const AuditStyle& style);
std::string audit_json(const Result& result, const AuditStyle& style);
std::string audit_csv(const Result& result, const AuditStyle& style);
std::string audit_markdown(const Result& result, const AuditStyle& style);
// A self-contained page for the client: the 2x2 grid and the summary.
std::string audit_html(const Result& result, const AuditStyle& style);
// The CI formats, written by cxkit::ci from a diagnostic per policy.
// One testsuite per file, one testcase per policy, a failure per failing one.
std::string audit_junit(const Result& result, const AuditStyle& style);
// SARIF 2.1.0: one rule per action; waived policies left out.
std::string audit_sarif(const Result& result, const AuditStyle& style);
// GitHub workflow commands, one per unwaived policy, then a ::notice summary.
std::string audit_github(const Result& result, const AuditStyle& style);

// Shared wording of the writers (unescaped, in the reader's language).

// "Sparkle Commercial Cleaning, 2026-Q3", or the file name when the
// inventory names no organisation.
std::string audit_title(const FileInfo& file);
// "3 (1 waived)": the policies of an action.
std::string action_count(const Summary& summary, Action action);
// "eliminate 3 (1 waived), soften 3, classify 1, keep 2, promote 3"
std::string audit_counts(const Summary& summary);
// "2 errors, 3 warnings, 6 notes, 1 waived" (the waived ones not counted by
// severity).
std::string audit_severities(const Summary& summary);
// What Options::fail_on made of the result, naming style.fail_on_option:
// "2 unwaived policies at or above error (--fail-on) fail the run".
std::string audit_verdict(const Result& result, const AuditStyle& style);
// The name of the fail-on level in use ("never" when none).
std::string_view fail_on_name(const Options& options);
// "1 policy", "3 policies".
std::string policies_text(std::size_t policies);
// "14 complaints", "1 complaint", "no complaints".
std::string complaints_text(long long complaints);
// "error", "warning", "note" for a reader (name() gives the ids).
std::string_view severity_label(Severity severity);

}  // namespace cxkit::audit
