/* Glyph atlas: FreeType rasterizes each glyph once per (font, pixel size,
 * glyph id) into shared SDL texture pages. When every page is taken, the
 * least recently drawn page is emptied and reused, and its glyphs are
 * rasterized again when next drawn: a full atlas never drops a glyph. */
#ifndef MIRA_TEXT_ATLAS_H
#define MIRA_TEXT_ATLAS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <SDL.h>

#include "font.h"

typedef struct text_atlas text_atlas;

typedef struct {
	SDL_Texture *texture; /* owned by the atlas */
	SDL_Rect src;         /* the glyph's pixels in the texture */
	float u0, v0, u1, v1; /* src as texture coordinates */
	int left, top;        /* bitmap offset from the pen position (top: up) */
} atlas_glyph;

/* The atlas draws through renderer, which must outlive it. NULL on failure.
 * Up to 64 pages of 1024x1024. */
text_atlas *atlas_create(SDL_Renderer *renderer);
/* The same with max_pages (2 to 64) pages of page_size pixels square; small
 * ones make tests of a full atlas. */
text_atlas *atlas_create_sized(SDL_Renderer *renderer, int page_size, int max_pages);
void atlas_destroy(text_atlas *atlas);

/* The glyph's place in the atlas, rasterizing it on first use (or again,
 * after its page was reused). False for glyphs with no ink (spaces) and on
 * failure; *out is then unusable. *out stays valid until a later call
 * reuses its page, and that is never the page of the glyph handed out last:
 * a caller may batch the glyphs of one page until the page changes. */
bool atlas_get(text_atlas *atlas, text_font *font, int px, uint32_t gid, atlas_glyph *out);

/* Number of glyphs known, texture pages in use and pages reused so far (for
 * benchmarks and tests). */
size_t atlas_glyph_count(const text_atlas *atlas);
size_t atlas_page_count(const text_atlas *atlas);
size_t atlas_eviction_count(const text_atlas *atlas);

#endif
