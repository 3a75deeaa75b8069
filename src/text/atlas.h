/* Glyph atlas: FreeType rasterizes each glyph once per (font, pixel size,
 * glyph id) into shared SDL texture pages. */
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

/* The atlas draws through renderer, which must outlive it. NULL on failure. */
text_atlas *atlas_create(SDL_Renderer *renderer);
void atlas_destroy(text_atlas *atlas);

/* The glyph's place in the atlas, rasterizing it on first use. False for
 * glyphs with no ink (spaces) and on failure; *out is then unusable. */
bool atlas_get(text_atlas *atlas, text_font *font, int px, uint32_t gid, atlas_glyph *out);

/* Number of glyphs held and texture pages in use (for benchmarks). */
size_t atlas_glyph_count(const text_atlas *atlas);
size_t atlas_page_count(const text_atlas *atlas);

#endif
