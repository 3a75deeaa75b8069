/* The kiosk's interface logic, headless on SDL's software renderer, driven
 * by synthetic SDL events through the same entry points the window uses:
 * navigation, language switching, quick exit (button and Escape x3), idle
 * countdown and reset, and staff mode with wrong and right PINs and the
 * lockout. Button positions come from the app's own hit dump. (The same
 * steps run as a person in a real X server in tests/e2e/.) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/catalog.h"
#include "../../src/content/contacts.h"
#include "../../src/content/guide.h"
#include "../../src/content/language.h"
#include "../../src/text/breaks.h"
#include "../../src/ui/app.h"
#include "../../src/ui/staff.h"
#include "../../src/util/log.h"
#include "../support/check.h"
#include "../support/kiosk_fixture.h"

static int failures;
static char *hits;
static size_t hits_len;
static FILE *hits_file;
static uint32_t now = 1000;

/* The most recent "screen NAME" block of the hit dump. */
static const char *last_screen(void)
{
	const char *p = hits, *last = NULL;

	fflush(hits_file);
	while (p && (p = strstr(p, "screen ")) != NULL) {
		if (p == hits || p[-1] == '\n')
			last = p;
		p += 7;
	}
	return last;
}

static bool on_screen(const char *name)
{
	const char *s = last_screen();
	size_t n = strlen(name);

	return s && strncmp(s + 7, name, n) == 0 && s[7 + n] == '\n';
}

static char *screen_name(void)
{
	static char buf[128];
	const char *s = last_screen();

	if (!s)
		return "(none)";
	sscanf(s + 7, "%127s", buf);
	return buf;
}

static bool find(const char *button, int *x, int *y)
{
	const char *s = last_screen(), *end;
	char pat[96];
	int w, h;

	if (!s)
		return false;
	end = strstr(s + 1, "\nscreen ");
	snprintf(pat, sizeof pat, "\nhit %s ", button);
	s = strstr(s, pat);
	if (!s || (end && s > end))
		return false;
	if (sscanf(s + strlen(pat), "%d %d %d %d", x, y, &w, &h) != 4)
		return false;
	*x += w / 2;
	*y += h / 2;
	return true;
}

static void mouse(app *a, Uint32 type, int x, int y)
{
	fixture_mouse(a, type, x, y, now);
}

static void tap_at(app *a, int x, int y)
{
	now += 120;
	mouse(a, SDL_MOUSEBUTTONDOWN, x, y);
	now += 60;
	mouse(a, SDL_MOUSEBUTTONUP, x, y);
	app_tick(a, now);
	app_draw(a);
}

static bool tap(app *a, const char *button)
{
	int x, y;

	if (!find(button, &x, &y)) {
		printf("FAIL: no button '%s' on screen %s\n", button, screen_name());
		failures++;
		return false;
	}
	tap_at(a, x, y);
	return true;
}

static void key(app *a, SDL_Keycode k)
{
	SDL_Event e;

	memset(&e, 0, sizeof e);
	e.type = SDL_KEYDOWN;
	e.key.keysym.sym = k;
	now += 100;
	app_handle_event(a, &e, now);
	app_tick(a, now);
}

static void staff_gesture(app *a, int h)
{
	for (int i = 0; i < 5; i++)
		tap_at(a, 10, h - 10);
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

int main(void)
{
	const int w = 1280, h = 800;
	kiosk_fixture f;
	char hash[256];
	app *a;
	int x, y;

	log_set_level(LOG_LEVEL_ERROR);
	if (!fixture_open(&f, w, h) || !staff_init() ||
	    !staff_hash_pin("2468", hash, sizeof hash)) {
		printf("FAIL: setup\n");
		return 1;
	}
	hits_file = open_memstream(&hits, &hits_len);
	f.cfg.idle_timeout_s = 30;
	f.cfg.pin_hash = hash;
	f.cfg.hits = hits_file;
	a = f.app = app_create(&f.cfg, w, h);
	CHECK(a && on_screen("picker") && app_is_at_rest(a), "starts at rest on the picker");

	/* A visitor: Arabic, rights, a guide, scroll, text size, Norwegian. */
	tap(a, "lang:ar");
	CHECK(on_screen("topics") && strcmp(catalog_language(), "ar") == 0, "topics in Arabic");
	CHECK(find("quick-exit", &x, &y) && x < w / 2, "RTL: quick exit on the left (%d)", x);
	tap(a, "topic:rights");
	CHECK(on_screen("topic/rights"), "rights list, on %s", screen_name());
	tap(a, "guide:interpreter");
	CHECK(on_screen("interpreter"), "guide page, on %s", screen_name());
	key(a, SDLK_PAGEDOWN);
	key(a, SDLK_END);
	/* Drag up with the finger: the page scrolls, no button is pressed. */
	now += 100;
	mouse(a, SDL_MOUSEBUTTONDOWN, w / 2, 600);
	for (int i = 1; i <= 10; i++) {
		now += 16;
		mouse(a, SDL_MOUSEMOTION, w / 2, 600 - 30 * i);
	}
	mouse(a, SDL_MOUSEBUTTONUP, w / 2, 300);
	CHECK(on_screen("interpreter"), "still on the guide after a drag");
	tap(a, "text-size");
	CHECK(on_screen("interpreter") && !app_is_at_rest(a), "text size keeps the page");
	tap(a, "language");
	CHECK(on_screen("picker"), "language picker from the strip");
	tap(a, "lang:nb");
	CHECK(on_screen("interpreter") && strcmp(catalog_language(), "nb") == 0,
	      "back on the guide in Norwegian, on %s", screen_name());
	CHECK(find("quick-exit", &x, &y) && x > w / 2, "LTR: quick exit on the right (%d)", x);
	tap(a, "back");
	CHECK(on_screen("topic/rights"), "back to the list, on %s", screen_name());
	tap(a, "help-now");
	CHECK(on_screen("help-now"), "help now from the strip, on %s", screen_name());
	tap(a, "home");
	CHECK(on_screen("topics"), "home, on %s", screen_name());
	tap(a, "contrast");
	CHECK(!app_is_at_rest(a), "contrast changed");

	/* Quick exit: everything forgotten. */
	tap(a, "quick-exit");
	CHECK(on_screen("picker") && app_is_at_rest(a) && strcmp(catalog_language(), "en") == 0,
	      "quick exit resets everything");
	tap(a, "lang:fa");
	CHECK(on_screen("topics"), "a new visitor starts fresh");
	tap(a, "back");
	CHECK(on_screen("topics"), "no history survived the quick exit");

	/* Escape three times, quickly. */
	tap(a, "topic:about");
	key(a, SDLK_ESCAPE);
	key(a, SDLK_ESCAPE);
	CHECK(!app_is_at_rest(a), "two escapes do nothing");
	key(a, SDLK_ESCAPE);
	CHECK(app_is_at_rest(a) && on_screen("picker"), "three escapes: quick exit");
	/* Escapes spread out do nothing. */
	tap(a, "lang:uk");
	key(a, SDLK_ESCAPE);
	now += 3000;
	key(a, SDLK_ESCAPE);
	now += 3000;
	key(a, SDLK_ESCAPE);
	CHECK(!app_is_at_rest(a), "slow escapes are not a quick exit");
	/* Keys that would leave a normal program are swallowed. */
	{
		SDL_Event q = {.type = SDL_QUIT};

		app_handle_event(a, &q, now);
		CHECK(!app_wants_quit(a), "kiosk mode ignores a window close");
	}

	/* Idle: countdown in the last 15 s, then the reset. */
	now += 100;
	tap(a, "topic:rights");
	app_tick(a, now + 14000);
	CHECK(!app_is_at_rest(a), "not yet idle");
	app_tick(a, now + 20000);
	CHECK(!app_is_at_rest(a) && on_screen("topic/rights"), "countdown shows, page kept");
	app_tick(a, now + 30500);
	CHECK(app_is_at_rest(a) && on_screen("picker"), "idle reset after 30 s");
	now += 31000;

	/* Staff: wrong PINs lock the pad; the right PIN opens the menu. */
	staff_gesture(a, h);
	CHECK(on_screen("pin"), "five corner taps open the PIN pad, on %s", screen_name());
	enter_pin(a, "1111");
	CHECK(on_screen("pin"), "wrong PIN stays on the pad");
	tap(a, "staff:close");
	CHECK(on_screen("picker") && app_is_at_rest(a), "cancel returns to the start");
	now += 5000;
	staff_gesture(a, h);
	enter_pin(a, "2468");
	CHECK(on_screen("staff"), "right PIN opens the staff menu, on %s", screen_name());
	tap(a, "staff:status");
	CHECK(on_screen("status"), "status report, on %s", screen_name());
	tap(a, "staff:close");
	CHECK(on_screen("picker") && app_is_at_rest(a), "closing staff mode forgets it");
	now += 5000;
	staff_gesture(a, h);
	enter_pin(a, "1111");
	enter_pin(a, "2222");
	enter_pin(a, "3333"); /* with the cancelled try above: locked now */
	enter_pin(a, "2468");
	CHECK(on_screen("pin"), "the right PIN is refused while locked");
	now += PIN_FIRST_LOCK_MS + 1000;
	enter_pin(a, "2468");
	CHECK(on_screen("staff"), "after the lock the right PIN works, on %s", screen_name());
	tap(a, "staff:exit");
	CHECK(app_wants_quit(a), "staff exit quits");

	/* Every screen at three sizes and in every language lays out. */
	{
		static const int sizes[][2] = {{1920, 1080}, {1080, 1920}, {1280, 800}};
		static const char *const pages[] = {"picker",      "topics",   "topic/rights",
		                                    "interpreter", "help-now", "staff-pin"};

		for (int s = 0; s < 3; s++) {
			app_resize(a, sizes[s][0], sizes[s][1]);
			for (size_t l = 0; l < language_count(); l++) {
				app_set_language(a, language_at(l)->code);
				for (size_t p = 0; p < sizeof pages / sizeof *pages; p++) {
					CHECK(app_open_page(a, pages[p]), "page %s", pages[p]);
					app_draw(a);
				}
			}
		}
	}

	fixture_close(&f);
	fclose(hits_file);
	free(hits);
	printf("app: %d failures\n", failures);
	return failures != 0;
}
