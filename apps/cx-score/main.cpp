// cx-score: scores the Customer Service Quotient self-assessment.
#include <common/app.hpp>

#include <cxkit/io/file.hpp>
#include <cxkit/load/builtins.hpp>
#include <cxkit/load/load.hpp>
#include <cxkit/report/score_report.hpp>
#include <cxkit/score/score.hpp>

#include <fmt/format.h>

#include <optional>

namespace {

using namespace cxkit;

struct Options {
  app::Common common;
  std::vector<std::string> files;
  std::string questionnaire;
  score::Method method = score::Method::Seed;
  std::size_t improve = 3;
  bool allow_missing = false;
  std::string format = "text";
  std::optional<double> fail_under;
  std::optional<double> fail_under_section;
  bool list = false;
};

constexpr std::string_view kExamples =
    "  cx-score examples/score/sparkle-cleaning.yaml\n"
    "  cx-score -f json -o report.json examples/score/harbour-dental.yaml\n"
    "  cx-score --method pomp --improve 2 owner.yaml manager.yaml\n"
    "  cx-score --fail-under 70 --fail-under-section 50 answers.yaml   # for CI\n"
    "  cx-score --list\n";

int list_builtins() {
  std::string out = "Built-in questionnaires:\n";
  for (const auto& builtin : load::builtins("questionnaire")) {
    const auto q = load::parse_questionnaire(builtin.text, builtin.source);
    out += fmt::format("  {}  ({}, {} sections, {} items) {}\n", q.id, builtin.language, q.sections.size(),
                       q.item_count(), q.title);
  }
  cxkit::io::write_stdout(out);
  return app::kOk;
}

int run(const Options& o) {
  if (o.list) return list_builtins();
  if (o.files.empty()) throw Error("no responses file given: expected one or more RESPONSES files (see --help)");
  const load::Limits limits{o.common.max_input_bytes};

  std::optional<model::Questionnaire> questionnaire;
  std::string questionnaire_from;
  std::vector<std::string> clients;
  std::optional<score::Scorer> scorer;
  for (const auto& file : o.files) {
    const auto responses = load::parse_responses(load::read_file(file, limits), io::display_name(file), limits);
    const std::string ref = o.questionnaire.empty() ? load::questionnaire_reference(responses, file) : o.questionnaire;
    if (!questionnaire) {
      questionnaire = load::load_questionnaire(ref, limits, responses.questionnaire_where);
      questionnaire_from = ref;
      scorer.emplace(*questionnaire, score::Options{o.method, o.improve, o.allow_missing});
    } else if (ref != questionnaire_from && load::load_questionnaire(ref, limits).id != questionnaire->id) {
      throw Error(responses.questionnaire_where,
                  fmt::format("this file answers the questionnaire '{}' but the files before it answer '{}': "
                              "expected one questionnaire for all files (or -q)",
                              responses.questionnaire, questionnaire_from));
    }
    if (!responses.client.empty() && std::find(clients.begin(), clients.end(), responses.client) == clients.end())
      clients.push_back(responses.client);
    for (const auto& respondent : load::bind_answers(*questionnaire, responses)) scorer->add(respondent);
  }

  score::Report report = scorer->finish();
  report.client = fmt::format("{}", fmt::join(clients, ", "));
  for (const auto& warning : report.warnings) app::warn(warning);
  if (report.warning_count > report.warnings.size())
    app::warn(fmt::format("... and {} more warnings", report.warning_count - report.warnings.size()));

  for (const auto& format : report::score_formats())
    if (format.name == o.format) app::emit(o.common, format.write(report, {app::use_color(o.common)}), o.files);

  bool failed = o.fail_under && (!report.overall || *report.overall < *o.fail_under);
  for (const auto& section : report.sections)
    if (o.fail_under_section && section.percent && *section.percent < *o.fail_under_section) failed = true;
  return failed ? app::kFindings : app::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App cli{"Scores the Customer Service Quotient self-assessment: each section's percent, the overall "
               "percent and the areas to improve.",
               "cx-score"};
  app::setup(cli, o.common, kExamples);
  cli.add_option("RESPONSES", o.files, "Responses files (kind: responses); '-' reads standard input")
      ->option_text("FILE...");
  cli.add_option("-q,--questionnaire", o.questionnaire,
                 "Built-in questionnaire id or a file; overrides the responses' questionnaire:")
      ->option_text("ID|FILE");
  cli.add_option_function<std::string>(
         "--method", [&](const std::string& m) { o.method = m == "pomp" ? score::Method::Pomp : score::Method::Seed; },
         "seed: sum / (max x items) (default); pomp: percent of maximum possible")
      ->check(CLI::IsMember({"seed", "pomp"}))
      ->option_text("seed|pomp");
  cli.add_option("--improve", o.improve, "How many areas to improve to name (default 3)")->option_text("N");
  cli.add_flag("--allow-missing", o.allow_missing, "Count unanswered items as n/a, with a warning");
  std::vector<std::string> names;
  for (const auto& format : cxkit::report::score_formats()) names.emplace_back(format.name);
  cli.add_option("-f,--format", o.format, "Output format (default text)")
      ->check(CLI::IsMember(names))
      ->option_text(fmt::format("{}", fmt::join(names, "|")));
  cli.add_option("--fail-under", o.fail_under, "Exit 1 when the overall percent is below P")->option_text("P");
  cli.add_option("--fail-under-section", o.fail_under_section, "Exit 1 when any scored section is below P")
      ->option_text("P");
  cli.add_flag("--list", o.list, "List the built-in questionnaires");
  return app::run(cli, argc, argv, [&] { return run(o); });
}
