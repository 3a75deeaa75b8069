#include "breaks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>

/* Opening an ICU iterator loads and compiles its rules: keep one per kind
 * and reuse it with ubrk_setText. The kiosk lays out on one thread. */
static UBreakIterator *line_iter;
static char line_locale[16];
static UBreakIterator *char_iter;

/* UTF-32 to UTF-16; to_cp[u] is the code point index at UTF-16 unit u,
 * to_cp[len16] = n. Returns the UTF-16 length, or -1 on failure. */
static int32_t to_utf16(const uint32_t *cps, size_t n, UChar **u16, uint32_t **to_cp)
{
	UChar *s = malloc((2 * n + 1) * sizeof *s);
	uint32_t *map = malloc((2 * n + 1) * sizeof *map);
	int32_t k = 0;

	if (!s || !map) {
		free(s);
		free(map);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		uint32_t c = cps[i];

		if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
			c = 0xFFFD;
		map[k] = (uint32_t)i;
		if (c >= 0x10000) {
			c -= 0x10000;
			s[k++] = (UChar)(0xD800 + (c >> 10));
			map[k] = (uint32_t)i;
			s[k++] = (UChar)(0xDC00 + (c & 0x3FF));
		} else {
			s[k++] = (UChar)c;
		}
	}
	map[k] = (uint32_t)n;
	*u16 = s;
	*to_cp = map;
	return k;
}

static UBreakIterator *get_iter(UBreakIteratorType type, const char *locale)
{
	UErrorCode err = U_ZERO_ERROR;

	if (type == UBRK_CHARACTER) {
		if (!char_iter)
			char_iter = ubrk_open(UBRK_CHARACTER, "", NULL, 0, &err);
		return U_SUCCESS(err) ? char_iter : NULL;
	}
	if (line_iter && strcmp(line_locale, locale) == 0)
		return line_iter;
	if (line_iter)
		ubrk_close(line_iter);
	line_iter = ubrk_open(UBRK_LINE, locale, NULL, 0, &err);
	if (U_FAILURE(err)) {
		line_iter = NULL;
		return NULL;
	}
	snprintf(line_locale, sizeof line_locale, "%s", locale);
	return line_iter;
}

static bool run_iter(UBreakIteratorType type, const char *locale, const uint32_t *cps, size_t n,
                     uint8_t *out)
{
	UChar *u16;
	uint32_t *to_cp;
	UErrorCode err = U_ZERO_ERROR;
	UBreakIterator *bi;
	int32_t len16, pos;

	memset(out, BREAK_NONE, n + 1);
	out[n] = type == UBRK_LINE ? BREAK_MANDATORY : 1;
	if (n == 0)
		return true;
	bi = get_iter(type, locale ? locale : "");
	if (!bi)
		return false;
	len16 = to_utf16(cps, n, &u16, &to_cp);
	if (len16 < 0)
		return false;
	ubrk_setText(bi, u16, len16, &err);
	if (U_FAILURE(err)) {
		free(u16);
		free(to_cp);
		return false;
	}
	if (type == UBRK_CHARACTER)
		out[0] = 1;
	while ((pos = ubrk_next(bi)) != UBRK_DONE) {
		uint32_t i = to_cp[pos];

		if (i >= n)
			break;
		if (type == UBRK_LINE)
			out[i] = ubrk_getRuleStatus(bi) >= UBRK_LINE_HARD ? BREAK_MANDATORY
			                                                  : BREAK_ALLOWED;
		else
			out[i] = 1;
	}
	/* Detach the text before freeing it. */
	ubrk_setText(bi, u16, 0, &err);
	free(u16);
	free(to_cp);
	return true;
}

bool breaks_line(const uint32_t *cps, size_t n, const char *locale, uint8_t *out)
{
	return run_iter(UBRK_LINE, locale, cps, n, out);
}

bool breaks_grapheme(const uint32_t *cps, size_t n, uint8_t *out)
{
	return run_iter(UBRK_CHARACTER, NULL, cps, n, out);
}

void breaks_cleanup(void)
{
	if (line_iter)
		ubrk_close(line_iter);
	if (char_iter)
		ubrk_close(char_iter);
	line_iter = char_iter = NULL;
	line_locale[0] = '\0';
}
