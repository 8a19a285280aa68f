// cx-score: scores the Customer Service Quotient self-assessment.
#include <common/app.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/io.hpp>
#include <cxkit/base/page.hpp>
#include <cxkit/base/text.hpp>
#include <cxkit/score/run.hpp>
#include <cxkit/base/builtins.hpp>
#include <cxkit/score/forms.hpp>
#include <cxkit/score/load.hpp>
#include <cxkit/score/report.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <iostream>
#include <map>
#include <optional>
#include <unistd.h>

namespace {

using namespace cxkit;

struct Options {
  app::Common common;
  score::ScoreJob job;
  std::string format = "text";
  std::string paper = "a4";
  std::optional<double> fail_under;
  std::optional<double> fail_under_section;
  std::string delimiter;
  bool list = false;
  // --blank ID|FILE; --template responses|mapping ID|FILE [EXPORT].
  std::string blank;
  std::vector<std::string> fill_in;
};

constexpr std::string_view kExamples =
    "  cx-score examples/score/sparkle-cleaning.yaml\n"
    "  cx-score -f json -o report.json examples/score/harbour-dental.yaml\n"
    "  cx-score --method pomp --improve 2 owner.yaml manager.yaml\n"
    "  cx-score --mapping examples/surveys/qualtrics.mapping.yaml examples/surveys/qualtrics.csv\n"
    "  cx-score --group-by Store --per-respondent rows.csv survey.csv\n"
    "  cx-score --baseline last-quarter.json survey.csv\n"
    "  cx-score --fail-under 70 --fail-under-section 50 answers.yaml   # for CI\n"
    "  cx-score --blank customer-service-quotient -f html --paper letter -o form.html   # to print\n"
    "  cx-score --template responses customer-service-quotient -o answers.yaml\n"
    "  cx-score --template mapping customer-service-quotient export.csv -o export.mapping.yaml\n"
    "  cx-score --list\n";

// The whole text as a number, or null.
template <class Number>
std::optional<Number> number_in(const std::string& text) {
  Number value{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// A percent from 0 to 100: CLI11 reads "nan" and "inf" as doubles, and a
// range check lets nan through.
const CLI::Validator kPercent(
    [](std::string& text) -> std::string {
      const auto value = number_in<double>(text);
      if (value && std::isfinite(*value) && *value >= 0 && *value <= 100) return "";
      return "'" + text + "' is not a percent: expected a percent from 0 to 100";
    },
    "", "percent");

// The most areas to improve worth asking for: a section has an item at
// least, so no questionnaire has more sections than base::limits::kItems.
constexpr long long kMostImprove = static_cast<long long>(base::limits::kItems);

// A whole number from 0 to kMostImprove, checked as written: CLI11 reads -1
// into a std::size_t as the largest one ("all").
const CLI::Validator kImproveCount(
    [](std::string& text) -> std::string {
      const auto value = number_in<long long>(text);
      if (value && *value >= 0 && *value <= kMostImprove) return "";
      return fmt::format("'{}' is not a count of areas: expected a whole number from 0 to {}", text, kMostImprove);
    },
    "", "count");

// The words of this program for its part's hints.
const char* hint_words(Hint hint) {
  switch (hint) {
    case Hint::SkipBadRows: return "--skip-bad-rows";
    case Hint::AllowMissing: return "--allow-missing";
    case Hint::Mapping: return "--mapping";
    case Hint::GroupBy: return "--group-by";
    case Hint::PerRespondent: return "--per-respondent";
    case Hint::ScoreReport: return "cx-score JSON report (cx-score -f json)";
    case Hint::Method: return "--method pomp";
    case Hint::Questionnaire: return "-q";
    case Hint::Delimiter: return "--delimiter";
    case Hint::Encoding: return "--encoding";
    case Hint::Duplicates: return "--duplicates";
    default: return nullptr;
  }
}

int list_builtins(const app::Common& common) {
  std::string out = std::string(base::tr("Built-in questionnaires:")) + "\n";
  for (const auto& id : base::builtin_ids("questionnaire")) {
    const base::Builtin& builtin = *base::find_builtin("questionnaire", id, base::chosen_language());
    const auto q = score::parse_questionnaire(builtin.text, builtin.source);
    const auto sections = base::trnf("{} section", "{} sections", q.sections.size());
    const auto items = base::trnf("{} item", "{} items", q.item_count());
    out += base::trf("  {}  ({}, {}) {}\n", q.id, sections, items, q.title);
    out += "      " + base::trf("languages: {}", base::join(base::builtin_languages("questionnaire", id))) + "\n";
    for (const auto& [label, text] : {std::pair{"from", &q.source}, std::pair{"lost in the source", &q.lost},
                                      std::pair{"note", &q.notice}})
      if (!text->empty())
        for (const auto& line : base::wrap(base::terminal(base::trf("{}: {}", base::tr(label), *text)), 74))
          out += "      " + line + "\n";
  }
  app::emit(common, out);
  return app::kOk;
}

// On a terminal, a progress line on stderr once scoring takes over a second.
std::function<void(std::size_t)> progress_reporter(bool* shown) {
  if (!::isatty(STDERR_FILENO)) return [](std::size_t) {};
  // Ten updates a second at most: blocks of a CSV come thousands a second.
  auto next = std::chrono::steady_clock::now() + std::chrono::seconds(1);
  return [next, shown](std::size_t bytes) mutable {
    const auto now = std::chrono::steady_clock::now();
    if (now < next) return;
    next = now + std::chrono::milliseconds(100);
    std::cerr << fmt::format("\rscoring: {:.1f} MB read", static_cast<double>(bytes) / 1e6) << std::flush;
    *shown = true;
  };
}

// The questionnaire to fill in: the paper form (--blank) or a file (--template).
int write_fill_in(const Options& o, bool format_given) {
  if (!o.blank.empty()) {
    const auto names = base::names(score::blank_formats());
    if (std::find(names.begin(), names.end(), o.format) == names.end())
      throw Error(base::trfe("--blank is printed as {}: expected one of those with -f, not '{}'",
                             base::join(names, "|"), base::shown(o.format)));
    const auto q = score::load_questionnaire(o.blank, o.job.limits);
    app::emit(o.common, base::row(score::blank_formats(), o.format).write(q, {o.paper}));
    return app::kOk;
  }
  const std::string& kind = o.fill_in[0];
  if (format_given) throw Error(base::tre("--template writes YAML: expected no -f with it"));
  if (kind != "responses" && kind != "mapping")
    throw Error(base::trfe("--template writes 'responses' or 'mapping': expected one of those, not '{}'",
                           base::shown(kind)));
  if (kind == "responses" && o.fill_in.size() != 2)
    throw Error(base::tre("--template responses takes a questionnaire only: expected --template responses ID|FILE"));
  if (kind == "mapping" && o.fill_in.size() != 3)
    throw Error(
        base::tre("--template mapping needs the survey export: expected --template mapping ID|FILE EXPORT.csv"));
  const auto q = score::load_questionnaire(o.fill_in[1], o.job.limits);
  if (kind == "responses") {
    app::emit_new(o.common, score::responses_template(q, o.fill_in[1]));
  } else {
    const auto proposal = score::propose_mapping(q, o.fill_in[2], o.job.survey);
    app::emit_new(o.common, score::mapping_template(q, o.fill_in[1], proposal));
  }
  return app::kOk;
}

int run(Options& o, bool format_given) {
  if (o.list) return list_builtins(o.common);
  if (o.delimiter == "tab") o.delimiter = "\t";
  if (o.delimiter.size() > 1)
    throw Error(base::trfe("--delimiter is '{}': expected one character or tab", base::shown(o.delimiter)));
  o.job.survey.delimiter = o.delimiter.empty() ? '\0' : o.delimiter[0];
  o.job.limits.max_bytes = o.common.max_input_bytes;
  if (!o.blank.empty() || !o.fill_in.empty()) return write_fill_in(o, format_given);
  // A CSV report carries no provenance, so no digest of the exports.
  o.job.survey.digest = base::row(score::score_formats(), o.format).media != base::Media::Csv;
  bool progress_shown = false;
  o.job.progress = progress_reporter(&progress_shown);

  score::Report report = score::run(o.job);
  const auto made = app::provenance("cx-score");
  report.provenance.program = made.program;
  report.provenance.version = made.version;
  report.provenance.made = made.made;
  for (auto& warning : report.warnings) warning = app::with_words(warning);  // reports carry them
  if (progress_shown) std::cerr << "\r\x1b[K" << std::flush;
  for (const auto& warning : report.warnings) app::warn(warning);
  if (report.warning_count > report.warnings.size())
    app::warn(fmt::format("... and {} more warnings", report.warning_count - report.warnings.size()));

  std::vector<score::Threshold> thresholds;
  for (const auto& [of, limit] : {std::pair{score::Threshold::Of::Overall, o.fail_under},
                                  std::pair{score::Threshold::Of::Section, o.fail_under_section}})
    if (limit) {
      thresholds.emplace_back();
      thresholds.back().of = of;
      thresholds.back().limit = *limit;
    }
  const bool passed = score::check(report, thresholds);
  app::emit(o.common,
            base::row(score::score_formats(), o.format).write(report, {app::use_color(o.common), o.paper}));
  for (const auto& t : report.thresholds) {
    if (t.passed) continue;
    if (t.of == score::Threshold::Of::Overall)
      std::cerr << base::trf("cx-score: threshold not met: the overall percent is {}, below {} {}\n",
                             t.value ? score::percent(t.value) : base::tr("unknown (no section is scored)"),
                             "--fail-under", t.limit);
    else
      for (const auto& s : report.sections)
        if (s.id == t.section)
          std::cerr << base::terminal(base::trf("cx-score: threshold not met: the lowest section, {}, is at {}, "
                                                "below {} {}\n",
                                                s.title, score::percent(s.percent), "--fail-under-section",
                                                t.limit));
  }
  return passed ? app::kOk : app::kFindings;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App cli{"Scores the Customer Service Quotient self-assessment: each section's percent, the overall "
               "percent and the areas to improve.",
               "cx-score"};
  app::setup(cli, o.common, kExamples);
  auto& j = o.job;
  auto* inputs = cli.add_option("INPUT", j.files, "Responses files (kind: responses) or survey exports (.csv); '-' reads stdin")
      ->option_text("FILE...");
  auto* questionnaire = cli.add_option("-q,--questionnaire", j.questionnaire, "Built-in questionnaire id or a file; overrides the inputs'")
      ->option_text("ID|FILE");
  cli.add_option_function<std::string>(
         "--method", [&](const std::string& m) { j.scoring.method = m == "pomp" ? score::Method::Pomp : score::Method::Seed; },
         "seed: sum / (max x items) (default); pomp: percent of maximum possible")
      ->check(CLI::IsMember({"seed", "pomp"}))
      ->option_text("seed|pomp");
  cli.add_option("--improve", j.scoring.improve, "How many areas to improve to name (default 3)")
      ->option_text("N")
      ->check(kImproveCount);
  cli.add_flag("--allow-missing", j.scoring.allow_missing, "Count unanswered items as n/a, with a warning");
  auto names = base::names(score::score_formats());
  for (const auto& name : base::names(score::blank_formats()))
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  auto* format =
      app::add_choice(cli, "-f,--format", o.format, names, "Output format (default text); --blank: text|markdown|html");
  cli.add_option("--fail-under", o.fail_under, "Exit 1 when the overall percent is below P")
      ->option_text("P")
      ->check(kPercent);
  cli.add_option("--fail-under-section", o.fail_under_section, "Exit 1 when any scored section is below P")
      ->option_text("P")
      ->check(kPercent);
  cli.add_option("--input-format", j.input_format, "Read the inputs as yaml or csv (default: by extension)")
      ->check(CLI::IsMember({"yaml", "csv"}));
  auto* mapping = cli.add_option("--mapping", j.mapping, "Mapping file (kind: mapping) from a survey export's columns to items")
      ->option_text("FILE");
  cli.add_option("--client", j.client, "Whose answers these are, for the report (default: the inputs' client:, "
                                       "else the mapping's)")
      ->option_text("NAME");
  cli.add_option("--header-rows", j.survey.header_rows, "Header rows before the first response (default 1)")
      ->option_text("N")
      ->check(CLI::Range(1LL, base::limits::kHeaderRows));
  cli.add_option("--delimiter", o.delimiter, "CSV field delimiter, or tab (default: the file's sep= line; tab for .tsv; ',', or "
                 "';' or tab when the header row holds no comma)")
      ->option_text("C|tab");
  cli.add_option("--encoding", j.survey.encoding, "Character encoding of CSV input (default utf-8)")
      ->transform(CLI::CheckedTransformer(std::map<std::string, score::Encoding>{{"utf-8", score::Encoding::Utf8},
                                                                                  {"latin1", score::Encoding::Latin1},
                                                                                  {"cp1252", score::Encoding::Cp1252},
                                                                                  {"utf-16", score::Encoding::Utf16}}))
      ->option_text("utf-8|latin1|cp1252|utf-16");
  cli.add_option("--duplicates", j.survey.duplicates,
                 "Survey rows with the same respondent id (in one export or two): keep-all (default, with a "
                 "warning), keep-first, keep-last or error")
      ->transform(CLI::CheckedTransformer(std::map<std::string, score::Duplicates>{
          {"keep-all", score::Duplicates::KeepAll},
          {"keep-first", score::Duplicates::KeepFirst},
          {"keep-last", score::Duplicates::KeepLast},
          {"error", score::Duplicates::Error}}))
      ->option_text("keep-all|keep-first|keep-last|error");
  cli.add_flag("--skip-bad-rows", j.survey.skip_bad_rows, "Skip rows with bad or missing answers, with a warning");
  cli.add_option("--group-by", j.survey.group_by, "Report the groups of this CSV column side by side")
      ->option_text("COLUMN");
  auto* per_respondent = cli.add_option("--per-respondent", j.per_respondent, "Also write one row per respondent to FILE (.csv or .ndjson)")
      ->option_text("FILE");
  auto* baseline = cli.add_option("--baseline", j.baseline, "An earlier JSON report (cx-score -f json) to compare with")
      ->option_text("FILE");
  cli.add_option("--min-change", j.scoring.min_change,
                 "Against --baseline, count a change as improved or worsened only above P points (default 0)")
      ->option_text("P")
      ->check(kPercent);
  app::add_paper(cli, o.paper, "Paper size of the HTML report's print layout (default a4)");
  auto* list = cli.add_flag("--list", o.list, "List the built-in questionnaires");
  auto* blank = cli.add_option("--blank", o.blank,
                               "Print the questionnaire as a paper form to fill in with a pen (-f text|markdown|html)")
                    ->option_text("ID|FILE");
  auto* fill_in = cli.add_option("--template", o.fill_in,
                                 "Write a responses file with every item, or a mapping proposed from EXPORT's headers")
                      ->expected(2, 3)
                      ->option_text("responses|mapping ID|FILE [EXPORT]");
  const auto questionnaires = [] { return base::builtin_ids("questionnaire"); };
  for (auto* takes_one : {questionnaire, blank}) app::complete_ids(takes_one, questionnaires);
  app::complete_ids(fill_in, [questionnaires] {
    auto words = questionnaires();
    words.insert(words.begin(), {"responses", "mapping"});
    return words;
  });
  for (auto* writer : {blank, fill_in})
    for (auto* scoring : {inputs, questionnaire, mapping, per_respondent, baseline, list}) writer->excludes(scoring);
  blank->excludes(fill_in);
  return app::run(cli, argc, argv, [&] { return run(o, format->count() > 0); }, hint_words);
}
