// The CSV dialect of survey exports, read through the streaming reader.
#include <cxkit/base/error.hpp>
#include "engine/csv.hpp"
#include "engine/scan.hpp"
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace cxkit;

namespace {

// Writes text to a temporary file and reads every record back.
std::vector<std::vector<std::string>> records(const std::string& text, char delimiter = 0,
                                              std::vector<std::size_t>* lines = nullptr,
                                              score::Encoding encoding = score::Encoding::Utf8,
                                              std::string* warning = nullptr) {
  char path[] = "/tmp/cxkit-csv-XXXXXX";
  const int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  std::ofstream(path, std::ios::binary) << text;
  std::vector<std::vector<std::string>> out;
  try {
    score::CsvReader reader(path, delimiter, encoding);
    if (warning) *warning = reader.warning();
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

std::string error_of(const std::string& text, score::Encoding encoding = score::Encoding::Utf8) {
  try {
    records(text, 0, nullptr, encoding);
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
  // Named where its quote opens: after a field of two lines, on the second.
  CHECK(error_of("a,b\n\"two\nlines\",\"open\nc\n") ==
        "3:8: error: a quoted field is never closed: expected a closing \" before the end of the file");
  CHECK(error_of("a,\"b\"x,c\n") == "1:6: error: text after a closing quote: expected the delimiter or the end of the line");
  // The column counts characters, not bytes.
  CHECK(error_of("id,x\nr1,\"Révé\"x\n") ==
        "2:10: error: text after a closing quote: expected the delimiter or the end of the line");
  // A stray quote swallows the line break: the message names where it opened.
  CHECK(error_of("id,x\nr1,4,\"oops\nr2,\"3\"\n") ==
        "3:5: error: text after a closing quote: expected the delimiter or the end of the line (this quoted field "
        "opened on line 2: is a quote left open there?)");
}

TEST_CASE("an Excel workbook or UTF-16 text is not read as CSV, and the error says how to save it") {
  CHECK(error_of(std::string("PK\x03\x04\x14\x00\x06\x00", 8) + "[Content_Types].xml") ==
        "1:1: error: the file is a zip file (an Excel workbook, .xlsx, or a download still zipped), not CSV text: "
        "expected a CSV export (unzip a download; in Excel, save it as CSV UTF-8 with File > Save As > CSV UTF-8)");
  const std::string utf16 =
      "1:1: error: the file is UTF-16 text (as Excel's \"Unicode Text\" writes it), not UTF-8: expected UTF-8 (in "
      "Excel, save it as UTF-8 with File > Save As > CSV UTF-8), or [encoding] utf-16";
  CHECK(error_of(std::string("\xFF\xFEi\0d\0", 6)) == utf16);
  CHECK(error_of(std::string("\xFE\xFF\0i\0d", 6)) == utf16);
  CHECK(error_of(std::string("i\0d\0,\0q\0\n\0", 10)) == utf16);  // no byte order mark
  CHECK(error_of(std::string("\0i\0d\0,\0q\0\n", 10)) == utf16);
  CHECK(error_of("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") ==
        "1:1: error: the file is an Excel 97-2003 workbook (.xls) or another Office file, not CSV text: expected a CSV "
        "export (in Excel, save it as CSV UTF-8 with File > Save As > CSV UTF-8)");
  CHECK(records("PK,q1\n1,2\n") == Rows{{"PK", "q1"}, {"1", "2"}});  // text starting "PK" is text
}

TEST_CASE("a header row with no comma but ';' or tabs names its delimiter, with a warning") {
  std::string warning;
  CHECK(records("id;q1\nr1;4\n", 0, nullptr, score::Encoding::Utf8, &warning) == Rows{{"id", "q1"}, {"r1", "4"}});
  CHECK(warning.ends_with(":1: warning: the header row holds no comma: its columns are read as separated by ';'"));
  CHECK(records("\xEF\xBB\xBFid\tq1\nr1\t4\n", 0, nullptr, score::Encoding::Utf8, &warning) ==
        Rows{{"id", "q1"}, {"r1", "4"}});
  CHECK(warning.ends_with(":1: warning: the header row holds no comma: its columns are read as separated by tabs"));
  // A comma, a sep= line or a delimiter given: nothing to guess.
  CHECK(records("id,\"a;b\"\nr1,4\n", 0, nullptr, score::Encoding::Utf8, &warning) == Rows{{"id", "a;b"}, {"r1", "4"}});
  CHECK(warning.empty());
  CHECK(records("\"a;b\"\n4\n", 0, nullptr, score::Encoding::Utf8, &warning) == Rows{{"a;b"}, {"4"}});
  CHECK(warning.empty());
  CHECK(records("sep=;\nid;q1\n", 0, nullptr, score::Encoding::Utf8, &warning) == Rows{{"id", "q1"}});
  CHECK(warning.empty());
  CHECK(records("id;q1\n", '\t', nullptr, score::Encoding::Utf8, &warning) == Rows{{"id;q1"}});
  CHECK(warning.empty());
  CHECK(error_of("id;q1\tq2\nr1;4\n") ==
        "1:1: error: the header row holds both ';' and tabs and no comma, so which one separates the columns is "
        "unclear: expected a first line sep=; or [delimiter] ';' (or tab)");
}

TEST_CASE("latin1, cp1252 and UTF-16 are read as UTF-8") {
  using score::Encoding;
  CHECK(records("id,name\n1,Si\xE2n\n", 0, nullptr, Encoding::Latin1) == Rows{{"id", "name"}, {"1", "Si\xC3\xA2n"}});
  CHECK(records("id,q\n1,\x80 \x93ok\x94\n", 0, nullptr, Encoding::Cp1252) ==
        Rows{{"id", "q"}, {"1", "\xE2\x82\xAC \xE2\x80\x9Cok\xE2\x80\x9D"}});
  CHECK(records(std::string("\xFF\xFEi\0d\0,\0\xE9\0\n\0", 12), 0, nullptr, Encoding::Utf16) == Rows{{"id", "\xC3\xA9"}});
  CHECK(records(std::string("\xFE\xFF\0i\0d\0\t\0q\0\n", 12), 0, nullptr, Encoding::Utf16) == Rows{{"id", "q"}});
  CHECK(records(std::string("i\0d\0,\0q\0\n\0", 10), 0, nullptr, Encoding::Utf16) == Rows{{"id", "q"}});
  // Characters cut by the reads: a record longer than the read buffers.
  std::string big;
  for (int i = 0; i < 100000; ++i) big += "\xE9\x80";
  std::string expected;
  for (int i = 0; i < 100000; ++i) expected += "\xC3\xA9\xE2\x82\xAC";
  CHECK(records("a," + big + "\nb,c\n", 0, nullptr, Encoding::Cp1252) == Rows{{"a", expected}, {"b", "c"}});
}

TEST_CASE("a byte not in the encoding is an error at its line and column") {
  using score::Encoding;
  CHECK(error_of("id,q\n1,ab\x81\n", Encoding::Cp1252) ==
        "2:5: error: the byte at offset 9 (0x81) is not cp1252 text: expected the file in the encoding given (is it "
        "in another one?)");
  CHECK(error_of(std::string("i\0d\0\n\0\xE9\0\x00\xDC\n\0", 12), Encoding::Utf16) ==
        "2:2: error: the byte at offset 8 (0x00) is not utf-16 text: expected the file in the encoding given (is it "
        "in another one?)");
  CHECK(error_of(std::string("i\0d\0\n\0x", 7), Encoding::Utf16) ==
        "2:1: error: the file ends inside a utf-16 character, at offset 6: expected whole characters (is it in "
        "another encoding?)");
}

TEST_CASE("the byte classes and the quotes' parity are the same the SSE2 way, the AVX-512 way and byte by byte") {
  unsigned state = 7;
  const auto next = [&] { return (state = state * 1103515245u + 12345u) >> 16; };
  const char alphabet[] = {'"', ',', ';', '\n', '\r', 'a', '5', ' ', '\xC3'};
  for (int round = 0; round < 200; ++round) {
    std::string bytes(65 + next() % 300, 'x');
    for (char& c : bytes) c = alphabet[next() % sizeof alphabet];
    const char delimiter = round % 2 ? ',' : ';';
    for (std::size_t at = 0; at + 64 <= bytes.size(); at += 64) {
      score::scan::Masks by_byte;
      for (int i = 0; i < 64; ++i) {
        const char c = bytes[at + static_cast<std::size_t>(i)];
        const std::uint64_t bit = std::uint64_t{1} << i;
        by_byte.quote |= c == '"' ? bit : 0;
        by_byte.delimiter |= c == delimiter ? bit : 0;
        by_byte.lf |= c == '\n' ? bit : 0;
        by_byte.cr |= c == '\r' ? bit : 0;
      }
      const auto same = [&](const score::scan::Masks& m) {
        return m.quote == by_byte.quote && m.delimiter == by_byte.delimiter && m.lf == by_byte.lf && m.cr == by_byte.cr;
      };
      CHECK(same(score::scan::Sse2::classify(bytes.data() + at, delimiter)));
      // The quotes' prefix parity, bit by bit.
      std::uint64_t parity = 0;
      for (int i = 0, odd = 0; i < 64; ++i) {
        odd ^= static_cast<int>((by_byte.quote >> i) & 1);
        parity |= static_cast<std::uint64_t>(odd) << i;
      }
      CHECK(score::scan::Sse2::prefix_xor(by_byte.quote) == parity);
#if CXKIT_SCAN_AVX512
      if (score::scan::avx512()) {
        CHECK(same(score::scan::Avx512::classify(bytes.data() + at, delimiter)));
        CHECK(score::scan::Avx512::prefix_xor(by_byte.quote) == parity);
      }
#endif
    }
    std::size_t quotes = 0;
    bool lone_cr = false;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      quotes += bytes[i] == '"';
      lone_cr = lone_cr || (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] != '\n');
    }
    for (const bool portable : {false, true}) {
      score::scan::portable = portable;
      const auto counted = score::scan::count_quotes(bytes.data(), bytes.size());
      CHECK(counted.odd == (quotes % 2 == 1));
      CHECK(counted.lone_cr == lone_cr);
    }
    score::scan::portable = false;
  }
}

TEST_SUITE_END();
