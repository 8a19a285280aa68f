#include <cxkit/base/i18n.hpp>
#include <cxkit/base/io.hpp>

#include <cxkit/base/error.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <set>
#include <string>
#include <utility>
#include <vector>
#include <sys/stat.h>
#include <unistd.h>

namespace cxkit::base {
namespace {

std::string errno_text(int err) { return std::strerror(err); }

// Every file opened as an input so far (device and inode): no output may
// replace one, whichever option named either (-o, --per-respondent, a
// mapping, a baseline). Inputs may be read on another thread.
std::mutex inputs_mutex;
std::set<std::pair<dev_t, ino_t>> inputs_opened;

void remember_input(const struct stat& st) {
  const std::lock_guard lock(inputs_mutex);
  inputs_opened.emplace(st.st_dev, st.st_ino);
}

bool is_input(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  const std::lock_guard lock(inputs_mutex);
  return inputs_opened.count({st.st_dev, st.st_ino}) > 0;
}

[[noreturn]] void refuse_input_as_output(const std::string& path) {
  throw Error({path}, tre("the output file is also an input of this run: expected a different path for the output"));
}

// Reads fd to the end, refusing more than max_bytes.
std::string read_all(int fd, const std::string& name, std::size_t max_bytes) {
  std::string data;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw Error({name}, trfe("cannot read the file: {}", errno_text(errno)));
    }
    if (got == 0) return data;
    if (data.size() + static_cast<std::size_t>(got) > max_bytes)
      throw Error({name}, trfe("the file is larger than the limit of {} bytes; raise it with {} if the file is trusted",
                               max_bytes, hint(Hint::InputLimit)));
    data.append(buffer, static_cast<std::size_t>(got));
  }
}

bool write_fd(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t put = ::write(fd, content.data(), content.size());
    if (put < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(put));
  }
  return true;
}

}  // namespace

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

void check_each_once(const std::vector<std::string>& paths, std::string_view why) {
  std::vector<std::pair<dev_t, ino_t>> seen;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    struct stat st {};
    const bool known = paths[i] != "-" && ::stat(paths[i].c_str(), &st) == 0;
    seen.emplace_back(known ? st.st_dev : 0, known ? st.st_ino : 0);
    for (std::size_t j = 0; j < i; ++j)
      if (paths[i] == paths[j] || (known && seen[j] == seen[i]))
        throw Error({display_name(paths[i])},
                    base::trfe("input {} ('{}') is the same file as input {} ('{}'): expected each input once ({})", i + 1,
                               shown(paths[i]), j + 1, shown(paths[j]), why));
  }
}

int open_input(const std::string& path) {
  if (path == "-") return STDIN_FILENO;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) throw Error({path}, trfe("cannot open the file: {}", errno_text(errno)));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw Error({path}, S_ISDIR(st.st_mode) ? tre("the path is a directory: expected a YAML or CSV file")
                                            : tre("the path is not a regular file: expected a YAML or CSV file"));
  }
  remember_input(st);
  ::fcntl(fd, F_SETFL, 0);  // a regular file: blocking reads
  return fd;
}

std::size_t read_some(int fd, const std::string& name, char* buffer, std::size_t size) {
  for (;;) {
    const ssize_t got = ::read(fd, buffer, size);
    if (got >= 0) return static_cast<std::size_t>(got);
    if (errno != EINTR) throw Error({name}, trfe("cannot read the file: {}", errno_text(errno)));
  }
}

std::string read_input(const std::string& path, std::size_t max_bytes) {
  const int fd = open_input(path);
  try {
    std::string data = read_all(fd, display_name(path), max_bytes);
    if (fd != STDIN_FILENO) ::close(fd);
    return data;
  } catch (...) {
    if (fd != STDIN_FILENO) ::close(fd);
    throw;
  }
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  struct stat st {};
  if (::stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    // A device or pipe (/dev/null, /dev/stdout): nothing to replace.
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) throw Error({path_}, trfe("cannot open the output: {}", errno_text(errno)));
    return;
  }
  if (is_input(path_)) refuse_input_as_output(path_);
  const auto slash = path_.find_last_of('/');
  temp_ = (slash == std::string::npos ? "" : path_.substr(0, slash + 1)) + ".cxkit-XXXXXX";
  fd_ = ::mkstemp(temp_.data());
  if (fd_ < 0)
    throw Error({path_}, trfe("cannot create a temporary file beside the output: {}", errno_text(errno)));
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) {
    ::close(fd_);
    if (!temp_.empty()) ::unlink(temp_.c_str());
  }
}

void AtomicFile::write(std::string_view data) {
  buffer_.append(data);
  if (buffer_.size() >= (1u << 16)) flush();
}

void AtomicFile::flush() {
  if (!write_fd(fd_, buffer_))
    throw Error({path_}, trfe("cannot write the output: {}; the previous file is untouched", errno_text(errno)));
  buffer_.clear();
}

void AtomicFile::commit() {
  flush();
  if (temp_.empty()) {
    const int fd = std::exchange(fd_, -1);
    if (::close(fd) != 0) throw Error({path_}, trfe("cannot write the output: {}", errno_text(errno)));
    return;
  }
  if (::fsync(fd_) != 0)
    throw Error({path_}, trfe("cannot write the output: {}; the previous file is untouched", errno_text(errno)));
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(temp_.c_str());
    throw Error({path_}, trfe("cannot write the output: {}; the previous file is untouched", errno_text(err)));
  }
  if (is_input(path_)) {  // named by an input read after the output was opened
    ::unlink(temp_.c_str());
    refuse_input_as_output(path_);
  }
  // mkstemp creates 0600; an output file gets the usual permissions.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::chmod(temp_.c_str(), 0666 & ~mask);
  if (::rename(temp_.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp_.c_str());
    throw Error({path_}, trfe("cannot replace the output file: {}", errno_text(err)));
  }
}

void write_atomic(const std::string& path, std::string_view content) {
  AtomicFile file(path);
  file.write(content);
  file.commit();
}

bool write_stdout(std::string_view content) {
  if (write_fd(STDOUT_FILENO, content)) return true;
  if (errno == EPIPE) return false;
  throw Error({"<stdout>"}, trfe("cannot write the output: {}", errno_text(errno)));
}

}  // namespace cxkit::base
