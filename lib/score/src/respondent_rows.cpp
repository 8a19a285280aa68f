#include "respondent_rows.hpp"

#include <cxkit/base/error.hpp>
#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace cxkit::score {

using base::csv_cell;

namespace {

bool ends_with(const std::string& s, std::string_view suffix) { return s.ends_with(suffix); }

bool csv_path(const std::string& path) {
  if (ends_with(path, ".csv")) return true;
  if (ends_with(path, ".ndjson") || ends_with(path, ".jsonl")) return false;
  throw Error({path}, base::trfe("{} needs a file ending in .csv or .ndjson (or .jsonl): the extension chooses the "
                                 "format",
                                 hint(Hint::PerRespondent)));
}

std::string json_string(std::string_view s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

RespondentRows::RespondentRows(const std::string& path, const Questionnaire& q, bool grouped, bool roles)
    : q_(q), csv_(csv_path(path)), grouped_(grouped), roles_(roles), file_(path) {
  if (!csv_) return;
  std::string header = grouped ? "id,group" : "id";
  if (roles) header += ",role";
  for (const auto& section : q.sections) header += "," + csv_cell(section.id);
  file_.write(header + ",overall\r\n");
}

void RespondentRows::format(const RespondentScore& score, std::string_view group, std::string& out,
                            const std::string& role) const {
  const auto number = [](const std::optional<double>& v) { return v ? fmt::format("{}", *v) : std::string(); };
  if (csv_) {
    out += csv_cell(score.id);
    if (grouped_) out += "," + csv_cell(group);
    if (roles_) out += "," + csv_cell(role);
    for (const auto& percent : score.percent) out += "," + number(percent);
    out += "," + number(score.overall) + "\r\n";
  } else {
    out += "{\"id\":" + json_string(score.id);
    if (grouped_) out += ",\"group\":" + json_string(group);
    if (roles_) out += ",\"role\":" + (role.empty() ? std::string("null") : json_string(role));
    out += ",\"sections\":{";
    for (std::size_t s = 0; s < q_.sections.size(); ++s) {
      if (s) out += ',';
      out += json_string(q_.sections[s].id) + ":" + (score.percent[s] ? number(score.percent[s]) : "null");
    }
    out += "},\"overall\":" + (score.overall ? number(score.overall) : "null") + "}\n";
  }
}

}  // namespace cxkit::score
