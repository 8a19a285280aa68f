#pragma once
// The one translation function. Every word of a report that a user reads
// passes through tr() (or trf() and trn(), which call it), so that gettext
// catalogues translate it: po/cxkit.pot is extracted from the sources by
// scripts/update-pot.sh (xgettext --keyword=tr --keyword=trf
// --keyword=trn:1,2 --keyword=trnf:1,2, and tre, trfe for errors), po/<language>.po translate it, msgfmt compiles them at
// build time and they are embedded. The message id is the English text, and
// what a catalogue lacks stays English. The language is the chosen one
// (choose_language in builtins.hpp: --lang, else the locale).
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>

namespace cxkit::base {

std::string_view tr(std::string_view msgid);

// The singular or the plural form for n, by the language's plural rule
// (English: n == 1 is singular; Russian has three forms, Chinese one).
std::string_view trn(std::string_view singular, std::string_view plural, unsigned long long n);

// A translated fmt format string, formatted.
template <class... Args>
std::string trf(std::string_view msgid, Args&&... args) {
  return fmt::format(fmt::runtime(tr(msgid)), std::forward<Args>(args)...);
}

// The form trn() chose for n, formatted: with n alone when no arguments
// follow ("{} policy"), else with the arguments ("{} of {} rows skipped").
template <class... Args>
std::string trnf(std::string_view singular, std::string_view plural, unsigned long long n, Args&&... args) {
  if constexpr (sizeof...(Args) == 0)
    return fmt::format(fmt::runtime(trn(singular, plural, n)), n);
  else
    return fmt::format(fmt::runtime(trn(singular, plural, n)), std::forward<Args>(args)...);
}

// An error message through the same catalogue: tre() for one without
// arguments, trfe() for a format (checked against its arguments at compile
// time, as fmt::format is). xgettext extracts them with the comment "error
// message", and their translations may follow the report words' (until
// then the English is the message): tests/scripts/test_catalogues.sh
// requires every other message translated.
inline std::string tre(std::string_view msgid) { return std::string(tr(msgid)); }
template <class... Args>
std::string trfe(fmt::format_string<Args...> msgid, Args&&... args) {
  const fmt::string_view english = msgid;
  return fmt::format(fmt::runtime(tr({english.data(), english.size()})), std::forward<Args>(args)...);
}

}  // namespace cxkit::base
