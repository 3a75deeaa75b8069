/* Unicode conformance: every case of GraphemeBreakTest.txt (UAX #29 extended
 * grapheme clusters) through the engine's breaks_grapheme(). An optional
 * argument replaces the path of the test file. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/text/breaks.h"

#define TEST_FILE "/usr/share/unicode/auxiliary/GraphemeBreakTest.txt"
#define MAX_CPS   256
#define MAX_SHOWN 20

/* Known differences between the test file and the library, each pinned to
 * its line, its exact case and the engine's result, so that neither a changed
 * file nor a different wrong answer can hide behind them. Empty: ICU 72.1
 * (Debian 12) implements Unicode 15.0, the version of the file, and passes
 * every case. */
static const struct {
	unsigned line;
	const char *text; /* the case as written, comment removed */
	const char *got;  /* what the engine returns instead */
	const char *reason;
} exceptions[] = {
    {0, NULL, NULL, NULL},
};
/* The last entry only ends the list: C has no empty arrays. */
#define N_EXCEPTIONS (sizeof exceptions / sizeof exceptions[0] - 1)
static unsigned exception_hits[N_EXCEPTIONS + 1];

/* Splits a case into code points and the boundary expected before each one
 * and at the end (n + 1 entries). Returns false if the line is malformed. */
static bool parse_case(char *s, uint32_t *cps, size_t *n, uint8_t *expect)
{
	size_t count = 0;
	bool want_mark = true;

	for (char *tok = strtok(s, " \t\r\n"); tok; tok = strtok(NULL, " \t\r\n")) {
		if (want_mark) {
			if (strcmp(tok, "\xc3\xb7") == 0) /* ÷ */
				expect[count] = 1;
			else if (strcmp(tok, "\xc3\x97") == 0) /* × */
				expect[count] = 0;
			else
				return false;
		} else {
			char *end;
			unsigned long cp = strtoul(tok, &end, 16);

			if (*end || end == tok || cp > 0x10FFFF || count == MAX_CPS)
				return false;
			cps[count++] = (uint32_t)cp;
		}
		want_mark = !want_mark;
	}
	/* A case starts and ends with a mark: the loop last consumed one. */
	*n = count;
	return !want_mark && count > 0;
}

/* Writes the case in the file's notation with the given boundaries. */
static void format_case(const uint32_t *cps, size_t n, const uint8_t *marks, char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i <= n && len < size; i++) {
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? " " : "",
		                        marks[i] ? "\xc3\xb7" : "\xc3\x97");
		if (i < n && len < size)
			len += (size_t)snprintf(buf + len, size - len, " %04X", (unsigned)cps[i]);
	}
}

/* Trims the comment and surrounding blanks; returns the case, maybe empty. */
static char *case_text(char *line)
{
	char *hash = strchr(line, '#');
	size_t len;

	if (hash)
		*hash = '\0';
	line += strspn(line, " \t");
	len = strlen(line);
	while (len && strchr(" \t\r\n", line[len - 1]))
		line[--len] = '\0';
	return line;
}

/* An exception holds only for its line, its case and its known result. */
static int find_exception(unsigned line_no, const char *text, const char *got)
{
	for (size_t i = 0; i + 1 <= N_EXCEPTIONS; i++)
		if (exceptions[i].line == line_no && strcmp(exceptions[i].text, text) == 0 &&
		    strcmp(exceptions[i].got, got) == 0)
			return (int)i;
	return -1;
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : TEST_FILE;
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	unsigned line_no = 0, cases = 0, passed = 0, failed = 0, excepted = 0;
	long declared = -1;
	bool seen_eof = false, file_ok = true;

	if (!f) {
		printf("grapheme: FAIL: cannot read %s: %s (install unicode-data)\n", path,
		       strerror(errno));
		return 1;
	}
	while (getline(&line, &cap, f) >= 0) {
		uint32_t cps[MAX_CPS];
		uint8_t expect[MAX_CPS + 1], got[MAX_CPS + 1];
		char text[4096], got_text[4096], *t;
		size_t n;
		bool ran, ok;
		int ex;

		line_no++;
		/* The trailer states the number of cases: it catches a cut file. */
		if (sscanf(line, "# Lines: %ld", &declared) == 1)
			continue;
		if (strncmp(line, "# EOF", 5) == 0)
			seen_eof = true;
		t = case_text(line);
		if (!*t)
			continue;
		cases++;
		snprintf(text, sizeof text, "%s", t);
		if (!parse_case(t, cps, &n, expect)) {
			failed++;
			if (failed <= MAX_SHOWN)
				printf("%s:%u: malformed case: %s\n", path, line_no, text);
			continue;
		}
		ran = ok = breaks_grapheme(cps, n, got);
		for (size_t i = 0; ran && i <= n; i++)
			if (!got[i] != !expect[i])
				ok = false;
		if (ok) {
			passed++;
			continue;
		}
		format_case(cps, n, got, got_text, sizeof got_text);
		ex = ran ? find_exception(line_no, text, got_text) : -1;
		if (ex >= 0) {
			exception_hits[ex]++;
			excepted++;
			continue;
		}
		failed++;
		if (failed <= MAX_SHOWN) {
			printf("%s:%u: %s\n", path, line_no, text);
			if (ran)
				printf("    got: %s\n", got_text);
			else
				puts("    breaks_grapheme() failed");
		}
	}
	if (ferror(f)) {
		printf("grapheme: FAIL: read error in %s\n", path);
		file_ok = false;
	}
	fclose(f);
	free(line);
	breaks_cleanup();

	if (!seen_eof || cases == 0 || (declared >= 0 && (unsigned long)declared != cases)) {
		printf("grapheme: FAIL: %s looks cut or empty (%u cases, %ld declared, %s)\n", path,
		       cases, declared, seen_eof ? "EOF marker seen" : "no EOF marker");
		file_ok = false;
	}
	/* A listed case that passes now should leave the list. */
	for (size_t i = 0; file_ok && i + 1 <= N_EXCEPTIONS; i++)
		if (!exception_hits[i])
			printf("note: exception for line %u was not needed: %s\n",
			       exceptions[i].line, exceptions[i].reason);
	if (failed > MAX_SHOWN)
		printf("(%u more failures not shown)\n", failed - MAX_SHOWN);
	printf("grapheme: %u cases, %u passed, %u failed, %u known exceptions\n", cases, passed,
	       failed, excepted);
	return failed || !file_ok ? 1 : 0;
}
