/* The staff PIN: stored only as a salted Argon2id hash (libsodium's
 * crypto_pwhash_str), never in clear; repeated wrong PINs lock the pad for
 * longer and longer. */
#ifndef MIRA_UI_STAFF_H
#define MIRA_UI_STAFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
	int failures;          /* wrong PINs in a row */
	uint64_t locked_until; /* SDL ticks (ms); 0: not locked */
} pin_guard;

/* Wrong PINs allowed before the pad locks, and the first lock. */
#define PIN_FREE_TRIES    3
#define PIN_FIRST_LOCK_MS 30000u
#define PIN_MAX_LOCK_MS   900000u

/* False if libsodium cannot start. Call once. */
bool staff_init(void);

/* Writes the hash string for pin into out (size at least 128). */
bool staff_hash_pin(const char *pin, char *out, size_t size);

/* Seconds the pad stays locked at time now (0: open). */
int staff_locked_seconds(const pin_guard *g, uint64_t now);

/* Checks pin against hash unless the pad is locked; counts failures and
 * locks after PIN_FREE_TRIES, doubling each time. */
bool staff_check_pin(pin_guard *g, const char *hash, const char *pin, uint64_t now);

#endif
