// cx-audit: the policy audit of seed 004 §C, from the shell and in CI.
#include <common/app.hpp>

#include <cxkit/audit/audit.hpp>
#include <cxkit/audit/load.hpp>
#include <cxkit/base/date.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/io.hpp>
#include <cxkit/audit/report.hpp>

#include <fmt/format.h>

namespace {

using namespace cxkit;

// The words of this program that its reports hold: the library knows none.
constexpr std::string_view kProgram = "cx-audit";

struct Options {
  app::Common common;
  std::vector<std::string> files;
  // Empty: text, or github on standard output under GitHub Actions.
  std::string format;
  std::string fail_on = "error";
  long long complaints_threshold = 1;
  // Empty: the local date.
  std::string today;
};

constexpr std::string_view kExamples =
    "  cx-audit examples/audit/sparkle-cleaning.yaml\n"
    "  cx-audit -f html -o audit.html examples/audit/northgate-clinic.yaml   # for the client\n"
    "  cx-audit -f sarif -o cx-audit.sarif policies/*.yaml                   # for code scanning\n"
    "  cx-audit --fail-on warning --complaints-threshold 3 policies.yaml\n"
    "  cx-audit --today 2027-04-01 policies.yaml         # are the waivers still valid then?\n"
    "  cat policies.yaml | cx-audit -f json -\n";

int run(const Options& o) {
  if (o.files.empty())
    throw Error(base::tre("no policies file given: expected one or more POLICIES files (see --help)"));
  const base::Limits limits{o.common.max_input_bytes};
  std::vector<audit::PolicySet> sets;
  base::check_each_once(o.files, "its policies would be audited twice");
  for (const auto& file : o.files) sets.push_back(audit::load_policies(file, limits));

  audit::Options options;
  options.fail_on = app::fail_on_threshold(o.fail_on);
  options.complaints_threshold = o.complaints_threshold;
  options.today = o.today.empty() ? base::today() : o.today;
  audit::Result result = audit::audit(sets, options);
  result.provenance = app::provenance(kProgram);
  std::vector<std::string> inventories;
  for (const auto& set : sets) {
    result.provenance.inputs.push_back({set.source, set.sha256});
    inventories.push_back(set.organisation.empty() ? set.source : set.organisation);
  }
  result.provenance.settings.push_back({"inventory", base::join(inventories)});
  result.provenance.settings.insert(result.provenance.settings.end(),
                                    {{"fail-on", std::string(audit::fail_on_name(options))},
                                     {"complaints-threshold", options.complaints_threshold},
                                     {"today", options.today}});

  const std::string format = app::format_or_ci(o.common, o.format);
  const audit::AuditStyle style{app::use_color(o.common), std::string(kProgram), std::string(app::kFailOnOption)};
  app::emit(o.common, base::row(audit::audit_formats(), format).write(result, style));
  return result.failed() ? app::kFindings : app::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App cli{"Audits policy inventories (kind: policies) by seed 004 \u00a7C: eliminate unnecessary unfriendly "
               "policies, soften and explain necessary unfriendly ones, keep necessary friendly ones and create "
               "more unnecessary friendly ones.",
               std::string(kProgram)};
  app::setup(cli, o.common, kExamples);
  cli.add_option("POLICIES", o.files, "Policy inventories (kind: policies); '-' reads standard input")
      ->option_text("FILE...");

  const auto formats = base::names(audit::audit_formats());
  app::add_choice(cli, "-f,--format", o.format, formats,
                  "Output format (default text; github when GITHUB_ACTIONS=true)");

  app::add_fail_on(cli, o.fail_on, "Exit 1 when an unwaived policy is at or above this severity (default error)");
  cli.add_option("--complaints-threshold", o.complaints_threshold,
                 "Warn when a policy marked friendly has at least N complaints (default 1)")
      ->check(CLI::Range(1LL, base::limits::kComplaints))
      ->option_text("N");
  cli.add_option("--today", o.today, "The day waivers are checked against (default: the local date)")
      ->check(app::date_check())
      ->option_text("YYYY-MM-DD");
  return app::run(cli, argc, argv, [&] { return run(o); });
}
