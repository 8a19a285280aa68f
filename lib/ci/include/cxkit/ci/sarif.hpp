#pragma once
// SARIF 2.1.0, for code scanning.
#include <cxkit/base/diagnostic.hpp>
#include <cxkit/ci/run.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cxkit::ci {

// One run: the driver with every rule, then a result per diagnostic in the
// order given, waived ones left out. A result's message is "subject: message"
// (help as a second line), its location the file as a URI reference, its
// properties the diagnostic's.
std::string sarif(const Run& run, const std::vector<base::Diagnostic>& diagnostics);

// A kebab-case id in PascalCase, as SARIF names rules:
// "unnecessary-unfriendly" -> "UnnecessaryUnfriendly".
std::string pascal_case(std::string_view id);

}  // namespace cxkit::ci
