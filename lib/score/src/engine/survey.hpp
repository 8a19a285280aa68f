#pragma once
// Survey exports (CSV) read as a stream of respondents of a questionnaire,
// with or without a mapping file (kind: mapping).
#include "engine/csv.hpp"
#include <cxkit/score/mapping.hpp>
#include <cxkit/score/questionnaire.hpp>
#include <cxkit/score/responses.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace cxkit::score {

// The codes of the cells looked up so far (a code is a function of the
// cell's bytes alone), so that a label answer ("Usually", "A4") costs about
// what a digit does. Owned by one thread at a time.
class CellCodes {
 public:
  // A cell of up to kLongest bytes as three words that hold all of its
  // bytes (and its length): equal keys, equal cells.
  static constexpr std::size_t kLongest = 24;
  struct Key {
    std::uint64_t a = 0, m = 0, b = 0;
    std::size_t length = 0;
  };
  [[gnu::always_inline]] static Key key(const char* p, std::size_t n) {
    Key k;
    k.length = n;
    if (n >= 8) {
      std::memcpy(&k.a, p, 8);
      std::memcpy(&k.b, p + n - 8, 8);
      if (n > 16) std::memcpy(&k.m, p + (n - 8) / 2, 8);
    } else if (n >= 4) {
      std::uint32_t x, y;
      std::memcpy(&x, p, 4);
      std::memcpy(&y, p + n - 4, 4);
      k.a = std::uint64_t{x} | std::uint64_t{y} << 32;
    } else if (n > 0) {
      k.a = static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[n / 2]) << 8 |
            static_cast<unsigned char>(p[n - 1]) << 16;
    }
    return k;
  }

  // The code of the cell `k` is the key of, from `code()` the first time.
  template <class Code>
  [[gnu::always_inline]] int get(const Key& k, const Code& code) {
    for (std::size_t i = slot(k);; i = (i + 1) % kSlots) {
      Entry& e = entries_[i];
      if (e.a == k.a && e.b == k.b && e.m == k.m && e.length == k.length) return e.code;
      if (e.length == kEmpty) {
        const int found = code();
        if (used_ * 2 < kSlots) {  // at most half full: a probe ends at an empty slot
          e = {k.a, k.m, k.b, static_cast<std::uint32_t>(k.length), found};
          ++used_;
        }
        return found;
      }
    }
  }

 private:
  static constexpr std::size_t kSlots = 64;
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFF;
  struct Entry {
    std::uint64_t a = 0, m = 0, b = 0;
    std::uint32_t length = kEmpty;
    int code = 0;
  };
  static std::size_t slot(const Key& k) {
    // Each word multiplied apart: labels alike in their first bytes
    // ("Almost never", "Always") land apart.
    const std::uint64_t h = (k.a ^ k.m) * 0x9E3779B97F4A7C15ull + k.b * 0xC2B2AE3D27D4EB4Full + k.length;
    return static_cast<std::size_t>(h >> 58);  // 64 slots
  }
  Entry entries_[kSlots];
  std::size_t used_ = 0;
};

// The answers of a block's rows, decoded ahead on any thread.
struct SurveyRows {
  std::size_t rows = 0;
  std::size_t lines = 0;                  // line breaks in the block
  std::vector<AnswerCode> codes;   // rows x items, questionnaire item order
  std::vector<std::uint32_t> missing;     // the rows with a missing answer, in order
  // Per row, when asked for / grouped: the cells' text, in the block's bytes
  // (or in `owned`), and each id's RespondentIds::hash.
  std::vector<std::string_view> ids, groups;
  std::vector<std::uint64_t> id_hashes;
  std::vector<std::string> owned;  // ids and groups the CSV reader unescaped
  CellCodes cells;
  bool by_blocks = false;  // decoded by the block reader (else by the CSV reader)

  // The codes of the next row (rows not yet counted), with room for its
  // id, group and id hash: storage grows, never shrinks.
  AnswerCode* next_codes(std::size_t items) {
    if (ids.size() <= rows) grow(items);
    return codes.data() + rows * items;
  }

 private:
  [[gnu::noinline]] void grow(std::size_t items);  // out of the readers' loops
};

class SurveyReader {
 public:
  // Reads the header rows and resolves every item's column; an item with no
  // column is an Error listing the base::closest headers.
  SurveyReader(const std::string& path, const Questionnaire& questionnaire, const Mapping* mapping,
               const SurveyOptions& options);

  bool grouped() const { return group_column_.has_value(); }
  // Respondent ids come from a column (else each is its row number).
  bool has_ids() const { return id_column_.has_value(); }
  const std::string& source() const { return csv_.source(); }
  char delimiter() const { return csv_.delimiter(); }
  // A warning line about how the file is read (CsvReader::warning), or "".
  const std::string& warning() const { return csv_.warning(); }
  // 1-based line of the first respondent row.
  std::size_t first_line() const { return first_line_; }
  // The SHA-256 of the export's bytes, once it is read to its end.
  std::string sha256() { return csv_.sha256(); }
  std::size_t file_size() const { return csv_.file_size(); }

  // The respondent rows cut into blocks of whole records of about `size`
  // bytes; false at the end.
  bool next_block(CsvBlock& block, std::size_t size) { return csv_.next_block(block, size); }

  // Decodes a block whose rows need no message: false as soon as a row is
  // bad, an id would be its row number ("row-N"; only asked with `ids`), or
  // the block does not parse. Thread-safe. Records are split 64 bytes at a
  // time (decode_records); a block that reader does not take (a quote
  // inside an unquoted cell, a doubled one in an answer, id or group; a lone
  // CR) is read by the CSV reader, as is every block when `reference`.
  bool decode(const CsvBlock& block, SurveyRows& out, bool ids, bool reference = false) const;

  // Reads a block's rows in order, with errors and warnings that name rows
  // and lines: numbering continues from the rows and lines before it.
  class Rows {
   public:
    Rows(const SurveyReader& survey, const CsvBlock& block, std::size_t first_line, std::size_t rows_before);
    // Reads the next respondent into `out` and its group into `group`; false
    // at the end. A bad row throws Error, or with skip_bad_rows is passed to
    // `skipped` as a warning line and the next row is read.
    bool next(Respondent& out, std::string& group, const std::function<void(std::string)>& skipped);
    std::size_t rows() const { return row_; }
    // 1-based line after the records read.
    std::size_t line() const { return csv_.next_line(); }

   private:
    // What is wrong with a row, and where: the cell's line and column (0
    // for a cell past the row's last).
    struct Problem {
      base::LineColumn at;
      std::string text;
    };
    std::optional<Problem> read_row(Respondent& out, std::string& group);
    const SurveyReader& survey_;
    CsvReader csv_;
    bool overlong_;
    std::size_t row_;
  };

 private:
  // The constructor's work: the header rows read, each item's column found.
  void read_header(const Mapping* mapping, const SurveyOptions& options);
  std::size_t resolve(const ColumnSelector& selector, std::string_view what) const;
  // The columns with `text` as header in some row: exactly, else once
  // whitespace is normalised (normalized_header), else ignoring case when
  // that finds one column.
  std::vector<std::size_t> header_columns(std::string_view text) const;
  std::optional<std::size_t> find_header(std::string_view text) const;
  std::string closest_headers(std::string_view to) const;
  std::string header_of(std::size_t column) const;
  // The code of the answer a cell gives (encode), or -1 when it is none.
  int code(std::string_view cell) const;
  // The code of an answer cell as the file has it, quoted or not (a quoted
  // one with a doubled quote is the CSV reader's to unescape: -1). Out of
  // line: the block reader's loop stays small.
  [[gnu::noinline]] int file_code(std::string_view raw) const;
  // decode_records runs decode_records_with the scan:: way best for the CPU.
  bool decode_records(std::string_view text, SurveyRows& out, bool ids) const;
  template <class Way>
  bool decode_records_with(std::string_view text, SurveyRows& out, bool ids) const;
  bool decode_records_avx512(std::string_view text, SurveyRows& out, bool ids) const;
  struct Cursor;  // the record being read by decode_records (survey.cpp)
  bool decode_in_order(const CsvBlock& block, SurveyRows& out, bool ids) const;

  const Questionnaire& q_;
  const Mapping* mapping_;
  SurveyOptions options_;
  CsvReader csv_;
  std::size_t first_line_ = 1;
  std::vector<std::vector<std::string>> headers_;
  std::vector<std::vector<std::string>> normalized_;  // headers_, normalized_header
  std::vector<std::size_t> item_columns_;  // per questionnaire item, in order
  // For each byte, the code of the answer a one-character cell holding it
  // gives (code(): a digit on the scale, a mapping's "6": n/a), or 0 when
  // it gives none or a missing answer.
  std::array<AnswerCode, 256> digit_code_{};
  // Per width w of 2 to kWidest bytes, the cells of that width known to
  // give an answer, exactly as a file may hold them (the scale's labels,
  // the mapping's values, n/a, quoted or not, a quoted digit): the w bytes
  // as the low ones of a word, and the code. A run of such cells is looked
  // up at once (wide_answers); any other cell the long way.
  static constexpr std::size_t kWidest = 7, kWidthKeys = 16;
  struct WidthKeys {
    // Where a run's cells are: byte i of lane j (of 8 bytes each) is
    // byte j * (w + 1) + i of the text, when i < w (a bit of `keep`).
    alignas(64) std::uint8_t index[64] = {};
    std::uint64_t keep = 0;
    std::size_t n = 0;
    std::uint64_t key[kWidthKeys] = {};
    AnswerCode code[kWidthKeys] = {};
  };
  std::array<WidthKeys, kWidest + 1> width_keys_{};
  void add_width_key(std::string_view cell);
  // The codes of `run` cells of width w, one after the other at p (each
  // followed by a delimiter but the last), into to[0], to[1], ...: how many
  // come before the first that is not one of width_keys_[w]. AVX-512 VBMI
  // only (wide_answers_work()).
  std::size_t wide_answers(const char* p, std::size_t w, std::size_t run, AnswerCode* to) const;
  static bool wide_answers_work();
  std::optional<std::size_t> id_column_;
  std::optional<std::size_t> group_column_;
  int empty_code_ = 0;  // code("")
  // Per column up to the last one read: what it holds, for decode_records;
  // empty when a column holds two things (then every block is read whole).
  struct Column {
    enum Kind : std::uint8_t { Other, Item, Id, Group } kind = Other;
    // Item and Other: consecutive columns of its kind from this one on (at
    // most 2^16 - 1; the Other past the last column that matters, all),
    // Items only while each reads the item after the one before.
    std::uint16_t run = 0;
    std::uint32_t item = 0;
  };
  std::vector<Column> columns_;
};

}  // namespace cxkit::score
