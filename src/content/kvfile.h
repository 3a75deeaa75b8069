/* The plain-text format staff edit: "key: value" lines, "[section]" lines,
 * "#" comments and blank lines. Shared by guides and contacts. */
#ifndef MIRA_CONTENT_KVFILE_H
#define MIRA_CONTENT_KVFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "../util/diag.h"

typedef struct {
	const char *file; /* for messages; not owned */
	char *data;       /* a private copy, cut into lines */
	size_t len, pos;
	int line;
	diag_list *diags;
} kv_reader;

/* Starts reading data[0, len) (copied). False if memory ran out. */
bool kv_init(kv_reader *r, const char *file, const char *data, size_t len, diag_list *diags);
void kv_free(kv_reader *r);

/* The next entry: *key is the lower-case key and *value the trimmed text, or
 * *key is "[" and *value the section name. Pointers stay valid until
 * kv_free. Lines that are neither, and invalid UTF-8, are reported with
 * file and line and skipped. Returns false at the end. */
bool kv_next(kv_reader *r, const char **key, const char **value, int *line);

/* True when s[0, len) is valid UTF-8. */
bool kv_valid_utf8(const char *s, size_t len);

#endif
