// The format tables, and the two formats that are pure structure: JSON and
// Markdown task lists; --list. Text and HTML have files of their own.
#include <cxkit/checklist/report.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/suggest.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace cxkit::checklist {

using base::markdown_cell;
using base::terminal;
using base::tr;
using base::trf;

namespace {

using Json = nlohmann::ordered_json;

Json optional_text(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

// A Markdown hard line break, then a continuation line of the list item.
constexpr std::string_view kBreak = "\\\n  ";

// Markdown inline text: markdown_cell(), and an & that would start an
// entity reference ("&amp;") escaped so that it shows as written.
std::string md(std::string_view text) {
  const std::string cell = markdown_cell(text);
  std::string out;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    const bool entity = cell[i] == '&' && i + 1 < cell.size() &&
                        (std::isalnum(static_cast<unsigned char>(cell[i + 1])) || cell[i + 1] == '#');
    if (entity) out += '\\';
    out += cell[i];
  }
  return out;
}

// Markdown text at the start of a line or of a list item, where "#", "-",
// "+", ">", "~~~", "=" or "1." would start a block instead of text.
std::string md_line(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  std::string out = md(text);
  if (!out.empty() && std::string_view("#-+>~=").find(out.front()) != std::string_view::npos)
    return "\\" + out;
  const std::size_t digits = out.find_first_not_of("0123456789");
  if (digits > 0 && digits != std::string::npos && (out[digits] == '.' || out[digits] == ')'))
    out.insert(digits, "\\");
  return out;
}

std::string markdown_note(const std::string& note) {
  return note.empty() ? "" : fmt::format("{}*{}*", kBreak, md(note));
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

const std::vector<ChecklistFormat>& checklist_formats() {
  static const std::vector<ChecklistFormat> formats = {{"text", checklist_text, base::Media::Text},
                                                       {"markdown", checklist_markdown, base::Media::Markdown},
                                                       {"html", checklist_html, base::Media::Html},
                                                       {"json", checklist_json, base::Media::Json}};
  return formats;
}

std::string_view mode_help(Checklist::Mode mode) {
  return mode == Checklist::Mode::DoConfirm
             ? tr("Do-confirm: do the steps from memory, then stop and confirm each item, ticking its box.")
             : tr("Read-do: read each item, then do it and tick its box.");
}

std::string stage_heading(const SheetStage& stage) {
  return stage.customer_type ? trf("Customer type: {}", stage.stage.title)
                             : fmt::format("{}. {}", stage.number, stage.stage.title);
}

std::string checklist_json(const Sheet& sheet, const ChecklistStyle&) {
  Json j;
  j["id"] = sheet.id;
  j["title"] = sheet.title;
  j["language"] = sheet.language;
  j["mode"] = name(sheet.mode);
  j["revision"] = optional_text(sheet.revision);
  j["rules"] = Json::array();
  for (const auto& rule : sheet.rules)
    j["rules"].push_back({{"id", rule.id}, {"text", rule.text}, {"note", optional_text(rule.note)}});
  j["stages"] = Json::array();
  for (const auto& s : sheet.stages) {
    Json stage;
    stage["id"] = s.stage.id;
    stage["number"] = s.customer_type ? Json(nullptr) : Json(s.number);
    stage["title"] = s.stage.title;
    stage["customer_type"] = s.customer_type;
    stage["write_in"] = s.stage.write_in;
    stage["note"] = optional_text(s.stage.note);
    stage["items"] = Json::array();
    for (const auto& item : s.stage.items)
      stage["items"].push_back(
          {{"id", item.id}, {"text", item.text}, {"critical", item.critical}, {"note", optional_text(item.note)}});
    j["stages"].push_back(std::move(stage));
  }
  j["source"] = optional_text(sheet.source);
  j["note"] = optional_text(sheet.note);
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string checklist_markdown(const Sheet& sheet, const ChecklistStyle&) {
  std::string out = "# " + md(sheet.title) + "\n\n";
  out += sheet.revision.empty() ? md_line(sheet.id)
                                : trf("{} \u00b7 revision {}", md_line(sheet.id), md(sheet.revision));
  out += "\n\n" + md_line(mode_help(sheet.mode)) + "\n";
  const std::string critical = fmt::format("**{}**", md(tr("(critical)")));
  if (sheet.has_critical()) out += "\n" + trf("{} marks an item never to skip.", critical) + "\n";

  if (!sheet.rules.empty()) {
    out += fmt::format("\n## {}\n\n", tr("Rules"));
    for (const auto& rule : sheet.rules) out += "- " + md_line(rule.text) + markdown_note(rule.note) + "\n";
  }
  for (const auto& s : sheet.stages) {
    out += "\n## " + md(stage_heading(s)) + "\n\n";
    if (!s.stage.note.empty()) out += "*" + md(s.stage.note) + "*\n\n";
    for (const auto& item : s.stage.items) {
      out += "- [ ] " + md_line(item.text);
      if (item.critical) out += " " + critical;
      out += markdown_note(item.note);
      if (s.stage.write_in) out += fmt::format("{}{}", kBreak, repeat("\\_", 30));
      out += "\n";
    }
  }
  if (!sheet.source.empty() || !sheet.note.empty()) {
    out += fmt::format("\n## {}\n\n", tr("About this checklist"));
    if (!sheet.source.empty()) out += trf("Source: {}", md(sheet.source)) + "\n\n";
    if (!sheet.note.empty()) out += md_line(sheet.note) + "\n";
  }
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

std::string checklist_list(const Catalogue& catalogue, std::size_t width, const ListUsage& usage) {
  std::size_t id_width = 0;
  for (const auto& entry : catalogue.checklists) id_width = std::max(id_width, base::display_width(entry.id));
  for (const auto& entry : catalogue.customer_types) id_width = std::max(id_width, base::display_width(entry.id));
  const std::size_t indent = 2 + id_width + 2;
  const std::size_t room = width > indent + 20 ? width - indent : 20;
  const auto row = [&](const std::string& id, const std::string& words) {
    std::string out;
    const auto lines = base::wrap(terminal(words), room);
    for (std::size_t i = 0; i < lines.size(); ++i)
      out += (i == 0 ? "  " + base::pad_right(terminal(id), id_width) + "  " : std::string(indent, ' ')) +
             lines[i] + "\n";
    return out;
  };

  std::string out = usage.checklists.empty() ? std::string(tr("Built-in checklists:"))
                                             : trf("Built-in checklists ({}):", usage.checklists);
  out += "\n";
  for (const auto& entry : catalogue.checklists) {
    out += row(entry.id, entry.title);
    out += row("", trf("stages: {}", base::join(entry.stages, ", ")));
  }
  out += "\n";
  out += usage.customer_types.empty() ? std::string(tr("Customer types:"))
                                      : trf("Customer types ({}):", usage.customer_types);
  out += "\n";
  for (const auto& entry : catalogue.customer_types) out += row(entry.id, entry.title);
  return out;
}

}  // namespace cxkit::checklist
