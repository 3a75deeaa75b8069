#include "font.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hb-ot.h>

#include "../util/log.h"

#define MAX_FONTS 64

struct text_fontset {
	char *dir;
	FT_Library ft;
	text_font *fonts[MAX_FONTS];
	char *failed[MAX_FONTS]; /* names that could not be opened, logged once */
	int count, failed_count;
};

text_fontset *fontset_create(const char *dir)
{
	text_fontset *set = calloc(1, sizeof *set);

	if (!set)
		return NULL;
	set->dir = strdup(dir);
	if (!set->dir || FT_Init_FreeType(&set->ft) != 0) {
		set->ft = NULL;
		goto error;
	}
	return set;
error:
	fontset_destroy(set);
	return NULL;
}

static void font_free(text_font *f)
{
	if (!f)
		return;
	/* The FreeType face reads the blob that the HarfBuzz font keeps alive. */
	if (f->ft)
		FT_Done_Face(f->ft);
	if (f->hb)
		hb_font_destroy(f->hb);
	hb_set_destroy(f->cover);
	free(f->name);
	free(f);
}

void fontset_destroy(text_fontset *set)
{
	if (!set)
		return;
	for (int i = 0; i < set->count; i++)
		font_free(set->fonts[i]);
	for (int i = 0; i < set->failed_count; i++)
		free(set->failed[i]);
	if (set->ft)
		FT_Done_FreeType(set->ft);
	free(set->dir);
	free(set);
}

static text_font *font_open(text_fontset *set, const char *name, const char **why)
{
	char path[4096];
	text_font *f = calloc(1, sizeof *f);
	hb_blob_t *blob = NULL;
	hb_face_t *face = NULL;
	hb_font_extents_t ext;
	unsigned int len;
	const char *data;

	if (!f)
		return NULL;
	snprintf(path, sizeof path, "%s/%s", set->dir, name);
	f->name = strdup(name);
	blob = hb_blob_create_from_file_or_fail(path);
	if (!f->name || !blob) {
		*why = "the file is missing or cannot be read";
		goto error;
	}
	/* FreeType reads the same bytes HarfBuzz holds: the blob outlives both
	 * (the face keeps a reference), so the file is in memory once. */
	data = hb_blob_get_data(blob, &len);
	if (FT_New_Memory_Face(set->ft, (const FT_Byte *)data, (FT_Long)len, 0, &f->ft) != 0) {
		f->ft = NULL;
		*why = "the file is not a font FreeType can read";
		goto error;
	}
	face = hb_face_create(blob, 0);
	f->upem = (int)hb_face_get_upem(face);
	f->hb = hb_font_create(face);
	hb_ot_font_set_funcs(f->hb);
	hb_font_set_scale(f->hb, f->upem, f->upem);
	f->cover = hb_set_create();
	hb_face_collect_unicodes(face, f->cover);
	hb_font_get_h_extents(f->hb, &ext);
	f->ascender = ext.ascender;
	f->descender = ext.descender;
	f->line_gap = ext.line_gap;
	hb_face_destroy(face);
	hb_blob_destroy(blob);
	if (f->upem <= 0 || hb_set_get_population(f->cover) == 0) {
		*why = "the font maps no characters";
		font_free(f);
		return NULL;
	}
	return f;
error:
	hb_blob_destroy(blob);
	font_free(f);
	return NULL;
}

text_font *fontset_get(text_fontset *set, const char *name)
{
	const char *why = "out of memory";
	text_font *f;

	if (!set || !name)
		return NULL;
	for (int i = 0; i < set->count; i++)
		if (strcmp(set->fonts[i]->name, name) == 0)
			return set->fonts[i];
	for (int i = 0; i < set->failed_count; i++)
		if (strcmp(set->failed[i], name) == 0)
			return NULL;
	if (set->count < MAX_FONTS && (f = font_open(set, name, &why)) != NULL) {
		f->id = set->count;
		set->fonts[set->count++] = f;
		return f;
	}
	log_error("font %s/%s cannot be used: %s; text falls back to the other fonts", set->dir,
	          name, why);
	if (set->failed_count < MAX_FONTS)
		set->failed[set->failed_count++] = strdup(name);
	return NULL;
}

bool font_covers(const text_font *font, uint32_t cp)
{
	return hb_set_has(font->cover, cp);
}

bool font_set_pixel_size(text_font *font, int px)
{
	if (font->pixel_size == px)
		return true;
	if (FT_Set_Pixel_Sizes(font->ft, 0, (FT_UInt)px) != 0)
		return false;
	font->pixel_size = px;
	return true;
}
