#include "spans.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isolate.h"

#define MAX_TOKENS 64

typedef struct {
	char *items[MAX_TOKENS];
	int count;
} tokens;

static void tokens_free(tokens *t)
{
	for (int i = 0; i < t->count; i++)
		free(t->items[i]);
	t->count = 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void push(tokens *t, const char *s, size_t n)
{
	if (t->count < MAX_TOKENS)
		t->items[t->count++] = strndup(s, n);
}

/* Phone numbers and § references (digits and '+' only, so spacing and the
 * law's name may differ), web and e-mail addresses (lower case), and printf
 * or {name} placeholders. */
static void collect(const char *text, tokens *t)
{
	size_t pos = 0, end;
	span_kind kind;
	long start;

	while ((start = isolate_next_span(text, pos, &end, &kind)) >= 0) {
		char buf[256];
		size_t n = 0;

		/* A hyphenated word may be translated; only its isolation is kept. */
		if (kind == SPAN_NAME) {
			pos = end;
			continue;
		}
		for (size_t i = (size_t)start; i < end && n < sizeof buf - 1; i++) {
			char c = text[i];

			if ((kind == SPAN_NUMBER || kind == SPAN_LAW) &&
			    !((c >= '0' && c <= '9') || c == '+'))
				continue;
			buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		push(t, buf, n);
		pos = end;
	}
	for (const char *p = text; *p; p++) {
		if (*p == '%' && p[1] == '%') {
			p++;
		} else if (*p == '%' && p > text &&
		           ((p[-1] >= '0' && p[-1] <= '9') ||
		            (p[-1] == ' ' && p - 1 > text && p[-2] >= '0' && p[-2] <= '9'))) {
			/* "30 % lower", "30% of": a percent sign in prose, not a
			 * conversion (" lo", " o" would parse as one). */
		} else if (*p == '%' && p[1] >= '0' && p[1] <= '9' &&
		           p[1 + strspn(p + 1, "0123456789")] == ' ') {
			/* "%30 daha" (Turkish writes the sign first): prose too. */
		} else if (*p == '%') {
			size_t n = 1 + strspn(p + 1, "0123456789$-+ #.lhzj");

			if (p[n] && strchr("diouxXsScfeEgGp", p[n]))
				push(t, p, n + 1);
		} else if (*p == '{') {
			const char *e = strchr(p, '}');

			if (e && e - p < 40 &&
			    strspn(p + 1, "abcdefghijklmnopqrstuvwxyz_0123456789") ==
			        (size_t)(e - p - 1))
				push(t, p, (size_t)(e - p + 1));
		}
	}
	qsort(t->items, (size_t)t->count, sizeof *t->items, cmp_str);
}

static void join(const tokens *t, char *out, size_t size)
{
	size_t n = 0;

	out[0] = '\0';
	for (int i = 0; i < t->count && n < size; i++)
		n += (size_t)snprintf(out + n, size - n, "%s\"%s\"", i ? ", " : "", t->items[i]);
	if (t->count == 0)
		snprintf(out, size, "none");
}

static bool same_tokens(const tokens *a, const tokens *b)
{
	if (a->count != b->count)
		return false;
	for (int i = 0; i < a->count; i++)
		if (strcmp(a->items[i], b->items[i]) != 0)
			return false;
	return true;
}

bool spans_match(const char *english, const char *translation, char *why, size_t size)
{
	tokens want = {0}, got = {0};
	bool same;

	collect(english, &want);
	collect(translation, &got);
	same = same_tokens(&want, &got);
	if (!same && why && size) {
		char a[1024], b[1024];

		join(&want, a, sizeof a);
		join(&got, b, sizeof b);
		snprintf(why, size, "the English has %s, the translation has %s", a, b);
	}
	tokens_free(&want);
	tokens_free(&got);
	return same;
}
