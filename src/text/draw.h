/* Draw stage: a laid-out paragraph onto an SDL renderer, from the atlas,
 * one SDL_RenderGeometry call per texture page. */
#ifndef MIRA_TEXT_DRAW_H
#define MIRA_TEXT_DRAW_H

#include <stdbool.h>

#include <SDL.h>

#include "atlas.h"
#include "layout.h"

/* Draws layout with its top left at (x, y) in color. Lines entirely outside
 * clip (when not NULL) are skipped. Returns false if SDL failed. */
bool text_draw(SDL_Renderer *renderer, text_atlas *atlas, const text_layout *layout, float x,
               float y, SDL_Color color, const SDL_Rect *clip);

#endif
