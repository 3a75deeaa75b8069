#include "staff.h"

#include <sodium.h>
#include <string.h>

bool staff_init(void)
{
	return sodium_init() >= 0;
}

bool staff_hash_pin(const char *pin, char *out, size_t size)
{
	char hash[crypto_pwhash_STRBYTES];

	if (size < sizeof hash ||
	    crypto_pwhash_str(hash, pin, strlen(pin), crypto_pwhash_OPSLIMIT_INTERACTIVE,
	                      crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
		return false;
	memcpy(out, hash, sizeof hash);
	return true;
}

int staff_locked_seconds(const pin_guard *g, uint64_t now)
{
	if (g->locked_until == 0 || g->locked_until <= now)
		return 0;
	return (int)((g->locked_until - now + 999) / 1000);
}

bool staff_check_pin(pin_guard *g, const char *hash, const char *pin, uint64_t now)
{
	uint64_t lock;

	if (!hash || !*hash || staff_locked_seconds(g, now) > 0)
		return false;
	if (crypto_pwhash_str_verify(hash, pin, strlen(pin)) == 0) {
		g->failures = 0;
		g->locked_until = 0;
		return true;
	}
	g->failures++;
	if (g->failures >= PIN_FREE_TRIES) {
		lock = PIN_FIRST_LOCK_MS;
		for (int i = PIN_FREE_TRIES; i < g->failures && lock < PIN_MAX_LOCK_MS; i++)
			lock *= 2;
		if (lock > PIN_MAX_LOCK_MS)
			lock = PIN_MAX_LOCK_MS;
		g->locked_until = now + lock;
	}
	return false;
}
