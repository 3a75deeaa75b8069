/* The contacts registry (assets/contacts.txt): every phone number, address
 * and web address the kiosk shows lives here, once. Guides refer to a
 * contact by id. Names, phone labels and hours are translated; numbers,
 * addresses and web addresses never are.
 *
 *   [legevakt]
 *   name: Legevakt (emergency doctor when your GP is closed)
 *   phone: 116 117 | Call this number first
 *   hours: Open day and night
 *   address: Trondheimsveien 233, Oslo
 *   web: oslo.kommune.no
 *   checked: 2026-11-24
 *   source: https://...
 *   verify: the opening hours are from 2018     (shown to staff as "to verify")
 */
#ifndef MIRA_CONTENT_CONTACTS_H
#define MIRA_CONTENT_CONTACTS_H

#include <stdbool.h>
#include <stddef.h>

#include "../util/diag.h"

#define CONTACT_MAX_PHONES 4

typedef struct {
	char *number; /* digits, spaces and a leading '+' only */
	char *label;  /* English, translatable; NULL if none */
} contact_phone;

typedef struct {
	char *id, *name, *hours, *address, *web, *email, *checked, *source, *verify;
	contact_phone phones[CONTACT_MAX_PHONES];
	int phone_count;
	int line; /* of its [id] line */
} contact;

typedef struct {
	char *file;
	contact *items;
	size_t count;
} contact_list;

/* Parses the registry. Bad lines and incomplete contacts are reported with
 * file and line and left out; the rest is kept. False if memory ran out. */
bool contacts_parse(const char *file, const char *data, size_t len, contact_list *out,
                    diag_list *diags);
/* Reads and parses path; a missing file is reported and gives an empty list. */
bool contacts_load(const char *path, contact_list *out, diag_list *diags);
void contacts_free(contact_list *list);
const contact *contacts_find(const contact_list *list, const char *id);

/* Reports every guide block that names a contact the registry does not
 * have (the card is left out; the rest of the guide shows). Returns how
 * many there are. guides is a guide_list. */
size_t contacts_check_references(const contact_list *contacts, const void *guides,
                                 diag_list *diags);

/* msgctxt of a contact's translatable field: "contact/ID/FIELD". */
void contact_msgctxt(const contact *c, const char *field, char *buf, size_t size);

#endif
