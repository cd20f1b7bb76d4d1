#define _XOPEN_SOURCE 700
#include "CLibcWidth.h"
#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <strings.h>

int clw_wcwidth(unsigned int codepoint) {
    return wcwidth((wchar_t)codepoint);
}

int clw_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

int clw_setup_locale(void) {
    /* Only the character type: widths need it, and LC_NUMERIC would change how C prints numbers. */
    setlocale(LC_CTYPE, "");
    if (clw_locale_is_utf8()) return 1;
    return 0;
}
