// The built-ins under configs/<language>/<kind>/<id>.yaml, compiled in.
#include <cxkit/base/builtins.hpp>
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>

using namespace cxkit::base;

TEST_SUITE_BEGIN("base/builtins");

TEST_CASE("every file under configs/ is a built-in named by its place") {
  std::size_t files = 0;
  std::set<std::string> kinds;  // configs/<language>/<kind>/
  for (const auto& entry : std::filesystem::recursive_directory_iterator(CXKIT_SOURCE_DIR "/configs"))
    if (entry.path().extension() == ".yaml") {
      ++files;
      kinds.insert(entry.path().parent_path().filename().string());
    }
  CHECK(kinds.size() >= 5);  // questionnaire, checklist, answers, workbook, terms
  std::size_t found = 0;
  for (const auto& kind : kinds)
    for (const auto& b : builtins(kind)) {
      ++found;
      CHECK(b.kind == kind);
      CHECK(b.source == "configs/" + b.language + "/" + b.kind + "/" + b.id + ".yaml");
      CHECK(std::filesystem::exists(std::string(CXKIT_SOURCE_DIR "/") + b.source));
      CHECK_FALSE(b.text.empty());
    }
  CHECK(found == files);
}

TEST_CASE("find_builtin by kind, id and language, falling back to English") {
  const Builtin* phone = find_builtin("checklist", "phone-call");
  REQUIRE(phone != nullptr);
  CHECK(phone->language == "en");
  CHECK(phone->source == "configs/en/checklist/phone-call.yaml");
  const Builtin* other = find_builtin("checklist", "phone-call", "tl");
  REQUIRE(other != nullptr);
  CHECK((other->language == "tl" || other->language == "en"));
  CHECK(find_builtin("questionnaire", "phone-call") == nullptr);
  CHECK(find_builtin("checklist", "no-such-id") == nullptr);
}

TEST_SUITE_END();
