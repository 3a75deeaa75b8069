/* A full glyph atlas reuses its least recently drawn page instead of
 * dropping glyphs. Long texts in eleven languages (Latin, Arabic, Nastaliq,
 * Ethiopic, Cyrillic) at two sizes are drawn over many frames through a
 * tiny atlas (two pages of 128x128, room for about two hundred small glyphs)
 * and through the kiosk's default atlas, each on its own software renderer:
 * every frame must come out pixel for pixel the same. The frames show a
 * sliding window of paragraphs (pages are reused between frames) and, every
 * fifth frame, all of them at once: more glyphs than the tiny atlas holds,
 * so pages are reused within one text_draw call too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/language.h"
#include "../../src/text/atlas.h"
#include "../../src/text/breaks.h"
#include "../../src/text/draw.h"
#include "../../src/ui/typeset.h"
#include "../../src/util/log.h"
#include "../../src/util/paths.h"
#include "../support/check.h"

#define W       1000
#define H       3000
#define FRAMES  60
#define MAX_PAR 32

static int failures;

typedef struct {
	SDL_Surface *surface;
	SDL_Renderer *renderer;
	text_atlas *atlas;
} canvas;

static bool canvas_open(canvas *c, int page_size, int max_pages)
{
	c->surface = SDL_CreateRGBSurfaceWithFormat(0, W, H, 32, SDL_PIXELFORMAT_ARGB8888);
	c->renderer = c->surface ? SDL_CreateSoftwareRenderer(c->surface) : NULL;
	c->atlas = !c->renderer     ? NULL
	           : page_size == 0 ? atlas_create(c->renderer)
	                            : atlas_create_sized(c->renderer, page_size, max_pages);
	return c->atlas != NULL;
}

static void canvas_close(canvas *c)
{
	atlas_destroy(c->atlas);
	if (c->renderer)
		SDL_DestroyRenderer(c->renderer);
	SDL_FreeSurface(c->surface);
}

/* Paragraphs first..last (wrapping) stacked from the top. */
static void frame(canvas *c, text_layout **par, int n, int first, int count)
{
	float y = 10;

	SDL_SetRenderDrawColor(c->renderer, 255, 255, 255, 255);
	SDL_RenderClear(c->renderer);
	for (int i = 0; i < count && y < H; i++) {
		const text_layout *l = par[(first + i) % n];

		text_draw(c->renderer, c->atlas, l, 20, y, (SDL_Color){0, 0, 0, 255}, NULL);
		y += text_layout_height(l) + 8;
	}
	SDL_RenderPresent(c->renderer);
}

/* Rows of the two surfaces that differ, and whether ref has any ink. */
static int differing_rows(const canvas *a, const canvas *b, bool *ink)
{
	int rows = 0;

	*ink = false;
	for (int y = 0; y < H; y++) {
		const uint32_t *ra = (const uint32_t *)((const uint8_t *)a->surface->pixels +
		                                        (size_t)y * (size_t)a->surface->pitch);
		const uint32_t *rb = (const uint32_t *)((const uint8_t *)b->surface->pixels +
		                                        (size_t)y * (size_t)b->surface->pitch);

		rows += memcmp(ra, rb, W * 4) != 0;
		for (int x = 0; x < W && !*ink; x++)
			*ink = (ra[x] & 0xFFFFFFu) != 0xFFFFFFu;
	}
	return rows;
}

int main(void)
{
	static const char *const langs[] = {"ar", "ckb", "fa", "ur", "ti", "uk",
	                                    "nb", "tr",  "so", "pl", "en"};
	static const float sizes[] = {24, 32};
	text_fontset *fonts;
	text_layout *par[MAX_PAR];
	canvas ref = {0}, tiny = {0};
	int n = 0, same = 0, worst = 0;
	size_t glyphs = 0;

	log_set_level(LOG_LEVEL_ERROR);
	fonts = fontset_create("fonts");
	if (!fonts || !canvas_open(&ref, 0, 0) || !canvas_open(&tiny, 128, 2)) {
		printf("FAIL: setup\n");
		return 1;
	}
	for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++)
		for (size_t i = 0; i < sizeof langs / sizeof *langs && n < MAX_PAR; i++) {
			char path[128], *text, *twice;
			size_t len;

			snprintf(path, sizeof path, "tests/data/samples/%s.txt", langs[i]);
			text = paths_read_file(path, &len);
			twice = text ? malloc(2 * len + 2) : NULL;
			if (!twice) {
				printf("FAIL: cannot read %s\n", path);
				free(text);
				return 1;
			}
			/* Twice over: a long paragraph. */
			snprintf(twice, 2 * len + 2, "%.*s %.*s", (int)strcspn(text, "\n"), text,
			         (int)strcspn(text, "\n"), text);
			par[n] = typeset(fonts, language_find(langs[i]), twice, sizes[s], 940,
			                 TYPE_BODY, false);
			if (par[n]) {
				size_t count;

				text_layout_glyphs(par[n], &count);
				glyphs += count;
				n++;
			}
			free(text);
			free(twice);
		}
	CHECK(n == 22, "%d paragraphs laid out, want 22", n);

	for (int f = 0; f < FRAMES; f++) {
		/* A window of four paragraphs moving on, and now and then all. */
		int first = f % n, count = f % 5 == 4 ? n : 4, rows;
		bool ink;

		frame(&ref, par, n, first, count);
		frame(&tiny, par, n, first, count);
		rows = differing_rows(&ref, &tiny, &ink);
		CHECK(ink, "frame %d: nothing drawn", f);
		if (rows == 0)
			same++;
		else if (rows > worst)
			worst = rows;
		if (rows)
			printf("frame %d (%d paragraphs from %s at %.0f px): %d rows of pixels "
			       "differ\n",
			       f, count, langs[first % 11], sizes[first / 11], rows);
	}
	printf("%d paragraphs, %zu glyphs, %d frames; default atlas: %zu glyphs in %zu pages; "
	       "tiny atlas: %zu pages of 128x128, %zu pages reused; %d of %d frames the same\n",
	       n, glyphs, FRAMES, atlas_glyph_count(ref.atlas), atlas_page_count(ref.atlas),
	       atlas_page_count(tiny.atlas), atlas_eviction_count(tiny.atlas), same, FRAMES);
	CHECK(atlas_eviction_count(tiny.atlas) > 0, "the tiny atlas never filled up");
	CHECK(atlas_eviction_count(ref.atlas) == 0, "the default atlas filled up");
	CHECK(same == FRAMES, "%d of %d frames differ from the default atlas's (up to %d rows)",
	      FRAMES - same, FRAMES, worst);

	for (int i = 0; i < n; i++)
		text_layout_destroy(par[i]);
	canvas_close(&ref);
	canvas_close(&tiny);
	fontset_destroy(fonts);
	breaks_cleanup();
	SDL_Quit();
	printf("atlas: %d failures\n", failures);
	return failures != 0;
}
