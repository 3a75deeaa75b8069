#include "isolate.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define LRI     "\xE2\x81\xA6"
#define PDI     "\xE2\x81\xA9"
#define EN_DASH "\xE2\x80\x93"
#define NBSP    "\xC2\xA0"
#define SECTION "\xC2\xA7"

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

/* Byte length of the Latin letter at s: ASCII, or U+00C0-U+024F (æ ø å and
 * the rest of Latin-1 and Latin Extended-A/B) but for × and ÷; else 0. */
static size_t latin_letter(const char *s)
{
	unsigned char a = (unsigned char)s[0], b;

	if (letter(s[0]))
		return 1;
	if (a < 0xC3 || a > 0xC9)
		return 0;
	b = (unsigned char)s[1];
	if ((b & 0xC0) != 0x80 || (a == 0xC3 && (b == 0x97 || b == 0xB7)) ||
	    (a == 0xC9 && b > 0x8F))
		return 0;
	return 2;
}

/* An upper-case Latin letter: A-Z or U+00C0-U+00DE (Æ Ø Å). */
static bool upper(const char *s)
{
	unsigned char b = (unsigned char)s[1];

	return (*s >= 'A' && *s <= 'Z') ||
	       ((unsigned char)s[0] == 0xC3 && b >= 0x80 && b <= 0x9E && b != 0x97);
}

/* Whether the character ending just before t[i] is a Latin letter. */
static bool latin_before(const char *t, size_t i)
{
	return (i >= 1 && letter(t[i - 1])) || (i >= 2 && latin_letter(t + i - 2) == 2);
}

/* A Latin word at i: letters, with single '-' joining letters or digits
 * ("VO-linjen", "Sør-Trøndelag", "COVID-19"). Returns its end; *hyphen says
 * whether it has a '-', *digits whether digits follow one. */
static size_t scan_word(const char *t, size_t i, bool *hyphen, bool *digits)
{
	size_t n;

	*hyphen = *digits = false;
	for (;;) {
		while ((n = latin_letter(t + i)) > 0)
			i += n;
		if (t[i] != '-' || !(latin_letter(t + i + 1) || digit(t[i + 1])))
			return i;
		i++;
		*hyphen = true;
		while (digit(t[i])) {
			i++;
			*digits = true;
		}
	}
}

/* A number, with a word joined by '-' after it ("18-åringer"). */
static size_t scan_number_word(const char *t, size_t i)
{
	bool hyphen, digits;

	i = scan_number(t, i);
	if (t[i] == '-' && latin_letter(t + i + 1))
		i = scan_word(t, i + 1, &hyphen, &digits);
	return i;
}

/* A space or a no-break space: its length, or 0. */
static size_t space_len(const char *s)
{
	if (*s == ' ')
		return 1;
	return strncmp(s, NBSP, 2) == 0 ? 2 : 0;
}

static bool number_start(const char *s)
{
	return digit(s[0]) || (s[0] == '+' && digit(s[1]));
}

/* Norwegian law names end in -lov, -loven, -lova ("straffeloven",
 * "arbeidsmiljøloven", "opplæringslova") or -forskriften. */
static bool law_name(const char *t, size_t i, size_t w)
{
	static const char *const ends[] = {"lov", "loven", "lova", "forskriften", "forskrifta"};

	for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
		size_t n = strlen(ends[k]);

		if (w - i >= n && strncasecmp(t + w - n, ends[k], n) == 0)
			return true;
	}
	return false;
}

/* A § reference at i: "§ 253", "§ 14-5", "§ 1a", "§§ 3-5" (a space or a
 * no-break space after the sign). Returns its end, or 0. */
static size_t scan_law(const char *t, size_t i)
{
	size_t sp;

	if (strncmp(t + i, SECTION, 2) != 0)
		return 0;
	i += 2;
	if (strncmp(t + i, SECTION, 2) == 0)
		i += 2;
	sp = space_len(t + i);
	if (!sp || !digit(t[i + sp]))
		return 0;
	i += sp;
	for (;;) {
		i = scan_number(t, i);
		/* One lower-case letter after the number: "§ 1a", "§ 9a-2". */
		if (t[i] < 'a' || t[i] > 'z' || latin_letter(t + i + 1) || digit(t[i + 1]))
			return i;
		i++;
		if (t[i] != '-' || !digit(t[i + 1]))
			return i;
		i++;
	}
}

/* A § reference with its item: "§ 5 nr. 5" is one reference. */
static size_t scan_law_item(const char *t, size_t i)
{
	size_t e = scan_law(t, i);

	if (e && strncmp(t + e, " nr. ", 5) == 0 && digit(t[e + 5]))
		e = scan_number(t, e + 5);
	return e;
}

long isolate_next_span(const char *t, size_t pos, size_t *end, span_kind *kind)
{
	size_t i = pos;

	while (t[i]) {
		bool word_start = i == 0 || !url_char(t[i - 1]);
		size_t e;

		if (word_start && alnum(t[i]) && (e = scan_address(t, i, kind)) > i) {
			*end = e;
			return (long)i;
		}
		if (word_start && latin_letter(t + i) && !latin_before(t, i)) {
			bool hyphen, digits;
			size_t w = scan_word(t, i, &hyphen, &digits), sp = space_len(t + w);

			/* The law's name goes with its § reference: isolating the
			 * reference alone leaves the § between a Latin word and
			 * Arabic, and the name and number trade places. */
			if (sp && law_name(t, i, w) && (e = scan_law_item(t, w + sp)) > 0) {
				*kind = SPAN_LAW;
				*end = e;
				return (long)i;
			}
			/* A Latin name just before a number ("Trondheimsveien 233")
			 * belongs with it, for the same reason. Only a capitalised
			 * word: "innen 1–2" or "lambarka 116 006" may wrap. */
			if (t[w] == ' ' && upper(t + i) && number_start(t + w + 1)) {
				*kind = SPAN_NUMBER;
				*end = scan_number_word(t, w + 1);
				return (long)i;
			}
			if (hyphen) {
				*kind = digits ? SPAN_NUMBER : SPAN_NAME;
				*end = w;
				return (long)i;
			}
			i = w;
			continue;
		}
		if ((e = scan_law_item(t, i)) > 0) {
			*kind = SPAN_LAW;
			*end = e;
			return (long)i;
		}
		if (number_start(t + i) && (i == 0 || !alnum(t[i - 1])) && !latin_before(t, i)) {
			*kind = SPAN_NUMBER;
			*end = scan_number_word(t, i);
			return (long)i;
		}
		/* Skip the rest of a word that is not a span. */
		while (alnum(t[i + 1]) && alnum(t[i]))
			i++;
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
