/* The languages the kiosk speaks: one table, read by the kiosk, the tools
 * and the catalog checks. */
#ifndef MIRA_CONTENT_LANGUAGE_H
#define MIRA_CONTENT_LANGUAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "../text/layout.h"

#define LANGUAGE_MAX_FONTS 4

typedef struct {
	const char *code;                           /* gettext and HarfBuzz code: "ckb" */
	const char *autonym;                        /* the name in its own script */
	const char *english_name;                   /* for staff reports */
	bool rtl;                                   /* paragraph direction */
	const char *body_fonts[LANGUAGE_MAX_FONTS]; /* font chain for reading text */
	const char *ui_fonts[LANGUAGE_MAX_FONTS];   /* font chain for labels and buttons */
	const char *plural_forms;                   /* the PO header value */
	int nplurals;
	float optical_scale; /* how much larger its script must be set to look as
	                      * large as Latin (Nastaliq's letters are small for
	                      * their em); 0 means 1 */
} language;

/* Languages in picker order; static data, never freed. */
size_t language_count(void);
const language *language_at(size_t i);

/* The language's name in Norwegian ("arabisk"), for what she shows to
 * Norwegian staff; static. */
const char *language_norwegian_name(const language *lang);

/* The language with this code, or NULL. */
const language *language_find(const char *code);

struct text_font;
struct text_fontset;

/* Fills chain (LANGUAGE_MAX_FONTS entries) with the language's body or UI
 * fonts from set, skipping files that cannot be opened; returns how many. */
int language_font_chain(const language *lang, struct text_fontset *set, bool ui,
                        struct text_font **chain);

/* The text style for lang with the given font chain (from
 * language_font_chain), size and width: its direction, start-edge
 * alignment, the fonts' own line height. */
text_style language_text_style(const language *lang, text_font *const *chain, int nchain,
                               float size, float width);

#endif
