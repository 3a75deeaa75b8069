/* Fuzz target: the contacts registry parser. Seeds: assets/contacts.txt. */
#include <stddef.h>
#include <stdint.h>

#include "../../src/content/contacts.h"
#include "../../src/util/log.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_list d = {0};
	contact_list c;

	log_set_level(LOG_LEVEL_NONE);
	if (contacts_parse("fuzz.txt", (const char *)data, size, &c, &d))
		contacts_free(&c);
	diag_clear(&d);
	return 0;
}
