/* Times of day written in text ("09:00", "from 15:00 to 19:00",
 * "16:15–22:45", "until 23:45"). Opening hours are dated facts: make
 * po-check lists every guide text that repeats them, so that when staff
 * change a contact's hours they find every other place they appear. */
#ifndef MIRA_CONTENT_HOURS_H
#define MIRA_CONTENT_HOURS_H

#include <stddef.h>

typedef struct {
	int start, end;  /* minutes after midnight; end is -1 for a single time */
	size_t pos, len; /* the bytes of the text it covers */
} hours_span;

/* Finds up to max times and ranges in text, in order, and returns how
 * many. A time is h:mm or hh:mm (hh.mm too when the hour has two digits);
 * two times joined by a dash, "to", "until" or "til" are one range. */
size_t hours_find(const char *text, hours_span *out, size_t max);

typedef enum { HOURS_UNRELATED, HOURS_RESEMBLE, HOURS_EQUAL } hours_relation;

/* EQUAL when every time or range of a is also in b, RESEMBLE when they
 * share at least one time (an opening or a closing time), else UNRELATED. */
hours_relation hours_compare(const hours_span *a, size_t na, const hours_span *b, size_t nb);

#endif
