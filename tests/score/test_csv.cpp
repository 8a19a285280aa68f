// The CSV dialect of survey exports, read through the streaming reader.
#include <cxkit/base/error.hpp>
#include "engine/csv.hpp"
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace cxkit;

namespace {

// Writes text to a temporary file and reads every record back.
std::vector<std::vector<std::string>> records(const std::string& text, char delimiter = 0,
                                              std::vector<std::size_t>* lines = nullptr) {
  char path[] = "/tmp/cxkit-csv-XXXXXX";
  const int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  std::ofstream(path, std::ios::binary) << text;
  std::vector<std::vector<std::string>> out;
  try {
    score::CsvReader reader(path, delimiter);
    while (reader.next()) {
      std::vector<std::string> fields;
      for (std::size_t i = 0; i < reader.size(); ++i) fields.emplace_back(reader.field(i));
      out.push_back(fields);
      if (lines) lines->push_back(reader.line());
    }
  } catch (...) {
    std::remove(path);
    throw;
  }
  std::remove(path);
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

std::string error_of(const std::string& text) {
  try {
    records(text);
  } catch (const Error& e) {
    const std::string what = e.what();
    return what.substr(what.find(':') + 1);  // drop the temporary file name
  }
  return "(no error)";
}

}  // namespace

TEST_SUITE_BEGIN("score/csv");

TEST_CASE("plain records, LF or CRLF, with or without a final line break") {
  CHECK(records("a,b\n1,2\n") == Rows{{"a", "b"}, {"1", "2"}});
  CHECK(records("a,b\r\n1,2\r\n") == Rows{{"a", "b"}, {"1", "2"}});
  CHECK(records("a,b\r\n1,2") == Rows{{"a", "b"}, {"1", "2"}});
  CHECK(records("a,,c\n") == Rows{{"a", "", "c"}});
  CHECK(records("a,b\n,\n") == Rows{{"a", "b"}, {"", ""}});
}

TEST_CASE("quoted fields: delimiters, doubled quotes and line breaks inside") {
  std::vector<std::size_t> lines;
  CHECK(records("q,r\n\"Hello, \"\"world\"\"\",\"two\nlines\"\nnext,row\n", 0, &lines) ==
        Rows{{"q", "r"}, {"Hello, \"world\"", "two\nlines"}, {"next", "row"}});
  CHECK(lines == std::vector<std::size_t>{1, 2, 4});  // the record after the two-line one starts on line 4
  CHECK(records("\"\",\"x\"\r\n") == Rows{{"", "x"}});
}

TEST_CASE("a UTF-8 byte order mark and an Excel sep= line are understood") {
  CHECK(records("\xEF\xBB\xBFid,q1\nr1,4\n") == Rows{{"id", "q1"}, {"r1", "4"}});
  CHECK(records("sep=;\r\nid;q1\r\nr1;4\r\n") == Rows{{"id", "q1"}, {"r1", "4"}});
  CHECK(records("\xEF\xBB\xBFsep=;\nid;q1\n") == Rows{{"id", "q1"}});
  CHECK(records("id;q1\nr1;4\n", ';') == Rows{{"id", "q1"}, {"r1", "4"}});
  CHECK(records("id\tq1\nr1\t4\n", '\t') == Rows{{"id", "q1"}, {"r1", "4"}});
}

TEST_CASE("blank lines are skipped; a lone CR ends a line") {
  CHECK(records("a,b\n\n1,2\n\n") == Rows{{"a", "b"}, {"1", "2"}});
  CHECK(records("a,b\r1,2\r") == Rows{{"a", "b"}, {"1", "2"}});
}

TEST_CASE("a record longer than the read buffer is read whole") {
  const std::string big(3u << 20, 'x');
  CHECK(records("a," + big + "\nb,c\n") == Rows{{"a", big}, {"b", "c"}});
}

TEST_CASE("broken quoting is an error with the line and column") {
  CHECK(error_of("a,b\n\"open,c\n") == "2:1: error: a quoted field is never closed: expected a closing \" before the end "
                                       "of the file");
  CHECK(error_of("a,\"b\"x,c\n") == "1:6: error: text after a closing quote: expected the delimiter or the end of the line");
  // The column counts characters, not bytes.
  CHECK(error_of("id,x\nr1,\"Révé\"x\n") ==
        "2:10: error: text after a closing quote: expected the delimiter or the end of the line");
  // A stray quote swallows the line break: the message names where it opened.
  CHECK(error_of("id,x\nr1,4,\"oops\nr2,\"3\"\n") ==
        "3:5: error: text after a closing quote: expected the delimiter or the end of the line (this quoted field "
        "opened on line 2: is a quote left open there?)");
}

TEST_SUITE_END();
