// The format tables, and the two formats that are pure structure: JSON and
// Markdown task lists; --list. Text and HTML have files of their own.
#include <cxkit/checklist/report.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/suggest.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>
#include <cxkit/base/provenance_json.hpp>
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
  switch (mode) {
    case Checklist::Mode::DoConfirm:
      return tr("Do-confirm: do the steps from memory, then stop and confirm each item, ticking its box.");
    case Checklist::Mode::ReadDo: return tr("Read-do: read each item, then do it and tick its box.");
    case Checklist::Mode::Reference: return tr("Reference card: read it, keep it at hand; there is nothing to tick.");
  }
  return "";
}

std::string stage_heading(const SheetStage& stage) {
  if (stage.customer_type) return trf("Customer type: {}", stage.stage.title);
  return stage.number ? fmt::format("{}. {}", stage.number, stage.stage.title) : stage.stage.title;
}

std::vector<std::string> sign_off_fields() {
  return {std::string(tr("Name")), std::string(tr("Shift")), std::string(tr("Date")), std::string(tr("Signature"))};
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
    j["rules"].push_back({{"id", rule.id},
                          {"text", rule.text},
                          {"note", optional_text(rule.note)},
                          {"source_note", optional_text(rule.source_note)}});
  j["stages"] = Json::array();
  for (const auto& s : sheet.stages) {
    Json stage;
    stage["id"] = s.stage.id;
    stage["number"] = s.number ? Json(s.number) : Json(nullptr);
    stage["title"] = s.stage.title;
    stage["customer_type"] = s.customer_type;
    stage["situation"] = s.stage.situation;
    stage["write_in"] = s.stage.write_in;
    stage["note"] = optional_text(s.stage.note);
    stage["source_note"] = optional_text(s.stage.source_note);
    stage["items"] = Json::array();
    for (const auto& item : s.stage.items)
      stage["items"].push_back({{"id", item.id},
                                {"text", item.text},
                                {"critical", item.critical},
                                {"ground", optional_text(item.ground)},
                                {"note", optional_text(item.note)},
                                {"source_note", optional_text(item.source_note)}});
    j["stages"].push_back(std::move(stage));
  }
  j["source"] = optional_text(sheet.source);
  j["note"] = optional_text(sheet.note);
  j["source_note"] = optional_text(sheet.source_note);
  j["provenance"] = sheet.provenance.program.empty() ? Json(nullptr) : Json(base::provenance_json(sheet.provenance));
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string checklist_markdown(const Sheet& sheet, const ChecklistStyle& style) {
  std::string out = "# " + md(sheet.title) + "\n\n";
  out += sheet.revision.empty() ? md_line(sheet.id)
                                : trf("{} \u00b7 revision {}", md_line(sheet.id), md(sheet.revision));
  out += "\n\n" + md_line(mode_help(sheet.mode)) + "\n";
  const std::string critical = fmt::format("**{}**", md(tr("(critical)")));
  if (sheet.has_critical()) out += "\n" + trf("{} marks an item never to skip.", critical) + "\n";

  // A source note only for reviewers (--notes).
  const auto source_note = [&](const std::string& note) {
    return style.notes && !note.empty() ? markdown_note(trf("Source note: {}", note)) : std::string();
  };
  const bool reference = sheet.mode == Checklist::Mode::Reference;
  if (!sheet.rules.empty()) {
    out += fmt::format("\n## {}\n\n", tr("Rules"));
    for (const auto& rule : sheet.rules)
      out += "- " + md_line(rule.text) + markdown_note(rule.note) + source_note(rule.source_note) + "\n";
  }
  bool situations = false;
  for (const auto& s : sheet.stages) {
    if (s.stage.situation && !situations) {
      situations = true;
      out += fmt::format("\n## {}\n", md(tr("Situations")));
    }
    out += (s.stage.situation ? "\n### " : "\n## ") + md(stage_heading(s)) + "\n\n";
    if (!s.stage.note.empty()) out += "*" + md(s.stage.note) + "*\n\n";
    if (style.notes && !s.stage.source_note.empty())
      out += "*" + md(trf("Source note: {}", s.stage.source_note)) + "*\n\n";
    for (const auto& item : s.stage.items) {
      out += (reference ? "- " : "- [ ] ") + md_line(item.text);
      if (item.critical) out += " " + critical;
      out += markdown_note(item.note) + source_note(item.source_note);
      for (std::size_t line = 0; line < s.stage.write_in; ++line)
        out += fmt::format("{}{}", kBreak, repeat("\\_", 30));
      out += "\n";
    }
  }
  if (style.sign_off) {
    out += fmt::format("\n## {}\n\n", tr("Sign-off"));
    for (const auto& field : sign_off_fields()) out += fmt::format("- {}: {}\n", md(field), repeat("\\_", 24));
  }
  const bool about = (style.notes && (!sheet.source.empty() || !sheet.source_note.empty())) || !sheet.note.empty();
  if (about) {
    out += fmt::format("\n## {}\n\n", tr("About this checklist"));
    if (style.notes && !sheet.source.empty()) out += trf("Source: {}", md(sheet.source)) + "\n\n";
    if (!sheet.note.empty()) out += md_line(sheet.note) + "\n\n";
    if (style.notes && !sheet.source_note.empty()) out += md_line(trf("Source note: {}", sheet.source_note)) + "\n";
  }
  while (out.ends_with("\n\n")) out.pop_back();
  return out + base::provenance_footer(sheet.provenance, base::Media::Markdown);
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
    out += row(entry.id, entry.mode == Checklist::Mode::Reference ? trf("{} (reference card)", entry.title)
                                                                   : entry.title);
    out += row("", trf("stages: {}", base::join(entry.stages, ", ")));
    if (!entry.languages.empty()) out += row("", trf("languages: {}", base::join(entry.languages, ", ")));
    if (!entry.source.empty()) out += row("", trf("from: {}", entry.source));
    if (!entry.lost.empty()) out += row("", trf("lost in the source: {}", entry.lost));
  }
  out += "\n";
  out += usage.customer_types.empty() ? std::string(tr("Customer types:"))
                                      : trf("Customer types ({}):", usage.customer_types);
  out += "\n";
  for (const auto& entry : catalogue.customer_types) out += row(entry.id, entry.title);
  return out;
}

}  // namespace cxkit::checklist
