/* Fuzz target: finding and isolating numbers and addresses in any text.
 * Seeds: the guides. Checks: isolating only adds marks, in pairs (without
 * every LRI and PDI, the result is the input again, and it has as many new
 * LRI as new PDI); valid UTF-8 stays valid (no mark inside a character);
 * every span lies inside the text, after the last one; isolate_whole wraps
 * the whole text once. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/isolate.h"
#include "../../src/content/kvfile.h"
#include "check.h"

#define LRI "\xE2\x81\xA6"
#define PDI "\xE2\x81\xA9"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t count(const char *s, const char *mark)
{
	size_t n = 0;

	for (const char *p = s; (p = strstr(p, mark)) != NULL; p += 3)
		n++;
	return n;
}

/* s without any LRI or PDI, in a new string. */
static char *strip(const char *s)
{
	char *out = malloc(strlen(s) + 1), *o = out;

	if (!out)
		return NULL;
	while (*s) {
		if (strncmp(s, LRI, 3) == 0 || strncmp(s, PDI, 3) == 0)
			s += 3;
		else
			*o++ = *s++;
	}
	*o = '\0';
	return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1), *out, *whole, *a, *b;
	size_t len, pos = 0, end = 0;
	span_kind kind;
	long start;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	len = strlen(text); /* the text ends at a NUL byte */
	out = isolate_ltr_spans(text);
	whole = isolate_whole(text);
	FUZZ_CHECK(out && whole);
	a = strip(text);
	b = strip(out);
	FUZZ_CHECK(a && b && strcmp(a, b) == 0);
	FUZZ_CHECK(count(out, LRI) - count(text, LRI) == count(out, PDI) - count(text, PDI));
	if (kv_valid_utf8(text, len))
		FUZZ_CHECK(kv_valid_utf8(out, strlen(out)));
	FUZZ_CHECK(strncmp(whole, LRI, 3) == 0 && strncmp(whole + 3, text, len) == 0 &&
	           strcmp(whole + 3 + len, PDI) == 0);
	while ((start = isolate_next_span(text, pos, &end, &kind)) >= 0) {
		FUZZ_CHECK((size_t)start >= pos && end > (size_t)start && end <= len);
		FUZZ_CHECK(kind >= SPAN_NUMBER && kind <= SPAN_NAME);
		pos = end;
	}
	free(a);
	free(b);
	free(whole);
	free(out);
	free(text);
	return 0;
}
