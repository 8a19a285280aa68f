// Aligned text columns, counted in display columns.
#include <cxkit/base/text_table.hpp>
#include <doctest/doctest.h>

using cxkit::base::TextTable;
using Align = TextTable::Align;

TEST_SUITE_BEGIN("base/text_table");

TEST_CASE("columns are as wide as their widest cell, and at least their minimum") {
  TextTable table({{Align::Left, 0}, {Align::Right, 6}});
  table.add({"Section", "Rugby"});
  table.add({"Error reduction", "Leamington Spa"});
  table.add({"Overall", "71.2 %"});
  CHECK(table.render() ==
        "Section                   Rugby\n"
        "Error reduction  Leamington Spa\n"
        "Overall                  71.2 %\n");
}

TEST_CASE("wide characters count two columns; missing cells are blank; line ends are trimmed") {
  TextTable table({{Align::Left, 0}, {Align::Left, 0}, {Align::Right, 0}}, " | ");
  table.add({"时限", "a", "1"});
  table.add({"flow", "", ""});
  table.add({"x"});
  CHECK(table.render() ==
        "时限 | a | 1\n"
        "flow |   |\n"
        "x    |   |\n");
}

TEST_CASE("an empty table renders nothing") { CHECK(TextTable({{Align::Left, 4}}).render().empty()); }

TEST_SUITE_END();
