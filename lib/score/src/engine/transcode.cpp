#include "engine/transcode.hpp"

#include <cxkit/base/i18n.hpp>
#include <cxkit/base/error.hpp>
#include <cxkit/base/io.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <iconv.h>
#include <string_view>

namespace cxkit::score {
namespace {

iconv_t handle(void* p) { return static_cast<iconv_t>(p); }

}  // namespace

const char* encoding_name(Encoding encoding) {
  switch (encoding) {
    case Encoding::Utf8: return "utf-8";
    case Encoding::Latin1: return "latin1";
    case Encoding::Cp1252: return "cp1252";
    case Encoding::Utf16: return "utf-16";
  }
  return "";
}

Transcoder::Transcoder(Encoding encoding, std::string source, base::Sha256* hash)
    : hash_(hash), encoding_(encoding), source_(std::move(source)), input_(64u << 10) {}

Transcoder::~Transcoder() {
  if (iconv_) ::iconv_close(handle(iconv_));
}

bool Transcoder::refill(int fd) {
  if (eof_) return false;
  std::memmove(input_.data(), input_.data() + begin_, end_ - begin_);
  end_ -= begin_;
  begin_ = 0;
  const std::size_t got = base::read_some(fd, source_, input_.data() + end_, input_.size() - end_);
  if (hash_) hash_->update({input_.data() + end_, got});
  eof_ = got == 0;
  end_ += got;
  return got > 0;
}

void Transcoder::open() {
  const char* from = encoding_ == Encoding::Latin1 ? "ISO-8859-1" : encoding_ == Encoding::Cp1252 ? "CP1252" : "UTF-16LE";
  if (encoding_ == Encoding::Utf16) {
    // A byte order mark says which; without one, ASCII's NUL comes first in
    // big-endian. The mark itself is no text.
    const std::string_view head(input_.data() + begin_, end_ - begin_);
    const bool big = head.starts_with("\xFE\xFF") || (head.size() >= 2 && head[0] == '\0' && head[1] != '\0');
    if (big) from = "UTF-16BE";
    if (head.starts_with("\xFE\xFF") || head.starts_with("\xFF\xFE")) begin_ = offset_ = 2;
  }
  const iconv_t h = ::iconv_open("UTF-8", from);
  if (h == reinterpret_cast<iconv_t>(-1))
    throw Error({source_}, base::trfe("cannot convert {} to UTF-8 on this system: {}", encoding_name(encoding_),
                                      std::strerror(errno)));
  iconv_ = h;
}

void Transcoder::count(const char* text, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++line_;
      column_ = 1;
    } else if ((byte & 0xC0) != 0x80) {
      ++column_;
    }
  }
}

void Transcoder::fail(const std::string& what) const {
  throw Error({source_, line_, column_}, what);
}

std::size_t Transcoder::read(int fd, char* out, std::size_t room) {
  if (!failure_.empty()) fail(failure_);
  if (!iconv_) {
    while (end_ - begin_ < 2 && refill(fd)) {
    }
    open();
  }
  for (;;) {
    if (begin_ == end_ && !refill(fd)) return 0;
    char* in = input_.data() + begin_;
    std::size_t in_left = end_ - begin_;
    char* to = out;
    std::size_t to_left = room;
    const bool failed = ::iconv(handle(iconv_), &in, &in_left, &to, &to_left) == static_cast<std::size_t>(-1);
    const int error = failed ? errno : 0;
    const std::size_t wrote = room - to_left;
    count(out, wrote);
    offset_ += end_ - begin_ - in_left;
    begin_ = end_ - in_left;
    if (error == EINVAL && !eof_) {  // the rest of a character is still to be read
      if (wrote > 0) return wrote;
      refill(fd);
      continue;
    }
    if (error == EILSEQ || error == EINVAL) {
      const auto byte = static_cast<unsigned char>(input_[begin_]);
      failure_ = error == EILSEQ
                     ? fmt::format("the byte at offset {} (0x{:02X}) is not {} text: expected the file in the "
                                   "encoding given (is it in another one?)",
                                   offset_, byte, encoding_name(encoding_))
                     : fmt::format("the file ends inside a {} character, at offset {}: expected whole characters "
                                   "(is it in another encoding?)",
                                   encoding_name(encoding_), offset_);
      // The text before it is read first, so that rows before it are scored
      // or refused as they would be without it.
      if (wrote == 0) fail(failure_);
      return wrote;
    }
    if (wrote > 0) return wrote;
    if (error == E2BIG) throw Error({source_}, base::tre("internal error: no room to convert one character"));
  }
}

}  // namespace cxkit::score
