#include "CSentimentScan.h"

__thread void *csentiment_thread_scratch = NULL;

uint64_t csentiment_classify16_scalar(const uint8_t *bytes) {
    uint64_t lanes = 0;
    for (int index = 0; index < 16; index++) {
        const uint8_t byte = bytes[index];
        const uint8_t folded = byte | 0x20;
        const int letter = folded >= 0x61 && folded <= 0x7A;
        const int digit = byte >= 0x30 && byte <= 0x39;
        const int triple = index < 14 && folded == (bytes[index + 1] | 0x20) && folded == (bytes[index + 2] | 0x20);
        lanes |= (uint64_t)(letter | digit) << index;
        lanes |= (uint64_t)letter << (16 + index);
        lanes |= (uint64_t)(letter && (byte & 0x20) == 0) << (32 + index);
        lanes |= (uint64_t)triple << (48 + index);
    }
    return lanes;
}
