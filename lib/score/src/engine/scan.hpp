#pragma once
// Byte classes of 64 bytes at a time, as bit masks (bit i is byte i), for the
// block reader. Two ways to get them, with the same masks: SSE2 (every
// x86-64 has it; a portable loop elsewhere), and AVX-512BW where the CPU has
// it (one compare a class). A reader is a template on the way (Sse2, Avx512)
// and runs the one `best()` names; tests run both.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define CXKIT_SCAN_AVX512 1
#endif

namespace cxkit::score::scan {

struct Masks {
  std::uint64_t quote = 0, delimiter = 0, lf = 0, cr = 0;
};

struct Sse2 {
  static constexpr bool kWide = false;  // see SurveyReader::wide_answers
  // Bit i of the result is the parity of bits 0..i of x: with x the quotes,
  // 1 from an opening quote up to (not including) its closing one.
  static std::uint64_t prefix_xor(std::uint64_t x) {
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
  }
  // The classes of p[0, 64).
  static Masks classify(const char* p, char delimiter) {
    Masks m;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), delim = _mm_set1_epi8(delimiter), lf = _mm_set1_epi8('\n'),
                  cr = _mm_set1_epi8('\r');
    for (int k = 0; k < 4; ++k) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
      const auto bits = [&](__m128i c) {
        return static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, c))))
               << (16 * k);
      };
      m.quote |= bits(quote);
      m.delimiter |= bits(delim);
      m.lf |= bits(lf);
      m.cr |= bits(cr);
    }
#else
    for (int i = 0; i < 64; ++i) {
      const std::uint64_t bit = std::uint64_t{1} << i;
      m.quote |= p[i] == '"' ? bit : 0;
      m.delimiter |= p[i] == delimiter ? bit : 0;
      m.lf |= p[i] == '\n' ? bit : 0;
      m.cr |= p[i] == '\r' ? bit : 0;
    }
#endif
    return m;
  }
  // The place of the last of the first `k` set bits of x (k >= 1, at most
  // as many as x has), one at a time.
  static unsigned nth_set(std::uint64_t x, std::size_t k) {
    for (; k > 1; --k) x &= x - 1;
    return static_cast<unsigned>(__builtin_ctzll(x));
  }
};

#if CXKIT_SCAN_AVX512
// Only inside a function compiled for AVX-512BW, PCLMUL and BMI2 (see avx512()).
#define CXKIT_AVX512_TARGET __attribute__((target("avx512bw,pclmul,bmi2,popcnt")))
struct Avx512 {
  static constexpr bool kWide = true;
  // As Sse2::prefix_xor, in one carry-less multiply by all ones.
  CXKIT_AVX512_TARGET static std::uint64_t prefix_xor(std::uint64_t x) {
    return static_cast<std::uint64_t>(_mm_cvtsi128_si64(
        _mm_clmulepi64_si128(_mm_set_epi64x(0, static_cast<long long>(x)), _mm_set1_epi8(static_cast<char>(0xFF)), 0)));
  }
  CXKIT_AVX512_TARGET static Masks classify(const char* p, char delimiter) {
    const __m512i v = _mm512_loadu_si512(p);
    Masks m;
    m.quote = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('"'));
    m.delimiter = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(delimiter));
    m.lf = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\n'));
    m.cr = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\r'));
    return m;
  }
  // As Sse2::nth_set, in one bit deposit (fast on every CPU with AVX-512).
  CXKIT_AVX512_TARGET static unsigned nth_set(std::uint64_t x, std::size_t k) {
    return static_cast<unsigned>(__builtin_ctzll(_pdep_u64(std::uint64_t{1} << (k - 1), x)));
  }
};
#endif

// The way a reader takes: AVX-512BW (with PCLMUL and BMI2) when the CPU has it, unless `portable`
// (tests set it, to run the SSE2 way on any machine too).
inline std::atomic<bool> portable{false};
inline bool avx512() {
#if CXKIT_SCAN_AVX512
  static const bool has = __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("pclmul") &&
                           __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("popcnt");
  return has && !portable.load(std::memory_order_relaxed);
#else
  return false;
#endif
}

// The number of set bits, odd or even (without the POPCNT instruction,
// which x86-64 does not promise).
inline bool odd(std::uint64_t x) {
  x ^= x >> 32;
  x ^= x >> 16;
  x ^= x >> 8;
  x ^= x >> 4;
  x ^= x >> 2;
  x ^= x >> 1;
  return x & 1;
}

// Whether p[0, n) holds an odd number of quotes, and whether a CR in it is
// followed by anything but a LF (the last byte is not looked at: it may be
// the first half of a CRLF).
struct Quotes {
  bool odd = false;
  bool lone_cr = false;
};
template <class Way>
Quotes count_quotes_with(const char* p, std::size_t n) {
  Quotes out;
  std::uint64_t quotes = 0, lone_cr = 0;  // every mask's quotes xor-ed: the parity is the total's
  std::size_t i = 0;
  for (; i + 65 <= n; i += 64) {  // one byte past the chunk is read: a CR's next
    const Masks m = Way::classify(p + i, '"');
    quotes ^= m.quote;
    lone_cr |= m.cr & ~((m.lf >> 1) | (p[i + 64] == '\n' ? std::uint64_t{1} << 63 : 0));
  }
  out.odd = odd(quotes);
  out.lone_cr = lone_cr != 0;
  for (; i < n; ++i) {
    out.odd ^= p[i] == '"';
    if (p[i] == '\r' && i + 1 < n && p[i + 1] != '\n') out.lone_cr = true;
  }
  return out;
}
#if CXKIT_SCAN_AVX512
CXKIT_AVX512_TARGET __attribute__((flatten)) inline Quotes count_quotes_avx512(const char* p, std::size_t n) {
  return count_quotes_with<Avx512>(p, n);
}
#endif
inline Quotes count_quotes(const char* p, std::size_t n) {
#if CXKIT_SCAN_AVX512
  if (avx512()) return count_quotes_avx512(p, n);
#endif
  return count_quotes_with<Sse2>(p, n);
}

}  // namespace cxkit::score::scan
