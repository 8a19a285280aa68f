// Survey exports are scored in blocks, decoded and scored on several threads
// (a fast reader for plain lines, the CSV reader for the rest). Whatever the
// split, the answers, the report, the per-respondent rows, the warnings and
// the errors must be those of reading the file in order on one thread.
#include <cxkit/base/error.hpp>
#include <cxkit/base/limits.hpp>
#include <cxkit/base/provenance.hpp>
#include <cxkit/score/run.hpp>
#include <cxkit/score/load.hpp>
#include "engine/scan.hpp"
#include "engine/survey.hpp"
#include <cxkit/score/report.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace cxkit;

namespace {

// An export of the built-in questionnaire with what real ones hold: labels,
// n/a, blank and short lines, empty ids, groups, quoted comments (with
// commas and line breaks), CRLF; `bad` adds answers off the scale. Seeds
// past 6 have no comment: a row ends with its last answer, and a comment
// may have more cells after it than the header has. Seeds 1, 4 and 7 start
// with three columns no item reads (a time, a channel, a note), which a
// short line may end within.
std::string survey(const score::Questionnaire& q, unsigned seed, bool crlf, bool quotes, bool bad) {
  const bool comment = seed <= 6, leading = seed % 3 == 1;
  unsigned state = seed;
  const auto next = [&](unsigned n) { return ((state = state * 1103515245u + 12345u) >> 16) % n; };
  const std::string eol = crlf ? "\r\n" : "\n";
  std::string text = leading ? "submitted,channel,note,id,store" : "id,store";
  std::vector<std::string> items;
  for (const auto& section : q.sections)
    for (const auto& item : section.items) items.push_back(item.id);
  // Now and then two item columns the other way round: runs of columns that
  // read item after item end there.
  if (seed % 3 == 2)
    for (std::size_t i = 0; i + 1 < items.size(); i += 3) std::swap(items[i], items[i + 1]);
  for (const auto& item : items) text += "," + item;
  text += (comment ? ",comment" : "") + eol;
  const char* stores[] = {"Kenilworth", "Leith", "Morningside", "Stockbridge"};
  for (int row = 0; row < 300; ++row) {
    if (next(40) == 0) text += eol;  // a blank line
    if (leading) {
      text += "2026-11-02 08:00:" + std::to_string(10 + row % 50) + (quotes && next(3) == 0 ? ",\"web, app\"," : ",web,");
      if (next(30) == 0) {  // a line that ends before its id
        text += eol;
        continue;
      }
      text += next(2) ? "," : "\"\",";
    }
    text += next(30) == 0 ? std::string() : "r" + std::to_string(row);
    text += std::string(",") + stores[next(4)];
    const std::size_t cells = next(25) == 0 ? 1 + next(20) : q.item_count();  // a short line now and then
    // Now and then a row with its answers quoted, as LimeSurvey writes them:
    // runs of cells of one width ("3" and n/a are three bytes, "n/a" five).
    const bool quoted = quotes && next(4) == 0;
    const auto quote = [&](std::string cell) { return quoted && next(8) ? "\"" + cell + "\"" : cell; };
    for (std::size_t i = 0; i < cells; ++i) {
      const unsigned pick = next(100);
      text += ",";
      if (pick < 4) text += quote("n/a");
      else if (pick < 7) text += pick == 5 ? "always" : "Sometimes";
      else if (pick < 9) text += "";  // missing
      else if (bad && pick < 10) text += pick == 9 && next(2) ? "\xff" : "7";  // off the scale; not UTF-8
      else text += quote(std::to_string(1 + next(5)));
    }
    if (comment && cells == q.item_count()) {
      const unsigned pick = next(10);
      text += !quotes || pick > 2 ? ",fine" : pick == 0 ? ",\"late, again\"" : pick == 1 ? ",\"two" + eol + "lines\"" : ",\"said \"\"hi\"\"\"";
      if (next(12) == 0) text += quotes ? ",more,\"cells, past\"" : ",more,cells";  // past the header's
    }
    text += eol;
  }
  return text;
}

std::string temporary(const std::string& suffix) {
  static int counter = 0;
  return "/tmp/cxkit-blocks-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + suffix;
}

std::string slurp(const std::string& path) {
  std::ostringstream out;
  out << std::ifstream(path, std::ios::binary).rdbuf();
  return out.str();
}

struct Outcome {
  std::string report, rows, error;
  bool operator==(const Outcome&) const = default;
};

Outcome score_with(score::ScoreJob job, std::size_t threads, std::size_t block_bytes) {
  job.threads = threads;
  job.block_bytes = block_bytes;
  job.per_respondent = temporary(".ndjson");
  Outcome out;
  try {
    out.report = score::score_json(score::run(job), {});
    out.rows = slurp(job.per_respondent);
  } catch (const Error& e) {
    out.error = e.what();
  }
  std::remove(job.per_respondent.c_str());
  return out;
}

}  // namespace

TEST_SUITE_BEGIN("score/survey_blocks");

TEST_CASE("a survey export scores the same in blocks on several threads as in order on one") {
  const auto q = score::load_questionnaire("customer-service-quotient");
  for (unsigned seed = 1; seed <= 8; ++seed) {
    const bool crlf = seed % 2 == 0, quotes = seed % 3 == 0, bad = seed == 5 || seed == 6 || seed == 8;
    const std::string path = temporary(".csv");
    std::ofstream(path, std::ios::binary) << survey(q, seed, crlf, quotes, bad);
    for (const bool skip_bad_rows : {false, true}) {
      CAPTURE(seed);
      CAPTURE(skip_bad_rows);
      score::ScoreJob job;
      job.files = {path};
      job.survey.group_by = "store";
      job.survey.skip_bad_rows = skip_bad_rows;
      job.scoring.allow_missing = seed != 4;  // seed 4: missing answers are errors
      const Outcome whole = score_with(job, 1, std::size_t{1} << 30);
      // Something was scored or refused, with a message naming its line.
      CHECK((whole.report.size() > 1000 || whole.error.find(path + ":") == 0));
      for (const auto& [threads, block] : {std::pair{2, 1}, {3, 100}, {2, 2000}, {4, 64 << 10}}) {
        CAPTURE(threads);
        CAPTURE(block);
        CHECK(score_with(job, static_cast<std::size_t>(threads), static_cast<std::size_t>(block)) == whole);
      }
    }
    std::remove(path.c_str());
  }
}

TEST_CASE("without the digest the report is the same, with an empty sha256 for the export, on any thread") {
  const auto q = score::load_questionnaire("customer-service-quotient");
  const std::string path = temporary(".csv");
  const std::string text = survey(q, 3, false, true, false);
  std::ofstream(path, std::ios::binary) << text;
  score::ScoreJob job;
  job.files = {path};
  job.survey.group_by = "store";
  job.scoring.allow_missing = true;
  job.threads = 1;
  const score::Report with = score::run(job);
  const auto& inputs = with.provenance.inputs;
  const auto is_export = [&](const auto& input) { return input.sha256 == base::sha256(text); };
  REQUIRE(std::count_if(inputs.begin(), inputs.end(), is_export) == 1);
  job.survey.digest = false;
  for (const auto& [threads, block] : {std::pair{1, 1 << 30}, {2, 100}, {3, 64 << 10}}) {
    CAPTURE(threads);
    CAPTURE(block);
    job.threads = static_cast<std::size_t>(threads);
    job.block_bytes = static_cast<std::size_t>(block);
    const score::Report without = score::run(job);
    CHECK(score::score_json(without, {}) == score::score_json(with, {}));
    REQUIRE(without.provenance.inputs.size() == inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      CHECK(without.provenance.inputs[i].file == inputs[i].file);
      CHECK(without.provenance.inputs[i].sha256 == (is_export(inputs[i]) ? "" : inputs[i].sha256));
    }
  }
  std::remove(path.c_str());
}

TEST_CASE("a quote left open is reported at the same line and column on any thread") {
  const std::string root = CXKIT_SOURCE_DIR;
  score::ScoreJob job;
  job.files = {root + "/tests/data/surveys/open-quote.csv"};
  job.mapping = root + "/examples/surveys/google-forms.mapping.yaml";
  const Outcome whole = score_with(job, 1, std::size_t{1} << 30);
  CHECK(whole.error == job.files[0] +
                           ":6:2: error: text after a closing quote: expected the delimiter or the end of the line "
                           "(this quoted field opened on line 5: is a quote left open there?)");
  for (const auto& [threads, block] : {std::pair{2, 1}, {3, 100}, {2, 2000}}) {
    CAPTURE(threads);
    CAPTURE(block);
    CHECK(score_with(job, static_cast<std::size_t>(threads), static_cast<std::size_t>(block)) == whole);
  }
}

TEST_CASE("the block reader decodes what the CSV reader decodes, the SSE2 way and the AVX-512 way") {
  const auto q = score::load_questionnaire("customer-service-quotient");
  for (unsigned run = 0; run < 12; ++run) {
    const unsigned seed = 1 + run % 6;
    score::scan::portable = run >= 6;  // the SSE2 way even where the CPU has AVX-512BW
    CAPTURE(score::scan::avx512());
    const std::string path = temporary(".csv");
    std::ofstream(path, std::ios::binary) << survey(q, seed, seed % 2 == 0, seed >= 3, seed == 4);
    score::SurveyOptions options;
    options.group_by = "store";
    options.skip_bad_rows = true;
    score::SurveyReader reader(path, q, nullptr, options);
    score::CsvBlock block;
    std::size_t blocks = 0, agreed = 0, by_blocks = 0;
    while (reader.next_block(block, 700)) {
      ++blocks;
      score::SurveyRows fast, slow;
      const bool fast_ok = reader.decode(block, fast, /*ids=*/true);
      const bool slow_ok = reader.decode(block, slow, /*ids=*/true, /*reference=*/true);
      CAPTURE(block.text());
      REQUIRE(fast_ok == slow_ok);
      if (!fast_ok) continue;  // a bad row or a numbered id: read again in order
      ++agreed;
      by_blocks += fast.by_blocks;
      CHECK(fast.rows == slow.rows);
      CHECK(fast.lines == slow.lines);
      CHECK(fast.missing == slow.missing);
      const std::size_t n = fast.rows * q.item_count();
      CHECK(std::vector(fast.codes.begin(), fast.codes.begin() + static_cast<long>(n)) ==
            std::vector(slow.codes.begin(), slow.codes.begin() + static_cast<long>(n)));
      CHECK(std::vector(fast.ids.begin(), fast.ids.begin() + static_cast<long>(fast.rows)) ==
            std::vector(slow.ids.begin(), slow.ids.begin() + static_cast<long>(slow.rows)));
      CHECK(std::vector(fast.id_hashes.begin(), fast.id_hashes.begin() + static_cast<long>(fast.rows)) ==
            std::vector(slow.id_hashes.begin(), slow.id_hashes.begin() + static_cast<long>(slow.rows)));
      CHECK(std::vector(fast.groups.begin(), fast.groups.begin() + static_cast<long>(fast.rows)) ==
            std::vector(slow.groups.begin(), slow.groups.begin() + static_cast<long>(slow.rows)));
    }
    CHECK(blocks > 10);
    if (seed != 4) CHECK(agreed > blocks / 2);  // seed 4 has bad answers in most blocks
    // The block reader's way, not the CSV reader's after it gave up: these
    // blocks hold nothing it leaves to the CSV reader.
    CHECK(by_blocks == agreed);
    std::remove(path.c_str());
  }
  score::scan::portable = false;
}

TEST_CASE("a quote inside an unquoted cell is an error at its line and column, on any thread") {
  // Row 3's comment holds an inch mark without being quoted. Left in, it
  // would turn the quotes' parity, by which blocks are cut, upside down;
  // every survey tool writes such a cell quoted, with the quote doubled.
  const auto q = score::load_questionnaire("customer-service-quotient");
  std::string text = "id,comment";
  for (const auto& section : q.sections)
    for (const auto& item : section.items) text += "," + item.id;
  text += "\n";
  for (int row = 1; row <= 120; ++row) {
    text += "r" + std::to_string(row) + ",";
    text += row == 3 ? "the 5\" screen is hard to read" : row % 4 == 0 ? "\"two\nlines, \"\"quoted\"\"\"" : "fine";
    for (std::size_t i = 0; i < q.item_count(); ++i) text += "," + std::to_string(1 + (row + i) % 5);
    text += row % 7 == 0 ? "\r\n" : "\n";
  }
  const std::string path = temporary(".csv");
  std::ofstream(path, std::ios::binary) << text;
  score::ScoreJob job;
  job.files = {path};
  const Outcome whole = score_with(job, 1, std::size_t{1} << 30);
  CHECK(whole.error == path + ":4:9: error: a quote inside a cell that does not start with one: expected the whole "
                              "cell in quotes, with its quotes doubled (\"5\"\" screen\" for 5\" screen), as every "
                              "survey tool and spreadsheet writes it");
  for (const auto& [threads, block] : {std::pair{2, 1}, {3, 100}, {2, 700}, {4, 2000}}) {
    CAPTURE(threads);
    CAPTURE(block);
    CHECK(score_with(job, static_cast<std::size_t>(threads), static_cast<std::size_t>(block)) == whole);
  }
  std::remove(path.c_str());
}

TEST_CASE("blocks end at record ends: a quoted line break stays inside its block") {
  const std::string path = temporary(".csv");
  std::ofstream(path, std::ios::binary) << "a,b\n1,\"x\ny\"\n2,z\n3,\"p\r\nq\"\r\n4,w";
  score::CsvReader reader(path);
  REQUIRE(reader.next());  // the header
  score::CsvBlock block;
  std::vector<std::string> blocks;
  while (reader.next_block(block, 1)) blocks.emplace_back(block.text());
  CHECK(blocks == std::vector<std::string>{"1,\"x\ny\"\n", "2,z\n", "3,\"p\r\nq\"\r\n", "4,w"});
  std::remove(path.c_str());
}

TEST_CASE("more groups than kMaxGroups is an error at the row that makes one too many, on any thread") {
  const auto q = score::load_questionnaire("customer-service-quotient");
  std::string text = "id";
  for (const auto& section : q.sections)
    for (const auto& item : section.items) text += "," + item.id;
  text += "\n";
  std::string answers;
  for (std::size_t i = 0; i < q.item_count(); ++i) answers += ",4";
  for (std::size_t row = 1; row <= base::limits::kGroups + 5; ++row) text += "r" + std::to_string(row) + answers + "\n";
  const std::string path = temporary(".csv");
  std::ofstream(path, std::ios::binary) << text;
  score::ScoreJob job;
  job.files = {path};
  job.survey.group_by = "id";  // one group per respondent: a mistake
  job.survey.skip_bad_rows = true;  // and not a row to skip
  const std::string expected = path + ":10002: error: more than 10000 groups in the [group by] column: expected a "
                                      "column that names a few groups (stores, teams), not one per respondent";
  CHECK(score_with(job, 1, std::size_t{1} << 30).error == expected);
  CHECK(score_with(job, 2, 4096).error == expected);
  std::remove(path.c_str());
}

TEST_CASE("rows with the same respondent id are kept, dropped or refused alike on any thread") {
  const auto q = score::load_questionnaire("customer-service-quotient");
  for (unsigned seed = 1; seed <= 4; ++seed) {
    const bool crlf = seed % 2 == 0;
    const std::string eol = crlf ? "\r\n" : "\n";
    std::string text = survey(q, seed, crlf, false, false);
    const std::string body = text.substr(text.find(eol) + eol.size());
    text += body.substr(0, body.find(eol, body.size() / 3) + eol.size());  // a third of the rows again
    const std::string path = temporary(".csv");
    std::ofstream(path, std::ios::binary) << text;
    std::size_t all_rows = 0;
    for (const auto mode : {score::Duplicates::KeepAll, score::Duplicates::KeepFirst, score::Duplicates::KeepLast,
                            score::Duplicates::Error}) {
      CAPTURE(seed);
      CAPTURE(static_cast<int>(mode));
      score::ScoreJob job;
      job.files = {path};
      job.survey.group_by = "store";
      job.survey.duplicates = mode;
      job.scoring.allow_missing = true;
      const Outcome whole = score_with(job, 1, std::size_t{1} << 30);
      const auto rows = static_cast<std::size_t>(std::count(whole.rows.begin(), whole.rows.end(), '\n'));
      if (mode == score::Duplicates::Error)
        CHECK(whole.error.find(": expected each respondent once (a form submitted twice?)") != std::string::npos);
      else if (mode == score::Duplicates::KeepAll)
        all_rows = rows;
      else
        CHECK((rows > 200 && rows < all_rows));  // one row of each id
      for (const auto& [threads, block] : {std::pair{2, 1}, {3, 100}, {4, 64 << 10}}) {
        CAPTURE(threads);
        CAPTURE(block);
        CHECK(score_with(job, static_cast<std::size_t>(threads), static_cast<std::size_t>(block)) == whole);
      }
    }
    std::remove(path.c_str());
  }
}

TEST_CASE("a byte not in the encoding is reported after the rows before it, on any thread") {
  const auto q = score::load_questionnaire("customer-service-quotient");
  for (const bool bad : {false, true}) {
    std::string text = survey(q, 5, false, true, bad);
    text.insert(text.size() * 3 / 4, "\x81");  // not cp1252
    const std::string path = temporary(".csv");
    std::ofstream(path, std::ios::binary) << text;
    for (const bool skip_bad_rows : {false, true}) {
      CAPTURE(bad);
      CAPTURE(skip_bad_rows);
      score::ScoreJob job;
      job.files = {path};
      job.survey.encoding = score::Encoding::Cp1252;
      job.survey.skip_bad_rows = skip_bad_rows;
      job.scoring.allow_missing = true;
      const Outcome whole = score_with(job, 1, std::size_t{1} << 30);
      CHECK(whole.error.find(path + ":") == 0);
      for (const auto& [threads, block] : {std::pair{2, 1}, {3, 100}, {2, 2000}}) {
        CAPTURE(threads);
        CAPTURE(block);
        CHECK(score_with(job, static_cast<std::size_t>(threads), static_cast<std::size_t>(block)) == whole);
      }
    }
    std::remove(path.c_str());
  }
}

TEST_SUITE_END();
