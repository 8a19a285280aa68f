// Dates: one rule for every YYYY-MM-DD cxkit reads.
#include <cxkit/base/date.hpp>
#include <doctest/doctest.h>

using cxkit::base::is_date;

TEST_SUITE_BEGIN("base/date");

TEST_CASE("is_date accepts real days only") {
  CHECK(is_date("2026-11-23"));
  CHECK(is_date("2028-02-29"));
  CHECK_FALSE(is_date("2027-02-29"));
  CHECK_FALSE(is_date("2026-13-01"));
  CHECK_FALSE(is_date("2026-1-1"));
  CHECK_FALSE(is_date("2026-01-1x"));
  CHECK_FALSE(is_date("2026/01/01"));
  CHECK_FALSE(is_date("today"));
  CHECK_FALSE(is_date(""));
}

TEST_CASE("today is a date") { CHECK(is_date(cxkit::base::today())); }

TEST_SUITE_END();
