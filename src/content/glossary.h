/* The glossary of one language (po/glossary/<lang>.txt): the Norwegian
 * names the kiosk keeps in every language (NAV, legevakt, fastlege...),
 * how that language explains each, and renderings that are wrong. Staff
 * and translators edit it; make po-check holds the catalog to it.
 *
 *   [legevakt]                      the Norwegian name, as the kiosk keeps it
 *   gloss: pogotowie lekarskie      how this language explains it (optional)
 *   avoid: legewakt                 a wrong rendering, flagged wherever it
 *                                   occurs (repeatable)
 *   english: the emergency doctor   the English explanation, for reference
 *   note: ...                       for translators; never checked
 */
#ifndef MIRA_CONTENT_GLOSSARY_H
#define MIRA_CONTENT_GLOSSARY_H

#include <stdbool.h>
#include <stddef.h>

#include "../util/diag.h"

typedef struct {
	char *term;
	char *gloss; /* NULL when the glossary gives none */
	char **avoid;
	size_t avoid_count;
	int line; /* of its [term] line */
} glossary_entry;

typedef struct {
	char *file;
	glossary_entry *items;
	size_t count;
} glossary;

/* Parses a glossary. Bad lines are reported with file and line and left
 * out; the rest is kept. False if memory ran out. Free out with
 * glossary_free either way. */
bool glossary_parse(const char *file, const char *data, size_t len, glossary *out,
                    diag_list *diags);
/* Reads and parses path. False when the file cannot be read (errno set);
 * out is then empty. */
bool glossary_load(const char *path, glossary *out, diag_list *diags);
void glossary_free(glossary *g);

/* True when text keeps term: it starts a word (no Latin letter or digit just
 * before), capital letters aside, and is followed by no further letters or
 * by a Norwegian ending (fastlegen, legevakten, krisesenteret, NAVs), since
 * Norwegian text inflects the names and English may too. */
bool glossary_has_term(const char *text, const char *term);

/* Byte offset in text where the rendering avoid occurs, capital letters
 * aside and anywhere (inside a longer word too), or -1. */
long glossary_find_avoid(const char *text, const char *avoid);

#endif
