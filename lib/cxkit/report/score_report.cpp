#include <cxkit/report/score_report.hpp>

#include <cxkit/report/escape.hpp>
#include <cxkit/text/width.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace cxkit::report {
namespace {

using score::Report;
using score::Status;

std::string method_description(score::Method method) {
  return method == score::Method::Seed ? "seed: sum of answers / (max x answered items)"
                                       : "pomp: sum of (answer - min) / ((max - min) x answered items)";
}

std::string number(double value) { return fmt::format("{}", value); }

std::string optional_number(const std::optional<double>& value) { return value ? number(*value) : ""; }

std::string status_or_percent(const score::SectionResult& s) {
  return s.status == Status::Scored ? percent(s.percent) : std::string(score::name(s.status));
}

bool is_improve(const Report& r, std::size_t section) {
  return std::find(r.improve.begin(), r.improve.end(), section) != r.improve.end();
}

std::string bar(double value, std::size_t width) {
  const auto full = static_cast<std::size_t>(std::clamp(value, 0.0, 100.0) / 100.0 * static_cast<double>(width) + 0.5);
  std::string out;
  for (std::size_t i = 0; i < width; ++i) out += i < full ? "\u2588" : "\u2591";
  return out;
}

std::string heading(const Report& r) {
  std::string text = r.questionnaire_title;
  if (!r.client.empty()) text += " \u2014 " + r.client;
  return text;
}

nlohmann::ordered_json json_number(const std::optional<double>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json json_stats(const score::Stats& s) {
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
      {"text", score_text}, {"json", score_json}, {"markdown", score_markdown}, {"csv", score_csv}};
  return formats;
}

std::string score_text(const Report& r, const ScoreStyle& style) {
  const bool many = r.respondents > 1;
  const auto paint = [&](std::string text, const char* code) {
    return style.color ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : text;
  };
  std::size_t title_width = std::string_view("Overall").size();
  for (const auto& s : r.sections) title_width = std::max(title_width, text::display_width(terminal(s.title)));
  title_width = std::min<std::size_t>(title_width, 44);

  std::string out = paint(terminal(heading(r)), "1") + "\n";
  out += fmt::format("{} respondent{} \u00b7 method {}\n\n", r.respondents, r.respondents == 1 ? "" : "s",
                     method_description(r.method));
  out += fmt::format("{}  {:>9}  {:>14}", text::pad_right("Section", title_width), "Answered", "Percent");
  if (many) out += fmt::format("  {:>6}  {:>6}  {:>5}", "Min", "Max", "SD");
  out += "\n";
  for (std::size_t i = 0; i < r.sections.size(); ++i) {
    const auto& s = r.sections[i];
    const std::size_t possible = s.items * r.respondents;
    std::string line = fmt::format("{}  {:>9}  {}", text::pad_right(terminal(s.title), title_width),
                                   s.status == Status::Skipped ? "\u2014" : fmt::format("{}/{}", s.answered, possible),
                                   text::pad_left(status_or_percent(s), 14));
    if (many)
      line += s.status == Status::Scored
                  ? fmt::format("  {:>6.1f}  {:>6.1f}  {:>5}", s.stats.min, s.stats.max,
                                s.stats.sd ? fmt::format("{:.1f}", *s.stats.sd) : "\u2014")
                  : std::string(27, ' ');
    if (s.percent) line += "  " + paint(bar(*s.percent, 20), is_improve(r, i) ? "31" : "32");
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  out += paint(fmt::format("{}  {:>9}  {}", text::pad_right("Overall", title_width), "",
                           text::pad_left(percent(r.overall), 14)),
               "1");
  if (many && r.overall_stats.n > 0)
    out += fmt::format("  {:>6.1f}  {:>6.1f}  {:>5}", r.overall_stats.min, r.overall_stats.max,
                       r.overall_stats.sd ? fmt::format("{:.1f}", *r.overall_stats.sd) : "\u2014");
  out += "\n";

  if (!r.improve.empty()) {
    out += "\n" + paint("Areas to improve", "1") + " (lowest first; items weakest first, mean on the scale)\n";
    for (std::size_t rank = 0; rank < r.improve.size(); ++rank) {
      const auto& s = r.sections[r.improve[rank]];
      out += fmt::format("{}. {}  {}\n", rank + 1, terminal(s.title), percent(s.percent));
      for (const auto& item : s.item_results)
        out += fmt::format("     {}  {}\n", item.mean ? fmt::format("{:.1f}", *item.mean) : "n/a",
                           terminal(item.text));
    }
  }
  if (r.band) {
    out += fmt::format("\n{}: {}\n", paint(terminal(r.band->label), "1"), terminal(r.band->advice));
  }
  return out;
}

std::string score_json(const Report& r, const ScoreStyle&) {
  nlohmann::ordered_json j;
  j["questionnaire"] = {{"id", r.questionnaire_id}, {"title", r.questionnaire_title}};
  j["client"] = r.client.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.client);
  j["method"] = score::name(r.method);
  j["respondents"] = r.respondents;
  auto overall = json_stats(r.overall_stats);
  overall.erase("mean");
  j["overall"] = {{"percent", json_number(r.overall)}};
  j["overall"].update(overall);
  j["sections"] = nlohmann::ordered_json::array();
  for (const auto& s : r.sections) {
    nlohmann::ordered_json section;
    section["id"] = s.id;
    section["title"] = s.title;
    section["status"] = score::name(s.status);
    section["percent"] = json_number(s.percent);
    section["answered"] = s.answered;
    section["items"] = s.items;
    auto stats = json_stats(s.stats);
    stats.erase("mean");
    section.update(stats);
    section["alpha"] = json_number(s.alpha);
    section["alpha_n"] = s.alpha_n;
    section["zero_variance_items"] = s.zero_variance_items;
    section["item_means"] = nlohmann::ordered_json::array();
    for (const auto& item : s.item_results)
      section["item_means"].push_back({{"id", item.id}, {"answered", item.answered}, {"mean", json_number(item.mean)}});
    j["sections"].push_back(std::move(section));
  }
  j["improve"] = nlohmann::ordered_json::array();
  for (auto i : r.improve) j["improve"].push_back(r.sections[i].id);
  j["band"] = r.band ? nlohmann::ordered_json{{"from", r.band->from}, {"to", r.band->to}, {"label", r.band->label},
                                              {"advice", r.band->advice}}
                     : nlohmann::ordered_json(nullptr);
  j["warnings"] = r.warnings;
  j["warning_count"] = r.warning_count;
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string score_markdown(const Report& r, const ScoreStyle&) {
  std::string out = "# " + markdown_cell(heading(r)) + "\n\n";
  out += fmt::format("{} respondent{} \u00b7 method {}\n\n", r.respondents, r.respondents == 1 ? "" : "s",
                     markdown_cell(method_description(r.method)));
  const bool many = r.respondents > 1;
  out += many ? "| Section | Answered | Percent | Min | Max | SD |\n|---|---:|---:|---:|---:|---:|\n"
              : "| Section | Answered | Percent |\n|---|---:|---:|\n";
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
  out += fmt::format("| **Overall** | | **{}** |{}\n", percent(r.overall), many ? " | | |" : "");
  if (!r.improve.empty()) {
    out += "\n## Areas to improve\n\n";
    for (std::size_t rank = 0; rank < r.improve.size(); ++rank) {
      const auto& s = r.sections[r.improve[rank]];
      out += fmt::format("{}. **{}** \u2014 {}\n", rank + 1, markdown_cell(s.title), percent(s.percent));
      for (const auto& item : s.item_results)
        out += fmt::format("   - {} \u2014 {}\n", item.mean ? fmt::format("{:.1f}", *item.mean) : "n/a",
                           markdown_cell(item.text));
    }
  }
  if (r.band) out += fmt::format("\n**{}**: {}\n", markdown_cell(r.band->label), markdown_cell(r.band->advice));
  return out;
}

std::string score_csv(const Report& r, const ScoreStyle&) {
  std::string out = "section,title,status,percent,answered,items,n,min,max,sd\r\n";
  const auto row = [&](std::string_view id, std::string_view title, std::string_view status,
                       const std::optional<double>& value, std::string answered, std::string items,
                       const score::Stats& st) {
    out += fmt::format("{},{},{},{},{},{},{},{},{},{}\r\n", csv_cell(id), csv_cell(title), status,
                       optional_number(value), answered, items, st.n, st.n ? number(st.min) : "",
                       st.n ? number(st.max) : "", optional_number(st.sd));
  };
  for (const auto& s : r.sections)
    row(s.id, s.title, score::name(s.status), s.percent, std::to_string(s.answered), std::to_string(s.items),
        s.stats);
  row("overall", "Overall", r.overall ? "scored" : "not-applicable", r.overall, "", "", r.overall_stats);
  return out;
}

}  // namespace cxkit::report
