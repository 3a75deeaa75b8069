#include "hours.h"

#include <string.h>

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A time at text + i: its minutes after midnight and its length in *n, or
 * -1. Digits just before it (a year, a number) make it no time. */
static int time_at(const char *text, size_t i, size_t *n)
{
	size_t k = i;
	int h = 0, m;
	char sep;

	if (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == ':' || text[i - 1] == '.'))
		return -1;
	while (is_digit(text[k]) && k - i < 2)
		h = h * 10 + (text[k++] - '0');
	if (k == i || is_digit(text[k]))
		return -1;
	sep = text[k];
	/* "15.00" is a time; "1.50" is more likely a number. */
	if (!(sep == ':' || (sep == '.' && k - i == 2)))
		return -1;
	if (!is_digit(text[k + 1]) || !is_digit(text[k + 2]) || is_digit(text[k + 3]))
		return -1;
	m = (text[k + 1] - '0') * 10 + (text[k + 2] - '0');
	if (h > 24 || m > 59)
		return -1;
	*n = k + 3 - i;
	return h * 60 + m;
}

/* Length of a range connector at text + i, spaces included, or 0. */
static size_t connector_at(const char *text, size_t i)
{
	static const char *const words[] = {"\xE2\x80\x93", "\xE2\x80\x94", "-",  "to",
	                                    "until",        "till",         "til"};
	size_t k = i;

	while (text[k] == ' ')
		k++;
	for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
		size_t n = strlen(words[w]);

		if (strncmp(text + k, words[w], n) == 0) {
			k += n;
			while (text[k] == ' ')
				k++;
			return k - i;
		}
	}
	return 0;
}

size_t hours_find(const char *text, hours_span *out, size_t max)
{
	size_t count = 0;

	for (size_t i = 0; text[i] && count < max; i++) {
		size_t n, n2, c;
		int start = time_at(text, i, &n), end;

		if (start < 0)
			continue;
		out[count] = (hours_span){start, -1, i, n};
		c = connector_at(text, i + n);
		if (c && (end = time_at(text, i + n + c, &n2)) >= 0) {
			out[count].end = end;
			out[count].len = n + c + n2;
		}
		i += out[count].len - 1;
		count++;
	}
	return count;
}

static int shares_time(const hours_span *a, const hours_span *b)
{
	return a->start == b->start || a->start == b->end ||
	       (a->end >= 0 && (a->end == b->start || a->end == b->end));
}

hours_relation hours_compare(const hours_span *a, size_t na, const hours_span *b, size_t nb)
{
	size_t equal = 0, shared = 0;

	for (size_t i = 0; i < na; i++) {
		int same = 0, near = 0;

		for (size_t k = 0; k < nb; k++) {
			same |= a[i].start == b[k].start && a[i].end == b[k].end;
			near |= shares_time(&a[i], &b[k]);
		}
		equal += same;
		shared += near;
	}
	if (na > 0 && equal == na)
		return HOURS_EQUAL;
	return shared ? HOURS_RESEMBLE : HOURS_UNRELATED;
}
