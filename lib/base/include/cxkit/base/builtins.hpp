#pragma once
// The models under configs/, compiled into the library so that every
// program has a useful default with no file at all. A file's place names it:
// configs/<language>/<kind>/<id>.yaml.
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::base {

struct EmbeddedFile {
  std::string_view path;  // relative to configs/
  std::string_view text;
};

// Generated at build time by cmake/embed.cmake.
const std::vector<EmbeddedFile>& embedded_files();

struct Builtin {
  std::string kind;
  std::string id;
  std::string language;
  std::string source;  // "configs/en/questionnaire/x.yaml", the name errors use
  std::string_view text;
};

// Every built-in of a kind ("questionnaire", "checklist"), ordered by path.
std::vector<Builtin> builtins(std::string_view kind);

// The built-in of this kind and id in `language`, else in English, else in
// any language it comes in. Null when there is none.
const Builtin* find_builtin(std::string_view kind, std::string_view id, std::string_view language = "en");

// True when `name` is to be read as a file path rather than a built-in id.
bool looks_like_path(const std::string& name);

// A built-in id or path written in `file`, with a relative path resolved
// against the folder of `file` (standard input: the current folder).
std::string relative_to(const std::string& ref, const std::string& file);

}  // namespace cxkit::base
