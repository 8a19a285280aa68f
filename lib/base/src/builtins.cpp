#include <cxkit/base/builtins.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <utility>

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

// English first, then the others sorted, each once.
std::vector<std::string> english_first(std::vector<std::string> languages) {
  std::sort(languages.begin(), languages.end(), [](const std::string& a, const std::string& b) {
    return (a == "en") != (b == "en") ? a == "en" : a < b;
  });
  languages.erase(std::unique(languages.begin(), languages.end()), languages.end());
  return languages;
}

// The chosen language, and the notices of built-ins found in English instead.
struct Language {
  std::string language = "en";
  std::mutex mutex;
  std::vector<std::string> notices;
};
Language& language_state() {
  static Language state;
  return state;
}

}  // namespace

std::vector<Builtin> builtins(std::string_view kind) {
  std::vector<Builtin> out;
  for (const auto& builtin : all_builtins())
    if (builtin.kind == kind) out.push_back(builtin);
  return out;
}

std::vector<std::string> builtin_ids(std::string_view kind) {
  std::vector<std::string> ids;
  for (const auto& builtin : all_builtins())
    if (builtin.kind == kind) ids.push_back(builtin.id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::vector<std::string> builtin_languages(std::string_view kind, std::string_view id) {
  std::vector<std::string> out;
  for (const auto& builtin : all_builtins())
    if (builtin.kind == kind && builtin.id == id) out.push_back(builtin.language);
  return english_first(std::move(out));
}

const Builtin* find_builtin(std::string_view kind, std::string_view id, std::string_view language) {
  const Builtin* found = nullptr;
  const auto rank = [&](const Builtin& b) { return b.language == language ? 2 : b.language == "en" ? 1 : 0; };
  for (const auto& builtin : all_builtins())
    if (builtin.kind == kind && builtin.id == id && (!found || rank(builtin) > rank(*found))) found = &builtin;
  return found;
}

const Builtin* find_builtin(std::string_view kind, std::string_view id) {
  Language& chosen = language_state();
  const Builtin* found = find_builtin(kind, id, chosen.language);
  if (found && found->language != chosen.language) {
    const std::string notice = fmt::format("the built-in {} '{}' has no {} version: it is given in {}", kind, id,
                                           chosen.language, found->language);
    std::lock_guard lock(chosen.mutex);
    if (std::find(chosen.notices.begin(), chosen.notices.end(), notice) == chosen.notices.end())
      chosen.notices.push_back(notice);
  }
  return found;
}

std::vector<std::string> languages() {
  std::vector<std::string> out;
  for (const auto& builtin : all_builtins()) out.push_back(builtin.language);
  return english_first(std::move(out));
}

void choose_language(std::string language) { language_state().language = std::move(language); }

const std::string& chosen_language() { return language_state().language; }

std::string language_of_locale(std::string_view locale) {
  locale = locale.substr(0, locale.find_first_of(".@"));  // pt_BR.UTF-8, sr_RS@latin
  const auto cut = locale.find_first_of("_-");
  std::string lang(locale.substr(0, cut)), region(cut == std::string_view::npos ? "" : locale.substr(cut + 1));
  for (auto& c : lang) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string tag = lang;
  if (lang == "zh") {
    const bool traditional = region == "TW" || region == "HK" || region == "MO" || region == "Hant" ||
                             region == "tw" || region == "hk" || region == "mo" || region == "hant";
    tag = traditional ? "zh-Hant" : "zh-Hans";
  } else if (lang == "pt") {
    tag = "pt-BR";  // the one Portuguese cxkit has
  } else if (lang == "fil") {
    tag = "tl";
  }
  const auto known = languages();
  return std::find(known.begin(), known.end(), tag) != known.end() ? tag : std::string();
}

std::vector<std::string> take_notices() {
  Language& chosen = language_state();
  std::lock_guard lock(chosen.mutex);
  return std::exchange(chosen.notices, {});
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
