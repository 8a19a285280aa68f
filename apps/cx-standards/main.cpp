// cx-standards: writing service standards (seed 003) and keeping them
// honest in CI: the workbook, a starting file, and the lint.
#include <common/app.hpp>

#include <cxkit/base/builtins.hpp>
#include <cxkit/base/date.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/io.hpp>
#include <cxkit/base/page.hpp>
#include <cxkit/base/text.hpp>
#include <cxkit/standards/lint.hpp>
#include <cxkit/standards/load.hpp>
#include <cxkit/standards/report.hpp>

#include <fmt/format.h>


namespace {

using namespace cxkit;

// The words of this program that its reports hold: the library knows none.
constexpr std::string_view kProgram = "cx-standards";

struct Options {
  app::Common common;
  std::vector<std::string> files;
  // Empty: text, or github on standard output under GitHub Actions.
  std::string format;
  std::string fail_on = "error";
  bool workbook = false;
  bool init = false;
  bool force = false;
  std::string organisation;
  std::string paper = "a4";
  std::string date;
  bool list = false;
};

constexpr std::string_view kExamples =
    "  cx-standards examples/standards/harbourview-hotels.yaml\n"
    "  cx-standards -f html -o review.html standards.yaml          # for the client\n"
    "  cx-standards -f sarif -o cx-standards.sarif standards/*.yaml  # for code scanning\n"
    "  cx-standards --workbook -f html --paper letter -o workbook.html   # to print\n"
    "  cx-standards --init --organisation \"Harbourview Hotels\" -o standards.yaml\n"
    "  cx-standards --list\n";

standards::StandardsStyle style_of(const Options& o) {
  return {app::use_color(o.common), std::string(kProgram), std::string(app::kFailOnOption), o.paper,
          o.date.empty() ? app::print_date() : o.date};
}

// --list: the areas with their questions counted, and the rules.
std::string list(const standards::Workbook& w) {
  std::string out = "Areas of quality service (standards' area:)\n";
  for (const auto& a : w.areas)
    out += fmt::format("  {:<30} {:<15} {} ({} questions)\n", a.id, standards::name(a.kind), a.title,
                       a.questions.size());
  out += "\nRules (the seven marks of a good standard, and coverage)\n";
  for (const auto& r : standards::rules())
    out += fmt::format("  {:<22} {:<8} {}\n", r.id, base::name(r.severity), r.summary);
  return out;
}

int run(const Options& o) {
  const base::Limits limits{o.common.max_input_bytes};
  const standards::Workbook workbook = standards::builtin_workbook(base::chosen_language());
  if (o.list) {
    app::emit(o.common, list(workbook));
    return app::kOk;
  }
  if (o.init) {
    // A starting file never replaces one (the team's standards would be lost) unless --force.
    app::emit_new(o.common, standards::starting_file(workbook, o.organisation, kProgram), o.force);
    return app::kOk;
  }
  if (o.workbook) {
    const std::string format = o.format.empty() ? "text" : o.format;
    if (!o.files.empty()) throw Error(base::tre("--workbook prints the built-in workbook: expected no FILE with it"));
    app::emit(o.common, base::row(standards::workbook_formats(), format).write(workbook, style_of(o)));
    return app::kOk;
  }
  if (o.files.empty())
    throw Error(base::tre(
        "no standards file given: expected one or more STANDARDS files, --workbook or --init (see --help)"));
  base::check_each_once(o.files, "its standards would be linted twice");
  std::vector<standards::StandardSet> sets;
  for (const auto& file : o.files) sets.push_back(standards::load_standards(file, workbook, limits));
  standards::Options options;
  options.fail_on = app::fail_on_threshold(o.fail_on);
  standards::Result result = standards::lint(sets, workbook, options);
  result.provenance = app::provenance(kProgram);
  for (const auto& set : sets) result.provenance.inputs.push_back({set.source, set.sha256});
  result.provenance.settings = {{"fail-on", o.fail_on}};
  const std::string format = app::format_or_ci(o.common, o.format);
  app::emit(o.common, base::row(standards::lint_formats(), format).write(result, style_of(o)));
  return result.failed() ? app::kFindings : app::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App cli{"Writes and lints service standards by seed 003: the fourteen areas of quality service with their "
               "guiding questions, and the seven marks of a good standard (specific, concise, measurable, based on "
               "customer requirements, written into job descriptions, developed with staff, applied to everyone).",
               std::string(kProgram)};
  app::setup(cli, o.common, kExamples);
  cli.add_option("STANDARDS", o.files, "Standards files (kind: standards); '-' reads standard input")
      ->option_text("FILE...");
  std::vector<std::string> formats = base::names(standards::lint_formats());
  app::add_choice(cli, "-f,--format", o.format, formats,
                  "Output format (default text; github when GITHUB_ACTIONS=true); the workbook: text|markdown|html");
  app::add_fail_on(cli, o.fail_on, "Exit 1 when a finding is at or above this severity (default error)");
  auto* workbook = cli.add_flag("--workbook", o.workbook,
                                "Print the workbook: each area's guiding questions with lines to write on, the seven "
                                "criteria, the six key processes");
  auto* init = cli.add_flag("--init", o.init,
                            "Write a starting standards file: every area with its questions as comments");
  cli.add_flag("--force", o.force, "With --init and -o: replace an existing file")->needs(init);
  cli.add_option("--organisation", o.organisation, "With --init: the organisation the standards are for")
      ->option_text("NAME")
      ->needs(init);
  app::add_paper(cli, o.paper, "Paper size of the HTML's print layout (default a4)");
  cli.add_option("--date", o.date, "Date printed on the HTML (default today)")
      ->check(app::date_check())
      ->option_text("YYYY-MM-DD");
  auto* list = cli.add_flag("--list", o.list, "List the areas of quality service and the rules");
  workbook->excludes(init)->excludes(list);
  init->excludes(list);
  return app::run(cli, argc, argv, [&] {
    if (o.workbook && !o.format.empty() && o.format != "text" && o.format != "markdown" && o.format != "html")
      throw Error(base::trfe("--workbook is printed as text, markdown or html: expected one of those, not '{}'",
                             base::shown(o.format)));
    return run(o);
  });
}
