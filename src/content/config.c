#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kvfile.h"

bool config_parse(const char *file, const char *data, size_t len, kiosk_config *out,
                  diag_list *diags)
{
	kv_reader r;
	const char *key, *value;
	int line;

	if (!kv_init(&r, file, data, len, diags))
		return false;
	while (kv_next(&r, &key, &value, &line)) {
		if (strcmp(key, "staff-pin-hash") == 0) {
			if (strncmp(value, "$argon2", 7) != 0 ||
			    strlen(value) >= sizeof out->pin_hash)
				diag_add(
				    diags, DIAG_ERROR, file, line,
				    "staff-pin-hash must be a line made by mira-kiosk --hash-pin; "
				    "staff mode stays off");
			else
				snprintf(out->pin_hash, sizeof out->pin_hash, "%s", value);
		} else if (strcmp(key, "idle-timeout") == 0) {
			char *end;
			long v = strtol(value, &end, 10);

			if (*end || end == value || v < 16 || v > 86400)
				diag_add(diags, DIAG_ERROR, file, line,
				         "idle-timeout wants seconds from 16 to 86400, not '%s'",
				         value);
			else
				out->idle_timeout = (int)v;
		} else if (strcmp(key, "read-aloud") == 0) {
			if (strcmp(value, "off") == 0)
				out->read_aloud = READ_ALOUD_OFF;
			else if (strcmp(value, "headphones") == 0)
				out->read_aloud = READ_ALOUD_HEADPHONES;
			else if (strcmp(value, "speaker") == 0)
				out->read_aloud = READ_ALOUD_SPEAKER;
			else
				diag_add(
				    diags, DIAG_ERROR, file, line,
				    "read-aloud wants off, headphones or speaker, not '%s'; it "
				    "stays headphones",
				    value);
		} else if (strcmp(key, "read-aloud-volume") == 0) {
			char *end;
			long v = strtol(value, &end, 10);

			if (*end || end == value || v < 1 || v > 100)
				diag_add(
				    diags, DIAG_ERROR, file, line,
				    "read-aloud-volume wants a percent from 1 to 100, not '%s'",
				    value);
			else
				out->read_aloud_volume = (int)v;
		} else {
			diag_add(
			    diags, DIAG_ERROR, file, line,
			    "unknown setting '%s' (use staff-pin-hash, idle-timeout, read-aloud "
			    "or read-aloud-volume)",
			    key);
		}
	}
	kv_free(&r);
	return true;
}
