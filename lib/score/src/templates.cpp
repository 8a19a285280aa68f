// Files to fill in, as YAML with comments: a responses file with every item
// of a questionnaire, and a mapping proposed from a survey export.
#include <cxkit/score/forms.hpp>

#include "form_words.hpp"

#include <cxkit/base/i18n.hpp>
#include <cxkit/base/suggest.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace cxkit::score {

using base::tr;
using base::trf;

namespace {

constexpr std::size_t kWidth = 76;

// `text` as YAML comment lines under `indent`.
std::string comment(std::string_view text, std::string_view indent) {
  std::string flat(text);
  for (auto& c : flat)
    if (c == '\n' || c == '\r') c = ' ';
  std::string out;
  for (const auto& line : base::wrap(flat, kWidth - indent.size() - 2)) out += std::string(indent) + "# " + line + "\n";
  return out;
}

// A JSON string is a YAML double-quoted scalar: any text is safe.
std::string yaml_string(std::string_view text) {
  return nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string head(std::string_view kind, std::string_view reference) {
  return fmt::format("kind: {}\nversion: 1\nquestionnaire: {}   # {}\n", kind, yaml_string(reference),
                     tr("a built-in id, or a path relative to this file"));
}

std::string section_comment(const Section& section, std::size_t n, std::string_view indent) {
  std::string out = (n > 1 ? "\n" : "") + comment(fmt::format("{}. {}", n, section.title), indent);
  if (const auto line = optional_line(section); !line.empty()) out += comment(line, indent);
  return out;
}

}  // namespace

std::string responses_template(const Questionnaire& q, std::string_view reference) {
  std::string out = comment(trf("Answers to \"{}\" for one respondent. Write each answer after its item id: {}. "
                                "Leave a whole optional section empty when it does not apply.",
                                q.title, base::join(scale_points(q.scale), ", ")),
                            "");
  out += head("responses", reference);
  out += "# client: \"\"        # " + std::string(tr("optional: whose answers these are")) + "\n";
  out += "# date: YYYY-MM-DD   # " + std::string(tr("optional")) + "\n";
  out += "respondents:\n  - id: respondent-1\n    # role: \"\"      # " + std::string(tr("optional")) +
         "\n    answers:\n";
  for (std::size_t n = 0; n < q.sections.size(); ++n) {
    out += section_comment(q.sections[n], n + 1, "      ");
    for (const auto& item : q.sections[n].items)
      out += comment(with_marks(q.scale, item), "      ") + "      " + item.id + ":\n";
  }
  return out;
}

namespace {

// Below this a match is shown as one to check.
constexpr double kSureMatch = 0.4;

std::string column_line(const ProposedColumn& c) {
  const std::string selector =
      c.header.empty() ? fmt::format("{{index: {}}}", *c.column + 1) : fmt::format("{{header: {}}}", yaml_string(c.header));
  std::string how;
  if (c.by_position)
    how = trf("column {}, by its place in the grid (its header is a code)", *c.column + 1);
  else if (c.score < kSureMatch)
    how = trf("column {}, match {:.2f}: a weak match, check it", *c.column + 1, c.score);
  else
    how = trf("column {}, match {:.2f}", *c.column + 1, c.score);
  return fmt::format("  {}: {}   # {}\n", c.item, selector, how);
}

}  // namespace

std::string mapping_template(const Questionnaire& q, std::string_view reference, const MappingProposal& p) {
  std::size_t unmatched = 0;
  for (const auto& c : p.items) unmatched += !c.column;
  std::string out = comment(trf("A mapping of {} onto \"{}\", proposed from its header rows: each item's column is "
                                "the one whose header best matches the item's text (the match, 0 to 1, is beside "
                                "it). Check each one.",
                                p.source, q.title),
                            "");
  if (unmatched)
    out += comment(trf("{} of {} items matched no header: name their columns (header:, regex: or index:) and "
                       "uncomment them.",
                       unmatched, p.items.size()),
                   "");
  out += head("mapping", reference);
  out += "# tool: \"\"          # " + std::string(tr("optional, free text")) + "\n";
  out += "# client: \"\"        # " + std::string(tr("optional: whose survey, for the report")) + "\n";
  if (p.header_rows != 1)
    out += fmt::format("header_rows: {}       # {}\n", p.header_rows, tr("rows before the first response"));
  out += "# id: {header: \"\"}   # " + std::string(tr("optional: the respondent id column")) + "\n";
  out += "# group: {header: \"\"}   # " + std::string(tr("optional: the column to group by")) + "\n";
  out += "items:\n";
  std::size_t at = 0;
  for (std::size_t n = 0; n < q.sections.size(); ++n) {
    out += section_comment(q.sections[n], n + 1, "  ");
    for (const auto& item : q.sections[n].items) {
      const ProposedColumn& c = p.items.at(at++);
      out += comment(item.text, "  ");
      out += c.column ? column_line(c)
                      : fmt::format("  # {}: {{header: \"\"}}   # {}\n", item.id, tr("no header matches: name its column"));
    }
  }
  if (!p.values.empty()) {
    out += "\n" + comment(tr("The answers are codes: read in their order as the scale, the one after it as not "
                             "applicable. Check them against the survey's answer options."),
                          "");
    out += "values:\n";
    for (const auto& v : p.values)
      out += fmt::format("  {}: {}\n", yaml_string(v.text),
                         v.answer.state == Answer::State::Value ? std::to_string(v.answer.value) : "n/a");
  }
  if (!p.unknown_answers.empty()) {
    std::vector<std::string> shown;
    for (const auto& a : p.unknown_answers) shown.push_back("'" + base::shown(a, 30) + "'");
    out += "\n" + comment(trf("Answers in these columns that are not on the scale: {}. List each under values: "
                              "with the point it means (or n/a).",
                              base::join(shown)),
                          "");
    out += "# values:\n#   " + yaml_string(p.unknown_answers.front()) + ": " + std::to_string(q.scale.min) + "\n";
  }
  return out;
}

}  // namespace cxkit::score
