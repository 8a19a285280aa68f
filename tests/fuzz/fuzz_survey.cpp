// Survey exports (CSV) from untrusted bytes, with or without a mapping file,
// scored and written as cx-score does (score::run): every respondent or a
// located error, and every output escaped. Each input is scored twice, in
// one block on one thread and in tiny blocks on three: the outcomes (report,
// per-respondent rows, or error) must be the same. The input is CSV, or a
// mapping (kind: mapping) and then CSV after a line `#%%`; each part is
// written to a file in /dev/shm (or $TMPDIR) first. The input's length picks
// the options: odd skips bad rows, bit 1 groups by the column `group`, bit 2
// writes per-respondent CSV rather than NDJSON, bit 3 allows missing answers.
#include "outputs.hpp"

#include <cxkit/score/run.hpp>
#include <cxkit/score/load.hpp>
#include "engine/survey.hpp"
#include "respondent_rows.hpp"
#include <cxkit/score/report.hpp>
#include <cxkit/score/scorer.hpp>

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

void write(const std::string& path, std::string_view text) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (!file || std::fwrite(text.data(), 1, text.size(), file) != text.size() || std::fclose(file) != 0)
    cxkit::fuzz::fail("cannot write a scratch file", path);
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string questionnaire_path = scratch_path("-questionnaire.yaml");
  static const std::string mapping_path = scratch_path("-mapping.yaml");
  static const std::string csv_path = scratch_path(".csv");
  static const std::string rows_csv = scratch_path("-rows.csv");
  static const std::string rows_ndjson = scratch_path("-rows.ndjson");
  static const Scratch scratch{{questionnaire_path, mapping_path, csv_path, rows_csv, rows_ndjson}};
  static const bool written = [] {
    write(questionnaire_path, kQuestionnaire);
    return true;
  }();
  (void)written;
  const std::string_view input = fuzz::as_text(data, size);
  const auto split = input.find(kSeparator);
  const bool mapped = split != std::string_view::npos;
  write(csv_path, mapped ? input.substr(split + kSeparator.size()) : input);
  if (mapped) write(mapping_path, input.substr(0, split));

  score::ScoreJob job;
  job.files = {csv_path};
  job.survey.skip_bad_rows = size % 2 == 1;
  if (size & 2) job.survey.group_by = "group";
  job.per_respondent = size & 4 ? rows_csv : rows_ndjson;
  job.scoring.allow_missing = (size & 8) != 0;
  if (mapped) job.mapping = mapping_path;
  // The real exports' mappings answer the built-in questionnaire.
  const bool builtin = mapped && input.substr(0, split).find("questionnaire: " + std::string(score::kDefaultQuestionnaire)) !=
                                     std::string_view::npos;
  job.questionnaire = builtin ? score::kDefaultQuestionnaire : questionnaire_path;

  struct Outcome {
    std::string error, report, rows;
  };
  const auto score = [&](std::size_t threads, std::size_t block_bytes) {
    job.threads = threads;
    job.block_bytes = block_bytes;
    Outcome out;
    try {
      const score::Report report = score::run(job);
      out.rows = slurp(job.per_respondent);
      fuzz::check_output("--per-respondent", size & 4 ? fuzz::Format::Csv : fuzz::Format::Ndjson, out.rows, input);
      for (const auto& format : score::score_formats()) {
        const std::string text = format.write(report, {});
        fuzz::check_output(std::string("score ") + std::string(format.name), format.media, text, input);
        if (format.name == "json") out.report = text;
      }
    } catch (const Error& e) {
      fuzz::check_error(e, {mapping_path, csv_path, questionnaire_path});
      out.error = e.what();
    }
    return out;
  };
  fuzz::expect_model_or_error(
      [&] {
        const Outcome whole = score(1, std::size_t{1} << 30);
        const Outcome blocks = score(2 + size % 2, size % 5 == 0 ? 1 : 8 + size % 120);  // tiny blocks, now and then of one byte
        if (blocks.error != whole.error) fuzz::fail("in blocks on threads, another error", blocks.error + " | " + whole.error);
        if (blocks.report != whole.report) fuzz::fail("in blocks on threads, another report", blocks.report);
        if (blocks.rows != whole.rows) fuzz::fail("in blocks on threads, other per-respondent rows", blocks.rows);
      },
      {mapping_path, csv_path, questionnaire_path});
  return 0;
}
