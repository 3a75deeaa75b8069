#include "shape.h"

#include <stdlib.h>

static bool reserve(shaped_glyphs *g, size_t more)
{
	size_t want = g->count + more;
	shaped_glyph *p;

	if (want <= g->capacity)
		return true;
	if (want < g->capacity * 2)
		want = g->capacity * 2;
	p = realloc(g->glyphs, want * sizeof *p);
	if (!p)
		return false;
	g->glyphs = p;
	g->capacity = want;
	return true;
}

bool shape_run(hb_buffer_t *buf, const text_font *font, const uint32_t *cps, size_t n, size_t start,
               size_t len, bool rtl, hb_script_t script, hb_language_t lang, shaped_glyphs *out)
{
	hb_glyph_info_t *info;
	hb_glyph_position_t *pos;
	unsigned int count;

	hb_buffer_clear_contents(buf);
	hb_buffer_add_utf32(buf, cps, (int)n, (unsigned int)start, (int)len);
	hb_buffer_set_direction(buf, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
	hb_buffer_set_script(buf, script);
	hb_buffer_set_language(buf, lang);
	hb_buffer_set_cluster_level(buf, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_GRAPHEMES);
	hb_shape(font->hb, buf, NULL, 0);
	info = hb_buffer_get_glyph_infos(buf, &count);
	pos = hb_buffer_get_glyph_positions(buf, NULL);
	if (!reserve(out, count))
		return false;
	for (unsigned int i = 0; i < count; i++) {
		shaped_glyph *g = &out->glyphs[out->count++];

		g->gid = info[i].codepoint;
		g->cluster = info[i].cluster;
		g->x_advance = pos[i].x_advance;
		g->x_offset = pos[i].x_offset;
		g->y_offset = pos[i].y_offset;
		g->unsafe_to_break =
		    (hb_glyph_info_get_glyph_flags(&info[i]) & HB_GLYPH_FLAG_UNSAFE_TO_BREAK) != 0;
	}
	return true;
}

void shaped_glyphs_free(shaped_glyphs *g)
{
	free(g->glyphs);
	g->glyphs = NULL;
	g->count = g->capacity = 0;
}
