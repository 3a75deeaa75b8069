/* A reader for gettext PO files, for the catalog checks staff run. It is
 * tolerant: msgfmt is the judge of syntax; this reader only needs the
 * entries, their flags and their line numbers. */
#ifndef MIRA_CONTENT_PO_H
#define MIRA_CONTENT_PO_H

#include <stdbool.h>
#include <stddef.h>

#include "../util/diag.h"

#define PO_MAX_FORMS 8

typedef struct {
	char *ctx, *id, *id_plural; /* ctx and id_plural may be NULL */
	char *str[PO_MAX_FORMS];    /* msgstr, or msgstr[0..] */
	int nstr;
	bool fuzzy, obsolete;
	int line; /* of msgid */
} po_entry;

typedef struct {
	po_entry *items;
	size_t count;
	const po_entry *header; /* the msgid "" entry, or NULL */
} po_file;

/* Reads data as a PO file. Lines it cannot follow are reported (file, line)
 * and skipped. False if memory ran out. */
bool po_parse(const char *file, const char *data, size_t len, po_file *out, diag_list *diags);
void po_free(po_file *po);

/* The value of a header field ("Plural-Forms"), in a new string, or NULL. */
char *po_header_field(const po_file *po, const char *name);

/* Translated: not fuzzy, and every msgstr form non-empty. */
bool po_entry_translated(const po_entry *e);

#endif
