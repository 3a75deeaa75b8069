/* Unicode conformance: every case of BidiCharacterTest.txt and BidiTest.txt
 * (UAX #9 through rule L2) through the engine's bidi_levels() and
 * bidi_reorder_line(), each paragraph reordered as one line. Optional
 * arguments replace the paths of the two test files. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/text/bidi.h"

#define CHAR_TEST_FILE  "/usr/share/unicode/BidiCharacterTest.txt"
#define CLASS_TEST_FILE "/usr/share/unicode/BidiTest.txt"
#define MAX_CPS         256
#define MAX_SHOWN       20
#define NOT_LEVEL       0xFF       /* an 'x' in the file: removed by X9, no level */
#define X_MARK          UINT32_MAX /* an 'x' as parse_list returns it */
#define MAX_LEVEL       125        /* UAX #9 max_depth */

/* Known differences between the test files and the library, each pinned to
 * its file, line and paragraph direction and to the engine's result, so that
 * neither a changed file nor a different wrong answer can hide behind them.
 * Empty: FriBidi 1.0.8 (Debian 12) passes every case of the 15.0 files. */
static const struct {
	const char *file; /* CHAR_TEST_FILE or CLASS_TEST_FILE */
	unsigned line;
	text_dir dir;
	const char *got; /* the engine's "paragraph level; levels; order" */
	const char *reason;
} exceptions[] = {
    {NULL, 0, TEXT_DIR_LTR, NULL, NULL},
};
/* The last entry only ends the list: C has no empty arrays. */
#define N_EXCEPTIONS (sizeof exceptions / sizeof exceptions[0] - 1)
static unsigned exception_hits[N_EXCEPTIONS + 1];

/* One case: its input, what the file expects and what the engine returned. */
typedef struct {
	uint32_t cps[MAX_CPS];
	size_t n;
	text_dir dir;
	int want_par; /* -1 when the file does not say */
	uint8_t want_levels[MAX_CPS];
	uint32_t want_order[MAX_CPS];
	size_t want_order_len;
	int got_par;
	uint8_t got_levels[MAX_CPS];
	uint32_t map[MAX_CPS];
	uint32_t got_order[MAX_CPS];
	size_t got_order_len;
	char got_text[8192];
} bidi_case;

typedef struct {
	const char *name; /* for the summary line */
	const char *path;
	unsigned lines, cases, passed, failed, excepted;
	bool file_ok;
} tally;

static unsigned shown;

/* Parses a list of numbers in base 10 or 16 ('x' gives X_MARK when
 * allow_x); returns the count, or -1 if malformed or too long. */
static long parse_list(const char *s, int base, bool allow_x, uint32_t *out)
{
	long count = 0;

	for (;;) {
		char *end;
		unsigned long v;

		s += strspn(s, " \t");
		if (!*s || *s == '\r' || *s == '\n')
			return count;
		if (count == MAX_CPS)
			return -1;
		if (allow_x && *s == 'x') {
			v = X_MARK;
			end = (char *)s + 1;
		} else {
			v = strtoul(s, &end, base);
			if (end == s || v > 0x10FFFF)
				return -1;
		}
		if (*end && !strchr(" \t\r\n", *end))
			return -1;
		out[count++] = (uint32_t)v;
		s = end;
	}
}

/* Levels as parsed to levels as compared; false if one is out of range. */
static bool to_levels(const uint32_t *in, long n, uint8_t *out)
{
	for (long i = 0; i < n; i++) {
		if (in[i] != X_MARK && in[i] > MAX_LEVEL)
			return false;
		out[i] = in[i] == X_MARK ? NOT_LEVEL : (uint8_t)in[i];
	}
	return true;
}

/* Writes "paragraph level;levels;order" as the file does, x for no level and
 * - for a paragraph level the file does not give. */
static void format_result(int par, const uint8_t *levels, size_t n, const uint32_t *order,
                          size_t order_len, char *buf, size_t size)
{
	size_t len = (size_t)snprintf(buf, size, par < 0 ? "-;" : "%d;", par);

	for (size_t i = 0; i < n && len < size; i++) {
		if (levels[i] == NOT_LEVEL)
			len += (size_t)snprintf(buf + len, size - len, "%sx", i ? " " : "");
		else
			len += (size_t)snprintf(buf + len, size - len, "%s%u", i ? " " : "",
			                        levels[i]);
	}
	if (len < size)
		len += (size_t)snprintf(buf + len, size - len, ";");
	for (size_t k = 0; k < order_len && len < size; k++)
		len += (size_t)snprintf(buf + len, size - len, "%s%u", k ? " " : "",
		                        (unsigned)order[k]);
}

/* Runs the engine on c and compares; fills c->got_text either way. */
static bool run_case(bidi_case *c)
{
	size_t size = sizeof c->got_text;
	bool ok = true, reordered = false;

	c->got_order_len = 0;
	c->got_par = bidi_levels(c->cps, c->n, c->dir, c->got_levels);
	if (c->got_par >= 0)
		reordered = bidi_reorder_line(c->cps, c->got_levels, 0, c->n, c->got_par, c->map);
	if (c->got_par < 0 || !reordered) {
		snprintf(c->got_text, size, "%s failed",
		         c->got_par < 0 ? "bidi_levels()" : "bidi_reorder_line()");
		return false;
	}
	/* The file's order leaves out what X9 removes; so does the screen. */
	for (size_t k = 0; k < c->n; k++)
		if (!bidi_is_removed_by_x9(c->cps[c->map[k]]))
			c->got_order[c->got_order_len++] = c->map[k];

	if (c->want_par >= 0 && c->got_par != c->want_par)
		ok = false;
	for (size_t i = 0; i < c->n; i++) {
		/* The engine's X9 set must be the file's 'x' set. */
		bool x = bidi_is_removed_by_x9(c->cps[i]);

		if (x != (c->want_levels[i] == NOT_LEVEL))
			ok = false;
		else if (!x && c->got_levels[i] != c->want_levels[i])
			ok = false;
	}
	if (c->got_order_len != c->want_order_len ||
	    memcmp(c->got_order, c->want_order, c->got_order_len * sizeof *c->got_order) != 0)
		ok = false;

	for (size_t i = 0; i < c->n; i++)
		if (bidi_is_removed_by_x9(c->cps[i]))
			c->got_levels[i] = NOT_LEVEL;
	format_result(c->got_par, c->got_levels, c->n, c->got_order, c->got_order_len, c->got_text,
	              sizeof c->got_text);
	return ok;
}

static int find_exception(const char *file, unsigned line, text_dir dir, const char *got)
{
	for (size_t i = 0; i + 1 <= N_EXCEPTIONS; i++)
		if (exceptions[i].line == line && exceptions[i].dir == dir &&
		    strcmp(exceptions[i].file, file) == 0 && strcmp(exceptions[i].got, got) == 0)
			return (int)i;
	return -1;
}

/* Runs one parsed case and counts it; what shows a failure is the caller's
 * text for the case. */
static void check(tally *t, bidi_case *c, const char *file, unsigned line, const char *text)
{
	static const char *const dir_name[] = {"LTR", "RTL", "auto"};
	int ex;

	t->cases++;
	if (run_case(c)) {
		t->passed++;
		return;
	}
	ex = find_exception(file, line, c->dir, c->got_text);
	if (ex >= 0) {
		exception_hits[ex]++;
		t->excepted++;
		return;
	}
	t->failed++;
	if (++shown <= MAX_SHOWN) {
		char want[sizeof c->got_text];

		format_result(c->want_par, c->want_levels, c->n, c->want_order, c->want_order_len,
		              want, sizeof want);
		printf("%s:%u: (%s) %s\n    want: %s\n    got:  %s\n", t->path, line,
		       dir_name[c->dir], text, want, c->got_text);
	}
}

static void malformed(tally *t, unsigned line, const char *text)
{
	t->cases++;
	t->failed++;
	if (++shown <= MAX_SHOWN)
		printf("%s:%u: malformed case: %s\n", t->path, line, text);
}

/* Drops the line end; returns the line. */
static char *chomp(char *line)
{
	line[strcspn(line, "\r\n")] = '\0';
	return line;
}

/* BidiCharacterTest.txt: "code points; direction; paragraph level; levels;
 * order" per line, one case each. */
static void run_char_test(tally *t, bidi_case *c)
{
	FILE *f = fopen(t->path, "r");
	char *line = NULL;
	size_t cap = 0;
	unsigned line_no = 0;
	bool seen_eof = false;

	if (!f) {
		printf("%s: FAIL: cannot read %s: %s (install unicode-data)\n", t->name, t->path,
		       strerror(errno));
		t->file_ok = false;
		return;
	}
	while (getline(&line, &cap, f) >= 0) {
		char *field[5], *s = chomp(line), text[4096];
		uint32_t buf[MAX_CPS + 2];
		long n, nl, no;
		int nf = 0;

		line_no++;
		if (strncmp(s, "# EOF", 5) == 0)
			seen_eof = true;
		if (!*s || *s == '#')
			continue;
		/* Keep a copy: the failure report shows the line as written. */
		snprintf(text, sizeof text, "%s", s);
		for (char *p = s; nf < 5; nf++) {
			field[nf] = p;
			p = strchr(p, ';');
			if (!p) {
				nf++;
				break;
			}
			*p++ = '\0';
		}
		if (nf != 5 || (n = parse_list(field[0], 16, false, c->cps)) <= 0 ||
		    parse_list(field[1], 10, false, buf) != 1 || buf[0] > 2 ||
		    parse_list(field[2], 10, false, buf + 1) != 1 || buf[1] > 1 ||
		    (nl = parse_list(field[3], 10, true, buf + 2)) != n ||
		    (no = parse_list(field[4], 10, false, c->want_order)) < 0 ||
		    !to_levels(buf + 2, nl, c->want_levels)) {
			malformed(t, line_no, text);
			continue;
		}
		c->n = (size_t)n;
		c->dir = buf[0] == 0 ? TEXT_DIR_LTR : buf[0] == 1 ? TEXT_DIR_RTL : TEXT_DIR_AUTO;
		c->want_par = (int)buf[1];
		c->want_order_len = (size_t)no;
		check(t, c, CHAR_TEST_FILE, line_no, text);
	}
	if (ferror(f)) {
		printf("%s: FAIL: read error in %s\n", t->name, t->path);
		t->file_ok = false;
	}
	fclose(f);
	free(line);
	if (!seen_eof || t->cases == 0) {
		printf("%s: FAIL: %s looks cut or empty (%u cases, %s)\n", t->name, t->path,
		       t->cases, seen_eof ? "EOF marker seen" : "no EOF marker");
		t->file_ok = false;
	}
}

/* One code point per bidi class for BidiTest.txt, which gives classes. None
 * is a paired bracket: that file assumes there are none. */
static const struct {
	const char *name;
	uint32_t cp;
} classes[] = {
    {"L", 0x0061},   {"R", 0x05D0},   {"AL", 0x0627},  {"EN", 0x0030},  {"ES", 0x002B},
    {"ET", 0x0023},  {"AN", 0x0660},  {"CS", 0x002C},  {"NSM", 0x0300}, {"BN", 0x00AD},
    {"B", 0x2029},   {"S", 0x0009},   {"WS", 0x0020},  {"ON", 0x0021},  {"LRE", 0x202A},
    {"LRO", 0x202D}, {"RLE", 0x202B}, {"RLO", 0x202E}, {"PDF", 0x202C}, {"LRI", 0x2066},
    {"RLI", 0x2067}, {"FSI", 0x2068}, {"PDI", 0x2069},
};

/* Classes to representative code points; returns the count or -1. */
static long parse_classes(char *s, uint32_t *cps)
{
	long n = 0;

	for (char *tok = strtok(s, " \t"); tok; tok = strtok(NULL, " \t")) {
		size_t k = 0;

		while (k < sizeof classes / sizeof classes[0] && strcmp(classes[k].name, tok) != 0)
			k++;
		if (k == sizeof classes / sizeof classes[0] || n == MAX_CPS)
			return -1;
		cps[n++] = classes[k].cp;
	}
	return n;
}

/* BidiTest.txt: @Levels and @Reorder lines set the expectation for the data
 * lines "classes; bitset" that follow; each set bit is one case. */
static void run_class_test(tally *t, bidi_case *c)
{
	static const struct {
		unsigned bit;
		text_dir dir;
	} dirs[] = {{1, TEXT_DIR_AUTO}, {2, TEXT_DIR_LTR}, {4, TEXT_DIR_RTL}};
	FILE *f = fopen(t->path, "r");
	char *line = NULL;
	size_t cap = 0;
	unsigned line_no = 0, levels_line = 0, reorder_line = 0;
	long want_levels_n = -1, want_order_n = -1, declared = -1;
	uint32_t want_levels[MAX_CPS], want_order[MAX_CPS];
	bool seen_eof = false;

	if (!f) {
		printf("%s: FAIL: cannot read %s: %s (install unicode-data)\n", t->name, t->path,
		       strerror(errno));
		t->file_ok = false;
		return;
	}
	while (getline(&line, &cap, f) >= 0) {
		char *s = chomp(line), *semi, *end, text[4096];
		unsigned long bits;
		long n;

		line_no++;
		if (strncmp(s, "# EOF", 5) == 0)
			seen_eof = true;
		/* The trailer states the number of data lines: it catches a cut file. */
		if (sscanf(s, "#Total Count: %ld", &declared) == 1)
			continue;
		if (!*s || *s == '#')
			continue;
		snprintf(text, sizeof text, "%s", s);
		if (strncmp(s, "@Levels:", 8) == 0) {
			want_levels_n = parse_list(s + 8, 10, true, want_levels);
			levels_line = line_no;
			continue;
		}
		if (strncmp(s, "@Reorder:", 9) == 0) {
			want_order_n = parse_list(s + 9, 10, false, want_order);
			reorder_line = line_no;
			continue;
		}
		if (*s == '@') /* the file says to ignore other @ lines */
			continue;
		t->lines++;
		semi = strchr(s, ';');
		if (!semi || !levels_line || !reorder_line || want_order_n < 0) {
			malformed(t, line_no, text);
			continue;
		}
		*semi = '\0';
		bits = strtoul(semi + 1, &end, 16);
		n = parse_classes(s, c->cps);
		if (n <= 0 || n != want_levels_n || bits == 0 || bits > 7 ||
		    end[strspn(end, " \t")] != '\0' || !to_levels(want_levels, n, c->want_levels)) {
			malformed(t, line_no, text);
			continue;
		}
		c->n = (size_t)n;
		c->want_par = -1;
		memcpy(c->want_order, want_order, (size_t)want_order_n * sizeof *want_order);
		c->want_order_len = (size_t)want_order_n;
		for (size_t d = 0; d < sizeof dirs / sizeof dirs[0]; d++) {
			if (!(bits & dirs[d].bit))
				continue;
			c->dir = dirs[d].dir;
			check(t, c, CLASS_TEST_FILE, line_no, text);
		}
	}
	if (ferror(f)) {
		printf("%s: FAIL: read error in %s\n", t->name, t->path);
		t->file_ok = false;
	}
	fclose(f);
	free(line);
	if (!seen_eof || t->cases == 0 || (declared >= 0 && (unsigned long)declared != t->lines)) {
		printf("%s: FAIL: %s looks cut or empty (%u data lines, %ld declared, %s)\n",
		       t->name, t->path, t->lines, declared,
		       seen_eof ? "EOF marker seen" : "no EOF marker");
		t->file_ok = false;
	}
}

static void summary(const tally *t)
{
	printf("%s: %u cases, %u passed, %u failed, %u known exceptions\n", t->name, t->cases,
	       t->passed, t->failed, t->excepted);
}

int main(int argc, char **argv)
{
	tally chars = {.name = "bidi", .path = argc > 1 ? argv[1] : CHAR_TEST_FILE};
	tally cls = {.name = "bidi-classes", .path = argc > 2 ? argv[2] : CLASS_TEST_FILE};
	/* Large: on the heap, not the stack. */
	bidi_case *c = malloc(sizeof *c);

	chars.file_ok = cls.file_ok = true;
	if (!c) {
		puts("bidi: FAIL: out of memory");
		return 1;
	}
	run_char_test(&chars, c);
	run_class_test(&cls, c);
	free(c);

	/* A listed case that passes now should leave the list. */
	for (size_t i = 0; chars.file_ok && cls.file_ok && i + 1 <= N_EXCEPTIONS; i++)
		if (!exception_hits[i])
			printf("note: exception for %s:%u was not needed: %s\n", exceptions[i].file,
			       exceptions[i].line, exceptions[i].reason);
	if (shown > MAX_SHOWN)
		printf("(%u more failures not shown)\n", shown - MAX_SHOWN);
	summary(&chars);
	summary(&cls);
	return chars.failed || cls.failed || !chars.file_ok || !cls.file_ok ? 1 : 0;
}
