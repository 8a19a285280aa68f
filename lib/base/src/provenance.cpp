#include <cxkit/base/provenance.hpp>

#include <cxkit/base/error.hpp>
#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>

#include <fmt/format.h>
// The SHA256_* functions, not EVP: the same code (SHA-NI where the CPU has
// it), without loading OpenSSL's providers (2 MB of memory, measured), and
// deprecated in OpenSSL 3 but kept by it.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <charconv>
#include <ctime>
#include <variant>

namespace cxkit::base {

namespace {

SHA256_CTX* context(void* p) { return static_cast<SHA256_CTX*>(p); }

std::string hex(const unsigned char* digest, unsigned length) {
  std::string out;
  for (unsigned i = 0; i < length; ++i) out += fmt::format("{:02x}", digest[i]);
  return out;
}

}  // namespace

Sha256::Sha256() : context_(new SHA256_CTX) { SHA256_Init(context(context_)); }

Sha256::~Sha256() { delete context(context_); }

void Sha256::update(std::string_view bytes) { SHA256_Update(context(context_), bytes.data(), bytes.size()); }

std::string Sha256::finish() {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256_Final(digest, context(context_));
  SHA256_Init(context(context_));
  return hex(digest, SHA256_DIGEST_LENGTH);
}

std::string sha256(std::string_view bytes) {
  Sha256 hash;
  hash.update(bytes);
  return hash.finish();
}

std::string made_at(const char* epoch, std::int64_t now) {
  std::int64_t seconds = now;
  if (epoch && *epoch) {
    const std::string_view text(epoch);
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (ec != std::errc() || end != text.data() + text.size() || seconds < 0)
      throw Error(base::trfe("SOURCE_DATE_EPOCH is '{}': expected the seconds since 1970-01-01 UTC, a whole "
                             "number",
                             text));
  }
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm utc{};
  if (!gmtime_r(&t, &utc)) throw Error(base::trfe("the time {} cannot be written as a date", seconds));
  char out[32];
  std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return out;
}

std::string provenance_text(const Provenance& p) {
  std::string out = trf("Made by {} {} at {}", p.program, p.version, p.made);
  std::vector<std::string> inputs;
  for (const auto& input : p.inputs) inputs.push_back(trf("{} (sha256 {})", input.file, input.sha256));
  if (!inputs.empty()) out += "; " + trf("from {}", fmt::join(inputs, ", "));
  std::vector<std::string> settings;
  for (const auto& s : p.settings)
    settings.push_back(fmt::format("{} {}", s.name, std::visit([](const auto& v) { return fmt::format("{}", v); }, s.value)));
  if (!settings.empty()) out += "; " + fmt::format("{}", fmt::join(settings, ", "));
  return out + ".";
}

std::string provenance_footer(const Provenance& p, Media media) {
  if (p.program.empty()) return "";
  const std::string text = provenance_text(p);
  switch (media) {
    case Media::Markdown: return "\n---\n\n" + markdown_cell(text) + "\n";
    case Media::Html: return "<p class=\"provenance\">" + html(text) + "</p>\n";
    default: return "\n" + terminal(text) + "\n";
  }
}

}  // namespace cxkit::base
