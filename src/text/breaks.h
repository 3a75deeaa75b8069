/* Break stage: UAX #14 line break opportunities and UAX #29 grapheme
 * boundaries, from ICU. */
#ifndef MIRA_TEXT_BREAKS_H
#define MIRA_TEXT_BREAKS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { BREAK_NONE = 0, BREAK_ALLOWED = 1, BREAK_MANDATORY = 2 };

/* out[i] for i in 0..n (n + 1 entries) says whether a line may (or must)
 * break before cps[i]; out[0] is BREAK_NONE and out[n] is BREAK_MANDATORY.
 * locale is a language code such as "ar" (ICU tailors a few). Returns false
 * if ICU failed or memory ran out. */
bool breaks_line(const uint32_t *cps, size_t n, const char *locale, uint8_t *out);

/* out[i] for i in 0..n is true where a grapheme cluster starts or the text
 * ends (extended grapheme clusters). Returns false on failure. */
bool breaks_grapheme(const uint32_t *cps, size_t n, uint8_t *out);

/* Frees the cached ICU iterators (at exit, so leak checkers stay quiet). */
void breaks_cleanup(void);

#endif
