#pragma once
// The lint of service standards: one rule per mark of a good standard
// (seed 003) and one for the areas no standard covers. Pure logic over
// models; the contract is stated in README.md ("Standards rules").
#include <cxkit/base/diagnostic.hpp>
#include <cxkit/base/provenance.hpp>
#include <cxkit/standards/model.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::standards {

using base::Severity;

// The seven marks of a good standard in the seed's order, then coverage.
enum class Rule {
  Specific,
  Concise,
  Measurable,
  CustomerBased,
  InJobDescriptions,
  DevelopedWithStaff,
  AppliedToAll,
  Coverage,
};
inline constexpr std::size_t kRules = 8;

// A rule as reports name and explain it; its words are in the reader's
// language, its id is data ("customer-based").
struct RuleInfo {
  Rule rule;
  std::string_view id;
  std::string_view title;  // "Based on customer requirements"
  Severity severity;       // of its findings
  std::string_view summary;  // what it checks, in a line
  std::string_view help;     // what the seed asks, and how to meet it
};

// Every rule: the seven criteria in the seed's order, then coverage.
const std::vector<RuleInfo>& rules();
const RuleInfo& rule(Rule rule);

// The levels the run can fail on, for the app's option.
using base::fail_on_levels;

struct Options {
  // Findings at or above this severity fail the run; null: never.
  std::optional<Severity> fail_on = Severity::Error;
  // More words than this make a statement too long (concise).
  std::size_t max_words = 30;
};

struct Finding {
  Rule rule;
  Severity severity;
  std::string message;
  Location where;
  std::string area;  // coverage: the area it is about
};

struct StandardResult {
  Standard standard;
  std::size_t file = 0;  // index into Result::files
  std::vector<Finding> findings;  // in rule order
  // The highest severity of its findings; null when it meets every criterion.
  std::optional<Severity> severity;
  // A finding at or above Options::fail_on.
  bool fails = false;
};

// An area and the standards written for it, over every file.
struct Coverage {
  std::string id;
  std::string title;
  Area::Kind kind = Area::Kind::Organisational;
  bool own = false;  // declared by a file, not one of the fourteen
  std::size_t standards = 0;
};

struct FileInfo {
  std::string file;
  std::string organisation;
  std::size_t standards = 0;
};

struct Summary {
  std::size_t standards = 0;
  std::size_t passing = 0;  // standards with no finding
  // Findings per severity (coverage notes included); indexed by Severity.
  std::array<std::size_t, base::kSeverities> severities{};
  // Findings per rule; indexed by Rule.
  std::array<std::size_t, kRules> rules{};
  // Findings at or above Options::fail_on: the run fails unless zero.
  std::size_t failing = 0;

  std::size_t count(Severity severity) const { return severities[static_cast<std::size_t>(severity)]; }
};

struct Result {
  Options options;
  // What made the report; set by the program (empty: none is printed).
  base::Provenance provenance;
  std::vector<FileInfo> files;
  std::vector<StandardResult> standards;  // in file order
  // The fourteen areas, organisational first, then the files' own.
  std::vector<Coverage> coverage;
  // A note per area of the fourteen with no standard, at the first file.
  std::vector<Finding> coverage_findings;
  Summary summary;

  bool failed() const { return summary.failing > 0; }
};

// Whether a target is a comparison with a number ("<= 3", ">= 95 %",
// "< 2 min").
bool is_comparison(std::string_view target);
// The vague terms of `terms` in `statement`, as whole words, ignoring case,
// in the order of `terms`.
std::vector<std::string> vague_terms_in(std::string_view statement, const std::vector<std::string>& terms);
// Sentences and words of a statement.
std::size_t sentences(std::string_view statement);
std::size_t words(std::string_view statement);

// Lints the standards files together against the workbook's areas. Each
// set's `vague_terms` are those its language and file give.
Result lint(const std::vector<StandardSet>& sets, const Workbook& workbook, const Options& options);

}  // namespace cxkit::standards
