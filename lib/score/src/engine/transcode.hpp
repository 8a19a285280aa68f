#pragma once
// A survey export in another encoding, converted to UTF-8 as it is read
// (iconv, streaming): memory is one buffer of input, never the file.
#include <cxkit/base/provenance.hpp>
#include <cxkit/score/mapping.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace cxkit::score {

class Transcoder {
 public:
  // Room read() needs at least: the UTF-8 of one character.
  static constexpr std::size_t kMinRoom = 16;

  // `hash` gets every byte read from the file (its provenance); may be null.
  Transcoder(Encoding encoding, std::string source, base::Sha256* hash = nullptr);
  ~Transcoder();
  Transcoder(const Transcoder&) = delete;
  Transcoder& operator=(const Transcoder&) = delete;

  // Reads from fd and writes up to `room` (at least kMinRoom) bytes of UTF-8
  // to out; 0 at the end. A byte that is not text in the encoding, or a
  // file that ends inside a character, throws Error at its line and column.
  std::size_t read(int fd, char* out, std::size_t room);

 private:
  bool refill(int fd);  // false at the end of the input
  base::Sha256* hash_;
  void open();          // picks UTF-16's byte order from the first bytes
  [[noreturn]] void fail(const std::string& what) const;
  void count(const char* text, std::size_t size);

  Encoding encoding_;
  std::string source_;
  void* iconv_ = nullptr;  // iconv_t, opened on the first read
  std::vector<char> input_;
  std::size_t begin_ = 0, end_ = 0;  // unconverted bytes of input_
  std::size_t offset_ = 0;           // of input_[begin_] in the file
  bool eof_ = false;
  int line_ = 1, column_ = 1;  // of the next character written
  std::string failure_;        // once a read has failed, every later one does
};

// The name of an encoding in messages.
const char* encoding_name(Encoding encoding);

}  // namespace cxkit::score
