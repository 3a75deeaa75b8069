/* Shape stage: HarfBuzz turns a run of characters into positioned glyphs. */
#ifndef MIRA_TEXT_SHAPE_H
#define MIRA_TEXT_SHAPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <hb.h>

#include "font.h"

typedef struct {
	uint32_t gid;     /* glyph id in the run's font */
	uint32_t cluster; /* paragraph index of the cluster's first character */
	int32_t x_advance, x_offset, y_offset; /* font units (size-free) */
	bool unsafe_to_break;                  /* re-shape if a line starts or ends here */
} shaped_glyph;

typedef struct {
	shaped_glyph *glyphs;
	size_t count, capacity;
} shaped_glyphs;

/* Shapes cps[start, start + len) with font, appending glyphs in visual order
 * (right to left runs come reversed, as HarfBuzz gives them). The whole
 * paragraph cps[0, n) is the context, so Arabic joins across run edges.
 * buf is a scratch buffer the caller keeps. Returns false if memory ran out. */
bool shape_run(hb_buffer_t *buf, const text_font *font, const uint32_t *cps, size_t n, size_t start,
               size_t len, bool rtl, hb_script_t script, hb_language_t lang, shaped_glyphs *out);

void shaped_glyphs_free(shaped_glyphs *g);

#endif
