/* Fuzz target: the PO reader behind the catalog checks, and each entry's
 * header lookup. Seeds: the catalogs in po/ and tests/fixtures/catalogs.
 * Checks: every entry has a msgid, at most PO_MAX_FORMS msgstr forms and
 * none beyond them, its msgid line inside the file and after the last
 * entry's; the header is the entry with an empty msgid and no context; a
 * header field is one line; "translated" means not fuzzy and every form
 * filled in; every problem names the file and a line of it. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/po.h"
#include "../../src/util/log.h"
#include "check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_list d = {0};
	po_file po;
	int lines = fuzz_line_count(data, size), last = 0;

	log_set_level(LOG_LEVEL_NONE);
	FUZZ_CHECK(po_parse("fuzz.po", (const char *)data, size, &po, &d));
	for (size_t i = 0; i < po.count; i++) {
		const po_entry *e = &po.items[i];
		bool filled = e->nstr > 0;

		FUZZ_CHECK(e->id != NULL);
		FUZZ_CHECK(e->nstr >= 0 && e->nstr <= PO_MAX_FORMS);
		for (int k = 0; k < PO_MAX_FORMS; k++) {
			FUZZ_CHECK(k < e->nstr || !e->str[k]);
			if (k < e->nstr)
				filled = filled && e->str[k] && e->str[k][0];
		}
		FUZZ_CHECK(e->line > last && e->line <= lines);
		last = e->line;
		FUZZ_CHECK(po_entry_translated(e) == (!e->fuzzy && filled));
	}
	if (po.header) {
		char *plural = po_header_field(&po, "Plural-Forms");

		FUZZ_CHECK(po.header >= po.items && po.header < po.items + po.count);
		FUZZ_CHECK(!po.header->ctx && !po.header->id[0] && !po.header->obsolete);
		FUZZ_CHECK(!plural || !strchr(plural, '\n'));
		free(plural);
	}
	fuzz_check_diags(&d, "fuzz.po", lines);
	po_free(&po);
	diag_clear(&d);
	return 0;
}
