/* Soak: the kiosk's interface loop, headless, under 200,000 random input
 * events (taps anywhere, drags, flicks, wheel turns, keys including Escape
 * and the keys that close other programs, window closes), with a clock that
 * also jumps past the idle timeout now and then, so quick exits, idle resets,
 * language switches, text sizes and contrast all happen many times. It must
 * not crash, must not leak (the sanitizer build runs it with LeakSanitizer),
 * and its resident memory after warm-up may grow by less than 2 MB.
 * SOAK_EVENTS overrides the count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/content/catalog.h"
#include "../../src/content/contacts.h"
#include "../../src/content/guide.h"
#include "../../src/text/breaks.h"
#include "../../src/ui/app.h"
#include "../../src/ui/staff.h"
#include "../../src/util/log.h"
#include "../support/kiosk_fixture.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

static long resident_kb(void)
{
	long pages = 0, resident = 0;
	FILE *f = fopen("/proc/self/statm", "r");

	if (f) {
		if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
			resident = 0;
		fclose(f);
	}
	return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

/* A small, seeded generator: every run is the same run. */
static uint32_t rng = 12345;

static uint32_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

int main(void)
{
	const int w = 1280, h = 800;
	long events = getenv("SOAK_EVENTS") ? atol(getenv("SOAK_EVENTS")) : 200000;
	kiosk_fixture f;
	app *a;
	uint32_t now = 1000;
	static char pin_hash[256];
	long warm_kb = 0, end_kb, resets = 0, warm_at = events / 10;
	static const SDL_Keycode keys[] = {SDLK_ESCAPE, SDLK_DOWN, SDLK_UP,  SDLK_PAGEDOWN,
	                                   SDLK_PAGEUP, SDLK_HOME, SDLK_END, SDLK_BACKSPACE,
	                                   SDLK_F4,     SDLK_q,    SDLK_w,   SDLK_SPACE};

	log_set_level(LOG_LEVEL_ERROR);
	if (!fixture_open(&f, w, h)) {
		printf("FAIL: setup\n");
		return 1;
	}
	f.cfg.idle_timeout_s = 20;
	/* A kiosk as deployed: a staff PIN is set (without one, Ctrl+Q leaves). */
	if (!staff_init() || !staff_hash_pin("97531", pin_hash, sizeof pin_hash)) {
		printf("FAIL: PIN hash\n");
		return 1;
	}
	f.cfg.pin_hash = pin_hash;
	a = f.app = app_create(&f.cfg, w, h);
	if (!a) {
		printf("FAIL: app_create\n");
		return 1;
	}
	for (long i = 0; i < events; i++) {
		SDL_Event e;
		uint32_t kind = next() % 100;
		int x = (int)(next() % (uint32_t)w), y = (int)(next() % (uint32_t)h);

		memset(&e, 0, sizeof e);
		now += 5 + next() % 60;
		if (kind < 30) { /* a tap: down and up */
			fixture_mouse(a, SDL_MOUSEBUTTONDOWN, x, y, now);
			now += 40;
			fixture_mouse(a, SDL_MOUSEBUTTONUP, x, y, now);
		} else if (kind < 55) { /* part of a drag */
			fixture_mouse(a,
			              kind < 35   ? SDL_MOUSEBUTTONDOWN
			              : kind < 52 ? SDL_MOUSEMOTION
			                          : SDL_MOUSEBUTTONUP,
			              x, y, now);
		} else if (kind < 70) {
			e.type = SDL_MOUSEWHEEL;
			e.wheel.y = (int)(next() % 7) - 3;
			app_handle_event(a, &e, now);
		} else if (kind < 92) {
			e.type = SDL_KEYDOWN;
			e.key.keysym.sym = keys[next() % (sizeof keys / sizeof keys[0])];
			e.key.keysym.mod = next() % 4 == 0   ? KMOD_ALT
			                   : next() % 4 == 0 ? KMOD_CTRL
			                                     : 0;
			app_handle_event(a, &e, now);
		} else if (kind < 93) {
			e.type = SDL_QUIT; /* ignored in kiosk mode */
			app_handle_event(a, &e, now);
		} else if (kind < 94) {
			now += 25000; /* nobody touches it: the idle reset */
		}
		app_tick(a, now);
		if (app_is_at_rest(a))
			resets++;
		if (i % 40 == 0)
			app_draw(a);
		if (app_wants_quit(a)) {
			printf("FAIL: the kiosk quit at event %ld\n", i);
			return 1;
		}
		if (i == warm_at)
			warm_kb = resident_kb();
	}
	end_kb = resident_kb();
	printf("soak: %ld events, %ld at rest, resident %ld kB after warm-up, %ld kB at the end\n",
	       events, resets, warm_kb, end_kb);
	fixture_close(&f);
#ifdef UNDER_ASAN
	/* The sanitizer keeps freed memory in quarantine: growth means nothing. */
	return 0;
#else
	if (end_kb - warm_kb >= 2048) {
		printf("FAIL: resident memory grew by %ld kB after warm-up (limit 2048)\n",
		       end_kb - warm_kb);
		return 1;
	}
	return 0;
#endif
}
