/* mira-audit: the visitor's eye as a program. Every screen in every
 * language, size, text scale and contrast, laid out headless by the kiosk's
 * own code, and checked for invariants on the laid-out scene (never on
 * pixels): reachable, inside its box and the screen, no overlaps, protected
 * spans whole and in order, touch targets, contrast, no missing glyph, no
 * unmarked English. One line per violation, then a line of counts.
 * Run from the project root; BUILD names the build folder whose published
 * catalogs are used. */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <SDL.h>
#include <unicode/uchar.h>

#include "../content/catalog.h"
#include "../content/contacts.h"
#include "../content/guide.h"
#include "../content/language.h"
#include "../text/breaks.h"
#include "../text/font.h"
#include "../text/layout.h"
#include "../speech/setup.h"
#include "../ui/app.h"
#include "../ui/screens.h"
#include "../ui/guide_page.h"
#include "../ui/scene.h"
#include "../ui/theme.h"
#include "../ui/typeset.h"

#define EPS      1.0f /* pixels of rounding an edge may be off */
#define MAX_JOBS 8

/* What went wrong, so the self-test can see each kind is caught. */
typedef enum {
	V_REACH,
	V_OUTSIDE,
	V_OVERLAP,
	V_SPAN,
	V_TARGET,
	V_CONTRAST,
	V_GLYPH,
	V_ENGLISH,
	V_KINDS
} vkind;

static const char *const vkind_names[V_KINDS] = {"unreachable",   "outside",      "overlap",
                                                 "span",          "small target", "low contrast",
                                                 "missing glyph", "English"};

static const struct {
	int w, h;
} sizes[] = {{1920, 1080}, {1080, 1920}, {1280, 800}};
static const float scales[] = {1.0f, 1.3f, 1.6f};
#define NSIZES  ((int)(sizeof sizes / sizeof sizes[0]))
#define NSCALES ((int)(sizeof scales / sizeof scales[0]))

/* English labels of one screen's buttons, to tell an untranslated label
 * (the same words as on the English screen) from a translated one. */
typedef struct {
	char page[80];
	char name[40];
	uint32_t *text;
	size_t len;
} baseline;

typedef struct {
	/* The screen being checked. */
	const char *lang, *page;
	int w, h;
	float scale;
	bool hc;
	bool record; /* English pass: remember labels, report nothing */
	FILE *out;
	bool verbose;
	/* Counts. */
	long screens, checks, violations;
	long kinds[V_KINDS];
	/* Pairs reported as overlapping on this screen (owner indexes). */
	int (*pairs)[2];
	size_t npairs, pairs_cap;
	baseline *base;
	size_t nbase, base_cap;
} audit;

/* One thing on the screen, in screen coordinates at scroll 0. */
typedef enum { IT_BUTTON, IT_TEXT, IT_LABEL, IT_BOX } it_kind;

typedef struct {
	it_kind kind;
	bool scrolls;
	SDL_FRect rect; /* button or box; a text's own box (its width and height) */
	bool has_rect;  /* texts: whether rect bounds it */
	const text_layout *layout;
	float x, y; /* text origin */
	int cycle;
	color_role fg, bg; /* text colour and what it is drawn on */
	bool disabled;
	const char *lang;
	bool marked;
	const widget *w;
	int owner; /* labels: the button's index; else its own */
	char name[96];
} item;

/* ---- Reporting ---- */

static void violation(audit *au, vkind kind, const char *fmt, ...)
{
	va_list ap;

	au->violations++;
	au->kinds[kind]++;
	if (au->record)
		return;
	fprintf(au->out, "%s %dx%d x%g %s %s: ", au->lang, au->w, au->h, au->scale,
	        au->hc ? "high" : "normal", au->page);
	va_start(ap, fmt);
	vfprintf(au->out, fmt, ap);
	va_end(ap);
	fputc('\n', au->out);
}

static size_t put_utf8(char *buf, uint32_t c)
{
	if (c < 0x80) {
		buf[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		buf[0] = (char)(0xc0 | c >> 6);
		buf[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		buf[0] = (char)(0xe0 | c >> 12);
		buf[1] = (char)(0x80 | (c >> 6 & 0x3f));
		buf[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	buf[0] = (char)(0xf0 | c >> 18);
	buf[1] = (char)(0x80 | (c >> 12 & 0x3f));
	buf[2] = (char)(0x80 | (c >> 6 & 0x3f));
	buf[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

static bool is_bidi_control(uint32_t c)
{
	return (c >= 0x2066 && c <= 0x2069) || (c >= 0x202a && c <= 0x202e) || c == 0x200e ||
	       c == 0x200f || c == 0x61c;
}

/* Code points [from, to) as UTF-8, bidi controls left out, at most about
 * 40 characters, for a message. */
static const char *excerpt(const uint32_t *cps, size_t from, size_t to, char *buf, size_t size)
{
	size_t n = 0, chars = 0;

	for (size_t i = from; i < to && n + 8 < size; i++) {
		if (is_bidi_control(cps[i]))
			continue;
		if (chars++ == 40) {
			memcpy(buf + n, "...", 3);
			n += 3;
			break;
		}
		n += put_utf8(buf + n, cps[i] == '\n' ? ' ' : cps[i]);
	}
	buf[n] = '\0';
	return buf;
}

static const char *layout_excerpt(const text_layout *l, char *buf, size_t size)
{
	size_t n;
	const uint32_t *cps = text_layout_text(l, &n);

	return cps ? excerpt(cps, 0, n, buf, size) : "";
}

/* ---- Geometry ---- */

static bool overlaps(SDL_FRect a, SDL_FRect b, SDL_FRect *cut)
{
	float x0 = fmaxf(a.x, b.x), y0 = fmaxf(a.y, b.y);
	float x1 = fminf(a.x + a.w, b.x + b.w), y1 = fminf(a.y + a.h, b.y + b.h);

	if (x1 - x0 <= EPS || y1 - y0 <= EPS)
		return false;
	if (cut)
		*cut = (SDL_FRect){x0, y0, x1 - x0, y1 - y0};
	return true;
}

static bool inside(SDL_FRect in, SDL_FRect out)
{
	return in.x >= out.x - EPS && in.y >= out.y - EPS && in.x + in.w <= out.x + out.w + EPS &&
	       in.y + in.h <= out.y + out.h + EPS;
}

static bool contains_point(SDL_FRect r, float x, float y)
{
	return x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;
}

/* Where line i of a text shows: (x + line.x, y + line.top, width, height). */
static SDL_FRect line_box(const item *it, const text_line *line)
{
	return (SDL_FRect){it->x + line->x, it->y + line->top, line->width, line->height};
}

/* The union of a text's line boxes (its ink, as far as lines tell). */
static SDL_FRect ink_box(const item *it)
{
	size_t n;
	const text_line *lines = text_layout_lines(it->layout, &n);
	float x0 = 1e9f, y0 = 1e9f, x1 = -1e9f, y1 = -1e9f;

	for (size_t i = 0; i < n; i++) {
		SDL_FRect b = line_box(it, &lines[i]);

		if (b.w <= 0)
			continue;
		x0 = fminf(x0, b.x);
		y0 = fminf(y0, b.y);
		x1 = fmaxf(x1, b.x + b.w);
		y1 = fmaxf(y1, b.y + b.h);
	}
	if (x1 < x0)
		return (SDL_FRect){it->x, it->y, 0, 0};
	return (SDL_FRect){x0, y0, x1 - x0, y1 - y0};
}

/* ---- Collecting what a screen shows ---- */

typedef struct {
	item *v;
	size_t n, cap;
} items;

static item *add_item(items *l, it_kind kind, bool scrolls)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		item *v = realloc(l->v, cap * sizeof *v);

		if (!v) {
			fprintf(stderr, "mira-audit: out of memory\n");
			exit(2);
		}
		l->v = v;
		l->cap = cap;
	}
	memset(&l->v[l->n], 0, sizeof *l->v);
	l->v[l->n].kind = kind;
	l->v[l->n].scrolls = scrolls;
	l->v[l->n].cycle = -1;
	l->v[l->n].owner = (int)l->n;
	return &l->v[l->n++];
}

static void text_name(item *it, const char *what)
{
	char buf[200];

	snprintf(it->name, sizeof it->name, "%s \"%s\"", what,
	         layout_excerpt(it->layout, buf, sizeof buf));
}

static void collect(const scene *s, items *l)
{
	/* Boxes first: texts look up which box they sit in. */
	for (size_t i = 0; i < s->box_count; i++) {
		item *it = add_item(l, IT_BOX, s->boxes[i].scrolls);

		it->rect = s->boxes[i].rect;
		it->bg = s->boxes[i].fill;
		snprintf(it->name, sizeof it->name, "box %zu", i);
	}
	if (s->page) {
		size_t n;
		const page_item *p = guide_page_items(s->page, &n);
		float ox = (float)s->view.x, oy = (float)s->view.y + s->page_y;

		for (size_t i = 0; i < n; i++) {
			item *it = add_item(l, p[i].kind == ITEM_TEXT ? IT_TEXT : IT_BOX, true);

			it->rect = (SDL_FRect){ox + p[i].x, oy + p[i].y, p[i].w, p[i].h};
			if (p[i].kind != ITEM_TEXT) {
				it->bg = p[i].kind == ITEM_CARD ? ROLE_SURFACE : ROLE_NOTE;
				snprintf(it->name, sizeof it->name, "block %zu (%s)", i,
				         p[i].kind == ITEM_CARD ? "contact card" : "note");
				continue;
			}
			it->has_rect = true;
			it->layout = p[i].layout;
			it->x = it->rect.x;
			it->y = it->rect.y;
			it->fg = p[i].color;
			it->bg = p[i].background;
			it->lang = p[i].lang;
			it->marked = p[i].fallback_marked;
			{
				char what[32];

				snprintf(what, sizeof what, "block %zu", i);
				text_name(it, what);
			}
		}
	}
	for (size_t i = 0; i < s->text_count; i++) {
		const scene_text *t = &s->texts[i];
		item *it = add_item(l, IT_TEXT, t->scrolls);

		it->layout = t->layout;
		it->x = t->x;
		it->y = t->y;
		it->cycle = t->cycle;
		it->fg = t->color;
		it->bg = t->background;
		it->lang = t->lang;
		it->marked = t->fallback_marked;
		text_name(it, "text");
	}
	for (size_t i = 0; i < s->widget_count; i++) {
		const widget *w = &s->widgets[i];
		item *b = add_item(l, IT_BUTTON, w->scrolls);
		int owner = b->owner;
		color_role bg, ink, icon;

		b->rect = w->rect;
		b->w = w;
		b->disabled = w->disabled;
		snprintf(b->name, sizeof b->name, "%s", w->name);
		if (!w->label)
			continue;
		b = add_item(l, IT_LABEL, w->scrolls);
		b->owner = owner;
		b->w = w;
		b->rect = w->rect;
		b->has_rect = true;
		b->layout = w->label;
		b->x = w->label_x;
		b->y = w->label_y;
		b->disabled = w->disabled;
		widget_colors(w, false, &bg, &ink, &icon);
		b->fg = ink;
		b->bg = bg;
		snprintf(b->name, sizeof b->name, "%s label", w->name);
	}
}

/* ---- The checks ---- */

/* The box a text is drawn on: the last box of its layer (drawn on top)
 * holding the text's origin, or NULL for the screen. */
static const item *container(const items *l, const item *t)
{
	const item *found = NULL;

	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].kind == IT_BOX && l->v[i].scrolls == t->scrolls &&
		    contains_point(l->v[i].rect, t->x + 1, t->y + 1))
			found = &l->v[i];
	return found;
}

/* Can the visitor bring it fully into view? Fixed items must be on the
 * screen; scrolling ones between the view's top and its end at the
 * largest scroll, and no taller than the view. */
static void check_reach(audit *au, const scene *s, const item *it, SDL_FRect r)
{
	float w = (float)au->w, h = (float)au->h;

	au->checks++;
	if (!it->scrolls || !s->scrolling) {
		if (r.x < -EPS || r.y < -EPS || r.x + r.w > w + EPS || r.y + r.h > h + EPS)
			violation(au, V_REACH,
			          "%s is off the screen (%.0f,%.0f %.0fx%.0f on %dx%d)", it->name,
			          r.x, r.y, r.w, r.h, au->w, au->h);
		return;
	}
	{
		float top = (float)s->view.y, max = scene_scroll_max(s);
		float end = (float)(s->view.y + s->view.h) + max;
		float left = (float)s->view.x, right = (float)(s->view.x + s->view.w);

		if (r.y < top - EPS)
			violation(au, V_REACH,
			          "%s cannot be brought fully into view (top %.0f < %.0f)",
			          it->name, r.y, top);
		else if (r.y + r.h > end + EPS)
			violation(au, V_REACH,
			          "%s cannot be brought fully into view (bottom %.0f > %.0f)",
			          it->name, r.y + r.h, end);
		else if (r.h > (float)s->view.h + EPS)
			violation(au, V_REACH,
			          "%s cannot be brought fully into view (height %.0f > view %d)",
			          it->name, r.h, s->view.h);
		else if (r.x < left - EPS || r.x + r.w > right + EPS)
			violation(au, V_REACH,
			          "%s cannot be brought fully into view (x %.0f..%.0f outside "
			          "%.0f..%.0f)",
			          it->name, r.x, r.x + r.w, left, right);
	}
}

static void check_target(audit *au, const item *b)
{
	float need = 96.0f * (float)(au->w < au->h ? au->w : au->h) / 1080.0f;
	float side = fminf(b->rect.w, b->rect.h);

	au->checks++;
	if (side < need - 0.5f)
		violation(au, V_TARGET, "%s is too small to touch (%.0fx%.0f, needs %.0f)", b->name,
		          b->rect.w, b->rect.h, need);
}

static void check_contrast(audit *au, const item *t, color_role bg)
{
	float need = au->hc ? 7.0f : 4.5f, c;

	if (t->disabled)
		return; /* WCAG exempts inactive controls */
	au->checks++;
	c = theme_contrast(au->hc, t->fg, bg);
	if (c < need - 0.005f)
		violation(au, V_CONTRAST, "%s has contrast %.2f:1 (needs %.1f:1)", t->name, c,
		          need);
}

static void check_glyphs(audit *au, const item *t)
{
	size_t n, count = 0;
	const text_glyph *g = text_layout_glyphs(t->layout, &n);
	size_t ncp;
	const uint32_t *cps = text_layout_text(t->layout, &ncp);
	uint32_t first = 0;

	au->checks++;
	for (size_t i = 0; i < n; i++)
		if (g[i].gid == 0) {
			if (!count++ && cps && g[i].cluster < ncp)
				first = cps[g[i].cluster];
		}
	if (count)
		violation(au, V_GLYPH, "%s has %zu missing glyph%s (first U+%04X)", t->name, count,
		          count == 1 ? "" : "s", first);
}

/* Advance of glyph i: to the next glyph on its line, or the line's end. */
static float glyph_advance(const text_glyph *g, size_t i, size_t line_end_glyph,
                           const text_line *line)
{
	if (i + 1 < line_end_glyph)
		return g[i + 1].x - g[i].x;
	return line->x + line->width - g[i].x;
}

/* Every isolate (LRI, RLI or FSI to its PDI) the content layer wraps a
 * number, range, reference or address in: on one line unless it alone is
 * wider than the line, and an LRI's glyphs in logical order left to right. */
static void check_spans(audit *au, const item *t)
{
	size_t ncp, nlines, nglyphs, nruns;
	const uint32_t *cps = text_layout_text(t->layout, &ncp);
	const text_line *lines = text_layout_lines(t->layout, &nlines);
	const text_glyph *g = text_layout_glyphs(t->layout, &nglyphs);
	const text_visual_run *runs = text_layout_runs(t->layout, &nruns);
	float width = text_layout_width(t->layout);

	if (!cps)
		return;
	for (size_t i = 0; i < ncp; i++) {
		size_t end, depth = 1, first_line = SIZE_MAX, last_line = SIZE_MAX;
		float advance = 0, last_x = -1e9f;
		uint32_t last_cluster = 0;
		bool any = false, ordered = true;
		char buf[200];

		if (cps[i] < 0x2066 || cps[i] > 0x2068)
			continue;
		for (end = i + 1; end < ncp; end++) {
			if (cps[end] >= 0x2066 && cps[end] <= 0x2068)
				depth++;
			else if (cps[end] == 0x2069 && --depth == 0)
				break;
		}
		if (end <= i + 1)
			continue; /* empty */
		au->checks++;
		for (size_t k = 0; k < nlines; k++) {
			if (lines[k].start <= i + 1 && i + 1 < lines[k].end)
				first_line = k;
			if (lines[k].start <= end - 1 && end - 1 < lines[k].end)
				last_line = k;
		}
		/* The span's glyphs line by line in visual order. */
		for (size_t k = 0; k < nlines; k++) {
			size_t from = SIZE_MAX, to = 0;

			for (size_t r = lines[k].first_run;
			     r < lines[k].first_run + lines[k].run_count && r < nruns; r++) {
				if (runs[r].glyph_count == 0)
					continue;
				if (runs[r].first_glyph < from)
					from = runs[r].first_glyph;
				if (runs[r].first_glyph + runs[r].glyph_count > to)
					to = runs[r].first_glyph + runs[r].glyph_count;
			}
			if (from == SIZE_MAX)
				continue;
			last_x = -1e9f;
			for (size_t j = from; j < to && j < nglyphs; j++) {
				if (g[j].cluster <= i || g[j].cluster >= end)
					continue;
				advance += glyph_advance(g, j, to, &lines[k]);
				if (cps[i] == 0x2066 && any && g[j].x >= last_x &&
				    g[j].cluster < last_cluster)
					ordered = false;
				any = true;
				last_x = g[j].x;
				last_cluster = g[j].cluster;
			}
		}
		if (first_line != last_line && advance <= width + EPS)
			violation(
			    au, V_SPAN,
			    "%s: protected span \"%s\" is split over lines %zu-%zu (span %.0f, "
			    "line %.0f)",
			    t->name, excerpt(cps, i + 1, end, buf, sizeof buf), first_line + 1,
			    last_line + 1, advance, width);
		else if (!ordered)
			violation(au, V_SPAN, "%s: protected span \"%s\" is not in logical order",
			          t->name, excerpt(cps, i + 1, end, buf, sizeof buf));
	}
}

static bool has_letters(const uint32_t *cps, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (u_isalpha((UChar32)cps[i]))
			return true;
	return false;
}

/* A language's name in its own script is shown as it is to everyone. */
static bool is_autonym(const uint32_t *cps, size_t n)
{
	char buf[256];
	size_t len = 0;

	for (size_t i = 0; i < n && len + 5 < sizeof buf; i++)
		len += put_utf8(buf + len, cps[i]);
	buf[len] = '\0';
	for (size_t i = 0; i < language_count(); i++)
		if (strcmp(buf, language_at(i)->autonym) == 0)
			return true;
	return false;
}

static baseline *find_baseline(audit *au, const char *name)
{
	for (size_t i = 0; i < au->nbase; i++)
		if (strcmp(au->base[i].page, au->page) == 0 && strcmp(au->base[i].name, name) == 0)
			return &au->base[i];
	return NULL;
}

static void remember_label(audit *au, const item *t)
{
	size_t n;
	const uint32_t *cps = text_layout_text(t->layout, &n);
	baseline *b;

	if (!cps || find_baseline(au, t->w->name))
		return;
	if (au->nbase == au->base_cap) {
		size_t cap = au->base_cap ? au->base_cap * 2 : 256;
		baseline *v = realloc(au->base, cap * sizeof *v);

		if (!v)
			return;
		au->base = v;
		au->base_cap = cap;
	}
	b = &au->base[au->nbase];
	snprintf(b->page, sizeof b->page, "%s", au->page);
	snprintf(b->name, sizeof b->name, "%s", t->w->name);
	b->text = malloc((n ? n : 1) * sizeof *b->text);
	if (!b->text)
		return;
	memcpy(b->text, cps, n * sizeof *cps);
	b->len = n;
	au->nbase++;
}

/* English the visitor did not ask for: a text laid out as English on a
 * page in another language, not marked as a fallback. Buttons do not say
 * their language: a label that reads exactly as on the English screen
 * counts as English, unless it is a language's own name. */
static void check_english(audit *au, const item *t, bool staff)
{
	size_t n;
	const uint32_t *cps = text_layout_text(t->layout, &n);
	char buf[200];

	if (!cps || !has_letters(cps, n))
		return;
	if (t->kind == IT_LABEL) {
		baseline *b;

		if (au->record) {
			remember_label(au, t);
			return;
		}
		if (staff || strcmp(au->lang, "en") == 0)
			return;
		au->checks++;
		b = find_baseline(au, t->w->name);
		if (b && b->len == n && memcmp(b->text, cps, n * sizeof *cps) == 0 &&
		    !is_autonym(cps, n))
			violation(au, V_ENGLISH, "%s is in English, unmarked: \"%s\"", t->name,
			          excerpt(cps, 0, n, buf, sizeof buf));
		return;
	}
	if (strcmp(au->lang, "en") == 0)
		return;
	au->checks++;
	if (t->lang && strcmp(t->lang, "en") == 0 && !t->marked)
		violation(au, V_ENGLISH, "%s is in English, unmarked", t->name);
	else if (!t->lang)
		violation(au, V_ENGLISH, "%s does not say its language", t->name);
}

/* A text inside its box: a label in its button, a page text in its width
 * and in the card or note it sits in, any text on the box under it. */
static void check_inside(audit *au, const item *t, const item *box)
{
	size_t n;
	const text_line *lines = text_layout_lines(t->layout, &n);
	SDL_FRect own = t->rect;

	if (t->has_rect && t->kind == IT_TEXT) {
		/* A page text: its column's width, its own height. */
		own.h = text_layout_height(t->layout);
	}
	au->checks++;
	for (size_t i = 0; i < n; i++) {
		SDL_FRect b = line_box(t, &lines[i]);

		if (b.w <= 0)
			continue;
		if (t->has_rect && !inside(b, own)) {
			violation(
			    au, V_OUTSIDE,
			    "%s is drawn outside its %s (line %zu at %.0f,%.0f %.0fx%.0f; box "
			    "%.0f,%.0f %.0fx%.0f)",
			    t->name, t->kind == IT_LABEL ? "button" : "column", i + 1, b.x, b.y,
			    b.w, b.h, own.x, own.y, own.w, own.h);
			return;
		}
		if (box && !inside(b, box->rect)) {
			violation(au, V_OUTSIDE,
			          "%s is drawn outside the %s it sits on (line %zu at %.0f,%.0f "
			          "%.0fx%.0f; box %.0f,%.0f %.0fx%.0f)",
			          t->name, box->name, i + 1, b.x, b.y, b.w, b.h, box->rect.x,
			          box->rect.y, box->rect.w, box->rect.h);
			return;
		}
	}
}

/* A label's lines clear of a part drawn in its button (icon, gauge). */
static void check_label_clear(audit *au, const item *label, SDL_FRect part, const char *what)
{
	size_t n;
	const text_line *lines = text_layout_lines(label->layout, &n);
	SDL_FRect cut;

	au->checks++;
	for (size_t i = 0; i < n; i++)
		if (lines[i].width > 0 && overlaps(line_box(label, &lines[i]), part, &cut)) {
			violation(au, V_OVERLAP, "%s overlaps its %s (line %zu by %.0fx%.0f)",
			          label->name, what, i + 1, cut.w, cut.h);
			return;
		}
}

/* A button's icon inside it, and its label clear of the icon and gauge. */
static void check_button_parts(audit *au, const item *b, const item *label)
{
	const widget *w = b->w;
	bool icon = w->icon && w->icon_rect.w > 0;

	if (icon) {
		au->checks++;
		if (!inside(w->icon_rect, w->rect))
			violation(au, V_OUTSIDE, "%s: its icon is drawn outside the button",
			          b->name);
		if (label)
			check_label_clear(au, label, w->icon_rect, "icon");
	}
	if (label && w->levels > 0) {
		/* The gauge under the label, placed as scene.c draws it. */
		float side = w->rect.h * 0.07f, gap = side * 0.8f;
		SDL_FRect gauge = {w->rect.x +
		                       (w->rect.w - (float)w->levels * (side + gap) + gap) / 2,
		                   w->rect.y + w->rect.h - side - w->rect.h * 0.05f,
		                   (float)w->levels * (side + gap) - gap, side};

		check_label_clear(au, label, gauge, "text size gauge");
	}
}

/* What overlaps is compared as boxes: a button's rectangle, a text's
 * lines. Labels are checked against their own button above. */
typedef struct {
	SDL_FRect r;
	int item;
} piece;

static int by_top(const void *a, const void *b)
{
	float d = ((const piece *)a)->r.y - ((const piece *)b)->r.y;

	return d < 0 ? -1 : d > 0;
}

static bool pair_seen(audit *au, int a, int b)
{
	for (size_t i = 0; i < au->npairs; i++)
		if (au->pairs[i][0] == a && au->pairs[i][1] == b)
			return true;
	if (au->npairs == au->pairs_cap) {
		size_t cap = au->pairs_cap ? au->pairs_cap * 2 : 16;
		int(*v)[2] = realloc(au->pairs, cap * sizeof *v);

		if (!v)
			return true;
		au->pairs = v;
		au->pairs_cap = cap;
	}
	au->pairs[au->npairs][0] = a;
	au->pairs[au->npairs][1] = b;
	au->npairs++;
	return false;
}

static void check_overlaps(audit *au, const items *l, bool scrolls)
{
	piece *p = NULL;
	size_t n = 0, cap = 0;

	for (size_t i = 0; i < l->n; i++) {
		const item *it = &l->v[i];
		size_t nl;
		const text_line *lines;

		if (it->scrolls != scrolls || it->kind == IT_BOX || it->kind == IT_LABEL)
			continue;
		lines = it->kind == IT_TEXT ? text_layout_lines(it->layout, &nl) : NULL;
		if (it->kind == IT_BUTTON)
			nl = 1;
		for (size_t k = 0; k < nl; k++) {
			if (n == cap) {
				cap = cap ? cap * 2 : 128;
				p = realloc(p, cap * sizeof *p);
				if (!p) {
					fprintf(stderr, "mira-audit: out of memory\n");
					exit(2);
				}
			}
			p[n].r = lines ? line_box(it, &lines[k]) : it->rect;
			p[n].item = (int)i;
			if (p[n].r.w > 0 && p[n].r.h > 0)
				n++;
		}
	}
	if (n)
		qsort(p, n, sizeof *p, by_top);
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n && p[j].r.y < p[i].r.y + p[i].r.h - EPS; j++) {
			const item *a = &l->v[p[i].item], *b = &l->v[p[j].item];
			SDL_FRect cut;
			int lo = p[i].item < p[j].item ? p[i].item : p[j].item;
			int hi = p[i].item < p[j].item ? p[j].item : p[i].item;

			if (a == b)
				continue;
			/* Texts that take turns in one place never show together. */
			if (a->cycle >= 0 && b->cycle >= 0 && a->cycle != b->cycle)
				continue;
			au->checks++;
			if (overlaps(p[i].r, p[j].r, &cut) && !pair_seen(au, lo, hi))
				violation(au, V_OVERLAP, "%s overlaps %s (%.0fx%.0f at %.0f,%.0f)",
				          l->v[lo].name, l->v[hi].name, cut.w, cut.h, cut.x, cut.y);
		}
	free(p);
}

/* Every check on one laid-out scene, in the theme au->hc. */
static void check_scene(audit *au, const scene *s, bool staff)
{
	items l = {0};

	au->screens++;
	au->npairs = 0;
	collect(s, &l);
	for (size_t i = 0; i < l.n; i++) {
		const item *it = &l.v[i];

		switch (it->kind) {
		case IT_BOX:
			if (it->scrolls && s->page)
				check_reach(au, s, it, it->rect);
			break;
		case IT_BUTTON: {
			const item *label =
			    i + 1 < l.n && l.v[i + 1].kind == IT_LABEL && l.v[i + 1].w == it->w
			        ? &l.v[i + 1]
			        : NULL;

			check_reach(au, s, it, it->rect);
			check_target(au, it);
			check_button_parts(au, it, label);
			break;
		}
		case IT_TEXT:
		case IT_LABEL: {
			const item *box = it->kind == IT_TEXT ? container(&l, it) : NULL;
			SDL_FRect r = ink_box(it);

			if (it->kind == IT_TEXT) {
				if (it->has_rect)
					r.y = it->rect.y, r.h = text_layout_height(it->layout);
				check_reach(au, s, it, r);
			}
			check_inside(au, it, box);
			check_contrast(au, it, it->bg);
			if (box && box->bg != it->bg) /* what the visitor sees it on */
				check_contrast(au, it, box->bg);
			else if (!box && it->kind == IT_TEXT && it->bg != ROLE_BACKGROUND)
				check_contrast(au, it, ROLE_BACKGROUND);
			check_glyphs(au, it);
			check_spans(au, it);
			check_english(au, it, staff);
			break;
		}
		}
	}
	check_overlaps(au, &l, false);
	if (s->scrolling)
		check_overlaps(au, &l, true);
	if (au->verbose && !au->record)
		fprintf(au->out,
		        "# %s %dx%d x%g %s %s: view %d,%d %dx%d, scroll max %.0f, %zu items\n",
		        au->lang, au->w, au->h, au->scale, au->hc ? "high" : "normal", au->page,
		        s->view.x, s->view.y, s->view.w, s->view.h, scene_scroll_max(s), l.n);
	free(l.v);
}

/* ---- The matrix ---- */

typedef struct {
	const char *lang, *size, *page;
	float scale;
	int contrast; /* -1 both, 0 normal, 1 high */
	bool verbose;
	int jobs;
} filter;

typedef struct {
	SDL_Surface *surface;
	SDL_Renderer *renderer;
	text_fontset *fonts;
	guide_list guides;
	contact_list contacts;
	diag_list diags;
	app_config cfg;
	narrator *narrator;
} kiosk;

static bool kiosk_open(kiosk *k, int w, int h)
{
	char locale[512];

	memset(k, 0, sizeof *k);
	k->surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
	k->renderer = k->surface ? SDL_CreateSoftwareRenderer(k->surface) : NULL;
	k->fonts = fontset_create("fonts");
	if (!k->renderer || !k->fonts)
		return false;
	guides_load_dir("assets/guides", &k->guides, &k->diags);
	contacts_load("assets/contacts.txt", &k->contacts, &k->diags);
	snprintf(locale, sizeof locale, "%s/locale", getenv("BUILD") ? getenv("BUILD") : "build");
	catalog_init(locale);
	/* As in the waiting room: a staff PIN is set, so no setup line shows. */
	k->cfg = (app_config){.renderer = k->renderer,
	                      .fonts = k->fonts,
	                      .guides = &k->guides,
	                      .contacts = &k->contacts,
	                      .diags = &k->diags,
	                      .icons_dir = "assets/icons",
	                      .pin_hash = "audit",
	                      .kiosk_mode = true};
	/* With sound: the Listen button where a voice reads the language. */
	k->narrator = speech_setup(".", &k->contacts, 100, false);
	k->cfg.narrator = k->narrator;
	k->cfg.read_aloud = READ_ALOUD_HEADPHONES;
	return true;
}

static void kiosk_close(kiosk *k)
{
	narrator_destroy(k->narrator);
	guides_free(&k->guides);
	contacts_free(&k->contacts);
	diag_clear(&k->diags);
	fontset_destroy(k->fonts);
	if (k->renderer)
		SDL_DestroyRenderer(k->renderer);
	SDL_FreeSurface(k->surface);
}

/* The screens, in order; guides follow the fixed ones. */
static const char *const fixed_pages[] = {"picker",     "topics",       "language",  "staff-pin",
                                          "staff-menu", "staff-status", "staff-exit"};
#define NFIXED ((int)(sizeof fixed_pages / sizeof fixed_pages[0]))

/* After the guides: the idle countdown, the headphones prompt, the phrase
 * cards, every contact's QR card (and its number alone), and every guide
 * again with Norwegian beside her language ("norsk:<id>"). */
static int page_count(const kiosk *k)
{
	return NFIXED + TOPIC_COUNT + 2 * (int)k->guides.count + 3 + screens_phrase_count() +
	       2 * (int)k->contacts.count;
}

static const char *page_id(const kiosk *k, int i, char *buf, size_t size)
{
	int guides = (int)k->guides.count, contacts = (int)k->contacts.count;

	if (i < NFIXED)
		return fixed_pages[i];
	i -= NFIXED;
	if (i < TOPIC_COUNT) {
		snprintf(buf, size, "topic/%s", guide_topic_id((guide_topic)i));
		return buf;
	}
	i -= TOPIC_COUNT;
	if (i < guides)
		return k->guides.items[i]->id;
	i -= guides;
	if (i < 3)
		return i == 0 ? "countdown" : i == 1 ? "listen-prompt" : "phrases";
	i -= 3;
	if (i < screens_phrase_count()) {
		snprintf(buf, size, "phrase/%d", i);
		return buf;
	}
	i -= screens_phrase_count();
	if (i < 2 * contacts) {
		snprintf(buf, size, "%s/%s", i % 2 ? "tel" : "qr", k->contacts.items[i / 2].id);
		return buf;
	}
	i -= 2 * contacts;
	snprintf(buf, size, "norsk:%s", k->guides.items[i]->id);
	return buf;
}

static void check_both_themes(audit *au, app *a, const scene *s, bool staff, const filter *f)
{
	for (int hc = 0; hc < 2; hc++) {
		long before = au->violations;

		if (f->contrast >= 0 && f->contrast != hc)
			continue;
		au->hc = hc;
		app_set_high_contrast(a, hc);
		check_scene(au, s, staff);
		if (au->verbose && !au->record)
			fprintf(au->out, "# %s %dx%d x%g %s %s: %ld violations\n", au->lang, au->w,
			        au->h, au->scale, hc ? "high" : "normal", au->page,
			        au->violations - before);
		if (au->record)
			break; /* the English pass needs the labels once */
	}
	app_set_high_contrast(a, false);
}

/* One size and text scale: English first (its labels are the baseline
 * for untranslated ones), then every other language. */
static void run_combo(audit *au, kiosk *k, int si, int ci, const filter *f)
{
	app *a = app_create(&k->cfg, sizes[si].w, sizes[si].h);
	int n = page_count(k);

	if (!a) {
		fprintf(stderr, "mira-audit: cannot create the kiosk\n");
		exit(2);
	}
	bool bilingual = false;

	au->w = sizes[si].w;
	au->h = sizes[si].h;
	au->scale = scales[ci];
	for (size_t b = 0; b < au->nbase; b++)
		free(au->base[b].text);
	au->nbase = 0;
	for (int li = -1; li < (int)language_count(); li++) {
		const char *code = li < 0 ? "en" : language_at((size_t)li)->code;
		bool selected = !f->lang || strcmp(f->lang, code) == 0;

		/* Each language once; English first, as the baseline pass. */
		if (li >= 0 && strcmp(code, "en") == 0)
			continue;
		if (!selected && li >= 0)
			continue;
		au->lang = code;
		app_set_language(a, code);
		app_set_text_scale(a, scales[ci]);
		for (int p = 0; p < n; p++) {
			char buf[96];
			const char *id = page_id(k, p, buf, sizeof buf);
			bool staff = strncmp(id, "staff-", 6) == 0;
			bool countdown = strcmp(id, "countdown") == 0;
			bool wanted = !f->page || strcmp(f->page, id) == 0;

			if (!wanted)
				continue;
			au->page = id;
			if (bilingual != (strncmp(id, "norsk:", 6) == 0)) {
				bilingual = !bilingual;
				app_set_bilingual(a, bilingual);
			}
			if (countdown) {
				app_open_page(a, "topics");
				app_show_countdown(a, 15);
			} else if (strncmp(id, "norsk:", 6) == 0) {
				app_open_page(a, id + 6);
			} else if (strcmp(id, "listen-prompt") == 0) {
				/* Over a guide; in languages without a voice there is
				 * no Listen button and no prompt: the guide alone. */
				app_open_page(a, k->guides.items[0]->id);
				app_show_listen_prompt(a);
			} else if (!app_open_page(a, id)) {
				fprintf(stderr, "mira-audit: no page %s\n", id);
				exit(2);
			}
			/* English first records the labels; it is checked too when
			 * asked for. */
			if (li < 0) {
				long v = au->violations, ch = au->checks, sc = au->screens;
				long kinds[V_KINDS];

				memcpy(kinds, au->kinds, sizeof kinds);
				au->record = true;
				check_both_themes(au, a, countdown ? app_overlay(a) : app_scene(a),
				                  staff, f);
				au->record = false;
				au->violations = v;
				au->checks = ch;
				au->screens = sc;
				memcpy(au->kinds, kinds, sizeof kinds);
				if (!selected)
					continue;
			}
			check_both_themes(au, a, countdown ? app_overlay(a) : app_scene(a), staff,
			                  f);
		}
	}
	app_destroy(a);
}

static bool combo_selected(const filter *f, int si, int ci)
{
	char size[32];

	snprintf(size, sizeof size, "%dx%d", sizes[si].w, sizes[si].h);
	if (f->size && strcmp(f->size, size) != 0)
		return false;
	if (f->scale > 0 && fabsf(f->scale - scales[ci]) > 0.01f)
		return false;
	return true;
}

/* Runs the combos numbered job, job + jobs, ... and writes the counts on
 * the last line of out. */
static int worker(const filter *f, int job, int jobs, FILE *out)
{
	kiosk k;
	audit au;
	int combo = 0;

	memset(&au, 0, sizeof au);
	au.out = out;
	au.verbose = f->verbose;
	if (!kiosk_open(&k, 1920, 1920)) {
		fprintf(stderr, "mira-audit: cannot open the fonts or a surface (run from the "
		                "project root)\n");
		return 2;
	}
	for (int si = 0; si < NSIZES; si++)
		for (int ci = 0; ci < NSCALES; ci++) {
			if (!combo_selected(f, si, ci))
				continue;
			if (combo++ % jobs != job)
				continue;
			run_combo(&au, &k, si, ci, f);
		}
	fprintf(out, "counts %ld %ld %ld\n", au.screens, au.checks, au.violations);
	fflush(out);
	for (size_t b = 0; b < au.nbase; b++)
		free(au.base[b].text);
	free(au.base);
	free(au.pairs);
	kiosk_close(&k);
	breaks_cleanup();
	return 0;
}

static int run_matrix(const filter *f)
{
	FILE *files[MAX_JOBS] = {0};
	pid_t pids[MAX_JOBS];
	int jobs = f->jobs, status = 0;
	long screens = 0, checks = 0, violations = 0;

	for (int j = 0; j < jobs; j++) {
		files[j] = tmpfile();
		if (!files[j]) {
			fprintf(stderr, "mira-audit: tmpfile: %s\n", strerror(errno));
			return 2;
		}
		fflush(stdout);
		pids[j] = fork();
		if (pids[j] < 0) {
			fprintf(stderr, "mira-audit: fork: %s\n", strerror(errno));
			return 2;
		}
		if (pids[j] == 0)
			exit(worker(f, j, jobs,
			            files[j])); /* exit: LeakSanitizer checks workers too */
	}
	for (int j = 0; j < jobs; j++) {
		int ws;
		char line[2048];
		bool counted = false;

		if (waitpid(pids[j], &ws, 0) < 0 || !WIFEXITED(ws) || WEXITSTATUS(ws) != 0)
			status = 2;
		rewind(files[j]);
		while (fgets(line, sizeof line, files[j])) {
			long s, c, v;

			if (sscanf(line, "counts %ld %ld %ld", &s, &c, &v) == 3) {
				screens += s;
				checks += c;
				violations += v;
				counted = true;
			} else {
				fputs(line, stdout);
			}
		}
		if (!counted)
			status = 2;
		fclose(files[j]);
	}
	printf("audit: %ld screens, %ld checks, %ld violations\n", screens, checks, violations);
	if (status)
		fprintf(stderr, "mira-audit: a worker failed\n");
	return status ? status : violations ? 1 : 0;
}

/* ---- Self-test: one known violation per synthetic scene ---- */

static text_layout *lay(text_fontset *fonts, const char *lang, const char *text, float size,
                        float width)
{
	return typeset(fonts, language_find(lang), text, size, width, TYPE_UI, false);
}

static void label_button(scene *s, text_fontset *fonts, const char *name, SDL_FRect r)
{
	scene_add_button(s, ACT_HOME, 0, name, r, BUTTON_ROW, NULL,
	                 lay(fonts, "en", "Go", 30, r.w - 20), false);
}

static void set_lang(scene_text *t, const char *lang, bool marked)
{
	if (t) {
		t->lang = lang;
		t->fallback_marked = marked;
	}
}

static int self_test(void)
{
	text_fontset *fonts = fontset_create("fonts");
	static const struct {
		const char *name;
		vkind expect; /* V_KINDS: a clean scene, nothing expected */
	} cases[] = {
	    {"clean", V_KINDS},         {"overlap", V_OVERLAP},       {"off-screen", V_REACH},
	    {"small button", V_TARGET}, {"low contrast", V_CONTRAST}, {"unreachable", V_REACH},
	    {"split span", V_SPAN},     {"span order", V_SPAN},       {"English", V_ENGLISH},
	    {"missing glyph", V_GLYPH}, {"outside", V_OUTSIDE},
	};
	int failed = 0;

	if (!fonts) {
		fprintf(stderr, "mira-audit: cannot open fonts (run from the project root)\n");
		return 2;
	}
	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		scene s;
		audit au;
		const char *name = cases[c].name;
		SDL_Rect view = {0, 100, 1000, 700};
		scene_text *t;

		memset(&s, 0, sizeof s);
		memset(&au, 0, sizeof au);
		au.lang = "ar";
		au.page = name;
		au.w = 1000;
		au.h = 800;
		au.scale = 1;
		au.out = stdout;
		/* A fixed button on top, a scrolling view below with a text. */
		label_button(&s, fonts, "fixed", (SDL_FRect){10, 0, 200, 100});
		scene_begin_scroll(&s, view);
		t = scene_add_text(&s, lay(fonts, "ar", "مرحبا", 30, 900), 20, 120, ROLE_INK, -1);
		set_lang(t, "ar", false);
		label_button(&s, fonts, "row", (SDL_FRect){20, 200, 900, 100});
		if (strcmp(name, "overlap") == 0)
			label_button(&s, fonts, "row2", (SDL_FRect){20, 250, 900, 100});
		else if (strcmp(name, "off-screen") == 0) {
			s.scrolling = false;
			label_button(&s, fonts, "offscreen", (SDL_FRect){900, 0, 200, 100});
			s.scrolling = true;
		} else if (strcmp(name, "small button") == 0)
			label_button(&s, fonts, "small", (SDL_FRect){20, 320, 60, 60});
		else if (strcmp(name, "low contrast") == 0) {
			t = scene_add_text(&s, lay(fonts, "ar", "نص", 30, 900), 20, 320,
			                   ROLE_BORDER, -1);
			set_lang(t, "ar", false);
		} else if (strcmp(name, "unreachable") == 0) {
			/* Above the view's top: no scroll shows it. */
			t = scene_add_text(&s, lay(fonts, "ar", "نص", 30, 900), 20, 40, ROLE_INK,
			                   -1);
			set_lang(t, "ar", false);
		} else if (strcmp(name, "split span") == 0) {
			/* A line separator inside the isolate splits it, short as it is. */
			t = scene_add_text(
			    &s, lay(fonts, "ar", "اتصل \u2066116\u2028117\u2069 الآن", 30, 900), 20,
			    320, ROLE_INK, -1);
			set_lang(t, "ar", false);
		} else if (strcmp(name, "span order") == 0) {
			/* Arabic letters in an LRI still read right to left. */
			t = scene_add_text(&s, lay(fonts, "ar", "اتصل \u2066مرحبا\u2069", 30, 900),
			                   20, 320, ROLE_INK, -1);
			set_lang(t, "ar", false);
		} else if (strcmp(name, "English") == 0) {
			t = scene_add_text(&s, lay(fonts, "en", "Call now", 30, 900), 20, 320,
			                   ROLE_INK, -1);
			set_lang(t, "en", false);
		} else if (strcmp(name, "missing glyph") == 0) {
			t = scene_add_text(&s, lay(fonts, "en", "x \u1230\u120b", 30, 900), 20, 320,
			                   ROLE_INK, -1);
			set_lang(t, "ar", false);
		} else if (strcmp(name, "outside") == 0) {
			scene_add_box(&s, (SDL_FRect){20, 320, 100, 60}, ROLE_SURFACE, false,
			              ROLE_SURFACE);
			t = scene_add_text(&s, lay(fonts, "ar", "نص طويل جدا جدا جدا جدا", 30, 900),
			                   30, 330, ROLE_INK, -1);
			set_lang(t, "ar", false);
			if (t)
				t->background = ROLE_SURFACE;
		}
		for (int hc = 0; hc < 2; hc++) {
			au.hc = hc;
			check_scene(&au, &s, false);
		}
		if (cases[c].expect == V_KINDS ? au.violations != 0
		                               : au.kinds[cases[c].expect] == 0) {
			printf("self-test FAILED: %s: %s\n", name,
			       cases[c].expect == V_KINDS ? "violations in a clean scene"
			                                  : "the violation was not reported");
			failed++;
		} else {
			printf("self-test ok: %s (%ld violation%s", name, au.violations,
			       au.violations == 1 ? "" : "s");
			for (int k = 0; k < V_KINDS; k++)
				if (au.kinds[k])
					printf(", %s %ld", vkind_names[k], au.kinds[k]);
			printf(")\n");
		}
		free(au.pairs);
		scene_clear(&s);
	}
	fontset_destroy(fonts);
	breaks_cleanup();
	printf("self-test: %zu cases, %d failed\n", sizeof cases / sizeof cases[0], failed);
	return failed ? 1 : 0;
}

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: mira-audit [--lang CODE] [--size WxH] [--scale F] [--page ID]\n"
	        "                  [--contrast normal|high] [--jobs N] [--verbose] [--self-test]\n"
	        "Lays out every screen (picker, topics, topic lists, guides, the language menu,\n"
	        "the staff screens, the idle countdown) in every language at 1920x1080,\n"
	        "1080x1920 and 1280x800, text sizes 1, 1.3 and 1.6, normal and high contrast,\n"
	        "with the kiosk's own code, and checks what a visitor would see. One line per\n"
	        "violation, then the counts; exit status 1 on any violation. Options narrow\n"
	        "the matrix. Run from the project root (BUILD names the build folder).\n");
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
	    {"lang", required_argument, 0, 'l'},     {"size", required_argument, 0, 's'},
	    {"scale", required_argument, 0, 'x'},    {"page", required_argument, 0, 'p'},
	    {"contrast", required_argument, 0, 'c'}, {"jobs", required_argument, 0, 'j'},
	    {"verbose", no_argument, 0, 'v'},        {"self-test", no_argument, 0, 't'},
	    {"help", no_argument, 0, 'h'},           {0, 0, 0, 0}};
	filter f = {.contrast = -1, .jobs = 2};
	bool self = false;
	int o;

	while ((o = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (o) {
		case 'l':
			if (!language_find(optarg)) {
				fprintf(stderr, "mira-audit: no language '%s'\n", optarg);
				return 2;
			}
			f.lang = optarg;
			break;
		case 's': {
			bool known = false;
			char buf[32];

			for (int i = 0; i < NSIZES; i++) {
				snprintf(buf, sizeof buf, "%dx%d", sizes[i].w, sizes[i].h);
				known |= strcmp(buf, optarg) == 0;
			}
			if (!known) {
				fprintf(
				    stderr,
				    "mira-audit: size must be 1920x1080, 1080x1920 or 1280x800\n");
				return 2;
			}
			f.size = optarg;
			break;
		}
		case 'x':
			f.scale = strtof(optarg, NULL);
			if (!(fabsf(f.scale - 1) < 0.01f || fabsf(f.scale - 1.3f) < 0.01f ||
			      fabsf(f.scale - 1.6f) < 0.01f)) {
				fprintf(stderr, "mira-audit: scale must be 1, 1.3 or 1.6\n");
				return 2;
			}
			break;
		case 'p': f.page = optarg; break;
		case 'c':
			if (strcmp(optarg, "normal") && strcmp(optarg, "high")) {
				fprintf(stderr, "mira-audit: contrast must be normal or high\n");
				return 2;
			}
			f.contrast = strcmp(optarg, "high") == 0;
			break;
		case 'j':
			f.jobs = atoi(optarg);
			if (f.jobs < 1 || f.jobs > MAX_JOBS) {
				fprintf(stderr, "mira-audit: jobs must be 1 to %d\n", MAX_JOBS);
				return 2;
			}
			break;
		case 'v': f.verbose = true; break;
		case 't': self = true; break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 2;
		}
	}
	if (optind < argc) {
		usage(stderr);
		return 2;
	}
	if (self)
		return self_test();
	if (f.page) {
		/* Known page? Checked once here so a typo is not a silent pass. */
		kiosk k;
		bool found = false;

		if (!kiosk_open(&k, 64, 64)) {
			fprintf(stderr, "mira-audit: cannot open the fonts (run from the project "
			                "root)\n");
			return 2;
		}
		for (int i = 0; i < page_count(&k) && !found; i++) {
			char buf[96];

			found = strcmp(page_id(&k, i, buf, sizeof buf), f.page) == 0;
		}
		kiosk_close(&k);
		if (!found) {
			fprintf(stderr, "mira-audit: no page '%s'\n", f.page);
			return 2;
		}
	}
	{
		int combos = 0;

		for (int si = 0; si < NSIZES; si++)
			for (int ci = 0; ci < NSCALES; ci++)
				combos += combo_selected(&f, si, ci);
		if (f.jobs > combos)
			f.jobs = combos;
	}
	return run_matrix(&f);
}
