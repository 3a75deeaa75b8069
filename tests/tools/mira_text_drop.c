/* mira-text-drop: mira-text with one glyph left out, the mutation that proves
 * the golden-image and OCR tests notice a single missing letter
 * (tests/mutation/test_missing_glyph.sh). It is mira-text itself, compiled
 * here with its drawing call wrapped, so the shipped mira-text has no hook.
 *   MIRA_DROP=middle (default): the first letter at or after the middle
 *     glyph of the first paragraph that puts ink on the page
 *   MIRA_DROP=N: glyph N (visual order) of the first paragraph
 *   MIRA_DROP=none: every glyph (the image equals mira-text's)
 * The glyph dropped is reported on standard error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

#include "../../src/text/atlas.h"
#include "../../src/text/draw.h"
#include "../../src/text/layout.h"

static bool draw_dropping(SDL_Renderer *renderer, text_atlas *atlas, const text_layout *layout,
                          float x, float y, SDL_Color color, const SDL_Rect *clip);

#define main      mira_text_main
#define text_draw draw_dropping
#include "../../src/tools/mira_text.c"
#undef text_draw
#undef main

/* A letter with ink: what a reader would miss. */
static bool visible_letter(text_atlas *atlas, const text_layout *layout, const text_glyph *g)
{
	size_t count;
	const uint32_t *text = text_layout_text(layout, &count);
	atlas_glyph ag;

	return g->cluster < count && u_isalpha((UChar32)text[g->cluster]) &&
	       atlas_get(atlas, g->font, (int)lroundf(text_layout_size(layout)), g->gid, &ag) &&
	       ag.src.w > 0 && ag.src.h > 0;
}

static bool draw_dropping(SDL_Renderer *renderer, text_atlas *atlas, const text_layout *layout,
                          float x, float y, SDL_Color color, const SDL_Rect *clip)
{
	static bool done;
	const char *how = getenv("MIRA_DROP");
	size_t n, victim = (size_t)-1, count;
	const text_glyph *glyphs = text_layout_glyphs(layout, &n);
	const uint32_t *text = text_layout_text(layout, &count);
	text_glyph *g, keep;
	bool ok;

	if (done || (how && strcmp(how, "none") == 0) || n == 0)
		return text_draw(renderer, atlas, layout, x, y, color, clip);
	done = true;
	if (how && *how && strcmp(how, "middle") != 0) {
		victim = (size_t)strtoul(how, NULL, 10);
	} else {
		for (size_t k = n / 2; k < n && victim == (size_t)-1; k++)
			if (visible_letter(atlas, layout, &glyphs[k]))
				victim = k;
	}
	if (victim >= n) {
		fprintf(stderr, "mira-text-drop: no glyph to drop\n");
		exit(3);
	}
	/* The layout is heap memory the tool owns: hide the glyph for this
	 * one draw (a glyph without a font is skipped), then put it back. */
	g = (text_glyph *)&glyphs[victim];
	keep = *g;
	fprintf(stderr, "mira-text-drop: glyph %zu of %zu (gid %u, U+%04X at character %u)\n",
	        victim, n, (unsigned)g->gid, g->cluster < count ? (unsigned)text[g->cluster] : 0u,
	        (unsigned)g->cluster);
	g->font = NULL;
	ok = text_draw(renderer, atlas, layout, x, y, color, clip);
	*g = keep;
	return ok;
}

int main(int argc, char **argv)
{
	return mira_text_main(argc, argv);
}
