#pragma once
// GitHub workflow commands: annotations on the files of a pull request.
#include <cxkit/base/diagnostic.hpp>
#include <cxkit/ci/run.hpp>

#include <string>
#include <vector>

namespace cxkit::ci {

// An ::error, ::warning or ::notice per diagnostic in the order given,
// waived ones left out, titled "subject (rule)"; then "::notice::tool:
// summary".
std::string github(const Run& run, const std::vector<base::Diagnostic>& diagnostics);

}  // namespace cxkit::ci
