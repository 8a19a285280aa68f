#include <cxkit/base/i18n.hpp>

namespace cxkit::base {

std::string_view tr(std::string_view msgid) { return msgid; }

std::string_view trn(std::string_view singular, std::string_view plural, unsigned long long n) {
  return tr(n == 1 ? singular : plural);
}

}  // namespace cxkit::base
