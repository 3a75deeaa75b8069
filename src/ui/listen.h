/* Read aloud on a screen: which of the scene's spoken blocks to start
 * from, where the one being heard is, keeping it in view and marking it.
 * The sound itself is the narrator's (speech/narrator.h). */
#ifndef MIRA_UI_LISTEN_H
#define MIRA_UI_LISTEN_H

#include <stdbool.h>

#include <SDL.h>

#include "../speech/narrator.h"
#include "scene.h"

/* The scene's spoken blocks as the narrator takes them (pointing into the
 * scene); the caller frees the array. NULL if memory ran out. */
speech_block *listen_blocks(const scene *s);

/* Starts reading the scene's spoken blocks from block first, in the reader's
 * language lang (the catalog must be set to it). */
void listen_play(narrator *n, const scene *s, size_t first, const char *lang);

/* The first block the reader sees in the view at scroll. */
size_t listen_first_in_view(const scene *s, float scroll);

/* The block under (x, y) on screen at scroll, or -1. */
int listen_block_at(const scene *s, float x, float y, float scroll);

/* The scroll that brings block i into view, if it is not (else scroll). */
float listen_follow(const scene *s, int i, float scroll);

/* Marks block i as the one being heard: a bar on its start edge and a
 * frame, in the accent colour. */
void listen_draw_mark(const scene *s, SDL_Renderer *r, int i, float scroll, bool high_contrast);

#endif
