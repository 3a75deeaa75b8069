/* Layout: one paragraph from UTF-8 to positioned glyphs in lines.
 * The stages run in the order UAX #9 and UAX #14 ask for: decode, bidi
 * levels, scripts, graphemes and fonts, shaping with the whole paragraph as
 * context, line breaks filled greedily on shaped advances, then per line
 * reordering, alignment to the start edge and line metrics from the fonts
 * actually used on it.
 * One rule beyond UAX #14: no line breaks inside an isolate (LRI, RLI or FSI
 * to its matching PDI) unless it alone is wider than the line. The content
 * layer isolates phone numbers, ranges, § references and addresses; the
 * isolate fixes their order, this keeps them whole on one line. */
#ifndef MIRA_TEXT_LAYOUT_H
#define MIRA_TEXT_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "bidi.h"
#include "font.h"

typedef struct {
	const char *lang;        /* language code: HarfBuzz language, ICU locale */
	text_dir dir;            /* paragraph direction, from the language */
	text_font *const *chain; /* fonts, first choice first; NULL entries skipped */
	int nchain;
	float size;         /* pixels per em */
	float width;        /* line width in pixels; 0 or less: no wrapping */
	float line_spacing; /* 1.0 = the fonts' own line height */
	bool center;        /* centre lines in the width instead of the start edge */
} text_style;

typedef struct {
	text_font *font;
	uint32_t gid;
	uint32_t cluster; /* index of its first character in the paragraph */
	float x, y;       /* pen position in pixels from the layout's top left;
	                   * y is the line's baseline plus the glyph's offset */
} text_glyph;

typedef struct {
	uint8_t level; /* bidi level: odd is right to left */
	hb_script_t script;
	text_font *font;
	size_t start, end;  /* characters [start, end) of the paragraph */
	size_t first_glyph; /* its glyphs, in visual order */
	size_t glyph_count;
} text_visual_run;

typedef struct {
	size_t start, end; /* characters [start, end), trailing spaces included */
	float x, width;    /* ink-free extent of the glyphs: left edge, advance */
	float top, baseline, height;
	float ascent, descent;
	size_t first_run, run_count; /* visual runs, left to right */
} text_line;

typedef struct text_layout text_layout;

/* Lays out the paragraph utf8[0, len). Invalid UTF-8 shows as U+FFFD. Never
 * NULL except when memory runs out; a style with no usable font gives a
 * layout with no glyphs. */
text_layout *text_layout_create(const char *utf8, size_t len, const text_style *style);
void text_layout_destroy(text_layout *layout);

/* Owned by the layout, valid until text_layout_destroy. text_layout_text
 * gives the paragraph's code points (text_glyph.cluster indexes them), so a
 * checker can find each isolate and see it lies on one line, in order. */
const uint32_t *text_layout_text(const text_layout *layout, size_t *count);
const text_line *text_layout_lines(const text_layout *layout, size_t *count);
const text_visual_run *text_layout_runs(const text_layout *layout, size_t *count);
const text_glyph *text_layout_glyphs(const text_layout *layout, size_t *count);

float text_layout_width(const text_layout *layout);  /* the style's, or widest line */
float text_layout_height(const text_layout *layout); /* sum of line heights */
int text_layout_paragraph_level(const text_layout *layout);
float text_layout_size(const text_layout *layout);

/* Writes lines, runs and glyphs as text, for tests. */
void text_layout_dump(const text_layout *layout, FILE *out);

#endif
