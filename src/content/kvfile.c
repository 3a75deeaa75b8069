#include "kvfile.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../text/utf8.h"

bool kv_init(kv_reader *r, const char *file, const char *data, size_t len, diag_list *diags)
{
	memset(r, 0, sizeof *r);
	r->file = file;
	r->diags = diags;
	r->data = malloc(len + 1);
	if (!r->data)
		return false;
	memcpy(r->data, data, len);
	r->data[len] = '\0';
	r->len = len;
	/* A byte-order mark from a Windows editor is not text. */
	if (len >= 3 && memcmp(r->data, "\xEF\xBB\xBF", 3) == 0)
		r->pos = 3;
	return true;
}

void kv_free(kv_reader *r)
{
	free(r->data);
	r->data = NULL;
}

bool kv_valid_utf8(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		uint32_t cps[4];
		size_t offs[4], avail = len - i < 4 ? len - i : 4;
		size_t got = utf8_decode(s + i, avail, cps, offs);
		size_t used = got > 1 ? offs[1] : avail;

		/* The decoder turns bad bytes into U+FFFD; a real U+FFFD is EF BF BD. */
		if (cps[0] == 0xFFFD && !(used == 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0))
			return false;
		i += used;
	}
	return true;
}

static char *trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

bool kv_next(kv_reader *r, const char **key, const char **value, int *line)
{
	while (r->pos < r->len) {
		char *start = r->data + r->pos, *nl = memchr(start, '\n', r->len - r->pos);
		size_t n = nl ? (size_t)(nl - start) : r->len - r->pos;
		char *s, *colon;

		start[n] = '\0';
		r->pos += n + 1;
		r->line++;
		if (memchr(start, '\0', n)) {
			diag_add(r->diags, DIAG_ERROR, r->file, r->line,
			         "this line contains a NUL byte; the line was skipped");
			continue;
		}
		if (!kv_valid_utf8(start, n)) {
			diag_add(r->diags, DIAG_ERROR, r->file, r->line,
			         "this line is not valid UTF-8 text (save the file as UTF-8); the "
			         "line was skipped");
			continue;
		}
		s = trim(start);
		if (*s == '\0' || *s == '#')
			continue;
		if (*s == '[') {
			char *end = strchr(s, ']');

			if (!end || end[1] != '\0' || end == s + 1) {
				diag_add(
				    r->diags, DIAG_ERROR, r->file, r->line,
				    "a section name must look like [name]; the line was skipped");
				continue;
			}
			*end = '\0';
			*key = "[";
			*value = trim(s + 1);
			*line = r->line;
			return true;
		}
		colon = strchr(s, ':');
		if (!colon || colon == s) {
			diag_add(
			    r->diags, DIAG_ERROR, r->file, r->line,
			    "expected 'keyword: text' (for example 'paragraph: ...'); the line "
			    "was skipped");
			continue;
		}
		*colon = '\0';
		for (char *k = s; *k; k++)
			*k = (char)tolower((unsigned char)*k);
		*key = trim(s);
		*value = trim(colon + 1);
		*line = r->line;
		return true;
	}
	return false;
}
