#pragma once
// cx-score's report in each output format.
#include <cxkit/base/format.hpp>
#include <cxkit/score/scorer.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cxkit::score {

struct ScoreStyle {
  // ANSI colour for a terminal (never for files or with NO_COLOR).
  bool color = false;
  // HTML: the paper it is laid out for (base::papers()).
  std::string paper = "a4";
};

using ScoreFormat = base::Format<Report, ScoreStyle>;

// text, json, markdown, csv, html: the table drives --format, its help and dispatch.
const std::vector<ScoreFormat>& score_formats();

std::string score_text(const Report& report, const ScoreStyle& style);
std::string score_json(const Report& report, const ScoreStyle& style);
std::string score_markdown(const Report& report, const ScoreStyle& style);
std::string score_csv(const Report& report, const ScoreStyle& style);
// The client report: one self-contained printable page (inline CSS and SVG
// charts, no script, nothing fetched), laid out for style.paper.
std::string score_html(const Report& report, const ScoreStyle& style);

// "71.2 %", or "—" when null; rounded to one decimal for display only.
std::string percent(const std::optional<double>& value);

}  // namespace cxkit::score
