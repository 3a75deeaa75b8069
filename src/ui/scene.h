/* A scene: what one screen shows, built once per screen, language, size,
 * text scale and theme, then drawn every frame: boxes, texts, icons,
 * buttons (the only things that react to a tap) and at most one scrolling
 * guide page. */
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
	ACT_STAFF_CLOSE
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
} widget;

typedef struct {
	text_layout *layout; /* owned */
	float x, y;
	color_role color;
	int cycle; /* -1: always; else shown in turn with the other cycle texts */
} scene_text;

typedef struct {
	SDL_FRect rect;
	color_role fill, border;
	bool bordered;
} scene_box;

typedef struct {
	widget *widgets;
	size_t widget_count, widget_cap;
	scene_text *texts;
	size_t text_count, text_cap;
	scene_box *boxes;
	size_t box_count, box_cap;
	int cycle_count;
	guide_page *page; /* owned; NULL if none */
	SDL_Rect page_view;
} scene;

/* Frees everything the scene holds and empties it. */
void scene_clear(scene *s);

void scene_add_box(scene *s, SDL_FRect rect, color_role fill, bool bordered, color_role border);
/* Takes ownership of layout (NULL is ignored). */
void scene_add_text(scene *s, text_layout *layout, float x, float y, color_role color, int cycle);

/* A button. Takes ownership of label. For BUTTON_TILE the icon sits above
 * the centred label; for BUTTON_ROW and the strip the icon sits at the start
 * edge (the right when rtl). */
widget *scene_add_button(scene *s, ui_action action, int arg, const char *name, SDL_FRect rect,
                         button_style style, const char *icon, text_layout *label, bool rtl);

/* The button under (x, y), or NULL. */
const widget *scene_hit(const scene *s, float x, float y);

/* Draws the scene; cycle_index picks which cycle text shows. */
void scene_draw(const scene *s, SDL_Renderer *r, text_atlas *atlas, icon_set *icons,
                bool high_contrast, float scroll, int cycle_index);

/* Draws the scene over what is already drawn (no background, no page). */
void scene_draw_over(const scene *s, SDL_Renderer *r, text_atlas *atlas, icon_set *icons,
                     bool high_contrast);

/* Writes "hit NAME X Y W H" per button, for end-to-end tests. */
void scene_dump_hits(const scene *s, const char *screen, FILE *out);

#endif
