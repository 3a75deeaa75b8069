/* Keeps numbers, references and addresses left to right and whole inside
 * any text. Unicode's bidi algorithm shows "116 117" after Arabic as
 * "117 116", and breaks URLs into pieces; wrapping each in LRI...PDI
 * (U+2066...U+2069) makes it one left to right unit that reads the same in
 * every language. Isolation fixes the order, not the line: the text engine
 * (layout.h) also keeps each isolate on one line unless it alone is wider
 * than the line. */
#ifndef MIRA_CONTENT_ISOLATE_H
#define MIRA_CONTENT_ISOLATE_H

#include <stddef.h>

/* A new string (caller frees) with every phone number or number group
 * ("116 117", "+47 23 48 72 00", "09:00–16:00"), § reference with its law's
 * name ("straffeloven § 253", "husleieloven §§ 3-5", "§ 1a"), hyphenated
 * Latin name ("VO-linjen"), web address and e-mail address wrapped in
 * LRI...PDI. A reference is isolated whole: with only its number isolated,
 * the § sits between a Latin word and Arabic and the two trade places. NULL
 * if memory ran out. */
char *isolate_ltr_spans(const char *text);

/* A new string: all of text wrapped in one LRI...PDI, for a value that is
 * left to right as a whole (an address, a phone number on a card). */
char *isolate_whole(const char *text);

typedef enum {
	SPAN_NUMBER, /* digits, maybe with the Latin word before them */
	SPAN_WEB,
	SPAN_EMAIL,
	SPAN_LAW,  /* "straffeloven § 253": its digits are a number */
	SPAN_NAME, /* "VO-linjen": kept whole, not a thing to translate alike */
} span_kind;

/* Finds the next span at or after *pos in text; returns its start and sets
 * *end and *kind, or returns -1 when there is none. Shared with the catalog
 * checks, which compare the spans of a msgid with its translation. */
long isolate_next_span(const char *text, size_t pos, size_t *end, span_kind *kind);

#endif
