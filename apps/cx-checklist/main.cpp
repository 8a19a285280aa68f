// cx-checklist: prints a checklist for the call, on screen and on paper.
#include <common/app.hpp>

#include <cxkit/base/builtins.hpp>
#include <cxkit/base/date.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/io.hpp>
#include <cxkit/base/text.hpp>
#include <cxkit/checklist/checklist.hpp>
#include <cxkit/checklist/load.hpp>
#include <cxkit/checklist/report.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

using namespace cxkit;

struct Options {
  app::Common common;
  std::string checklist{checklist::kDefaultChecklist};
  checklist::Selection selection;
  std::string format = "text";
  std::string paper = "a4";
  std::string date;
  bool notes = false;
  bool sign_off = false;
  bool list = false;
};

constexpr std::string_view kExamples =
    "  cx-checklist                                    # the phone call, on the terminal\n"
    "  cx-checklist --list                             # built-ins, their stages, customer types\n"
    "  cx-checklist phone-call --stage greeting close  # only those stages\n"
    "  cx-checklist --customer angry talker            # plus how to handle those customers\n"
    "  cx-checklist -f html --paper letter -o call.html communication-skills   # to print\n"
    "  cx-checklist -f markdown de-escalation          # GitHub task lists\n"
    "  cx-checklist examples/checklists/returns-desk.yaml   # your own checklist\n";

// Columns of the terminal when standard output is one, else 0.
std::size_t terminal_columns(const app::Common& common) {
  winsize size{};
  if ((!common.output.empty() && common.output != "-") || !::isatty(STDOUT_FILENO) ||
      ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0)
    return 0;
  return size.ws_col;
}

// --stage and --customer take every value after them: a CHECKLIST given
// after them lands in their list. Say so rather than "no stage 'x'".
void check_order(const Options& o, const checklist::Checklist& checklist, const checklist::Checklist& types) {
  const auto names_a_checklist = [](const checklist::Checklist& c, const std::string& id) {
    const bool stage = std::any_of(c.stages.begin(), c.stages.end(), [&](const auto& s) { return s.id == id; });
    return !stage && (base::find_builtin("checklist", id) || base::looks_like_path(id));
  };
  for (const auto& [ids, of] : {std::pair{&o.selection.stages, &checklist}, std::pair{&o.selection.customers, &types}})
    for (const auto& id : *ids)
      if (names_a_checklist(*of, id))
        throw Error(base::trfe("'{}' is given as a stage or customer type, but it names a checklist: put the "
                               "CHECKLIST before --stage and --customer",
                               base::shown(id)));
}

// The words of this program for its part's hints.
const char* hint_words(Hint hint) {
  switch (hint) {
    case Hint::Stage: return "--stage";
    case Hint::Customer: return "--customer";
    default: return nullptr;
  }
}

int run(const Options& o) {
  const base::Limits limits{o.common.max_input_bytes};
  const std::size_t width = base::choose_width(std::getenv("COLUMNS"), terminal_columns(o.common));
  if (o.list) {
    // How to pick from each list, in this program's flags: the library knows none.
    const checklist::ListUsage usage{"cx-checklist ID --stage STAGE...", "cx-checklist --customer TYPE..."};
    app::emit(o.common, checklist::checklist_list(checklist::catalogue(checklist::builtin_checklists()), width, usage));
    return app::kOk;
  }
  const checklist::Checklist checklist = checklist::load_checklist(o.checklist, limits);
  const checklist::Checklist types =
      o.selection.customers.empty() ? checklist::Checklist{} : checklist::builtin_checklist(checklist::kCustomerTypes);
  check_order(o, checklist, types);
  checklist::Sheet sheet = checklist::make_sheet(checklist, o.selection, types);
  sheet.provenance = app::provenance("cx-checklist");
  sheet.provenance.inputs.push_back({checklist.file, checklist.sha256});
  if (!o.selection.customers.empty()) sheet.provenance.inputs.push_back({types.file, types.sha256});
  sheet.provenance.settings.push_back({"checklist", checklist.id});
  if (!o.selection.stages.empty()) sheet.provenance.settings.push_back({"stages", base::join(o.selection.stages)});
  if (!o.selection.customers.empty())
    sheet.provenance.settings.push_back({"customers", base::join(o.selection.customers)});
  const checklist::ChecklistStyle style{width, o.paper, o.date.empty() ? app::print_date() : o.date, o.notes,
                                        o.sign_off};
  app::emit(o.common, base::row(checklist::checklist_formats(), o.format).write(sheet, style));
  return app::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App cli{"Prints a checklist for customer calls: boxes to tick, stage by stage, on the terminal, as Markdown "
               "task lists, as printable HTML or as JSON.",
               "cx-checklist"};
  app::setup(cli, o.common, kExamples);
  auto* id = cli.add_option("CHECKLIST", o.checklist,
                            "A built-in id (see --list) or a checklist file (default phone-call)")
                  ->option_text("ID|FILE");
  auto* stage = cli.add_option("--stage", o.selection.stages, "Print only these stages (ids; see --list)")
      ->option_text("ID...")
      ->delimiter(',');
  auto* customer =
      cli.add_option("--customer", o.selection.customers, "Append the handling tips for these customer types")
          ->option_text("TYPE...")
          ->delimiter(',');
  // The shell completes the built-ins, every stage of them and the customer types.
  app::complete_ids(id, [] { return base::builtin_ids("checklist"); });
  app::complete_ids(stage, [] {
    std::vector<std::string> stages;
    for (const auto& entry : checklist::catalogue(checklist::builtin_checklists()).checklists)
      stages.insert(stages.end(), entry.stages.begin(), entry.stages.end());
    std::sort(stages.begin(), stages.end());
    stages.erase(std::unique(stages.begin(), stages.end()), stages.end());
    return stages;
  });
  app::complete_ids(customer, [] {
    std::vector<std::string> types;
    for (const auto& type : checklist::catalogue(checklist::builtin_checklists()).customer_types)
      types.push_back(type.id);
    return types;
  });
  const auto formats = base::names(checklist::checklist_formats());
  app::add_choice(cli, "-f,--format", o.format, formats, "Output format (default text)");
  app::add_paper(cli, o.paper, "Paper size of the HTML's print layout (default a4)");
  cli.add_option("--date", o.date, "Date printed on the HTML (default today)")
      ->check(app::date_check())
      ->option_text("YYYY-MM-DD");
  cli.add_flag("--notes", o.notes,
               "Print the source and the source notes too (for reviewers; staff sheets leave them out; JSON has "
               "them always)");
  cli.add_flag("--sign-off", o.sign_off, "Add lines for the name, shift, date and signature of who did the task");
  cli.add_flag("--list", o.list, "List the built-in checklists with their stages, and the customer types");
  return app::run(cli, argc, argv, [&] { return run(o); }, hint_words);
}
