/* A contact as a vCard 3.0 (RFC 2426) in UTF-8, for the QR code a visitor
 * takes home: her phone's camera offers to save or call it. */
#ifndef MIRA_CONTENT_VCARD_H
#define MIRA_CONTENT_VCARD_H

#include "contacts.h"

/* A new string (caller frees), lines ending in CRLF:
 *   FN: the name in her language, with the Norwegian name after it when
 *       they differ ("Legevakt (lægevakt ...) / Legevakt (legevakt ...)");
 *   ORG: the Norwegian name, as staff and signs say it;
 *   TEL: every number, as written;
 *   ADR: the address (street field), URL: the web address (https:// added
 *   when it has no scheme), EMAIL;
 *   NOTE: the hours, in her language.
 * name and hours are her language's, name_nb the Norwegian catalog's (each
 * may be the registry's English); hours NULL for none. NULL if memory ran
 * out. */
char *vcard_make(const contact *c, const char *name, const char *name_nb, const char *hours);

/* "tel:" and the first number, digits and + only (a new string). */
char *vcard_tel(const contact *c);

#endif
