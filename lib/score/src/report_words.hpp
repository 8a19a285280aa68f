#pragma once
// The wording the report formats share (report.cpp, report_html.cpp), so
// that text, Markdown and HTML say the same thing in the same words. Where
// a function takes `title`, it escapes the values it quotes for the format.
#include <cxkit/score/scorer.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::score::words {

using Escape = std::string (*)(std::string_view);

// "seed: sum of answers / (max x answered items)"
std::string_view method_description(Method method);

// The survey rows read and skipped, by reason: "27 of 40 rows skipped (20
// gave no answer, 7 had a bad or missing answer); 13 scored", or "" when no
// survey export was read.
std::string rows_line(const Report& r);

// "Questionnaire — Client, date": the report's heading, unescaped.
std::string heading(const Report& r);

// The words a reader sees for a status ("skipped"), or the percent when scored.
std::string status_or_percent(const SectionResult& s);

bool is_improve(const Report& r, std::size_t section);

// "+6.0", or "—" when null.
std::string signed_change(const std::optional<double>& change);

// An item's mean answer as scored, "2.3", or "n/a".
std::string item_mean(const ItemResult& item);

// Beside the last area to improve when the count asked for cut a tie:
// " (tied with A, B: not listed)".
std::string tied_note(const Report& r, std::size_t rank, Escape title);

// What changed since the baseline: the sentence that introduces it, then a
// line each for overall, improved, worsened and (if any) within the minimum
// change, each change with this run's n and SD.
std::vector<std::string> since_lines(const Report& r, Escape title);

}  // namespace cxkit::score::words
