#pragma once
// Loading policy inventories (kind: policies). Every problem is an Error at
// file:line:col saying what is wrong and what is expected.
#include <cxkit/load/yaml.hpp>
#include <cxkit/model/policies.hpp>

#include <string>
#include <string_view>

namespace cxkit::load {

// Parses one inventory; `source` names it in errors and reports.
model::PolicySet parse_policies(std::string_view text, const std::string& source, const Limits& limits = {});

// Reads and parses a file ("-" for standard input, named "<stdin>"). The file
// is named as given, or relative to the current folder when it is an
// absolute path under it, so that reports hold no absolute paths.
model::PolicySet load_policies(const std::string& path, const Limits& limits = {});

// The name load_policies gives a path.
std::string display_path(const std::string& path);

// True for a real date written YYYY-MM-DD (the rule `until:` follows).
bool is_date(std::string_view text);

}  // namespace cxkit::load
