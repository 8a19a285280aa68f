#pragma once
// Loading checklists (kind: checklist): from text, from a file, or from the
// built-ins under configs/<lang>/checklist/. Every problem is an Error at
// file:line:col.
#include <cxkit/base/document.hpp>
#include <cxkit/checklist/model.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cxkit::checklist {

Checklist parse_checklist(std::string_view text, const std::string& source, const base::Limits& limits = {});

// A built-in id ("phone-call") or a path to a file ("-" for standard input).
// An unknown id is an error that suggests the closest built-in and lists them.
Checklist load_checklist(const std::string& id_or_path, const base::Limits& limits = {});

// The built-in with this id, never a file; an unknown id is an error.
Checklist builtin_checklist(std::string_view id);

// Every built-in checklist, parsed, in the order of their ids.
std::vector<Checklist> builtin_checklists();

}  // namespace cxkit::checklist
