/* Fuzz target: the catalog check that a translation keeps every number,
 * address and placeholder of the English. The input is split at its first
 * newline into the English and the translation. Seeds: the catalogs. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/spans.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1), *nl, why[512];

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	nl = strchr(text, '\n');
	if (nl) {
		*nl = '\0';
		spans_match(text, nl + 1, why, sizeof why);
	} else {
		spans_match(text, text, why, sizeof why);
	}
	free(text);
	return 0;
}
