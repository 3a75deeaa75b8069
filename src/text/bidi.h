/* Bidi stage: FriBidi levels per paragraph (UAX #9), and per-line reordering. */
#ifndef MIRA_TEXT_BIDI_H
#define MIRA_TEXT_BIDI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { TEXT_DIR_LTR = 0, TEXT_DIR_RTL = 1, TEXT_DIR_AUTO = 2 } text_dir;

/* Resolves the embedding level of each of the n code points of one paragraph
 * (rules P2-I2, with bracket pairs). base is the paragraph direction; AUTO
 * takes it from the first strong letter (P2, P3). Returns the paragraph level
 * (0 or 1), or -1 if FriBidi failed or memory ran out. */
int bidi_levels(const uint32_t *cps, size_t n, text_dir base, uint8_t *levels);

/* Reorders the line cps[start, start + len) for display (rules L1 and L2).
 * levels are the paragraph's from bidi_levels; par_level its return value.
 * map[k] receives the paragraph index of the character shown k-th from the
 * left. Marks are not moved (no L3): the shaper keeps them with their base.
 * Returns false if memory ran out. */
bool bidi_reorder_line(const uint32_t *cps, const uint8_t *levels, size_t start, size_t len,
                       int par_level, uint32_t *map);

/* True for characters that rule X9 removes (explicit embeddings and BN);
 * they keep a level here but are invisible. */
bool bidi_is_removed_by_x9(uint32_t cp);

#endif
