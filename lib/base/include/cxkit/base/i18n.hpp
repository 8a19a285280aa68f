#pragma once
// The one translation function. Every word of a report that a user reads
// passes through tr() (or trf() and trn(), which call it), so that gettext
// catalogues (po/<lang>.po, extracted with xgettext --keyword=tr
// --keyword=trf --keyword=trn:1,2) can translate it. The message id is the
// English text. English only for now: tr() gives the id back.
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>

namespace cxkit::base {

std::string_view tr(std::string_view msgid);

// The singular or the plural form for n (English: n == 1 is singular).
std::string_view trn(std::string_view singular, std::string_view plural, unsigned long long n);

// A translated fmt format string, formatted.
template <class... Args>
std::string trf(std::string_view msgid, Args&&... args) {
  return fmt::format(fmt::runtime(tr(msgid)), std::forward<Args>(args)...);
}

}  // namespace cxkit::base
