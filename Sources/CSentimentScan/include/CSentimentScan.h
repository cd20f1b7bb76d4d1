#ifndef CSENTIMENTSCAN_H
#define CSENTIMENTSCAN_H
#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// `csentiment_classify16` byte by byte: the fallback without SSE2, and what tests compare with.
uint64_t csentiment_classify16_scalar(const uint8_t *bytes);

/// Classifies the sixteen bytes at `bytes` (all sixteen must be readable), one bit per byte,
/// byte i at bit i of each 16-bit field: bits 0-15 ASCII letters and digits, 16-31 ASCII
/// letters, 32-47 capital ASCII letters, 48-63 the bytes that equal the next two bytes with
/// ASCII case folded (0x20 set; the last two never match). Static inline so that the Swift
/// tokenizer's loop inlines it: with SSE2 a dozen vector instructions instead of a loop per byte.
static inline uint64_t csentiment_classify16(const uint8_t *bytes) {
#if defined(__SSE2__)
    const __m128i text = _mm_loadu_si128((const __m128i *)(const void *)bytes);
    const __m128i folded = _mm_or_si128(text, _mm_set1_epi8(0x20));
    // Signed compares: bytes from 0x80 up are negative, so never letters or digits.
    const __m128i letters = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8(0x60)),
                                          _mm_cmplt_epi8(folded, _mm_set1_epi8(0x7B)));
    const __m128i digits = _mm_and_si128(_mm_cmpgt_epi8(text, _mm_set1_epi8(0x2F)),
                                         _mm_cmplt_epi8(text, _mm_set1_epi8(0x3A)));
    const __m128i capitals = _mm_and_si128(letters, _mm_cmpeq_epi8(_mm_and_si128(text, _mm_set1_epi8(0x20)),
                                                                   _mm_setzero_si128()));
    // Shifting in zeros: a folded byte is never zero, so the last two lanes never match.
    const __m128i triples = _mm_and_si128(_mm_cmpeq_epi8(folded, _mm_srli_si128(folded, 1)),
                                          _mm_cmpeq_epi8(folded, _mm_srli_si128(folded, 2)));
    return (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_or_si128(letters, digits))
        | (uint64_t)(uint16_t)_mm_movemask_epi8(letters) << 16
        | (uint64_t)(uint16_t)_mm_movemask_epi8(capitals) << 32
        | (uint64_t)(uint16_t)_mm_movemask_epi8(triples) << 48;
#else
    return csentiment_classify16_scalar(bytes);
#endif
}

/// This thread's sentiment scratch block (`ThreadScratch`), or NULL before its first text. A C
/// thread-local: read in a couple of instructions, where a Swift global key (its one-time
/// initialisation check) and `pthread_getspecific` cost about thirty per text.
extern __thread void *csentiment_thread_scratch;

/// This thread's scratch block, or NULL.
static inline void *csentiment_scratch(void) { return csentiment_thread_scratch; }

/// Makes `block` this thread's scratch block.
static inline void csentiment_set_scratch(void *block) { csentiment_thread_scratch = block; }

/// `slot` when `stored` equals `wanted`, else 0 (the lexicon's miss slot), with a conditional
/// move: written as C, the compiler turns the select into a branch on whether a word is in the
/// lexicon, which no predictor learns.
static inline intptr_t csentiment_slot_if_equal(intptr_t slot, uint64_t stored, uint64_t wanted) {
#if defined(__x86_64__)
    const intptr_t none = 0;
    __asm__("cmpq %2, %3\n\tcmovneq %1, %0" : "+r"(slot) : "r"(none), "r"(stored), "r"(wanted) : "cc");
    return slot;
#else
    return stored == wanted ? slot : 0;
#endif
}

#endif
