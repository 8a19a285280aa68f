#pragma once
// What cx-checklist prints, before any format: the stages chosen with
// --stage, numbered by their place in the checklist, and the handling tips
// of the customer types chosen with --customer appended. Pure logic over
// models; unknown ids are errors that suggest the closest and list them all.
#include <cxkit/base/provenance.hpp>
#include <cxkit/checklist/model.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::checklist {

// The checklist printed when none is named.
inline constexpr std::string_view kDefaultChecklist = "phone-call";
// The built-in whose stages are the customer types of --customer.
inline constexpr std::string_view kCustomerTypes = "customer-types";

struct Selection {
  // Stage ids to print; empty prints every stage. Printed in the
  // checklist's order whatever order they are given in.
  std::vector<std::string> stages;
  // Customer types (stage ids of customer-types) whose tips are appended,
  // in the order given.
  std::vector<std::string> customers;
};

struct SheetStage {
  // The stage's place among its checklist's stages, from 1, so that "4.
  // Closing" keeps its number when printed alone; 0 for a situation and an
  // appended customer type.
  std::size_t number = 0;
  // True for a customer type's tips appended by --customer.
  bool customer_type = false;
  ChecklistStage stage;
};

// A checklist ready to print.
struct Sheet {
  std::string id;
  std::string title;
  std::string language;
  Checklist::Mode mode = Checklist::Mode::DoConfirm;
  std::string revision;
  std::string source;
  std::string note;
  std::string source_note;
  std::vector<ChecklistRule> rules;
  // The stages, then the situations, in the checklist's order.
  std::vector<SheetStage> stages;
  // What made it; set by the program (empty: none is printed).
  base::Provenance provenance;

  // True when some printed item is critical (the mark needs explaining).
  bool has_critical() const;
};

// `customer_types` is the customer-types checklist; it is only read when
// selection.customers is not empty. On customer-types itself, --customer
// adds stages like --stage (after them, numbered, not repeated). Elsewhere an
// appended stage whose id another stage has is renamed "customer-<id>", and
// the source of the customer types is added to the sheet's.
Sheet make_sheet(const Checklist& checklist, const Selection& selection,
                 const Checklist& customer_types);
Sheet make_sheet(const Checklist& checklist);

struct Entry {
  std::string id;
  std::string title;
  std::vector<std::string> stages;  // stage ids, in order (situations too)
  Checklist::Mode mode = Checklist::Mode::DoConfirm;
  std::string source;  // where it comes from
  std::string lost;    // what of the source could not ship
  std::vector<std::string> languages;  // it comes in (built-ins), English first
};

// What --list shows: every built-in with its stages, and the customer types.
struct Catalogue {
  std::vector<Entry> checklists;
  std::vector<Entry> customer_types;  // id and title of each type; no stages
};

Catalogue catalogue(const std::vector<Checklist>& builtins);

}  // namespace cxkit::checklist
