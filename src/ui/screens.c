#include "screens.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../content/catalog.h"
#include "../content/localize.h"
#include "typeset.h"

/* Design sizes are for a 1080-pixel short side; c->unit scales them. */
#define STRIP_H 104.0f
#define MARGIN  32.0f
#define CORNER  80.0f /* the staff corner, kept free of buttons */

/* Marks a context and a UI string for xgettext inside a table. */
#define CTX_MSG(ctx, msgid) ctx, msgid

static const language *english(void)
{
	return language_find("en");
}

/* A UI string in the reader's language, laid out as English when it has no
 * translation yet (so its punctuation and direction stay right). */
static text_layout *ui_text(const screen_ctx *c, const char *ctx, const char *msgid, float size,
                            float width, bool center)
{
	bool translated;
	const char *text = catalog_get(ctx, msgid, &translated);

	return typeset(c->fonts, translated ? c->lang : english(), text, size, width, TYPE_UI,
	               center);
}

const char *screens_topic_label(guide_topic topic, bool *translated)
{
	switch (topic) {
	case TOPIC_RIGHTS: return catalog_get("topic", "Rights", translated);
	case TOPIC_MENTAL_HEALTH: return catalog_get("topic", "Mental health", translated);
	case TOPIC_LOCAL_SERVICES: return catalog_get("topic", "Local services", translated);
	case TOPIC_ABOUT: return catalog_get("topic", "About the centre", translated);
	default: return catalog_get("topic", "Help now", translated);
	}
}

const char *screens_topic_icon(guide_topic topic)
{
	static const char *const icons[] = {"rights", "mental-health", "local-services", "about",
	                                    "help-now"};

	return topic < TOPIC_COUNT ? icons[topic] : "guide";
}

typedef struct {
	ui_action action;
	const char *name, *icon, *ctx, *label;
	button_style style;
} strip_button;

float screens_strip(scene *s, const screen_ctx *c)
{
	static const strip_button buttons[] = {
	    {ACT_HOME, "home", "home", CTX_MSG("strip", "Home"), BUTTON_STRIP},
	    {ACT_BACK, "back", "back", CTX_MSG("strip", "Back"), BUTTON_STRIP},
	    {ACT_LANGUAGE_MENU, "language", "language", CTX_MSG("strip", "Language"), BUTTON_STRIP},
	    {ACT_TEXT_SIZE, "text-size", "text-size", CTX_MSG("strip", "Text size"), BUTTON_STRIP},
	    {ACT_CONTRAST, "contrast", "contrast", CTX_MSG("strip", "Contrast"), BUTTON_STRIP},
	    {ACT_HELP_NOW, "help-now", "help-now", CTX_MSG("strip", "Help now"), BUTTON_STRIP},
	    {ACT_QUICK_EXIT, "quick-exit", "quick-exit", CTX_MSG("strip", "Quick exit"),
	     BUTTON_EXIT},
	};
	const int n = (int)(sizeof buttons / sizeof buttons[0]);
	float h = STRIP_H * c->unit, bw = (float)c->w / (float)n;
	bool rtl = c->lang->rtl;

	scene_add_box(s, (SDL_FRect){0, 0, (float)c->w, h}, ROLE_STRIP, false, ROLE_STRIP);
	for (int i = 0; i < n; i++) {
		/* Right-to-left readers meet the buttons in mirrored order. */
		int slot = rtl ? n - 1 - i : i;
		SDL_FRect r = {(float)slot * bw + 3 * c->unit, 4 * c->unit, bw - 6 * c->unit,
		               h - 8 * c->unit};
		text_layout *label = NULL;
		size_t lines = 0;

		/* Smaller type until the label takes two lines at most. */
		for (float size = 22; size >= 15; size -= 3.5f) {
			text_layout_destroy(label);
			label = ui_text(c, buttons[i].ctx, buttons[i].label, size * c->unit,
			                r.w - 4 * c->unit, true);
			if (label)
				text_layout_lines(label, &lines);
			if (lines <= 1 || (lines == 2 && size < 19))
				break;
		}
		widget *w = scene_add_button(s, buttons[i].action, 0, buttons[i].name, r,
		                             buttons[i].style, buttons[i].icon, label, rtl);

		if (w && buttons[i].action == ACT_BACK)
			w->mirror_icon = rtl; /* the arrow points to where the reader came from */
	}
	return h;
}

/* Columns for a grid of n tiles on this screen. */
static int columns(const screen_ctx *c, int n, int landscape_cols)
{
	int cols = c->w > c->h ? landscape_cols : 2;

	return cols > n ? n : cols;
}

void screens_picker(scene *s, const screen_ctx *c)
{
	const float u = c->unit;
	float top = MARGIN * u, y;
	int n = (int)language_count(), cols = columns(c, n, 4), rows = (n + cols - 1) / cols;
	float gap = 20 * u, cw, ch, hint_h = 0;
	text_layout *title =
	    typeset(c->fonts, english(), "MiRA-Senteret", 64 * u, (float)c->w, TYPE_UI, true);
	const char *saved = catalog_language();
	char keep[16];

	y = top;
	if (title) {
		float th = text_layout_height(title);

		scene_add_text(s, title, 0, y, ROLE_ACCENT, -1);
		y += th;
	}
	/* "Touch your language", in turn in every language that has it. */
	snprintf(keep, sizeof keep, "%s", saved);
	for (int i = 0, slot = 0; i < n; i++) {
		const language *lang = language_at((size_t)i);
		bool translated;
		const char *hint;
		text_layout *l;

		catalog_set_language(lang->code);
		/* TRANSLATORS: on the first screen, under the centre's name. */
		hint = catalog_get("picker", "Touch your language", &translated);
		if (!translated)
			continue;
		l = typeset(c->fonts, lang, hint, 34 * u, (float)c->w, TYPE_UI, true);
		if (l && text_layout_height(l) > hint_h)
			hint_h = text_layout_height(l);
		scene_add_text(s, l, 0, y + 8 * u, ROLE_INK, slot++);
	}
	catalog_set_language(keep);
	y += hint_h + 24 * u;
	cw = ((float)c->w - gap * (float)(cols + 1)) / (float)cols;
	ch = ((float)c->h - y - CORNER * u - gap * (float)rows) / (float)rows;
	if (ch > 200 * u)
		ch = 200 * u;
	for (int i = 0; i < n; i++) {
		const language *lang = language_at((size_t)i);
		int col = i % cols, row = i / cols;
		/* The grid reads in the visitor's direction only after she chose;
		 * here every language keeps its place. */
		SDL_FRect r = {gap + (float)col * (cw + gap), y + (float)row * (ch + gap), cw, ch};
		char name[40];

		snprintf(name, sizeof name, "lang:%s", lang->code);
		scene_add_button(
		    s, ACT_PICK_LANGUAGE, i, name, r, BUTTON_TILE, NULL,
		    typeset(c->fonts, lang, lang->autonym, 44 * u, r.w - 16 * u, TYPE_UI, true),
		    lang->rtl);
	}
}

void screens_topics(scene *s, const screen_ctx *c)
{
	const float u = c->unit;
	float top = screens_strip(s, c) + MARGIN * u, gap = 24 * u;
	int n = TOPIC_COUNT, cols = c->w > c->h ? 3 : 2, rows = (n + cols - 1) / cols;
	float tw = ((float)c->w - gap * (float)(cols + 1)) / (float)cols;
	float th = ((float)c->h - top - CORNER * u - gap * (float)rows) / (float)rows;
	bool rtl = c->lang->rtl;

	if (th > 320 * u)
		th = 320 * u;
	for (int i = 0; i < n; i++) {
		int col = i % cols, row = i / cols;
		int slot = rtl ? cols - 1 - col : col;
		SDL_FRect r = {gap + (float)slot * (tw + gap), top + (float)row * (th + gap), tw,
		               th};
		bool translated;
		const char *text = screens_topic_label((guide_topic)i, &translated);
		char name[40];

		snprintf(name, sizeof name, "topic:%s", guide_topic_id((guide_topic)i));
		scene_add_button(s, ACT_TOPIC, i, name, r, BUTTON_TILE,
		                 screens_topic_icon((guide_topic)i),
		                 typeset(c->fonts, translated ? c->lang : english(), text,
		                         34 * u * c->scale, r.w - 24 * u, TYPE_UI, true),
		                 rtl);
	}
}

void screens_list(scene *s, const screen_ctx *c, guide_topic topic)
{
	const float u = c->unit;
	float y = screens_strip(s, c) + MARGIN * u, x = 48 * u, w = (float)c->w - 96 * u;
	bool translated;
	const char *label = screens_topic_label(topic, &translated);
	text_layout *title = typeset(c->fonts, translated ? c->lang : english(), label,
	                             48 * u * c->scale, w, TYPE_UI, false);
	unsigned long count = 0;
	char buf[256];
	const char *fmt;

	for (size_t i = 0; i < c->guides->count; i++)
		count += c->guides->items[i]->topic == topic;
	if (title) {
		float h = text_layout_height(title);

		scene_add_text(s, title, x, y, ROLE_ACCENT, -1);
		y += h;
	}
	/* TRANSLATORS: how many guides a topic has; %lu is the number. */
	fmt = catalog_nget("list", "%lu guide", "%lu guides", count, &translated);
	snprintf(buf, sizeof buf, fmt, count);
	scene_add_text(s,
	               typeset(c->fonts, translated ? c->lang : english(), buf, 26 * u * c->scale,
	                       w, TYPE_UI, false),
	               x, y, ROLE_MUTED, -1);
	y += 56 * u * c->scale;
	for (size_t i = 0; i < c->guides->count; i++) {
		const guide *g = c->guides->items[i];
		char ctx[256], name[80];
		char *text;
		bool tr;
		float rh = 110 * u * c->scale;
		text_layout *l;

		if (g->topic != topic)
			continue;
		guide_msgctxt(g, NULL, ctx, sizeof ctx);
		text = localize(ctx, g->title, &tr);
		l = text ? typeset(c->fonts, tr ? c->lang : english(), text, 32 * u * c->scale,
		                   w - rh * 1.2f, TYPE_UI, false)
		         : NULL;
		free(text);
		if (l && text_layout_height(l) + 24 * u > rh)
			rh = text_layout_height(l) + 24 * u;
		snprintf(name, sizeof name, "guide:%s", g->id);
		scene_add_button(s, ACT_GUIDE, (int)i, name, (SDL_FRect){x, y, w, rh}, BUTTON_ROW,
		                 g->icon ? g->icon : "guide", l, c->lang->rtl);
		y += rh + 16 * u;
	}
}

void screens_guide(scene *s, const screen_ctx *c, const guide *g)
{
	float top = screens_strip(s, c);

	s->page_view = (SDL_Rect){0, (int)top, c->w, c->h - (int)top};
	s->page = guide_page_create(g, c->contacts, c->fonts, c->lang, c->w, c->h, c->scale);
}

void screens_idle(scene *s, const screen_ctx *c, int seconds_left)
{
	const float u = c->unit;
	float w = 760 * u, h = 360 * u;
	SDL_FRect box = {((float)c->w - w) / 2, ((float)c->h - h) / 2, w, h};
	char num[16];
	text_layout *msg, *count;

	scene_add_box(s, box, ROLE_SURFACE, true, ROLE_ACCENT);
	/* TRANSLATORS: shown when nobody has touched the kiosk for a while;
	 * after the countdown the kiosk goes back to the start. */
	msg = ui_text(c, "idle", "Touch the screen to continue", 40 * u, w - 64 * u, true);
	snprintf(num, sizeof num, "%d", seconds_left);
	count = typeset(c->fonts, english(), num, 96 * u, w, TYPE_UI, true);
	if (msg)
		scene_add_text(s, msg, box.x + 32 * u, box.y + 48 * u, ROLE_INK, -1);
	if (count)
		scene_add_text(s, count, box.x, box.y + h - 48 * u - text_layout_height(count),
		               ROLE_ACCENT, -1);
}

/* Staff screens are in English: staff read the reports in English. */
static text_layout *staff_text(const screen_ctx *c, const char *text, float size, float width,
                               bool center)
{
	return typeset(c->fonts, english(), text, size * c->unit, width, TYPE_UI, center);
}

void screens_pin(scene *s, const screen_ctx *c, int digits, const char *message)
{
	const float u = c->unit;
	float kw = 420 * u, key = 120 * u, gap = 16 * u, x0 = ((float)c->w - kw) / 2, y = 60 * u;
	char dots[32] = {0};
	static const char *const labels[12] = {"1", "2", "3", "4",     "5", "6",
	                                       "7", "8", "9", "Erase", "0", "OK"};

	scene_add_text(s, staff_text(c, "Staff: enter the PIN", 40, (float)c->w, true), 0, y,
	               ROLE_INK, -1);
	y += 70 * u;
	for (int i = 0; i < digits && i < 16; i++)
		dots[i] = '*';
	scene_add_text(s, staff_text(c, digits ? dots : "-", 48, (float)c->w, true), 0, y,
	               ROLE_ACCENT, -1);
	y += 70 * u;
	if (message)
		scene_add_text(s, staff_text(c, message, 28, (float)c->w, true), 0, y, ROLE_INK,
		               -1);
	y += 60 * u;
	for (int i = 0; i < 12; i++) {
		SDL_FRect r = {x0 + (float)(i % 3) * (key + gap), y + (float)(i / 3) * (key + gap),
		               key, key};
		char name[16];
		ui_action act = i == 9 ? ACT_PIN_ERASE : i == 11 ? ACT_PIN_OK : ACT_PIN_DIGIT;
		int digit = i == 10 ? 0 : i + 1;

		if (act == ACT_PIN_DIGIT)
			snprintf(name, sizeof name, "pin:%d", digit);
		else
			snprintf(name, sizeof name, "pin:%s", i == 9 ? "erase" : "ok");
		scene_add_button(s, act, digit, name, r, BUTTON_TILE, NULL,
		                 staff_text(c, labels[i], 36, key, true), false);
	}
	scene_add_button(s, ACT_STAFF_CLOSE, 0, "staff:close",
	                 (SDL_FRect){x0, y + 4 * (key + gap), kw, 90 * u}, BUTTON_TILE, NULL,
	                 staff_text(c, "Cancel", 32, kw, true), false);
}

void screens_staff_menu(scene *s, const screen_ctx *c)
{
	static const struct {
		ui_action action;
		const char *name, *label;
	} items[] = {
	    {ACT_STAFF_RELOAD, "staff:reload", "Reload guides and catalogs"},
	    {ACT_STAFF_STATUS, "staff:status", "Catalog and content status"},
	    {ACT_STAFF_EXIT, "staff:exit", "Exit the program"},
	    {ACT_STAFF_CLOSE, "staff:close", "Close the staff menu"},
	};
	const float u = c->unit;
	float w = 900 * u, h = 120 * u, x = ((float)c->w - w) / 2, y = 60 * u;

	scene_add_text(s, staff_text(c, "Staff menu", 44, (float)c->w, true), 0, y, ROLE_ACCENT,
	               -1);
	y += 100 * u;
	for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
		scene_add_button(s, items[i].action, 0, items[i].name, (SDL_FRect){x, y, w, h},
		                 BUTTON_TILE, NULL, staff_text(c, items[i].label, 32, w, true),
		                 false);
		y += h + 24 * u;
	}
}

void screens_status(scene *s, const screen_ctx *c, const char *report)
{
	const float u = c->unit;
	float y = 40 * u, w = (float)c->w - 96 * u;
	text_layout *l;

	scene_add_button(s, ACT_STAFF_CLOSE, 0, "staff:close",
	                 (SDL_FRect){48 * u, y, 360 * u, 90 * u}, BUTTON_TILE, NULL,
	                 staff_text(c, "Close", 30, 360 * u, true), false);
	y += 120 * u;
	/* One layout per line keeps each line's direction its own. */
	for (const char *p = report; *p && y < (float)c->h;) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char line[512];

		snprintf(line, sizeof line, "%.*s",
		         (int)(n < sizeof line - 1 ? n : sizeof line - 1), p);
		l = staff_text(c, *line ? line : " ", 22, w, false);
		if (l) {
			float h = text_layout_height(l);

			scene_add_text(s, l, 48 * u, y, ROLE_INK, -1);
			y += h;
		}
		p += n + (e ? 1 : 0);
	}
}
