#pragma once
// A checklist (kind: checklist): rules that hold for the whole task, then
// stages of items to tick, in order. Written by people (configs/, a
// manager's file), printed by cx-checklist.
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::checklist {

// A rule that holds throughout ("answer no later than the third ring"):
// printed on top, not ticked.
struct ChecklistRule {
  std::string id;
  std::string text;
  // Optional explanation printed under the rule.
  std::string note;
};

// One thing to do or confirm, with a box to tick.
struct ChecklistItem {
  // Unique within its stage.
  std::string id;
  std::string text;
  // Never to be skipped: marked in every format.
  bool critical = false;
  // Optional explanation or example phrase printed under the item.
  std::string note;
};

struct ChecklistStage {
  // Unique within the checklist; what --stage selects.
  std::string id;
  // Without a number: the stage's position numbers it when printed.
  std::string title;
  // Optional text printed under the title.
  std::string note;
  // Each item gets a line to write on ("what we can do").
  bool write_in = false;
  std::vector<ChecklistItem> items;
};

struct Checklist {
  // do-confirm: do the work from memory, then stop and confirm each item.
  // read-do: read each item, then do it.
  enum class Mode { DoConfirm, ReadDo };

  std::string id;
  std::string title;
  std::string language = "en";
  Mode mode = Mode::DoConfirm;
  // The author's revision label ("2026-11"), printed on paper; may be empty.
  std::string revision;
  // Where the content comes from.
  std::string source;
  // The author's note to the reader: how to use it, what a source lost.
  std::string note;
  std::vector<ChecklistRule> rules;
  std::vector<ChecklistStage> stages;
};

// "do-confirm" or "read-do", as written in the file.
inline std::string_view name(Checklist::Mode mode) {
  return mode == Checklist::Mode::DoConfirm ? "do-confirm" : "read-do";
}

}  // namespace cxkit::checklist
