/* Fuzz target: the kiosk's settings file. Seeds: tests/fixtures/kiosk.conf. */
#include <stddef.h>
#include <stdint.h>

#include "../../src/content/config.h"
#include "../../src/util/log.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_list d = {0};
	kiosk_config c = {0};

	log_set_level(LOG_LEVEL_NONE);
	config_parse("kiosk.conf", (const char *)data, size, &c, &d);
	diag_clear(&d);
	return 0;
}
