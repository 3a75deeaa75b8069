/* Fonts: one FreeType face and one HarfBuzz font per file, shared by every
 * size; and a font set that opens files from one folder on first use. */
#ifndef MIRA_TEXT_FONT_H
#define MIRA_TEXT_FONT_H

#include <stdbool.h>
#include <stdint.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

typedef struct text_font {
	char *name;      /* file name, e.g. "NotoSans-Regular.ttf" */
	int id;          /* index in its font set; stable for atlas keys */
	FT_Face ft;      /* for rasterizing; size set by font_set_pixel_size */
	hb_font_t *hb;   /* for shaping, scaled to font units (size-free) */
	int upem;        /* units per em */
	int ascender;    /* font units, positive up */
	int descender;   /* font units, negative below the baseline */
	int line_gap;    /* font units */
	int pixel_size;  /* size the FreeType face is set to now, 0 if none */
	hb_set_t *cover; /* code points the font maps to a glyph */
} text_font;

typedef struct text_fontset text_fontset;

/* Creates an empty set reading from the folder dir (copied). NULL on failure. */
text_fontset *fontset_create(const char *dir);
void fontset_destroy(text_fontset *set);

/* The font in file name (a plain file name inside the set's folder), opened
 * on first use. Owned by the set, valid until fontset_destroy. NULL if the
 * file is missing or is not a font; the reason is logged once per name. */
text_font *fontset_get(text_fontset *set, const char *name);

/* True when the font maps cp to a glyph. */
bool font_covers(const text_font *font, uint32_t cp);

/* Sets the FreeType face to px pixels per em (cheap when unchanged). */
bool font_set_pixel_size(text_font *font, int px);

#endif
