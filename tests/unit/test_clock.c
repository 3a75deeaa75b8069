/* Months of uptime: the interface's clock is SDL_GetTicks64, whose 32-bit
 * predecessor wraps to 0 after 2^32 ms (49.7 days). One scripted visit (a
 * list scrolled with a flick that coasts, an idle countdown and reset, the
 * staff corner, wrong PINs, the lockout and the right PIN) runs with an
 * injected clock starting at 1 s and again starting just before 2^32 ms, so
 * that the flick, the idle countdown and the lockout each cross the wrap and
 * the moments a 32-bit clock reads 0 fall on the touches that matter; and
 * once more after 100 days. Each run must behave exactly as the first (the
 * same trace of scroll offsets, countdown, reset and PIN pad at the same
 * times after its start), and each is checked for itself: the flick coasts
 * and stops, the countdown shows in the last 15 s and the reset comes
 * exactly at the idle timeout, the pad stays locked for 30 s and then opens.
 * (On the 32-bit clock, whose 0 also meant "never", a touch at the instant
 * it read 0 put the idle reset off, and five corner taps starting then did
 * not open the pad.) */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/ui/app.h"
#include "../../src/ui/scene.h"
#include "../../src/ui/staff.h"
#include "../../src/util/log.h"
#include "../support/check.h"
#include "../support/kiosk_fixture.h"

#define W        1280
#define H        800
#define IDLE_S   30
#define WRAP     4294967296ull /* 2^32 ms: where a 32-bit clock reads 0 again */
#define DAY_MS   86400000ull
#define TRACE_SZ 65536

static int failures;
static kiosk_fixture f;
static uint64_t base, now; /* now is absolute; the trace shows now - base */
static char *trace;
static size_t trace_len;

/* Moments of the script (after the start) that another run puts exactly on
 * the wrap: the touch the idle time counts from, the first staff tap (as
 * lifted), the finger going down for the flick, and the middle of the
 * lockout. */
enum { MARK_IDLE, MARK_STAFF, MARK_FLICK, MARK_LOCK, MARKS };
static uint64_t marks[MARKS];

static void note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void note(const char *fmt, ...)
{
	va_list ap;
	int n;

	if (trace_len >= TRACE_SZ - 256)
		return;
	n = snprintf(trace + trace_len, TRACE_SZ - trace_len, "%llu ",
	             (unsigned long long)(now - base));
	trace_len += (size_t)n;
	va_start(ap, fmt);
	n = vsnprintf(trace + trace_len, TRACE_SZ - trace_len, fmt, ap);
	va_end(ap);
	trace_len += (size_t)n;
	trace[trace_len++] = '\n';
	trace[trace_len] = '\0';
}

static const widget *named(app *a, const char *name)
{
	const scene *s = app_scene(a);

	for (size_t i = 0; i < s->widget_count; i++)
		if (strcmp(s->widgets[i].name, name) == 0)
			return &s->widgets[i];
	return NULL;
}

static void tap_at(app *a, int x, int y)
{
	fixture_mouse(a, SDL_MOUSEBUTTONDOWN, x, y, now);
	now += 60;
	fixture_mouse(a, SDL_MOUSEBUTTONUP, x, y, now);
	app_tick(a, now);
	now += 120;
}

static void tap(app *a, const char *name)
{
	const widget *w = named(a, name);
	SDL_FRect r;

	if (!w) {
		printf("FAIL: no button '%s' (clock %llu)\n", name, (unsigned long long)base);
		failures++;
		return;
	}
	r = scene_widget_rect(app_scene(a), w, app_scroll(a));
	tap_at(a, (int)(r.x + r.w / 2), (int)(r.y + r.h / 2));
}

static bool on_pin_pad(app *a)
{
	return named(a, "pin:ok") != NULL;
}

static void enter_pin(app *a, const char *pin)
{
	char name[16];

	for (const char *p = pin; *p; p++) {
		snprintf(name, sizeof name, "pin:%c", *p);
		tap(a, name);
	}
	tap(a, "pin:ok");
}

/* Time passes to until; a key now and then keeps the idle reset away, as
 * staff waiting at the pad would. */
static void wait_at_pad(app *a, uint64_t until)
{
	SDL_Event k = {.type = SDL_KEYDOWN};

	k.key.keysym.sym = SDLK_UP;
	while (now < until) {
		now += 500;
		if ((now - base) % 10000 == 0)
			app_handle_event(a, &k, now);
		app_tick(a, now);
	}
}

/* One visit; its trace goes to `trace`. */
static void visit(uint64_t start)
{
	const scene *o;
	float before, last;
	uint64_t idle_from, reset_at = 0, lock_from;
	bool countdown_early = false, countdown_seen = false;

	base = now = start;
	trace_len = 0;
	trace[0] = '\0';
	f.app = app_create(&f.cfg, W, H);
	if (!f.app) {
		printf("FAIL: app_create\n");
		failures++;
		return;
	}
	app_tick(f.app, now);
	now += 1000;
	tap(f.app, "lang:en");
	tap(f.app, "topic:rights");
	note("list %d", named(f.app, "guide:interpreter") != NULL);

	/* A flick upwards: the list follows the finger, then coasts. */
	marks[MARK_FLICK] = now - base;
	fixture_mouse(f.app, SDL_MOUSEBUTTONDOWN, W / 2, 600, now);
	for (int i = 1; i <= 8; i++) {
		now += 16;
		fixture_mouse(f.app, SDL_MOUSEMOTION, W / 2, 600 - 12 * i, now);
		app_tick(f.app, now);
	}
	fixture_mouse(f.app, SDL_MOUSEBUTTONUP, W / 2, 600 - 12 * 8, now);
	before = last = app_scroll(f.app);
	note("dragged %.1f", before);
	for (int i = 0; i < 150; i++) {
		now += 16;
		app_tick(f.app, now);
		if (i % 10 == 9)
			note("coast %.1f", app_scroll(f.app));
		CHECK(app_scroll(f.app) >= last, "the flick never scrolls back (clock %llu)",
		      (unsigned long long)base);
		last = app_scroll(f.app);
	}
	CHECK(before >= 90 && last > before + 50,
	      "a flick coasts on after the finger lifts: %.0f px dragged, %.0f at rest (clock "
	      "%llu)",
	      before, last, (unsigned long long)base);
	now += 16;
	app_tick(f.app, now);
	CHECK(app_scroll(f.app) == last, "the flick has come to rest (clock %llu)",
	      (unsigned long long)base);

	/* Idle: the last touch, then nothing. The countdown shows in the last
	 * 15 s and the reset comes exactly at the timeout. */
	marks[MARK_IDLE] = now - base;
	{
		SDL_Event k = {.type = SDL_KEYDOWN};

		k.key.keysym.sym = SDLK_DOWN;
		app_handle_event(f.app, &k, now);
	}
	idle_from = now;
	while (now < idle_from + (IDLE_S + 5) * 1000ull) {
		now += 250;
		app_tick(f.app, now);
		o = app_overlay(f.app);
		if (o && !countdown_seen)
			note("countdown");
		countdown_seen |= o != NULL;
		countdown_early |= o && now < idle_from + (IDLE_S - 15) * 1000ull;
		if (!reset_at && app_is_at_rest(f.app)) {
			reset_at = now;
			note("reset");
		}
	}
	CHECK(countdown_seen && !countdown_early,
	      "the countdown shows in the last 15 s only "
	      "(clock %llu)",
	      (unsigned long long)base);
	CHECK(reset_at == idle_from + IDLE_S * 1000ull,
	      "the idle reset comes %lld ms after the last touch, want %d (clock %llu)",
	      reset_at ? (long long)(reset_at - idle_from) : -1LL, IDLE_S * 1000,
	      (unsigned long long)base);

	/* Staff: five taps in the corner within 3 s open the pad. */
	now += 5000;
	app_tick(f.app, now);
	marks[MARK_STAFF] = now + 60 - base;
	for (int i = 0; i < 5; i++)
		tap_at(f.app, 10, H - 10);
	note("pad %d", on_pin_pad(f.app));
	CHECK(on_pin_pad(f.app), "five corner taps open the PIN pad (clock %llu)",
	      (unsigned long long)base);
	if (!on_pin_pad(f.app))
		goto end; /* the rest needs the pad */
	enter_pin(f.app, "1111");
	enter_pin(f.app, "2222");
	enter_pin(f.app, "3333"); /* the third wrong PIN locks the pad for 30 s */
	lock_from = now - 120;    /* when OK was lifted */
	marks[MARK_LOCK] = lock_from + PIN_FIRST_LOCK_MS / 2 - base;
	wait_at_pad(f.app, lock_from + PIN_FIRST_LOCK_MS - 2000);
	enter_pin(f.app, "2468");
	note("locked %d", on_pin_pad(f.app));
	CHECK(on_pin_pad(f.app), "the right PIN is refused while the pad is locked (clock %llu)",
	      (unsigned long long)base);
	wait_at_pad(f.app, lock_from + PIN_FIRST_LOCK_MS + 1000);
	enter_pin(f.app, "2468");
	note("opened %d", named(f.app, "staff:reload") != NULL);
	CHECK(named(f.app, "staff:reload") != NULL,
	      "after the lockout the right PIN opens the staff menu (clock %llu)",
	      (unsigned long long)base);
	tap(f.app, "staff:close");
	note("rest %d", app_is_at_rest(f.app));
end:
	app_destroy(f.app);
	f.app = NULL;
}

int main(void)
{
	static char hash[256];
	char *reference;
	uint64_t starts[MARKS + 2];
	int n = 0;

	log_set_level(LOG_LEVEL_ERROR);
	trace = malloc(TRACE_SZ);
	reference = malloc(TRACE_SZ);
	if (!trace || !reference || !fixture_open(&f, W, H) || !staff_init() ||
	    !staff_hash_pin("2468", hash, sizeof hash)) {
		printf("FAIL: setup\n");
		return 1;
	}
	f.cfg.idle_timeout_s = IDLE_S;
	f.cfg.pin_hash = hash;

	visit(1000);
	memcpy(reference, trace, trace_len + 1);
	printf("reference visit from 1 s:\n%s", reference);
	/* Each mark exactly on the wrap, then 100 days of uptime. */
	for (int m = 0; m < MARKS; m++)
		starts[n++] = WRAP - marks[m];
	starts[n++] = WRAP - 20000; /* the flick and the idle time cross it */
	starts[n++] = 100 * DAY_MS;
	for (int i = 0; i < n; i++) {
		visit(starts[i]);
		CHECK(strcmp(trace, reference) == 0,
		      "the visit from %llu ms (%.2f days) differs from the one from 1 s:\n--- "
		      "from 1 s\n%s--- from %llu ms\n%s",
		      (unsigned long long)starts[i], (double)starts[i] / DAY_MS, reference,
		      (unsigned long long)starts[i], trace);
		printf("visit from %llu ms (%.2f days): %s\n", (unsigned long long)starts[i],
		       (double)starts[i] / DAY_MS, strcmp(trace, reference) ? "DIFFERS" : "same");
	}
	free(trace);
	free(reference);
	fixture_close(&f);
	printf("clock: %d failures\n", failures);
	return failures != 0;
}
