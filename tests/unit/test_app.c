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
#include "../../src/ui/guide_page.h"
#include "../../src/ui/scene.h"
#include "../../src/ui/staff.h"
#include "../../src/util/log.h"
#include "../support/check.h"
#include "../support/kiosk_fixture.h"

static int failures;
static char *hits;
static size_t hits_len;
static FILE *hits_file;
static uint64_t now = 1000;

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

static void key_mod(app *a, SDL_Keycode k, Uint16 mod)
{
	SDL_Event e;

	memset(&e, 0, sizeof e);
	e.type = SDL_KEYDOWN;
	e.key.keysym.sym = k;
	e.key.keysym.mod = mod;
	now += 100;
	app_handle_event(a, &e, now);
	app_tick(a, now);
}

static void key(app *a, SDL_Keycode k)
{
	key_mod(a, k, 0);
}

/* Where a button is on screen now (its centre), and its lower edge. */
static bool find_box(const char *button, int *x, int *y, int *bottom)
{
	const char *s = last_screen(), *end;
	char pat[96];
	int w, h;

	if (!s)
		return false;
	end = strstr(s + 1, "\nscreen ");
	s = strstr(s, "\nview ");
	/* The newest dump of this screen: after a scroll it is written again. */
	for (const char *v = s; v && (!end || v < end); v = strstr(v + 1, "\nview "))
		s = v;
	snprintf(pat, sizeof pat, "\nhit %s ", button);
	s = s ? strstr(s, pat) : NULL;
	if (!s || (end && s > end))
		return false;
	if (sscanf(s + strlen(pat), "%d %d %d %d", x, y, &w, &h) != 4)
		return false;
	*bottom = *y + h;
	*x += w / 2;
	*y += h / 2;
	return true;
}

/* A hash of the frame as drawn, to tell whether something visibly changed. */
static uint64_t frame_hash(kiosk_fixture *f, app *a)
{
	uint64_t hash = 1469598103934665603u;
	const uint8_t *p;

	app_draw(a);
	SDL_RenderPresent(f->renderer);
	p = f->surface->pixels;
	for (int i = 0; i < f->surface->pitch * f->surface->h; i++)
		hash = (hash ^ p[i]) * 1099511628211u;
	return hash;
}

/* The tallest label in the strip, in pixels. */
static float strip_label_height(const app *a)
{
	const scene *s = app_scene(a);
	float best = 0;

	for (size_t i = 0; i < s->widget_count; i++)
		if (!s->widgets[i].scrolls && s->widgets[i].label &&
		    text_layout_height(s->widgets[i].label) > best)
			best = text_layout_height(s->widgets[i].label);
	return best;
}

static const widget *widget_named(const app *a, const char *name)
{
	const scene *s = app_scene(a);

	for (size_t i = 0; i < s->widget_count; i++)
		if (strcmp(s->widgets[i].name, name) == 0)
			return &s->widgets[i];
	return NULL;
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
	CHECK(on_screen("language"), "language menu from the strip, on %s", screen_name());
	CHECK(find("quick-exit", &x, &y) && find("menu:cancel", &x, &y),
	      "the menu keeps the strip with quick exit, and has Cancel");
	tap_at(a, 5, h - 200); /* beside every button */
	CHECK(on_screen("language"), "a tap beside the buttons leaves nothing, on %s",
	      screen_name());
	tap(a, "menu:cancel");
	CHECK(on_screen("interpreter") && strcmp(catalog_language(), "ar") == 0,
	      "cancel: back on the guide, still in Arabic, on %s", screen_name());
	tap(a, "language");
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
	CHECK(on_screen("picker"),
	      "no history survived the quick exit: back from the topics "
	      "leads to the languages, on %s",
	      screen_name());
	tap(a, "lang:fa");
	CHECK(widget_named(a, "home") && widget_named(a, "home")->disabled,
	      "Home is shown dimmed on the topics");
	tap(a, "home");
	CHECK(on_screen("topics"), "Home on the topics stays there");
	/* A finger held on a button shows it pressed. */
	{
		uint64_t before = frame_hash(&f, a);

		find("topic:rights", &x, &y);
		now += 100;
		mouse(a, SDL_MOUSEBUTTONDOWN, x, y);
		CHECK(frame_hash(&f, a) != before, "a pressed button looks pressed");
		mouse(a, SDL_MOUSEMOTION, x, y + 100); /* slides off: a drag, no tap */
		mouse(a, SDL_MOUSEBUTTONUP, x, y + 100);
		CHECK(on_screen("topics") && frame_hash(&f, a) == before,
		      "sliding off lets the button go");
	}

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
	CHECK(!app_is_at_rest(a) && on_screen("topic/rights") && app_overlay(a),
	      "countdown shows, page kept");
	/* A tap anywhere on the countdown keeps the page and presses nothing
	 * beneath, even where a button lies under it. */
	{
		int gx, gy;
		const scene *o = app_overlay(a);

		CHECK(o && o->widget_count == 2, "the countdown offers Continue and Start over");
		find("guide:interpreter", &gx, &gy);
		now += 20000;
		tap_at(a, gx, gy);
		CHECK(on_screen("topic/rights") && !app_overlay(a) && !app_is_at_rest(a),
		      "tap on the countdown: same page, nothing pressed, on %s", screen_name());
	}
	app_tick(a, now + 20000);
	CHECK(app_overlay(a), "the countdown comes back");
	{
		const scene *o = app_overlay(a);
		const widget *w = NULL;

		for (size_t i = 0; o && i < o->widget_count; i++)
			if (o->widgets[i].action == ACT_IDLE_START_OVER)
				w = &o->widgets[i];
		now += 20000;
		if (w)
			tap_at(a, (int)(w->rect.x + w->rect.w / 2),
			       (int)(w->rect.y + w->rect.h / 2));
		CHECK(w && app_is_at_rest(a) && on_screen("picker"), "Start over forgets at once");
	}
	tap(a, "lang:en");
	tap(a, "topic:rights");
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
	tap(a, "staff:reload");
	CHECK(on_screen("staff"), "reload stays on the staff menu");
	{
		const scene *s = app_scene(a);
		bool said = false;

		for (size_t i = 0; i < s->text_count; i++)
			said |= s->texts[i].layout && text_layout_height(s->texts[i].layout) > 0 &&
			        s->texts[i].y > 100 && s->texts[i].y < 300;
		CHECK(said, "reload says what it did");
	}
	tap(a, "staff:status");
	CHECK(on_screen("status"), "status report, on %s", screen_name());
	tap(a, "staff:close");
	CHECK(on_screen("staff"), "closing the status returns to the staff menu, on %s",
	      screen_name());
	tap(a, "staff:close");
	CHECK(on_screen("picker") && app_is_at_rest(a), "closing staff mode forgets it");
	now += 5000;
	staff_gesture(a, h);
	enter_pin(a, "1111");
	enter_pin(a, "2222");
	enter_pin(a, "3333"); /* with the cancelled try above: locked now */
	enter_pin(a, "2468");
	CHECK(on_screen("pin"), "the right PIN is refused while locked");
	{
		/* The lockout counts down on the pad. */
		uint64_t h1, h2;

		app_tick(a, now + 1000);
		h1 = frame_hash(&f, a);
		app_tick(a, now + 3000);
		h2 = frame_hash(&f, a);
		CHECK(h1 != h2, "the lockout message counts down");
	}
	now += 31000; /* the README's 30 s, not staff.h's constant (test_lockout) */
	enter_pin(a, "2468");
	CHECK(on_screen("staff"), "after the lock the right PIN works, on %s", screen_name());
	tap(a, "staff:exit");
	CHECK(on_screen("staff-exit") && !app_wants_quit(a), "exit asks first, on %s",
	      screen_name());
	tap(a, "staff:exit-no");
	CHECK(on_screen("staff") && !app_wants_quit(a), "no: back to the staff menu");
	tap(a, "staff:exit");
	tap(a, "staff:exit-yes");
	CHECK(app_wants_quit(a), "staff exit quits");

	/* The default landscape screen: the longest list scrolls to its last
	 * guide, by keys, by the wheel and by a drag, and the guide opens. */
	{
		const int W = 1920, H = 1080;
		int gx, gy, bottom;
		char last[80] = "";
		app *b;

		f.cfg.pin_hash = NULL; /* as on a fresh set-up */
		b = app_create(&f.cfg, W, H);
		CHECK(b != NULL, "second app");
		tap(b, "lang:en");
		tap(b, "topic:rights");
		{
			/* The list's last guide, whatever it is. */
			const scene *ls = app_scene(b);

			for (size_t i = 0; i < ls->widget_count; i++)
				if (strncmp(ls->widgets[i].name, "guide:", 6) == 0)
					snprintf(last, sizeof last, "%s", ls->widgets[i].name);
		}
		CHECK(find_box(last, &gx, &gy, &bottom) && bottom > H,
		      "the last Rights guide (%s) starts below the screen (%d)", last, bottom);
		key(b, SDLK_END);
		CHECK(find_box(last, &gx, &gy, &bottom) && bottom <= H && gy > 0,
		      "End brings it into view (%d)", bottom);
		tap(b, last);
		CHECK(on_screen(last + 6), "and it opens, on %s", screen_name());
		tap(b, "back");
		CHECK(on_screen("topic/rights"), "back to the list");
		key(b, SDLK_HOME);
		{
			SDL_Event e = {.type = SDL_MOUSEWHEEL};

			e.wheel.y = -20;
			app_handle_event(b, &e, now);
			CHECK(app_scroll(b) > 0, "the wheel scrolls the list (%.0f)",
			      app_scroll(b));
		}
		key(b, SDLK_HOME);
		now += 100;
		mouse(b, SDL_MOUSEBUTTONDOWN, W / 2, 900);
		for (int i = 1; i <= 20; i++) {
			now += 16;
			mouse(b, SDL_MOUSEMOTION, W / 2, 900 - 30 * i);
		}
		mouse(b, SDL_MOUSEBUTTONUP, W / 2, 300);
		CHECK(on_screen("topic/rights") && app_scroll(b) > 0,
		      "a drag scrolls the list and opens nothing (%.0f)", app_scroll(b));

		/* Text size: the same block stays at the top of the view, the
		 * labels grow, the button shows the size. */
		key(b, SDLK_HOME);
		tap(b, "guide:interpreter");
		app_scroll_to(b, 900);
		{
			size_t item1, item2;
			float f1, f2, label1 = strip_label_height(b), label2;
			const widget *size_button;

			CHECK(scene_anchor(app_scene(b), app_scroll(b), &item1, &f1), "anchor");
			tap(b, "text-size");
			CHECK(scene_anchor(app_scene(b), app_scroll(b), &item2, &f2) &&
			          item1 == item2 && f2 - f1 < 0.05f && f1 - f2 < 0.05f,
			      "text size keeps the block in view (%zu %.2f -> %zu %.2f)", item1, f1,
			      item2, f2);
			label2 = strip_label_height(b);
			CHECK(label2 > label1 * 1.15f,
			      "strip labels grow with the text (%.0f -> %.0f)", label1, label2);
			size_button = widget_named(b, "text-size");
			CHECK(size_button && size_button->levels == 3 && size_button->level == 1,
			      "the text size button shows the size");
		}
		/* High contrast changes what is drawn. */
		{
			uint64_t plain = frame_hash(&f, b);

			tap(b, "contrast");
			CHECK(frame_hash(&f, b) != plain, "contrast changes the screen");
		}
		/* No staff PIN yet: a line tells whoever set the kiosk up how to
		 * leave, and Ctrl+Q does. */
		{
			const scene *s = app_scene(b);
			bool note = false;

			for (size_t i = 0; i < s->text_count; i++)
				note |= !s->texts[i].scrolls && s->texts[i].fallback_marked &&
				        s->texts[i].y > H - 100;
			CHECK(note, "the set-up line shows while no PIN is set");
			key_mod(b, SDLK_q, KMOD_LCTRL);
			CHECK(app_wants_quit(b), "Ctrl+Q leaves while no PIN is set");
		}
		app_destroy(b);
		f.cfg.pin_hash = hash;
		b = app_create(&f.cfg, W, H);
		{
			const scene *s = app_scene(b);
			bool note = false;

			for (size_t i = 0; i < s->text_count; i++)
				note |= !s->texts[i].scrolls && s->texts[i].fallback_marked &&
				        s->texts[i].y > H - 100;
			CHECK(!note, "with a PIN, no set-up line");
			key_mod(b, SDLK_q, KMOD_LCTRL);
			CHECK(!app_wants_quit(b), "with a PIN, Ctrl+Q does nothing");
		}
		app_destroy(b);
	}

	/* Urdu: its autonym looks as large as its neighbours' (Nastaliq is set
	 * larger for that), and a bullet sits on its text's first baseline. */
	{
		app *c = app_create(&f.cfg, 1920, 1080);
		const widget *ur = widget_named(c, "lang:ur"), *ar = widget_named(c, "lang:ar");

		CHECK(ur && ar && ur->label && ar->label &&
		          text_layout_size(ur->label) >= 1.25f * text_layout_size(ar->label),
		      "the Urdu name is set larger than the Arabic one");
		app_set_language(c, "ur");
		app_open_page(c, "self-care");
		{
			const scene *s = app_scene(c);
			size_t n, bullets = 0, aligned = 0;
			const page_item *items = s->page ? guide_page_items(s->page, &n) : NULL;

			for (size_t i = 0; items && i + 1 < n; i++) {
				size_t count, lines_a, lines_b;
				const text_glyph *g;

				if (items[i].kind != ITEM_TEXT || items[i + 1].kind != ITEM_TEXT)
					continue;
				g = text_layout_glyphs(items[i].layout, &count);
				/* A bullet: one glyph, and the next item starts level with it. */
				if (count != 1 || items[i].h > items[i + 1].h)
					continue;
				(void)g;
				bullets++;
				{
					const text_line *a =
					    text_layout_lines(items[i].layout, &lines_a);
					const text_line *b =
					    text_layout_lines(items[i + 1].layout, &lines_b);
					float da = items[i].y + a[0].baseline,
					      db = items[i + 1].y + b[0].baseline;

					aligned +=
					    lines_a && lines_b && da - db < 0.5f && db - da < 0.5f;
				}
			}
			CHECK(bullets >= 3 && aligned == bullets,
			      "Urdu bullets sit on their text's baseline (%zu of %zu)", aligned,
			      bullets);
		}
		app_destroy(c);
	}

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
