#include <cxkit/load/csv.hpp>

#include <cxkit/error.hpp>
#include <cxkit/io/file.hpp>

#include <algorithm>
#include <cstring>
#include <unistd.h>

namespace cxkit::load {

CsvReader::CsvReader(const std::string& path, char delimiter)
    : source_(io::display_name(path)), fd_(io::open_input(path)), buffer_(1u << 20) {
  delimiter_ = delimiter ? delimiter : ',';
  if (delimiter) started_ = true;  // an explicit delimiter wins over `sep=`
}

CsvReader::~CsvReader() {
  if (fd_ > STDIN_FILENO) ::close(fd_);
}

bool CsvReader::fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) {
    if (buffer_.size() >= kMaxRecordBytes)
      throw Error({source_, static_cast<int>(record_line_), 1},
                  "a record is longer than " + std::to_string(kMaxRecordBytes) +
                      " bytes: expected one survey response per line (is a quote left open?)");
    buffer_.resize(buffer_.size() * 2);
  }
  const std::size_t got = io::read_some(fd_, source_, buffer_.data() + end_, buffer_.size() - end_);
  if (got == 0) eof_ = true;
  end_ += got;
  return got > 0;
}

bool CsvReader::next() {
  for (;;) {
    if (begin_ == end_ && !fill()) return false;
    if (!started_) {
      // Wait for the whole first line (or the file) before looking at it.
      const char* nl = static_cast<const char*>(std::memchr(buffer_.data() + begin_, '\n', end_ - begin_));
      if (!nl && !eof_ && end_ - begin_ < 64) {
        if (fill() || !eof_) continue;
      }
      started_ = true;
      if (end_ - begin_ >= 3 && std::memcmp(buffer_.data() + begin_, "\xEF\xBB\xBF", 3) == 0) {
        begin_ += 3;
        consumed_ += 3;
      }
      const std::string_view rest(buffer_.data() + begin_, end_ - begin_);
      if (rest.size() >= 5 && (rest.substr(0, 4) == "sep=" || rest.substr(0, 4) == "SEP=") &&
          (rest.size() == 5 || rest[5] == '\n' || rest[5] == '\r')) {
        delimiter_ = rest[4];
        std::size_t skip = 5;
        while (skip < rest.size() && (rest[skip] == '\r' || rest[skip] == '\n')) {
          if (rest[skip] == '\n') ++line_;
          ++skip;
          if (rest[skip - 1] == '\n') break;
        }
        begin_ += skip;
        consumed_ += skip;
      }
      continue;
    }
    const std::size_t saved_line = line_;
    if (!parse_record()) {
      line_ = saved_line;
      // Only a quoted field can stay open once the whole file is in.
      if (eof_)
        throw Error({source_, static_cast<int>(saved_line), 1},
                    "a quoted field is never closed: expected a closing \" before the end of the file");
      fill();
      continue;
    }
    if (count_ == 1 && fields_[0].length == 0) continue;  // blank line
    return true;
  }
}

void CsvReader::too_many_fields() const {
  throw Error({source_, static_cast<int>(record_line_), 1},
              "a record has more than " + std::to_string(kMaxFields) +
                  " fields: expected one survey response per line, with fewer columns (is the delimiter right?)");
}

bool CsvReader::parse_record() {
  count_ = 0;
  scratch_.clear();
  record_line_ = line_;
  const char* data = buffer_.data();
  std::size_t i = begin_;
  const char d = delimiter_;
  // The common case: a whole line in the buffer with no quote in it.
  if (const char* nl = static_cast<const char*>(std::memchr(data + i, '\n', end_ - i));
      nl && !std::memchr(data + i, '"', static_cast<std::size_t>(nl - (data + i)))) {
    const auto stop = static_cast<std::size_t>(nl - data);
    const std::size_t content_end = stop > i && data[stop - 1] == '\r' ? stop - 1 : stop;
    if (!std::memchr(data + i, '\r', content_end - i)) {
      // At most one field per byte, plus one: room for all, then a tight loop.
      // A long line is counted first, so that memory follows its fields.
      std::size_t room = content_end - i + 1;
      if (room > fields_.size() && room > 4096)
        room = static_cast<std::size_t>(std::count(data + i, data + content_end, d)) + 1;
      if (room > kMaxFields) too_many_fields();
      if (fields_.size() < room) fields_.resize(room);
      Span* out = fields_.data();
      std::size_t n = 0, start = i;
      for (std::size_t k = i; k < content_end; ++k)
        if (data[k] == d) {
          out[n++] = span(start, k - start, data[start], false);
          start = k + 1;
        }
      out[n++] = span(start, content_end - start, data[start], false);
      count_ = n;
      ++line_;
      consumed_ += stop + 1 - begin_;
      begin_ = stop + 1;
      return true;
    }
  }
  for (;;) {
    if (i < end_ && data[i] == '"') {
      // Quoted field: copy into scratch with "" made ".
      const std::size_t start = scratch_.size();
      ++i;
      for (;;) {
        const char* q = static_cast<const char*>(std::memchr(data + i, '"', end_ - i));
        if (!q) return false;
        const auto stop = static_cast<std::size_t>(q - data);
        for (std::size_t k = i; k < stop; ++k)
          if (data[k] == '\n') ++line_;
        scratch_.append(data + i, stop - i);
        i = stop + 1;
        if (i >= end_ && !eof_) return false;
        if (i < end_ && data[i] == '"') {
          scratch_ += '"';
          ++i;
          continue;
        }
        break;
      }
      add_field(span(start, scratch_.size() - start, scratch_.size() > start ? scratch_[start] : '\0', true));
      if (i < end_ && data[i] != d && data[i] != '\n' && data[i] != '\r')
        throw Error({source_, static_cast<int>(line_), 0},
                    "text after a closing quote: expected the delimiter or the end of the line");
    } else {
      const std::size_t start = i;
      while (i < end_ && data[i] != d && data[i] != '\n' && data[i] != '\r') ++i;
      add_field(span(start, i - start, i > start ? data[start] : '\0', false));
    }
    if (i >= end_) {
      if (!eof_) return false;
      break;  // last record without a line break
    }
    if (data[i] == d) {
      ++i;
      continue;
    }
    // End of line: CRLF, LF or a lone CR.
    if (data[i] == '\r') {
      if (i + 1 >= end_ && !eof_) return false;
      if (i + 1 < end_ && data[i + 1] == '\n') ++i;
    }
    ++i;
    ++line_;
    break;
  }
  consumed_ += i - begin_;
  begin_ = i;
  return true;
}

}  // namespace cxkit::load
