/* Touch as touch: SDL finger events (SDL_FINGERDOWN, SDL_FINGERMOTION,
 * SDL_FINGERUP, coordinates 0..1 of the window) through the kiosk's event
 * handler, as a touch screen sends them with SDL's mouse copies turned off:
 *   - a tap is a tap, also with a little movement (within the tolerance);
 *   - a drag scrolls with the finger and goes on after a flick (momentum),
 *     and presses nothing;
 *   - a second finger neither moves the page nor taps, and makes the first
 *     finger's touch no tap; lifting in any order is safe;
 *   - a hand resting on the glass (held long, then lifted) is no tap;
 *   - SDL's mouse copies of touches (which == SDL_TOUCH_MOUSEID) are ignored;
 *   - the staff corner gesture works by touch. */
#include <stdio.h>
#include <string.h>

#include "../../src/ui/app.h"
#include "../../src/ui/scene.h"
#include "../../src/ui/staff.h"
#include "../support/check.h"
#include "../support/kiosk_fixture.h"

static int failures;
static const int W = 1920, H = 1080;

static void finger_event(app *a, Uint32 type, SDL_FingerID id, float x, float y, uint64_t now)
{
	SDL_Event e;

	memset(&e, 0, sizeof e);
	e.type = type;
	e.tfinger.touchId = 1;
	e.tfinger.fingerId = id;
	e.tfinger.x = x / (float)W;
	e.tfinger.y = y / (float)H;
	e.tfinger.pressure = 1;
	app_handle_event(a, &e, now);
}

static SDL_FRect where(app *a, const char *name)
{
	const scene *s = app_scene(a);

	for (size_t i = 0; i < s->widget_count; i++)
		if (strcmp(s->widgets[i].name, name) == 0)
			return scene_widget_rect(s, &s->widgets[i], app_scroll(a));
	return (SDL_FRect){-1, -1, 0, 0};
}

static void touch_tap(app *a, float x, float y, uint64_t *now)
{
	finger_event(a, SDL_FINGERDOWN, 7, x, y, *now += 100);
	finger_event(a, SDL_FINGERUP, 7, x, y, *now += 80);
	app_tick(a, *now);
}

static bool on(app *a, const char *name)
{
	return where(a, name).w > 0;
}

int main(void)
{
	kiosk_fixture f;
	app *a;
	uint64_t now = 1000;
	SDL_FRect r;
	float before;
	static char pin_hash[256];

	if (!fixture_open(&f, W, H) || !staff_init() ||
	    !staff_hash_pin("2468", pin_hash, sizeof pin_hash)) {
		printf("FAIL: fixture\n");
		return 1;
	}
	f.cfg.pin_hash = pin_hash;
	a = f.app = app_create(&f.cfg, W, H);

	/* A tap, with a little movement. */
	r = where(a, "lang:ar");
	finger_event(a, SDL_FINGERDOWN, 1, r.x + r.w / 2, r.y + r.h / 2, now += 100);
	finger_event(a, SDL_FINGERMOTION, 1, r.x + r.w / 2 + 6, r.y + r.h / 2 + 5, now += 30);
	finger_event(a, SDL_FINGERUP, 1, r.x + r.w / 2 + 6, r.y + r.h / 2 + 5, now += 30);
	CHECK(on(a, "topic:rights"), "a tap with a little movement picks Arabic");

	/* SDL's mouse copy of a touch is not a second press. */
	{
		SDL_Event e;

		r = where(a, "topic:rights");
		memset(&e, 0, sizeof e);
		e.type = SDL_MOUSEBUTTONDOWN;
		e.button.which = SDL_TOUCH_MOUSEID;
		e.button.button = SDL_BUTTON_LEFT;
		e.button.x = (int)(r.x + r.w / 2);
		e.button.y = (int)(r.y + r.h / 2);
		app_handle_event(a, &e, now += 100);
		e.type = SDL_MOUSEBUTTONUP;
		app_handle_event(a, &e, now += 50);
		CHECK(on(a, "topic:rights"), "a touch's mouse copy presses nothing");
	}

	/* A drag scrolls with the finger and presses nothing; a flick goes on. */
	app_open_page(a, "legevakt");
	before = app_scroll(a);
	finger_event(a, SDL_FINGERDOWN, 2, 900, 800, now += 100);
	for (int i = 1; i <= 10; i++)
		finger_event(a, SDL_FINGERMOTION, 2, 900, 800 - 40.0f * (float)i, now += 10);
	CHECK(app_scroll(a) > before + 300, "the page follows the finger (%.0f to %.0f)", before,
	      app_scroll(a));
	before = app_scroll(a);
	finger_event(a, SDL_FINGERUP, 2, 900, 400, now += 10);
	for (int i = 0; i < 20; i++)
		app_tick(a, now += 16);
	CHECK(app_scroll(a) > before + 50, "a flick goes on after the finger lifts (%.0f to %.0f)",
	      before, app_scroll(a));
	CHECK(on(a, "listen") || on(a, "quick-exit"), "still the guide: the drag pressed nothing");

	/* A second finger: no jump, no zoom, no tap. */
	app_scroll_to(a, 400);
	for (int i = 0; i < 60; i++)
		app_tick(a, now += 16);
	before = app_scroll(a);
	finger_event(a, SDL_FINGERDOWN, 3, 900, 600, now += 100);
	finger_event(a, SDL_FINGERDOWN, 4, 1400, 300, now += 20);
	finger_event(a, SDL_FINGERMOTION, 4, 1400, 900, now += 20);
	finger_event(a, SDL_FINGERMOTION, 4, 1400, 100, now += 20);
	CHECK(app_scroll(a) == before, "a second finger moves nothing (%.0f to %.0f)", before,
	      app_scroll(a));
	finger_event(a, SDL_FINGERUP, 3, 900, 600, now += 20);
	finger_event(a, SDL_FINGERUP, 4, 1400, 100, now += 20);
	for (int i = 0; i < 30; i++)
		app_tick(a, now += 16);
	CHECK(app_scroll(a) == before, "nor does lifting them (%.0f to %.0f)", before,
	      app_scroll(a));
	r = where(a, "home");
	finger_event(a, SDL_FINGERDOWN, 5, r.x + r.w / 2, r.y + r.h / 2, now += 100);
	finger_event(a, SDL_FINGERDOWN, 6, 900, 700, now += 20);
	finger_event(a, SDL_FINGERUP, 5, r.x + r.w / 2, r.y + r.h / 2, now += 20);
	finger_event(a, SDL_FINGERUP, 6, 900, 700, now += 20);
	CHECK(!on(a, "topic:rights") && on(a, "home"), "two fingers on Home are not a tap");

	/* A resting hand: held long, then lifted. */
	r = where(a, "home");
	finger_event(a, SDL_FINGERDOWN, 8, r.x + r.w / 2, r.y + r.h / 2, now += 100);
	for (int i = 0; i < 10; i++) {
		finger_event(a, SDL_FINGERMOTION, 8, r.x + r.w / 2 + (float)(i % 2), r.y + r.h / 2,
		             now += 200);
		app_tick(a, now);
	}
	finger_event(a, SDL_FINGERUP, 8, r.x + r.w / 2, r.y + r.h / 2, now += 100);
	CHECK(!on(a, "topic:rights"), "a hand resting on Home for 2 s is not a tap");
	touch_tap(a, r.x + r.w / 2, r.y + r.h / 2, &now);
	CHECK(on(a, "topic:rights"), "then a real tap on Home is");

	/* The staff corner, by touch: five taps in three seconds. */
	for (int i = 0; i < 5; i++)
		touch_tap(a, 20, (float)H - 20, &now);
	CHECK(on(a, "pin:1") || on(a, "pin:ok"), "five touches in the corner open the PIN pad");

	fixture_close(&f);
	printf("%d failures\n", failures);
	return failures != 0;
}
