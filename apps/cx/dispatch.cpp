#include "dispatch.hpp"

#include <common/app.hpp>

#include <cxkit/base/error.hpp>
#include <cxkit/base/i18n.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string_view>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace cxkit::cx {
namespace {

namespace fs = std::filesystem;

bool is_program(const fs::path& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

// The folder of cx's own executable, or "" when /proc is not there.
fs::path own_folder() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : self.parent_path();
}

std::vector<char*> argv_of(const std::string& program, const std::vector<std::string>& args) {
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  return argv;
}

// What the program gets of cx: app::run ignores SIGPIPE, and an ignored
// signal stays ignored across exec; the program decides for itself.
void hand_over() {
  std::cout.flush();
  std::cerr.flush();
  std::signal(SIGPIPE, SIG_DFL);
}

}  // namespace

std::string find_program(const std::string& program) {
  const fs::path folder = own_folder();
  if (!folder.empty() && is_program(folder / program)) return (folder / program).string();
  const char* path = std::getenv("PATH");
  const std::string_view dirs = path ? path : "";
  for (std::size_t start = 0; start <= dirs.size();) {
    const std::size_t end = std::min(dirs.find(':', start), dirs.size());
    // An empty entry is the current folder, as for the shell.
    const fs::path dir = end == start ? fs::path(".") : fs::path(dirs.substr(start, end - start));
    if (is_program(dir / program)) return (dir / program).string();
    start = end + 1;
  }
  throw Error(base::trfe("no program {} next to cx ({}) nor on PATH ({}): is cxkit installed whole?", program,
                         folder.empty() ? "unknown" : folder.string(), dirs));
}

void exec_program(const std::string& path, const std::string& program, const std::vector<std::string>& args) {
  hand_over();
  std::vector<char*> argv = argv_of(program, args);
  ::execv(path.c_str(), argv.data());
  const int error = errno;
  std::signal(SIGPIPE, SIG_IGN);
  throw Error({path}, base::trfe("cannot run {}: {}", program, std::strerror(error)));
}

int run_program(const std::string& path, const std::string& program, const std::vector<std::string>& args) {
  std::cout.flush();
  std::cerr.flush();
  std::vector<char*> argv = argv_of(program, args);
  const pid_t child = ::fork();
  if (child < 0) throw Error(base::trfe("cannot run {}: {}", program, std::strerror(errno)));
  if (child == 0) {
    std::signal(SIGPIPE, SIG_DFL);
    ::execv(path.c_str(), argv.data());
    const std::string message = fmt::format("{}: error: cannot run {}: {}\n", path, program, std::strerror(errno));
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, message.data(), message.size());
    ::_exit(app::kError);
  }
  int status = 0;
  while (::waitpid(child, &status, 0) < 0)
    if (errno != EINTR) throw Error(base::trfe("cannot wait for {}: {}", program, std::strerror(errno)));
  return WIFEXITED(status) ? WEXITSTATUS(status) : app::kError;
}

}  // namespace cxkit::cx
