/* Lays out UI text in a language: its direction, its font chain. */
#ifndef MIRA_UI_TYPESET_H
#define MIRA_UI_TYPESET_H

#include <stdbool.h>

#include "../content/language.h"
#include "../text/font.h"
#include "../text/layout.h"

/* TYPE_NUMBER: the language's direction with Noto Sans, so phone numbers
 * look the same on every page. */
typedef enum { TYPE_BODY, TYPE_UI, TYPE_NUMBER } type_role;

/* A layout of text (NUL-terminated) at size pixels, width wide (0: no
 * wrapping), centred or at the start edge. Caller destroys it; NULL only if
 * memory ran out. */
text_layout *typeset(text_fontset *fonts, const language *lang, const char *text, float size,
                     float width, type_role role, bool center);

#endif
