/* Fuzz target: finding and isolating numbers and addresses in any text.
 * Seeds: the guides. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/isolate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1), *out;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	out = isolate_ltr_spans(text);
	free(out);
	free(text);
	return 0;
}
