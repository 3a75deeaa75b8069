#include "glossary.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../text/utf8.h"
#include "../util/paths.h"
#include "kvfile.h"

/* Lower case for the scripts the catalogs write names and renderings in
 * (Latin with Norwegian, Polish and Turkish letters, and Cyrillic), so
 * "Legevakt" at the start of a sentence still counts as "legevakt". */
static uint32_t fold(uint32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))
		return c + 32;
	if (c == 0x130) /* Turkish dotted capital I */
		return 'i';
	if (c == 0x178)
		return 0xFF;
	if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
		return c | 1;
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
		return c + (c & 1);
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	return c;
}

/* A letter or digit of a Latin word: what may not touch a kept name. A
 * name next to Arabic, Ethiopic or Cyrillic letters is still whole
 * (Tigrinya writes "ንHelsedirektoratet"). */
static bool latin_word_char(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

typedef struct {
	uint32_t *cp;
	size_t *off, n;
} folded;

static bool fold_text(const char *s, folded *f)
{
	size_t len = strlen(s);

	f->cp = malloc((len + 1) * sizeof *f->cp);
	f->off = malloc((len + 1) * sizeof *f->off);
	if (!f->cp || !f->off) {
		free(f->cp);
		free(f->off);
		return false;
	}
	f->n = utf8_decode(s, len, f->cp, f->off);
	for (size_t i = 0; i < f->n; i++)
		f->cp[i] = fold(f->cp[i]);
	return true;
}

static void folded_free(folded *f)
{
	free(f->cp);
	free(f->off);
}

static bool match_at(const folded *text, size_t i, const folded *word)
{
	if (i + word->n > text->n)
		return false;
	for (size_t k = 0; k < word->n; k++)
		if (text->cp[i + k] != word->cp[k])
			return false;
	return true;
}

/* The endings Norwegian adds to a name (legevakten, krisesenteret,
 * programmet, fastlegene, NAVs); anything else after the name makes it a
 * different word ("navigate" is not NAV). */
static bool norwegian_ending(const uint32_t *cp, size_t n)
{
	static const char *const endings[] = {"",    "e",   "n",   "s",   "t",   "a",   "r",
	                                      "en",  "et",  "er",  "ar",  "es",  "ne",  "ens",
	                                      "ets", "ers", "ene", "met", "mer", "mene"};

	for (size_t e = 0; e < sizeof endings / sizeof *endings; e++) {
		size_t k = 0;

		while (k < n && endings[e][k] && cp[k] == (uint32_t)endings[e][k])
			k++;
		if (k == n && endings[e][k] == '\0')
			return true;
	}
	return false;
}

bool glossary_has_term(const char *text, const char *term)
{
	folded t, w;
	bool found = false;

	if (!fold_text(text, &t))
		return false;
	if (!fold_text(term, &w)) {
		folded_free(&t);
		return false;
	}
	for (size_t i = 0; w.n > 0 && i + w.n <= t.n && !found; i++) {
		size_t end = i + w.n, k = end;

		if (!match_at(&t, i, &w) || (i > 0 && latin_word_char(t.cp[i - 1])))
			continue;
		while (k < t.n && latin_word_char(t.cp[k]))
			k++;
		found = norwegian_ending(t.cp + end, k - end);
	}
	folded_free(&t);
	folded_free(&w);
	return found;
}

long glossary_find_avoid(const char *text, const char *avoid)
{
	folded t, w;
	long at = -1;

	if (!fold_text(text, &t))
		return -1;
	if (!fold_text(avoid, &w)) {
		folded_free(&t);
		return -1;
	}
	for (size_t i = 0; w.n > 0 && i + w.n <= t.n && at < 0; i++)
		if (match_at(&t, i, &w))
			at = (long)t.off[i];
	folded_free(&t);
	folded_free(&w);
	return at;
}

static bool has_latin_letter(const char *s)
{
	for (; *s; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
			return true;
	return false;
}

static bool same_folded(const char *a, const char *b)
{
	folded fa, fb;
	bool same;

	if (!fold_text(a, &fa))
		return false;
	if (!fold_text(b, &fb)) {
		folded_free(&fa);
		return false;
	}
	same = fa.n == fb.n && match_at(&fa, 0, &fb);
	folded_free(&fa);
	folded_free(&fb);
	return same;
}

static void entry_clear(glossary_entry *e)
{
	free(e->term);
	free(e->gloss);
	for (size_t i = 0; i < e->avoid_count; i++)
		free(e->avoid[i]);
	free(e->avoid);
	memset(e, 0, sizeof *e);
}

void glossary_free(glossary *g)
{
	for (size_t i = 0; i < g->count; i++)
		entry_clear(&g->items[i]);
	free(g->items);
	free(g->file);
	memset(g, 0, sizeof *g);
}

/* A new [term] line; false if memory ran out. *current is the entry the
 * following lines belong to, or -1 when the term was left out. */
static bool add_term(glossary *g, const char *value, int line, long *current, diag_list *diags)
{
	glossary_entry *grown;

	*current = -1;
	if (!has_latin_letter(value)) {
		diag_add(diags, DIAG_ERROR, g->file, line,
		         "'[%s]': a glossary term is the Norwegian name as the kiosk keeps it, in "
		         "Latin letters; the term was left out",
		         value);
		return true;
	}
	for (size_t i = 0; i < g->count; i++)
		if (same_folded(g->items[i].term, value)) {
			diag_add(diags, DIAG_ERROR, g->file, line,
			         "the term '%s' is already in this glossary (line %d); this second "
			         "one was left out",
			         value, g->items[i].line);
			return true;
		}
	grown = realloc(g->items, (g->count + 1) * sizeof *grown);
	if (!grown)
		return false;
	g->items = grown;
	memset(&g->items[g->count], 0, sizeof *grown);
	g->items[g->count].term = strdup(value);
	g->items[g->count].line = line;
	if (!g->items[g->count].term)
		return false;
	*current = (long)g->count++;
	return true;
}

static bool add_avoid(glossary_entry *e, const char *value)
{
	char **grown = realloc(e->avoid, (e->avoid_count + 1) * sizeof *grown);

	if (!grown)
		return false;
	e->avoid = grown;
	e->avoid[e->avoid_count] = strdup(value);
	return e->avoid[e->avoid_count++] != NULL;
}

bool glossary_parse(const char *file, const char *data, size_t len, glossary *out, diag_list *diags)
{
	kv_reader r;
	const char *key, *value;
	int line;
	long current = -1;
	bool ok = true, started = false;

	memset(out, 0, sizeof *out);
	out->file = strdup(file);
	if (!out->file || !kv_init(&r, file, data, len, diags))
		return false;
	while (ok && kv_next(&r, &key, &value, &line)) {
		glossary_entry *e = current >= 0 ? &out->items[current] : NULL;

		if (strcmp(key, "[") == 0) {
			started = true;
			ok = add_term(out, value, line, &current, diags);
		} else if (!started) {
			diag_add(diags, DIAG_ERROR, file, line,
			         "'%s:' comes before any term: start each term with its Norwegian "
			         "name in brackets, for example [legevakt]",
			         key);
		} else if (!e) {
			continue; /* a line of a term that was left out */
		} else if (strcmp(key, "gloss") == 0) {
			if (e->gloss)
				diag_add(
				    diags, DIAG_ERROR, file, line,
				    "'%s' already has a gloss; write one 'gloss:' line per term",
				    e->term);
			else if (*value && !(e->gloss = strdup(value)))
				ok = false;
		} else if (strcmp(key, "avoid") == 0) {
			if (!*value)
				diag_add(diags, DIAG_ERROR, file, line,
				         "'avoid:' needs the wrong rendering after the colon");
			else if (same_folded(value, e->term))
				diag_add(
				    diags, DIAG_ERROR, file, line,
				    "'avoid: %s' is the term itself, so every correct translation "
				    "would be flagged; the line was skipped",
				    value);
			else
				ok = add_avoid(e, value);
		} else if (strcmp(key, "english") != 0 && strcmp(key, "note") != 0) {
			diag_add(diags, DIAG_ERROR, file, line,
			         "unknown keyword '%s' (a glossary knows gloss:, avoid:, english: "
			         "and note:); the line was skipped",
			         key);
		}
	}
	kv_free(&r);
	return ok;
}

bool glossary_load(const char *path, glossary *out, diag_list *diags)
{
	size_t len;
	char *data = paths_read_file(path, &len);
	bool ok;
	int saved;

	if (!data) {
		saved = errno;
		memset(out, 0, sizeof *out);
		errno = saved;
		return false;
	}
	ok = glossary_parse(path, data, len, out, diags);
	free(data);
	if (!ok) {
		glossary_free(out);
		errno = ENOMEM;
	}
	return ok;
}
