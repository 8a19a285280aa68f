#pragma once
// Loading the workbook (kind: workbook, built in under
// configs/<lang>/workbook/) and standards files (kind: standards). Every
// problem is an Error at file:line:col; a file's model errors come together.
#include <cxkit/base/document.hpp>
#include <cxkit/standards/model.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cxkit::standards {

Workbook parse_workbook(std::string_view text, const std::string& source, const base::Limits& limits = {});

// The built-in workbook ("service-standards") in `language`, else English.
Workbook builtin_workbook(std::string_view language = "en");

// The built-in vague terms of `language` (else English's).
std::vector<std::string> builtin_vague_terms(std::string_view language);

// A standards file: every area must be one of the workbook's or one the
// file declares (an unknown one is an error with the closest id).
StandardSet parse_standards(std::string_view text, const std::string& source, const Workbook& workbook,
                            const base::Limits& limits = {});
// From a path ("-" for standard input).
StandardSet load_standards(const std::string& path, const Workbook& workbook, const base::Limits& limits = {});

}  // namespace cxkit::standards
