/* Fuzz target: the catalog check that a translation keeps every number,
 * address and placeholder of the English. The input is split at its first
 * newline into the English and the translation. Seeds: the catalogs.
 * Checks: every text matches itself; the answer does not depend on which
 * side is the English; a mismatch always says why. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/spans.h"
#include "check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1), *nl, *other, why[512];
	bool same;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	nl = strchr(text, '\n');
	if (nl)
		*nl = '\0';
	other = nl ? nl + 1 : text;
	FUZZ_CHECK(spans_match(text, text, why, sizeof why));
	FUZZ_CHECK(spans_match(other, other, NULL, 0));
	why[0] = '\0';
	same = spans_match(text, other, why, sizeof why);
	FUZZ_CHECK(same == spans_match(other, text, NULL, 0));
	FUZZ_CHECK(same || (why[0] && memchr(why, '\0', sizeof why)));
	free(text);
	return 0;
}
