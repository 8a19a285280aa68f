#include <cxkit/score/questionnaire.hpp>

namespace cxkit::score {

std::size_t Questionnaire::item_count() const {
  std::size_t n = 0;
  for (const auto& section : sections) n += section.items.size();
  return n;
}

}  // namespace cxkit::score
