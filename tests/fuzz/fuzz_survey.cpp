// Survey exports (CSV) from untrusted bytes, with or without a mapping file,
// scored and written as cx-score does: every respondent or a located error,
// and every output escaped. The input is CSV, or a mapping (kind: mapping)
// and then CSV after a line `#%%`. The CSV reader reads a path: each input
// is written to a file in /dev/shm (or $TMPDIR) first. The input's length
// picks the options: odd skips bad rows, bit 1 groups by the column `group`.
#include "outputs.hpp"

#include <cxkit/job/score_job.hpp>
#include <cxkit/load/load.hpp>
#include <cxkit/load/survey.hpp>
#include <cxkit/report/respondent_rows.hpp>
#include <cxkit/report/score_report.hpp>
#include <cxkit/score/score.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <vector>
#include <unistd.h>

namespace {

using namespace cxkit;

constexpr std::string_view kSeparator = "\n#%%\n";

// Small, so that the fuzzer reaches the data rows quickly; a mapping that
// names the built-in questionnaire gets that one.
constexpr std::string_view kQuestionnaire = R"(kind: questionnaire
version: 1
id: fuzz
title: Fuzz
scale: {min: 1, max: 5, labels: {1: Never, 5: Always}}
sections:
  - id: s1
    title: One
    items: [{id: q1, text: First}, {id: q2, text: Second, reverse: true}]
  - id: s2
    title: Two
    optional: true
    items: [{id: q3, text: Third, weight: 2}]
)";

std::string scratch_path(std::string_view name) {
  const char* tmpdir = std::getenv("TMPDIR");
  const char* dir = ::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : (tmpdir ? tmpdir : "/tmp");
  return std::string(dir) + "/cxkit-fuzz-" + std::to_string(::getpid()) + std::string(name);
}

// Removes the scratch files when the fuzzer exits normally.
struct Scratch {
  std::vector<std::string> paths;
  ~Scratch() {
    for (const auto& path : paths) std::remove(path.c_str());
  }
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const model::Questionnaire small = load::parse_questionnaire(kQuestionnaire, "questionnaire.yaml");
  static const model::Questionnaire builtin = load::load_questionnaire(job::kDefaultQuestionnaire);
  static const std::string csv_path = scratch_path(".csv");
  static const std::string rows_csv = scratch_path("-rows.csv");
  static const std::string rows_ndjson = scratch_path("-rows.ndjson");
  static const Scratch scratch{{csv_path, rows_csv, rows_ndjson}};
  const std::string_view input = fuzz::as_text(data, size);
  const auto split = input.find(kSeparator);
  const std::string_view mapping_text = split == std::string_view::npos ? std::string_view() : input.substr(0, split);
  const std::string_view csv = split == std::string_view::npos ? input : input.substr(split + kSeparator.size());
  {
    std::FILE* file = std::fopen(csv_path.c_str(), "wb");
    if (!file || std::fwrite(csv.data(), 1, csv.size(), file) != csv.size() || std::fclose(file) != 0)
      fuzz::fail("cannot write the scratch CSV file", csv_path);
  }
  load::SurveyOptions options;
  options.skip_bad_rows = size % 2 == 1;
  if (size & 2) options.group_by = "group";

  fuzz::expect_model_or_error(
      [&] {
        std::optional<model::Mapping> mapping;
        if (split != std::string_view::npos) mapping = load::parse_mapping(mapping_text, "mapping.yaml");
        // The real exports' mappings answer the built-in questionnaire.
        const model::Questionnaire& q = mapping && mapping->questionnaire == builtin.id ? builtin : small;
        load::SurveyReader reader(csv_path, q, mapping ? &*mapping : nullptr, options);
        score::Options scoring;
        scoring.allow_missing = true;
        score::Scorer total(q, scoring);
        const bool grouped = reader.grouped();
        report::RespondentRows rows(size & 4 ? rows_csv : rows_ndjson, q, grouped);
        std::vector<std::pair<std::string, std::unique_ptr<score::Scorer>>> groups;
        model::Respondent respondent;
        std::string group;
        score::RespondentScore scored;
        while (reader.next(respondent, group, [&](std::string warning) {
          fuzz::check_output("skipped-row warning", fuzz::Format::Text, warning, input);
          total.warn(std::move(warning));
        })) {
          total.add(respondent, scored);
          rows.add(scored, group);
          if (!grouped) continue;
          auto found = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == group; });
          if (found == groups.end()) {
            groups.emplace_back(group, std::make_unique<score::Scorer>(q, scoring));
            found = groups.end() - 1;
          }
          found->second->add(respondent);
        }
        rows.commit();
        const std::string written = slurp(size & 4 ? rows_csv : rows_ndjson);
        fuzz::check_output("--per-respondent", size & 4 ? fuzz::Format::Csv : fuzz::Format::Ndjson, written, input);
        score::Report report = total.finish();
        for (const auto& [name, scorer] : groups) {
          report.groups.push_back(scorer->finish());
          report.groups.back().group = name;
        }
        const std::map<std::string_view, fuzz::Format> kinds = {{"text", fuzz::Format::Text},
                                                                {"json", fuzz::Format::Json},
                                                                {"markdown", fuzz::Format::Markdown},
                                                                {"csv", fuzz::Format::Csv}};
        for (const auto& format : report::score_formats())
          fuzz::check_output(std::string("score ") + std::string(format.name), kinds.at(format.name),
                             format.write(report, {}), input);
      },
      {"mapping.yaml", csv_path});
  return 0;
}
