/* Colours by role, in the normal and the high-contrast theme. Nothing is
 * told by colour alone: every button has a label and an icon. */
#ifndef MIRA_UI_THEME_H
#define MIRA_UI_THEME_H

#include <stdbool.h>

#include <SDL.h>

typedef enum {
	ROLE_BACKGROUND,
	ROLE_SURFACE,     /* cards and buttons */
	ROLE_INK,         /* body text */
	ROLE_MUTED,       /* secondary text */
	ROLE_ACCENT,      /* headings, links, icons */
	ROLE_BORDER,      /* button and card outlines */
	ROLE_NOTE,        /* note background */
	ROLE_STRIP,       /* the strip's background */
	ROLE_STRIP_INK,   /* text and icons on the strip */
	ROLE_EXIT,        /* the quick exit button */
	ROLE_EXIT_INK,    /* text on it */
	ROLE_STRIP_MUTED, /* a strip button that does nothing here */
	ROLE_COUNT
} color_role;

SDL_Color theme_color(bool high_contrast, color_role role);

/* WCAG 2 contrast ratio (1 to 21) of fg drawn on bg. */
float theme_contrast(bool high_contrast, color_role fg, color_role bg);

#endif
