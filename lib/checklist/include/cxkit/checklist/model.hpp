#pragma once
// A checklist (kind: checklist): rules that hold for the whole task, then
// stages of items to tick, in order, and situations that may arise; or a
// reference card of the same shape, to read. Written by people (configs/, a
// manager's file), printed by cx-checklist. Every part has a `note` for
// the staff who use it and a `source_note` for its reviewers (what a source
// says literally, what was garbled or read otherwise): staff sheets leave
// source notes out unless asked (--notes); JSON always has them.
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
  std::string source_note = {};
};

// One thing to do or confirm, with a box to tick.
struct ChecklistItem {
  // Unique within its stage.
  std::string id;
  std::string text;
  // Never to be skipped: marked in every format.
  bool critical = false;
  // Why it is critical: the source that makes it so ("seed 001: ..."). A
  // built-in marks an item critical only with a ground.
  std::string ground;
  // Optional explanation or example phrase printed under the item.
  std::string note;
  std::string source_note = {};
};

struct ChecklistStage {
  // Unique within the checklist; what --stage selects.
  std::string id;
  // Without a number: the stage's position numbers it when printed.
  std::string title;
  // Optional text printed under the title.
  std::string note;
  std::string source_note = {};
  // Not a step of the task but a situation that may arise (escalation, a
  // closed window): printed after the stages, unnumbered.
  bool situation = false;
  // Lines to write on under each item ("what we can do"); 0: none.
  std::size_t write_in = 0;
  std::vector<ChecklistItem> items;
};

struct Checklist {
  // do-confirm: do the work from memory, then stop and confirm each item.
  // read-do: read each item, then do it.
  // reference: a card to read, nothing to tick.
  enum class Mode { DoConfirm, ReadDo, Reference };

  std::string id;
  std::string title;
  std::string language = "en";
  Mode mode = Mode::DoConfirm;
  // The author's revision label ("2026-11"), printed on paper; may be empty.
  std::string revision;
  // Where the content comes from.
  std::string source;
  // The author's note to the staff who use it.
  std::string note;
  // For reviewers: what the source says literally, lost or garbled.
  std::string source_note;
  // What of the source cannot ship because the source lost it (a heading
  // without its text, pages not in the source): --list says it.
  std::string lost;
  std::vector<ChecklistRule> rules;
  std::vector<ChecklistStage> stages;
  // The file it was read from, as named ("configs/en/checklist/x.yaml" for
  // a built-in), and the SHA-256 of its bytes, for the report's provenance.
  std::string file = {};
  std::string sha256 = {};
};

// "do-confirm", "read-do" or "reference", as written in the file.
inline std::string_view name(Checklist::Mode mode) {
  switch (mode) {
    case Checklist::Mode::DoConfirm: return "do-confirm";
    case Checklist::Mode::ReadDo: return "read-do";
    case Checklist::Mode::Reference: return "reference";
  }
  return "?";
}

}  // namespace cxkit::checklist
