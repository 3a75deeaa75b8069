/* Fuzz target: the guide parser, on any bytes. Seeds: assets/guides. */
#include <stddef.h>
#include <stdint.h>

#include "../../src/content/guide.h"
#include "../../src/util/log.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_list d = {0};
	guide *g;

	log_set_level(LOG_LEVEL_NONE);
	g = guide_parse("fuzz.txt", (const char *)data, size, &d);
	guide_free(g);
	diag_clear(&d);
	return 0;
}
