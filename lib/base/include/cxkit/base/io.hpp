#pragma once
// Bounded reading of untrusted input files and atomic writing of outputs.
#include <cxkit/base/limits.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::base {

// Reads a whole file; "-" reads standard input (named "<stdin>" in errors).
// Throws Error when the path is not a regular file, cannot be read, or is
// larger than max_bytes.
std::string read_input(const std::string& path, std::size_t max_bytes = limits::kInputBytes);

// Opens an input for reading ("-" is standard input) and checks that it is a
// regular file (or a pipe, for standard input). Throws Error. The caller
// closes the descriptor.
int open_input(const std::string& path);

// Reads up to `size` bytes; 0 at the end. Throws Error naming `name`.
std::size_t read_some(int fd, const std::string& name, char* buffer, std::size_t size);

// Throws Error when two of the inputs are one file, however they are spelt
// (or "-" twice); `why` says what would go wrong ("its respondents would
// count twice").
void check_each_once(const std::vector<std::string>& paths, std::string_view why);

// The name errors use for a path: "<stdin>" for "-".
std::string display_name(const std::string& path);

// Replaces path with content atomically: a temporary file in the same folder,
// flushed and renamed over the target. On any failure the previous file is
// untouched, the temporary is removed, and Error is thrown. A path that is
// not a regular file (/dev/null, a pipe) is written directly.
void write_atomic(const std::string& path, std::string_view content);

// An output file written in pieces (a stream of rows) that appears whole or
// not at all: a temporary in the same folder until commit() renames it.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();  // removes the temporary unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void write(std::string_view data);  // buffered
  void commit();                      // flush, fsync, rename; throws Error

 private:
  void flush();
  std::string path_;
  std::string temp_;
  std::string buffer_;
  int fd_ = -1;
};

// Writes to standard output. Returns false when the reader has gone away
// (EPIPE: `| head`); throws Error on any other failure (a full disk).
bool write_stdout(std::string_view content);


}  // namespace cxkit::base
