/* What a visitor sees, not what the code says it did: the text-size button
 * makes the text on screen 1.3 and 1.6 times as large; the contrast button
 * puts the high-contrast colours on the pixels; every screen at three sizes
 * in every language lays out the strip, its buttons and its content where
 * they can be seen; and quick exit (button, Escape x3, idle) forgets every
 * laid-out text and every rasterized glyph and shows the neutral picker.
 * Headless, on the fixture's software surface; run under the sanitizers by
 * make check-asan. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/catalog.h"
#include "../../src/content/guide.h"
#include "../../src/content/language.h"
#include "../../src/ui/app.h"
#include "../../src/ui/guide_page.h"
#include "../../src/ui/scene.h"
#include "../../src/ui/theme.h"
#include "../../src/util/log.h"
#include "../support/check.h"
#include "../support/kiosk_fixture.h"

/* The app's clock is widening to 64 bits; 64 bits hold either. */
typedef uint64_t ms;

static int failures;
static int screens;
static ms now = 1000;

static const widget *widget_named(const scene *s, const char *name)
{
	for (size_t i = 0; s && i < s->widget_count; i++)
		if (strcmp(s->widgets[i].name, name) == 0)
			return &s->widgets[i];
	return NULL;
}

/* A finger on the button's centre, as SDL delivers it. */
static bool tap(app *a, const char *name)
{
	const scene *s = app_scene(a);
	const widget *w = widget_named(s, name);
	SDL_FRect r;
	int x, y;

	if (!w) {
		printf("FAIL: no button %s on screen\n", name);
		failures++;
		return false;
	}
	r = scene_widget_rect(s, w, app_scroll(a));
	x = (int)(r.x + r.w / 2);
	y = (int)(r.y + r.h / 2);
	now += 150;
	fixture_mouse(a, SDL_MOUSEBUTTONDOWN, x, y, now);
	now += 60;
	fixture_mouse(a, SDL_MOUSEBUTTONUP, x, y, now);
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
}

/* ---- Text size --------------------------------------------------------- */

typedef struct {
	float size, line; /* pixels per em; the first line's height */
} text_measure;

static void measure(const text_layout *l, text_measure *out, size_t *n, size_t max)
{
	size_t lines;
	const text_line *line = l ? text_layout_lines(l, &lines) : NULL;

	if (!line || !lines || *n >= max)
		return;
	out[*n].size = text_layout_size(l);
	out[*n].line = line[0].height;
	(*n)++;
}

/* The texts of the scrolling content: a guide page's items, or a list's
 * texts and row labels (the strip's labels shrink to fit, so not those). */
static size_t content_texts(const scene *s, text_measure *out, size_t max)
{
	size_t n = 0, count;

	if (s->page) {
		const page_item *items = guide_page_items(s->page, &count);

		for (size_t i = 0; i < count; i++)
			if (items[i].kind == ITEM_TEXT)
				measure(items[i].layout, out, &n, max);
		return n;
	}
	for (size_t i = 0; i < s->text_count; i++)
		if (s->texts[i].scrolls)
			measure(s->texts[i].layout, out, &n, max);
	for (size_t i = 0; i < s->widget_count; i++)
		if (s->widgets[i].scrolls)
			measure(s->widgets[i].label, out, &n, max);
	return n;
}

#define MAX_TEXTS 512

/* Taps Text size twice on page in lang: every text's size grows 1.3 and
 * then 1.6 times, and its first line with it (within 2 %: measured, they
 * are exact to a thousandth, Nastaliq's tall lines too). */
static void text_size_grows(app *a, const char *lang, const char *page)
{
	static const float expect[] = {1.3f, 1.6f};
	static text_measure base[MAX_TEXTS], grown[MAX_TEXTS];
	size_t nbase, ngrown;

	app_reset(a);
	app_set_language(a, lang);
	app_open_page(a, page);
	nbase = content_texts(app_scene(a), base, MAX_TEXTS);
	CHECK(nbase >= 3, "%s %s: texts to measure (%zu)", lang, page, nbase);
	for (int step = 0; step < 2; step++) {
		float s = expect[step], low = 99, high = 0;

		tap(a, "text-size");
		ngrown = content_texts(app_scene(a), grown, MAX_TEXTS);
		CHECK(ngrown == nbase, "%s %s x%.1f: the same texts (%zu, %zu)", lang, page, s,
		      nbase, ngrown);
		for (size_t i = 0; i < nbase && i < ngrown; i++) {
			float size = grown[i].size / base[i].size;

			CHECK(fabsf(size - s) < 0.01f * s,
			      "%s %s x%.1f: text %zu is %.3f times as large", lang, page, s, i,
			      size);
			float line = grown[i].line / base[i].line;

			CHECK(fabsf(line - s) < 0.02f * s,
			      "%s %s x%.1f: text %zu's first line is %.3f times as tall", lang,
			      page, s, i, line);
			low = line < low ? line : low;
			high = line > high ? line : high;
		}
		printf("%s %s x%.1f: %zu texts, lines %.3f to %.3f times as tall\n", lang, page, s,
		       nbase, low, high);
	}
	tap(a, "text-size");
	ngrown = content_texts(app_scene(a), grown, MAX_TEXTS);
	CHECK(ngrown == nbase && grown[0].size == base[0].size,
	      "%s %s: the third tap returns to the first size", lang, page);
}

/* ---- Contrast ---------------------------------------------------------- */

static SDL_Color pixel(const SDL_Surface *s, int x, int y)
{
	Uint32 p = ((const Uint32 *)((const Uint8 *)s->pixels + y * s->pitch))[x];
	SDL_Color c;

	SDL_GetRGB(p, s->format, &c.r, &c.g, &c.b);
	c.a = 255;
	return c;
}

static bool same(SDL_Color a, SDL_Color b)
{
	return a.r == b.r && a.g == b.g && a.b == b.b;
}

/* Pixels of exactly colour c in the rectangle (the inside of glyph strokes
 * is drawn in the text's colour itself; edges are blended). */
static int count_color(const SDL_Surface *s, SDL_FRect r, SDL_Color c)
{
	int n = 0;

	for (int y = (int)r.y; y < (int)(r.y + r.h); y++)
		for (int x = (int)r.x; x < (int)(r.x + r.w); x++)
			if (x >= 0 && y >= 0 && x < s->w && y < s->h && same(pixel(s, x, y), c))
				n++;
	return n;
}

static SDL_FRect text_box(const text_layout *l, float x, float y)
{
	return (SDL_FRect){x, y, text_layout_width(l), text_layout_height(l)};
}

static void check_pixel(const SDL_Surface *s, int x, int y, bool hc, color_role role,
                        const char *what)
{
	SDL_Color got = pixel(s, x, y), want = theme_color(hc, role);

	CHECK(same(got, want), "%s contrast: %s at (%d, %d) is #%02x%02x%02x, not #%02x%02x%02x",
	      hc ? "high" : "normal", what, x, y, got.r, got.g, got.b, want.r, want.g, want.b);
}

static void check_ink(const SDL_Surface *s, SDL_FRect box, bool hc, color_role role,
                      const char *what)
{
	int n = count_color(s, box, theme_color(hc, role));

	CHECK(n >= 10, "%s contrast: %s has %d pixels in its colour", hc ? "high" : "normal", what,
	      n);
}

/* The Rights list in Norwegian, drawn: the background between two rows,
 * the title and the count, a guide row's fill and label, the strip and
 * quick exit are each in the theme's colour. */
static void colors_on_screen(kiosk_fixture *f, app *a, bool hc)
{
	const scene *s = app_scene(a);
	const widget *row0 = NULL, *row1 = NULL, *exit = widget_named(s, "quick-exit");
	const scene_text *title = NULL, *count = NULL;
	color_role bg, ink, icon;

	app_scroll_to(a, 0);
	app_draw(a);
	SDL_RenderPresent(f->renderer);
	for (size_t i = 0; i < s->widget_count; i++)
		if (s->widgets[i].action == ACT_GUIDE) {
			if (!row0)
				row0 = &s->widgets[i];
			else if (!row1)
				row1 = &s->widgets[i];
		}
	for (size_t i = 0; i < s->text_count; i++)
		if (s->texts[i].scrolls && !title)
			title = &s->texts[i];
		else if (s->texts[i].scrolls && !count)
			count = &s->texts[i];
	if (!row0 || !row1 || !exit || !title || !count) {
		printf("FAIL: the Rights list lacks rows, quick exit or its title\n");
		failures++;
		return;
	}
	check_pixel(f->surface, f->surface->w / 2,
	            (int)((row0->rect.y + row0->rect.h + row1->rect.y) / 2), hc, ROLE_BACKGROUND,
	            "the background between two rows");
	check_pixel(f->surface, f->surface->w / 2, 1, hc, ROLE_STRIP, "the strip");
	CHECK(title->color == ROLE_ACCENT && count->color == ROLE_MUTED,
	      "the title is an accent, the count muted");
	check_ink(f->surface, text_box(title->layout, title->x, title->y), hc, ROLE_ACCENT,
	          "the title");
	check_ink(f->surface, text_box(count->layout, count->x, count->y), hc, ROLE_MUTED,
	          "the count");
	widget_colors(row0, false, &bg, &ink, &icon);
	check_pixel(f->surface, (int)row0->rect.x + 8, (int)row0->rect.y + 8, hc, bg,
	            "a guide row's fill");
	check_ink(f->surface, text_box(row0->label, row0->label_x, row0->label_y), hc, ink,
	          "a guide row's label");
	widget_colors(exit, false, &bg, &ink, &icon);
	check_pixel(f->surface, (int)exit->rect.x + 6, (int)exit->rect.y + 6, hc, bg,
	            "quick exit's fill");
	check_ink(f->surface, text_box(exit->label, exit->label_x, exit->label_y), hc, ink,
	          "quick exit's label");
}

/* ---- Every screen at three sizes ---------------------------------------- */

static const char *const strip_order[] = {"home",     "back",     "language",  "text-size",
                                          "contrast", "help-now", "quick-exit"};

static int strip_buttons(const scene *s)
{
	int n = 0;

	for (size_t i = 0; i < s->widget_count; i++)
		n += s->widgets[i].style == BUTTON_STRIP || s->widgets[i].style == BUTTON_EXIT;
	return n;
}

/* What is laid out is where a visitor can see it: the strip's seven
 * buttons on top, in the reading order of the language; every button
 * inside the screen's width, and above its end once scrolled; content
 * below the strip with a height. The audit checks overlaps and more. */
static void screen_laid_out(const app *a, const char *lang, int w, int h, const char *page,
                            bool strip, ui_action item, int items)
{
	const scene *s = app_scene(a);
	const language *l = language_find(lang);
	float reach = (float)h + scene_scroll_max(s);
	int found = 0;

	screens++;
	CHECK(s->widget_count > 0, "%s %dx%d %s: buttons", lang, w, h, page);
	CHECK(strip_buttons(s) == (strip ? 7 : 0), "%s %dx%d %s: %d strip buttons", lang, w, h,
	      page, strip_buttons(s));
	if (strip) {
		const widget *prev = NULL;

		for (int i = 0; i < 7; i++) {
			const widget *b = widget_named(s, strip_order[i]);

			if (!b) {
				CHECK(b, "%s %dx%d %s: %s in the strip", lang, w, h, page,
				      strip_order[i]);
				continue;
			}
			CHECK(!b->scrolls && b->rect.y >= 0 && b->rect.y + b->rect.h <= s->view.y &&
			          b->label && text_layout_height(b->label) > 0,
			      "%s %dx%d %s: %s on top, above the view, labelled", lang, w, h, page,
			      strip_order[i]);
			/* Right to left, the strip reads from the right. */
			if (prev)
				CHECK(l->rtl ? b->rect.x < prev->rect.x : b->rect.x > prev->rect.x,
				      "%s %dx%d %s: %s follows %s in reading order", lang, w, h,
				      page, strip_order[i], strip_order[i - 1]);
			prev = b;
		}
		CHECK(widget_named(s, "back") && widget_named(s, "back")->mirror_icon == l->rtl,
		      "%s %dx%d %s: the back arrow points the reader's way", lang, w, h, page);
	}
	for (size_t i = 0; i < s->widget_count; i++) {
		const widget *b = &s->widgets[i];
		bool inside = b->rect.x >= 0 && b->rect.x + b->rect.w <= (float)w + 0.5f &&
		              b->rect.w > 0 && b->rect.h > 0;

		if (b->scrolls)
			inside = inside && b->rect.y >= (float)s->view.y &&
			         b->rect.y + b->rect.h <= reach + 0.5f;
		else
			inside =
			    inside && b->rect.y >= 0 && b->rect.y + b->rect.h <= (float)h + 0.5f;
		CHECK(inside, "%s %dx%d %s: %s (%.0f %.0f %.0f %.0f) on the screen", lang, w, h,
		      page, b->name, b->rect.x, b->rect.y, b->rect.w, b->rect.h);
		found += b->action == item;
	}
	for (size_t i = 0; i < s->text_count; i++)
		CHECK(s->texts[i].layout && text_layout_height(s->texts[i].layout) > 0 &&
		          s->texts[i].x >= 0 &&
		          s->texts[i].x + text_layout_width(s->texts[i].layout) <= (float)w + 0.5f,
		      "%s %dx%d %s: text %zu on the screen", lang, w, h, page, i);
	if (item != ACT_NONE)
		CHECK(found == items, "%s %dx%d %s: %d rows or tiles, %d expected", lang, w, h,
		      page, found, items);
	CHECK(s->scrolling && s->view.w == w && s->view.h > 0 && s->view.y + s->view.h <= h,
	      "%s %dx%d %s: a view below the strip", lang, w, h, page);
	if (s->page) {
		size_t count;
		const page_item *items = guide_page_items(s->page, &count);

		CHECK(guide_page_height(s->page) > 0 && count > 0, "%s %dx%d %s: page content",
		      lang, w, h, page);
		for (size_t i = 0; i < count; i++)
			CHECK(items[i].x >= 0 && items[i].x + items[i].w <= (float)w + 0.5f &&
			          items[i].h > 0,
			      "%s %dx%d %s: page item %zu inside the screen", lang, w, h, page, i);
	} else {
		CHECK(s->content_bottom > (float)s->view.y, "%s %dx%d %s: content", lang, w, h,
		      page);
	}
	if (strip)
		CHECK(s->rtl == l->rtl, "%s %dx%d %s: the scroll bar's side", lang, w, h, page);
}

static void every_screen(kiosk_fixture *f)
{
	static const int sizes[][2] = {{1920, 1080}, {1080, 1920}, {1280, 800}};
	static const char *const staff[] = {"staff-pin", "staff-menu", "staff-exit"};

	for (int z = 0; z < 3; z++) {
		int w = sizes[z][0], h = sizes[z][1];
		app *a = app_create(&f->cfg, w, h);

		for (size_t li = 0; a && li < language_count(); li++) {
			const char *lang = language_at(li)->code;

			app_set_language(a, lang);
			app_open_page(a, "picker");
			screen_laid_out(a, lang, w, h, "picker", false, ACT_PICK_LANGUAGE,
			                (int)language_count());
			app_open_page(a, "topics");
			screen_laid_out(a, lang, w, h, "topics", true, ACT_TOPIC, TOPIC_COUNT);
			app_open_page(a, "language");
			screen_laid_out(a, lang, w, h, "language", true, ACT_PICK_LANGUAGE,
			                (int)language_count());
			for (int t = 0; t < TOPIC_COUNT; t++) {
				char page[64];
				int rows = 0;

				for (size_t g = 0; g < f->guides.count; g++)
					rows += f->guides.items[g]->topic == (guide_topic)t;
				snprintf(page, sizeof page, "topic/%s",
				         guide_topic_id((guide_topic)t));
				CHECK(app_open_page(a, page), "%s opens", page);
				screen_laid_out(a, lang, w, h, page, true, ACT_GUIDE, rows);
			}
			for (size_t g = 0; g < f->guides.count; g++) {
				const char *id = f->guides.items[g]->id;

				CHECK(app_open_page(a, id), "%s opens", id);
				CHECK(app_scene(a)->page != NULL, "%s %dx%d %s: a page", lang, w, h,
				      id);
				screen_laid_out(a, lang, w, h, id, true, ACT_NONE, 0);
			}
			for (size_t i = 0; i < sizeof staff / sizeof *staff; i++) {
				app_open_page(a, staff[i]);
				screen_laid_out(a, lang, w, h, staff[i], false, ACT_NONE, 0);
			}
		}
		app_destroy(a);
	}
}

/* ---- Quick exit -------------------------------------------------------- */

static uint64_t frame_hash(kiosk_fixture *f, app *a)
{
	uint64_t hash = 1469598103934665603u;
	const uint8_t *p = f->surface->pixels;

	app_draw(a);
	SDL_RenderPresent(f->renderer);
	for (int i = 0; i < f->surface->pitch * f->surface->h; i++)
		hash = (hash ^ p[i]) * 1099511628211u;
	return hash;
}

static size_t glyphs_held(const app *a)
{
	size_t glyphs, pages;

	app_atlas_stats(a, &glyphs, &pages);
	return glyphs;
}

/* A visit in Arabic with a larger text and high contrast, every screen
 * drawn, so that glyphs are rasterized and texts laid out. */
static void visit(kiosk_fixture *f, app *a)
{
	tap(a, "lang:ar");
	frame_hash(f, a);
	tap(a, "text-size");
	tap(a, "contrast");
	tap(a, "topic:rights");
	frame_hash(f, a);
	tap(a, "guide:interpreter");
	app_scroll_to(a, 400);
	frame_hash(f, a);
}

/* Right after a forgetting: no glyph held, the picker laid out as for a
 * new visitor, and drawn exactly as a newly started kiosk draws it. */
static void forgotten(kiosk_fixture *f, app *a, const char *how)
{
	const scene *s = app_scene(a), *n;
	app *fresh;
	uint64_t mine, theirs;

	CHECK(glyphs_held(a) == 0, "%s: %zu rasterized glyphs kept", how, glyphs_held(a));
	CHECK(app_is_at_rest(a) && !s->page && !app_overlay(a) && app_scroll(a) == 0 &&
	          strcmp(catalog_language(), "en") == 0,
	      "%s: the neutral picker, nothing of the visit", how);
	fresh = app_create(&f->cfg, f->surface->w, f->surface->h);
	n = fresh ? app_scene(fresh) : NULL;
	CHECK(n && n->widget_count == s->widget_count && n->text_count == s->text_count,
	      "%s: the same buttons and texts as for a new visitor", how);
	for (size_t i = 0; n && i < s->widget_count && i < n->widget_count; i++) {
		size_t g1 = 0, g2 = 0;

		if (s->widgets[i].label)
			text_layout_glyphs(s->widgets[i].label, &g1);
		if (n->widgets[i].label)
			text_layout_glyphs(n->widgets[i].label, &g2);
		CHECK(g1 == g2 && s->widgets[i].label && n->widgets[i].label &&
		          text_layout_size(s->widgets[i].label) ==
		              text_layout_size(n->widgets[i].label),
		      "%s: %s laid out as for a new visitor (default text size)", how,
		      s->widgets[i].name);
	}
	for (size_t i = 0; n && i < s->text_count && i < n->text_count; i++) {
		size_t g1, g2;

		text_layout_glyphs(s->texts[i].layout, &g1);
		text_layout_glyphs(n->texts[i].layout, &g2);
		CHECK(g1 == g2 && text_layout_size(s->texts[i].layout) ==
		                      text_layout_size(n->texts[i].layout),
		      "%s: text %zu laid out as for a new visitor", how, i);
	}
	if (fresh) {
		/* Both show the same turn of the cycling hint. */
		now += 100;
		app_tick(a, now);
		app_tick(fresh, now);
		theirs = frame_hash(f, fresh);
		mine = frame_hash(f, a);
		CHECK(mine == theirs, "%s: the picker looks as for a new visitor", how);
		check_pixel(f->surface, 2, 2, false, ROLE_BACKGROUND, "after quick exit, a corner");
		CHECK(glyphs_held(a) == glyphs_held(fresh),
		      "%s: only the picker's glyphs after drawing it (%zu, new kiosk %zu)", how,
		      glyphs_held(a), glyphs_held(fresh));
		app_destroy(fresh);
	}
}

static void forgetting(kiosk_fixture *f)
{
	app *a = app_create(&f->cfg, f->surface->w, f->surface->h);
	size_t held;

	if (!a) {
		printf("FAIL: app\n");
		failures++;
		return;
	}
	frame_hash(f, a);
	visit(f, a);
	held = glyphs_held(a);
	CHECK(held > 0 && !app_is_at_rest(a), "the visit rasterized glyphs (%zu)", held);
	tap(a, "quick-exit");
	forgotten(f, a, "quick exit button");

	visit(f, a);
	key(a, SDLK_ESCAPE);
	key(a, SDLK_ESCAPE);
	key(a, SDLK_ESCAPE);
	forgotten(f, a, "Escape x3");

	/* Idle: the same forgetting. */
	visit(f, a);
	app_tick(a, now + 91000);
	now += 91000;
	forgotten(f, a, "idle reset");
	app_destroy(a);
}

int main(void)
{
	const int w = 1280, h = 800;
	kiosk_fixture f;
	app *a;

	log_set_level(LOG_LEVEL_ERROR);
	if (!fixture_open(&f, w, h)) {
		printf("FAIL: setup\n");
		return 1;
	}
	a = f.app = app_create(&f.cfg, w, h);
	if (!a) {
		printf("FAIL: app\n");
		fixture_close(&f);
		return 1;
	}

	/* Text size, through its button: a guide page and a list, in a
	 * left-to-right and two right-to-left scripts (Nastaliq's tall lines
	 * among them). */
	text_size_grows(a, "nb", "interpreter");
	text_size_grows(a, "nb", "topic/rights");
	text_size_grows(a, "ar", "legevakt");
	text_size_grows(a, "ur", "topic/mental-health");
	text_size_grows(a, "ur", "self-care");

	/* Contrast, through its button: the colours on the pixels. */
	app_reset(a);
	app_set_language(a, "nb");
	app_open_page(a, "topic/rights");
	colors_on_screen(&f, a, false);
	tap(a, "contrast");
	colors_on_screen(&f, a, true);
	tap(a, "contrast");
	colors_on_screen(&f, a, false);

	every_screen(&f);
	printf("%d screens laid out and checked\n", screens);
	forgetting(&f);

	fixture_close(&f);
	printf("visible: %d failures\n", failures);
	return failures != 0;
}
