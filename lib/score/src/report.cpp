#include <cxkit/score/report.hpp>

#include "report_words.hpp"

#include <cxkit/base/escape.hpp>
#include <cxkit/base/text_table.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>
#include <cxkit/base/provenance_json.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

namespace cxkit::score {

using base::csv_cell;
using base::markdown_cell;
using base::terminal;
using base::tr;
using base::trf;
using words::heading;
using words::is_improve;
using words::item_mean;
using words::method_description;
using words::signed_change;
using words::status_or_percent;
using words::tied_note;

namespace {

// "3 respondents · method seed: ...", the line under the heading, then the
// rows line and the questionnaire's notice if any; `method` is the
// description, escaped for the format as `escape` escapes the notice.
// Lines end with `end` (Markdown needs a blank line between paragraphs).
std::string summary(const Report& r, std::string_view method, std::string_view end,
                    std::string (*escape)(std::string_view)) {
  std::string out = base::trnf("{} respondent \u00b7 method {}", "{} respondents \u00b7 method {}", r.respondents,
                               r.respondents, method);
  if (const auto rows = words::rows_line(r); !rows.empty()) out += std::string(end) + rows;
  if (!r.notice.empty()) out += std::string(end) + trf("Note: {}", escape(r.notice));
  return out + std::string(end);
}

std::string number(double value) { return fmt::format("{}", value); }

std::string optional_number(const std::optional<double>& value) { return value ? number(*value) : ""; }

std::string bar(double value, std::size_t width) {
  const auto full = static_cast<std::size_t>(std::clamp(value, 0.0, 100.0) / 100.0 * static_cast<double>(width) + 0.5);
  std::string out;
  for (std::size_t i = 0; i < width; ++i) out += i < full ? "\u2588" : "\u2591";
  return out;
}

nlohmann::ordered_json json_number(const std::optional<double>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json json_stats(const Stats& s) {
  nlohmann::ordered_json j;
  j["n"] = s.n;
  j["mean"] = s.n ? nlohmann::ordered_json(s.mean) : nlohmann::ordered_json(nullptr);
  j["min"] = s.n ? nlohmann::ordered_json(s.min) : nlohmann::ordered_json(nullptr);
  j["max"] = s.n ? nlohmann::ordered_json(s.max) : nlohmann::ordered_json(nullptr);
  j["sd"] = json_number(s.sd);
  return j;
}

}  // namespace

std::string percent(const std::optional<double>& value) {
  return value ? fmt::format("{:.1f} %", *value) : "\u2014";
}

const std::vector<ScoreFormat>& score_formats() {
  static const std::vector<ScoreFormat> formats = {
      {"text", score_text, base::Media::Text},
      {"json", score_json, base::Media::Json},
      {"markdown", score_markdown, base::Media::Markdown},
      {"csv", score_csv, base::Media::Csv},
      {"html", score_html, base::Media::Html}};
  return formats;
}

namespace {

// What changed since the baseline, a line each: `title` escapes for the format,
// `indent` starts each list.
std::string since(const Report& r, std::string (*title)(std::string_view), std::string_view indent) {
  const auto lines = words::since_lines(r, title);
  std::string out = lines.front() + "\n";
  for (std::size_t i = 1; i < lines.size(); ++i) out += fmt::format("{}{}\n", indent, lines[i]);
  return out;
}

// Text for the text report: escaped for a terminal, and on one line (a line
// break or tab in a title, client or item would break the table).
std::string terminal_text(std::string_view text) {
  std::string out = terminal(text);
  std::replace_if(out.begin(), out.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
  return out;
}
std::string markdown_text(std::string_view text) { return markdown_cell(text); }

// A group's name on one line: line breaks and tabs as spaces, no escapes.
std::string one_line(const std::string& group) { return terminal_text(group.empty() ? tr("(blank)") : group); }

// Each group's areas to improve, a line each.
std::string groups_to_improve(const Report& r) {
  std::string out = "\n" + std::string(tr("Areas to improve by group")) + "\n";
  for (const auto& g : r.groups) {
    std::vector<std::string> areas;
    for (std::size_t rank = 0; rank < g.improve.size(); ++rank) {
      const auto& s = g.sections[g.improve[rank]];
      areas.push_back(fmt::format("{} {}{}", terminal_text(s.title), percent(s.percent), tied_note(g, rank, terminal_text)));
    }
    out += fmt::format("  {}: {}\n", one_line(g.group),
                       areas.empty() ? std::string(tr("none")) : fmt::format("{}", fmt::join(areas, "; ")));
  }
  return out;
}

// Most groups set side by side in the text report: with a column of 10 and
// a gap of 2 each, and titles up to 44, twelve fill a 190-column terminal.
constexpr std::size_t kSideBySide = 12;

// The groups side by side: one column each, the sections as rows; too many
// for a terminal are said to be in the CSV and JSON reports instead.
std::string text_groups(const Report& r, std::size_t title_width) {
  if (r.groups.size() > kSideBySide)
    return "\n" +
           trf("By group: {} groups are too many to set side by side on a terminal; the CSV and JSON reports give "
               "each group's percents.",
               r.groups.size()) +
           "\n" + groups_to_improve(r);
  std::vector<base::TextTable::Column> columns = {{base::TextTable::Align::Left, title_width}};
  columns.resize(r.groups.size() + 1, {base::TextTable::Align::Right, 10});
  base::TextTable table(columns);
  const auto row = [&](std::string first, const auto& cell) {
    std::vector<std::string> cells = {std::move(first)};
    for (const auto& g : r.groups) cells.push_back(cell(g));
    table.add(std::move(cells));
  };
  row("", [](const Report& g) { return base::wrap(one_line(g.group), 40).front(); });
  for (std::size_t s = 0; s < r.sections.size(); ++s)
    row(terminal_text(r.sections[s].title), [&](const Report& g) { return status_or_percent(g.sections[s]); });
  row(std::string(tr("Overall")), [](const Report& g) { return percent(g.overall); });
  row(std::string(tr("Respondents")), [](const Report& g) { return std::to_string(g.respondents); });
  return "\n" + std::string(tr("By group (section percent; respondents)")) + "\n" + table.render() +
         groups_to_improve(r);
}

}  // namespace

std::string score_text(const Report& r, const ScoreStyle& style) {
  const bool many = r.respondents > 1;
  const auto paint = [&](std::string text, const char* code) {
    return style.color ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : text;
  };
  std::size_t title_width = base::display_width(tr("Overall"));
  for (const auto& s : r.sections) title_width = std::max(title_width, base::display_width(terminal_text(s.title)));
  title_width = std::min<std::size_t>(title_width, 44);

  std::string out = paint(terminal_text(heading(r)), "1") + "\n";
  out += summary(r, method_description(r.method), "\n", terminal_text) + "\n";
  const bool compared = !r.baseline_source.empty();
  out += fmt::format("{}  {:>9}  {:>14}", base::pad_right(tr("Section"), title_width), tr("Answered"), tr("Percent"));
  if (compared) out += fmt::format("  {:>6}", tr("Change"));
  if (many) out += fmt::format("  {:>6}  {:>6}  {:>5}", tr("Min"), tr("Max"), tr("SD"));
  out += "\n";
  for (std::size_t i = 0; i < r.sections.size(); ++i) {
    const auto& s = r.sections[i];
    const std::size_t possible = s.items * r.respondents;
    std::string line = fmt::format("{}  {:>9}  {}", base::pad_right(terminal_text(s.title), title_width),
                                   s.status == Status::Skipped ? "\u2014" : fmt::format("{}/{}", s.answered, possible),
                                   base::pad_left(status_or_percent(s), 14));
    if (compared) line += fmt::format("  {:>6}", signed_change(s.change));
    if (many)
      line += s.status == Status::Scored
                  ? fmt::format("  {:>6.1f}  {:>6.1f}  {:>5}", s.stats.min, s.stats.max,
                                s.stats.sd ? fmt::format("{:.1f}", *s.stats.sd) : "\u2014")
                  : std::string(27, ' ');
    if (s.percent) line += "  " + paint(bar(*s.percent, 20), is_improve(r, i) ? "31" : "32");
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  out += paint(fmt::format("{}  {:>9}  {}", base::pad_right(tr("Overall"), title_width), "",
                           base::pad_left(percent(r.overall), 14)),
               "1");
  if (compared) out += fmt::format("  {:>6}", signed_change(r.overall_change));
  if (many && r.overall_stats.n > 0)
    out += fmt::format("  {:>6.1f}  {:>6.1f}  {:>5}", r.overall_stats.min, r.overall_stats.max,
                       r.overall_stats.sd ? fmt::format("{:.1f}", *r.overall_stats.sd) : "\u2014");
  out += "\n";

  if (compared) out += "\n" + since(r, terminal_text, "  ");
  if (!r.groups.empty()) out += text_groups(r, title_width);
  if (!r.improve.empty()) {
    out += "\n" +
           trf("{} (lowest first; items weakest first, mean on the scale)",
               paint(std::string(tr("Areas to improve")), "1")) +
           "\n";
    for (std::size_t rank = 0; rank < r.improve.size(); ++rank) {
      const auto& s = r.sections[r.improve[rank]];
      out += fmt::format("{}. {}  {}{}\n", rank + 1, terminal_text(s.title), percent(s.percent),
                         tied_note(r, rank, terminal_text));
      for (const auto& item : s.item_results)
        out += fmt::format("     {}  {}\n", item_mean(item), terminal_text(item.text));
    }
  }
  if (r.band) {
    out += "\n" + paint(terminal_text(r.band->label), "1") +
           (r.band->advice.empty() ? std::string() : ": " + terminal_text(r.band->advice)) + "\n";
  }
  return out + base::provenance_footer(r.provenance, base::Media::Text);
}

namespace {

nlohmann::ordered_json report_json(const Report& r) {
  nlohmann::ordered_json j;
  if (!r.group.empty()) j["group"] = r.group;
  j["questionnaire"] = {{"id", r.questionnaire_id}, {"title", r.questionnaire_title}};
  if (r.group.empty()) j["notice"] = r.notice.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.notice);
  j["client"] = r.client.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.client);
  j["date"] = r.date.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.date);
  j["method"] = name(r.method);
  j["scale"] = {{"min", r.scale_min}, {"max", r.scale_max}};
  j["respondents"] = r.respondents;
  auto overall = json_stats(r.overall_stats);
  overall.erase("mean");
  j["overall"] = {{"percent", json_number(r.overall)}};
  j["overall"].update(overall);
  if (!r.baseline_source.empty()) {
    j["overall"]["baseline"] = json_number(r.baseline_overall);
    j["overall"]["change"] = json_number(r.overall_change);
  }
  j["sections"] = nlohmann::ordered_json::array();
  for (const auto& s : r.sections) {
    nlohmann::ordered_json section;
    section["id"] = s.id;
    section["title"] = s.title;
    section["status"] = name(s.status);
    section["percent"] = json_number(s.percent);
    section["answered"] = s.answered;
    section["items"] = s.items;
    auto stats = json_stats(s.stats);
    stats.erase("mean");
    section.update(stats);
    section["alpha"] = json_number(s.alpha);
    section["alpha_n"] = s.alpha_n;
    section["zero_variance_items"] = s.zero_variance_items;
    if (!r.baseline_source.empty()) {
      section["baseline"] = json_number(s.baseline);
      section["change"] = json_number(s.change);
    }
    section["item_means"] = nlohmann::ordered_json::array();
    for (const auto& item : s.item_results)
      section["item_means"].push_back({{"id", item.id}, {"answered", item.answered}, {"mean", json_number(item.mean)}});
    j["sections"].push_back(std::move(section));
  }
  const auto ids = [&](const std::vector<std::size_t>& indices) {
    auto list = nlohmann::ordered_json::array();
    for (auto i : indices) list.push_back(r.sections[i].id);
    return list;
  };
  j["improve"] = ids(r.improve);
  j["improve_tied"] = ids(r.improve_tied);
  j["band"] = r.band ? nlohmann::ordered_json{{"from", r.band->from}, {"to", r.band->to}, {"label", r.band->label},
                                              {"advice", r.band->advice}}
                     : nlohmann::ordered_json(nullptr);
  if (!r.baseline_source.empty()) {
    j["baseline"] = r.baseline_source;
    j["min_change"] = r.min_change;
    j["improved"] = ids(r.improved);
    j["worsened"] = ids(r.worsened);
  }
  if (r.group.empty()) {
    j["thresholds"] = nlohmann::ordered_json::array();
    for (const auto& t : r.thresholds) {
      nlohmann::ordered_json threshold = {{"of", name(t.of)}};
      if (t.of == Threshold::Of::Section)
        threshold["section"] = t.section.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(t.section);
      threshold["value"] = json_number(t.value);
      threshold["limit"] = t.limit;
      threshold["passed"] = t.passed;
      j["thresholds"].push_back(std::move(threshold));
    }
    j["rows"] = {{"read", r.rows.read},
                 {"scored", r.rows.read - r.rows.skipped()},
                 {"skipped", r.rows.skipped()},
                 {"no_answer", r.rows.no_answer},
                 {"bad", r.rows.bad},
                 {"repeated_id", r.rows.repeated}};
    j["repeated_ids"] = r.repeated_ids;
    j["warnings"] = r.warnings;
    j["warning_count"] = r.warning_count;
    j["provenance"] = r.provenance.program.empty() ? nlohmann::ordered_json(nullptr)
                                                   : nlohmann::ordered_json(base::provenance_json(r.provenance));
  }
  if (!r.groups.empty()) {
    j["groups"] = nlohmann::ordered_json::array();
    for (const auto& g : r.groups) j["groups"].push_back(report_json(g));
  }
  return j;
}

}  // namespace

std::string score_json(const Report& r, const ScoreStyle&) {
  return report_json(r).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string score_markdown(const Report& r, const ScoreStyle&) {
  std::string out = "# " + markdown_cell(heading(r)) + "\n\n";
  out += summary(r, markdown_cell(method_description(r.method)), "\n\n", markdown_text);
  const bool many = r.respondents > 1;
  out += fmt::format("| {} | {} | {} |", tr("Section"), tr("Answered"), tr("Percent"));
  out += many ? fmt::format(" {} | {} | {} |\n|---|---:|---:|---:|---:|---:|\n", tr("Min"), tr("Max"), tr("SD"))
              : "\n|---|---:|---:|\n";
  for (const auto& s : r.sections) {
    out += fmt::format("| {} | {} | {} |", markdown_cell(s.title),
                       s.status == Status::Skipped ? "\u2014" : fmt::format("{}/{}", s.answered, s.items * r.respondents),
                       status_or_percent(s));
    if (many)
      out += s.status == Status::Scored
                 ? fmt::format(" {:.1f} % | {:.1f} % | {} |", s.stats.min, s.stats.max,
                               s.stats.sd ? fmt::format("{:.1f}", *s.stats.sd) : "\u2014")
                 : " | | |";
    out += "\n";
  }
  out += fmt::format("| **{}** | | **{}** |{}\n", tr("Overall"), percent(r.overall), many ? " | | |" : "");
  if (!r.baseline_source.empty()) {
    out += "\n" + since(r, markdown_text, "- ");
    out += fmt::format("\n| {} | {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---:|---:|\n", tr("Section"),
                       tr("Baseline"), tr("Now"), tr("Change"), tr("n"), tr("SD"));
    for (const auto& s : r.sections)
      out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", markdown_cell(s.title), percent(s.baseline),
                         percent(s.percent), signed_change(s.change), s.stats.n,
                         s.stats.sd ? fmt::format("{:.1f}", *s.stats.sd) : "\u2014");
  }
  if (!r.groups.empty()) {
    out += fmt::format("\n## {}\n\n| {} |", tr("By group"), tr("Section"));
    std::string rule = "|---|";
    for (const auto& g : r.groups) {
      out += " " + markdown_cell(g.group.empty() ? tr("(blank)") : g.group) + " |";
      rule += "---:|";
    }
    out += "\n" + rule + "\n";
    for (std::size_t i = 0; i < r.sections.size(); ++i) {
      out += "| " + markdown_cell(r.sections[i].title) + " |";
      for (const auto& g : r.groups) out += " " + status_or_percent(g.sections[i]) + " |";
      out += "\n";
    }
    out += fmt::format("| **{}** |", tr("Overall"));
    for (const auto& g : r.groups) out += " **" + percent(g.overall) + "** |";
    out += fmt::format("\n| {} |", tr("Respondents"));
    for (const auto& g : r.groups) out += fmt::format(" {} |", g.respondents);
    out += fmt::format("\n\n{}\n\n", tr("Areas to improve by group:"));
    for (const auto& g : r.groups) {
      std::vector<std::string> areas;
      for (std::size_t rank = 0; rank < g.improve.size(); ++rank) {
        const auto& s = g.sections[g.improve[rank]];
        areas.push_back(markdown_cell(s.title) + " " + percent(s.percent) + tied_note(g, rank, markdown_text));
      }
      out += fmt::format("- **{}**: {}\n", markdown_cell(g.group.empty() ? tr("(blank)") : g.group),
                         areas.empty() ? std::string(tr("none")) : fmt::format("{}", fmt::join(areas, "; ")));
    }
  }
  if (!r.improve.empty()) {
    out += fmt::format("\n## {}\n\n", tr("Areas to improve"));
    for (std::size_t rank = 0; rank < r.improve.size(); ++rank) {
      const auto& s = r.sections[r.improve[rank]];
      out += fmt::format("{}. **{}** \u2014 {}{}\n", rank + 1, markdown_cell(s.title), percent(s.percent),
                         tied_note(r, rank, markdown_text));
      for (const auto& item : s.item_results)
        out += fmt::format("   - {} \u2014 {}\n", item_mean(item), markdown_cell(item.text));
    }
  }
  if (r.band)
    out += "\n**" + markdown_cell(r.band->label) + "**" +
           (r.band->advice.empty() ? std::string() : ": " + markdown_cell(r.band->advice)) + "\n";
  return out + base::provenance_footer(r.provenance, base::Media::Markdown);
}

std::string score_csv(const Report& r, const ScoreStyle&) {
  const bool grouped = !r.groups.empty();
  const bool compared = !r.baseline_source.empty();
  std::string out = grouped ? "group," : "";
  out += "section,title,status,percent,answered,items,n,min,max,sd,alpha";
  out += compared ? ",baseline,change\r\n" : "\r\n";
  const auto rows = [&](const Report& report, std::string_view group) {
    const auto row = [&](std::string_view id, std::string_view title, std::string_view status,
                         const std::optional<double>& value, std::string answered, std::string items,
                         const Stats& st, const std::optional<double>& alpha, const std::optional<double>& base,
                         const std::optional<double>& change) {
      if (grouped) out += csv_cell(group) + ",";
      out += fmt::format("{},{},{},{},{},{},{},{},{},{},{}", csv_cell(id), csv_cell(title), status,
                         optional_number(value), answered, items, st.n, st.n ? number(st.min) : "",
                         st.n ? number(st.max) : "", optional_number(st.sd), optional_number(alpha));
      if (compared) out += fmt::format(",{},{}", optional_number(base), optional_number(change));
      out += "\r\n";
    };
    for (const auto& s : report.sections)
      row(s.id, s.title, name(s.status), s.percent, std::to_string(s.answered), std::to_string(s.items),
          s.stats, s.alpha, s.baseline, s.change);
    row("overall", tr("Overall"), report.overall ? "scored" : "not-applicable", report.overall, "", "",
        report.overall_stats, std::nullopt, report.baseline_overall, report.overall_change);
  };
  rows(r, "(all)");
  for (const auto& g : r.groups) rows(g, g.group);
  // What was read and skipped, a count each in the n column.
  const std::tuple<const char*, std::string_view, std::size_t> counts[] = {
      {"rows-read", tr("Rows read"), r.rows.read},
      {"rows-scored", tr("Rows scored"), r.rows.read - r.rows.skipped()},
      {"rows-skipped-no-answer", tr("Rows skipped: no answer"), r.rows.no_answer},
      {"rows-skipped-bad", tr("Rows skipped: a bad or missing answer"), r.rows.bad},
      {"rows-skipped-repeated-id", tr("Rows skipped: a repeated respondent id"), r.rows.repeated},
      {"rows-repeating-an-id", tr("Rows repeating an earlier row's respondent id"), r.repeated_ids}};
  for (const auto& [id, title, n] : counts) {
    if (grouped) out += "(all),";
    out += fmt::format("{},{},count,,,,{},,,,{}\r\n", id, csv_cell(title), n, compared ? ",," : "");
  }
  if (!r.notice.empty())
    out += fmt::format("{}notice,{},note,,,,,,,,{}\r\n", grouped ? "(all)," : "", csv_cell(r.notice),
                       compared ? ",," : "");
  return out;
}

}  // namespace cxkit::score
