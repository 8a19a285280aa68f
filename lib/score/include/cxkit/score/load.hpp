#pragma once
// The loading boundary: text or files in, value-type models out. Every
// problem is an Error at file:line:col.
#include <cxkit/base/document.hpp>
#include <cxkit/score/baseline.hpp>
#include <cxkit/score/mapping.hpp>
#include <cxkit/score/questionnaire.hpp>
#include <cxkit/score/responses.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cxkit::score {

Questionnaire parse_questionnaire(std::string_view text, const std::string& source,
                                         const base::Limits& limits = {});
Responses parse_responses(std::string_view text, const std::string& source,
                                 const base::Limits& limits = {});

// A built-in id ("customer-service-quotient") or a path to a file;
// `named_at` is where the reference was written, for errors.
Questionnaire load_questionnaire(const std::string& id_or_path, const base::Limits& limits = {},
                                        const Location& named_at = {});

// Matches written answers to the questionnaire's items: unknown items,
// values off the scale and unknown labels are errors.
std::vector<Respondent> bind_answers(const Questionnaire& questionnaire,
                                            const Responses& responses);

// How a survey tool's export maps onto a questionnaire (kind: mapping).
Mapping parse_mapping(std::string_view text, const std::string& source, const base::Limits& limits = {});
Mapping load_mapping(const std::string& path, const base::Limits& limits = {});

// An earlier JSON report of the scores, read back to compare with.
Baseline parse_baseline(std::string_view text, const std::string& source);
Baseline load_baseline(const std::string& path, const base::Limits& limits = {});
}  // namespace cxkit::score
