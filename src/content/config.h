/* The kiosk's settings file (kiosk.conf), staff-edited:
 *   staff-pin-hash: $argon2id$...   (from mira-kiosk --hash-pin)
 *   idle-timeout: 90                (seconds, 16 to 86400)
 *   read-aloud: headphones          off | headphones | speaker: with
 *                                   headphones the first tap asks her to
 *                                   put them on (others may hear)
 *   read-aloud-volume: 80           the voice's maximum, percent */
#ifndef MIRA_CONTENT_CONFIG_H
#define MIRA_CONTENT_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "../util/diag.h"

typedef enum {
	READ_ALOUD_HEADPHONES, /* the default */
	READ_ALOUD_OFF,
	READ_ALOUD_SPEAKER
} read_aloud_mode;

typedef struct {
	char pin_hash[256]; /* empty: staff mode is off */
	int idle_timeout;   /* 0: not set */
	read_aloud_mode read_aloud;
	int read_aloud_volume; /* 0: not set (100) */
} kiosk_config;

/* Reads settings from data[0, len) into out (fields not given are left as
 * they are). Bad lines are reported with file and line and skipped. False
 * only if memory ran out. */
bool config_parse(const char *file, const char *data, size_t len, kiosk_config *out,
                  diag_list *diags);

#endif
