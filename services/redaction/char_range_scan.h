#pragma once

#include <QtGlobal>

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace promptdesk {

// The position of the first character in [low, high] at or after `from`, or `size`. The
// pattern detectors scan every text for digits (and for surrogates, to know it is valid
// UTF-16), and most characters are neither: with SSE2 (every x86-64) eight characters are
// tested at once.
inline qsizetype findCharInRange(const char16_t *data, qsizetype from, qsizetype size, char16_t low,
                                 char16_t high)
{
    const auto span = char16_t(high - low);
    qsizetype p = from;
#if defined(__SSE2__)
    const __m128i base = _mm_set1_epi16(short(low));
    const __m128i width = _mm_set1_epi16(short(span));
    for (; p + 8 <= size; p += 8) {
        const __m128i chars = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + p));
        // c - low is at most `span` (unsigned) inside the range: subtracting `span` with
        // saturation leaves 0 there and only there.
        const __m128i beyond = _mm_subs_epu16(_mm_sub_epi16(chars, base), width);
        const int inside = _mm_movemask_epi8(_mm_cmpeq_epi16(beyond, _mm_setzero_si128()));
        if (inside != 0) {
            return p + std::countr_zero(unsigned(inside)) / 2;
        }
    }
#endif
    while (p<size &&char16_t(data[p] - low)> span) {
        ++p;
    }
    return p;
}

} // namespace promptdesk
