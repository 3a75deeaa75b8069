/* Itemize stage: a script for every character and a font for every grapheme,
 * so that the layout can cut a paragraph into runs of one level, script and
 * font. */
#ifndef MIRA_TEXT_ITEMIZE_H
#define MIRA_TEXT_ITEMIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <hb.h>

#include "font.h"

/* scripts[i] receives the script of cps[i]. Common and Inherited characters
 * take the script before them (at the start, the first real one after);
 * a closing bracket takes the script of its opening bracket. */
void itemize_scripts(const uint32_t *cps, size_t n, hb_script_t *scripts);

/* fonts[i] receives the index in chain of the font for cps[i]. Every
 * character of a grapheme (graph[i] true where one starts, n + 1 entries)
 * gets the same font: the first in the chain that has all its visible
 * characters. Invisible graphemes (ZWJ, ZWNJ, isolates...) and Common ones
 * the previous font covers keep the previous font, so they never split a
 * run. With no covering font, the first font of the chain (it shows its
 * missing-glyph box). nchain must be at least 1. */
void itemize_fonts(const uint32_t *cps, size_t n, const uint8_t *graph, text_font *const *chain,
                   int nchain, uint8_t *fonts);

/* True for Default_Ignorable_Code_Point characters and controls: they draw
 * nothing, so no font needs them. */
bool itemize_is_invisible(uint32_t cp);

#endif
