// A mapping proposed from an export's headers picks, on each of the six
// shipped exports, the column the shipped mapping names for every item.
#include <cxkit/base/error.hpp>
#include <cxkit/score/forms.hpp>
#include <cxkit/score/load.hpp>
#include <cxkit/score/run.hpp>
#include "engine/csv.hpp"
#include "engine/headers.hpp"
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <regex>
#include <string>
#include <unistd.h>
#include <vector>

using namespace cxkit;

namespace {

const std::string kRoot = CXKIT_SOURCE_DIR;

std::vector<std::vector<std::string>> header_rows(const std::string& path, std::size_t rows) {
  score::CsvReader csv(path);
  std::vector<std::vector<std::string>> out;
  while (out.size() < rows && csv.next()) {
    out.emplace_back();
    for (std::size_t i = 0; i < csv.size(); ++i) out.back().emplace_back(csv.field(i));
  }
  return out;
}

// The 0-based columns a selector picks, by header text as the README says:
// a header cell's text (spaces normalised), a regex on a cell, a number.
std::vector<std::size_t> columns_of(const score::ColumnSelector& s,
                                    const std::vector<std::vector<std::string>>& headers) {
  if (s.by == score::ColumnSelector::By::Index) return {s.index - 1};
  std::vector<std::size_t> out;
  const std::regex pattern = score::column_pattern(s.by == score::ColumnSelector::By::Regex ? s.text : ".");
  for (std::size_t c = 0; c < headers.front().size(); ++c)
    for (const auto& row : headers)
      if (c < row.size() && (s.by == score::ColumnSelector::By::Regex
                                 ? score::column_matches(pattern, row[c])
                                 : score::normalized_header(row[c]) == score::normalized_header(s.text))) {
        out.push_back(c);
        break;
      }
  return out;
}

std::string write_temporary(const std::string& text) {
  static int counter = 0;
  const std::string path =
      "/tmp/cxkit-propose-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".mapping.yaml";
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// The overall percent, each section's with its n, each item's mean: what the columns decide
// (the shipped mappings also name id and group columns, which change the rest).
std::vector<double> scored(const std::string& mapping, const std::string& export_path) {
  score::ScoreJob job;
  job.files = {export_path};
  job.mapping = mapping;
  const score::Report report = score::run(job);
  std::vector<double> out{report.overall.value_or(-1)};
  for (const auto& s : report.sections) {
    out.push_back(s.percent.value_or(-1));
    out.push_back(static_cast<double>(s.stats.n));
    for (const auto& item : s.item_results) out.push_back(item.mean.value_or(-1));
  }
  return out;
}

}  // namespace

TEST_SUITE("propose mapping") {
  TEST_CASE("on each shipped export it proposes the shipped mapping's column for every item") {
    const auto q = score::load_questionnaire("customer-service-quotient");
    for (const char* tool : {"google-forms", "limesurvey", "microsoft-forms", "qualtrics", "surveymonkey", "typeform"}) {
      CAPTURE(tool);
      const std::string csv = kRoot + "/examples/surveys/" + tool + ".csv";
      const std::string shipped_path = kRoot + "/examples/surveys/" + tool + ".mapping.yaml";
      const auto shipped = score::load_mapping(shipped_path);
      const auto proposal = score::propose_mapping(q, csv);
      CHECK(proposal.header_rows == shipped.header_rows.value_or(1));
      const auto headers = header_rows(csv, proposal.header_rows);
      REQUIRE(proposal.items.size() == q.item_count());
      for (const auto& c : proposal.items) {
        CAPTURE(c.item);
        const auto named = std::find_if(shipped.items.begin(), shipped.items.end(),
                                        [&](const score::ItemColumn& i) { return i.item == c.item; });
        REQUIRE(named != shipped.items.end());
        REQUIRE(c.column);
        CHECK(columns_of(named->column, headers) == std::vector<std::size_t>{*c.column});
        // The header it is named by picks that column alone.
        if (!c.header.empty()) {
          score::ColumnSelector by_header;
          by_header.text = c.header;
          CHECK(columns_of(by_header, headers) == std::vector<std::size_t>{*c.column});
        }
      }
      // Written out, it loads and scores as the shipped mapping does.
      const std::string text = score::mapping_template(q, "customer-service-quotient", proposal);
      const std::string path = write_temporary(text);
      CHECK(scored(path, csv) == scored(shipped_path, csv));
      std::remove(path.c_str());
    }
  }

  TEST_CASE("LimeSurvey's answer codes are read as the scale, the one after it as n/a") {
    const auto q = score::load_questionnaire("customer-service-quotient");
    const auto p = score::propose_mapping(q, kRoot + "/examples/surveys/limesurvey.csv");
    REQUIRE(p.values.size() == 6);
    CHECK(p.values[0].text == "A1");
    CHECK(p.values[0].answer.value == 1);
    CHECK(p.values[4].answer.value == 5);
    CHECK(p.values[5].text == "A6");
    CHECK(p.values[5].answer.state == score::Answer::State::NotApplicable);
    CHECK(std::all_of(p.items.begin(), p.items.end(), [](const score::ProposedColumn& c) { return c.by_position; }));
  }

  TEST_CASE("an item no header matches is left for the user, answers off the scale are listed") {
    const auto q = score::parse_questionnaire(R"(kind: questionnaire
version: 1
id: tiny
title: Tiny
language: en
scale: {min: 1, max: 5}
sections:
  - id: s
    title: Front desk
    items:
      - {id: greet, text: "Patients are greeted by name at the desk."}
      - {id: parking, text: "Parking is easy to find."}
)",
                                              "tiny.yaml");
    const std::string path = write_temporary("") + ".csv";
    std::ofstream(path, std::ios::binary) << "When,Patients are greeted by name at the front desk,Comment\n"
                                             "today,Strongly agree,fine\n";
    const auto p = score::propose_mapping(q, path);
    std::remove(path.c_str());
    CHECK(p.header_rows == 1);
    REQUIRE(p.items[0].column);
    CHECK(*p.items[0].column == 1);
    CHECK(p.items[0].header == "Patients are greeted by name at the front desk");
    CHECK(!p.items[1].column);
    CHECK(p.unknown_answers == std::vector<std::string>{"Strongly agree"});
    const std::string text = score::mapping_template(q, "tiny.yaml", p);
    CHECK(text.find("  greet: {header: \"Patients are greeted by name at the front desk\"}   # column 2, match 0.94\n") !=
          std::string::npos);
    CHECK(text.find("  # parking: {header: \"\"}   # no header matches: name its column\n") != std::string::npos);
    CHECK(text.find("1 of 2 items matched no header") != std::string::npos);
    CHECK(text.find("'Strongly agree'") != std::string::npos);
    CHECK_NOTHROW(score::parse_mapping(text, "proposed.mapping.yaml"));
  }
}
