/* The reader's version of an English source text: its translation from the
 * catalog, with numbers and addresses isolated so they stay left to right. */
#ifndef MIRA_CONTENT_LOCALIZE_H
#define MIRA_CONTENT_LOCALIZE_H

#include <stdbool.h>

/* A new string (caller frees), or NULL if memory ran out. *translated is
 * false when the English text is shown instead (no, or only a fuzzy,
 * translation): the caller lays it out as English and marks it. */
char *localize(const char *ctx, const char *english, bool *translated);

#endif
