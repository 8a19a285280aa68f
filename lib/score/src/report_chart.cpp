#include "report_chart.hpp"

#include <cxkit/base/escape.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace cxkit::score::chart {

using base::html;

namespace {

// Columns of a title's line (at the chart's font size, about 250 units).
constexpr std::size_t kTitleColumns = 38;

std::string at(double v) { return fmt::format("{:.1f}", v); }

// Lines across a rectangle every 3.5 units, clipped to it: rising ('/'),
// falling ('\\') or level ('-').
std::string hatch(char kind, double x, double y, double w, double h, std::string_view colour) {
  constexpr double gap = 3.5;
  std::string d;
  if (kind == '-') {
    for (double v = gap / 2; v < h; v += gap) d += fmt::format("M{} {}h{}", at(x), at(y + v), at(w));
  } else {
    // Along u - v = k, u from the left, v from the bottom; '\\' mirrors u.
    for (double k = gap / 2 - h; k < w; k += gap) {
      const double v0 = std::max(0.0, -k), v1 = std::min(h, w - k);
      if (v1 <= v0) continue;
      const auto px = [&](double v) { return kind == '/' ? x + v + k : x + w - v - k; };
      d += fmt::format("M{} {}L{} {}", at(px(v0)), at(y + h - v0), at(px(v1)), at(y + h - v1));
    }
  }
  return fmt::format("<path d=\"{}\" stroke=\"{}\" stroke-width=\"1.1\" fill=\"none\"/>\n", d, colour);
}

// A title's lines: two at most, the second cut with "…".
std::vector<std::string> title_lines(std::string_view title) {
  auto lines = base::wrap(title, kTitleColumns);
  if (lines.size() > 2) lines.resize(2), lines[1] += "\u2026";
  return lines;
}

}  // namespace

double x_at(double percent) { return kPlotLeft + std::clamp(percent, 0.0, 100.0) / 100.0 * kPlotWidth; }

std::string text(double x, double y, std::string_view content, std::string_view attributes) {
  return fmt::format("<text x=\"{}\" y=\"{}\" {}>{}</text>\n", at(x), at(y), attributes, html(content));
}

std::string line(double x1, double y1, double x2, double y2, std::string_view attributes) {
  return fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" {}/>\n", at(x1), at(y1), at(x2), at(y2), attributes);
}

std::string rect(double x, double y, double w, double h, std::string_view attributes) {
  return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {}/>\n", at(x), at(y), at(std::max(w, 0.0)),
                     at(h), attributes);
}

std::string bar(Fill fill, double x, double y, double w, double h) {
  const auto framed = [&](std::string_view colour, char kind) {
    return rect(x, y, w, h, fmt::format("fill=\"#fff\" stroke=\"{}\" stroke-width=\"1\"", colour)) +
           hatch(kind, x, y, w, h, colour);
  };
  switch (fill) {
    case Fill::Solid: return rect(x, y, w, h, "fill=\"#2f4b6e\"");
    case Fill::Hatch: return framed("#9b2c1f", '/');
    case Fill::Outline: return rect(x, y, w, h, "fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.3\"");
    case Fill::Grey: return rect(x, y, w, h, "fill=\"#a9b6c4\" stroke=\"#000\" stroke-width=\".6\"");
    case Fill::BackHatch: return framed("#2e6b34", '\\');
    case Fill::Lines: return framed("#5b3f86", '-');
    case Fill::Rising: return framed("#2f4b6e", '/');
  }
  return "";
}

std::string key(std::string_view sample, std::string_view words) {
  return fmt::format("<span><svg width=\"16\" height=\"10\" viewBox=\"0 0 16 10\">{}</svg>{}</span>", sample,
                     html(words));
}

std::string svg(double height, std::string_view label, std::string_view body) {
  return fmt::format("<svg class=\"chart\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\" font-size=\"10.5\">\n"
                     "{}</svg>\n",
                     kWidth, at(height), html(label), body);
}

double title_height(std::string_view title) { return 12 + 13 * static_cast<double>(title_lines(title).size()); }

std::string row_title(std::string_view title, double mid, bool bold) {
  const auto lines = title_lines(title);
  double y = mid + 3.5 - 6.5 * static_cast<double>(lines.size() - 1);
  std::string out;
  for (const auto& l : lines) {
    out += text(kTitleRight, y, l, bold ? "text-anchor=\"end\" font-weight=\"bold\"" : "text-anchor=\"end\"");
    y += 13;
  }
  return out;
}

std::string axis(double top, double axis_y) {
  std::string out;
  for (int t = 0; t <= 100; t += 25) {
    out += line(x_at(t), top, x_at(t), axis_y + 4, t == 0 ? "stroke=\"#000\"" : "stroke=\"#bbb\" stroke-width=\".6\"");
    out += text(x_at(t), axis_y + 15, fmt::format("{} %", t), "text-anchor=\"middle\" font-size=\"9\"");
  }
  return out + line(x_at(0), axis_y, x_at(100), axis_y, "stroke=\"#000\"");
}

std::string bar_label(double x, double mid, std::string_view words, double size, std::string_view attributes) {
  // About .62 em a column; a halo of stroke (paint-order) does not print.
  const double width = .62 * size * static_cast<double>(base::display_width(words)) + 4;
  return rect(x + 2, mid - size / 2, width, size, "fill=\"#fff\"") +
         text(x + 4, mid + size / 3, words, fmt::format("font-size=\"{}\" {}", size, attributes));
}

std::string arrow(double before, double now, double mid, bool counts) {
  const double x0 = x_at(before), x1 = x_at(now), dir = x1 >= x0 ? 1 : -1;
  const std::string colour = counts ? "#000" : "#777";
  std::string out = fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"3\" fill=\"#fff\" stroke=\"{}\" stroke-width=\"1.2\"/>\n",
                                at(x0), at(mid), colour);
  if (std::abs(x1 - x0) < 9) return out;
  out += line(x0 + dir * 3, mid, x1 - dir * 6, mid, fmt::format("stroke=\"{}\" stroke-width=\"{}\"", colour, counts ? 2.2 : 1.2));
  return out + fmt::format("<path d=\"M{} {}L{} {}L{} {}Z\" fill=\"{}\"/>\n", at(x1), at(mid), at(x1 - dir * 8), at(mid - 4.5),
                           at(x1 - dir * 8), at(mid + 4.5), colour);
}

}  // namespace cxkit::score::chart
