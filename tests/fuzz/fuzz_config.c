/* Fuzz target: the kiosk's settings file. Seeds: tests/fixtures/kiosk.conf.
 * Checks: a setting is only ever taken valid (an idle timeout of 16 to
 * 86400 seconds, a PIN hash made by --hash-pin that fits its field), a
 * setting not given keeps its value, and every problem names the file and
 * a line of it. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../../src/content/config.h"
#include "../../src/util/log.h"
#include "check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_list d = {0};
	kiosk_config c = {.pin_hash = "as before", .idle_timeout = -1};

	log_set_level(LOG_LEVEL_NONE);
	FUZZ_CHECK(config_parse("kiosk.conf", (const char *)data, size, &c, &d));
	FUZZ_CHECK(c.idle_timeout == -1 || (c.idle_timeout >= 16 && c.idle_timeout <= 86400));
	FUZZ_CHECK(memchr(c.pin_hash, '\0', sizeof c.pin_hash) != NULL);
	FUZZ_CHECK(strcmp(c.pin_hash, "as before") == 0 || strncmp(c.pin_hash, "$argon2", 7) == 0);
	fuzz_check_diags(&d, "kiosk.conf", fuzz_line_count(data, size));
	diag_clear(&d);
	return 0;
}
