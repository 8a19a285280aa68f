#pragma once
// The policy audit of seed 004 §C (DOMAIN.md §3): each policy falls in one
// quadrant of the friendly/unfriendly x necessary/unnecessary grid, which
// names the action for it and the severity of its finding. Pure logic over
// models; the contract is stated in README.md, section "Audit rules"
// (### Audit rules, under "cx-audit").
#include <cxkit/audit/policies.hpp>
#include <cxkit/base/diagnostic.hpp>
#include <cxkit/base/provenance.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::audit {

enum class Quadrant { NecessaryUnfriendly, UnnecessaryUnfriendly, NecessaryFriendly, UnnecessaryFriendly, Unclassified };
enum class Action { Eliminate, Soften, Classify, Keep, Promote };
// A policy's severity is the highest of its findings (base::Severity is in
// increasing order); name() gives "note", "warning", "error".
using base::Severity;
using base::name;

inline constexpr std::size_t kActions = 5;

// One row of the grid: where a policy falls and what to do with it. Its
// names are ids; its title, summary and help are in the reader's language.
struct Rule {
  Action action;
  Quadrant quadrant;
  // The classification that selects the row; both null for the row of
  // policies not yet classified (either one absent).
  std::optional<bool> necessary;
  std::optional<bool> friendly;
  std::string_view action_name;    // "eliminate"
  std::string_view quadrant_name;  // "unnecessary-unfriendly"
  std::string_view title;          // "Eliminate", for headings
  Severity severity;
  // The severity instead when `basis` or `explanation` is empty (the seed
  // keeps an unfriendly policy only for a stated reason, told to customers).
  std::optional<Severity> unexplained;
  // The finding's message, before any details.
  std::string_view summary;
  // What the seed says to do and how to resolve the finding (SARIF help).
  std::string_view help;
};

// Every rule, in action order: eliminate, soften, classify, keep, promote.
const std::vector<Rule>& rules();
const Rule& rule(Action action);

// The levels the run can fail on, for the app's option.
using base::fail_on_levels;

struct Options {
  // Unwaived policies at or above this severity fail the run; null: never.
  std::optional<Severity> fail_on = Severity::Error;
  // A policy marked friendly that this many complaints cite gets a warning.
  long long complaints_threshold = 1;
  // The day waivers are checked against, YYYY-MM-DD.
  std::string today;
};

struct Finding {
  std::string_view rule;  // an action name, or "complaints"
  Severity severity;
  std::string message;
  // What the message says beyond the rule's summary ("write its
  // 'explanation' ..."); empty when nothing.
  std::string detail;
};

struct PolicyResult {
  Policy policy;
  std::size_t file = 0;   // index into Result::files
  std::size_t index = 0;  // position in its file
  Action action = Action::Classify;
  // The highest severity of the findings.
  Severity severity = Severity::Note;
  std::vector<Finding> findings;  // the action's finding first
  std::string message;            // the findings' messages, joined
  // A waiver that applies today; a waived policy never fails the run.
  bool waived = false;
  // A waiver whose `until` day has passed: the policy is judged as usual.
  bool waiver_expired = false;
  // Unwaived and at or above Options::fail_on.
  bool fails = false;
};

struct FileInfo {
  std::string file;
  std::string organisation;
  std::string period;
  std::size_t policies = 0;
};

struct Summary {
  std::size_t policies = 0;
  // Policies per action, waived ones included; indexed by Action.
  std::array<std::size_t, kActions> actions{};
  // Waived policies per action.
  std::array<std::size_t, kActions> waived_actions{};
  std::size_t waived = 0;
  // Unwaived policies per severity; indexed by Severity.
  std::array<std::size_t, base::kSeverities> severities{};
  // Unwaived policies at or above Options::fail_on: the run fails unless zero.
  std::size_t failing = 0;
  // Set when no policy is a promote one: create some.
  std::string advice;

  std::size_t count(Action action) const { return actions[static_cast<std::size_t>(action)]; }
  std::size_t waived_count(Action action) const { return waived_actions[static_cast<std::size_t>(action)]; }
  std::size_t count(Severity severity) const { return severities[static_cast<std::size_t>(severity)]; }
};

struct Result {
  Options options;
  // What made the report; set by the program (empty: none is printed).
  base::Provenance provenance;
  std::vector<FileInfo> files;
  // Highest severity first, most complaints first within a severity, then
  // in file order.
  std::vector<PolicyResult> policies;
  Summary summary;

  bool failed() const { return summary.failing > 0; }
};

// Audits the inventories together. Throws Error when options.today is not a
// date.
Result audit(const std::vector<PolicySet>& sets, const Options& options);

}  // namespace cxkit::audit
