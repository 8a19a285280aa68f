#include <cxkit/job/score_job.hpp>

#include <cxkit/io/file.hpp>
#include <cxkit/job/pipeline.hpp>
#include <cxkit/load/builtins.hpp>
#include <cxkit/load/load.hpp>
#include <cxkit/report/respondent_rows.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <unordered_map>

namespace cxkit::job {
namespace {

bool is_csv(const ScoreJob& job, const std::string& file) {
  if (!job.input_format.empty()) return job.input_format == "csv";
  return file.ends_with(".csv") || file.ends_with(".CSV");
}

// Rows handed from the reading thread to the scoring one.
struct RowBatch {
  std::vector<model::Respondent> rows = std::vector<model::Respondent>(2048);
  std::vector<std::string> groups = std::vector<std::string>(2048);
  std::size_t count = 0;
  std::vector<std::string> warnings;  // rows the reader skipped
  std::size_t bytes_read = 0;
};

// The questionnaire of the run: the first file's; every other file must
// answer the same one.
class QuestionnaireOf {
 public:
  explicit QuestionnaireOf(const ScoreJob& job) : job_(job) {}

  const model::Questionnaire& get(const std::string& ref, const Location& named_at) {
    if (!q_) {
      q_ = load::load_questionnaire(ref, job_.limits, named_at);
      ref_ = ref;
    } else if (ref != ref_ && load::load_questionnaire(ref, job_.limits, named_at).id != q_->id) {
      throw Error(named_at, fmt::format("this input answers the questionnaire '{}' but the inputs before it answer "
                                        "'{}': expected one questionnaire for all inputs (or -q)",
                                        ref, ref_));
    }
    return *q_;
  }

 private:
  const ScoreJob& job_;
  std::optional<model::Questionnaire> q_;
  std::string ref_;
};

class Run {
 public:
  explicit Run(const ScoreJob& job) : job_(job), questionnaire_(job) {
    if (!job.mapping.empty()) mapping_ = load::load_mapping(job.mapping, job.limits);
    grouped_ = !job.survey.group_by.empty() || (mapping_ && mapping_->group);
  }

  score::Report finish() {
    if (!total_) throw Error("no input to score");
    score::Report report = total_->finish();
    report.client = fmt::format("{}", fmt::join(clients_, ", "));
    for (auto& [name, scorer] : groups_) {
      report.groups.push_back(scorer->finish());
      report.groups.back().group = name;
    }
    if (rows_) rows_->commit();
    if (!job_.baseline.empty()) score::compare(report, load::load_baseline(job_.baseline, job_.limits));
    return report;
  }

  void yaml(const std::string& file) {
    if (!job_.survey.group_by.empty())
      throw Error({io::display_name(file)}, "--group-by needs CSV input: expected survey exports (.csv)");
    const auto responses = load::parse_responses(load::read_file(file, job_.limits), io::display_name(file), job_.limits);
    const std::string ref = job_.questionnaire.empty() ? load::relative_to(responses.questionnaire, file) : job_.questionnaire;
    const auto& q = start(ref, responses.questionnaire_where);
    if (!responses.client.empty() && std::find(clients_.begin(), clients_.end(), responses.client) == clients_.end())
      clients_.push_back(responses.client);
    for (const auto& respondent : load::bind_answers(q, responses)) add(respondent, "");
  }

  void csv(const std::string& file) {
    std::string ref = job_.questionnaire;
    Location named_at;
    if (ref.empty() && mapping_ && !mapping_->questionnaire.empty()) {
      ref = load::relative_to(mapping_->questionnaire, job_.mapping);
      named_at = {mapping_->source};
    }
    if (ref.empty()) ref = kDefaultQuestionnaire;
    const auto& q = start(ref, named_at);
    load::SurveyReader reader(file, q, mapping_ ? &*mapping_ : nullptr, job_.survey);
    // Reading and parsing run on a second thread, scoring on this one.
    pipeline<RowBatch>(
        4,
        [&](RowBatch& batch) {
          batch.count = 0;
          batch.warnings.clear();
          const auto skipped = [&](std::string warning) { batch.warnings.push_back(std::move(warning)); };
          bool more = true;
          while (batch.count < batch.rows.size() &&
                 (more = reader.next(batch.rows[batch.count], batch.groups[batch.count], skipped)))
            ++batch.count;
          batch.bytes_read = reader.bytes_read();
          return more;
        },
        [&](RowBatch& batch) {
          for (auto& warning : batch.warnings) total_->warn(std::move(warning));
          for (std::size_t i = 0; i < batch.count; ++i) {
            try {
              add(batch.rows[i], batch.groups[i]);
            } catch (const Error& e) {
              if (!job_.survey.skip_bad_rows) throw;
              total_->warn(fmt::format("{}: warning: skipped: {}", to_string(e.where()), e.message()));
            }
          }
          job_.progress(batch.bytes_read);
        });
  }

 private:
  const model::Questionnaire& start(const std::string& ref, const Location& named_at) {
    const auto& q = questionnaire_.get(ref, named_at);
    q_ = &q;
    if (!total_) {
      total_ = std::make_unique<score::Scorer>(q, job_.scoring);
      if (!job_.per_respondent.empty())
        rows_ = std::make_unique<report::RespondentRows>(job_.per_respondent, q, grouped_);
    }
    return q;
  }

  void add(const model::Respondent& respondent, const std::string& group) {
    total_->add(respondent, score_);
    if (grouped_) {
      auto [it, inserted] = group_index_.try_emplace(group, groups_.size());
      if (inserted) groups_.emplace_back(group, std::make_unique<score::Scorer>(*q_, job_.scoring));
      groups_[it->second].second->add(respondent);
    }
    if (rows_) rows_->add(score_, group);
  }

  const ScoreJob& job_;
  QuestionnaireOf questionnaire_;
  const model::Questionnaire* q_ = nullptr;
  std::optional<model::Mapping> mapping_;
  bool grouped_ = false;
  std::unique_ptr<score::Scorer> total_;
  score::RespondentScore score_;  // reused for every respondent
  std::vector<std::pair<std::string, std::unique_ptr<score::Scorer>>> groups_;
  std::unordered_map<std::string, std::size_t> group_index_;
  std::unique_ptr<report::RespondentRows> rows_;
  std::vector<std::string> clients_;
};

}  // namespace

score::Report run(const ScoreJob& job) {
  if (job.files.empty()) throw Error("no input given: expected one or more RESPONSES files or survey exports (see --help)");
  Run run(job);
  for (const auto& file : job.files) is_csv(job, file) ? run.csv(file) : run.yaml(file);
  return run.finish();
}

}  // namespace cxkit::job
