/* The staff PIN lockout on a clock the test sets, against the timings the
 * README promises, written out here rather than taken from staff.h: three
 * wrong PINs are free, the third locks the pad for 30 s, each further wrong
 * PIN doubles the lock (60, 120, 240, 480 s) up to 15 minutes (900 s). A
 * try while locked is refused, even the right PIN, and counts for nothing;
 * the right PIN after a lock opens and starts the count over. First on
 * staff_check_pin and staff_locked_seconds, then through the app's PIN pad
 * (taps at chosen times) and the message it shows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/ui/app.h"
#include "../../src/ui/scene.h"
#include "../../src/ui/staff.h"
#include "../../src/util/log.h"
#include "../support/check.h"
#include "../support/kiosk_fixture.h"

/* The app's clock is widening to 64 bits; 64 bits hold either. */
typedef uint64_t ms;

static int failures;

#define RIGHT "2468"
#define WRONG "1111"

/* The lock, in seconds, after the 1st, 2nd, ... wrong PIN in a row. */
static const int lock_after[] = {0, 0, 30, 60, 120, 240, 480, 900, 900, 900};
enum { TRIES = sizeof lock_after / sizeof *lock_after };

static void direct(const char *hash)
{
	pin_guard g;
	ms t = 7000;

	memset(&g, 0, sizeof g);
	CHECK(staff_locked_seconds(&g, t) == 0, "a new pad is open");
	for (int i = 0; i < TRIES; i++) {
		ms lock = (ms)lock_after[i] * 1000;

		CHECK(!staff_check_pin(&g, hash, WRONG, t), "wrong PIN %d is refused", i + 1);
		CHECK(staff_locked_seconds(&g, t) == lock_after[i],
		      "after wrong PIN %d: locked %d s, not %d s", i + 1,
		      staff_locked_seconds(&g, t), lock_after[i]);
		if (!lock) {
			t += 1000;
			continue;
		}
		CHECK(staff_locked_seconds(&g, t + 10000) == lock_after[i] - 10,
		      "after wrong PIN %d: 10 s later, %d s left", i + 1, lock_after[i] - 10);
		CHECK(staff_locked_seconds(&g, t + lock - 1) == 1,
		      "after wrong PIN %d: 1 s left a millisecond before the end", i + 1);
		/* Locked: even the right PIN is refused, and nothing is counted. */
		CHECK(!staff_check_pin(&g, hash, RIGHT, t + lock - 1),
		      "the right PIN is refused while locked (after wrong PIN %d)", i + 1);
		CHECK(!staff_check_pin(&g, hash, WRONG, t + lock - 1) &&
		          staff_locked_seconds(&g, t + lock - 1) == 1,
		      "a wrong PIN while locked does not lengthen the lock (after %d)", i + 1);
		CHECK(staff_locked_seconds(&g, t + lock) == 0,
		      "after wrong PIN %d: open after %d s", i + 1, lock_after[i]);
		t += lock;
	}
	CHECK(staff_check_pin(&g, hash, RIGHT, t) && staff_locked_seconds(&g, t) == 0,
	      "after the last lock the right PIN opens");
	/* The count starts over: two free tries, then 30 s again. */
	for (int i = 0; i < 3; i++) {
		t += 1000;
		staff_check_pin(&g, hash, WRONG, t);
		CHECK(staff_locked_seconds(&g, t) == lock_after[i],
		      "after the right PIN, wrong PIN %d locks %d s, not %d s", i + 1,
		      staff_locked_seconds(&g, t), lock_after[i]);
	}
	/* No hash: never open. */
	memset(&g, 0, sizeof g);
	CHECK(!staff_check_pin(&g, NULL, RIGHT, t) && !staff_check_pin(&g, "", RIGHT, t),
	      "no PIN set: nothing opens");
}

/* ---- Through the PIN pad ------------------------------------------------ */

static const widget *widget_named(const app *a, const char *name)
{
	const scene *s = app_scene(a);

	for (size_t i = 0; i < s->widget_count; i++)
		if (strcmp(s->widgets[i].name, name) == 0)
			return &s->widgets[i];
	return NULL;
}

/* The finger lifts at time t: that is when the app acts. */
static void tap_at(app *a, int x, int y, ms t)
{
	fixture_mouse(a, SDL_MOUSEBUTTONDOWN, x, y, t - 40);
	fixture_mouse(a, SDL_MOUSEBUTTONUP, x, y, t);
}

static void tap(app *a, const char *name, ms t)
{
	const widget *w = widget_named(a, name);
	SDL_FRect r;

	if (!w) {
		printf("FAIL: no button %s\n", name);
		failures++;
		return;
	}
	r = scene_widget_rect(app_scene(a), w, app_scroll(a));
	tap_at(a, (int)(r.x + r.w / 2), (int)(r.y + r.h / 2), t);
}

static bool on_pad(const app *a)
{
	return widget_named(a, "pin:ok") != NULL;
}

/* Staff come back: five taps in the bottom-left corner open the pad. */
static void open_pad(app *a, int h, ms t)
{
	for (int i = 0; i < 5; i++)
		tap_at(a, 10, h - 10, t + (ms)i * 200);
}

/* The pad's message (staff screens are in English, so ASCII). */
static const char *message(const app *a)
{
	static char buf[256];
	const scene *s = app_scene(a);

	for (size_t i = 0; i < s->text_count; i++) {
		size_t n;
		const uint32_t *cp = text_layout_text(s->texts[i].layout, &n);
		size_t k = 0;

		for (; k < n && k < sizeof buf - 1; k++)
			buf[k] = cp[k] < 128 ? (char)cp[k] : '?';
		buf[k] = '\0';
		if (strncmp(buf, "Wrong", 5) == 0 || strncmp(buf, "Too many", 8) == 0 ||
		    strncmp(buf, "You can", 7) == 0)
			return buf;
	}
	return "";
}

/* Opens the pad (from wherever the kiosk is), types pin and taps OK at
 * exactly time t. */
static void try_pin(app *a, int h, const char *pin, ms t)
{
	char name[16];
	ms at = t - 3000;

	open_pad(a, h, at);
	at += 1200;
	for (const char *p = pin; *p; p++) {
		snprintf(name, sizeof name, "pin:%c", *p);
		tap(a, name, at);
		at += 200;
	}
	tap(a, "pin:ok", t);
}

static void expect_message(const app *a, const char *want, const char *when)
{
	CHECK(strcmp(message(a), want) == 0, "%s: the pad says \"%s\", not \"%s\"", when,
	      message(a), want);
}

static void through_the_pad(kiosk_fixture *f, const char *hash)
{
	const int w = 1280, h = 800;
	app *a;
	ms t = 20000;
	char want[128], when[64];

	f->cfg.pin_hash = hash;
	a = f->app = app_create(&f->cfg, w, h);
	if (!a) {
		printf("FAIL: app\n");
		failures++;
		return;
	}
	open_pad(a, h, t);
	CHECK(on_pad(a), "five corner taps open the pad");
	try_pin(a, h, WRONG, t += 5000);
	expect_message(a, "Wrong PIN.", "wrong PIN 1");
	try_pin(a, h, WRONG, t += 5000);
	expect_message(a, "Wrong PIN.", "wrong PIN 2");
	for (int i = 2; i < TRIES; i++) {
		ms lock = (ms)lock_after[i] * 1000;

		try_pin(a, h, WRONG, t += 5000);
		snprintf(want, sizeof want, "Wrong PIN. Too many tries: wait %d s.", lock_after[i]);
		snprintf(when, sizeof when, "wrong PIN %d", i + 1);
		expect_message(a, want, when);
		/* The message counts down. */
		app_tick(a, t + 10500);
		snprintf(want, sizeof want, "Too many wrong PINs. Try again in %d s.",
		         lock_after[i] - 10);
		expect_message(a, want, "10.5 s later");
		/* The right PIN a millisecond before the end is refused. */
		try_pin(a, h, RIGHT, t + lock - 1);
		CHECK(on_pad(a), "after wrong PIN %d the right PIN is refused for %d s", i + 1,
		      lock_after[i]);
		expect_message(a, "Too many wrong PINs. Try again in 1 s.", "a millisecond before");
		app_tick(a, t + lock);
		expect_message(a, "You can try again now.", "as the lock ends");
		t += lock - 5000; /* the next try comes as the lock ends */
	}
	/* The last lock ends: the right PIN opens the staff menu. */
	try_pin(a, h, RIGHT, t += 5000);
	CHECK(widget_named(a, "staff:reload") != NULL, "the right PIN opens as the lock ends");
	tap(a, "staff:close", t += 1000);
	/* The count started over: two free tries, then 30 s. */
	try_pin(a, h, WRONG, t += 5000);
	expect_message(a, "Wrong PIN.", "after the right PIN, wrong PIN 1");
	try_pin(a, h, WRONG, t += 5000);
	expect_message(a, "Wrong PIN.", "after the right PIN, wrong PIN 2");
	try_pin(a, h, WRONG, t += 5000);
	expect_message(a, "Wrong PIN. Too many tries: wait 30 s.",
	               "after the right PIN, wrong PIN 3");
	/* Quick exit forgets the visit, not the lock. */
	app_reset(a);
	try_pin(a, h, RIGHT, t + 29999);
	CHECK(on_pad(a), "quick exit does not lift the lock");
	try_pin(a, h, RIGHT, t + 30000);
	CHECK(widget_named(a, "staff:reload") != NULL, "open after 30 s");
}

int main(void)
{
	kiosk_fixture f;
	char hash[256];

	log_set_level(LOG_LEVEL_ERROR);
	if (!fixture_open(&f, 1280, 800) || !staff_init() ||
	    !staff_hash_pin(RIGHT, hash, sizeof hash)) {
		printf("FAIL: setup\n");
		return 1;
	}
	direct(hash);
	through_the_pad(&f, hash);
	fixture_close(&f);
	printf("lockout: %d failures\n", failures);
	return failures != 0;
}
