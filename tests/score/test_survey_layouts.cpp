// The layouts real survey tools export (Google Forms: every cell quoted,
// answers as labels, multi-line comments; Qualtrics: three header rows,
// numeric codes; LimeSurvey: quoted answer codes A1-A6), generated from a
// seed, must score the same whatever the split: on 1, 2, 3 or 8 threads, in
// blocks of 1 byte to 256 KiB, the report (JSON and text), the
// per-respondent rows, the error or every warning are those of one thread
// reading the whole file. Errors and warnings after multi-line cells name
// the row and the line the generator knows it wrote. Only the public API
// (score::run) is used, so these cases hold for any engine behind it.
#include <cxkit/base/error.hpp>
#include <cxkit/score/load.hpp>
#include <cxkit/score/report.hpp>
#include <cxkit/score/run.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>
#include <unistd.h>

using namespace cxkit;

namespace {

const std::string kRoot = CXKIT_SOURCE_DIR;

// A small deterministic generator (the same numbers on every platform).
struct Random {
  std::uint64_t state;
  explicit Random(std::uint64_t seed) : state(seed * 0x9E3779B97F4A7C15ull + 1) {}
  unsigned operator()(unsigned n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<unsigned>((state >> 33) % n);
  }
  template <class T, std::size_t N>
  const T& pick(const T (&from)[N]) {
    return from[(*this)(static_cast<unsigned>(N))];
  }
  template <class T>
  const T& pick(const T* first, const T* last) {
    return first[(*this)(static_cast<unsigned>(last - first))];
  }
};

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

// An export being written: the text, and the line each data row starts on
// (1-based, counting LF as the line break, as editors do) and its offset.
struct Export {
  std::string text;
  std::vector<std::size_t> row_lines, row_offsets;
  std::vector<std::size_t> marks;  // offsets of cells a generator marks (bad ones)
  std::size_t next_line() const { return 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }
  void header(const std::string& record) { text += record; }
  void row(const std::string& record) {
    row_lines.push_back(next_line());
    row_offsets.push_back(text.size());
    text += record;
  }
  // "line:column" of the byte at `offset`, the column in characters, as an
  // editor shows them.
  std::string place(std::size_t offset) const {
    const auto at = text.begin() + static_cast<long>(offset);
    const auto line_start = std::find(std::make_reverse_iterator(at), text.rend(), '\n').base();
    const auto column =
        1 + std::count_if(line_start, at, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    return std::to_string(1 + std::count(text.begin(), at, '\n')) + ":" + std::to_string(column);
  }
};

std::string temporary(const std::string& suffix) {
  static int counter = 0;
  return "/tmp/cxkit-layouts-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + suffix;
}

std::string slurp(const std::string& path) {
  std::ostringstream out;
  out << std::ifstream(path, std::ios::binary).rdbuf();
  return out.str();
}

std::string first_line(const std::string& path) {
  const std::string text = slurp(path);
  return text.substr(0, text.find('\n') + 1);
}

// A file that is removed at the end of the test case.
struct TempFile {
  std::string path;
  TempFile(const std::string& suffix, const std::string& text) : path(temporary(suffix)) {
    std::ofstream(path, std::ios::binary) << text;
  }
  ~TempFile() { std::remove(path.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
};

std::vector<std::string> item_ids() {
  const auto q = score::load_questionnaire("customer-service-quotient");
  std::vector<std::string> ids;
  for (const auto& section : q.sections)
    for (const auto& item : section.items) ids.push_back(item.id);
  return ids;
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

struct Outcome {
  std::string json, text, rows, error, warnings;
  std::size_t respondents = 0;
  std::vector<std::string> warning_list;
};

// One run of `job` on `threads` threads in blocks of `block_bytes`;
// `rows_suffix` (.ndjson or .csv) picks the per-respondent format.
Outcome score_with(score::ScoreJob job, std::size_t threads, std::size_t block_bytes, const std::string& rows_suffix) {
  job.threads = threads;
  job.block_bytes = block_bytes;
  job.per_respondent = temporary(rows_suffix);
  Outcome out;
  try {
    const score::Report report = score::run(job);
    out.json = score::score_json(report, {});
    out.text = score::score_text(report, {});
    out.rows = slurp(job.per_respondent);
    out.respondents = report.respondents;
    out.warning_list = report.warnings;
    for (const auto& warning : report.warnings) out.warnings += warning + "\n";
    out.warnings += "(" + std::to_string(report.warning_count) + " in all)";
  } catch (const Error& e) {
    out.error = e.what();
  }
  std::remove(job.per_respondent.c_str());
  return out;
}

// "" when equal, else where the two first differ, with some context.
std::string difference(const std::string& reference, const std::string& split) {
  if (reference == split) return "";
  std::size_t at = 0;
  while (at < reference.size() && at < split.size() && reference[at] == split[at]) ++at;
  const std::size_t from = at > 60 ? at - 60 : 0;
  return "first difference at byte " + std::to_string(at) + " (lengths " + std::to_string(reference.size()) + " and " +
         std::to_string(split.size()) + "):\n  one thread, one block: ..." + reference.substr(from, 160) +
         "\n  split:                 ..." + split.substr(from, 160);
}

constexpr std::size_t kThreads[] = {1, 2, 3, 8};
constexpr std::size_t kBlocks[] = {1, 7, 64, 300, 4096, std::size_t{1} << 16, std::size_t{256} << 10};
constexpr std::size_t kWholeBlock = std::size_t{256} << 10;

// Scores `job` on one thread in the largest block (the reference) and on
// every other split, and checks that each split gives the reference's
// outcome byte for byte. Returns the reference.
Outcome same_on_every_split(const score::ScoreJob& job, const std::string& rows_suffix = ".ndjson") {
  const Outcome reference = score_with(job, 1, kWholeBlock, rows_suffix);
  // Either a report with its rows or an error: never nothing.
  CHECK((reference.error.empty() ? !reference.json.empty() && !reference.text.empty() && !reference.rows.empty()
                                 : reference.json.empty()));
  for (const std::size_t threads : kThreads)
    for (const std::size_t block : kBlocks) {
      if (threads == 1 && block == kWholeBlock) continue;
      CAPTURE(threads);
      CAPTURE(block);
      const Outcome split = score_with(job, threads, block, rows_suffix);
      const std::string error = difference(reference.error, split.error);
      CHECK_MESSAGE(error.empty(), "error: " << error);
      const std::string warnings = difference(reference.warnings, split.warnings);
      CHECK_MESSAGE(warnings.empty(), "warnings: " << warnings);
      const std::string json = difference(reference.json, split.json);
      CHECK_MESSAGE(json.empty(), "JSON report: " << json);
      const std::string text = difference(reference.text, split.text);
      CHECK_MESSAGE(text.empty(), "text report: " << text);
      const std::string rows = difference(reference.rows, split.rows);
      CHECK_MESSAGE(rows.empty(), "per-respondent rows: " << rows);
    }
  return reference;
}

std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// ---- Google Forms -----------------------------------------------------------

// The scale labels as respondents' tools write them, in several cases.
const char* const kLabels[][3] = {
    {"Never", "never", "NEVER"},
    {"Almost never", "almost never", "Almost Never"},
    {"Sometimes", "sometimes", "SOMETIMES"},
    {"Usually", "usually", "USUALLY"},
    {"Always", "always", "ALWAYS"},
    {"Not applicable", "not applicable", "Not Applicable"},
};

const char* const kStores[] = {"Rugby", "Leamington Spa", "Kenilworth", "Rugby, Town Centre"};

// Free text as people type it: commas, quotes, CRLF and LF line breaks
// (several in one cell), nothing at all.
std::string comment(Random& next, const std::string& eol) {
  switch (next(12)) {
    case 0: return "late, again";
    case 1: return "said \"hi\" and \"bye\"";
    case 2: return "two\nlines";
    case 3: return "three\r\nline\r\ncomment";
    case 4: return "mixed\r\nbreaks\nand, commas \"quoted\"";
    case 5: return ",";
    case 6: return "\"";
    case 7: return "ends with a break" + eol;
    case 8: return "We log complaints in the red book but nobody looks at it.";
    default: return "";
  }
}

std::string timestamp(std::size_t row) {
  const std::size_t t = 7 * 3600 + row * 37;  // seconds after midnight, one row every 37 s
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "2026/10/%02zu %zu:%02zu:%02zu %s GMT+1", 6 + t / 86400,
                (t % 43200) / 3600 == 0 ? 12 : (t % 43200) / 3600, (t % 3600) / 60, t % 60,
                t % 86400 < 43200 ? "AM" : "PM");
  return buffer;
}

std::string label(Random& next, bool missing) {
  const unsigned pick = next(100);
  if (missing && pick < 3) return "";
  if (pick < 8) return kLabels[5][next(3)];
  return kLabels[pick % 5][next(3)];
}

// The shipped Google Forms export's layout and header (Timestamp, Store,
// Your role, 24 items, a comment), every cell quoted; "Your role", before
// the items, and the comment, after them, hold multi-line text.
std::string google_forms(unsigned seed, std::size_t rows, bool crlf, bool missing) {
  Random next(seed);
  const std::string eol = crlf ? "\r\n" : "\n";
  std::string header = first_line(kRoot + "/examples/surveys/google-forms.csv");
  header.pop_back();  // its LF
  Export out;
  out.header(header + eol);
  const char* const roles[] = {"Store manager", "Sales assistant", "Supervisor,\nstockroom",
                               "Sales assistant\r\n(weekends)\r\nand stock", "Cashier \"lead\""};
  for (std::size_t row = 0; row < rows; ++row) {
    std::string record = quoted(timestamp(row)) + "," + quoted(next.pick(kStores)) + "," + quoted(next.pick(roles));
    for (int i = 0; i < 24; ++i) record += "," + quoted(label(next, missing));
    out.row(record + "," + quoted(comment(next, eol)) + eol);
  }
  return out.text;
}

// The shipped Google Forms header's cells (every one quoted, "" inside).
std::vector<std::string> google_forms_header() {
  const std::string line = first_line(kRoot + "/examples/surveys/google-forms.csv");
  std::vector<std::string> cells;
  std::string cell;
  bool in_quotes = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_quotes && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
      cell += '"';
      ++i;
    } else if (c == '"') {
      in_quotes = !in_quotes;
    } else if (!in_quotes && (c == ',' || c == '\n' || c == '\r')) {
      cells.push_back(cell);
      cell.clear();
      if (c != ',') break;
    } else {
      cell += c;
    }
  }
  return cells;
}

// A mapping of the shipped Google Forms layout written by the test: every
// item by its full header (the shipped one finds some by regex:, which is
// slow to match in a Debug build), single-quoted for YAML.
std::string google_forms_mapping() {
  const auto header = google_forms_header();
  const auto ids = item_ids();
  REQUIRE(header.size() == 3 + ids.size() + 1);
  std::string yaml = "kind: mapping\nversion: 1\nquestionnaire: customer-service-quotient\n"
                     "id: {header: Timestamp}\ngroup: {header: Store}\nitems:\n";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    std::string text;
    for (const char c : header[3 + i]) text += c == '\'' ? std::string("''") : std::string(1, c);
    yaml += "  " + ids[i] + ": {header: '" + text + "'}\n";
  }
  return yaml;
}

// A layout of the test's own: free text first (so a record starts with a
// multi-line quoted cell), the id and the group, the items headed
// "Q [item-id]", a comment last. With `values`, a mapping's extra spellings.
std::string own_mapping(const std::string& id, const std::string& group, const std::string& values = "") {
  std::string yaml = "kind: mapping\nversion: 1\nquestionnaire: customer-service-quotient\n";
  yaml += "id: {header: " + id + "}\ngroup: {header: " + group + "}\nitems:\n";
  for (const auto& item : item_ids()) yaml += "  " + item + ": {header: \"Q [" + item + "]\"}\n";
  if (!values.empty()) yaml += "values:\n" + values;
  return yaml;
}

std::string own_header(const std::string& eol) {
  std::string header = quoted("Notes") + "," + quoted("Timestamp") + "," + quoted("Store");
  for (const auto& item : item_ids()) header += "," + quoted("Q [" + item + "]");
  return header + "," + quoted("Comment") + eol;
}

struct OwnRow {
  std::string notes, id, store;
  std::vector<std::string> cells;  // as written, quoted or not
  std::string comment;
};

std::string own_record(const OwnRow& r, const std::string& eol) {
  std::string record = quoted(r.notes) + "," + quoted(r.id) + "," + quoted(r.store);
  for (const auto& cell : r.cells) record += "," + cell;
  return record + "," + quoted(r.comment) + eol;
}

OwnRow own_row(Random& next, std::size_t row, const std::string& eol, bool missing) {
  OwnRow r;
  r.notes = comment(next, eol);
  r.id = timestamp(row);
  r.store = next.pick(kStores);
  for (std::size_t i = 0; i < 24; ++i) r.cells.push_back(quoted(label(next, missing)));
  r.comment = comment(next, eol);
  return r;
}

std::string own_layout(unsigned seed, std::size_t rows, bool crlf, bool missing) {
  Random next(seed);
  const std::string eol = crlf ? "\r\n" : "\n";
  Export out;
  out.header(own_header(eol));
  for (std::size_t row = 0; row < rows; ++row) out.row(own_record(own_row(next, row, eol, missing), eol));
  return out.text;
}

constexpr const char* kOffScale = "is not on the scale: expected a whole number from 1 to 5, a scale label, n/a, or a "
                                  "value listed in the mapping";

// ---- Qualtrics ----------------------------------------------------------------

const char* const kTags[] = {"Q1_1", "Q1_2", "Q1_3", "Q2_1", "Q2_2", "Q2_3", "Q2_4", "Q3_1",
                             "Q3_2", "Q3_3", "Q4_1", "Q4_2", "Q4_3", "Q5_1", "Q5_2", "Q5_3",
                             "Q6_1", "Q6_2", "Q6_3", "Q6_4", "Q6_5", "Q7_1", "Q7_2", "Q7_3"};

std::string qualtrics_mapping() {
  std::string yaml = "kind: mapping\nversion: 1\nquestionnaire: customer-service-quotient\nheader_rows: 3\n"
                     "id: {header: ResponseId}\ngroup: {header: Department}\nitems:\n";
  const auto ids = item_ids();
  for (std::size_t i = 0; i < ids.size(); ++i) yaml += "  " + ids[i] + ": {header: " + kTags[i] + "}\n";
  // The scale points are coded 1-5 and "Not applicable" 6; -99 is what
  // Qualtrics writes for a question seen but not answered.
  return yaml + "values:\n  \"6\": n/a\n  \"-99\": n/a\n";
}

// A BOM, three header rows (export tags; question texts, one of them quoted
// over two lines; import ids as quoted JSON), CRLF, numeric codes with 6
// for n/a, a quoted comment where it needs quotes, the department last.
// With `bad`, every 50th row from row 10 has a 0 (off the scale) for item 3.
Export qualtrics(unsigned seed, std::size_t rows, bool bad) {
  Random next(seed);
  const std::string eol = "\r\n";
  const std::string meta[] = {"StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)",
                              "Finished", "RecordedDate", "ResponseId", "DistributionChannel", "UserLanguage"};
  std::string tags, texts, imports;
  for (const auto& m : meta) {
    tags += m + ",";
    texts += (m == "Duration (in seconds)" ? m : m + " text") + ",";
    imports += quoted("{\"ImportId\":\"" + m + "\"}") + ",";
  }
  for (std::size_t i = 0; i < 24; ++i) {
    tags += std::string(kTags[i]) + ",";
    const std::string text = "Section " + std::to_string(i / 3 + 1) + ": how often is this true? - Statement " +
                             std::to_string(i + 1) + (i % 7 == 3 ? "\n(Optional, \"honest\" answers)" : "");
    texts += (text.find_first_of(",\"\n") != std::string::npos ? quoted(text) : text) + ",";
    imports += quoted("{\"ImportId\":\"QID" + std::to_string(i / 3 + 1) + "_" + std::to_string(i % 3 + 1) + "\"}") + ",";
  }
  tags += "Q8,Department" + eol;
  texts += quoted("Anything else?\n(Optional \xE2\x80\x93 your answers are anonymous.)") + ",Department" + eol;
  imports += quoted("{\"ImportId\":\"QID8_TEXT\"}") + "," + quoted("{\"ImportId\":\"Department\"}") + eol;
  Export out;
  out.header("\xEF\xBB\xBF" + tags + texts + imports);
  const char* const departments[] = {"Housekeeping", "Front desk", "Kitchen", "Food & beverage", "Maintenance"};
  for (std::size_t row = 0; row < rows; ++row) {
    const std::string when = "2026-11-0" + std::to_string(2 + row % 5) + " 0" + std::to_string(8 + row % 2) + ":" +
                             std::to_string(10 + row % 50) + ":" + std::to_string(10 + row % 47);
    std::string record = when + "," + when + ",0,,100," + std::to_string(200 + next(900)) + ",True," + when + ",R_" +
                         std::to_string(1000003 * (row + 1) + seed) + "x" + std::to_string(row) + ",anonymous,EN-GB";
    for (std::size_t i = 0; i < 24; ++i) {
      const unsigned pick = next(100);
      if (bad && i == 2 && row % 50 == 9) {
        out.marks.push_back(out.text.size() + record.size() + 1);  // the 0, once the row is written
        record += ",0";
      }
      else record += "," + (pick < 6 ? std::string("6") : pick < 8 ? std::string("-99") : std::to_string(1 + next(5)));
    }
    const std::string text = comment(next, eol);
    record += "," + (text.find_first_of(",\"\r\n") != std::string::npos ? quoted(text) : text);
    out.row(record + "," + next.pick(departments) + eol);
  }
  return out;
}

// ---- LimeSurvey ---------------------------------------------------------------

const char* const kLimeColumns[] = {"CM[SQ001]", "CM[SQ002]", "CM[SQ003]", "CA[SQ001]", "CA[SQ002]", "CA[SQ003]",
                                    "CA[SQ004]", "ER[SQ001]", "ER[SQ002]", "ER[SQ003]", "UI[SQ001]", "UI[SQ002]",
                                    "UI[SQ003]", "CO[SQ001]", "CO[SQ002]", "CO[SQ003]", "SS[SQ001]", "SS[SQ002]",
                                    "SS[SQ003]", "SS[SQ004]", "SS[SQ005]", "IP[SQ001]", "IP[SQ002]", "IP[SQ003]"};

// As LimeSurvey writes it: a BOM, every value quoted but empty (NULL) ones,
// CRLF, an empty line at the end; answer codes A1-A6 (now and then in lower
// case); clients never see the staff section (SS), so their cells are empty.
std::string limesurvey(unsigned seed, std::size_t rows) {
  Random next(seed);
  const std::string eol = "\r\n";
  std::string header = "\xEF\xBB\xBF";
  for (const char* column : {"id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ROLE"})
    header += quoted(column) + ",";
  for (const char* column : kLimeColumns) header += quoted(column) + ",";
  Export out;
  out.header(header + quoted("COMMENT") + eol);
  for (std::size_t row = 0; row < rows; ++row) {
    const bool client = next(3) == 0;
    const std::string date = "2026-10-" + std::to_string(19 + row % 5) + " 0" + std::to_string(row % 10) + ":21:05";
    std::string record = quoted(std::to_string(row + 3)) + "," + quoted(date) + "," + quoted("9") + "," + quoted("en") +
                         "," + quoted(std::to_string(100000 + next(900000))) + "," + quoted(date) + "," + quoted(date) +
                         "," + quoted(client ? "CLIENT" : "STAFF");
    for (std::size_t i = 0; i < 24; ++i) {
      if (client && kLimeColumns[i][0] == 'S') {
        record += ",";  // NULL: not quoted
        continue;
      }
      const unsigned pick = next(100);
      const std::string code = std::string(pick < 5 ? "a" : "A") + std::to_string(pick < 10 ? 6 : 1 + next(5));
      record += "," + quoted(code);
    }
    out.row(record + "," + quoted(comment(next, eol)) + eol);
  }
  return out.text + eol;
}

// The number after the first "percent": following `key` in a JSON report.
double percent_after(const std::string& json, const std::string& key) {
  const std::size_t at = json.find("\"percent\": ", json.find(key));
  REQUIRE(at != std::string::npos);
  return std::stod(json.substr(at + 11, 12));
}

// The reference scored something: `respondents` of them, and the JSON and
// the rows say so.
void scored(const Outcome& reference, std::size_t respondents) {
  REQUIRE_MESSAGE(reference.error.empty(), reference.error);
  CHECK(reference.respondents == respondents);
  CHECK(reference.json.find("\"respondents\": " + std::to_string(respondents)) != std::string::npos);
  CHECK(reference.json.size() > 1000);
}

}  // namespace

TEST_SUITE_BEGIN("score/survey_layouts");

TEST_CASE("layout: a Google Forms export (all quoted, labels, multi-line cells) scores the same on any split") {
  // Seed 1: the shipped mapping, LF; seed 2: a mapping by full headers,
  // CRLF, some answers left out (counted as n/a).
  const TempFile written(".yaml", google_forms_mapping());
  for (unsigned seed = 1; seed <= 2; ++seed) {
    CAPTURE(seed);
    const bool crlf = seed == 2, missing = seed == 2;
    const std::size_t rows = seed == 1 ? 120 : 160;
    const TempFile csv(".csv", google_forms(seed, rows, crlf, missing));
    score::ScoreJob job;
    job.files = {csv.path};
    job.mapping = seed == 1 ? kRoot + "/examples/surveys/google-forms.mapping.yaml" : written.path;
    job.scoring.allow_missing = missing;
    const Outcome reference = same_on_every_split(job);
    scored(reference, rows);
    CHECK(count_lines(reference.rows) == rows);
    // Grouped by the mapping's Store column: four groups, one with a comma.
    CHECK(reference.json.find("\"group\": \"Rugby, Town Centre\"") != std::string::npos);
  }
}

TEST_CASE("layout: a multi-line quoted cell before the items, and after, scores the same on any split") {
  // CRLF, the per-respondent rows as CSV (the error cases below score this
  // layout with LF and CRLF too).
  const std::size_t rows = 150;
  const TempFile mapping(".yaml", own_mapping("Timestamp", "Store"));
  const TempFile csv(".csv", own_layout(12, rows, true, false));
  score::ScoreJob job;
  job.files = {csv.path};
  job.mapping = mapping.path;
  const Outcome reference = same_on_every_split(job, ".csv");
  scored(reference, rows);
  CHECK(count_lines(reference.rows) == rows + 1);  // a header line, then a row each
}

TEST_CASE("layout: a Qualtrics export (3 header rows, numeric codes, values: for n/a) scores the same on any split") {
  const std::size_t rows = 160;
  const TempFile mapping(".yaml", qualtrics_mapping());
  for (unsigned seed = 21; seed <= 22; ++seed) {
    CAPTURE(seed);
    // Seed 22: rows 10, 60, 110 and 160 have a 0, skipped with a warning.
    const bool bad = seed == 22;
    const Export file = qualtrics(seed, rows, bad);
    const TempFile csv(".csv", file.text);
    score::ScoreJob job;
    job.files = {csv.path};
    job.mapping = mapping.path;
    job.survey.skip_bad_rows = bad;
    const Outcome reference = same_on_every_split(job);
    scored(reference, bad ? rows - 4 : rows);
    CHECK(count_lines(reference.rows) == (bad ? rows - 4 : rows));
    if (bad) {
      // At the lines the generator wrote them on, past the multi-line
      // header row and comments.
      REQUIRE(reference.warning_list.size() >= 4);
      CHECK(file.row_lines[9] > 10 + 3);
      for (std::size_t i = 0; i < 4; ++i) {
        const std::size_t row = 10 + 50 * i;
        REQUIRE(file.place(file.marks[i]).rfind(std::to_string(file.row_lines[row - 1]) + ":", 0) == 0);
        const std::string expected = csv.path + ":" + file.place(file.marks[i]) + ": warning: skipped: row " +
                                     std::to_string(row) + ", column 14 ('Q1_3'): the answer '0' " + kOffScale;
        CHECK(reference.warning_list[i] == expected);
      }
    }
    CHECK(reference.json.find("\"group\": \"Food & beverage\"") != std::string::npos);
  }
}

TEST_CASE("layout: a LimeSurvey export (quoted A1-A6 codes through values:) scores the same on any split") {
  const std::size_t rows = 160;
  const std::string mapping = kRoot + "/examples/surveys/limesurvey.mapping.yaml";
  for (unsigned seed = 31; seed <= 32; ++seed) {
    CAPTURE(seed);
    const TempFile csv(".csv", limesurvey(seed, rows));
    score::ScoreJob job;
    job.files = {csv.path};
    job.mapping = mapping;
    const Outcome reference = same_on_every_split(job, seed == 31 ? ".csv" : ".ndjson");
    scored(reference, rows);
    CHECK(reference.json.find("\"group\": \"CLIENT\"") != std::string::npos);
  }
}

namespace {

// Rows whose notes and comments run over 2 and 3 lines (LF or CRLF), as
// the rows of an error test; the row lines are known to the generator.
struct MultiLine {
  std::string eol;
  Export out;
  std::vector<OwnRow> rows;
  explicit MultiLine(unsigned seed, std::size_t count, bool crlf) : eol(crlf ? "\r\n" : "\n") {
    Random next(seed);
    for (std::size_t row = 0; row < count; ++row) {
      OwnRow r = own_row(next, row, eol, false);
      r.notes = row % 2 == 0 ? "note " + std::to_string(row) + eol + "line two"
                             : "note, " + std::to_string(row) + "\nline \"two\"" + eol + "line three";
      r.comment = row % 3 == 0 ? "a comment" + eol + "over" + eol + "three lines" : row % 3 == 1 ? "" : "one, line";
      rows.push_back(r);
    }
  }
  // The export, with row `rows[i]` as written (after any change).
  std::string text() {
    out = Export();
    out.header(own_header(eol));
    for (const auto& r : rows) out.row(own_record(r, eol));
    return out.text;
  }
  // Line where the 1-based data row `row` starts.
  std::size_t line_of(std::size_t row) const { return out.row_lines.at(row - 1); }
  // "line:column" where the cell of item `item` (0-based) of the 1-based
  // data row `row` starts, as own_record writes it.
  std::string place_of(std::size_t row, std::size_t item) const {
    const OwnRow& r = rows.at(row - 1);
    std::size_t offset = out.row_offsets.at(row - 1) + quoted(r.notes).size() + 1 + quoted(r.id).size() + 1 +
                         quoted(r.store).size() + 1;
    for (std::size_t i = 0; i < item; ++i) offset += r.cells[i].size() + 1;
    return out.place(offset);
  }
};

// The column (1-based) of the item column `item` (0-based) in the own layout.
std::size_t item_column(std::size_t item) { return 4 + item; }

}  // namespace

TEST_CASE("layout: an answer off the scale after multi-line cells names its row and line on any split") {
  const auto ids = item_ids();
  for (const bool crlf : {false, true}) {
    CAPTURE(crlf);
    MultiLine file(41, 120, crlf);
    // Rows 61 ("Often", item 6) and 111 ("7", item 20), both after 2- and
    // 3-line cells; row 90 has " usually " (a label with spaces: accepted).
    file.rows[60].cells[5] = quoted("Often");
    file.rows[110].cells[19] = "7";
    file.rows[89].cells[0] = quoted(" usually ");
    const TempFile mapping(".yaml", own_mapping("Timestamp", "Store"));
    const TempFile csv(".csv", file.text());
    // The lines, from the generator: the header is one line, each row of
    // notes (2 or 3 lines) and comments (1 or 3 lines) before them.
    REQUIRE(file.line_of(1) == 2);
    const std::size_t line61 = file.line_of(61), line111 = file.line_of(111);
    CHECK(line61 > 61 * 2);
    // The items come after the notes (2 or 3 lines): on a later line.
    CHECK(std::stoul(file.place_of(61, 5)) > line61);
    CHECK(std::stoul(file.place_of(111, 19)) > line111);
    score::ScoreJob job;
    job.files = {csv.path};
    job.mapping = mapping.path;
    if (!crlf) {  // refused (LF only, to keep the time down)
      const Outcome reference = same_on_every_split(job);
      const std::string expected = csv.path + ":" + file.place_of(61, 5) + ": error: row 61, column " +
                                   std::to_string(item_column(5)) + " ('Q [" + ids[5] + "]'): the answer 'Often' " +
                                   kOffScale;
      CHECK_MESSAGE(starts_with(reference.error, expected), reference.error);
    }
    job.survey.skip_bad_rows = true;
    {
      const Outcome reference = same_on_every_split(job);
      scored(reference, 118);
      const std::vector<std::string> expected = {
          csv.path + ":" + file.place_of(61, 5) + ": warning: skipped: row 61, column " +
              std::to_string(item_column(5)) + " ('Q [" + ids[5] + "]'): the answer 'Often' " + kOffScale,
          csv.path + ":" + file.place_of(111, 19) + ": warning: skipped: row 111, column " +
              std::to_string(item_column(19)) + " ('Q [" + ids[19] + "]'): the answer '7' " + kOffScale,
      };
      // Each skipped row has its warning, in order, at its line; any other
      // warning (a summary) comes after them.
      REQUIRE(reference.warning_list.size() >= expected.size());
      for (std::size_t i = 0; i < expected.size(); ++i) CHECK(reference.warning_list[i] == expected[i]);
      for (std::size_t i = expected.size(); i < reference.warning_list.size(); ++i)
        CHECK(reference.warning_list[i].find("row 61") == std::string::npos);
      CHECK(count_lines(reference.rows) == 118);
    }
  }
}

TEST_CASE("layout: a repeated Timestamp after multi-line cells names both rows on any split") {
  for (const bool crlf : {false, true}) {
    CAPTURE(crlf);
    MultiLine file(43, 120, crlf);
    file.rows[112].id = file.rows[61].id;  // row 113 repeats row 62's Timestamp
    const std::string id = file.rows[61].id;
    const TempFile mapping(".yaml", own_mapping("Timestamp", "Store"));
    const TempFile csv(".csv", file.text());
    score::ScoreJob job;
    job.files = {csv.path};
    job.mapping = mapping.path;
    // The default (keep all): scored, with a warning naming both rows (LF).
    if (!crlf) {
      const Outcome reference = same_on_every_split(job);
      scored(reference, 120);
      const std::string expected = csv.path + ": warning: 1 row repeats the respondent id of an earlier row (the first: '" +
                                   id + "' on rows 62 and 113): all are scored";
      CHECK(std::any_of(reference.warning_list.begin(), reference.warning_list.end(),
                        [&](const std::string& w) { return starts_with(w, expected); }));
      CHECK_MESSAGE(reference.warnings.find("rows 62 and 113") != std::string::npos, reference.warnings);
    }
    // Refused: the error is at the repeating row's line and names the first
    // (CRLF).
    job.survey.duplicates = score::Duplicates::Error;
    if (crlf) {
      const Outcome reference = same_on_every_split(job);
      CHECK(reference.error == csv.path + ":" + std::to_string(file.line_of(113)) + ": error: row 113 has the respondent id '" +
                                   id + "' of row 62: expected each respondent once (a form submitted twice?)");
    }
  }
}

TEST_CASE("layout: a quote never closed at the end, after multi-line cells, is reported alike on any split") {
  // CRLF, bad rows skipped: a syntax error is an error all the same.
  MultiLine file(45, 120, true);
  const TempFile mapping(".yaml", own_mapping("Timestamp", "Store"));
  std::string text = file.text();
  // One more row whose notes open a quote that the file never closes.
  const std::size_t line = file.out.next_line();
  text += "\"never closed\r\nthe export was cut here,\"\"" + std::string(",x,y,1,2,3\r\n4,5");
  const TempFile csv(".csv", text);
  score::ScoreJob job;
  job.files = {csv.path};
  job.mapping = mapping.path;
  job.survey.skip_bad_rows = true;
  const Outcome reference = same_on_every_split(job);
  CHECK(reference.error == csv.path + ":" + std::to_string(line) +
                               ":1: error: a quoted field is never closed: expected a closing \" before the end of "
                               "the file");
}

TEST_CASE("layout: text after a closing quote in a middle row, after multi-line cells, is reported alike on any split") {
  // LF, bad rows skipped: a syntax error is an error all the same.
  MultiLine file(47, 150, false);
  file.rows[120].cells[3] = "\"Usually\"x";  // row 121, after its 2- or 3-line notes
  const TempFile mapping(".yaml", own_mapping("Timestamp", "Store"));
  const std::string text = file.text();
  const TempFile csv(".csv", text);
  // The line and column of the x, from the text written.
  const std::size_t x = text.find("\"Usually\"x") + 9;
  const std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(x), '\n'));
  const std::size_t column = x - text.rfind('\n', x);
  REQUIRE(line > file.line_of(121));  // the notes moved it down
  score::ScoreJob job;
  job.files = {csv.path};
  job.mapping = mapping.path;
  job.survey.skip_bad_rows = true;
  const Outcome reference = same_on_every_split(job);
  CHECK(reference.error == csv.path + ":" + std::to_string(line) + ":" + std::to_string(column) +
                               ": error: text after a closing quote: expected the delimiter or the end of the line");
}

namespace {

// Something odd to write into an export: a cell (written as an answer and
// as the comment of an extra row), or a line of its own between rows.
struct Odd {
  const char* name;
  std::string cell, line;
};

// A plain export (id, store, the items by id, a comment) of `rows` rows
// with the oddities written in, one after the other, before every 12th
// row: whatever one thread makes of them, every split must make the same.
std::string with_oddities(unsigned seed, std::size_t rows, const std::vector<Odd>& odds, bool crlf) {
  Random next(seed);
  const std::string eol = crlf ? "\r\n" : "\n";
  std::string text = "id,store";
  for (const auto& item : item_ids()) text += "," + item;
  text += ",comment" + eol;
  std::size_t k = 0;
  for (std::size_t row = 0; row < rows; ++row) {
    if (row % 12 == 5) {
      const Odd& odd = odds[k++ % odds.size()];
      if (!odd.cell.empty()) {
        std::string record = "r" + std::to_string(row) + "b,Rugby";
        for (int i = 0; i < 24; ++i) record += i == 7 ? "," + odd.cell : std::string(",3");
        text += record + "," + odd.cell + eol;
      }
      const bool ended = !odd.line.empty() && (odd.line.back() == '\n' || odd.line.back() == '\r');
      if (!odd.line.empty()) text += odd.line + (ended ? "" : eol);
    }
    text += "r" + std::to_string(row) + "," + next.pick(kStores + 0, kStores + 3);
    for (int i = 0; i < 24; ++i) text += "," + std::to_string(1 + next(5));
    text += ",fine" + eol;
  }
  return text;
}

}  // namespace

TEST_CASE("layout: quotes in unquoted cells, quoted empty cells and blank or odd line ends split alike") {
  std::string cr_row = "r-cr,Leith";  // a whole row, ended by a lone CR
  for (int i = 0; i < 24; ++i) cr_row += ",2";
  cr_row += ",cr\r";
  // Those that make a bad row last, and last of all a quote inside an
  // unquoted cell (which a reader may refuse outright): in the file of them
  // all, the others come before the first error.
  const std::vector<Odd> odds = {
      {"quoted empty cell", "\"\"", ""},
      {"quoted blank line", "", "\"\""},
      {"quoted empty cells only", "", "\"\",\"\""},
      {"a line of only CRLF", "", "\r\n"},
      {"a row ended by a lone CR", "", cr_row},
      {"spaces only", "", "  "},
      {"lone CR inside a row", "4\r5", ""},
      {"quoted label with a quote in it", "\"Usually \"\"mostly\"\"\"", ""},
      {"quote inside an unquoted answer", "5 \"ish\"", ""},
      {"quote inside an unquoted comment", "ab\"c", ""},
  };
  const auto check = [](const std::string& text, bool skip_bad_rows) {
    const TempFile csv(".csv", text);
    score::ScoreJob job;
    job.files = {csv.path};
    job.survey.group_by = "store";
    job.survey.skip_bad_rows = skip_bad_rows;
    job.scoring.allow_missing = true;
    const Outcome reference = same_on_every_split(job);
    // Scored, or refused at a place in the file.
    CHECK((reference.respondents >= 35 || starts_with(reference.error, csv.path + ":")));
  };
  // All of them in one file, every one twice or more: refused at the first
  // bad row (LF), or read with bad rows skipped (CRLF) up to the quotes in
  // unquoted cells.
  for (const bool crlf : {false, true}) {
    CAPTURE(crlf);
    check(with_oddities(71, 250, odds, crlf), crlf);
  }
  // Those that need no bad row skipped, together (LF); each quote inside an
  // unquoted cell alone (CRLF, then LF), bad rows skipped.
  check(with_oddities(50, 80, std::vector<Odd>(odds.begin(), odds.begin() + 6), false), true);
  for (const std::size_t i : {8, 9}) {
    CAPTURE(odds[i].name);
    check(with_oddities(51 + static_cast<unsigned>(i), 40, {odds[i]}, i == 8), true);
  }
}

TEST_CASE("layout: a mapping's values win over the digits, in any case, with blanks around, on any split") {
  // "5" means Never here, as an export of a reversed scale has it; "x" and
  // "X" are the mapping's "x"; "6" is n/a: none of them reads as a digit.
  // Spaces and tabs around a value are left out, as around a label.
  const auto ids = item_ids();
  std::string yaml = "kind: mapping\nversion: 1\nquestionnaire: customer-service-quotient\nid: {header: id}\nitems:\n";
  for (const auto& item : ids) yaml += "  " + item + ": {header: " + item + "}\n";
  const TempFile mapping(".yaml", yaml + "values:\n  \"5\": 1\n  x: 3\n  \"6\": n/a\n  A3: 3\n");
  struct Case {
    std::vector<std::string> spellings;
    double overall;  // percent, by hand
  };
  const std::vector<Case> cases = {
      {{"5"}, 20},                        // every answer Never
      {{"x", "X", "\"x\""}, 60},        // every answer 3
      {{"6", "2"}, 40},                   // n/a left out: every answered one 2
      {{"5", "4", "6"}, 50},              // 1 and 4, as many of each
      {{" x", "\"x \"", "\tX", "x  "}, 60},  // with blanks around
      {{"A3", " a3", "\"A3 \"", "\"\ta3\"", "\"A3\""}, 60},
  };
  for (const auto& c : cases) {
    CAPTURE(c.overall);
    std::string text = "id";
    for (const auto& item : ids) text += "," + item;
    text += "\n";
    for (std::size_t row = 0; row < 6; ++row) {
      text += "m" + std::to_string(row);
      for (std::size_t i = 0; i < ids.size(); ++i) text += "," + c.spellings[(row + i) % c.spellings.size()];
      text += "\n";
    }
    const TempFile csv(".csv", text);
    score::ScoreJob job;
    job.files = {csv.path};
    job.mapping = mapping.path;
    const Outcome reference = same_on_every_split(job);
    scored(reference, 6);
    CHECK_MESSAGE(percent_after(reference.json, "\"overall\"") == doctest::Approx(c.overall),
                  reference.json.substr(0, 400));
  }
}

TEST_CASE("layout: labels in any case with spaces around them score as the scale says, on any split") {
  const auto ids = item_ids();
  const auto tiny = [&](const std::vector<std::string>& spellings, const std::string& eol) {
    std::string text = "id,store";
    for (const auto& item : ids) text += "," + item;
    text += eol;
    for (std::size_t row = 0; row < spellings.size(); ++row) {
      text += "t" + std::to_string(row) + ",Leith";
      for (std::size_t i = 0; i < ids.size(); ++i) text += "," + spellings[(row + i) % spellings.size()];
      text += eol;
    }
    return text;
  };
  struct Case {
    std::vector<std::string> spellings;
    double overall;  // percent, by hand: the answer over 5
    const char* eol;
  };
  const std::vector<Case> cases = {
      {{"Always", "always", "ALWAYS", " Always", "\"always \"", "\" ALWAYS\t\"", "5", " 5 ", "\"5\""}, 100, "\n"},
      {{"Usually", "usually", " USUALLY ", "\"\tusually\"", "4", "\" 4\"", "uSuAlLy"}, 80, "\r\n"},
      {{"Never", "never", " NEVER", "\"never \"", "1"}, 20, "\n"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.overall);
    const TempFile csv(".csv", tiny(c.spellings, c.eol));
    score::ScoreJob job;
    job.files = {csv.path};
    const Outcome reference = same_on_every_split(job);
    scored(reference, c.spellings.size());
    CHECK_MESSAGE(percent_after(reference.json, "\"overall\"") == doctest::Approx(c.overall),
                  reference.json.substr(0, 400));
    CHECK_MESSAGE(percent_after(reference.json, "\"id\": \"error-reduction\"") == doctest::Approx(c.overall),
                  reference.json.substr(0, 400));
  }
  // A larger file of labels in every case, quoted and not, with spaces, and
  // n/a spellings: not hand-computed, but the same on every split.
  Random next(61);
  std::string text = "id,store";
  for (const auto& item : ids) text += "," + item;
  text += "\n";
  const char* const pads[] = {"", " ", "  ", "\t"};
  const char* const not_applicable[] = {"n/a", "N/A", "na", "Not applicable", "not-applicable", "does not apply"};
  for (std::size_t row = 0; row < 120; ++row) {
    text += "p" + std::to_string(row) + "," + next.pick(kStores + 0, kStores + 3);
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const unsigned pick = next(10);
      const std::string word = pick == 0 ? next.pick(not_applicable) : pick < 5 ? kLabels[next(5)][next(3)] : std::to_string(1 + next(5));
      const std::string cell = next.pick(pads) + word + next.pick(pads);
      text += "," + (next(2) ? quoted(cell) : cell);
    }
    text += "\n";
  }
  const TempFile csv(".csv", text);
  score::ScoreJob job;
  job.files = {csv.path};
  job.survey.group_by = "store";
  const Outcome reference = same_on_every_split(job);
  scored(reference, 120);
}

TEST_SUITE_END();

TEST_CASE("layout: groups whose names differ in one byte, anywhere in them, stay apart on any split") {
  // Pairs alike but for one byte, first or last or in the middle, of 3 to
  // 18 bytes: the lengths at which names are compared word by word, and a
  // name that differs from another only in its first byte.
  const std::vector<std::string> names = {"Ab1",          "Ab2",          "Leith A",          "Leith B",
                                          "Kenilworth-1", "Kenilworth-2", "Xenilworth-1",     "Store 1 North 20",
                                          "Store 2 North 20", "Morningside Road 1", "Morningside Road 2"};
  const auto ids = item_ids();
  std::string text = "id,store";
  for (const auto& item : ids) text += "," + item;
  text += "\n";
  std::size_t id = 0;
  for (std::size_t round = 0; round < names.size(); ++round)  // group g on g + 1 rows, the groups interleaved
    for (std::size_t g = round; g < names.size(); ++g) {
      text += "r" + std::to_string(++id) + "," + names[g];
      for (std::size_t i = 0; i < ids.size(); ++i) text += "," + std::to_string(1 + (g + i) % 5);
      text += "\n";
    }
  const TempFile csv(".csv", text);
  score::ScoreJob job;
  job.files = {csv.path};
  job.survey.group_by = "store";
  for (const auto& [threads, block] : {std::pair<std::size_t, std::size_t>{1, kWholeBlock}, {2, 100}, {3, 700}}) {
    CAPTURE(threads);
    CAPTURE(block);
    job.threads = threads;
    job.block_bytes = block;
    const score::Report report = score::run(job);
    REQUIRE(report.groups.size() == names.size());
    for (const auto& group : report.groups) {
      CAPTURE(group.group);
      const auto at = std::find(names.begin(), names.end(), group.group);
      REQUIRE(at != names.end());
      CHECK(group.respondents == static_cast<std::size_t>(at - names.begin()) + 1);
    }
  }
}
