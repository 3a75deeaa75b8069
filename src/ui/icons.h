/* Icons: SVG files from assets/icons, drawn white on transparent, tinted by
 * the theme and rasterized per size by SDL2_image (nanosvg). */
#ifndef MIRA_UI_ICONS_H
#define MIRA_UI_ICONS_H

#include <stdbool.h>

#include <SDL.h>

typedef struct icon_set icon_set;

/* dir is copied; renderer must outlive the set. NULL if memory ran out. */
icon_set *icons_create(SDL_Renderer *renderer, const char *dir);
void icons_destroy(icon_set *icons);

/* Draws icon name (file name without .svg) fitted into rect, tinted with
 * color; mirrored left to right when mirror (for right-to-left languages).
 * A missing or broken file is logged once and draws nothing. */
void icons_draw(icon_set *icons, const char *name, SDL_FRect rect, SDL_Color color, bool mirror);

#endif
