#pragma once
// What a CI report says besides its diagnostics: the tool, its rules, and a
// summary line. The program fills it in; the writers add no words of their own.
#include <cxkit/base/diagnostic.hpp>
#include <cxkit/base/provenance.hpp>

#include <string>
#include <utility>
#include <vector>

namespace cxkit::ci {

// One kind of finding, as SARIF's driver lists it.
struct Rule {
  // What Diagnostic::rule names ("eliminate").
  std::string id;
  // SARIF's name: an identifier for people, in PascalCase
  // ("EliminateUnnecessaryUnfriendlyPolicy"); left out when empty or when it
  // is the id in another case, which SARIF forbids.
  std::string name;
  // One line (SARIF shortDescription).
  std::string summary;
  // What it checks and why (SARIF fullDescription); left out when empty.
  std::string description;
  // How to resolve a finding (SARIF help); left out when empty.
  std::string help;
  // The severity its findings usually have (SARIF defaultConfiguration).
  base::Severity level = base::Severity::Warning;
  // Its SARIF tags ("policy-audit"); left out when empty.
  std::vector<std::string> tags;
};

struct Run {
  // The program ("cx-audit"): SARIF's driver, JUnit's testsuites, and the
  // head of the GitHub summary.
  std::string tool;
  // Its version, a semantic version ("0.1.0").
  std::string version;
  // An absolute URI where a reader learns about the tool (SARIF's
  // informationUri); left out when empty.
  std::string information_uri;
  // Every rule a diagnostic may name, in the order SARIF lists them.
  std::vector<Rule> rules;
  // The SARIF partialFingerprints key ("policyId/v1") for "file#subject";
  // empty: no fingerprint.
  std::string fingerprint;
  // The whole run in a line or two, the last GitHub notice; empty: none.
  std::string summary;
  // What made it (SARIF: the invocation's time and settings, and each
  // input's SHA-256 among the artifacts); empty program: none.
  base::Provenance provenance = {};
};

// A run of this build of cxkit for `tool`: its version and information URI,
// the fingerprint key, no rules or summary yet.
inline Run cxkit_run(std::string tool, std::string fingerprint) {
  return {.tool = std::move(tool),
          .version = CXKIT_VERSION,
          .information_uri = CXKIT_INFORMATION_URI,
          .rules = {},
          .fingerprint = std::move(fingerprint),
          .summary = {}};
}

}  // namespace cxkit::ci
