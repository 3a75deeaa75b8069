/* Frames for a Wayland compositor without a GPU. SDL 2.26 has no software
 * framebuffer for Wayland: a software-rendered window goes through an
 * OpenGL ES texture, which loads Mesa's llvmpipe (about 100 MB and 350 ms
 * of start-up, measured under weston). Without a GPU the kiosk draws into
 * memory with SDL's software renderer, as for screenshots, and hands the
 * pixels to the compositor in shared memory (wl_shm) on SDL's own window
 * surface; SDL still does the window, its shell role and the input. */
#ifndef MIRA_KIOSK_SHM_PRESENT_H
#define MIRA_KIOSK_SHM_PRESENT_H

#include <stdbool.h>

#include <SDL.h>

typedef struct shm_present shm_present;

/* For win (an SDL Wayland window, created without OpenGL); NULL (SDL's
 * error set) when it is not a Wayland window or shared memory fails. */
shm_present *shm_present_create(SDL_Window *win);
void shm_present_destroy(shm_present *p);

/* The renderer to draw a frame with: a software renderer on a w x h
 * surface in memory, made anew when the size changes. */
SDL_Renderer *shm_present_renderer(shm_present *p, int w, int h);

/* Shows what was drawn: copies it into a free shared buffer, attaches it
 * to the window's surface and commits. */
bool shm_present_frame(shm_present *p);

#endif
