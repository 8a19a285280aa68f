// A report's provenance: the SHA-256 of its inputs and the time it was made.
#include <cxkit/base/error.hpp>
#include <cxkit/base/provenance.hpp>
#include <doctest/doctest.h>

#include "support.hpp"

using namespace cxkit;

TEST_SUITE_BEGIN("base/provenance");

TEST_CASE("SHA-256 of known inputs, whole or in parts") {
  // FIPS 180-2's examples.
  CHECK(base::sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(base::sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  base::Sha256 parts;
  parts.update("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
  CHECK(parts.finish() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  parts.update("a");
  parts.update("bc");
  CHECK(parts.finish() == base::sha256("abc"));  // finish() starts again
}

TEST_CASE("the time: SOURCE_DATE_EPOCH when set, else now; UTC, ISO 8601") {
  CHECK(base::made_at("1796083200", 0) == "2026-12-01T00:00:00Z");
  CHECK(base::made_at(nullptr, 1796083261) == "2026-12-01T00:01:01Z");
  CHECK(base::made_at("", 0) == "1970-01-01T00:00:00Z");
  CHECK(testing::error_of([] { base::made_at("soon", 0); }) ==
        "error: SOURCE_DATE_EPOCH is 'soon': expected the seconds since 1970-01-01 UTC, a whole number");
  CHECK(testing::error_of([] { base::made_at("-5", 0); }) ==
        "error: SOURCE_DATE_EPOCH is '-5': expected the seconds since 1970-01-01 UTC, a whole number");
}

TEST_CASE("the footer in each format people read, escaped; none without a program") {
  base::Provenance p{"cx-audit", "0.1.0", "2026-12-01T00:00:00Z", {{"a <b>.yaml", "00ff"}}, {{"fail-on", "error"}}};
  CHECK(base::provenance_text(p) ==
        "Made by cx-audit 0.1.0 at 2026-12-01T00:00:00Z; from a <b>.yaml (sha256 00ff); fail-on error.");
  CHECK(base::provenance_footer(p, base::Media::Html) ==
        "<p class=\"provenance\">Made by cx-audit 0.1.0 at 2026-12-01T00:00:00Z; from a &lt;b&gt;.yaml (sha256 "
        "00ff); fail-on error.</p>\n");
  CHECK(base::provenance_footer(p, base::Media::Markdown).starts_with("\n---\n\nMade by cx-audit"));
  CHECK(base::provenance_footer(base::Provenance{}, base::Media::Text).empty());
}

TEST_SUITE_END();
