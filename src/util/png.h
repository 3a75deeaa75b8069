/* Writes a surface as a PNG quickly: for screenshots and mira-text, where
 * SDL2_image's best-compression encoder took nine tenths of the time. */
#ifndef MIRA_UTIL_PNG_H
#define MIRA_UTIL_PNG_H

#include <stdbool.h>

#include <SDL.h>

/* Saves surface (any format) to path as 8-bit RGB. False on failure, with
 * the reason in SDL_GetError(). */
bool png_save(SDL_Surface *surface, const char *path);

#endif
