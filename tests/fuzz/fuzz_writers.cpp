// Loaded models through every writer: whatever text a model holds, each
// output format comes out escaped (see outputs.hpp). The input is one model
// of any kind (policies, checklist, responses of the built-in
// questionnaire), or a questionnaire and its responses separated by a line
// `#%%`.
#include "outputs.hpp"

#include <cxkit/audit/audit.hpp>
#include <cxkit/checklist/checklist.hpp>
#include <cxkit/score/run.hpp>
#include <cxkit/checklist/load.hpp>
#include <cxkit/score/load.hpp>
#include <cxkit/audit/load.hpp>
#include <cxkit/audit/report.hpp>
#include <cxkit/checklist/report.hpp>
#include <cxkit/score/report.hpp>
#include <cxkit/score/scorer.hpp>

#include <map>
#include <memory>

namespace {

using namespace cxkit;
using fuzz::Format;

constexpr std::string_view kSeparator = "\n#%%\n";

void check_score_outputs(const score::Report& report, std::string_view input) {
  for (const auto& format : score::score_formats())
    fuzz::check_output(std::string("score ") + std::string(format.name), format.media,
                       format.write(report, {}), input);
}

// Scores as cx-score does, with the respondents split into two groups
// named by the free texts `client:` and `note:`, then again against its own
// JSON report as a baseline.
void run_score(const score::Questionnaire& q, const score::Responses& responses, std::string_view input) {
  score::Options options;
  options.allow_missing = true;
  options.method = input.size() % 2 ? score::Method::Pomp : score::Method::Seed;
  score::Scorer total(q, options);
  std::vector<std::pair<std::string, std::unique_ptr<score::Scorer>>> groups;
  groups.emplace_back(responses.client, std::make_unique<score::Scorer>(q, options));
  groups.emplace_back(responses.note, std::make_unique<score::Scorer>(q, options));
  const auto respondents = score::bind_answers(q, responses);
  for (std::size_t i = 0; i < respondents.size(); ++i) {
    total.add(respondents[i]);
    groups[i % 2].second->add(respondents[i]);
  }
  score::Report report = total.finish();
  report.client = responses.client;
  for (const auto& [name, scorer] : groups) {
    report.groups.push_back(scorer->finish());
    report.groups.back().group = name;
  }
  check_score_outputs(report, input);
  score::compare(report, score::parse_baseline(score::score_json(report, {}), "baseline.json"));
  check_score_outputs(report, input);
}

void run_audit(const audit::PolicySet& set, std::string_view input) {
  audit::Options options;
  options.today = "2026-11-23";
  const auto result = audit::audit({set}, options);
  for (const auto& format : audit::audit_formats())
    fuzz::check_output(std::string("audit ") + std::string(format.name), format.media,
                       format.write(result, {}), input);
}

void run_checklist(const checklist::Checklist& checklist, std::string_view input) {
  const auto sheet = checklist::make_sheet(checklist);
  const checklist::ChecklistStyle style{20 + input.size() % 100, "a4", "2026-11-23"};
  for (const auto& format : checklist::checklist_formats())
    fuzz::check_output(std::string("checklist ") + std::string(format.name), format.media,
                       format.write(sheet, style), input);
  fuzz::check_output("checklist --list", Format::Text,
                     checklist::checklist_list(checklist::catalogue({checklist}), style.width), input);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const score::Questionnaire builtin = score::load_questionnaire(score::kDefaultQuestionnaire);
  const std::string_view input = fuzz::as_text(data, size);
  const auto sources = {std::string_view("fuzz.yaml"), std::string_view("questionnaire.yaml")};
  if (const auto split = input.find(kSeparator); split != std::string_view::npos) {
    fuzz::expect_model_or_error(
        [&] {
          const auto q = score::parse_questionnaire(input.substr(0, split), "questionnaire.yaml");
          run_score(q, score::parse_responses(input.substr(split + kSeparator.size()), "fuzz.yaml"), input);
        },
        sources);
    return 0;
  }
  fuzz::expect_model_or_error([&] { run_audit(audit::parse_policies(input, "fuzz.yaml"), input); }, sources);
  fuzz::expect_model_or_error([&] { run_checklist(checklist::parse_checklist(input, "fuzz.yaml"), input); }, sources);
  fuzz::expect_model_or_error([&] { run_score(builtin, score::parse_responses(input, "fuzz.yaml"), input); }, sources);
  return 0;
}
