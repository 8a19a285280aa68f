#include <cxkit/base/i18n.hpp>
#include <cxkit/checklist/checklist.hpp>

#include <cxkit/base/builtins.hpp>
#include <cxkit/base/error.hpp>
#include <cxkit/base/suggest.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace cxkit::checklist {


namespace {

std::vector<std::string> stage_ids(const Checklist& checklist) {
  std::vector<std::string> ids;
  for (const auto& stage : checklist.stages) ids.push_back(stage.id);
  return ids;
}

bool contains(const std::vector<std::string>& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

Sheet header(const Checklist& c) {
  Sheet sheet;
  sheet.id = c.id;
  sheet.title = c.title;
  sheet.language = c.language;
  sheet.mode = c.mode;
  sheet.revision = c.revision;
  sheet.source = c.source;
  sheet.note = c.note;
  sheet.source_note = c.source_note;
  sheet.rules = c.rules;
  return sheet;
}

bool printed(const Sheet& sheet, std::string_view id) {
  return std::any_of(sheet.stages.begin(), sheet.stages.end(),
                     [&](const SheetStage& s) { return s.stage.id == id; });
}

}  // namespace

bool Sheet::has_critical() const {
  for (const auto& s : stages)
    for (const auto& item : s.stage.items)
      if (item.critical) return true;
  return false;
}

Sheet make_sheet(const Checklist& checklist) { return make_sheet(checklist, {}, {}); }

Sheet make_sheet(const Checklist& checklist, const Selection& selection,
                 const Checklist& customer_types) {
  // Every id asked for must exist: a misspelt stage must not print a
  // silently shorter checklist.
  const std::vector<std::string> own = stage_ids(checklist);
  for (const auto& id : selection.stages)
    if (!contains(own, id))
      throw Error(base::trfe("{}: the checklist '{}' has no stage '{}'{}; its stages are: {}", hint(Hint::Stage),
                             checklist.id, id, base::did_you_mean(id, own), base::join(own)));
  const std::vector<std::string> types = stage_ids(customer_types);
  for (const auto& id : selection.customers)
    if (!contains(types, id))
      throw Error(base::trfe("{}: there is no customer type '{}'{}; the customer types are: {}",
                             hint(Hint::Customer), id, base::did_you_mean(id, types), base::join(types)));

  Sheet sheet = header(checklist);
  // The stages numbered in order, the situations after them unnumbered.
  for (const bool situations : {false, true}) {
    std::size_t number = 0;
    for (const auto& stage : checklist.stages) {
      if (stage.situation != situations) continue;
      ++number;
      if (selection.stages.empty() || contains(selection.stages, stage.id))
        sheet.stages.push_back({situations ? 0 : number, false, stage});
    }
  }

  const bool is_types = checklist.id == customer_types.id;
  for (const auto& id : selection.customers) {
    const auto at = static_cast<std::size_t>(std::find(types.begin(), types.end(), id) - types.begin());
    // On customer-types itself a type is one of its own stages, with its number.
    SheetStage appended = is_types ? SheetStage{customer_types.stages[at].situation ? 0 : at + 1, false,
                                                customer_types.stages[at]}
                                   : SheetStage{0, true, customer_types.stages[at]};
    if (!is_types && contains(own, id)) appended.stage.id = "customer-" + id;
    if (printed(sheet, appended.stage.id)) continue;  // printed already, or given twice
    sheet.stages.push_back(std::move(appended));
  }
  const bool tips =
      std::any_of(sheet.stages.begin(), sheet.stages.end(), [](const auto& s) { return s.customer_type; });
  if (tips && !customer_types.source.empty())
    sheet.source += (sheet.source.empty() ? "customer types: " : "; customer types: ") + customer_types.source;
  return sheet;
}

Catalogue catalogue(const std::vector<Checklist>& builtins) {
  Catalogue out;
  for (const auto& c : builtins) {
    out.checklists.push_back({c.id, c.title, stage_ids(c), c.mode, c.source, c.lost,
                              base::builtin_languages("checklist", c.id)});
    if (c.id != kCustomerTypes) continue;
    for (const auto& stage : c.stages) out.customer_types.push_back({stage.id, stage.title, {}, c.mode, {}, {}, {}});
  }
  return out;
}

}  // namespace cxkit::checklist
