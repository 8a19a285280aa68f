#include "engine/survey.hpp"

#include "engine/headers.hpp"
#include "engine/respondent_ids.hpp"
#include "engine/scan.hpp"

#include <cxkit/base/i18n.hpp>
#include <cxkit/base/suggest.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstring>
#include <regex>

namespace cxkit::score {

using base::shown;
using base::text_problem;

namespace {

std::string shorten(std::string_view text) { return shown_header(text); }

}  // namespace

std::regex column_pattern(const std::string& pattern) {
#ifdef __GLIBCXX__
  constexpr auto flags = std::regex::ECMAScript | std::regex_constants::__polynomial;
#else
  constexpr auto flags = std::regex::ECMAScript;
#endif
  std::regex alone(pattern, flags);  // "a)(b" is wrong alone, right inside the wrapper
  // A whole match of "anything, the pattern, anything" is one pass over the
  // text; regex_search would start again at every character.
  return std::regex("[\\s\\S]*(?:" + pattern + ")[\\s\\S]*", flags);
}

bool column_matches(const std::regex& pattern, std::string_view text) {
  return std::regex_match(text.begin(), text.end(), pattern);
}

SurveyReader::SurveyReader(const std::string& path, const Questionnaire& q, const Mapping* mapping,
                           const SurveyOptions& options)
    : q_(q), mapping_(mapping), options_(options), csv_(path, options.delimiter, options.encoding, options.digest) {
  try {
    read_header(mapping, options);
  } catch (const Error& e) {
    // A guessed delimiter may be why a column is not found: the error says
    // so, as the warning would have.
    if (csv_.guess().empty()) throw;
    throw Error(e.where(), base::trfe("{} ({})", e.message(), csv_.guess()));
  }
}

void SurveyReader::read_header(const Mapping* mapping, const SurveyOptions& options) {
  const Questionnaire& q = q_;
  if (mapping)
    for (const auto& alias : mapping->values) {
      if (alias.answer.state == Answer::State::Value && (alias.answer.value < q.scale.min || alias.answer.value > q.scale.max))
        throw Error(alias.where, base::trfe("the value of '{}' is {}, off the scale of '{}': expected a whole number "
                                            "from {} to {}, or n/a",
                                            base::shown(alias.text), alias.answer.value, q.id, q.scale.min,
                                            q.scale.max));
    }
  empty_code_ = code("");
  for (std::size_t byte = 0; byte < digit_code_.size(); ++byte) {  // code() the long way: the table is empty
    const char cell = static_cast<char>(byte);
    digit_code_[byte] = static_cast<AnswerCode>(std::max(0, code({&cell, 1})));
  }
  // The cells a run of same-width answers may hold (see width_keys_).
  std::vector<std::string> known;
  for (const auto& [value, label] : q.scale.labels) known.push_back(label);
  for (const auto& [value, label] : q.scale.also.labels) known.push_back(label);
  for (const auto& spelling : q.scale.not_applicable) known.push_back(spelling);
  for (const auto& spelling : q.scale.also.not_applicable) known.push_back(spelling);
  if (mapping)
    for (const auto& alias : mapping->values) known.push_back(alias.text);
  for (std::size_t byte = 0; byte < digit_code_.size(); ++byte)
    if (digit_code_[byte]) known.emplace_back(1, static_cast<char>(byte));
  for (const auto& cell : known) {
    add_width_key(cell);
    add_width_key("\"" + cell + "\"");
  }
  const std::size_t rows = options.header_rows.value_or(mapping && mapping->header_rows ? *mapping->header_rows : 1);
  for (std::size_t r = 0; r < rows; ++r) {
    if (!csv_.next())
      throw Error({csv_.source(), static_cast<int>(csv_.line()), 1},
                  base::trfe("the file ends before its {} header row{}: expected a header row and then one row per "
                             "respondent",
                             rows, rows == 1 ? "" : "s"));
    std::vector<std::string> cells;
    for (std::size_t i = 0; i < csv_.size(); ++i) {
      if (const char* problem = text_problem(csv_.field(i)))
        throw Error({csv_.source(), static_cast<int>(csv_.line()), 0},
                    base::trfe("header row {}, column {} ('{}'): the header {}", r + 1, i + 1, shorten(csv_.field(i)),
                               problem));
      cells.emplace_back(csv_.field(i));
    }
    headers_.push_back(std::move(cells));
  }
  for (const auto& row : headers_) {
    normalized_.emplace_back();
    for (const auto& cell : row) normalized_.back().push_back(normalized_header(cell));
  }

  std::vector<std::string> ids;
  for (const auto& section : q.sections)
    for (const auto& item : section.items) ids.push_back(item.id);
  // A misspelt item id first, at its line: it is also why an item is missing.
  if (mapping)
    for (const auto& column : mapping->items)
      if (std::find(ids.begin(), ids.end(), column.item) == ids.end())
        throw Error(column.column.where, base::trfe("'{}' is not an item of the questionnaire '{}'{}: expected one "
                                                    "of its item ids",
                                                    shown(column.item), q.id, base::did_you_mean(column.item, ids)));
  std::vector<std::string> missing;
  std::vector<Location> named_at;  // per item, where the mapping names its column
  for (const auto& section : q.sections)
    for (const auto& item : section.items) {
      if (mapping) {
        const auto found = std::find_if(mapping->items.begin(), mapping->items.end(),
                                        [&](const ItemColumn& c) { return c.item == item.id; });
        if (found == mapping->items.end())
          throw Error({mapping->source, 1, 1}, base::trfe("the mapping has no column for item '{}' of the "
                                                          "questionnaire '{}': expected every item under items:",
                                                          item.id, q.id));
        item_columns_.push_back(resolve(found->column, "item '" + item.id + "'"));
        named_at.push_back(found->column.where);
        continue;
      }
      const auto column = find_header(item.id);
      if (!column) missing.push_back(item.id);
      item_columns_.push_back(column.value_or(0));
    }
  if (!missing.empty())
    throw Error({csv_.source(), 1, 1},
                base::trfe("no column for item '{}'{}: expected a header equal to the item id, or a mapping file "
                           "({}); closest headers: {}",
                           missing[0], missing.size() > 1 ? fmt::format(" (and {} more)", missing.size() - 1) : "",
                           hint(Hint::Mapping), closest_headers(missing[0])));
  // Two items on one column would score one answer twice.
  for (std::size_t j = 0; j < item_columns_.size(); ++j)
    for (std::size_t i = 0; i < j; ++i)
      if (item_columns_[i] == item_columns_[j]) {
        const bool later = !named_at.empty() && named_at[i].line > named_at[j].line;
        throw Error(named_at.empty() ? Location{csv_.source(), 1, 1} : named_at[later ? i : j],
                    base::trfe("items '{}' and '{}' both read column {} ('{}'): expected a column of its own for each "
                               "item (one answer would count twice)",
                               ids[i], ids[j], item_columns_[i] + 1, header_of(item_columns_[i])));
      }
  if (mapping) {
    if (mapping->id) id_column_ = resolve(*mapping->id, "the id column");
  } else {
    id_column_ = find_header("id");
  }

  if (!options.group_by.empty()) {
    group_column_ = find_header(options.group_by);
    const bool number = std::all_of(options.group_by.begin(), options.group_by.end(), ::isdigit);
    if (!group_column_ && number) {
      const std::size_t index = std::stoul(options.group_by.substr(0, 6));
      if (index >= 1 && index <= headers_[0].size()) group_column_ = index - 1;
    }
    if (!group_column_)
      throw Error({csv_.source(), 1, 1}, base::trfe("no column '{}' to group by: expected a header text or a column "
                                                    "number; closest headers: {}",
                                                    shorten(options.group_by), closest_headers(options.group_by)));
  } else if (mapping && mapping->group) {
    group_column_ = resolve(*mapping->group, "the group column");
  }
  first_line_ = csv_.next_line();

  const auto mark = [&](std::size_t column, Column what) {
    if (columns_.size() <= column) columns_.resize(column + 1);
    if (columns_[column].kind != Column::Other) return false;
    columns_[column] = what;
    return true;
  };
  bool one_each = true;
  for (std::size_t i = 0; i < item_columns_.size(); ++i)
    one_each = mark(item_columns_[i], {.kind = Column::Item, .item = static_cast<std::uint32_t>(i)}) && one_each;
  if (id_column_) one_each = mark(*id_column_, {Column::Id, 0}) && one_each;
  if (group_column_) one_each = mark(*group_column_, {Column::Group, 0}) && one_each;
  if (one_each) {
    columns_.push_back({.run = 0xFFFF});  // past the last column that matters: Other, as are all after it
    for (std::size_t c = columns_.size() - 1; c-- > 0;) {
      const Column::Kind kind = columns_[c].kind;
      const bool next_too = columns_[c + 1].kind == kind &&
                            (kind == Column::Other || columns_[c + 1].item == columns_[c].item + 1);
      if (kind == Column::Item || kind == Column::Other)
        columns_[c].run = next_too ? static_cast<std::uint16_t>(std::min(columns_[c + 1].run + 1, 0xFFFF))
                                   : std::uint16_t{1};
    }
  } else {
    columns_.clear();
  }
}

void SurveyReader::add_width_key(std::string_view cell) {
  const std::size_t w = cell.size();
  if (w < 2 || w > kWidest) return;
  const int found = file_code(cell);
  if (found <= 0) return;  // no answer, or a missing one (the long way says so)
  std::uint64_t key = 0;
  std::memcpy(&key, cell.data(), w);
  WidthKeys& keys = width_keys_[w];
  if (keys.n == 0)
    for (std::size_t lane = 0; lane < 8; ++lane)
      for (std::size_t i = 0; i < w; ++i) {
        keys.index[8 * lane + i] = static_cast<std::uint8_t>(lane * (w + 1) + i);
        keys.keep |= std::uint64_t{1} << (8 * lane + i);
      }
  if (keys.n == kWidthKeys || std::find(keys.key, keys.key + keys.n, key) != keys.key + keys.n) return;
  keys.key[keys.n] = key;
  keys.code[keys.n++] = static_cast<AnswerCode>(found);
}

#if CXKIT_SCAN_AVX512
bool SurveyReader::wide_answers_work() {
  static const bool works = __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vbmi");
  return works;
}

// Eight cells at a time: each cell's bytes moved to a 64-bit lane by one
// byte permute (VBMI), compared with every key of its width at once.
__attribute__((target("avx512bw,avx512vbmi"))) std::size_t SurveyReader::wide_answers(const char* p, std::size_t w,
                                                                                  std::size_t run,
                                                                                  AnswerCode* to) const {
  const WidthKeys& keys = width_keys_[w];
  const std::size_t stride = w + 1;
  const __m512i from = _mm512_load_si512(keys.index);
  std::size_t done = 0;
  while (done < run) {
    const std::size_t m = std::min<std::size_t>(8, run - done);
    const std::size_t bytes = m * stride - 1;  // at most 8 x 8 - 1: the cells and the delimiters between them
    const __m512i text = _mm512_maskz_loadu_epi8((std::uint64_t{1} << bytes) - 1, p + done * stride);
    const __m512i cells = _mm512_maskz_permutexvar_epi8(keys.keep, from, text);
    __m512i codes = _mm512_setzero_si512();
    for (std::size_t k = 0; k < keys.n; ++k)
      codes = _mm512_mask_mov_epi64(codes, _mm512_cmpeq_epi64_mask(cells, _mm512_set1_epi64(static_cast<long long>(keys.key[k]))),
                                    _mm512_set1_epi64(keys.code[k]));
    const auto lanes = static_cast<__mmask8>((1u << m) - 1);
    const __mmask8 none = _mm512_mask_cmpeq_epi64_mask(lanes, codes, _mm512_setzero_si512());
    const std::size_t got = none ? static_cast<std::size_t>(__builtin_ctz(none)) : m;
    _mm512_mask_cvtepi64_storeu_epi16(to + done, static_cast<__mmask8>((1u << got) - 1), codes);
    done += got;
    if (got < m) break;
  }
  return done;
}
#else
bool SurveyReader::wide_answers_work() { return false; }
std::size_t SurveyReader::wide_answers(const char*, std::size_t, std::size_t, AnswerCode*) const { return 0; }
#endif

std::vector<std::size_t> SurveyReader::header_columns(std::string_view text) const {
  const std::string want = normalized_header(text);
  std::array<std::vector<std::size_t>, 3> found;  // exactly, as seen, ignoring case
  const auto add = [&](std::size_t tier, std::size_t c) {
    if (found[tier].empty() || found[tier].back() != c) found[tier].push_back(c);
  };
  std::size_t width = 0;
  for (const auto& row : headers_) width = std::max(width, row.size());
  for (std::size_t c = 0; c < width; ++c)
    for (std::size_t r = 0; r < headers_.size(); ++r) {
      if (c >= headers_[r].size()) continue;
      const std::string& seen = normalized_[r][c];
      if (headers_[r][c] == text)
        add(0, c);
      else if (!want.empty() && seen == want)
        add(1, c);
      else if (!want.empty() && base::equal_ignoring_case(seen, want))
        add(2, c);
    }
  if (!found[0].empty()) return found[0];
  if (!found[1].empty()) return found[1];
  return found[2].size() == 1 ? found[2] : std::vector<std::size_t>();
}

std::optional<std::size_t> SurveyReader::find_header(std::string_view text) const {
  const auto columns = header_columns(text);
  return columns.empty() ? std::nullopt : std::optional(columns[0]);
}

std::string SurveyReader::header_of(std::size_t column) const {
  for (const auto& row : headers_)
    if (column < row.size() && !row[column].empty()) return shorten(row[column]);
  return fmt::format("column {}", column + 1);
}

std::string SurveyReader::closest_headers(std::string_view to) const {
  // Most words in common first (a header of four words shares more with a
  // request than any two-letter code does), then the fewest edits.
  struct Scored {
    std::size_t shared, distance;
    std::string text;
  };
  std::vector<Scored> scored;
  for (const auto& row : headers_)
    for (const auto& cell : row)
      if (!cell.empty())
        scored.push_back({shared_words(to, cell), base::edit_distance(to.substr(0, 200), cell.substr(0, 200)), cell});
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return a.shared != b.shared ? a.shared > b.shared : a.distance < b.distance;
  });
  std::vector<std::string> names;
  for (std::size_t i = 0; i < scored.size() && names.size() < 3; ++i)
    if (std::find(names.begin(), names.end(), "'" + shorten(scored[i].text) + "'") == names.end())
      names.push_back("'" + shorten(scored[i].text) + "'");
  return names.empty() ? "(none)" : base::join(names);
}

std::size_t SurveyReader::resolve(const ColumnSelector& s, std::string_view what) const {
  using By = ColumnSelector::By;
  std::size_t width = 0;
  for (const auto& row : headers_) width = std::max(width, row.size());
  if (s.by == By::Index) {
    if (s.index > width)
      throw Error(s.where, base::trfe("{}: column {} does not exist in {}, which has {} columns", what, s.index,
                                      csv_.source(), width));
    return s.index - 1;
  }
  std::vector<std::size_t> hits;
  if (s.by == By::Header) {
    hits = header_columns(s.text);
  } else {
    const std::regex pattern = column_pattern(s.text);
    for (std::size_t c = 0; c < width; ++c)
      if (std::any_of(headers_.begin(), headers_.end(),
                      [&](const auto& row) { return c < row.size() && column_matches(pattern, row[c]); }))
        hits.push_back(c);
  }
  const std::string how = s.by == By::Header ? "has the header" : "matches the pattern";
  if (hits.empty())
    throw Error(s.where, base::trfe("{}: no column of {} {} '{}': expected exactly one; closest headers: {}", what,
                                    csv_.source(), how, shorten(s.text), closest_headers(s.text)));
  if (hits.size() > 1)
    throw Error(s.where, base::trfe("{}: {} columns of {} {} '{}' (columns {} and {}): expected exactly one", what,
                                    hits.size(), csv_.source(), how, shorten(s.text), hits[0] + 1, hits[1] + 1));
  return hits[0];
}

int SurveyReader::code(std::string_view cell) const {
  cell = base::trim_blanks(cell);  // a label, a value or a digit, with blanks around it or not
  if (cell.size() == 1 && digit_code_[static_cast<unsigned char>(cell[0])])
    return digit_code_[static_cast<unsigned char>(cell[0])];
  if (mapping_)
    for (const auto& alias : mapping_->values)
      if (base::equal_ignoring_case(alias.text, cell)) return encode(q_.scale, alias.answer);
  const auto answer = parse_answer(q_.scale, cell);
  return answer ? encode(q_.scale, *answer) : -1;
}

int SurveyReader::file_code(std::string_view raw) const {
  if (raw.empty() || raw[0] != '"') return code(raw);
  raw = raw.substr(1, raw.size() - 2);
  return raw.find('"') == std::string_view::npos ? code(raw) : -1;
}

SurveyReader::Rows::Rows(const SurveyReader& survey, const CsvBlock& block, std::size_t first_line,
                         std::size_t rows_before)
    : survey_(survey),
      csv_(block.text(), survey.source(), survey.delimiter(), first_line),
      overlong_(block.overlong),
      row_(rows_before) {}

std::optional<SurveyReader::Rows::Problem> SurveyReader::Rows::read_row(Respondent& out, std::string& group) {
  const SurveyReader& s = survey_;
  ++row_;
  if (out.where.file != csv_.source()) out.where.file = csv_.source();
  out.where.line = static_cast<int>(csv_.line());
  out.where.column = 0;
  out.answers.resize(s.item_columns_.size());
  const auto cell = [&](std::size_t c) { return c < csv_.size() ? csv_.field(c) : std::string_view(); };
  const auto at = [&](std::size_t c) {
    return c < csv_.size() ? csv_.where(c) : base::LineColumn{static_cast<int>(csv_.line()), 0};
  };
  const auto text_cell = [&](std::size_t c, std::string_view what) -> std::optional<Problem> {
    const auto value = cell(c);
    if (const char* problem = text_problem(value))
      return Problem{at(c), base::trfe("row {}, column {} ('{}'): the {} '{}' {}", row_, c + 1, s.header_of(c), what,
                                       shorten(value), problem)};
    return std::nullopt;
  };
  if (s.id_column_) {
    if (auto bad = text_cell(*s.id_column_, "respondent id")) return bad;
    out.id = cell(*s.id_column_);
  }
  if (!s.id_column_ || out.id.empty()) out.id = fmt::format("row-{}", row_);
  if (s.group_column_) {
    if (auto bad = text_cell(*s.group_column_, "group")) return bad;
    group = cell(*s.group_column_);
  }
  for (std::size_t i = 0; i < s.item_columns_.size(); ++i) {
    const std::string_view value = cell(s.item_columns_[i]);
    if (const int code = s.code(value); code >= 0) {
      out.answers[i] = score::decode(s.q_.scale, static_cast<AnswerCode>(code));
      continue;
    }
    return Problem{at(s.item_columns_[i]),
                   base::trfe("row {}, column {} ('{}'): the answer '{}' is not on the scale: expected a whole "
                              "number from {} to {}, a scale label, n/a, or a value listed in the mapping",
                              row_, s.item_columns_[i] + 1, s.header_of(s.item_columns_[i]), shorten(value),
                              s.q_.scale.min, s.q_.scale.max)};
  }
  return std::nullopt;
}

bool SurveyReader::Rows::next(Respondent& out, std::string& group,
                              const std::function<void(std::string)>& skipped) {
  if (overlong_) CsvReader::too_long(csv_.source(), csv_.next_line());
  while (csv_.next()) {
    const auto problem = read_row(out, group);
    if (!problem) return true;
    const Location where{csv_.source(), problem->at.line, problem->at.column};
    if (!survey_.options_.skip_bad_rows)
      throw Error(where, base::trfe("{} ({} skips such rows)", problem->text, hint(Hint::SkipBadRows)));
    skipped(fmt::format("{}: warning: skipped: {}", to_string(where), problem->text));
  }
  return false;
}

void SurveyRows::grow(std::size_t items) {
  const std::size_t room = rows + rows / 2 + 64;  // 1.5 times: a block's rows fill most of it
  codes.resize(room * items);
  ids.resize(room);
  groups.resize(room);
  id_hashes.resize(room);
  missing.reserve(room);  // push_back then never allocates
}

bool SurveyReader::decode(const CsvBlock& block, SurveyRows& out, bool ids, bool reference) const {
  out.rows = out.lines = 0;
  out.missing.clear();
  out.owned.clear();
  if (block.overlong) return false;
  out.by_blocks = !reference && !columns_.empty() && (!ids || id_column_) && decode_records(block.text(), out, ids);
  if (out.by_blocks) return true;
  // The block reader gave up part way: what it counted starts again.
  out.rows = out.lines = 0;
  out.missing.clear();
  return decode_in_order(block, out, ids);
}

bool SurveyReader::decode_in_order(const CsvBlock& block, SurveyRows& out, bool ids) const {
  Rows rows(*this, block, 1, 0);
  Respondent respondent;
  std::string group;
  bool bad = false;
  const std::size_t items = item_columns_.size();
  try {
    while (rows.next(respondent, group, [&](const std::string&) { bad = true; }) && !bad) {
      if (ids && (!id_column_ || respondent.id == fmt::format("row-{}", rows.rows()))) return false;
      AnswerCode* row = out.next_codes(items);
      for (std::size_t i = 0; i < items; ++i) row[i] = encode(q_.scale, respondent.answers[i]);
      if (std::find(row, row + items, kMissingCode) != row + items)
        out.missing.push_back(static_cast<std::uint32_t>(out.rows));
      if (ids) out.owned.push_back(respondent.id);
      if (grouped()) out.owned.push_back(group);
      ++out.rows;
    }
  } catch (const Error&) {
    return false;  // read again in order, which reports it
  }
  if (bad) return false;
  // Views of the owned cells, now that they no longer move.
  for (std::size_t r = 0, k = 0; r < out.rows; ++r) {
    if (ids) {
      out.ids[r] = out.owned[k++];
      out.id_hashes[r] = RespondentIds::hash(out.ids[r]);
    }
    if (grouped()) out.groups[r] = out.owned[k++];
  }
  out.lines = rows.line() - 1;
  return true;
}

bool SurveyReader::decode_records(std::string_view text, SurveyRows& out, bool ids) const {
#if CXKIT_SCAN_AVX512
  if (scan::avx512()) return decode_records_avx512(text, out, ids);
#endif
  return decode_records_with<scan::Sse2>(text, out, ids);
}

#if CXKIT_SCAN_AVX512
// The whole reader compiled for AVX-512BW (flatten: every call inlined but
// the Cursor's out-of-line ones), run only where the CPU has it.
CXKIT_AVX512_TARGET __attribute__((flatten)) bool SurveyReader::decode_records_avx512(std::string_view text,
                                                                                   SurveyRows& out, bool ids) const {
  return decode_records_with<scan::Avx512>(text, out, ids);
}
#else
bool SurveyReader::decode_records_avx512(std::string_view text, SurveyRows& out, bool ids) const {
  return decode_records_with<scan::Sse2>(text, out, ids);
}
#endif

// The record decode_records is reading, and its fields: out of the loop
// over the 64-byte masks, so that the loop over a mask's field ends has the
// registers to itself.
struct SurveyReader::Cursor {
  const SurveyReader& reader;
  SurveyRows& out;
  const bool ids;
  const char* const base;
  const Column* const columns;
  const std::size_t width;  // columns[width] is Other, as is every column after it
  const std::size_t items;
  // The row being read: its codes and its fields so far; its id and group
  // go to out.ids and out.groups as they are read.
  AnswerCode* row = nullptr;
  std::size_t c = 0;      // fields read of the record
  std::size_t start = 0;  // of the field being read
  bool missing = false;   // the row has a missing answer
  const bool wide = wide_answers_work();
  // Per stride, the bits at its multiples: where a run's field ends are;
  // and the fields that end before bit m (1 to 64) at that stride, (m - 1)
  // / stride + 1, looked up rather than divided on the hot path.
  static constexpr std::array<std::uint64_t, kWidest + 2> kEvery = [] {
    std::array<std::uint64_t, kWidest + 2> every{};
    for (std::size_t stride = 1; stride < every.size(); ++stride)
      for (std::size_t at = 0; at < 64; at += stride) every[stride] |= std::uint64_t{1} << at;
    return every;
  }();
  static constexpr std::array<std::array<std::uint8_t, 65>, kWidest + 2> kFieldsBefore = [] {
    std::array<std::array<std::uint8_t, 65>, kWidest + 2> fields{};
    for (std::size_t stride = 1; stride < fields.size(); ++stride)
      for (std::size_t m = 1; m <= 64; ++m) fields[stride][m] = static_cast<std::uint8_t>((m - 1) / stride + 1);
    return fields;
  }();

  Cursor(const SurveyReader& r, SurveyRows& o, bool with_ids, const char* text)
      : reader(r), out(o), ids(with_ids), base(text), columns(r.columns_.data()), width(r.columns_.size() - 1),
        items(r.item_columns_.size()) {
    row = out.next_codes(items);
    clear_cells(0);
  }

  // The fields ending at the set bits of `ends` (field ends at + bit), the
  // records ending at those of `records`. What the loop changes is kept in
  // locals, stored back around the calls out of it.
  // fields() of the scan:: way `Way`: out of line, compiled for its CPU.
  [[gnu::noinline]] bool fields(scan::Sse2 way, std::uint64_t ends, std::uint64_t records, std::size_t at) {
    return fields_with(way, ends, records, at);
  }
#if CXKIT_SCAN_AVX512
  [[gnu::noinline]] CXKIT_AVX512_TARGET bool fields(scan::Avx512 way, std::uint64_t ends, std::uint64_t records,
                                                    std::size_t at) {
    return fields_with(way, ends, records, at);
  }
#endif
  template <class Way>
  [[gnu::always_inline]] bool fields_with(Way, std::uint64_t ends, std::uint64_t records, std::size_t at) {
    const Column* const cols = columns;
    const std::size_t w = width;
    AnswerCode* r = row;
    std::size_t k = c, b = start;
    for (; ends; ends &= ends - 1) {
      const unsigned bit = static_cast<unsigned>(__builtin_ctzll(ends));
      const std::size_t e = at + bit;
      if ((records >> bit) & 1) {
        c = k, start = b;
        if (!last_field(e)) return false;
        k = c, r = row;
      } else if (const Column column = cols[k < w ? k : w]; column.kind == Column::Other && column.run > 1) {
        // Columns that do not matter, in a run: their field ends up to the
        // record's are passed over at once (this one's is the first).
        const std::uint64_t later = records >> bit;
        const std::uint64_t passed = (ends >> bit) & (later ? (later & (~later + 1)) - 1 : ~std::uint64_t{0});
        const std::size_t skip = std::min<std::size_t>(column.run, static_cast<std::size_t>(std::popcount(passed)));
        const unsigned last = bit + Way::nth_set(passed, skip);  // the last end passed over
        k += skip;
        ends &= ~std::uint64_t{0} << last;  // the loop clears bit `last`
        b = at + last + 1;
        continue;
      } else if (const std::size_t size = e - b;
                 column.kind == Column::Item && column.run > 1 &&
                 (size == 1 || (Way::kWide && wide && size <= kWidest && reader.width_keys_[size].n))) {
        // An answer of up to 7 bytes with more item columns after it: the
        // cells of its size that follow, ending every size + 1 bytes before
        // the record's end (read off the mask at once), are looked up in a
        // run: one byte each in the byte table, longer ones among the cells
        // of that size known to give an answer (wide_answers).
        const std::size_t stride = size + 1;
        const std::uint64_t apart = ((ends >> bit) ^ kEvery[stride]) | (records >> bit);
        const std::size_t run = std::min<std::size_t>(kFieldsBefore[stride][std::countr_zero(apart)], column.run);
        const std::size_t j = size == 1 ? one_byte_answers(Way{}, base + b, run, r + column.item)
                              : run > 1 ? reader.wide_answers(base + b, size, run, r + column.item)
                                        : 0;
        if (j == 0) {  // none in a run: a label, a longer code, a quoted cell
          ++k;
          if (!field(column, b, e, r)) return false;
        } else {
          k += j;
          const unsigned last = bit + static_cast<unsigned>(stride * (j - 1));  // the end of the run's last field
          ends &= ~std::uint64_t{0} << last;  // the loop clears bit `last`
          b = at + last + 1;
          continue;
        }
      } else {
        ++k;
        if (!field(column, b, e, r)) return false;
      }
      b = e + 1;
    }
    c = k, start = b;
    return true;
  }

  // The codes of the one-byte answers p[0], p[2], ... (at most `run`) into
  // to[0], to[1], ...: how many come before the first byte that gives none.
  std::size_t one_byte_answers(scan::Sse2, const char* p, std::size_t run, AnswerCode* to) const {
    std::size_t j = 0;
    for (; j < run; ++j) {
      const AnswerCode code = reader.digit_code_[static_cast<unsigned char>(p[2 * j])];
      if (code == 0) break;
      to[j] = code;
    }
    return j;
  }
#if CXKIT_SCAN_AVX512
  // The same, all at once (run <= 32): the bytes as the low halves of 16-bit
  // words, their codes from the table's first 128 by two permutes of 64
  // each; a byte past those gives none here (none is a one-byte answer).
  CXKIT_AVX512_TARGET std::size_t one_byte_answers(scan::Avx512, const char* p, std::size_t run,
                                                   AnswerCode* to) const {
    const auto lanes = static_cast<__mmask32>((std::uint64_t{1} << run) - 1);
    const __m512i bytes = _mm512_and_si512(_mm512_maskz_loadu_epi16(lanes, p), _mm512_set1_epi16(0xFF));
    const AnswerCode* table = reader.digit_code_.data();
    const __m512i low = _mm512_permutex2var_epi16(_mm512_loadu_si512(table), bytes, _mm512_loadu_si512(table + 32));
    const __m512i high =
        _mm512_permutex2var_epi16(_mm512_loadu_si512(table + 64), bytes, _mm512_loadu_si512(table + 96));
    const __m512i codes = _mm512_mask_blend_epi16(_mm512_test_epi16_mask(bytes, _mm512_set1_epi16(0x40)), low, high);
    const __mmask32 none = _mm512_mask_testn_epi16_mask(lanes, codes, codes) |
                           _mm512_mask_test_epi16_mask(lanes, bytes, _mm512_set1_epi16(0x80));
    const std::size_t j = none ? static_cast<std::size_t>(__builtin_ctz(none)) : run;
    _mm512_mask_storeu_epi16(to, static_cast<__mmask32>((std::uint64_t{1} << j) - 1), codes);
    return j;
  }
#endif

  // A field [b, e) of `column` in the row `r`. Its quotes are where a
  // field's quotes may be (checked on the masks): a quoted field ends with
  // its closing quote.
  [[gnu::always_inline]] bool field(Column column, std::size_t b, std::size_t e, AnswerCode* r) {
    if (column.kind == Column::Other) return true;
    if (column.kind != Column::Item) return text_cell(column, base + b, e - b);
    const std::size_t size = e - b;
    int code = size == 1 ? reader.digit_code_[static_cast<unsigned char>(base[b])] : 0;
    if (code == 0) {  // a label, a code of the mapping, a quoted answer
      const std::string_view cell(base + b, size);
      code = size <= CellCodes::kLongest
                 ? out.cells.get(CellCodes::key(base + b, size), [&] { return reader.file_code(cell); })
                 : reader.file_code(cell);
      if (code < 0) return false;
      missing |= code == kMissingCode;
    }
    r[column.item] = static_cast<AnswerCode>(code);
    return true;
  }

  // An id's or a group's cell.
  [[gnu::noinline]] bool text_cell(Column column, const char* raw, std::size_t size) {
    std::string_view value(raw, size);
    const bool quoted = size && raw[0] == '"';
    if (quoted) value = value.substr(1, size - 2);
    if (!base::plain_ascii(value, '"')) {  // the common case: printable ASCII, no quote
      if (quoted && value.find('"') != std::string_view::npos) return false;  // a doubled quote: the CSV reader unescapes it
      if (text_problem(value)) return false;
    }
    (column.kind == Column::Id ? out.ids : out.groups)[out.rows] = value;
    return true;
  }

  // The last field of a record, [start, e) before its line break.
  [[gnu::noinline]] bool last_field(std::size_t e) {
    const std::size_t b = start;
    if (e > b && base[e - 1] == '\r') --e;
    const Column column = columns[c < width ? c : width];
    ++c;
    return field(column, b, e, row) && end_row(b, e);
  }

  // No id and no group yet for the row r (each stored on its own: as
  // a = b = {}, b would be read back before its stores are done).
  void clear_cells(std::size_t r) {
    out.ids[r] = {};
    out.groups[r] = {};
  }

  // The record ends with the field [b, e) (its last, or its only one).
  bool end_row(std::size_t b, std::size_t e) {
    const std::size_t fields = c, r = out.rows;
    c = 0;
    if (fields == 1 && (e == b || (e - b == 2 && base[b] == '"'))) {  // a blank line
      clear_cells(r);
      missing = false;
      return true;
    }
    if (fields > CsvReader::kMaxFields) return false;  // the CSV reader says so
    for (std::size_t k = fields; k < width; ++k)  // a short row: the cells after its last are empty
      if (columns[k].kind == Column::Item) {
        if (reader.empty_code_ < 0) return false;
        row[columns[k].item] = static_cast<AnswerCode>(reader.empty_code_);
        missing |= reader.empty_code_ == kMissingCode;
      }
    if (ids) {
      if (out.ids[r].empty()) return false;  // its id is its row number: read in order
      out.id_hashes[r] = RespondentIds::hash(out.ids[r]);
    }
    if (missing) out.missing.push_back(static_cast<std::uint32_t>(r));
    missing = false;
    out.rows = r + 1;
    row = out.next_codes(items);
    clear_cells(r + 1);
    return true;
  }
};

template <class Way>
bool SurveyReader::decode_records_with(std::string_view text, SurveyRows& out, bool ids) const {
  const char d = csv_.delimiter();
  if (d == '"' || d == '\n' || d == '\r') return false;
  const char* const base = text.data();
  const std::size_t n = text.size();
  Cursor cursor(*this, out, ids, base);

  // 64 bytes at a time: the quotes' parity gives what is inside a quoted
  // field, and the delimiters and line breaks outside are the field ends.
  std::uint64_t inside = 0;            // all ones when a quoted field runs on from the last 64 bytes
  std::uint64_t starts_carry = 1;      // bit 0: the byte starts a field
  std::uint64_t closer_carry = 0;      // bit 0: the byte before is a closing (or first doubled) quote
  bool close_pending = false, cr_pending = false;  // the last byte of the 64 before, to check
  char tail[64];
  for (std::size_t at = 0; at < n; at += 64) {
    const char* p = base + at;
    std::uint64_t end_bit = 0;  // the end of the text, after its last byte
    if (n - at < 64) {
      std::memset(tail, 0, sizeof tail);
      std::memcpy(tail, p, n - at);
      p = tail;
      end_bit = std::uint64_t{1} << (n - at);
    }
    const scan::Masks m = Way::classify(p, d);
    const std::uint64_t in = Way::prefix_xor(m.quote) ^ inside;
    inside = static_cast<std::uint64_t>(static_cast<std::int64_t>(in) >> 63);
    const std::uint64_t seps = (m.delimiter | m.lf) & ~in, cr = m.cr & ~in;
    // Outside quotes, a CR ends a record only as the first half of a CRLF
    // (a lone CR ends one too: the CSV reader reads those).
    if ((cr_pending && !(m.lf & 1)) || ((cr << 1) & ~m.lf)) return false;
    cr_pending = cr >> 63;
    // Every quote opens a field (at its start), closes one (before a field
    // end), or is one of a doubled pair; any other is read by the CSV reader.
    const std::uint64_t openers = m.quote & in, closers = m.quote & ~in;
    if (openers & ~((seps << 1) | starts_carry | (closers << 1) | closer_carry)) return false;
    const std::uint64_t follows = openers | seps | cr | end_bit;
    if ((close_pending && !(follows & 1)) || (closers & ~(follows >> 1) & ~(std::uint64_t{1} << 63))) return false;
    close_pending = closers >> 63;
    starts_carry = seps >> 63;
    closer_carry = closers >> 63;
    out.lines += static_cast<std::size_t>(std::popcount(m.lf));
    if (seps && !cursor.fields(Way{}, seps, m.lf & ~in, at)) return false;
  }
  if (inside || cr_pending) return false;  // a quote left open, or a lone CR last
  // The last record, with no line break after it.
  if ((cursor.c > 0 || cursor.start < n) && !cursor.last_field(n)) return false;
  return true;
}

}  // namespace cxkit::score
