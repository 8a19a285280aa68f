#include <cxkit/base/i18n.hpp>

#include <cxkit/base/builtins.hpp>

#include <cstdint>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace cxkit::base {
namespace {

// A compiled catalogue (GNU .mo, as msgfmt writes it): the originals sorted,
// each with its translation; a plural entry is "singular\0plural" with
// "form 0\0form 1\0...".
class Catalogue {
 public:
  explicit Catalogue(std::string_view mo) : mo_(mo) {
    if (mo.size() < 28 || word(0) != 0x950412de) return;  // not a little-endian .mo: no translation
    count_ = word(8);
    originals_ = word(12);
    translations_ = word(16);
    if (originals_ + 8ull * count_ > mo.size() || translations_ + 8ull * count_ > mo.size()) count_ = 0;
  }

  // The translation of the entry whose msgid (its singular) is `msgid`.
  std::optional<std::string_view> find(std::string_view msgid) const {
    std::size_t low = 0, high = count_;
    while (low < high) {
      const std::size_t mid = (low + high) / 2;
      std::string_view key = text(originals_, mid);
      key = key.substr(0, key.find('\0'));  // a plural entry sorts by its singular
      const int order = key.compare(msgid);
      if (order == 0) {
        const std::string_view found = text(translations_, mid);
        return found.empty() ? std::nullopt : std::optional(found);
      }
      (order < 0 ? low : high) = order < 0 ? mid + 1 : mid;
    }
    return std::nullopt;
  }

 private:
  std::uint32_t word(std::size_t at) const {
    std::uint32_t w;
    std::memcpy(&w, mo_.data() + at, 4);
    return w;
  }
  std::string_view text(std::size_t table, std::size_t i) const {
    const std::size_t length = word(table + 8 * i), offset = word(table + 8 * i + 4);
    return offset + length <= mo_.size() ? mo_.substr(offset, length) : std::string_view();
  }
  std::string_view mo_;
  std::size_t count_ = 0, originals_ = 0, translations_ = 0;
};

// The catalogue of a language, or null (English, or none compiled in).
const Catalogue* catalogue(const std::string& language) {
  static std::mutex mutex;
  static std::map<std::string, std::optional<Catalogue>> loaded;
  std::lock_guard lock(mutex);
  auto [at, fresh] = loaded.try_emplace(language);
  if (fresh)
    for (const auto& file : embedded_catalogues())
      if (file.path == language + ".mo") at->second.emplace(file.text);
  return at->second ? &*at->second : nullptr;
}

// Which plural form n takes: the rule each po/<language>.po declares in
// its Plural-Forms header (tests/scripts/test_catalogues.sh checks that
// they agree).
std::size_t plural_form(std::string_view language, unsigned long long n) {
  if (language == "ru")
    return n % 10 == 1 && n % 100 != 11                                     ? 0
           : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? 1
                                                                            : 2;
  if (language == "zh-Hans" || language == "zh-Hant") return 0;
  if (language == "pt-BR" || language == "tl") return n > 1 ? 1 : 0;
  return n == 1 ? 0 : 1;
}

}  // namespace

std::string_view tr(std::string_view msgid) {
  const Catalogue* c = catalogue(chosen_language());
  if (!c) return msgid;
  const auto found = c->find(msgid);
  return found ? *found : msgid;
}

std::string_view trn(std::string_view singular, std::string_view plural, unsigned long long n) {
  const Catalogue* c = catalogue(chosen_language());
  const auto found = c ? c->find(singular) : std::nullopt;
  if (!found) return n == 1 ? singular : plural;
  // The forms, separated by NUL.
  std::string_view forms = *found;
  for (std::size_t form = plural_form(chosen_language(), n); form > 0; --form) {
    const auto end = forms.find('\0');
    if (end == std::string_view::npos) return n == 1 ? singular : plural;  // fewer forms than the rule: English
    forms.remove_prefix(end + 1);
  }
  return forms.substr(0, forms.find('\0'));
}

}  // namespace cxkit::base
