#ifndef CLIBCWIDTH_H
#define CLIBCWIDTH_H
#include <wchar.h>

/// Display width of one code point, from the C library: the same function ncursesw uses.
/// Returns -1 for non-printable characters, or for everything non-ASCII before setlocale(LC_CTYPE).
int clw_wcwidth(unsigned int codepoint);

/// Sets LC_CTYPE from the environment (falling back to C.UTF-8 when that gives no UTF-8), and
/// returns 1 when the resulting codeset is UTF-8.
int clw_setup_locale(void);

/// Returns 1 when the current LC_CTYPE codeset is UTF-8.
int clw_locale_is_utf8(void);
#endif
