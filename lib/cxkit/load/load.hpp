#pragma once
// The loading boundary: text or files in, value-type models out. Every
// problem is an Error at file:line:col.
#include <cxkit/load/yaml.hpp>
#include <cxkit/model/baseline.hpp>
#include <cxkit/model/questionnaire.hpp>
#include <cxkit/model/responses.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cxkit::load {

model::Questionnaire parse_questionnaire(std::string_view text, const std::string& source,
                                         const Limits& limits = {});
model::Responses parse_responses(std::string_view text, const std::string& source,
                                 const Limits& limits = {});

// Reads a file ("-" for standard input) within limits.max_bytes.
std::string read_file(const std::string& path, const Limits& limits);

// A built-in id ("customer-service-quotient") or a path to a file;
// `named_at` is where the reference was written, for errors.
model::Questionnaire load_questionnaire(const std::string& id_or_path, const Limits& limits = {},
                                        const Location& named_at = {});

// Matches written answers to the questionnaire's items: unknown items,
// values off the scale and unknown labels are errors.
std::vector<model::Respondent> bind_answers(const model::Questionnaire& questionnaire,
                                            const model::Responses& responses);

// An earlier cx-score JSON report (cx-score -f json).
model::Baseline parse_baseline(std::string_view text, const std::string& source);
model::Baseline load_baseline(const std::string& path, const Limits& limits = {});


}  // namespace cxkit::load
