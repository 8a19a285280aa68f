#include <cxkit/base/builtins.hpp>

#include <sys/stat.h>

namespace cxkit::base {
namespace {

const std::vector<Builtin>& all_builtins() {
  static const std::vector<Builtin> all = [] {
    std::vector<Builtin> out;
    for (const auto& file : embedded_files()) {
      const std::string path(file.path);
      const auto first = path.find('/');
      const auto second = path.find('/', first + 1);
      const auto dot = path.rfind(".yaml");
      if (first == std::string::npos || second == std::string::npos || dot == std::string::npos) continue;
      out.push_back({path.substr(first + 1, second - first - 1), path.substr(second + 1, dot - second - 1),
                     path.substr(0, first), "configs/" + path, file.text});
    }
    return out;
  }();
  return all;
}

}  // namespace

std::vector<Builtin> builtins(std::string_view kind) {
  std::vector<Builtin> out;
  for (const auto& builtin : all_builtins())
    if (builtin.kind == kind) out.push_back(builtin);
  return out;
}

const Builtin* find_builtin(std::string_view kind, std::string_view id, std::string_view language) {
  const Builtin* found = nullptr;
  const auto rank = [&](const Builtin& b) { return b.language == language ? 2 : b.language == "en" ? 1 : 0; };
  for (const auto& builtin : all_builtins())
    if (builtin.kind == kind && builtin.id == id && (!found || rank(builtin) > rank(*found))) found = &builtin;
  return found;
}

bool looks_like_path(const std::string& name) {
  struct stat st {};
  return name == "-" || name.find('/') != std::string::npos || name.ends_with(".yaml") ||
         name.ends_with(".yml") || name.ends_with(".csv") || ::stat(name.c_str(), &st) == 0;
}

std::string relative_to(const std::string& ref, const std::string& file) {
  if (ref.empty() || !looks_like_path(ref) || ref.starts_with('/') || file == "-") return ref;
  const auto slash = file.find_last_of('/');
  return slash == std::string::npos ? ref : file.substr(0, slash + 1) + ref;
}

}  // namespace cxkit::base
