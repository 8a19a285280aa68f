// The checklist on a terminal: boxes to tick, numbered stages, the rules on
// top, wrapped to the terminal's width by display columns (accented and CJK
// text included). Every value passes through terminal() first, so no
// escape sequence from a file reaches the terminal.
#include <cxkit/checklist/report.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace cxkit::checklist {

using base::terminal;
using base::tr;

namespace {

// Columns of the layout: a stage's note and its boxes start after "1. ",
// an item's text after " ! [ ] ", an item's note two further in.
constexpr std::size_t kStageIndent = 3;
constexpr std::size_t kItemIndent = 7;
constexpr std::size_t kNoteIndent = 9;
// The narrowest column of text the layout keeps, however narrow the terminal.
constexpr std::size_t kMinColumn = 12;

class Writer {
 public:
  explicit Writer(std::size_t width) : width_(width) {}

  // `first` starts the first line, `indent` the others; the text wraps in
  // the room left.
  void paragraph(std::string_view first, std::size_t indent, std::string_view words) {
    const std::size_t room = std::max(kMinColumn, width_ > indent ? width_ - indent : 0);
    const auto lines = base::wrap(terminal(words), room);
    for (std::size_t i = 0; i < lines.size(); ++i)
      out_ += (i == 0 ? base::pad_right(first, indent) : std::string(indent, ' ')) + lines[i] + "\n";
  }

  void line(std::string_view text = {}) { out_ += std::string(text) + "\n"; }

  // A line to write on, from `indent` to the right edge.
  void rule(std::size_t indent) {
    const std::size_t length = std::max(kMinColumn, width_ > indent ? width_ - indent : 0);
    out_ += std::string(indent, ' ') + std::string(length, '_') + "\n";
  }

  std::string take() { return std::move(out_); }

 private:
  std::size_t width_;
  std::string out_;
};

void write_stage(Writer& w, const SheetStage& s, const Sheet& sheet, const ChecklistStyle& style) {
  // The title hangs after its number, after "Customer type:", or after a
  // dash for a situation.
  const std::string prefix = s.customer_type ? std::string(tr("Customer type:"))
                             : s.number      ? fmt::format("{}.", s.number)
                                             : std::string("-");
  w.line();
  w.paragraph(prefix, std::max(kStageIndent, base::display_width(prefix) + 1), s.stage.title);
  if (!s.stage.note.empty()) w.paragraph("", kStageIndent, s.stage.note);
  if (style.notes && !s.stage.source_note.empty())
    w.paragraph("", kStageIndent, base::trf("Source note: {}", s.stage.source_note));
  const bool reference = sheet.mode == Checklist::Mode::Reference;
  for (const auto& item : s.stage.items) {
    w.paragraph(reference ? "   \u2022" : item.critical ? " ! [ ]" : "   [ ]", reference ? kStageIndent + 2 : kItemIndent,
                item.text);
    const std::size_t note_indent = reference ? kStageIndent + 4 : kNoteIndent;
    if (!item.note.empty()) w.paragraph("", note_indent, item.note);
    if (style.notes && !item.source_note.empty())
      w.paragraph("", note_indent, base::trf("Source note: {}", item.source_note));
    for (std::size_t line = 0; line < s.stage.write_in; ++line) w.rule(kItemIndent);
  }
}

}  // namespace

std::string checklist_text(const Sheet& sheet, const ChecklistStyle& style) {
  Writer w(style.width);
  w.paragraph("", 0, sheet.title);
  w.paragraph("", 0, sheet.revision.empty() ? sheet.id : base::trf("{} \u00b7 revision {}", sheet.id, sheet.revision));
  w.paragraph("", 0, mode_help(sheet.mode));
  if (sheet.has_critical()) w.paragraph("", 0, tr("! marks a critical item: never skip it."));

  if (!sheet.rules.empty()) {
    w.line();
    w.line(tr("Rules"));
    for (const auto& rule : sheet.rules) {
      w.paragraph("   \u2022", kStageIndent + 2, rule.text);
      if (!rule.note.empty()) w.paragraph("", kStageIndent + 4, rule.note);
      if (style.notes && !rule.source_note.empty())
        w.paragraph("", kStageIndent + 4, base::trf("Source note: {}", rule.source_note));
    }
  }
  bool situations = false;
  for (const auto& s : sheet.stages) {
    if (s.stage.situation && !situations) {
      situations = true;
      w.line();
      w.line(tr("Situations"));
    }
    write_stage(w, s, sheet, style);
  }
  if (style.sign_off) {
    w.line();
    w.line(tr("Sign-off"));
    for (const auto& field : sign_off_fields()) {
      w.line();
      w.paragraph("", kStageIndent, field + ":");
      w.rule(kStageIndent);
    }
  }
  const bool notes = style.notes && (!sheet.source.empty() || !sheet.source_note.empty());
  if (notes || !sheet.note.empty()) {
    w.line();
    w.line(tr("About this checklist"));
    if (style.notes && !sheet.source.empty()) w.paragraph("", kStageIndent, base::trf("Source: {}", sheet.source));
    if (!sheet.note.empty()) w.paragraph("", kStageIndent, sheet.note);
    if (style.notes && !sheet.source_note.empty())
      w.paragraph("", kStageIndent, base::trf("Source note: {}", sheet.source_note));
  }
  return w.take() + base::provenance_footer(sheet.provenance, base::Media::Text);
}

}  // namespace cxkit::checklist
