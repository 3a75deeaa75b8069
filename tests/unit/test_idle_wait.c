/* The event loop sleeps until app_next_tick says the interface has
 * something to do (src/kiosk/main.c), so that a still kiosk does not wake
 * 60 times a second. Driven here by the loop's own rule, with no events:
 * each turn the clock jumps by exactly the wait, from times on no beat of
 * any timer. A still kiosk wakes about
 * twice a second (the catalog look), yet the picker's hint changes on its
 * 3-second beat, the idle countdown shows each of its seconds when it
 * begins, and the reset comes on the millisecond; a coasting view still
 * gets a frame every 16 ms. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/ui/app.h"
#include "../../src/util/log.h"
#include "../support/check.h"
#include "../support/kiosk_fixture.h"

#define IDLE_S 20 /* the countdown shows its last 15 seconds: from 5 s */

static int failures;

/* One loop turn: tick at now; returns the wait the loop would sleep. */
static uint64_t turn(app *a, uint64_t now, bool *changed)
{
	*changed = app_tick(a, now);
	return app_next_tick(a, now);
}

int main(void)
{
	const int w = 1280, h = 800;
	kiosk_fixture f;
	app *a;
	uint64_t now = 1111, wait, start, tap; /* not on any beat */
	int turns, beats, shown;
	bool changed, late;

	log_set_level(LOG_LEVEL_ERROR);
	if (!fixture_open(&f, w, h)) {
		printf("FAIL: setup\n");
		return 1;
	}
	f.cfg.idle_timeout_s = IDLE_S;
	a = f.app = app_create(&f.cfg, w, h);
	CHECK(a != NULL, "app_create");
	if (!a)
		return 1;

	/* The picker, untouched for a minute: its hint changes every 3 s on
	 * the beat, and the kiosk wakes about twice a second for it all. */
	turns = beats = 0;
	late = false;
	start = now;
	while (now < start + 60000) {
		wait = turn(a, now, &changed);
		turns++;
		if (changed) {
			beats++;
			late |= now % 3000 != 0;
		}
		CHECK(wait >= 1 && wait <= 500, "a still picker waits 1 to 500 ms, not %llu",
		      (unsigned long long)wait);
		now += wait;
	}
	CHECK(beats == 20 && !late, "the hint changed %d times in 60 s (want 20), late: %d", beats,
	      late);
	CHECK(turns <= 2 * 60 + 20 + 1, "a still picker woke %d times in 60 s (at most 141)",
	      turns);

	/* A visitor reads a guide, taps once at an odd time, and leaves. The
	 * countdown starts 15 s before the idle time ends, each of its
	 * seconds changes the screen right on time, and the reset comes
	 * exactly IDLE_S after the tap. */
	app_set_language(a, "nb");
	app_open_page(a, "legevakt");
	tap = now + 237;
	now = tap;
	fixture_mouse(a, SDL_MOUSEBUTTONDOWN, w / 2, h / 2, now);
	fixture_mouse(a, SDL_MOUSEBUTTONUP, w / 2, h / 2, now);
	now += 123; /* the loop next wakes for something else (a window event) */
	turns = shown = 0;
	late = false;
	while (!app_is_at_rest(a) && now < tap + 2 * IDLE_S * 1000) {
		uint64_t left = tap + IDLE_S * 1000 - now;

		wait = turn(a, now, &changed);
		turns++;
		if (changed && !app_is_at_rest(a)) {
			shown++;
			late |= left % 1000 != 0 || left > 15000;
		}
		if (app_is_at_rest(a))
			break;
		now += wait;
	}
	CHECK(app_is_at_rest(a) && now == tap + IDLE_S * 1000,
	      "the reset came %lld ms after the idle time ended",
	      (long long)(now - (tap + IDLE_S * 1000)));
	CHECK(shown == 15 && !late, "the countdown changed %d times (want 15), late: %d", shown,
	      late);
	CHECK(turns <= 2 * IDLE_S + 15 + 2, "a still guide woke %d times in %d s (at most %d)",
	      turns, IDLE_S, 2 * IDLE_S + 17);

	/* A flick on a long page: the view coasts, and gets every frame. */
	app_set_language(a, "nb");
	app_open_page(a, "legal-help");
	now += 1000;
	fixture_mouse(a, SDL_MOUSEBUTTONDOWN, w / 2, h - 100, now);
	for (int i = 1; i <= 5; i++)
		fixture_mouse(a, SDL_MOUSEMOTION, w / 2, h - 100 - 60 * i, now + 10 * (uint64_t)i);
	fixture_mouse(a, SDL_MOUSEBUTTONUP, w / 2, h - 400, now + 50);
	now += 60;
	app_tick(a, now);
	CHECK(app_next_tick(a, now) == 16, "a coasting view waits %llu ms, not 16",
	      (unsigned long long)app_next_tick(a, now));

	fixture_close(&f);
	if (failures)
		printf("%d checks failed\n", failures);
	else
		printf(
		    "ok: a still kiosk wakes twice a second; hint, countdown and reset on time\n");
	return failures != 0;
}
