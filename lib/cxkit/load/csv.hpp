#pragma once
// A streaming RFC 4180 reader for survey exports: UTF-8 with or without a
// BOM, an Excel `sep=;` first line, quoted fields with doubled quotes and
// line breaks, CRLF or LF. Memory is bounded by the longest record, never by
// the file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::load {

class CsvReader {
 public:
  // delimiter 0: from a `sep=` first line, else ','.
  CsvReader(const std::string& path, char delimiter = 0);
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Reads the next record, skipping blank lines; false at the end.
  // Throws Error for an unterminated quote, text after a closing quote, or a
  // record longer than the limit.
  bool next();

  std::size_t size() const { return count_; }
  // The byte of a one-byte field, else -1: the common survey answer "4".
  int one_byte(std::size_t i) const { return fields_[i].length == 1 ? fields_[i].first : -1; }
  [[gnu::always_inline]] std::string_view field(std::size_t i) const {
    const Span& s = fields_[i];
    return s.scratch ? std::string_view(scratch_).substr(s.offset, s.length)
                     : std::string_view(buffer_.data() + s.offset, s.length);
  }
  // 1-based line where the current record starts.
  std::size_t line() const { return record_line_; }
  const std::string& source() const { return source_; }
  char delimiter() const { return delimiter_; }
  // Bytes consumed so far, for progress.
  std::size_t bytes_read() const { return consumed_; }

  // Longest record accepted.
  static constexpr std::size_t kMaxRecordBytes = 16u << 20;
  // Most fields a record may have (a spreadsheet has at most 16,384
  // columns): memory stays a few times the record, not 24 bytes a byte.
  static constexpr std::size_t kMaxFields = 1u << 16;

 private:
  bool fill();  // false when nothing more could be read
  bool parse_record();  // false when the buffer ends inside the record
  [[noreturn]] void too_many_fields() const;

  struct Span {
    std::uint32_t offset;
    std::uint32_t length;
    unsigned char first;  // the first byte, so one-character cells need no second look
    bool scratch;         // unescaped copy in scratch_
  };

  std::string source_;
  int fd_ = -1;
  bool eof_ = false;
  bool started_ = false;
  char delimiter_ = ',';
  std::vector<char> buffer_;
  std::size_t begin_ = 0, end_ = 0;  // unread bytes
  std::size_t line_ = 1, record_line_ = 1;
  std::size_t consumed_ = 0;
  static Span span(std::size_t offset, std::size_t length, char first, bool scratch) {
    return {static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(length), static_cast<unsigned char>(first),
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

}  // namespace cxkit::load
