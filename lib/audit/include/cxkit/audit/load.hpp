#pragma once
// Loading policy inventories (kind: policies). Every problem is an Error at
// file:line:col saying what is wrong and what is expected.
#include <cxkit/base/document.hpp>
#include <cxkit/audit/policies.hpp>

#include <string>
#include <string_view>

namespace cxkit::audit {

// Parses one inventory; `source` names it in errors and reports.
PolicySet parse_policies(std::string_view text, const std::string& source, const base::Limits& limits = {});

// Reads and parses a file ("-" for standard input, named "<stdin>"). The file
// is named as given, or relative to the current folder when it is an
// absolute path under it, so that reports hold no absolute paths.
PolicySet load_policies(const std::string& path, const base::Limits& limits = {});

// The name load_policies gives a path.
std::string display_path(const std::string& path);

}  // namespace cxkit::audit
