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
text_layout *screens_text(const screen_ctx *c, const char *ctx, const char *msgid, float size,
                          float width, bool center)
{
	bool translated;
	const char *text = catalog_get(ctx, msgid, &translated);

	return typeset(c->fonts, translated ? c->lang : english(), text, size, width, TYPE_UI,
	               center);
}

static const struct {
	const char *ctx, *msgid;
} topic_labels[TOPIC_COUNT] = {
    {CTX_MSG("topic", "Rights")},
    {CTX_MSG("topic", "Mental health")},
    {CTX_MSG("topic", "Family and children")},
    {CTX_MSG("topic", "Daily life")},
    {CTX_MSG("topic", "Local services")},
    {CTX_MSG("topic", "About the centre")},
    {CTX_MSG("topic", "Help now")},
};

const char *screens_topic_english(guide_topic topic)
{
	return topic_labels[topic < TOPIC_COUNT ? topic : TOPIC_HELP_NOW].msgid;
}

const char *screens_topic_label(guide_topic topic, bool *translated)
{
	return catalog_get("topic", screens_topic_english(topic), translated);
}

const char *screens_spoken_to(void)
{
	bool translated;

	/* TRANSLATORS: read aloud between the two ends of a range, such as
	 * opening hours "09:00–16:00" (heard as "9 to 16") or ages "18–55".
	 * One word or two, as you would say it. */
	return catalog_get("speech", "to", &translated);
}

const char *screens_spoken_section(void)
{
	bool translated;

	/* TRANSLATORS: read aloud for the sign § before a law's paragraph
	 * number ("§ 53" is heard as "section 53"); the word your language
	 * uses for a paragraph of a law. */
	return catalog_get("speech", "section", &translated);
}

const char *screens_topic_icon(guide_topic topic)
{
	static const char *const icons[] = {"rights",     "mental-health",  "family",
	                                    "daily-life", "local-services", "about",
	                                    "help-now"};

	return topic < TOPIC_COUNT ? icons[topic] : "guide";
}

typedef struct {
	ui_action action;
	const char *name, *icon, *ctx, *label;
	button_style style;
} strip_button;

/* A line at the bottom for whoever sets the kiosk up (no staff PIN yet);
 * returns the height it takes. */
static float setup_note(scene *s, const screen_ctx *c)
{
	text_layout *l;
	float h, pad = 8 * c->unit;

	if (!c->setup_note)
		return 0;
	l = typeset(c->fonts, english(), c->setup_note, 20 * c->unit, (float)c->w - 2 * pad,
	            TYPE_UI, true);
	if (!l)
		return 0;
	h = text_layout_height(l) + 2 * pad;
	scene_add_box(s, (SDL_FRect){0, (float)c->h - h, (float)c->w, h}, ROLE_STRIP, false,
	              ROLE_STRIP);
	scene_text *t = scene_add_text(s, l, pad, (float)c->h - h + pad, ROLE_STRIP_INK, -1);
	if (t) {
		t->background = ROLE_STRIP;
		t->lang = "en";
		t->fallback_marked = true; /* for staff, not the visitor */
	}
	return h;
}

/* Everything added from here scrolls, between top and the setup note. */
static void begin_content(scene *s, const screen_ctx *c, float top)
{
	float bottom = (float)c->h - setup_note(s, c);

	s->rtl = c->lang->rtl;
	scene_begin_scroll(s, (SDL_Rect){0, (int)top, c->w, (int)(bottom - top)});
}

scene_text *screens_add(scene *s, text_layout *l, float x, float y, color_role color,
                        const language *lang, color_role background)
{
	scene_text *t = scene_add_text(s, l, x, y, color, -1);

	if (t) {
		t->lang = lang->code;
		t->background = background;
	}
	return t;
}

void screens_row_fit(widget *w, const screen_ctx *c)
{
	float side = ROW_ICON * c->unit, pad = ROW_PAD * c->unit;
	float lw = w->label ? text_layout_width(w->label) : 0;
	float lh = w->label ? text_layout_height(w->label) : 0;
	bool rtl = c->lang->rtl;

	if (!w->icon)
		side = 0;
	w->icon_rect = (SDL_FRect){rtl ? w->rect.x + w->rect.w - pad - side : w->rect.x + pad,
	                           w->rect.y + (w->rect.h - side) / 2, side, side};
	w->label_x = rtl ? w->rect.x + w->rect.w - pad - side - (side ? pad : 0) - lw
	                 : w->rect.x + pad + side + (side ? pad : 0);
	w->label_y = w->rect.y + (w->rect.h - lh) / 2;
}

/* A strip label that fits the button in at most two lines, at the visitor's
 * text size; shrinks a little before it wraps further, never below 20
 * design pixels. */
/* Whether a line of l ends inside a word (an emergency break). */
static bool splits_a_word(const text_layout *l)
{
	size_t nlines, n;
	const text_line *lines = text_layout_lines(l, &nlines);
	const uint32_t *cps = text_layout_text(l, &n);

	for (size_t i = 0; i + 1 < nlines; i++) {
		size_t e = lines[i].end;

		if (e > 0 && e < n && cps[e - 1] != ' ' && cps[e - 1] != '-' &&
		    cps[e - 1] != 0x1361 && cps[e - 1] != 0x200B && cps[e - 1] != '/')
			return true;
	}
	return false;
}

/* A strip label that fits the button in at most two lines, at the visitor's
 * text size; shrinks a little before it wraps further, never below 20
 * design pixels, and to 17 only where a single long word would otherwise
 * be cut ("Tekststørrelse"). */
static text_layout *strip_label(const screen_ctx *c, const strip_button *b, float width)
{
	float nominal = 22 * c->unit * c->scale, floor = 20 * c->unit, word_floor = 17 * c->unit;
	text_layout *label = NULL;
	size_t lines = 0;

	for (float size = nominal;; size *= 0.92f) {
		bool split;

		if (size < word_floor)
			size = word_floor;
		text_layout_destroy(label);
		label = screens_text(c, b->ctx, b->label, size, width, true);
		if (!label)
			return NULL;
		text_layout_lines(label, &lines);
		split = splits_a_word(label);
		if ((lines <= 2 && !split) || size <= word_floor || (size <= floor && !split))
			return label;
	}
}

void screens_strip(scene *s, const screen_ctx *c)
{
	static const strip_button all[] = {
	    {ACT_HOME, "home", "home", CTX_MSG("strip", "Home"), BUTTON_STRIP},
	    {ACT_BACK, "back", "back", CTX_MSG("strip", "Back"), BUTTON_STRIP},
	    {ACT_LANGUAGE_MENU, "language", "language", CTX_MSG("strip", "Language"), BUTTON_STRIP},
	    {ACT_TEXT_SIZE, "text-size", "text-size", CTX_MSG("strip", "Text size"), BUTTON_STRIP},
	    {ACT_CONTRAST, "contrast", "contrast", CTX_MSG("strip", "Contrast"), BUTTON_STRIP},
	    /* TRANSLATORS: strip button that reads the screen aloud. */
	    {ACT_LISTEN, "listen", "listen", CTX_MSG("strip", "Listen"), BUTTON_STRIP},
	    /* TRANSLATORS: the same button while the voice reads: it pauses. */
	    {ACT_LISTEN, "listen", "pause", CTX_MSG("strip", "Pause"), BUTTON_STRIP},
	    {ACT_HELP_NOW, "help-now", "help-now", CTX_MSG("strip", "Help now"), BUTTON_STRIP},
	    {ACT_QUICK_EXIT, "quick-exit", "quick-exit", CTX_MSG("strip", "Quick exit"),
	     BUTTON_EXIT},
	};
	enum { ALL = sizeof all / sizeof all[0] };
	strip_button buttons[ALL];
	int N = 0;

	/* The Listen button only where a voice reads the language. */
	for (int i = 0; i < ALL; i++) {
		bool listen = all[i].action == ACT_LISTEN;
		bool pause = listen && strcmp(all[i].icon, "pause") == 0;

		if (!listen || (c->listen == LISTEN_START && !pause) ||
		    (c->listen == LISTEN_PAUSE && pause))
			buttons[N++] = all[i];
	}
	const float u = c->unit;
	float bw = (float)c->w / (float)N, icon = 40 * u, gap = 6 * u, gauge = 22 * u;
	float pad = 10 * u, label_h = 0, h;
	text_layout *labels[ALL];
	bool rtl = c->lang->rtl;

	/* The strip is as tall as its tallest label needs, with the icons at
	 * full size: labels grow with the text size, and tall scripts
	 * (Nastaliq) keep their icons. */
	for (int i = 0; i < N; i++) {
		labels[i] = strip_label(c, &buttons[i], bw - 12 * u);
		if (labels[i] && text_layout_height(labels[i]) > label_h)
			label_h = text_layout_height(labels[i]);
	}
	h = 8 * u + pad + icon + gap + label_h + gauge + pad;
	if (h < 104 * u)
		h = 104 * u;
	scene_add_box(s, (SDL_FRect){0, 0, (float)c->w, h}, ROLE_STRIP, false, ROLE_STRIP);
	for (int i = 0; i < N; i++) {
		/* Right-to-left readers meet the buttons in mirrored order. */
		int slot = rtl ? N - 1 - i : i;
		SDL_FRect r = {(float)slot * bw + 3 * u, 4 * u, bw - 6 * u, h - 8 * u};
		float lw = labels[i] ? text_layout_width(labels[i]) : 0;
		/* Icons in one row, whatever the length of each label. */
		float top = r.y + (r.h - gauge - icon - gap - label_h) / 2;
		widget *w = scene_add_button(s, buttons[i].action, 0, buttons[i].name, r,
		                             buttons[i].style, buttons[i].icon, labels[i], rtl);

		if (!w)
			continue;
		w->icon_rect = (SDL_FRect){r.x + (r.w - icon) / 2, top, icon, icon};
		w->label_x = r.x + (r.w - lw) / 2;
		w->label_y = top + icon + gap;
		if (buttons[i].action == ACT_BACK)
			w->mirror_icon = rtl; /* the arrow points to where the reader came from */
		if (buttons[i].action == ACT_HOME)
			w->disabled = c->at_home;
		if (buttons[i].action == ACT_TEXT_SIZE) {
			w->level = c->scale_level;
			w->levels = c->scale_levels;
			/* Below the label, clear of its descenders. */
			w->gauge_rect = (SDL_FRect){r.x, r.y + r.h - 4 * u - 9 * u, r.w, 9 * u};
		}
	}
	begin_content(s, c, h);
}

/* Columns for a grid of n tiles on this screen. */
static int columns(const screen_ctx *c, int n, int landscape_cols)
{
	int cols = c->w > c->h ? landscape_cols : 2;

	return cols > n ? n : cols;
}

/* The language tiles from y down, each name in its own script and size;
 * rows as tall as room allows (fit_h) but never lower than a name needs. */
static void language_grid(scene *s, const screen_ctx *c, float y, float fit_h, float scale)
{
	const float u = c->unit;
	int n = (int)language_count(), cols = columns(c, n, 4), rows = (n + cols - 1) / cols;
	float gap = 20 * u, cw = ((float)c->w - gap * (float)(cols + 1)) / (float)cols;
	float ch = (fit_h - gap * (float)rows) / (float)rows;
	text_layout *names[32] = {0};

	if (ch > 200 * u)
		ch = 200 * u;
	for (int i = 0; i < n && i < 32; i++) {
		const language *lang = language_at((size_t)i);
		float optical = lang->optical_scale > 0 ? lang->optical_scale : 1;

		names[i] = typeset(c->fonts, lang, lang->autonym, 44 * u * scale * optical,
		                   cw - 16 * u, TYPE_UI, true);
		if (names[i] && text_layout_height(names[i]) + 24 * u > ch)
			ch = text_layout_height(names[i]) + 24 * u;
	}
	if (ch < 110 * u)
		ch = 110 * u;
	for (int i = 0; i < n && i < 32; i++) {
		const language *lang = language_at((size_t)i);
		int col = i % cols, row = i / cols;
		/* The grid reads in the same order for everyone: every language
		 * keeps its place. */
		SDL_FRect r = {gap + (float)col * (cw + gap), y + (float)row * (ch + gap), cw, ch};
		char name[40];

		snprintf(name, sizeof name, "lang:%s", lang->code);
		scene_add_button(s, ACT_PICK_LANGUAGE, i, name, r, BUTTON_TILE, NULL, names[i],
		                 lang->rtl);
	}
}

void screens_picker(scene *s, const screen_ctx *c)
{
	const float u = c->unit;
	float y = MARGIN * u, hint_h = 0;
	text_layout *title =
	    typeset(c->fonts, english(), "MiRA-Senteret", 64 * u, (float)c->w, TYPE_UI, true);
	const char *saved = catalog_language();
	char keep[16];
	scene_text *t;

	begin_content(s, c, 0);
	if (title) {
		float th = text_layout_height(title);

		screens_add(s, title, 0, y, ROLE_ACCENT, language_find("nb"), ROLE_BACKGROUND);
		y += th;
	}
	/* "Touch your language", in turn in every language that has it. */
	snprintf(keep, sizeof keep, "%s", saved);
	for (int i = 0, slot = 0; i < (int)language_count(); i++) {
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
		t = scene_add_text(s, l, 0, y + 8 * u, ROLE_INK, slot++);
		if (t) {
			t->lang = lang->code;
			/* The English one among them is English on purpose. */
			t->fallback_marked = strcmp(lang->code, "en") == 0;
		}
	}
	catalog_set_language(keep);
	y += hint_h + 24 * u;
	language_grid(s, c, y, (float)s->view.h - y - CORNER * u, 1);
}

void screens_language_menu(scene *s, const screen_ctx *c)
{
	const float u = c->unit;
	float x = 48 * u, w = (float)c->w - 96 * u, y, bw = 300 * u * c->scale;
	text_layout *title, *cancel;

	screens_strip(s, c);
	y = (float)s->view.y + MARGIN * u;
	/* TRANSLATORS: title of the language menu opened from the strip. */
	title = screens_text(c, "menu", "Choose your language", 44 * u * c->scale, w - bw - 24 * u,
	                     false);
	/* TRANSLATORS: leaves the language menu without changing the language. */
	cancel = screens_text(c, "menu", "Cancel", 32 * u * c->scale, bw - 24 * u, true);
	if (bw > w / 2)
		bw = w / 2;
	{
		float th = title ? text_layout_height(title) : 0,
		      ch = cancel ? text_layout_height(cancel) + 40 * u : 0, row = th;
		bool rtl = c->lang->rtl;
		bool tr;

		catalog_get("menu", "Choose your language", &tr);
		if (ch < 96 * u)
			ch = 96 * u;
		if (ch > row)
			row = ch;
		/* Cancel at the end edge, the title at the start edge. */
		screens_add(s, title, rtl ? x + bw + 24 * u : x, y + (row - th) / 2, ROLE_ACCENT,
		            tr ? c->lang : english(), ROLE_BACKGROUND);
		scene_add_button(s, ACT_BACK, 0, "menu:cancel",
		                 (SDL_FRect){rtl ? x : x + w - bw, y + (row - ch) / 2, bw, ch},
		                 BUTTON_TILE, NULL, cancel, rtl);
		y += row + 24 * u;
	}
	language_grid(s, c, y, (float)(s->view.y + s->view.h) - y - CORNER * u, c->scale);
}

void screens_topics(scene *s, const screen_ctx *c)
{
	const float u = c->unit;
	float top, gap = 24 * u;
	int n = TOPIC_COUNT, cols = c->w > c->h ? 3 : 2, rows = (n + cols - 1) / cols;
	float tw = ((float)c->w - gap * (float)(cols + 1)) / (float)cols, th;
	bool rtl = c->lang->rtl;
	text_layout *labels[TOPIC_COUNT];
	const language *label_lang[TOPIC_COUNT];
	float need = 0;

	screens_strip(s, c);
	top = (float)s->view.y + MARGIN * u;
	if (c->welcome) {
		/* Once, on the first screen after the picker (GOV.UK's "exit this
		 * page" pattern says so too): how to leave, and that nothing stays. */
		bool tr;
		/* TRANSLATORS: shown once, above the topics, after she picks her
		 * language; "the yellow button" is Quick exit. */
		const char *text = catalog_get("welcome",
		                               "The yellow button clears the screen at once. This "
		                               "kiosk keeps nothing about your visit.",
		                               &tr);
		text_layout *l =
		    typeset(c->fonts, tr ? c->lang : english(), text, 28 * u * c->scale,
		            (float)c->w - 2 * gap - 48 * u, TYPE_UI, false);
		float h = l ? text_layout_height(l) : 0;

		scene_add_box(s, (SDL_FRect){gap, top - 8 * u, (float)c->w - 2 * gap, h + 32 * u},
		              ROLE_NOTE, false, ROLE_NOTE);
		screens_add(s, l, gap + 24 * u, top + 8 * u, ROLE_INK, tr ? c->lang : english(),
		            ROLE_NOTE);
		top += h + 32 * u + gap;
	}
	th = ((float)(s->view.y + s->view.h) - top - CORNER * u - gap * (float)rows) / (float)rows;
	if (th > 320 * u)
		th = 320 * u;
	for (int i = 0; i < n; i++) {
		bool translated;
		const char *text = screens_topic_label((guide_topic)i, &translated);

		label_lang[i] = translated ? c->lang : english();
		labels[i] = typeset(c->fonts, label_lang[i], text, 34 * u * c->scale, tw - 24 * u,
		                    TYPE_UI, true);
		/* Room for the icon (at least 64 design pixels) and the label. */
		if (labels[i] && text_layout_height(labels[i]) + 64 * u + 48 * u > need)
			need = text_layout_height(labels[i]) + 64 * u + 48 * u;
	}
	if (th < need)
		th = need;
	for (int i = 0; i < n; i++) {
		int col = i % cols, row = i / cols;
		int slot = rtl ? cols - 1 - col : col;
		SDL_FRect r = {gap + (float)slot * (tw + gap), top + (float)row * (th + gap), tw,
		               th};
		char name[40];

		bool translated;

		snprintf(name, sizeof name, "topic:%s", guide_topic_id((guide_topic)i));
		scene_add_button(s, ACT_TOPIC, i, name, r, BUTTON_TILE,
		                 screens_topic_icon((guide_topic)i), labels[i], rtl);
		scene_add_spoken(s, "topic", screens_topic_english((guide_topic)i),
		                 screens_topic_label((guide_topic)i, &translated),
		                 label_lang[i]->code, r);
	}
}

void screens_list(scene *s, const screen_ctx *c, guide_topic topic)
{
	const float u = c->unit;
	float y, x = 48 * u, w = (float)c->w - 96 * u;
	bool translated;
	const char *label = screens_topic_label(topic, &translated);
	const language *title_lang = translated ? c->lang : english();
	text_layout *title;
	unsigned long count = 0;
	char buf[256];
	const char *fmt;

	screens_strip(s, c);
	y = (float)s->view.y + MARGIN * u;
	title = typeset(c->fonts, title_lang, label, 48 * u * c->scale, w, TYPE_UI, false);
	for (size_t i = 0; i < c->guides->count; i++)
		count += c->guides->items[i]->topic == topic;
	if (title) {
		float h = text_layout_height(title);

		screens_add(s, title, x, y, ROLE_ACCENT, title_lang, ROLE_BACKGROUND);
		scene_add_spoken(s, "topic", screens_topic_english(topic), label, title_lang->code,
		                 (SDL_FRect){x, y, w, h});
		y += h;
	}
	/* TRANSLATORS: how many guides a topic has; %lu is the number. */
	fmt = catalog_nget("list", "%lu guide", "%lu guides", count, &translated);
	snprintf(buf, sizeof buf, fmt, count);
	{
		const language *l = translated ? c->lang : english();
		text_layout *t = typeset(c->fonts, l, buf, 26 * u * c->scale, w, TYPE_UI, false);
		float h = t ? text_layout_height(t) : 0;

		screens_add(s, t, x, y, ROLE_MUTED, l, ROLE_BACKGROUND);
		y += h + 24 * u;
	}
	for (size_t i = 0; i < c->guides->count; i++) {
		const guide *g = c->guides->items[i];
		char ctx[256], name[80];
		char *text;
		bool tr;
		const char *spoken;
		float rh = 110 * u * c->scale, base = rh;
		text_layout *l;
		widget *row;

		if (g->topic != topic)
			continue;
		guide_msgctxt(g, NULL, ctx, sizeof ctx);
		text = localize(ctx, g->title, &tr);
		spoken = catalog_get(ctx, g->title, &tr);
		l = text ? typeset(c->fonts, tr ? c->lang : english(), text, 32 * u * c->scale,
		                   w - rh * 1.2f, TYPE_UI, false)
		         : NULL;
		free(text);
		if (l && text_layout_height(l) + 24 * u > rh)
			rh = text_layout_height(l) + 24 * u;
		snprintf(name, sizeof name, "guide:%s", g->id);
		row = scene_add_button(s, ACT_GUIDE, (int)i, name, (SDL_FRect){x, y, w, rh},
		                       BUTTON_ROW, g->icon ? g->icon : "guide", l, c->lang->rtl);
		scene_add_spoken(s, ctx, g->title, spoken, tr ? c->lang->code : "en",
		                 (SDL_FRect){x, y, w, rh});
		if (row && rh > base) {
			/* A row of two or three lines keeps the icon and the
			 * label's room of a one-line row. */
			float side = base * 0.6f, pad = base * 0.2f,
			      lw = l ? text_layout_width(l) : 0;

			row->icon_rect = (SDL_FRect){c->lang->rtl ? x + w - pad - side : x + pad,
			                             y + (rh - side) / 2, side, side};
			row->label_x = c->lang->rtl ? x + w - 2 * pad - side - lw : x + base;
		}
		y += rh + 16 * u;
	}
}

/* A row of buttons at the top of a guide: Norwegian beside her language
 * (or her language alone again), and Show to staff on the help-now page.
 * Returns the height they take. */
static float guide_tools(scene *s, const screen_ctx *c, const guide *g)
{
	const float u = c->unit;
	typedef struct {
		ui_action action;
		const char *name, *ctx, *msgid;
	} tool;
	tool tools[2];
	int n = 0;
	float x = 80 * u, gap = 16 * u, y = (float)s->view.y + 16 * u, bh = 100 * u;
	float bw;

	/* A Norwegian reader has nothing to put beside her language. */
	if (strcmp(c->lang->code, "nb") != 0) {
		if (c->bilingual)
			/* TRANSLATORS: a button on a guide shown in her language and
			 * Norwegian together: back to her language alone. */
			tools[n++] = (tool){ACT_NORWEGIAN, "norwegian:off",
			                    CTX_MSG("page", "Only my language")};
		else
			/* TRANSLATORS: a button on every guide: shows each block in her
			 * language and in Norwegian together. Keep "(Norsk)". */
			tools[n++] = (tool){ACT_NORWEGIAN, "norwegian:on",
			                    CTX_MSG("page", "Show in Norwegian (Norsk)")};
	}
	if (g->topic == TOPIC_HELP_NOW)
		tools[n++] = (tool){ACT_PHRASES, "phrases", CTX_MSG("phrases", "Show to staff")};
	if (n == 0)
		return 0;
	bw = ((float)c->w - 2 * x - gap * (float)(n - 1)) / (float)n;
	if (bw > 640 * u)
		bw = 640 * u;
	for (int i = 0; i < n; i++) {
		text_layout *l = screens_text(c, tools[i].ctx, tools[i].msgid, 28 * u * c->scale,
		                              bw - (ROW_ICON + 3 * ROW_PAD) * u, false);
		int slot = c->lang->rtl ? n - 1 - i : i;
		float lh = l ? text_layout_height(l) + 24 * u : bh;

		if (lh > bh)
			bh = lh;
		scene_add_button(s, tools[i].action, 0, tools[i].name,
		                 (SDL_FRect){c->lang->rtl
		                                 ? (float)c->w - x - bw - (float)slot * (bw + gap)
		                                 : x + (float)slot * (bw + gap),
		                             y, bw, bh},
		                 BUTTON_ROW, tools[i].action == ACT_PHRASES ? "talk" : "language",
		                 l, c->lang->rtl);
	}
	/* All one height: the tallest label's. */
	for (size_t i = s->widget_count - (size_t)n; i < s->widget_count; i++) {
		s->widgets[i].rect.h = bh;
		screens_row_fit(&s->widgets[i], c);
	}
	return 16 * u + bh + 8 * u;
}

/* "Take with you" at the lower end of each card, in the room the page left. */
static void card_buttons(scene *s, const screen_ctx *c)
{
	size_t n;
	const page_item *items = guide_page_items(s->page, &n);
	float unit = c->unit * c->scale, bh = (GUIDE_CARD_BUTTON - 24) * unit;
	widget *w;

	for (size_t i = 0; i < n; i++) {
		const page_item *it = &items[i];
		float bw = 420 * unit, x, y;
		text_layout *l;
		char name[80];

		if (it->kind != ITEM_CARD || !it->card)
			continue;
		if (bw > it->w - 48 * unit)
			bw = it->w - 48 * unit;
		/* TRANSLATORS: a button on a contact card: a QR code to take the
		 * contact home on her phone. */
		l = screens_text(c, "card", "Take with you", 26 * unit,
		                 bw - (ROW_ICON + 3 * ROW_PAD) * c->unit, false);
		x = (float)s->view.x + it->x + (c->lang->rtl ? 24 * unit : it->w - 24 * unit - bw);
		y = (float)s->view.y + s->page_y + it->y + it->h - bh - 12 * unit;
		snprintf(name, sizeof name, "qr:%s", it->card->id);
		w = scene_add_button(s, ACT_QR, (int)(it->card - c->contacts->items), name,
		                     (SDL_FRect){x, y, bw, bh}, BUTTON_ROW, "qr", l, c->lang->rtl);
		if (w)
			screens_row_fit(w, c);
	}
}

void screens_guide(scene *s, const screen_ctx *c, const guide *g)
{
	screens_strip(s, c);
	s->page_y = guide_tools(s, c, g);
	scene_set_page(s, guide_page_create(g, c->contacts, c->fonts, c->lang,
	                                    c->bilingual ? language_find("nb") : NULL, c->w, c->h,
	                                    c->scale));
	if (s->page)
		card_buttons(s, c);
}

void screens_idle(scene *s, const screen_ctx *c, int seconds_left)
{
	const float u = c->unit;
	float w = 820 * u, pad = 40 * u, y, bw, bh = 110 * u, gap = 24 * u;
	SDL_FRect box;
	char buf[256];
	const char *fmt;
	bool tr, rtl = c->lang->rtl;
	text_layout *msg, *count, *go_on, *start_over;
	float mh, ch;

	if (w > (float)c->w - 40 * u)
		w = (float)c->w - 40 * u;
	bw = (w - 2 * pad - gap) / 2;
	/* TRANSLATORS: shown when nobody has touched the kiosk for a while; %d
	 * is the seconds left before it goes back to the first screen. */
	fmt = catalog_nget("idle",
	                   "In %d second the kiosk goes back to the start and forgets this visit.",
	                   "In %d seconds the kiosk goes back to the start and forgets this visit.",
	                   (unsigned long)seconds_left, &tr);
	snprintf(buf, sizeof buf, fmt, seconds_left);
	msg = typeset(c->fonts, tr ? c->lang : english(), buf, 36 * u, w - 2 * pad, TYPE_UI, true);
	snprintf(buf, sizeof buf, "%d", seconds_left);
	count = typeset(c->fonts, english(), buf, 96 * u, w, TYPE_NUMBER, true);
	/* TRANSLATORS: idle countdown button: keep reading. */
	go_on = screens_text(c, "idle", "Continue", 34 * u, bw - 16 * u, true);
	/* TRANSLATORS: idle countdown button: forget everything now. */
	start_over = screens_text(c, "idle", "Start over", 34 * u, bw - 16 * u, true);
	mh = msg ? text_layout_height(msg) : 0;
	ch = count ? text_layout_height(count) : 0;
	if (go_on && text_layout_height(go_on) + 32 * u > bh)
		bh = text_layout_height(go_on) + 32 * u;
	if (start_over && text_layout_height(start_over) + 32 * u > bh)
		bh = text_layout_height(start_over) + 32 * u;
	box.w = w;
	box.h = pad + mh + 16 * u + ch + 16 * u + bh + pad;
	box.x = ((float)c->w - w) / 2;
	box.y = ((float)c->h - box.h) / 2;
	scene_add_box(s, box, ROLE_SURFACE, true, ROLE_ACCENT);
	y = box.y + pad;
	screens_add(s, msg, box.x + pad, y, ROLE_INK, tr ? c->lang : english(), ROLE_SURFACE);
	y += mh + 16 * u;
	screens_add(s, count, box.x, y, ROLE_ACCENT, c->lang, ROLE_SURFACE);
	y += ch + 16 * u;
	{
		/* Continue where the reader starts, Start over after it. */
		float first = box.x + pad, second = box.x + pad + bw + gap;

		scene_add_button(s, ACT_IDLE_CONTINUE, 0, "idle:continue",
		                 (SDL_FRect){rtl ? second : first, y, bw, bh}, BUTTON_TILE, NULL,
		                 go_on, rtl);
		scene_add_button(s, ACT_IDLE_START_OVER, 0, "idle:start-over",
		                 (SDL_FRect){rtl ? first : second, y, bw, bh}, BUTTON_TILE, NULL,
		                 start_over, rtl);
	}
}

void screens_listen_prompt(scene *s, const screen_ctx *c)
{
	const float u = c->unit;
	float pad = 24 * u, icon = 64 * u, w = (float)c->w - 2 * 48 * u, h;
	bool keep = s->scrolling;
	/* TRANSLATORS: shown when she taps Listen on a kiosk set to
	 * headphones: others in the waiting room could hear the page. */
	text_layout *l = screens_text(c, "listen", "Put on the headphones. Then tap Listen again.",
	                              34 * u * c->scale, w - 3 * pad - icon, false);
	widget *b;

	if (!l)
		return;
	h = text_layout_height(l) + 2 * pad;
	if (h < icon + 2 * pad)
		h = icon + 2 * pad;
	/* Fixed over the top of the view, not part of what scrolls. */
	s->scrolling = false;
	b = scene_add_button(s, ACT_LISTEN, 0, "listen:prompt",
	                     (SDL_FRect){48 * u, (float)s->view.y + 16 * u, w, h}, BUTTON_ROW,
	                     "headphones", l, c->lang->rtl);
	if (b) {
		float lw = text_layout_width(l);

		b->icon_rect =
		    (SDL_FRect){c->lang->rtl ? b->rect.x + w - pad - icon : b->rect.x + pad,
		                b->rect.y + (h - icon) / 2, icon, icon};
		b->label_x =
		    c->lang->rtl ? b->rect.x + w - 2 * pad - icon - lw : b->rect.x + 2 * pad + icon;
		b->label_y = b->rect.y + (h - text_layout_height(l)) / 2;
	}
	s->scrolling = keep;
}

/* Staff screens are in English: staff read the reports in English. */
static text_layout *staff_text(const screen_ctx *c, const char *text, float size, float width,
                               bool center)
{
	return typeset(c->fonts, english(), text, size * c->unit, width, TYPE_UI, center);
}

static void staff_line(scene *s, text_layout *l, float x, float y, color_role color)
{
	scene_text *t = scene_add_text(s, l, x, y, color, -1);

	if (t) {
		t->lang = "en";
		t->fallback_marked = true; /* staff read English */
	}
}

void screens_pin(scene *s, const screen_ctx *c, int digits, const char *message)
{
	const float u = c->unit;
	float kw = 420 * u, key = 120 * u, gap = 16 * u, x0 = ((float)c->w - kw) / 2, y = 60 * u;
	char dots[32] = {0};
	static const char *const labels[12] = {"1", "2", "3", "4",     "5", "6",
	                                       "7", "8", "9", "Erase", "0", "OK"};

	begin_content(s, c, 0);
	s->rtl = false;
	staff_line(s, staff_text(c, "Staff: enter the PIN", 40, (float)c->w, true), 0, y, ROLE_INK);
	y += 70 * u;
	for (int i = 0; i < digits && i < 16; i++)
		dots[i] = '*';
	staff_line(s, staff_text(c, digits ? dots : "-", 48, (float)c->w, true), 0, y, ROLE_ACCENT);
	y += 70 * u;
	if (message)
		staff_line(s, staff_text(c, message, 28, (float)c->w - 40 * u, true), 20 * u, y,
		           ROLE_INK);
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
	                 (SDL_FRect){x0, y + 4 * (key + gap), kw, 100 * u}, BUTTON_TILE, NULL,
	                 staff_text(c, "Cancel", 32, kw, true), false);
}

void screens_staff_menu(scene *s, const screen_ctx *c, const char *message)
{
	static const struct {
		ui_action action;
		const char *name, *label;
	} items[] = {
	    {ACT_STAFF_RELOAD, "staff:reload", "Reload guides and catalogs"},
	    {ACT_STAFF_STATUS, "staff:status", "Catalog and content status"},
	    {ACT_STAFF_EXIT_ASK, "staff:exit", "Exit the program"},
	    {ACT_STAFF_CLOSE, "staff:close", "Close the staff menu"},
	};
	const float u = c->unit;
	float w = 900 * u, h = 120 * u, x, y = 60 * u;

	if (w > (float)c->w - 40 * u)
		w = (float)c->w - 40 * u;
	x = ((float)c->w - w) / 2;
	begin_content(s, c, 0);
	s->rtl = false;
	s->rtl = false;
	staff_line(s, staff_text(c, "Staff menu", 44, (float)c->w, true), 0, y, ROLE_ACCENT);
	y += 100 * u;
	if (message) {
		text_layout *l = staff_text(c, message, 26, w, true);

		if (l) {
			float mh = text_layout_height(l);

			staff_line(s, l, x, y, ROLE_INK);
			y += mh + 24 * u;
		}
	}
	for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
		scene_add_button(s, items[i].action, 0, items[i].name, (SDL_FRect){x, y, w, h},
		                 BUTTON_TILE, NULL, staff_text(c, items[i].label, 32, w, true),
		                 false);
		y += h + 24 * u;
	}
}

void screens_staff_exit(scene *s, const screen_ctx *c)
{
	const float u = c->unit;
	float w = 900 * u, h = 120 * u, x, y = 60 * u;
	text_layout *q;

	if (w > (float)c->w - 40 * u)
		w = (float)c->w - 40 * u;
	x = ((float)c->w - w) / 2;
	begin_content(s, c, 0);
	s->rtl = false;
	q = staff_text(c,
	               "Exit the program? The screen stays empty until the kiosk is started "
	               "again (a restart of the PC, or the service).",
	               32, w, true);
	if (q) {
		float qh = text_layout_height(q);

		staff_line(s, q, x, y, ROLE_INK);
		y += qh + 40 * u;
	}
	scene_add_button(s, ACT_STAFF_EXIT, 0, "staff:exit-yes", (SDL_FRect){x, y, w, h},
	                 BUTTON_TILE, NULL, staff_text(c, "Yes, exit the program", 32, w, true),
	                 false);
	y += h + 24 * u;
	scene_add_button(s, ACT_STAFF_MENU, 0, "staff:exit-no", (SDL_FRect){x, y, w, h},
	                 BUTTON_TILE, NULL,
	                 staff_text(c, "No, back to the staff menu", 32, w, true), false);
}

void screens_status(scene *s, const screen_ctx *c, const char *report)
{
	const float u = c->unit;
	float y = 40 * u, w = (float)c->w - 96 * u, bar = 170 * u;

	/* The button stays; the report scrolls under it. */
	scene_add_box(s, (SDL_FRect){0, 0, (float)c->w, bar}, ROLE_BACKGROUND, false,
	              ROLE_BACKGROUND);
	scene_add_button(s, ACT_STAFF_MENU, 0, "staff:close",
	                 (SDL_FRect){48 * u, y, 420 * u, 100 * u}, BUTTON_TILE, NULL,
	                 staff_text(c, "Back to the staff menu", 28, 400 * u, true), false);
	begin_content(s, c, bar);
	s->rtl = false;
	y = bar;
	/* One layout per line keeps each line's direction its own. */
	for (const char *p = report; *p;) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char line[512];
		text_layout *l;

		snprintf(line, sizeof line, "%.*s",
		         (int)(n < sizeof line - 1 ? n : sizeof line - 1), p);
		l = staff_text(c, *line ? line : " ", 22, w, false);
		if (l) {
			float h = text_layout_height(l);

			staff_line(s, l, 48 * u, y, ROLE_INK);
			y += h;
		}
		p += n + (e ? 1 : 0);
	}
}
