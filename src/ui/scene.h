/* A scene: what one screen shows, built once per screen, language, size,
 * text scale and theme, then drawn every frame: boxes, texts, icons,
 * buttons (the only things that react to a tap) and at most one guide page.
 * Every screen has two layers: what is fixed (the strip) and what scrolls
 * in the view below it. No screen may assume its content fits: whatever is
 * added after scene_begin_scroll scrolls, and the scene knows how far. */
#ifndef MIRA_UI_SCENE_H
#define MIRA_UI_SCENE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <SDL.h>

#include "../text/atlas.h"
#include "../text/layout.h"
#include "guide_page.h"
#include "icons.h"
#include "qr.h"
#include "theme.h"

typedef enum {
	ACT_NONE,
	ACT_PICK_LANGUAGE, /* arg: index in the languages registry */
	ACT_TOPIC,         /* arg: guide_topic */
	ACT_GUIDE,         /* arg: index in the guide list */
	ACT_HOME,
	ACT_BACK,
	ACT_LANGUAGE_MENU,
	ACT_TEXT_SIZE,
	ACT_CONTRAST,
	ACT_HELP_NOW,
	ACT_QUICK_EXIT,
	ACT_PIN_DIGIT, /* arg: the digit */
	ACT_PIN_ERASE,
	ACT_PIN_OK,
	ACT_STAFF_RELOAD,
	ACT_STAFF_STATUS,
	ACT_STAFF_EXIT,
	ACT_STAFF_CLOSE,
	ACT_STAFF_MENU,      /* back to the staff menu */
	ACT_STAFF_EXIT_ASK,  /* asks before ending the program */
	ACT_IDLE_CONTINUE,   /* the countdown: keep the session */
	ACT_IDLE_START_OVER, /* the countdown: forget it now */
	ACT_LISTEN,          /* read the screen aloud; pause; go on */
	ACT_QR,              /* arg: index in the contacts registry */
	ACT_QR_NUMBER,       /* the QR card: the number alone, or the whole card again */
	ACT_NORWEGIAN,       /* a guide in her language and Norwegian together, or not */
	ACT_PHRASES,         /* the phrase cards */
	ACT_PHRASE           /* arg: which phrase */
} ui_action;

typedef enum { BUTTON_TILE, BUTTON_ROW, BUTTON_STRIP, BUTTON_EXIT } button_style;

typedef struct {
	ui_action action;
	int arg;
	char name[40]; /* for tests: "lang:ar", "quick-exit" */
	SDL_FRect rect;
	button_style style;
	const char *icon; /* static string, or NULL */
	SDL_FRect icon_rect;
	bool mirror_icon;
	text_layout *label; /* owned */
	float label_x, label_y;
	bool scrolls;         /* in the scrolling layer */
	bool disabled;        /* shown dimmed; a tap does nothing (e.g. Home on Home) */
	int level, levels;    /* a small gauge under the label: level of levels (text size) */
	SDL_FRect gauge_rect; /* where the gauge is drawn */
} widget;

typedef struct {
	text_layout *layout; /* owned */
	float x, y;
	color_role color;
	int cycle; /* -1: always; else shown in turn with the other cycle texts */
	bool scrolls;
	color_role background; /* what it is drawn on, for the contrast audit */
	const char *lang;      /* the language it is laid out in */
	bool fallback_marked;  /* English shown on purpose (staff, marked fallback) */
} scene_text;

typedef struct {
	SDL_FRect rect;
	color_role fill, border;
	bool bordered;
	bool scrolls;
} scene_box;

/* What the screen says when read aloud, in reading order. */
typedef struct {
	char id[96];      /* stable id, for staff recordings */
	char *english;    /* owned */
	char *text;       /* owned: what is shown */
	const char *lang; /* the language of text */
	SDL_FRect rect;   /* where it is, at scroll 0 */
	bool scrolls;
} scene_spoken;

typedef struct scene {
	widget *widgets;
	size_t widget_count, widget_cap;
	scene_text *texts;
	size_t text_count, text_cap;
	scene_box *boxes;
	size_t box_count, box_cap;
	scene_spoken *spoken;
	size_t spoken_count, spoken_cap;
	qr_code qr;       /* at most one a screen; size 0: none */
	float qr_x, qr_y; /* its corner (quiet zone included), scrolling layer */
	int qr_px;        /* pixels a module */
	int cycle_count;
	guide_page *page;     /* owned; NULL if none; in the scrolling layer */
	float page_y;         /* the page's top below the view's (what comes before it) */
	bool scrolling;       /* items added now scroll */
	SDL_Rect view;        /* where the scrolling layer shows (the whole screen
	                       * until scene_begin_scroll) */
	float content_bottom; /* lowest edge of the scrolling layer at scroll 0 */
	bool rtl;             /* the scroll bar sits on the left */
} scene;

/* Frees everything the scene holds and empties it. */
void scene_clear(scene *s);

/* What is added from now on scrolls inside view. */
void scene_begin_scroll(scene *s, SDL_Rect view);

/* A guide page at the top of the view, page_y below it (takes ownership). */
void scene_set_page(scene *s, guide_page *page);

/* How far the scrolling layer can move: its content below the view's end,
 * with a margin, or 0 when everything fits. */
float scene_scroll_max(const scene *s);

/* Where the scrolling layer's item i (page items first when a page is
 * shown, else buttons and texts) sits at scroll 0, for keeping the reader's
 * place when the layout changes: the first item whose lower edge is below
 * the view's top at scroll, and how far into it (0..1) the top is. */
bool scene_anchor(const scene *s, float scroll, size_t *item, float *fraction);
/* The scroll that puts the same item and fraction at the view's top. */
float scene_anchor_scroll(const scene *s, size_t item, float fraction);

/* Something read aloud: ctx and english name it (its id), text is what
 * the screen shows in lang, rect where. A page's blocks are added by
 * scene_set_page. */
void scene_add_spoken(scene *s, const char *ctx, const char *english, const char *text,
                      const char *lang, SDL_FRect rect);

void scene_add_box(scene *s, SDL_FRect rect, color_role fill, bool bordered, color_role border);
/* Takes ownership of layout (NULL is ignored). The text is drawn on the
 * background (or the surface of the box it sits in: see the returned item). */
scene_text *scene_add_text(scene *s, text_layout *layout, float x, float y, color_role color,
                           int cycle);

/* A button. Takes ownership of label. For BUTTON_TILE the icon sits above
 * the centred label; for BUTTON_ROW and the strip the icon sits at the start
 * edge (the right when rtl). */
widget *scene_add_button(scene *s, ui_action action, int arg, const char *name, SDL_FRect rect,
                         button_style style, const char *icon, text_layout *label, bool rtl);

/* A QR code of data in the scrolling layer, centred on x, its top at y,
 * as large as fits side pixels (whole pixels a module); its height, or 0 if
 * data does not fit a code. */
float scene_add_qr(scene *s, const char *data, float x, float y, float side);

/* The colours a button is drawn in (pressed: held down by a finger). */
void widget_colors(const widget *w, bool pressed, color_role *bg, color_role *ink,
                   color_role *icon);

/* A button's rectangle on screen with the scrolling layer at scroll. */
SDL_FRect scene_widget_rect(const scene *s, const widget *w, float scroll);

/* The enabled button under (x, y) on screen at scroll, or NULL; a button
 * of the scrolling layer counts only where the view shows it. */
const widget *scene_hit(const scene *s, float x, float y, float scroll);

/* Draws the scene; cycle_index picks which cycle text shows; pressed is
 * the button a finger holds down (drawn pressed), or NULL. */
void scene_draw(const scene *s, SDL_Renderer *r, text_atlas *atlas, icon_set *icons,
                bool high_contrast, float scroll, int cycle_index, const widget *pressed);

/* Draws the scene over what is already drawn (no background, no page). */
void scene_draw_over(const scene *s, SDL_Renderer *r, text_atlas *atlas, icon_set *icons,
                     bool high_contrast, const widget *pressed);

/* Writes "screen NAME", "view X Y W H SCROLL MAX TOP" (TOP: the item at
 * the view's top, see scene_anchor) and "hit NAME X Y W H" per button (on
 * screen at scroll), for end-to-end tests. */
void scene_dump_hits(const scene *s, const char *screen, float scroll, FILE *out);

#endif
