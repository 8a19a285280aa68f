#include <cxkit/base/i18n.hpp>
#include <cxkit/score/run.hpp>

#include <cxkit/base/io.hpp>
#include <cxkit/base/text.hpp>
#include "engine/pipeline.hpp"
#include "engine/respondent_ids.hpp"
#include "engine/survey.hpp"
#include <cxkit/base/builtins.hpp>
#include <cxkit/score/load.hpp>
#include "respondent_rows.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace cxkit::score {
namespace {

bool ends_with_any(const std::string& file, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return file.ends_with(e); });
}

// CSV by the input format given, else by extension (an Excel workbook too,
// which the CSV reader refuses with the way to save it as CSV); a mapping is
// for CSV, so with one every input but a .yaml file (standard input too) is CSV.
bool is_csv(const ScoreJob& job, const std::string& file) {
  if (!job.input_format.empty()) return job.input_format == "csv";
  if (ends_with_any(file, {".csv", ".CSV", ".tsv", ".TSV", ".xlsx", ".XLSX", ".xls", ".XLS"})) return true;
  return !job.mapping.empty() && !ends_with_any(file, {".yaml", ".yml", ".YAML", ".YML"});
}

// A block of an export on its way through the threads (engine/pipeline.hpp).
struct Slot {
  CsvBlock block;
  SurveyRows rows;
  std::size_t sequence = 0;
  // A worker scored the block whole; else it is read again in order.
  bool scored = false;
  bool ascending = false;  // its ids, each after the one before (RespondentIds::ascending)
  std::vector<std::string> new_groups;  // first seen in this block by its worker, in order
  std::string per_respondent;           // its rows for --per-respondent
};

// Groups per worker scored with Scorer::Footprint::Fast (a few hundred
// kilobytes each for the built-in questionnaire).
constexpr std::size_t kFastGroups = 16;

// Blocks read ahead of the workers (memory: a block each).
constexpr std::size_t kAhead = 2;

// What one worker thread has scored, merged at the end.
struct Worker {
  std::unique_ptr<Scorer> total;
  struct Group {
    std::unique_ptr<Scorer> scorer;
    std::size_t last_block = 0;  // 1 + the sequence of the last block it was seen in
    std::vector<std::uint32_t> rows;  // of the block being scored, to add at once
  };
  std::vector<Group*> seen;  // the groups of the block being scored
  struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, Group, ViewHash, std::equal_to<>> groups;
  RespondentScore score;
};

// The groups a block's rows named so far, found by comparing names: a
// survey has a few groups (stores, teams), and comparing a few short names
// costs less than hashing one. Past kRecent the worker's table is asked.
// The groups are the table's nodes, which never move.
class RecentGroups {
 public:
  template <class Lookup>
  Worker::Group& find(std::string_view name, Lookup&& lookup) {
    for (std::size_t i = 0; i < size_; ++i)
      if (same(names_[i], name)) return *groups_[i];
    Worker::Group& group = lookup(name);
    if (size_ < kRecent) {
      names_[size_] = name;
      groups_[size_++] = &group;
    }
    return group;
  }

 private:
  // a == b, names of 4 to 16 bytes by two overlapping loads each rather
  // than a call of memcmp (a row's group is compared with a few).
  static bool same(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    const auto load = [](const char* p, auto word) {
      std::memcpy(&word, p, sizeof word);
      return word;
    };
    if (n >= 8 && n <= 16)
      return load(a.data(), std::uint64_t{}) == load(b.data(), std::uint64_t{}) &&
             load(a.data() + n - 8, std::uint64_t{}) == load(b.data() + n - 8, std::uint64_t{});
    if (n >= 4 && n < 8)
      return load(a.data(), std::uint32_t{}) == load(b.data(), std::uint32_t{}) &&
             load(a.data() + n - 4, std::uint32_t{}) == load(b.data() + n - 4, std::uint32_t{});
    return a == b;
  }
  static constexpr std::size_t kRecent = 16;
  std::array<std::string_view, kRecent> names_;
  std::array<Worker::Group*, kRecent> groups_{};
  std::size_t size_ = 0;
};

// The questionnaire of the run: the first file's; every other file must
// answer the same one.
class QuestionnaireOf {
 public:
  explicit QuestionnaireOf(const ScoreJob& job) : job_(job) {}

  const Questionnaire& get(const std::string& ref, const Location& named_at) {
    if (!q_) {
      q_ = load_questionnaire(ref, job_.limits, named_at);
      ref_ = ref;
    } else if (ref != ref_ && load_questionnaire(ref, job_.limits, named_at).id != q_->id) {
      throw Error(named_at, base::trfe("this input answers the questionnaire '{}' but the inputs before it answer "
                                       "'{}': expected one questionnaire for all inputs (or -q)",
                                       ref, ref_));
    }
    return *q_;
  }

 private:
  const ScoreJob& job_;
  std::optional<Questionnaire> q_;
  std::string ref_;
};

class Run {
 public:
  explicit Run(const ScoreJob& job) : job_(job), questionnaire_(job) {
    // Every input that is not scored row by row is read and checked first,
    // so that a broken one fails the run before any output is written.
    if (!job.mapping.empty()) mapping_ = load_mapping(job.mapping, job.limits);
    if (!job.baseline.empty()) baseline_ = load_baseline(job.baseline, job.limits);
    grouped_ = !job.survey.group_by.empty() || (mapping_ && mapping_->group);
    // Responses files give roles: their rows per respondent say them.
    roles_ = std::any_of(job.files.begin(), job.files.end(), [&](const std::string& f) { return !is_csv(job, f); });
  }

  Report finish() {
    if (!total_) throw Error(base::tre("no input to score"));
    // keep-last: the rows held back from every export, now that none is left
    // to repeat them.
    for (const auto& row : held_)
      row.kept ? add_row(row.respondent, row.group) : void(++intake_.repeated);
    if (const auto warning = ids_.warning(job_.survey.duplicates); !warning.empty()) total_->warn(warning);
    for (auto& worker : workers_) {
      if (worker.total) total_->merge(*worker.total);
      for (auto& [name, group] : worker.groups) {
        total_->merge(*group.scorer);  // a worker scores a grouped row in its group only
        this->group(name).merge(*group.scorer);
      }
    }
    Report report = total_->finish();
    if (mapping_ && !mapping_->client.empty() && clients_.empty()) clients_.push_back(mapping_->client);
    report.client = job_.client.empty() ? fmt::format("{}", fmt::join(clients_, ", ")) : job_.client;
    report.date = fmt::format("{}", fmt::join(dates_, ", "));
    report.repeated_ids = ids_.repeats();
    report.rows = intake_;
    for (auto& [name, scorer] : groups_) {
      report.groups.push_back(scorer->finish());
      report.groups.back().group = name;
    }
    if (baseline_) compare(report, *baseline_);
    report.provenance = provenance();
    if (rows_) rows_->commit();
    return report;
  }

  void yaml(const std::string& file) {
    if (!job_.survey.group_by.empty())
      throw Error({base::display_name(file)},
                  base::trfe("{} needs CSV input: expected survey exports (.csv)", hint(Hint::GroupBy)));
    const std::string text = base::read_input(file, job_.limits.max_bytes);
    inputs_.push_back({base::display_name(file), base::sha256(text)});
    const auto responses = parse_responses(text, base::display_name(file), job_.limits);
    const std::string ref = job_.questionnaire.empty() ? base::relative_to(responses.questionnaire, file) : job_.questionnaire;
    const auto& q = start(ref, responses.questionnaire_where);
    for (auto [list, value] : {std::pair{&clients_, &responses.client}, std::pair{&dates_, &responses.date}})
      if (!value->empty() && std::find(list->begin(), list->end(), *value) == list->end()) list->push_back(*value);
    const auto respondents = bind_answers(q, responses);
    check_once(responses);
    for (const auto& respondent : respondents) add(respondent, "");
    intake_.read += respondents.size();
  }

  void csv(const std::string& file) {
    std::string ref = job_.questionnaire;
    Location named_at;
    if (ref.empty() && mapping_ && !mapping_->questionnaire.empty()) {
      ref = base::relative_to(mapping_->questionnaire, job_.mapping);
      named_at = mapping_->questionnaire_where;
    }
    if (ref.empty()) ref = kDefaultQuestionnaire;
    const auto& q = start(ref, named_at);
    SurveyOptions options = job_.survey;
    if (!options.delimiter && ends_with_any(file, {".tsv", ".TSV"})) options.delimiter = '\t';
    SurveyReader reader(file, q, mapping_ ? &*mapping_ : nullptr, options);
    if (!reader.warning().empty()) total_->warn(reader.warning());
    ids_.start_export(reader.source(), intake_.survey);
    const std::size_t before = intake_.survey;  // rows of the exports before, numbered on over all
    std::size_t line = reader.first_line(), rows = 0;
    const std::size_t first_block = blocks_;
    // One worker per core, up to 8 (memory is a few blocks per worker). The
    // export's SHA-256, when the report needs it, is worked out as each
    // block is read: one pass in order, taken in turns by the workers (a
    // thread of its own for it took a core from them: qualtrics' JSON report
    // 201 ms with one, 194 without, medians of 11 runs on 2 cores).
    const std::size_t cores = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    const std::size_t threads = job_.threads ? job_.threads : cores;
    if (workers_.size() < threads) workers_.resize(threads);
    if (!empty_fast_) empty_fast_.emplace(q, job_.scoring, Scorer::Footprint::Fast);
    for (auto& worker : workers_)
      if (!worker.total) worker.total = std::make_unique<Scorer>(*empty_fast_);
    // Blocks are read in order (and hashed), decoded and scored by the
    // worker that read each, and taken back in order: a block with a row to
    // warn about or to refuse is read again in order, which numbers its rows
    // and lines.
    ordered_pipeline<Slot>(
        threads, threads + kAhead,
        [&](Slot& slot) {
          slot.sequence = blocks_++;
          return reader.next_block(slot.block, job_.block_bytes);
        },
        [&](Slot& slot, std::size_t w) { score_block(reader, slot, workers_[w]); },
        [&](Slot& slot) {
          const auto fresh = [&](const std::string& name) { return !group_index_.count(name); };
          if (slot.scored && groups_.size() + static_cast<std::size_t>(std::count_if(slot.new_groups.begin(),
                                                                                    slot.new_groups.end(), fresh)) >
                                 base::limits::kGroups)
            slot.scored = false;  // read in order, which names the row with one group too many
          if (slot.scored && reader.has_ids()) {
            if (slot.sequence == first_block && reader.file_size() > slot.block.bytes_read && slot.rows.rows)
              ids_.expect(before + slot.rows.rows * reader.file_size() / slot.block.bytes_read);  // rows that size
            const std::size_t n = slot.rows.rows;
            if (!slot.ascending ||
                !ids_.append_ascending(slot.rows.ids.data(), slot.rows.id_hashes.data(), n, before + rows + 1)) {
              // Each id's slot asked for a few ids ahead: as many misses in
              // flight as the memory takes, not a block's worth dropped.
              constexpr std::size_t kAheadIds = 16;
              for (std::size_t r = 0; r < std::min(n, kAheadIds); ++r) ids_.prefetch(slot.rows.id_hashes[r]);
              for (std::size_t r = 0; r < n && slot.scored; ++r) {
                if (r + kAheadIds < n) ids_.prefetch(slot.rows.id_hashes[r + kAheadIds]);
                if (ids_.earlier_row(slot.rows.id_hashes[r], slot.rows.ids[r], before + rows + r + 1) &&
                    job_.survey.duplicates == Duplicates::Error)
                  slot.scored = false;  // read in order, which names the row and its line
              }
            }
            // The workers look for ids in order only while they can be taken so.
            ids_in_order_.store(ids_.in_order(), std::memory_order_relaxed);
          }
          if (slot.scored) {
            for (const auto& name : slot.new_groups) group(name);
            if (rows_) rows_->write(slot.per_respondent);
            line += slot.rows.lines;
            rows += slot.rows.rows;
          } else {
            read_in_order(reader, slot.block, before, line, rows);
          }
          job_.progress(slot.block.bytes_read);
        });
    intake_.read += rows;
    intake_.survey += rows;
    inputs_.push_back({reader.source(), reader.sha256()});
  }

 private:
  // Reads a block of the export `reader` in order: every row numbered,
  // scored, or refused or skipped with its message. `line` and `rows` go on
  // from the rows read before; the rows of the exports before are `before`.
  void read_in_order(const SurveyReader& reader, const CsvBlock& block, std::size_t before, std::size_t& line,
                     std::size_t& rows) {
    SurveyReader::Rows in_order(reader, block, line, rows);
    Respondent respondent;
    std::string name;
    const auto skipped = [&](std::string warning) {
      ++intake_.bad;
      total_->warn(std::move(warning));
    };
    while (in_order.next(respondent, name, skipped)) {
      if (no_answer(respondent)) {
        ++intake_.no_answer;  // an empty row of the export, not a respondent
        continue;
      }
      if (reader.has_ids() && !keep(respondent, name, in_order.rows(), before)) continue;
      add_row(respondent, name);
    }
    line = in_order.line();
    rows = in_order.rows();
  }

  const Questionnaire& start(const std::string& ref, const Location& named_at) {
    const auto& q = questionnaire_.get(ref, named_at);
    q_ = &q;
    if (!total_) {
      total_ = std::make_unique<Scorer>(q, job_.scoring);
      if (!job_.per_respondent.empty())
        rows_ = std::make_unique<RespondentRows>(job_.per_respondent, q, grouped_, roles_);
    }
    return q;
  }

  // A respondent id of one responses file in another is the same person
  // counted twice (its file gave it: top-level answers without
  // `respondent:` are each their own).
  void check_once(const Responses& responses) {
    for (const auto& r : responses.respondents) {
      if (!r.named) continue;
      const auto [at, fresh] = yaml_ids_.try_emplace(r.id, r.where);
      if (!fresh)
        throw Error(r.where, base::trfe("respondent '{}' is also in {}: expected each respondent once over all "
                                        "inputs (the same person would count twice)",
                                        base::shown(r.id), to_string(at->second)));
    }
  }

  // The inputs as read, then the questionnaire, the mapping and the
  // baseline; the settings that change the numbers.
  base::Provenance provenance() const {
    base::Provenance p;
    p.inputs = inputs_;
    if (q_) p.inputs.push_back({q_->file, q_->sha256});
    if (mapping_) p.inputs.push_back({base::display_name(job_.mapping), mapping_->sha256});
    if (baseline_) p.inputs.push_back({baseline_->source, baseline_->sha256});
    const auto yes_no = [](bool b) { return std::string(b ? "yes" : "no"); };
    const Options& o = job_.scoring;
    p.settings = {{"questionnaire", q_ ? q_->id : std::string()},
                  {"method", std::string(name(o.method))},
                  {"improve", static_cast<long long>(o.improve)},
                  {"allow-missing", yes_no(o.allow_missing)},
                  {"skip-bad-rows", yes_no(job_.survey.skip_bad_rows)}};
    if (baseline_) p.settings.push_back({"min-change", fmt::format("{}", o.min_change)});
    return p;
  }

  static bool no_answer(const Respondent& respondent) {
    return std::all_of(respondent.answers.begin(), respondent.answers.end(),
                       [](const Answer& a) { return a.state == Answer::State::Missing; });
  }

  // A row read in order: scored, or skipped with a warning when it cannot be.
  void add_row(const Respondent& respondent, const std::string& name) {
    if (grouped_) check_room(name, respondent.where);
    try {
      add(respondent, name);
    } catch (const Error& e) {
      if (!job_.survey.skip_bad_rows) throw;
      ++intake_.bad;
      total_->warn(fmt::format("{}: warning: skipped: {}", to_string(e.where()), e.message()));
    }
  }

  // Whether to score a row read in order now, as the survey's Duplicates
  // says; keep-last holds every row back until every export is read. `row`
  // is of its export, after `before` rows of the exports before it.
  bool keep(const Respondent& respondent, const std::string& name, std::size_t row, std::size_t before) {
    const bool numbered = respondent.id == fmt::format("row-{}", row);  // no id: its row number
    const std::size_t first = numbered ? 0 : ids_.earlier_row(respondent.id, before + row);
    switch (job_.survey.duplicates) {
      case Duplicates::KeepAll: return true;
      case Duplicates::KeepFirst:
        intake_.repeated += first != 0;
        return first == 0;
      case Duplicates::Error:
        if (first) throw Error(respondent.where, ids_.error(respondent.id, before + row, first));
        return true;
      case Duplicates::KeepLast: break;
    }
    if (!numbered) {
      const auto [at, fresh] = last_held_.try_emplace(respondent.id, held_.size());
      if (!fresh) {
        held_[at->second].kept = false;
        at->second = held_.size();
      }
    }
    held_.push_back({respondent, name, true});
    return false;
  }

  void add(const Respondent& respondent, const std::string& name) {
    total_->add(respondent, score_);
    if (grouped_) group(name).add(respondent);
    if (rows_) rows_->add(score_, name, respondent.role);
  }

  // The group's scorer; groups are reported in the order first seen.
  Scorer& group(const std::string& name) {
    auto [it, inserted] = group_index_.try_emplace(name, groups_.size());
    if (inserted) groups_.emplace_back(name, std::make_unique<Scorer>(*q_, job_.scoring));
    return *groups_[it->second].second;
  }

  // One group too many is an error, never a skipped row.
  void check_room(const std::string& name, const Location& where) const {
    if (groups_.size() >= base::limits::kGroups && !group_index_.count(name))
      throw Error(where, base::trfe("more than {} groups in the {} column: expected a column that names a "
                                    "few groups (stores, teams), not one per respondent",
                                    base::limits::kGroups, hint(Hint::GroupBy)));
  }

  // On a worker thread: decodes and scores a block whole, or leaves it to be
  // read again in order (slot.scored false) when a row needs a message.
  void score_block(const SurveyReader& reader, Slot& slot, Worker& worker) const {
    slot.scored = slot.ascending = false;
    slot.new_groups.clear();
    slot.per_respondent.clear();
    SurveyRows& rows = slot.rows;
    const Duplicates duplicates = job_.survey.duplicates;
    if (reader.has_ids() && (duplicates == Duplicates::KeepFirst || duplicates == Duplicates::KeepLast)) return;
    if (!reader.decode(slot.block, rows, rows_ != nullptr || reader.has_ids())) return;
    slot.ascending = reader.has_ids() && ids_in_order_.load(std::memory_order_relaxed) &&
                     RespondentIds::ascending(rows.ids.data(), rows.rows);
    const std::size_t items = q_->item_count();
    // A row with a missing answer needs a message, and an empty one is
    // skipped: both are read in order.
    for (const std::uint32_t r : rows.missing) {
      const AnswerCode* codes = rows.codes.data() + r * items;
      if (worker.total->missing_answers(codes) ||
          std::all_of(codes, codes + items, [](AnswerCode c) { return c == kMissingCode; }))
        return;
    }
    if (grouped_ && worker.groups.size() + rows.rows > base::limits::kGroups) {
      std::unordered_set<std::string_view> fresh;
      for (std::size_t r = 0; r < rows.rows; ++r)
        if (!worker.groups.count(rows.groups[r])) fresh.insert(rows.groups[r]);
      if (worker.groups.size() + fresh.size() > base::limits::kGroups) return;  // too many groups: read in order
    }
    // Without per-respondent rows, the respondents of each scorer are added
    // at once, after the loop.
    RecentGroups recent;
    worker.seen.clear();
    for (std::size_t r = 0; r < rows.rows; ++r) {
      const AnswerCode* codes = rows.codes.data() + r * items;
      RespondentScore* score = rows_ ? &worker.score : nullptr;
      if (!grouped_) {
        if (rows_) worker.total->add(codes, score);
      } else {
        auto& group = recent.find(rows.groups[r], [&](std::string_view name) -> Worker::Group& {
          auto found = worker.groups.find(name);
          if (found == worker.groups.end()) found = worker.groups.emplace(std::string(name), Worker::Group()).first;
          return found->second;
        });
        if (!group.scorer)  // the first few groups fast, the rest small: memory stays small with many
          group.scorer = worker.groups.size() <= kFastGroups
                             ? std::make_unique<Scorer>(*empty_fast_)
                             : std::make_unique<Scorer>(*q_, job_.scoring, Scorer::Footprint::Small);
        if (group.last_block != slot.sequence + 1) {
          group.last_block = slot.sequence + 1;
          slot.new_groups.emplace_back(rows.groups[r]);
          worker.seen.push_back(&group);
          group.rows.clear();
        }
        if (rows_)
          group.scorer->add(codes, score);
        else
          group.rows.push_back(static_cast<std::uint32_t>(r));
      }
      if (rows_) {
        worker.score.id = rows.ids[r];
        rows_->format(worker.score, grouped_ ? rows.groups[r] : std::string_view(), slot.per_respondent);
      }
    }
    if (!rows_ && !grouped_) worker.total->add(rows.codes.data(), rows.rows);
    for (const Worker::Group* group : worker.seen)
      group->scorer->add(rows.codes.data(), group->rows.size(), group->rows.data());
    slot.scored = true;
  }

  const ScoreJob& job_;
  QuestionnaireOf questionnaire_;
  const Questionnaire* q_ = nullptr;
  std::optional<Mapping> mapping_;
  std::optional<Baseline> baseline_;
  bool grouped_ = false;
  bool roles_ = false;
  std::unique_ptr<Scorer> total_;
  RespondentScore score_;  // reused for every respondent
  std::vector<std::pair<std::string, std::unique_ptr<Scorer>>> groups_;
  std::unordered_map<std::string, std::size_t> group_index_;
  std::unique_ptr<RespondentRows> rows_;
  std::vector<std::string> clients_, dates_;  // of the YAML inputs, each once, in order
  std::unordered_map<std::string, Location> yaml_ids_;  // respondent ids of the YAML inputs
  std::vector<base::Provenance::Input> inputs_;         // the files read, in order
  std::vector<Worker> workers_;
  // An empty Fast scorer, copied for each worker and group: copies share its
  // layout (the tables it works out from the questionnaire), made once.
  std::optional<Scorer> empty_fast_;
  std::size_t blocks_ = 0;  // blocks read, over all files
  RespondentIds ids_;       // of every export, rows numbered over all
  std::atomic<bool> ids_in_order_{true};  // ids_.in_order(), for the workers (a hint: late costs only time)
  Report::Rows intake_;           // rows read and skipped, over all files
  struct Held {
    Respondent respondent;
    std::string group;
    bool kept;  // no later row has its id
  };
  std::vector<Held> held_;  // keep-last: every export's rows, in order
  std::unordered_map<std::string, std::size_t> last_held_;  // id -> its last row in held_
};


}  // namespace

Report run(const ScoreJob& job) {
  if (job.files.empty())
    throw Error(base::trfe("no input given: expected one or more RESPONSES files or survey exports (see {})",
                           hint(Hint::Help)));
  base::check_each_once(job.files, "its respondents would count twice");
  Run run(job);
  for (const auto& file : job.files) is_csv(job, file) ? run.csv(file) : run.yaml(file);
  return run.finish();
}

}  // namespace cxkit::score
