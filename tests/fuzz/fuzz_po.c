/* Fuzz target: the PO reader behind the catalog checks, and each entry's
 * header lookup. Seeds: the catalogs in po/ and tests/fixtures/catalogs. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "../../src/content/po.h"
#include "../../src/util/log.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_list d = {0};
	po_file po;

	log_set_level(LOG_LEVEL_NONE);
	if (po_parse("fuzz.po", (const char *)data, size, &po, &d)) {
		free(po_header_field(&po, "Plural-Forms"));
		for (size_t i = 0; i < po.count; i++)
			(void)po_entry_translated(&po.items[i]);
		po_free(&po);
	}
	diag_clear(&d);
	return 0;
}
