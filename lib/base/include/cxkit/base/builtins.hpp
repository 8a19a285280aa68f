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

// Generated at build time by cmake/embed.cmake: the configs, and the
// message catalogues (po/<language>.po compiled by msgfmt: "<language>.mo").
const std::vector<EmbeddedFile>& embedded_files();
const std::vector<EmbeddedFile>& embedded_catalogues();

struct Builtin {
  std::string kind;
  std::string id;
  std::string language;
  std::string source;  // "configs/en/questionnaire/x.yaml", the name errors use
  std::string_view text;
};

// Every built-in of a kind ("questionnaire", "checklist"), ordered by path:
// each language of each id.
std::vector<Builtin> builtins(std::string_view kind);

// The ids of a kind's built-ins, each once whatever languages it comes in,
// sorted; and the languages one comes in, English first.
std::vector<std::string> builtin_ids(std::string_view kind);
std::vector<std::string> builtin_languages(std::string_view kind, std::string_view id);

// The built-in of this kind and id in `language`, else in English, else in
// any language it comes in. Null when there is none.
const Builtin* find_builtin(std::string_view kind, std::string_view id, std::string_view language);
// The same in the chosen language (choose_language); a built-in it lacks
// is given in English, and take_notices() then says so.
const Builtin* find_builtin(std::string_view kind, std::string_view id);

// Every language a built-in comes in (the folders of configs/), English
// first.
std::vector<std::string> languages();
// The language built-ins are found in when none is named: the program
// chooses it once, before it loads any (--lang, else language_of_locale),
// English until then.
void choose_language(std::string language);
const std::string& chosen_language();
// The language of `languages()` a POSIX locale name or a tag stands for:
// "pt_BR.UTF-8" and "pt" are pt-BR, "zh_TW" and "zh_HK" zh-Hant, "zh_CN" and
// "zh" zh-Hans, "fil_PH" tl, "ru_RU.UTF-8" ru; "" for none (C, POSIX,
// de_DE).
std::string language_of_locale(std::string_view locale);
// One line for each built-in found in English because the chosen language
// has none of it ("the checklist 'x' has no ru version: it is in English");
// each is given once.
std::vector<std::string> take_notices();

// True when `name` is to be read as a file path rather than a built-in id.
bool looks_like_path(const std::string& name);

// A built-in id or path written in `file`, with a relative path resolved
// against the folder of `file` (standard input: the current folder).
std::string relative_to(const std::string& ref, const std::string& file);

}  // namespace cxkit::base
