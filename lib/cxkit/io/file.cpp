#include <cxkit/io/file.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <cxkit/error.hpp>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace cxkit::io {
namespace {

std::string errno_text(int err) { return std::strerror(err); }

// Reads fd to the end, refusing more than max_bytes.
std::string read_all(int fd, const std::string& name, std::size_t max_bytes) {
  std::string data;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw Error({name}, "cannot read the file: " + errno_text(errno));
    }
    if (got == 0) return data;
    if (data.size() + static_cast<std::size_t>(got) > max_bytes)
      throw Error({name}, "the file is larger than the limit of " + std::to_string(max_bytes) +
                              " bytes; raise it with --max-input-size if the file is trusted");
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

std::string read_input(const std::string& path, std::size_t max_bytes) {
  if (path == "-") return read_all(STDIN_FILENO, display_name(path), max_bytes);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) throw Error({path}, "cannot open the file: " + errno_text(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    const char* what = S_ISDIR(st.st_mode) ? "a directory" : "not a regular file";
    throw Error({path}, std::string("the path is ") + what + ": expected a YAML or CSV file");
  }
  ::fcntl(fd, F_SETFL, 0);  // regular file: blocking reads are fine
  try {
    std::string data = read_all(fd, path, max_bytes);
    ::close(fd);
    return data;
  } catch (...) {
    ::close(fd);
    throw;
  }
}

void write_atomic(const std::string& path, std::string_view content) {
  const auto slash = path.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash + 1);
  std::string temp = (slash == std::string::npos ? "" : dir) + ".cxkit-XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) throw Error({path}, "cannot create a temporary file in " + dir + ": " + errno_text(errno));
  const bool written = write_fd(fd, content);
  const int write_errno = errno;
  const bool synced = written && ::fsync(fd) == 0;
  const int sync_errno = errno;
  const bool closed = ::close(fd) == 0;
  if (!written || !synced || !closed) {
    ::unlink(temp.c_str());
    const int err = !written ? write_errno : !synced ? sync_errno : errno;
    throw Error({path}, "cannot write the output: " + errno_text(err) + "; the previous file is untouched");
  }
  // mkstemp creates 0600; an output file should have the usual permissions.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::chmod(temp.c_str(), 0666 & ~mask);
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    throw Error({path}, "cannot replace the output file: " + errno_text(err));
  }
}

bool write_stdout(std::string_view content) {
  if (write_fd(STDOUT_FILENO, content)) return true;
  if (errno == EPIPE) return false;
  throw Error({"<stdout>"}, "cannot write the output: " + errno_text(errno));
}

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {}, sb {};
  if (a == "-" || b == "-") return false;
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace cxkit::io
