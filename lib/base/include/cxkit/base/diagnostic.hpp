#pragma once
// A finding as a program reports it to CI: where it is, which rule made it,
// how serious it is and what it says. cxkit::ci writes SARIF, JUnit and
// GitHub annotations from these, so that any program can emit them.
#include <cxkit/base/error.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cxkit::base {

// In increasing order: comparisons say which is worse.
enum class Severity { Note, Warning, Error };
inline constexpr std::size_t kSeverities = 3;

// "note", "warning", "error": the names SARIF levels and reports use.
inline std::string_view name(Severity severity) {
  static constexpr std::array<std::string_view, kSeverities> names = {"note", "warning", "error"};
  return names[static_cast<std::size_t>(severity)];
}

// The levels a run of findings can fail on (--fail-on): a finding at or
// above the threshold fails it; "never" has none.
struct FailOn {
  std::string_view name;
  std::optional<Severity> threshold;
};
inline const std::vector<FailOn>& fail_on_levels() {
  static const std::vector<FailOn> levels = {
      {"error", Severity::Error}, {"warning", Severity::Warning}, {"note", Severity::Note}, {"never", std::nullopt}};
  return levels;
}
// The name of a threshold's level ("never" for none).
inline std::string_view fail_on_name(const std::optional<Severity>& threshold) {
  for (const auto& level : fail_on_levels())
    if (level.threshold == threshold) return level.name;
  return fail_on_levels().back().name;
}

// A named fact about a finding or a group of findings (SARIF's property bags,
// JUnit's properties).
struct Property {
  std::string name;                            // "complaints"
  std::variant<std::string, long long> value;  // text, or a whole number
};

struct Diagnostic {
  // The file as the user named it, 1-based line and column (0 when unknown).
  Location where;
  // The id of the rule that made it ("eliminate"), as the run's rules name it.
  std::string rule;
  // How serious it is; whether it fails the run is `fails`.
  Severity severity = Severity::Note;
  // What is wrong, in a line ("unnecessary and unfriendly: eliminate it at once").
  std::string message;
  // What to do about this finding in particular, shown after it; empty when
  // the rule's help says it all.
  std::string help;
  // What it is about, unique in its file ("no-windows"): names the test case,
  // heads the message and keys the fingerprint; may be empty.
  std::string subject;
  // The input it is about as the user wrote it ("We don't clean windows."),
  // shown under the message (an empty line when empty); null: none.
  std::optional<std::string> excerpt;
  // It fails the run: a JUnit failure rather than a passing test case.
  bool fails = false;
  // Set when it is accepted knowingly, saying why ("waived until 2027-03-31:
  // ..."): a skipped test case, and neither a SARIF result nor an annotation.
  std::optional<std::string> waiver;
  // Facts for SARIF's property bag, in order.
  std::vector<Property> properties;
};

}  // namespace cxkit::base
