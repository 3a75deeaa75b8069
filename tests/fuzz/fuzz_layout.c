/* Fuzz target: the whole text engine (decode, bidi, itemize, shape, break,
 * reorder) on arbitrary bytes, with a width, a size and a language taken
 * from the first bytes. Seeds: tests/data/samples and the layout tests.
 * Checks the layout's invariants: lines follow each other and cover every
 * character once, top to bottom; each line's runs and each run's glyphs
 * are its own and in range; every glyph comes from a character of its run;
 * every position and size is a finite number; the height is the sum of the
 * line heights and a wrapped layout is as wide as asked. */
#include <math.h>
#include <stddef.h>
#include <stdint.h>

#include "../../src/content/language.h"
#include "../../src/text/breaks.h"
#include "../../src/text/layout.h"
#include "../../src/util/log.h"
#include "check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static text_fontset *fonts;

static void check_layout(const text_layout *l, int nchain, float width, size_t bytes)
{
	size_t nt, nl, nr, ng, run = 0, glyph = 0;
	const text_line *lines;
	const text_visual_run *runs;
	const text_glyph *glyphs;
	float top = 0;

	text_layout_text(l, &nt);
	lines = text_layout_lines(l, &nl);
	runs = text_layout_runs(l, &nr);
	glyphs = text_layout_glyphs(l, &ng);
	FUZZ_CHECK(nt <= bytes);
	FUZZ_CHECK(text_layout_paragraph_level(l) == 0 || text_layout_paragraph_level(l) == 1);
	if (nchain == 0) { /* nothing can be drawn */
		FUZZ_CHECK(nl == 0 && ng == 0);
		return;
	}
	FUZZ_CHECK(nl >= 1);
	for (size_t i = 0; i < nl; i++) {
		const text_line *line = &lines[i];

		FUZZ_CHECK(line->start == (i ? lines[i - 1].end : 0));
		FUZZ_CHECK(line->end > line->start || (nl == 1 && nt == 0));
		FUZZ_CHECK(line->first_run == run && line->first_run + line->run_count <= nr);
		FUZZ_CHECK(isfinite(line->x) && isfinite(line->width) && isfinite(line->top) &&
		           isfinite(line->baseline) && isfinite(line->height) &&
		           isfinite(line->ascent) && isfinite(line->descent));
		FUZZ_CHECK(line->height >= 0 && line->top == top);
		top += line->height;
		for (size_t r = line->first_run; r < line->first_run + line->run_count; r++) {
			const text_visual_run *vr = &runs[r];

			FUZZ_CHECK(vr->start >= line->start && vr->start <= vr->end &&
			           vr->end <= line->end);
			FUZZ_CHECK(vr->first_glyph == glyph &&
			           vr->first_glyph + vr->glyph_count <= ng);
			FUZZ_CHECK(vr->font != NULL);
			for (size_t g = vr->first_glyph; g < vr->first_glyph + vr->glyph_count;
			     g++) {
				FUZZ_CHECK(glyphs[g].cluster >= vr->start &&
				           glyphs[g].cluster < vr->end);
				FUZZ_CHECK(isfinite(glyphs[g].x) && isfinite(glyphs[g].y));
			}
			glyph += vr->glyph_count;
		}
		run += line->run_count;
	}
	FUZZ_CHECK(lines[nl - 1].end == nt);
	FUZZ_CHECK(run == nr && glyph == ng);
	FUZZ_CHECK(text_layout_height(l) == top);
	if (width > 0)
		FUZZ_CHECK(text_layout_width(l) == width);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	text_font *chain[LANGUAGE_MAX_FONTS];
	const language *lang;
	text_layout *l;
	float width, px;
	int n;

	if (size < 3)
		return 0;
	if (!fonts) {
		log_set_level(LOG_LEVEL_NONE);
		fonts = fontset_create("fonts");
	}
	lang = language_at(data[0] % language_count());
	width = (float)data[1] * 4.0f; /* 0 (no wrapping) to 1020 px */
	px = 4.0f + (float)(data[2] % 96);
	n = language_font_chain(lang, fonts, data[0] & 0x80, chain);
	{
		text_style style = language_text_style(lang, chain, n, px, width);

		style.center = data[1] & 1;

		l = text_layout_create((const char *)data + 3, size - 3, &style);
	}
	FUZZ_CHECK(l != NULL); /* NULL only when memory runs out */
	check_layout(l, n, width, size - 3);
	text_layout_destroy(l);
	return 0;
}
