/* A guide page: title, headings, paragraphs, bullets, notes and contact
 * cards, laid out once for a language, a size and a text scale. Untranslated
 * blocks show in English with a marker in the reader's language; a draft
 * translation carries a notice. */
#ifndef MIRA_UI_GUIDE_PAGE_H
#define MIRA_UI_GUIDE_PAGE_H

#include <SDL.h>

#include "../content/contacts.h"
#include "../content/guide.h"
#include "../content/language.h"
#include "../text/atlas.h"
#include "../text/font.h"

#include "theme.h"

typedef struct guide_page guide_page;

typedef enum { ITEM_TEXT, ITEM_CARD, ITEM_NOTE_BOX } item_kind;

/* What the page holds, in page coordinates (0 at the page's top left). */
typedef struct {
	item_kind kind;
	text_layout *layout; /* ITEM_TEXT */
	float x, y, w, h;
	color_role color;
	color_role background; /* what the text is drawn on */
	const char *lang;      /* the language the text is laid out in */
	bool fallback_marked;  /* English under a "not translated yet" marker */
	const contact *card;   /* ITEM_CARD: whose card (its lower end keeps room
	                        * for a "Take with you" button, GUIDE_CARD_BUTTON) */
} page_item;

/* The room at the lower end of a card for its button, in units of the
 * page (min(w, h) / 1080 x text scale). */
#define GUIDE_CARD_BUTTON 124.0f

/* A block as it is read aloud: its text and where it is on the page. */
typedef struct {
	char id[96];      /* stable id, for staff recordings (speech/recording.h) */
	char *english;    /* the English source */
	char *text;       /* what is shown: the translation, or the English */
	const char *lang; /* the language of text */
	float x, y, w, h; /* page coordinates, marker included */
} page_block;

/* Lays the page out in the current catalog language lang, w pixels wide on
 * a w x h screen. With beside (Norwegian), each block shows in both
 * languages, aligned block by block: side by side on a landscape screen
 * (lang on its reading side), one under the other in portrait; cards once.
 * g, contacts and fonts must outlive the page. */
guide_page *guide_page_create(const guide *g, const contact_list *contacts, text_fontset *fonts,
                              const language *lang, const language *beside, int w, int h,
                              float text_scale);
void guide_page_destroy(guide_page *page);

float guide_page_height(const guide_page *page);

/* The page's items, top to bottom; owned by the page. */
const page_item *guide_page_items(const guide_page *page, size_t *count);

/* The page's blocks in reading order (title, headings, paragraphs, bullets,
 * notes, one per contact card); owned by the page. */
const page_block *guide_page_blocks(const guide_page *page, size_t *count);

/* Draws the page scrolled by scroll pixels into view, in the normal or the
 * high-contrast theme; only what is inside view is drawn. */
void guide_page_draw(const guide_page *page, SDL_Renderer *renderer, text_atlas *atlas,
                     float scroll, const SDL_Rect *view, bool high_contrast);

#endif
