#include "vcard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	char *buf;
	size_t len, cap;
	bool failed;
} text;

static void add(text *t, const char *s, size_t n)
{
	if (t->failed)
		return;
	if (t->len + n + 1 > t->cap) {
		size_t cap = (t->len + n + 1) * 2;
		char *b = realloc(t->buf, cap);

		if (!b) {
			t->failed = true;
			return;
		}
		t->buf = b;
		t->cap = cap;
	}
	memcpy(t->buf + t->len, s, n);
	t->len += n;
	t->buf[t->len] = '\0';
}

static void put(text *t, const char *s)
{
	add(t, s, strlen(s));
}

/* A value, escaped as RFC 2426 says: backslash, comma, semicolon, newline. */
static void value(text *t, const char *s)
{
	for (; *s; s++) {
		if (*s == '\\' || *s == ',' || *s == ';')
			add(t, "\\", 1);
		if (*s == '\n')
			put(t, "\\n");
		else
			add(t, s, 1);
	}
}

static void line(text *t, const char *key, const char *v)
{
	put(t, key);
	value(t, v);
	put(t, "\r\n");
}

char *vcard_make(const contact *c, const char *name, const char *name_nb, const char *hours)
{
	text t = {0};

	put(&t, "BEGIN:VCARD\r\nVERSION:3.0\r\n");
	if (strcmp(name, name_nb) != 0) {
		put(&t, "FN:");
		value(&t, name);
		put(&t, " / ");
		value(&t, name_nb);
		put(&t, "\r\n");
	} else {
		line(&t, "FN:", name);
	}
	line(&t, "ORG:", name_nb);
	for (int i = 0; i < c->phone_count; i++)
		line(&t, "TEL;TYPE=VOICE:", c->phones[i].number);
	if (c->address) {
		put(&t, "ADR;TYPE=WORK:;;");
		value(&t, c->address);
		put(&t, ";;;;\r\n");
	}
	if (c->web) {
		put(&t, "URL:");
		if (!strstr(c->web, "://"))
			put(&t, "https://");
		value(&t, c->web);
		put(&t, "\r\n");
	}
	if (c->email)
		line(&t, "EMAIL:", c->email);
	if (hours)
		line(&t, "NOTE:", hours);
	put(&t, "END:VCARD\r\n");
	if (t.failed) {
		free(t.buf);
		return NULL;
	}
	return t.buf;
}

char *vcard_tel(const contact *c)
{
	char *out;
	size_t k = 4;

	if (c->phone_count < 1)
		return NULL;
	out = malloc(strlen(c->phones[0].number) + 5);
	if (!out)
		return NULL;
	memcpy(out, "tel:", 4);
	for (const char *p = c->phones[0].number; *p; p++)
		if ((*p >= '0' && *p <= '9') || *p == '+')
			out[k++] = *p;
	out[k] = '\0';
	return out;
}
