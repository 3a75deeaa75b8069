#include "spoken.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../content/isolate.h"

#define EN_DASH     "\xE2\x80\x93"
#define EM_DASH     "\xE2\x80\x94"
#define SECTION     "\xC2\xA7"
#define GROUP_BREAK "<break time=\"250ms\"/>"

typedef struct {
	char *buf;
	size_t len, cap;
	bool failed;
} out_buf;

static void put_n(out_buf *o, const char *s, size_t n)
{
	if (o->failed)
		return;
	if (o->len + n + 1 > o->cap) {
		size_t cap = (o->len + n + 1) * 2;
		char *b = realloc(o->buf, cap);

		if (!b) {
			o->failed = true;
			return;
		}
		o->buf = b;
		o->cap = cap;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
}

static void put(out_buf *o, const char *s)
{
	put_n(o, s, strlen(s));
}

/* Text as SSML character data. */
static void put_escaped(out_buf *o, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		switch (s[i]) {
		case '&': put(o, "&amp;"); break;
		case '<': put(o, "&lt;"); break;
		case '>': put(o, "&gt;"); break;
		default: put_n(o, s + i, 1);
		}
	}
}

static bool digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A Latin letter: ASCII, or Latin-1 and Latin Extended-A (æ, ø, å, ş, ł). */
static size_t latin_letter(const char *s)
{
	unsigned char c = (unsigned char)s[0];

	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
		return 1;
	if (c >= 0xC3 && c <= 0xC5 && ((unsigned char)s[1] & 0xC0) == 0x80)
		return 2;
	return 0;
}

/* Bidi controls and marks: layout matters, not sound. */
static size_t invisible(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[0] == 0xE2 && u[1] == 0x81 && u[2] >= 0xA6 && u[2] <= 0xA9)
		return 3; /* LRI, RLI, FSI, PDI */
	if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x8E || u[2] == 0x8F))
		return 3; /* LRM, RLM */
	if (u[0] == 0xD8 && u[1] == 0x9C)
		return 2; /* ALM */
	return 0;
}

static char *clean(const char *text)
{
	size_t n = strlen(text), k = 0;
	char *t = malloc(n + 1);

	if (!t)
		return NULL;
	for (size_t i = 0; i < n;) {
		size_t skip = invisible(text + i);

		if (skip) {
			i += skip;
			continue;
		}
		t[k++] = text[i++];
	}
	t[k] = '\0';
	return t;
}

static void norwegian_open(out_buf *o, const spoken_rules *r, bool *open)
{
	if (!*open && strcmp(r->lang, "nb") != 0) {
		put(o, "<voice xml:lang=\"nb\">");
		*open = true;
	}
}

static void norwegian_close(out_buf *o, bool *open)
{
	if (*open) {
		put(o, "</voice>");
		*open = false;
	}
}

/* The length of a listed Norwegian name at s (whole words only), or 0. */
static size_t listed_name(const char *s, const spoken_rules *r)
{
	for (size_t i = 0; i < r->norwegian_count; i++) {
		size_t n = strlen(r->norwegian[i]);

		if (n && strncmp(s, r->norwegian[i], n) == 0 && !latin_letter(s + n) &&
		    !digit(s[n]))
			return n;
	}
	return 0;
}

/* Running text between spans. In another script every run of Latin words
 * is a Norwegian name; in a Latin script only the listed names are. */
static void speak_plain(out_buf *o, const char *s, size_t n, const spoken_rules *r)
{
	bool open = false;
	size_t i = 0;

	while (i < n) {
		bool word_start = i == 0 || !(latin_letter(s + i - 1) || digit(s[i - 1]) ||
		                              (i >= 2 && latin_letter(s + i - 2) == 2));
		size_t l;

		if (!r->latin_script && (l = latin_letter(s + i)) > 0) {
			norwegian_open(o, r, &open);
			put_n(o, s + i, l);
			i += l;
			continue;
		}
		if (r->latin_script && word_start && (l = listed_name(s + i, r)) > 0 &&
		    i + l <= n) {
			norwegian_open(o, r, &open);
			put_escaped(o, s + i, l);
			norwegian_close(o, &open);
			i += l;
			continue;
		}
		/* A space between two Latin words stays inside the voice. */
		if (open && s[i] == ' ' && i + 1 < n && latin_letter(s + i + 1)) {
			put(o, " ");
			i++;
			continue;
		}
		norwegian_close(o, &open);
		put_escaped(o, s + i, 1);
		i++;
	}
	norwegian_close(o, &open);
}

static bool is_phone(const char *s, size_t n, const spoken_rules *r)
{
	char digits[64];
	size_t k = 0;

	if (n && s[0] == '+')
		return true;
	for (size_t i = 0; i < n && k < sizeof digits - 1; i++)
		if (digit(s[i]))
			digits[k++] = s[i];
	digits[k] = '\0';
	for (size_t i = 0; i < r->phone_count; i++)
		if (strcmp(digits, r->phones[i]) == 0)
			return true;
	return false;
}

/* "09:00" as "9", "16:15" as "16 15": how a clock time is said. */
static void speak_time_or_number(out_buf *o, const char *s, size_t n)
{
	const char *colon = memchr(s, ':', n);
	char buf[32];
	size_t k = 0;

	if (colon) {
		size_t h = (size_t)(colon - s), m = n - h - 1;
		const char *mm = colon + 1;

		while (h > 1 && s[0] == '0') {
			s++;
			h--;
		}
		put_n(o, s, h);
		if (!(m == 2 && mm[0] == '0' && mm[1] == '0')) {
			put(o, " ");
			put_n(o, mm, m);
		}
		return;
	}
	/* "550 000": one amount, the space only groups its thousands. */
	for (size_t i = 0; i < n && k < sizeof buf - 1; i++)
		if (s[i] != ' ')
			buf[k++] = s[i];
	buf[k] = '\0';
	put(o, buf);
}

static size_t dash_at(const char *s)
{
	if (strncmp(s, EN_DASH, 3) == 0 || strncmp(s, EM_DASH, 3) == 0)
		return 3;
	return *s == '-' ? 1 : 0;
}

/* A number as it is written in the text: a phone number digit by digit in
 * its groups; a range as its two ends with "to"; else the number. */
static void speak_number(out_buf *o, const char *s, size_t n, const spoken_rules *r)
{
	if (is_phone(s, n, r)) {
		size_t i = 0;

		while (i < n) {
			size_t j = i;

			while (j < n && s[j] != ' ' && s[j] != '.' && s[j] != '-')
				j++;
			if (i)
				put(o, GROUP_BREAK);
			put(o, "<say-as interpret-as=\"characters\">");
			put_n(o, s + i, j - i);
			put(o, "</say-as>");
			i = j + (j < n);
		}
		return;
	}
	for (size_t i = 0; i < n; i++) {
		size_t d = dash_at(s + i);

		if (d && i > 0 && i + d < n) {
			speak_time_or_number(o, s, i);
			put(o, " ");
			put(o, r->to_word);
			put(o, " ");
			speak_time_or_number(o, s + i + d, n - i - d);
			return;
		}
	}
	speak_time_or_number(o, s, n);
}

/* How long the number at s is: digits and their separators. */
static size_t number_len(const char *s, size_t n)
{
	size_t i = 0;

	if (s[0] == '+')
		i++;
	while (i < n) {
		size_t d;

		if (digit(s[i])) {
			i++;
			continue;
		}
		d = dash_at(s + i);
		if (!d && (s[i] == ' ' || s[i] == ':' || s[i] == '.' || s[i] == '/'))
			d = 1;
		if (d && i + d < n && digit(s[i + d]) && i > 0 && digit(s[i - 1])) {
			i += d;
			continue;
		}
		break;
	}
	return i;
}

/* A span that isolate.h found: its Latin words are names said in
 * Norwegian, § is a word, and the numbers follow speak_number. */
static void speak_span(out_buf *o, const char *s, size_t n, span_kind kind, const spoken_rules *r)
{
	size_t i = 0;
	bool open = false;

	if (kind == SPAN_WEB || kind == SPAN_EMAIL) {
		put(o, "<say-as interpret-as=\"characters\">");
		put_escaped(o, s, n);
		put(o, "</say-as>");
		return;
	}
	if (kind == SPAN_NUMBER) {
		/* "Trondheimsveien 233", "Open 09:00": the word is running text. */
		size_t d = 0;

		while (d < n && !digit(s[d]) && s[d] != '+')
			d++;
		speak_plain(o, s, d, r);
		i = d;
	}
	while (i < n) {
		size_t l;

		if (s[i] == '+' || digit(s[i])) {
			norwegian_close(o, &open);
			l = number_len(s + i, n - i);
			if (!l)
				l = 1;
			speak_number(o, s + i, l, r);
			i += l;
		} else if (strncmp(s + i, SECTION, 2) == 0) {
			norwegian_close(o, &open);
			while (i < n && strncmp(s + i, SECTION, 2) == 0)
				i += 2;
			put(o, r->section_word);
		} else if ((l = latin_letter(s + i)) > 0) {
			norwegian_open(o, r, &open);
			put_n(o, s + i, l);
			i += l;
		} else {
			if (!(open && (s[i] == ' ' || s[i] == '-' || s[i] == '.')))
				norwegian_close(o, &open);
			put_escaped(o, s + i, 1);
			i++;
		}
	}
	norwegian_close(o, &open);
}

char *spoken_ssml(const char *text, const spoken_rules *r)
{
	char *t = clean(text);
	out_buf o = {0};
	size_t pos = 0, end;
	span_kind kind;
	long start;

	if (!t)
		return NULL;
	put(&o, "<speak>");
	while ((start = isolate_next_span(t, pos, &end, &kind)) >= 0) {
		speak_plain(&o, t + pos, (size_t)start - pos, r);
		speak_span(&o, t + start, end - (size_t)start, kind, r);
		pos = end;
	}
	speak_plain(&o, t + pos, strlen(t + pos), r);
	put(&o, "</speak>");
	free(t);
	if (o.failed) {
		free(o.buf);
		return NULL;
	}
	return o.buf;
}
