#include "layout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "breaks.h"
#include "itemize.h"
#include "shape.h"
#include "utf8.h"

#define MAX_CHAIN 8

/* A run in logical order: one level, script and font. */
typedef struct {
	size_t start, end;
	uint8_t level;
	hb_script_t script;
	int font;                        /* index in the usable chain */
	size_t first_glyph, glyph_count; /* in the paragraph's shaping */
} logical_run;

struct text_layout {
	uint32_t *text; /* the paragraph's code points, for checkers */
	size_t text_count;
	float size, width, height;
	int par_level;
	text_line *lines;
	size_t line_count;
	text_visual_run *runs;
	size_t run_count, run_cap;
	text_glyph *glyphs;
	size_t glyph_count, glyph_cap;
};

/* Everything the stages share while one paragraph is laid out. */
typedef struct {
	const text_style *style;
	text_font *chain[MAX_CHAIN];
	int nchain;
	int par_level;
	hb_language_t lang;
	hb_buffer_t *buf;
	uint32_t *cps;
	size_t n;
	uint8_t *levels, *graph, *brk, *fonts, *cluster_start, *unsafe;
	hb_script_t *scripts;
	float *adv;
	logical_run *runs;
	size_t run_count;
	shaped_glyphs shaped;
	shaped_glyphs piece; /* re-shaped run pieces at unsafe line edges */
	uint32_t *map;
} ctx;

static float px(const ctx *c, const text_font *f, int32_t units)
{
	return (float)units * c->style->size / (float)f->upem;
}

static bool is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x2028 ||
	       cp == 0x2029 || cp == 0x3000 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
	       cp == 0x205F;
}

static bool grow(void **p, size_t *cap, size_t want, size_t elem)
{
	void *q;
	size_t n = *cap ? *cap : 16;

	if (want <= *cap)
		return true;
	while (n < want)
		n *= 2;
	q = realloc(*p, n * elem);
	if (!q)
		return false;
	*p = q;
	*cap = n;
	return true;
}

static bool build_runs(ctx *c)
{
	c->runs = malloc((c->n ? c->n : 1) * sizeof *c->runs);
	if (!c->runs)
		return false;
	for (size_t i = 0; i < c->n; i++) {
		logical_run *r = c->run_count ? &c->runs[c->run_count - 1] : NULL;

		if (r && r->level == c->levels[i] && r->script == c->scripts[i] &&
		    r->font == c->fonts[i]) {
			r->end = i + 1;
			continue;
		}
		r = &c->runs[c->run_count++];
		r->start = i;
		r->end = i + 1;
		r->level = c->levels[i];
		r->script = c->scripts[i];
		r->font = c->fonts[i];
	}
	return true;
}

static bool shape_all(ctx *c)
{
	for (size_t k = 0; k < c->run_count; k++) {
		logical_run *r = &c->runs[k];
		const text_font *f = c->chain[r->font];

		r->first_glyph = c->shaped.count;
		if (!shape_run(c->buf, f, c->cps, c->n, r->start, r->end - r->start, r->level & 1,
		               r->script, c->lang, &c->shaped))
			return false;
		r->glyph_count = c->shaped.count - r->first_glyph;
		for (size_t g = r->first_glyph; g < c->shaped.count; g++) {
			const shaped_glyph *sg = &c->shaped.glyphs[g];

			if (sg->cluster < c->n) {
				c->adv[sg->cluster] += px(c, f, sg->x_advance);
				c->cluster_start[sg->cluster] = 1;
				c->unsafe[sg->cluster] |= sg->unsafe_to_break;
			}
		}
		c->cluster_start[r->start] = 1;
	}
	return true;
}

static bool isolate_initiator(uint32_t cp)
{
	return cp >= 0x2066 && cp <= 0x2068; /* LRI, RLI, FSI */
}

/* No line break inside an isolate (an initiator to its matching PDI): a
 * phone number, range, § reference or address isolated by the content layer
 * is one left to right unit, and isolation alone fixes its order, not its
 * line. An isolate wider than the line keeps its UAX #14 opportunities, and
 * line_end's emergency break covers the rest. Runs after breaks_line, which
 * stays pure UAX #14 for the conformance test. Only the outermost isolates
 * matter: an inner one lies inside. */
static void keep_isolates_whole(ctx *c)
{
	size_t depth = 0, open = 0;

	if (c->style->width <= 0)
		return;
	for (size_t i = 0; i < c->n; i++) {
		if (isolate_initiator(c->cps[i])) {
			if (depth++ == 0)
				open = i;
		} else if (c->cps[i] == 0x2069 && depth > 0 && --depth == 0) {
			float w = 0;

			for (size_t j = open; j <= i; j++)
				w += c->adv[j];
			if (w > c->style->width + 0.01f)
				continue;
			for (size_t j = open + 1; j <= i; j++)
				if (c->brk[j] == BREAK_ALLOWED)
					c->brk[j] = BREAK_NONE;
		} else if (c->brk[i + 1] == BREAK_MANDATORY) {
			depth = 0; /* a paragraph break ends every isolate (UAX #9 X8) */
		}
	}
}

/* Where the line starting at s ends: the last break opportunity that fits,
 * else (a word wider than the line) the last grapheme boundary that fits and
 * is not inside a shaping cluster, at least one grapheme. */
static size_t line_end(const ctx *c, size_t s)
{
	float limit = c->style->width, sum = 0, w;
	size_t best = 0, overflow = c->n;

	/* One pass: the width so far grows with j, so the scan stops at the
	 * first character that no longer fits (long paragraphs stay linear). */
	for (size_t j = s + 1; j <= c->n; j++) {
		sum += c->adv[j - 1];
		if (limit > 0 && !is_space(c->cps[j - 1])) {
			if (sum > limit + 0.01f) {
				overflow = j;
				break;
			}
		}
		if (c->brk[j] == BREAK_NONE)
			continue;
		best = j;
		if (c->brk[j] == BREAK_MANDATORY)
			return j;
	}
	if (best && (overflow == c->n || best < overflow))
		return best;
	/* Emergency break in a word wider than the line: the last grapheme
	 * boundary outside a shaping cluster that fits, at least one. */
	w = 0;
	best = 0;
	for (size_t j = s + 1; j <= overflow; j++) {
		w += c->adv[j - 1];
		if (j < overflow && !(c->graph[j] && c->cluster_start[j]))
			continue;
		if (w > limit + 0.01f && best)
			break;
		best = j;
	}
	return best ? best : overflow;
}

static int run_of(const ctx *c, size_t i)
{
	size_t lo = 0, hi = c->run_count;

	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;

		if (c->runs[mid].start <= i)
			lo = mid;
		else
			hi = mid;
	}
	return (int)lo;
}

/* A line may start or end before character i of run r without re-shaping:
 * at the run's edges, or at a cluster HarfBuzz says is safe to break. */
static bool safe_cut(const ctx *c, const logical_run *r, size_t i)
{
	if (i <= r->start || i >= r->end)
		return true;
	return c->cluster_start[i] && !c->unsafe[i];
}

static bool add_glyph(text_layout *l, const text_glyph *g)
{
	if (!grow((void **)&l->glyphs, &l->glyph_cap, l->glyph_count + 1, sizeof *l->glyphs))
		return false;
	l->glyphs[l->glyph_count++] = *g;
	return true;
}

/* Appends the glyphs of characters [a, b) of run r at pen x; returns false
 * if memory ran out. */
/* First glyph index whose cluster is "past" v in visual order. */
static size_t bisect(const shaped_glyph *gs, size_t n, size_t v, bool rtl)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		bool before = rtl ? gs[mid].cluster >= v : gs[mid].cluster < v;

		if (before)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void slice(const shaped_glyph *gs, size_t n, size_t a, size_t b, bool rtl, size_t *from,
                  size_t *count)
{
	size_t lo, hi;

	if (rtl) {
		lo = bisect(gs, n, b, true); /* glyphs with cluster >= b come first */
		hi = bisect(gs, n, a, true); /* then clusters in [a, b) */
	} else {
		lo = bisect(gs, n, a, false);
		hi = bisect(gs, n, b, false);
	}
	*from = lo;
	*count = hi > lo ? hi - lo : 0;
}

static bool place_piece(ctx *c, text_layout *l, const logical_run *r, size_t a, size_t b, float *x)
{
	text_font *f = c->chain[r->font];
	const shaped_glyph *gs;
	size_t count;

	if (safe_cut(c, r, a) && safe_cut(c, r, b)) {
		size_t from = 0;

		gs = c->shaped.glyphs + r->first_glyph;
		count = r->glyph_count;
		/* Only the glyphs of [a, b): found by bisection, clusters are
		 * monotonic in a run (falling in a right-to-left one). */
		slice(gs, r->glyph_count, a, b, (r->level & 1) != 0, &from, &count);
		gs += from;
	} else {
		c->piece.count = 0;
		if (!shape_run(c->buf, f, c->cps, c->n, a, b - a, r->level & 1, r->script, c->lang,
		               &c->piece))
			return false;
		gs = c->piece.glyphs;
		count = c->piece.count;
	}
	for (size_t k = 0; k < count; k++) {
		text_glyph g;

		if (gs[k].cluster < a || gs[k].cluster >= b)
			continue;
		g.font = f;
		g.gid = gs[k].gid;
		g.cluster = gs[k].cluster;
		g.x = *x + px(c, f, gs[k].x_offset);
		g.y = -px(c, f, gs[k].y_offset); /* baseline added later */
		if (!add_glyph(l, &g))
			return false;
		*x += px(c, f, gs[k].x_advance);
	}
	return true;
}

static void measure_line(ctx *c, text_layout *l, text_line *line)
{
	float asc = 0, desc = 0, gap = 0;
	text_font *base = c->chain[0];
	bool any = false;

	for (size_t k = line->first_run; k < line->first_run + line->run_count; k++) {
		const text_visual_run *vr = &l->runs[k];
		text_font *f = vr->font;

		asc = fmaxf(asc, px(c, f, f->ascender));
		desc = fmaxf(desc, -px(c, f, f->descender));
		gap = fmaxf(gap, px(c, f, f->line_gap));
		any = true;
		for (size_t g = vr->first_glyph; g < vr->first_glyph + vr->glyph_count; g++) {
			hb_glyph_extents_t e;
			const text_glyph *tg = &l->glyphs[g];

			if (!hb_font_get_glyph_extents(f->hb, tg->gid, &e) || e.height == 0)
				continue;
			/* Tall glyphs (Nastaliq) grow the line; nothing is clipped. */
			asc = fmaxf(asc, px(c, f, e.y_bearing) - tg->y);
			desc = fmaxf(desc, -(px(c, f, e.y_bearing + e.height) - tg->y));
		}
	}
	if (!any) {
		asc = px(c, base, base->ascender);
		desc = -px(c, base, base->descender);
		gap = px(c, base, base->line_gap);
	}
	line->ascent = asc;
	line->descent = desc;
	line->height =
	    (asc + desc + gap) * (c->style->line_spacing > 0 ? c->style->line_spacing : 1);
}

/* Cuts [s, e) into visual runs, places glyphs left to right, aligns. */
static bool lay_line(ctx *c, text_layout *l, size_t s, size_t e)
{
	text_line *line = &l->lines[l->line_count++];
	size_t vis_end = e, first_glyph = l->glyph_count;
	float x = 0, shift;

	memset(line, 0, sizeof *line);
	line->start = s;
	line->end = e;
	line->first_run = l->run_count;
	while (vis_end > s && is_space(c->cps[vis_end - 1]))
		vis_end--;
	if (vis_end > s &&
	    !bidi_reorder_line(c->cps, c->levels, s, vis_end - s, c->par_level, c->map))
		return false;
	for (size_t k = 0; k < vis_end - s;) {
		size_t i = c->map[k];
		int r = run_of(c, i);
		const logical_run *lr = &c->runs[r];
		bool rtl = lr->level & 1;
		size_t a = i, b = i + 1, k2 = k + 1;
		text_visual_run *vr;

		/* Extend while the next visual character continues the run. */
		while (k2 < vis_end - s) {
			size_t j = c->map[k2];

			if (run_of(c, j) != r || (rtl ? j + 1 != a : j != b))
				break;
			if (rtl)
				a = j;
			else
				b = j + 1;
			k2++;
		}
		if (!grow((void **)&l->runs, &l->run_cap, l->run_count + 1, sizeof *l->runs))
			return false;
		vr = &l->runs[l->run_count++];
		vr->level = lr->level;
		vr->script = lr->script;
		vr->font = c->chain[lr->font];
		vr->start = a;
		vr->end = b;
		vr->first_glyph = l->glyph_count;
		if (!place_piece(c, l, lr, a, b, &x))
			return false;
		vr->glyph_count = l->glyph_count - vr->first_glyph;
		k = k2;
	}
	line->run_count = l->run_count - line->first_run;
	line->width = x;
	shift = 0;
	if (c->style->width > 0 && c->style->center)
		shift = (c->style->width - x) / 2;
	else if (c->par_level & 1)
		shift = (c->style->width > 0 ? c->style->width : 0) - x;
	line->x = shift;
	for (size_t g = first_glyph; g < l->glyph_count; g++)
		l->glyphs[g].x += shift;
	measure_line(c, l, line);
	return true;
}

static bool lay_lines(ctx *c, text_layout *l)
{
	float y = 0, widest = 0;

	l->lines = calloc(c->n + 1, sizeof *l->lines);
	if (!l->lines)
		return false;
	if (c->n == 0) {
		if (!lay_line(c, l, 0, 0))
			return false;
	}
	for (size_t s = 0; s < c->n;) {
		size_t e = line_end(c, s);

		if (e <= s)
			e = s + 1;
		if (!lay_line(c, l, s, e))
			return false;
		s = e;
	}
	/* No wrapping: right to left lines align to the widest. */
	for (size_t i = 0; i < l->line_count; i++)
		widest = fmaxf(widest, l->lines[i].width);
	l->width = c->style->width > 0 ? c->style->width : widest;
	for (size_t i = 0; i < l->line_count; i++) {
		text_line *line = &l->lines[i];
		float extra = line->height - line->ascent - line->descent;

		if (c->style->width <= 0 && (c->par_level & 1)) {
			float shift = widest - line->width;

			line->x += shift;
			for (size_t r = line->first_run; r < line->first_run + line->run_count; r++)
				for (size_t g = l->runs[r].first_glyph;
				     g < l->runs[r].first_glyph + l->runs[r].glyph_count; g++)
					l->glyphs[g].x += shift;
		}
		line->top = y;
		line->baseline = y + extra / 2 + line->ascent;
		for (size_t r = line->first_run; r < line->first_run + line->run_count; r++)
			for (size_t g = l->runs[r].first_glyph;
			     g < l->runs[r].first_glyph + l->runs[r].glyph_count; g++)
				l->glyphs[g].y += line->baseline;
		y += line->height;
	}
	l->height = y;
	return true;
}

static void ctx_free(ctx *c)
{
	if (c->buf)
		hb_buffer_destroy(c->buf);
	free(c->cps);
	free(c->levels);
	free(c->graph);
	free(c->brk);
	free(c->fonts);
	free(c->cluster_start);
	free(c->unsafe);
	free(c->scripts);
	free(c->adv);
	free(c->runs);
	free(c->map);
	shaped_glyphs_free(&c->shaped);
	shaped_glyphs_free(&c->piece);
}

text_layout *text_layout_create(const char *utf8, size_t len, const text_style *style)
{
	text_layout *l = calloc(1, sizeof *l);
	ctx c;
	size_t n1;

	memset(&c, 0, sizeof c);
	if (!l)
		return NULL;
	l->size = style->size;
	c.cps = malloc((len + 1) * sizeof *c.cps);
	l->text = malloc((len + 1) * sizeof *l->text);
	if (!c.cps || !l->text)
		goto error;
	c.n = utf8_decode(utf8, len, c.cps, NULL);
	memcpy(l->text, c.cps, c.n * sizeof *c.cps);
	l->text_count = c.n;
	for (int i = 0; i < style->nchain && c.nchain < MAX_CHAIN; i++)
		if (style->chain[i])
			c.chain[c.nchain++] = style->chain[i];
	l->par_level = style->dir == TEXT_DIR_RTL;
	if (c.nchain == 0 || style->size <= 0) {
		ctx_free(&c);
		return l; /* nothing can be drawn; the font set logged why */
	}
	c.style = style;
	c.lang = hb_language_from_string(style->lang ? style->lang : "en", -1);
	c.buf = hb_buffer_create();
	if (!hb_buffer_allocation_successful(c.buf))
		goto error;
	n1 = c.n + 1;
	c.levels = calloc(n1, 1);
	c.graph = calloc(n1, 1);
	c.brk = calloc(n1, 1);
	c.fonts = calloc(n1, 1);
	c.cluster_start = calloc(n1, 1);
	c.unsafe = calloc(n1, 1);
	c.scripts = calloc(n1, sizeof *c.scripts);
	c.adv = calloc(n1, sizeof *c.adv);
	c.map = calloc(n1, sizeof *c.map);
	if (!c.levels || !c.graph || !c.brk || !c.fonts || !c.cluster_start || !c.unsafe ||
	    !c.scripts || !c.adv || !c.map)
		goto error;
	c.par_level = bidi_levels(c.cps, c.n, style->dir, c.levels);
	if (c.par_level < 0) {
		c.par_level = style->dir == TEXT_DIR_RTL;
		memset(c.levels, c.par_level, c.n);
	}
	l->par_level = c.par_level;
	itemize_scripts(c.cps, c.n, c.scripts);
	if (!breaks_grapheme(c.cps, c.n, c.graph))
		memset(c.graph, 1, n1);
	itemize_fonts(c.cps, c.n, c.graph, c.chain, c.nchain, c.fonts);
	if (!breaks_line(c.cps, c.n, style->lang ? style->lang : "", c.brk)) {
		memset(c.brk, BREAK_NONE, n1);
		c.brk[c.n] = BREAK_MANDATORY;
	}
	if (!build_runs(&c) || !shape_all(&c))
		goto error;
	keep_isolates_whole(&c);
	if (!lay_lines(&c, l))
		goto error;
	ctx_free(&c);
	return l;
error:
	ctx_free(&c);
	text_layout_destroy(l);
	return NULL;
}

void text_layout_destroy(text_layout *l)
{
	if (!l)
		return;
	free(l->text);
	free(l->lines);
	free(l->runs);
	free(l->glyphs);
	free(l);
}

const uint32_t *text_layout_text(const text_layout *l, size_t *count)
{
	*count = l->text_count;
	return l->text;
}

const text_line *text_layout_lines(const text_layout *l, size_t *count)
{
	*count = l->line_count;
	return l->lines;
}

const text_visual_run *text_layout_runs(const text_layout *l, size_t *count)
{
	*count = l->run_count;
	return l->runs;
}

const text_glyph *text_layout_glyphs(const text_layout *l, size_t *count)
{
	*count = l->glyph_count;
	return l->glyphs;
}

float text_layout_width(const text_layout *l)
{
	return l->width;
}

float text_layout_height(const text_layout *l)
{
	return l->height;
}

int text_layout_paragraph_level(const text_layout *l)
{
	return l->par_level;
}

float text_layout_size(const text_layout *l)
{
	return l->size;
}

void text_layout_dump(const text_layout *l, FILE *out)
{
	fprintf(out, "paragraph level=%d lines=%zu width=%.1f height=%.1f\n", l->par_level,
	        l->line_count, l->width, l->height);
	for (size_t i = 0; i < l->line_count; i++) {
		const text_line *line = &l->lines[i];

		fprintf(out, "line %zu chars=%zu-%zu x=%.1f width=%.1f baseline=%.1f height=%.1f\n",
		        i, line->start, line->end, line->x, line->width, line->baseline,
		        line->height);
		for (size_t r = line->first_run; r < line->first_run + line->run_count; r++) {
			const text_visual_run *vr = &l->runs[r];
			char tag[5];

			hb_tag_to_string(hb_script_to_iso15924_tag(vr->script), tag);
			tag[4] = '\0';
			fprintf(out, "  run level=%u script=%s font=%s chars=%zu-%zu\n", vr->level,
			        tag, vr->font->name, vr->start, vr->end);
			for (size_t g = vr->first_glyph; g < vr->first_glyph + vr->glyph_count; g++)
				fprintf(out, "    glyph %u cluster=%u x=%.1f y=%.1f\n",
				        l->glyphs[g].gid, l->glyphs[g].cluster, l->glyphs[g].x,
				        l->glyphs[g].y);
		}
	}
}
