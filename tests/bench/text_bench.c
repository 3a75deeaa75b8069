/* mira-textbench: the kiosk's text engine against Pango, like for like, in
 * one process (make bench). Both lay out the same paragraphs (blank lines
 * separate them, as for mira-text) with the same font chain, size, width,
 * language and direction; both draw black on white into images of the same
 * size; both images are written by the same PNG encoder. Start-up (fonts,
 * fontconfig) is not timed and one untimed run warms both sides' caches
 * (glyphs, shaping plans); then runs alternate between the engines, so
 * that a noisy machine slows both alike.
 *   mira-textbench LANG FILE WIDTH SIZE RUNS OUT-PREFIX
 * Pango finds fonts through fontconfig: run it with FONTCONFIG_FILE set to
 * tests/ocr/fonts.conf (the project's fonts/ and nothing else). Prints
 * "name value" lines: per engine the median ms of layout alone, of drawing
 * alone, of PNG encoding alone (the kiosk's encoder: libpng level 1, no
 * filter; and cairo's, what pango-view uses) and of layout + drawing + PNG;
 * the image size; the font families Pango used. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <SDL.h>
#include <pango/pangocairo.h>

#include "../../src/content/language.h"
#include "../../src/text/atlas.h"
#include "../../src/text/breaks.h"
#include "../../src/text/draw.h"
#include "../../src/text/font.h"
#include "../../src/text/layout.h"
#include "../../src/util/log.h"
#include "../../src/util/paths.h"
#include "../../src/util/png.h"

#define MARGIN   16
#define MAX_PARA 4096

enum { LAYOUT, DRAW, PNG_KIOSK, PNG_CAIRO, ALL, PHASES };
static const char *const phase_names[PHASES] = {"layout", "draw", "png_kiosk", "png_cairo", "all"};

typedef struct {
	char **text;
	size_t *len;
	size_t count;
} paragraphs;

static double now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp);
	return v[n / 2];
}

/* Blank lines separate paragraphs; a single line end inside one is a space
 * (as mira-text reads its input). */
static void split(char *s, paragraphs *p)
{
	p->text = calloc(MAX_PARA, sizeof *p->text);
	p->len = calloc(MAX_PARA, sizeof *p->len);
	p->count = 0;
	while (p->text && p->len && *s && p->count < MAX_PARA) {
		char *start, *w;

		while (*s == '\n' || *s == '\r')
			s++;
		if (!*s)
			break;
		start = w = s;
		while (*s) {
			if (*s == '\r') {
				s++;
			} else if (*s == '\n') {
				char *q = s + 1;

				while (*q == '\r' || *q == ' ' || *q == '\t')
					q++;
				if (*q == '\n' || !*q) {
					s = q;
					break;
				}
				*w++ = ' ';
				s++;
			} else {
				*w++ = *s++;
			}
		}
		p->text[p->count] = start;
		p->len[p->count++] = (size_t)(w - start);
		*w = '\0';
	}
}

/* --- The kiosk's engine ------------------------------------------------- */

typedef struct {
	text_style style;
	text_layout **layouts;
	SDL_Surface *surface;
	SDL_Renderer *renderer;
	text_atlas *atlas;
} mira_side;

static float mira_layout(mira_side *m, const paragraphs *p)
{
	float h = 0;

	for (size_t i = 0; i < p->count; i++) {
		text_layout_destroy(m->layouts[i]);
		m->layouts[i] = text_layout_create(p->text[i], p->len[i], &m->style);
		h += text_layout_height(m->layouts[i]) + (i ? m->style.size * 0.5f : 0);
	}
	return h;
}

static void mira_draw(mira_side *m, const paragraphs *p)
{
	float y = MARGIN;

	SDL_SetRenderDrawColor(m->renderer, 255, 255, 255, 255);
	SDL_RenderClear(m->renderer);
	for (size_t i = 0; i < p->count; i++) {
		if (i)
			y += m->style.size * 0.5f;
		text_draw(m->renderer, m->atlas, m->layouts[i], MARGIN, y,
		          (SDL_Color){0, 0, 0, 255}, NULL);
		y += text_layout_height(m->layouts[i]);
	}
	SDL_RenderPresent(m->renderer); /* SDL draws what was queued */
}

/* --- Pango ----------------------------------------------------------------- */

typedef struct {
	PangoContext *context;
	PangoFontDescription *font;
	PangoLayout **layouts;
	cairo_surface_t *surface;
	SDL_Surface *view; /* the same pixels, for the kiosk's encoder */
	int width;
	float size;
	bool rtl; /* lines start at the right edge, as the kiosk's */
} pango_side;

static float pango_lay(pango_side *g, const paragraphs *p)
{
	float h = 0;

	for (size_t i = 0; i < p->count; i++) {
		PangoLayout *l = pango_layout_new(g->context);
		int lw, lh;

		pango_layout_set_font_description(l, g->font);
		pango_layout_set_width(l, g->width * PANGO_SCALE);
		pango_layout_set_wrap(l, PANGO_WRAP_WORD);
		pango_layout_set_auto_dir(l, FALSE); /* the language's direction */
		pango_layout_set_alignment(l, g->rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
		pango_layout_set_text(l, p->text[i], (int)p->len[i]);
		pango_layout_get_size(l, &lw, &lh); /* lays the paragraph out */
		if (g->layouts[i])
			g_object_unref(g->layouts[i]);
		g->layouts[i] = l;
		h += (float)lh / PANGO_SCALE + (i ? g->size * 0.5f : 0);
	}
	return h;
}

static void pango_draw(pango_side *g, const paragraphs *p)
{
	cairo_t *cr = cairo_create(g->surface);
	float y = MARGIN;

	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_set_source_rgb(cr, 0, 0, 0);
	for (size_t i = 0; i < p->count; i++) {
		int lw, lh;

		if (i)
			y += g->size * 0.5f;
		cairo_move_to(cr, MARGIN, y);
		pango_cairo_show_layout(cr, g->layouts[i]);
		pango_layout_get_size(g->layouts[i], &lw, &lh);
		y += (float)lh / PANGO_SCALE;
	}
	cairo_destroy(cr);
	cairo_surface_flush(g->surface);
}

/* The families of the fonts Pango actually used, comma separated. */
static void pango_families(pango_side *g, const paragraphs *p, char *out, size_t size)
{
	out[0] = '\0';
	for (size_t i = 0; i < p->count; i++) {
		PangoLayoutIter *it = pango_layout_get_iter(g->layouts[i]);

		do {
			PangoLayoutRun *run = pango_layout_iter_get_run_readonly(it);
			PangoFontDescription *d;
			const char *family;

			if (!run)
				continue;
			d = pango_font_describe(run->item->analysis.font);
			family = pango_font_description_get_family(d);
			if (family && !strstr(out, family))
				snprintf(out + strlen(out), size - strlen(out), "%s%s",
				         out[0] ? "," : "", family);
			pango_font_description_free(d);
		} while (pango_layout_iter_next_run(it));
		pango_layout_iter_free(it);
	}
	for (char *c = out; *c; c++)
		if (*c == ' ')
			*c = '_';
}

int main(int argc, char **argv)
{
	const language *lang;
	text_fontset *fonts;
	text_font *chain[LANGUAGE_MAX_FONTS];
	int nchain, runs, w, h;
	float width, size, mh, gh;
	char *data, family[512] = "", path[4200], used[512];
	size_t len;
	paragraphs p;
	mira_side m = {0};
	pango_side g = {0};
	PangoFontMap *map;
	cairo_font_options_t *opts;
	cairo_surface_t *mira_view;
	double *t[2][PHASES];

	if (argc != 7 || !(lang = language_find(argv[1])) || (width = strtof(argv[3], NULL)) < 1 ||
	    (size = strtof(argv[4], NULL)) < 1 || (runs = atoi(argv[5])) < 1) {
		fprintf(stderr, "usage: mira-textbench LANG FILE WIDTH SIZE RUNS OUT-PREFIX\n");
		return 2;
	}
	log_set_level(LOG_LEVEL_ERROR);
	data = paths_read_file(argv[2], &len);
	fonts = fontset_create("fonts");
	if (!data || !fonts) {
		fprintf(stderr, "mira-textbench: cannot read %s or fonts/\n", argv[2]);
		return 1;
	}
	split(data, &p);
	if (!p.count)
		return 1;
	for (int e = 0; e < 2; e++)
		for (int k = 0; k < PHASES; k++)
			t[e][k] = calloc((size_t)runs, sizeof(double));

	/* The kiosk's side: as mira-text does it. */
	nchain = language_font_chain(lang, fonts, false, chain);
	m.style = language_text_style(lang, chain, nchain, size, width);
	m.layouts = calloc(p.count, sizeof *m.layouts);

	/* Pango's side: the same fonts in the same order, the size in pixels,
	 * the language and its direction, hinting as the kiosk's rasterizer
	 * (slight, no hinted metrics, positions not rounded to whole pixels). */
	for (int i = 0; i < nchain; i++)
		snprintf(family + strlen(family), sizeof family - strlen(family), "%s%s",
		         i ? "," : "", chain[i]->ft->family_name);
	map = pango_cairo_font_map_new();
	g.context = pango_font_map_create_context(map);
	pango_cairo_context_set_resolution(g.context, 72);
	pango_context_set_language(g.context, pango_language_from_string(lang->code));
	pango_context_set_base_dir(g.context,
	                           lang->rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
	pango_context_set_round_glyph_positions(g.context, FALSE);
	opts = cairo_font_options_create();
	cairo_font_options_set_hint_style(opts, CAIRO_HINT_STYLE_SLIGHT);
	cairo_font_options_set_hint_metrics(opts, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_antialias(opts, CAIRO_ANTIALIAS_GRAY);
	pango_cairo_context_set_font_options(g.context, opts);
	g.font = pango_font_description_new();
	pango_font_description_set_family(g.font, family);
	pango_font_description_set_absolute_size(g.font, size * PANGO_SCALE);
	g.width = (int)width;
	g.rtl = lang->rtl;
	g.size = size;
	g.layouts = calloc(p.count, sizeof *g.layouts);

	/* One untimed run of each; the images are as tall as the taller. */
	mh = mira_layout(&m, &p);
	gh = pango_lay(&g, &p);
	w = (int)width + 2 * MARGIN;
	h = (int)ceilf(fmaxf(mh, gh)) + 2 * MARGIN;
	m.surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
	m.renderer = m.surface ? SDL_CreateSoftwareRenderer(m.surface) : NULL;
	m.atlas = m.renderer ? atlas_create(m.renderer) : NULL;
	g.surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
	if (!m.atlas || cairo_surface_status(g.surface) != CAIRO_STATUS_SUCCESS ||
	    cairo_image_surface_get_stride(g.surface) != w * 4) {
		fprintf(stderr, "mira-textbench: cannot make the images\n");
		return 1;
	}
	/* Each side's pixels, seen by the other side's encoder. */
	g.view = SDL_CreateRGBSurfaceWithFormatFrom(cairo_image_surface_get_data(g.surface), w, h,
	                                            32, w * 4, SDL_PIXELFORMAT_XRGB8888);
	mira_view = cairo_image_surface_create_for_data(m.surface->pixels, CAIRO_FORMAT_RGB24, w, h,
	                                                m.surface->pitch);
	mira_draw(&m, &p);
	pango_draw(&g, &p);
	pango_families(&g, &p, used, sizeof used);

	for (int r = 0; r < runs; r++) {
		for (int e = 0; e < 2; e++) {
			double t0 = now_ms(), t1, t2, t3, t4;

			snprintf(path, sizeof path, "%s-%s.png", argv[6], e ? "pango" : "mira");
			if (e == 0) {
				mira_layout(&m, &p);
				t1 = now_ms();
				mira_draw(&m, &p);
				t2 = now_ms();
				png_save(m.surface, path);
				t3 = now_ms();
				cairo_surface_mark_dirty(mira_view);
				cairo_surface_write_to_png(mira_view, path);
			} else {
				pango_lay(&g, &p);
				t1 = now_ms();
				pango_draw(&g, &p);
				t2 = now_ms();
				png_save(g.view, path);
				t3 = now_ms();
				cairo_surface_write_to_png(g.surface, path);
			}
			t4 = now_ms();
			t[e][LAYOUT][r] = t1 - t0;
			t[e][DRAW][r] = t2 - t1;
			t[e][PNG_KIOSK][r] = t3 - t2;
			t[e][PNG_CAIRO][r] = t4 - t3;
			t[e][ALL][r] = t3 - t0;
		}
	}
	/* The images as the kiosk's encoder writes them, to look at. */
	snprintf(path, sizeof path, "%s-mira.png", argv[6]);
	png_save(m.surface, path);
	snprintf(path, sizeof path, "%s-pango.png", argv[6]);
	png_save(g.view, path);

	printf("image %dx%d\n", w, h);
	printf("paragraphs %zu\n", p.count);
	printf("height_mira %.0f\nheight_pango %.0f\n", mh, gh);
	printf("fonts_asked %s\n", family);
	printf("fonts_pango_used %s\n", used);
	for (int e = 0; e < 2; e++)
		for (int k = 0; k < PHASES; k++)
			printf("%s_%s_ms %.3f\n", e ? "pango" : "mira", phase_names[k],
			       median(t[e][k], runs));

	for (size_t i = 0; i < p.count; i++) {
		text_layout_destroy(m.layouts[i]);
		g_object_unref(g.layouts[i]);
	}
	cairo_surface_destroy(mira_view);
	SDL_FreeSurface(g.view);
	cairo_surface_destroy(g.surface);
	atlas_destroy(m.atlas);
	SDL_DestroyRenderer(m.renderer);
	SDL_FreeSurface(m.surface);
	pango_font_description_free(g.font);
	cairo_font_options_destroy(opts);
	g_object_unref(g.context);
	g_object_unref(map);
	fontset_destroy(fonts);
	breaks_cleanup();
	free(data);
	return 0;
}
