#include "engine/csv.hpp"

#include "engine/scan.hpp"
#include "engine/sniff.hpp"
#include "engine/transcode.hpp"

#include <cxkit/base/i18n.hpp>
#include <cxkit/base/error.hpp>
#include <cxkit/base/io.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace cxkit::score {

CsvReader::CsvReader(const std::string& path, char delimiter, Encoding encoding, bool digest)
    : source_(base::display_name(path)),
      hash_(digest ? std::make_unique<base::Sha256>() : nullptr),
      fd_(base::open_input(path)),
      buffer_(512u << 10),
      data_(buffer_.data()) {
  delimiter_ = delimiter ? delimiter : ',';
  explicit_delimiter_ = delimiter != 0;  // wins over a `sep=` line
  if (struct stat st; ::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode)) file_size_ = static_cast<std::size_t>(st.st_size);
  try {
    if (encoding != Encoding::Utf8) transcoder_ = std::make_unique<Transcoder>(encoding, source_, hash_.get());
    start();
  } catch (...) {
    if (fd_ > STDIN_FILENO) ::close(fd_);
    throw;
  }
}

CsvReader::CsvReader(std::string_view records, std::string source, char delimiter, std::size_t first_line)
    : source_(std::move(source)),
      eof_(true),
      delimiter_(delimiter),
      data_(records.data()),
      end_(records.size()),
      line_(first_line),
      record_line_(first_line) {}

void CsvReader::too_long(const std::string& source, std::size_t line) {
  throw Error({source, static_cast<int>(line), 1},
              base::trfe("a record is longer than {} bytes: expected one survey response per line (is a quote left "
                         "open?)",
                         kMaxRecordBytes));
}

CsvReader::~CsvReader() {
  if (fd_ > STDIN_FILENO) ::close(fd_);
}

bool CsvReader::fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.data(), data_ + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size() || (transcoder_ && buffer_.size() - end_ < Transcoder::kMinRoom)) {
    if (buffer_.size() >= kMaxRecordBytes) too_long(source_, record_line_);
    buffer_.resize(buffer_.size() * 2);
    data_ = buffer_.data();
  }
  char* const to = buffer_.data() + end_;
  const std::size_t room = buffer_.size() - end_;
  const std::size_t got = transcoder_ ? transcoder_->read(fd_, to, room) : base::read_some(fd_, source_, to, room);
  if (!transcoder_ && hash_) hash_->update({to, got});  // a transcoder hashes the bytes it reads
  if (got == 0) eof_ = true;
  end_ += got;
  return got > 0;
}

void CsvReader::start() {
  // The whole first line (or the file), before looking at it.
  while (!eof_ && end_ - begin_ < 64 && !std::memchr(data_ + begin_, '\n', end_ - begin_)) fill();
  if (const std::string problem = not_csv_text({data_ + begin_, end_ - begin_}); !problem.empty())
    throw Error({source_, 1, 1}, base::trfe("the file {}", problem));
  if (end_ - begin_ >= 3 && std::memcmp(data_ + begin_, "\xEF\xBB\xBF", 3) == 0) {
    begin_ += 3;
    consumed_ += 3;
  }
  const std::string_view rest(data_ + begin_, end_ - begin_);
  if (rest.size() >= 5 && (rest.substr(0, 4) == "sep=" || rest.substr(0, 4) == "SEP=") &&
      (rest.size() == 5 || rest[5] == '\n' || rest[5] == '\r')) {
    if (!explicit_delimiter_) delimiter_ = rest[4];
    std::size_t skip = 5;
    while (skip < rest.size() && (rest[skip] == '\r' || rest[skip] == '\n')) {
      if (rest[skip] == '\n') ++line_;
      ++skip;
      if (rest[skip - 1] == '\n') break;
    }
    begin_ += skip;
    consumed_ += skip;
  } else if (!explicit_delimiter_) {
    detect_delimiter();
  }
}

void CsvReader::detect_delimiter() {
  while (!eof_ && !std::memchr(data_ + begin_, '\n', end_ - begin_) && end_ - begin_ < kMaxRecordBytes) fill();
  const void* nl = std::memchr(data_ + begin_, '\n', end_ - begin_);
  const std::size_t length = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - (data_ + begin_)) : end_ - begin_;
  const DelimiterGuess guess = score::guess_delimiter({data_ + begin_, length});
  if (guess.kind == DelimiterGuess::Ambiguous)
    throw Error({source_, static_cast<int>(line_), 1},
                base::trfe("the header row holds both ';' and tabs and no comma, so which one separates the columns "
                           "is unclear: expected a first line sep=; or {} ';' (or tab)",
                           hint(Hint::Delimiter)));
  if (guess.kind == DelimiterGuess::Detected) {
    delimiter_ = guess.delimiter;
    guess_ = fmt::format("the header row holds no comma: its columns are read as separated by {}",
                         delimiter_ == '\t' ? "tabs" : "';'");
    warning_ = fmt::format("{}:{}: warning: {}", source_, line_, guess_);
  }
}

bool CsvReader::next() {
  for (;;) {
    if (begin_ == end_ && !fill()) return false;
    const std::size_t saved_line = line_;
    if (!parse_record()) {
      line_ = saved_line;
      // Only a quoted field can stay open once the whole file is in: named
      // where its quote opens.
      if (eof_) {
        const base::LineColumn at =
            base::line_column({data_ + record_begin_, end_ - record_begin_}, open_quote_ - record_begin_);
        throw Error({source_, static_cast<int>(saved_line) + at.line - 1, at.column},
                    base::tre("a quoted field is never closed: expected a closing \" before the end of the file"));
      }
      fill();
      continue;
    }
    if (count_ == 1 && fields_[0].length == 0) continue;  // blank line
    return true;
  }
}

void CsvReader::too_many_fields() const {
  throw Error({source_, static_cast<int>(record_line_), 1},
              base::trfe("a record has more than {} fields: expected one survey response per line, with fewer "
                         "columns (is the delimiter right?)",
                         kMaxFields));
}

base::LineColumn CsvReader::place(std::size_t at) const {
  // A record starts a line; only \n counts as a line break, as in line_.
  base::LineColumn lc = base::line_column({data_ + record_begin_, at - record_begin_}, at - record_begin_);
  lc.line += static_cast<int>(record_line_) - 1;
  return lc;
}

base::LineColumn CsvReader::where(std::size_t i) const { return place(fields_[i].at); }

void CsvReader::stray_quote(std::size_t at) const {
  throw Error({source_, static_cast<int>(line_), place(at).column},
              base::tre("a quote inside a cell that does not start with one: expected the whole cell in quotes, with its "
                        "quotes doubled (\"5\"\" screen\" for 5\" screen), as every survey tool and spreadsheet writes it"));
}

void CsvReader::text_after_quote(std::size_t at, std::size_t open_line) const {
  throw Error({source_, static_cast<int>(line_), place(at).column},
              open_line == line_
                  ? base::tre("text after a closing quote: expected the delimiter or the end of the line")
                  : base::trfe("text after a closing quote: expected the delimiter or the end of the line (this "
                               "quoted field opened on line {}: is a quote left open there?)",
                               open_line));
}

bool CsvReader::parse_record() {
  count_ = 0;
  scratch_.clear();
  record_line_ = line_;
  record_begin_ = begin_;
  const char* data = data_;
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
          out[n++] = span(start, k - start, start, false);
          start = k + 1;
        }
      out[n++] = span(start, content_end - start, start, false);
      count_ = n;
      ++line_;
      consumed_ += stop + 1 - begin_;
      begin_ = stop + 1;
      return true;
    }
  }
  for (;;) {
    if (i < end_ && data[i] == '"') {
      // Quoted field: the bytes between the quotes, or when they hold a
      // doubled quote, an unescaped copy in scratch.
      const std::size_t first = ++i, open_line = line_;
      bool doubled = false;
      for (;;) {
        while (i < end_ && data[i] != '"') line_ += data[i++] == '\n';
        if (i >= end_) {
          open_quote_ = first - 1;
          return false;
        }
        ++i;
        if (i >= end_ && !eof_) return false;
        if (i < end_ && data[i] == '"') {
          doubled = true;
          ++i;
          continue;
        }
        break;
      }
      const std::size_t last = i - 1;  // the closing quote
      if (!doubled) {
        add_field(span(first, last - first, first - 1, false));
      } else {
        const std::size_t start = scratch_.size();
        for (std::size_t k = first; k < last; ++k) {
          scratch_ += data[k];
          k += data[k] == '"';  // "" is "
        }
        add_field(span(start, scratch_.size() - start, first - 1, true));
      }
      if (i < end_ && data[i] != d && data[i] != '\n' && data[i] != '\r') text_after_quote(i, open_line);
    } else {
      const std::size_t start = i;
      while (i < end_ && data[i] != d && data[i] != '\n' && data[i] != '\r') {
        if (data[i] == '"') stray_quote(i);
        ++i;
      }
      add_field(span(start, i - start, start, false));
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

}  // namespace cxkit::score

namespace cxkit::score {

std::size_t CsvReader::parsed_record_end(std::size_t size) {
  // Record by record, as the block's reader will read them.
  const std::size_t limit = std::min(end_, begin_ + size);
  const std::size_t begin = begin_, line = line_, consumed = consumed_;
  std::size_t last = begin_;
  try {
    while (begin_ < limit && parse_record()) last = begin_;
  } catch (const Error&) {
    last = end_;  // the block's reader reports it, with its line
  }
  begin_ = begin, line_ = line, consumed_ = consumed;
  return last;
}

std::size_t CsvReader::record_end(std::size_t size) {
  // The last line break before the limit that is outside quotes by the
  // parity of the quotes before it (a quote opens or closes a field; "" is
  // two), else the first after it: a record end, as a quote anywhere else is
  // an error (stray_quote) in the records before it. A lone CR (a record
  // end too) or no such line break at all is left to the parser.
  const char* data = data_;
  const std::size_t limit = std::min(end_, begin_ + size);
  const scan::Quotes count = scan::count_quotes(data + begin_, limit - begin_);
  if (count.lone_cr || (limit < end_ && data[limit - 1] == '\r' && data[limit] != '\n')) return parsed_record_end(size);
  bool odd = count.odd;  // the quotes before i
  for (std::size_t i = limit; i > begin_; --i) {
    if (data[i - 1] == '"') odd = !odd;
    else if (data[i - 1] == '\n' && !odd) return i;
  }
  odd = count.odd;
  for (std::size_t i = limit; i < end_; ++i) {
    if (data[i] == '"') odd = !odd;
    else if (data[i] == '\r' && i + 1 < end_ && data[i + 1] != '\n') return parsed_record_end(size);
    else if (data[i] == '\n' && !odd) return i + 1;
  }
  return parsed_record_end(size);
}

bool CsvReader::next_block(CsvBlock& block, std::size_t size) {
  std::size_t cut = begin_;
  block.overlong = false;
  for (;;) {
    // A read that fails (text not in its encoding) fails again on the next
    // call: the whole records before it make a block first, so that they are
    // read, whatever the block size, before the failure.
    std::optional<Error> failure;
    try {
      while (end_ - begin_ < size && fill()) {
      }
    } catch (const Error& e) {
      failure = e;
    }
    if (begin_ == end_) {
      if (failure) throw *failure;
      return false;
    }
    cut = eof_ ? end_ : record_end(failure ? end_ - begin_ : size);
    if (cut > begin_) break;
    if (failure) throw *failure;
    if (end_ - begin_ >= kMaxRecordBytes) {
      block.overlong = true;
      cut = end_;
      break;
    }
    size = (end_ - begin_) * 2;  // no record ends yet: read more
  }
  // The block takes the buffer; the buffer starts again with what is left.
  const std::size_t capacity = buffer_.size();
  std::swap(block.bytes, buffer_);
  if (buffer_.size() < capacity) buffer_.resize(capacity);
  std::memcpy(buffer_.data(), block.bytes.data() + cut, end_ - cut);
  data_ = buffer_.data();
  block.begin = begin_;
  block.end = cut;
  block.offset = consumed_;
  consumed_ += cut - begin_;
  block.bytes_read = consumed_;
  end_ -= cut;
  begin_ = 0;
  return true;
}

}  // namespace cxkit::score
