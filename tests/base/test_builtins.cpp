// The built-ins under configs/<language>/<kind>/<id>.yaml, compiled in.
#include <cxkit/base/builtins.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
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

TEST_CASE("every figure and count of the seeds is in the built-ins (tests/data/seed-figures.tsv)") {
  // The built-ins' text, lower case: a figure is found whatever its case.
  std::string all;
  for (const auto& file : embedded_files()) all += std::string(file.text) + "\n";
  std::transform(all.begin(), all.end(), all.begin(), [](unsigned char c) { return std::tolower(c); });
  std::ifstream table(CXKIT_SOURCE_DIR "/tests/data/seed-figures.tsv");
  REQUIRE(table);
  std::string line;
  std::getline(table, line);
  CHECK(line == "seed\tfigure\twhere");
  std::size_t rows = 0;
  while (std::getline(table, line)) {
    if (line.empty()) continue;
    const auto first = line.find('\t'), second = line.find('\t', first + 1);
    REQUIRE_MESSAGE(second != std::string::npos, line);
    std::string figure = line.substr(first + 1, second - first - 1);
    std::transform(figure.begin(), figure.end(), figure.begin(), [](unsigned char c) { return std::tolower(c); });
    CHECK_MESSAGE(all.find(figure) != std::string::npos, "seed ", line.substr(0, first), ": '", figure, "' (",
                  line.substr(second + 1), ") is in no built-in");
    ++rows;
  }
  CHECK(rows >= 20);
}
