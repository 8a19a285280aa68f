// A mapping proposed from a survey export's header rows: for each item, the
// column whose header shares the most words with the item's text.
#include <cxkit/base/i18n.hpp>
#include <cxkit/score/forms.hpp>

#include "engine/csv.hpp"
#include "engine/headers.hpp"

#include <cxkit/base/suggest.hpp>

#include <algorithm>
#include <cctype>
#include <map>

namespace cxkit::score {
namespace {

// Header rows looked for before the first response, and the rows after
// them read for answer codes.
constexpr std::size_t kMostHeaderRows = 5;
constexpr std::size_t kSampleRows = 500;
// Below this a header is no match for an item: fewer than a fifth of their
// words in common.
constexpr double kLeastMatch = 0.2;
// Most points of a scale whose answer codes are inferred.
constexpr std::size_t kMostCodes = 20;
// Distinct unknown answers listed at most.
constexpr std::size_t kMostUnknown = 8;

using Rows = std::vector<std::vector<std::string>>;

// 2 |A ∩ B| / (|A| + |B|) over the distinct words of each: 1 for the same
// words, 0 for none in common. shared_words(x, x) counts x's words.
double likeness(std::string_view a, std::size_t a_words, std::string_view b) {
  const std::size_t sum = a_words + shared_words(b, b);
  return sum ? 2.0 * static_cast<double>(shared_words(a, b)) / static_cast<double>(sum) : 0;
}

// The texts of a header cell an item may be: the cell, a grid's "Title
// [Row]" row (Google Forms), a matrix's "Question - Statement" (Qualtrics).
std::vector<std::string_view> parts(std::string_view cell) {
  std::vector<std::string_view> out{cell};
  const auto open = cell.rfind('[');
  if (cell.size() > 2 && cell.back() == ']' && open != std::string_view::npos && open > 0)
    out.push_back(cell.substr(open + 1, cell.size() - open - 2));
  if (const auto dash = cell.rfind(" - "); dash != std::string_view::npos) out.push_back(cell.substr(dash + 3));
  return out;
}

// A tool's answer code: a few letters and digits, both ("A3", "AO05").
bool code_like(std::string_view cell) {
  if (cell.empty() || cell.size() > 5) return false;
  const auto is = [&](int (*test)(int)) {
    return std::any_of(cell.begin(), cell.end(), [&](char c) { return test(static_cast<unsigned char>(c)) != 0; });
  };
  return std::all_of(cell.begin(), cell.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }) &&
         is(std::isalpha) && is(std::isdigit);
}

bool answer_like(const Scale& s, std::string_view cell) { return parse_answer(s, cell) || code_like(cell); }

// The first row from the second on where answers fill at least a quarter of
// the cells (metadata and comments fill the rest): the rows before it are
// headers (Qualtrics has three, SurveyMonkey two).
std::size_t detect_header_rows(const Scale& s, const Rows& rows) {
  for (std::size_t r = 1; r < rows.size() && r <= kMostHeaderRows; ++r) {
    std::size_t filled = 0, answers = 0;
    for (const auto& cell : rows[r])
      if (!normalized_header(cell).empty()) {
        ++filled;
        answers += answer_like(s, normalized_header(cell));
      }
    if (answers > 0 && answers * 4 >= filled) return r;
  }
  return 1;
}

struct Candidate {
  double score, section;  // the item's text and the section's title against the column's headers
  std::size_t item, column;
  std::size_t row;  // of the header cell that matched best
};

// Each item's best header cell in each column; the best pairs first, each
// item and each column taken once.
// `rows` gets the header row of each match.
void match_by_text(const Questionnaire& q, const Rows& headers, std::size_t width, std::vector<ProposedColumn>& out,
                   std::vector<std::size_t>& rows) {
  std::vector<Candidate> candidates;
  std::size_t i = 0;
  for (const auto& section : q.sections)
    for (const auto& item : section.items) {
      const std::size_t words = shared_words(item.text, item.text);
      const std::size_t title_words = shared_words(section.title, section.title);
      for (std::size_t c = 0; c < width; ++c) {
        Candidate best{0, 0, i, c, 0};
        for (std::size_t r = 0; r < headers.size(); ++r) {
          if (c >= headers[r].size()) continue;
          const std::string cell = normalized_header(headers[r][c]);
          for (const auto part : parts(cell))
            if (const double score = likeness(item.text, words, part); score > best.score) {
              best.score = score;
              best.row = r;
            }
          best.section = std::max(best.section, likeness(section.title, title_words, cell));
        }
        if (best.score >= kLeastMatch) candidates.push_back(best);
      }
      ++i;
    }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return a.score != b.score ? a.score > b.score : a.section > b.section;
  });
  std::vector<bool> taken(width);
  for (const auto& c : candidates)
    if (!out[c.item].column && !taken[c.column]) {
      out[c.item].column = c.column;
      out[c.item].score = c.score;
      rows[c.item] = c.row;
      taken[c.column] = true;
    }
}

// "CM[SQ001]" (LimeSurvey): the grid's code; none for other headers.
std::string grid_code(std::string_view cell) {
  const auto open = cell.find('[');
  if (open == std::string_view::npos || open == 0 || cell.back() != ']' || cell.find(' ') != std::string_view::npos)
    return "";
  return std::string(cell.substr(0, open));
}

// Sections no header text matched, found by place in grids of codes: the
// grid whose code is the prefix of the section's item ids ("cm-" for CM),
// else, when the unmatched sections and the free grids agree in number and
// sizes, each in order.
void match_by_position(const Questionnaire& q, const Rows& headers, std::size_t width,
                       std::vector<ProposedColumn>& out) {
  std::vector<bool> taken(width);
  for (const auto& c : out)
    if (c.column) taken[*c.column] = true;
  struct Grid {
    std::string code;
    std::vector<std::size_t> columns;
    bool used = false;
  };
  std::vector<Grid> grids;
  for (std::size_t c = 0; c < width; ++c) {
    std::string code;
    for (const auto& row : headers)
      if (c < row.size() && code.empty()) code = grid_code(normalized_header(row[c]));
    if (code.empty() || taken[c]) continue;
    if (grids.empty() || grids.back().code != code || grids.back().columns.back() + 1 != c) grids.push_back({code, {}});
    grids.back().columns.push_back(c);
  }
  struct Open {
    std::size_t first;  // of its items in `out`
    const Section* section;
  };
  std::vector<Open> open;
  std::size_t first = 0;
  for (const auto& section : q.sections) {
    if (std::none_of(out.begin() + first, out.begin() + first + section.items.size(),
                     [](const ProposedColumn& c) { return c.column.has_value(); }))
      open.push_back({first, &section});
    first += section.items.size();
  }
  const auto assign = [&](const Open& o, Grid& g) {
    for (std::size_t k = 0; k < g.columns.size(); ++k) {
      out[o.first + k].column = g.columns[k];
      out[o.first + k].by_position = true;
    }
    g.used = true;
  };
  std::vector<Open> left;
  for (const auto& o : open) {
    const std::string& id = o.section->items.front().id;
    const std::string prefix = id.substr(0, id.find('-'));
    const bool shared = std::all_of(o.section->items.begin(), o.section->items.end(),
                                    [&](const Item& item) { return item.id.rfind(prefix + "-", 0) == 0; });
    const auto grid = std::find_if(grids.begin(), grids.end(), [&](const Grid& g) {
      return !g.used && shared && base::equal_ignoring_case(g.code, prefix) && g.columns.size() == o.section->items.size();
    });
    if (grid != grids.end())
      assign(o, *grid);
    else
      left.push_back(o);
  }
  std::vector<Grid*> free;
  for (auto& g : grids)
    if (!g.used) free.push_back(&g);
  if (free.size() != left.size()) return;
  for (std::size_t k = 0; k < left.size(); ++k)
    if (free[k]->columns.size() != left[k].section->items.size()) return;
  for (std::size_t k = 0; k < left.size(); ++k) assign(left[k], *free[k]);
}

// A header cell of the column that no other column holds, for header:
// the one in row `first` (the one matched) if it is, else the first that
// is; "" when there is none (index: then).
std::string unique_header(const Rows& headers, std::size_t width, std::size_t column, std::size_t first) {
  std::vector<const std::vector<std::string>*> order{&headers[first]};
  for (const auto& row : headers) order.push_back(&row);
  for (const auto* each : order) {
    const auto& row = *each;
    if (column >= row.size() || row[column].empty()) continue;
    std::size_t holding = 0;
    for (std::size_t c = 0; c < width; ++c)
      holding += std::any_of(headers.begin(), headers.end(),
                             [&](const auto& r) { return c < r.size() && r[c] == row[column]; });
    if (holding == 1) return row[column];
  }
  return "";
}

// Answer codes read as the scale in order (A1..A5), the one after as n/a.
void infer_values(const Scale& s, const Rows& data, MappingProposal& p) {
  std::vector<std::string> unknown;
  for (const auto& row : data)
    for (const auto& c : p.items)
      if (c.column && *c.column < row.size()) {
        const std::string cell = normalized_header(row[*c.column]);
        if (!cell.empty() && !parse_answer(s, cell) && std::find(unknown.begin(), unknown.end(), cell) == unknown.end())
          unknown.push_back(cell);
      }
  if (unknown.empty()) return;
  const std::size_t points = static_cast<std::size_t>(s.max - s.min) + 1;
  const std::string letters = unknown.front().substr(0, unknown.front().find_first_of("0123456789"));
  std::size_t highest = 0;
  const bool codes = std::all_of(unknown.begin(), unknown.end(), [&](const std::string& cell) {
    if (!code_like(cell) || cell.compare(0, letters.size(), letters) != 0) return false;
    const std::string digits = cell.substr(letters.size());
    if (digits.empty() || !std::all_of(digits.begin(), digits.end(), ::isdigit) || digits[0] == '0') return false;
    highest = std::max<std::size_t>(highest, std::stoul(digits));
    return std::stoul(digits) <= points + 1;
  });
  if (!codes || letters.empty() || points > kMostCodes) {
    unknown.resize(std::min(unknown.size(), kMostUnknown));
    p.unknown_answers = unknown;
    return;
  }
  for (std::size_t k = 1; k <= points; ++k)
    p.values.push_back({letters + std::to_string(k), {Answer::State::Value, s.min + static_cast<int>(k) - 1}, {}});
  if (highest == points + 1) p.values.push_back({letters + std::to_string(points + 1), {Answer::State::NotApplicable, 0}, {}});
}

}  // namespace

MappingProposal propose_mapping(const Questionnaire& q, const std::string& path, const SurveyOptions& options) {
  CsvReader csv(path, options.delimiter, options.encoding);
  Rows rows;
  const std::size_t most = options.header_rows.value_or(kMostHeaderRows) + kSampleRows;
  while (rows.size() < most && csv.next()) {
    rows.emplace_back();
    for (std::size_t i = 0; i < csv.size(); ++i) rows.back().emplace_back(csv.field(i));
  }
  if (rows.empty()) throw Error({csv.source(), 1, 1}, base::tre("the file is empty: expected a header row and then one row per respondent"));
  MappingProposal p;
  p.source = csv.source();
  p.header_rows = std::clamp<std::size_t>(options.header_rows.value_or(detect_header_rows(q.scale, rows)), 1, rows.size());
  const Rows headers(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(p.header_rows));
  std::size_t width = 0;
  for (const auto& row : headers) width = std::max(width, row.size());
  for (const auto& section : q.sections)
    for (const auto& item : section.items) p.items.push_back({item.id, std::nullopt, 0, false, ""});
  std::vector<std::size_t> matched_rows(p.items.size());
  match_by_text(q, headers, width, p.items, matched_rows);
  match_by_position(q, headers, width, p.items);
  for (std::size_t i = 0; i < p.items.size(); ++i)
    if (p.items[i].column) p.items[i].header = unique_header(headers, width, *p.items[i].column, matched_rows[i]);
  infer_values(q.scale, Rows(rows.begin() + static_cast<std::ptrdiff_t>(p.header_rows), rows.end()), p);
  return p;
}

}  // namespace cxkit::score
