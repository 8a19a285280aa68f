#pragma once
// The SVG the client report's charts are drawn with (report_html.cpp):
// horizontal bars on a 0-100 % axis, section titles at their left. Drawn
// from lines, rectangles and text only: no <pattern>, <marker> or url(),
// which the report's self-containment forbids, so hatching is drawn as
// lines. Text and labels are escaped here; attributes are the caller's.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::score::chart {

// Geometry in the SVG's user units (about a CSS pixel at print width):
// titles right-aligned at kTitleRight, the 0-100 % axis from kPlotLeft.
constexpr double kWidth = 680, kTitleRight = 250, kPlotLeft = 262, kPlotWidth = 300;
// More groups than fills make bars too thin to read: the table only.
constexpr std::size_t kMostGroupsDrawn = 6;

// The x of a percent on the axis (clamped to 0-100).
double x_at(double percent);

std::string text(double x, double y, std::string_view content, std::string_view attributes = "");
std::string line(double x1, double y1, double x2, double y2, std::string_view attributes);
std::string rect(double x, double y, double w, double h, std::string_view attributes);

// How a bar is filled, told apart in greyscale by pattern: Solid is a
// section's, Hatch an area to improve's, and each group has one of kGroupFills.
enum class Fill { Solid, Hatch, Outline, Grey, BackHatch, Lines, Rising };
constexpr std::array<Fill, kMostGroupsDrawn> kGroupFills = {Fill::Solid, Fill::Outline, Fill::BackHatch,
                                                            Fill::Grey,  Fill::Lines,   Fill::Rising};
std::string bar(Fill fill, double x, double y, double w, double h);

// A legend's entry: a small drawing and its words.
std::string key(std::string_view sample, std::string_view words);

// The whole chart, `height` units high, `label` for screen readers.
std::string svg(double height, std::string_view label, std::string_view body);

// A row's height for its title (one or two lines), and the title drawn
// right-aligned left of the axis, around the row's middle `mid`.
double title_height(std::string_view title);
std::string row_title(std::string_view title, double mid, bool bold);

// Grid lines at 0, 25, 50, 75 and 100 % from `top` down to the axis at
// `axis_y`, labelled below it.
std::string axis(double top, double axis_y);

// A label beside the end of a bar (or where the bar would be), `size` units
// high, on white that keeps it legible where a line crosses it.
std::string bar_label(double x, double mid, std::string_view words, double size = 10.5,
                      std::string_view attributes = "");

// From `before` to `now` at height `mid`: a ring, then an arrow, black and
// thick when the change counts, grey and thin when it does not.
std::string arrow(double before, double now, double mid, bool counts);

}  // namespace cxkit::score::chart
