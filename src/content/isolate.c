#include "isolate.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define LRI     "\xE2\x81\xA6"
#define PDI     "\xE2\x81\xA9"
#define EN_DASH "\xE2\x80\x93"

static bool digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool alnum(char c)
{
	return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Characters a web or e-mail address may hold (ASCII only, as in RFC 3986). */
static bool url_char(char c)
{
	return alnum(c) || (c && strchr("-._~:/?#[]@!$&'*+,;=%", c) != NULL);
}

/* A separator inside a number group: one space, '-', '.', ':', '/' or an en
 * dash, with a digit right after it. Returns its length or 0. */
static size_t number_sep(const char *s)
{
	if ((*s == ' ' || *s == '-' || *s == '.' || *s == ':' || *s == '/') && digit(s[1]))
		return 1;
	if (strncmp(s, EN_DASH, 3) == 0 && digit(s[3]))
		return 3;
	return 0;
}

static size_t scan_number(const char *t, size_t i)
{
	size_t sep;

	if (t[i] == '+')
		i++;
	for (;;) {
		while (digit(t[i]))
			i++;
		sep = number_sep(t + i);
		if (!sep)
			return i;
		i += sep;
	}
}

/* A web or e-mail token starting at i (a word start); 0 if it is not one. */
static size_t scan_address(const char *t, size_t i, span_kind *kind)
{
	size_t e = i, at = 0, dot = 0;

	while (url_char(t[e])) {
		if (t[e] == '@')
			at = e;
		if (t[e] == '.' && e > i && alnum(t[e + 1]))
			dot = e;
		e++;
	}
	/* Sentence punctuation after an address is not part of it. */
	while (e > i && strchr(".,;:!?)'", t[e - 1]))
		e--;
	if (strncmp(t + i, "http://", 7) == 0 || strncmp(t + i, "https://", 8) == 0 ||
	    strncmp(t + i, "www.", 4) == 0) {
		*kind = SPAN_WEB;
		return e;
	}
	if (at > i && dot > at && dot < e) {
		*kind = SPAN_EMAIL;
		return e;
	}
	/* A bare domain such as dinutvei.no: letters, a dot, a 2-6 letter end. */
	if (dot > i && dot < e && !at) {
		size_t tld = 0;

		for (size_t k = dot + 1; k < e && ((t[k] >= 'a' && t[k] <= 'z')); k++)
			tld++;
		if (tld >= 2 && tld <= 6 && (dot + 1 + tld == e || t[dot + 1 + tld] == '/')) {
			*kind = SPAN_WEB;
			return e;
		}
	}
	return 0;
}

long isolate_next_span(const char *t, size_t pos, size_t *end, span_kind *kind)
{
	for (size_t i = pos; t[i]; i++) {
		bool word_start = i == 0 || !url_char(t[i - 1]);
		size_t e;

		if (word_start && alnum(t[i]) && (e = scan_address(t, i, kind)) > i) {
			*end = e;
			return (long)i;
		}
		if ((digit(t[i]) || (t[i] == '+' && digit(t[i + 1]))) &&
		    (i == 0 || !alnum(t[i - 1]))) {
			size_t start = i;

			*kind = SPAN_NUMBER;
			*end = scan_number(t, i);
			/* A Latin word just before the number ("Trondheimsveien 233")
			 * belongs with it: isolating the number alone would part the
			 * two in right-to-left text. */
			if (start >= pos + 2 && t[start - 1] == ' ' && letter(t[start - 2])) {
				size_t j = start - 1;

				while (j > pos && (letter(t[j - 1]) || t[j - 1] == '-'))
					j--;
				if (letter(t[j]))
					start = j;
			}
			return (long)start;
		}
		/* Skip the rest of a word that is not a span. */
		while (alnum(t[i + 1]) && alnum(t[i]))
			i++;
	}
	return -1;
}

char *isolate_ltr_spans(const char *text)
{
	size_t len = strlen(text), n = 0, pos = 0, end;
	span_kind kind;
	long start;
	char *out = malloc(len * 7 + 1); /* at worst 6 bytes added per byte */

	if (!out)
		return NULL;
	while ((start = isolate_next_span(text, pos, &end, &kind)) >= 0) {
		bool wrapped = start >= 3 && strncmp(text + start - 3, LRI, 3) == 0;

		memcpy(out + n, text + pos, (size_t)start - pos);
		n += (size_t)start - pos;
		if (!wrapped) {
			memcpy(out + n, LRI, 3);
			n += 3;
		}
		memcpy(out + n, text + start, end - (size_t)start);
		n += end - (size_t)start;
		if (!wrapped) {
			memcpy(out + n, PDI, 3);
			n += 3;
		}
		pos = end;
	}
	memcpy(out + n, text + pos, len - pos + 1);
	return out;
}

char *isolate_whole(const char *text)
{
	size_t len = strlen(text);
	char *out = malloc(len + 7);

	if (!out)
		return NULL;
	memcpy(out, LRI, 3);
	memcpy(out + 3, text, len);
	memcpy(out + 3 + len, PDI, 4); /* with the NUL */
	return out;
}
