/* The welcome screen: every language by its own name, with its greeting. */
#ifndef MIRA_UI_WELCOME_H
#define MIRA_UI_WELCOME_H

#include <SDL.h>

#include "../text/atlas.h"
#include "../text/font.h"

typedef struct welcome_screen welcome_screen;

/* Lays the screen out for a w x h window; fonts must outlive it. */
welcome_screen *welcome_create(text_fontset *fonts, int w, int h);
void welcome_destroy(welcome_screen *screen);

/* Composes the whole screen (background included) into renderer. */
void welcome_draw(const welcome_screen *screen, SDL_Renderer *renderer, text_atlas *atlas);

#endif
