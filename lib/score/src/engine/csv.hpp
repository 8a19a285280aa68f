#pragma once
// A streaming RFC 4180 reader for survey exports: UTF-8 with or without a
// BOM, an Excel `sep=;` first line, quoted fields with doubled quotes and
// line breaks, CRLF or LF. Memory is bounded by the longest record, never by
// the file.
#include <cxkit/base/provenance.hpp>
#include <cxkit/base/limits.hpp>
#include <cxkit/base/text.hpp>
#include <cxkit/score/mapping.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::score {

// Whole records cut from an input (CsvReader::next_block), to be parsed on
// any thread with a CsvReader of their own.
struct CsvBlock {
  std::vector<char> bytes;           // storage, reused from block to block
  std::size_t begin = 0, end = 0;    // the records: bytes[begin, end)
  bool overlong = false;             // holds the start of a record longer than kMaxRecordBytes
  std::size_t bytes_read = 0;        // of the input, up to the end of this block
  std::size_t offset = 0;            // of the records in the input
  std::string_view text() const { return {bytes.data() + begin, end - begin}; }
};

class Transcoder;

class CsvReader {
 public:
  // delimiter 0: from a `sep=` first line, else ',' unless the first line
  // holds no comma but ';' or tabs (see warning()). Text in another
  // encoding is converted to UTF-8 as it is read. Throws Error for a file
  // that is not CSV text (a zip, UTF-16) or whose delimiter is ambiguous.
  CsvReader(const std::string& path, char delimiter = 0, Encoding encoding = Encoding::Utf8, bool digest = true);
  // Records in memory (a block), numbered from `first_line`; `source` names
  // the file in errors.
  CsvReader(std::string_view records, std::string source, char delimiter, std::size_t first_line);
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Reads the next record, skipping blank lines; false at the end.
  // Throws Error for an unterminated quote, text after a closing quote, or a
  // record longer than the limit.
  bool next();

  // The rest of the input, after the records next() has read, cut into
  // blocks of whole records of about `size` bytes; false at the end. Parse
  // errors are left for the block's own reader to find and report.
  bool next_block(CsvBlock& block, std::size_t size);

  std::size_t size() const { return count_; }
  std::string_view field(std::size_t i) const {
    const Span& s = fields_[i];
    return s.scratch ? std::string_view(scratch_).substr(s.offset, s.length)
                     : std::string_view(data_ + s.offset, s.length);
  }
  // Where field i of the current record starts (its opening quote, for a
  // quoted one): the 1-based line, and the column in characters.
  base::LineColumn where(std::size_t i) const;
  // 1-based line where the current record starts, and where the next one does.
  std::size_t line() const { return record_line_; }
  std::size_t next_line() const { return line_; }
  const std::string& source() const { return source_; }
  char delimiter() const { return delimiter_; }
  // A warning line when the delimiter was guessed from the header row, else
  // ""; guess() is what it says, without the place.
  const std::string& warning() const { return warning_; }
  const std::string& guess() const { return guess_; }
  // The size of the file, when it is one (0 for a pipe or records in memory).
  std::size_t file_size() const { return file_size_; }
  // Bytes consumed so far, for progress.
  std::size_t bytes_read() const { return consumed_; }
  // The SHA-256 of the file's bytes, once it is read to its end ("" for
  // records in memory, or when made without `digest`); once only. The bytes
  // are hashed as they are read, on the thread that reads them.
  std::string sha256() { return hash_ ? hash_->finish() : std::string(); }

  // Longest record accepted, and the error for a longer one.
  static constexpr std::size_t kMaxRecordBytes = base::limits::kRecordBytes;
  [[noreturn]] static void too_long(const std::string& source, std::size_t line);
  // Most fields a record may have (a spreadsheet has at most 16,384
  // columns): memory stays a few times the record, not 24 bytes a byte.
  static constexpr std::size_t kMaxFields = base::limits::kFields;

 private:
  bool fill();  // false when nothing more could be read
  void start();  // reads past a byte order mark and a `sep=` line
  void detect_delimiter();  // from the first line, with no `sep=` line or delimiter given
  bool parse_record();  // false when the buffer ends inside the record
  // Where the last record ending in the first `size` unread bytes ends (or
  // the first record after); begin_ when no record is whole. record_end
  // goes by the quotes' parity, parsed_record_end by parsing every record.
  std::size_t record_end(std::size_t size);
  std::size_t parsed_record_end(std::size_t size);
  [[noreturn]] void too_many_fields() const;
  // The error for bytes after a quoted field's closing quote, at data_[at],
  // and for a quote in a field that is not quoted: a quote is only ever
  // where a field's quotes may be, so that the quotes' parity tells where
  // records end (next_block).
  [[noreturn]] void text_after_quote(std::size_t at, std::size_t open_line) const;
  [[noreturn]] void stray_quote(std::size_t at) const;
  // The line and column (in characters) of data_[at], in the current record.
  base::LineColumn place(std::size_t at) const;

  struct Span {
    std::uint32_t offset;
    std::uint32_t length;
    std::uint32_t at;  // where the field starts in data_ (its opening quote)
    bool scratch;      // unescaped copy in scratch_
  };

  std::string source_;
  std::string warning_, guess_;
  std::unique_ptr<base::Sha256> hash_;  // of a file's bytes
  std::unique_ptr<Transcoder> transcoder_;
  int fd_ = -1;
  std::size_t file_size_ = 0;
  bool eof_ = false;
  bool explicit_delimiter_ = false;
  char delimiter_ = ',';
  std::vector<char> buffer_;
  const char* data_ = nullptr;       // the buffer, or the records in memory
  std::size_t begin_ = 0, end_ = 0;  // unread bytes of data_
  std::size_t line_ = 1, record_line_ = 1;
  std::size_t record_begin_ = 0;  // in data_, of the current record
  std::size_t open_quote_ = 0;    // in data_, of the quote of a field left open when the data ran out
  std::size_t consumed_ = 0;
  static Span span(std::size_t offset, std::size_t length, std::size_t at, bool scratch) {
    return {static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(length), static_cast<std::uint32_t>(at),
            scratch};
  }
  // The fields of the current record: the first count_ of fields_, which
  // only grows, so that reading a record allocates nothing.
  void add_field(const Span& span) {
    if (count_ == fields_.size()) {
      if (count_ >= kMaxFields) too_many_fields();
      fields_.resize(count_ ? count_ * 2 : 64);
    }
    fields_[count_++] = span;
  }
  std::vector<Span> fields_;
  std::size_t count_ = 0;
  std::string scratch_;
};

}  // namespace cxkit::score
