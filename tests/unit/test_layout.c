/* Data-driven layout tests, in the manner of libraqm's tests/ files.
 *
 * Each tests/layout/NAME.test holds "key: value" lines, a line "---", and
 * the expected dump (text_layout_dump) of lines, runs and glyphs. Keys:
 *   lang, width, size          the style (direction and fonts from the language)
 *   text                       the paragraph; \u{XXXX} and \xHH escapes
 *   expect-visual LINE: S      line LINE, read left to right, contains S
 *   expect-lines N             the layout has exactly N lines
 *   expect-max-runs N          no line has more than N visual runs
 *   expect-no-notdef           no glyph is the missing-glyph box
 *   expect-fits                no line is wider than the width
 *   expect-min-line-height F   every line is at least F em high
 *   expect-no-clip             every glyph's ink lies inside its line
 *   expect-font FILE           every glyph comes from FILE
 *   expect-isolates-whole      each LRI...PDI lies on one line and its glyphs
 *                              run left to right in logical order
 * The assertions say what the test is about; the dump catches any change.
 * UPDATE=1 rewrites the dumps (review them with git diff). */
#include <dirent.h>
#include <stdarg.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/language.h"
#include "../../src/text/breaks.h"
#include "../../src/text/layout.h"
#include "../../src/text/utf8.h"
#include "../../src/util/paths.h"

#define MAX_KEYS 32

typedef struct {
	char key[64];
	char value[4096];
} kv;

static int failures;

static void fail(const char *file, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void fail(const char *file, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", file);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	failures++;
}

/* Expands \u{XXXX} and \xHH; returns the byte length. */
static size_t unescape(const char *in, char *out)
{
	size_t n = 0;

	while (*in) {
		if (in[0] == '\\' && in[1] == 'u' && in[2] == '{') {
			char *end;
			unsigned long cp = strtoul(in + 3, &end, 16);

			if (*end == '}') {
				n += (size_t)utf8_encode((uint32_t)cp, out + n);
				in = end + 1;
				continue;
			}
		}
		if (in[0] == '\\' && in[1] == 'x') {
			char hex[3] = {in[2], in[3], 0};

			out[n++] = (char)strtoul(hex, NULL, 16);
			in += 4;
			continue;
		}
		out[n++] = *in++;
	}
	out[n] = '\0';
	return n;
}

/* The characters of line li in visual order, as UTF-8. */
static void visual_text(const text_layout *l, size_t li, const uint32_t *cps, char *out,
                        size_t size)
{
	size_t nl, nr, n = 0;
	const text_line *lines = text_layout_lines(l, &nl);
	const text_visual_run *runs = text_layout_runs(l, &nr);

	out[0] = '\0';
	if (li >= nl)
		return;
	for (size_t r = lines[li].first_run; r < lines[li].first_run + lines[li].run_count; r++) {
		for (size_t k = 0; k < runs[r].end - runs[r].start; k++) {
			size_t i = runs[r].level & 1 ? runs[r].end - 1 - k : runs[r].start + k;

			if (n + 5 < size)
				n += (size_t)utf8_encode(cps[i], out + n);
		}
	}
	out[n] = '\0';
}

static const char *get(const kv *kvs, int n, const char *key)
{
	for (int i = 0; i < n; i++)
		if (strcmp(kvs[i].key, key) == 0)
			return kvs[i].value;
	return NULL;
}

/* Each outermost LRI...PDI of the layout's text lies inside one line, and
 * its glyphs, read left to right, come in logical order (what a person reads
 * as "straffeloven § 253" in any language). */
static void check_isolates(const char *file, const text_layout *l)
{
	size_t n, nl, ng, depth = 0, open = 0;
	const uint32_t *cps = text_layout_text(l, &n);
	const text_line *lines = text_layout_lines(l, &nl);
	const text_glyph *glyphs = text_layout_glyphs(l, &ng);
	int found = 0;

	for (size_t i = 0; i < n; i++) {
		size_t li = 0, last = 0;
		bool any = false;

		if (cps[i] == 0x2066) {
			if (depth++ == 0)
				open = i;
			continue;
		}
		if (cps[i] != 0x2069 || depth == 0 || --depth > 0)
			continue;
		found++;
		while (li < nl && lines[li].end <= open)
			li++;
		if (li == nl || i >= lines[li].end) {
			fail(file, "isolate %zu-%zu is split across lines", open, i);
			continue;
		}
		for (size_t g = 0; g < ng; g++) {
			if (glyphs[g].cluster <= open || glyphs[g].cluster >= i)
				continue;
			if (any && glyphs[g].cluster < last)
				fail(file, "isolate %zu-%zu: character %u shows left of %zu", open,
				     i, glyphs[g].cluster, last);
			last = glyphs[g].cluster;
			any = true;
		}
	}
	if (!found)
		fail(file, "%s", "has no LRI...PDI to check");
}

static void check_assertions(const char *file, const kv *kvs, int nkv, const text_layout *l,
                             const uint32_t *cps, float width, float size)
{
	size_t nl, nr, ng;
	const text_line *lines = text_layout_lines(l, &nl);
	const text_visual_run *runs = text_layout_runs(l, &nr);
	const text_glyph *glyphs = text_layout_glyphs(l, &ng);
	char buf[8192];

	(void)runs;
	for (int i = 0; i < nkv; i++) {
		const char *k = kvs[i].key, *v = kvs[i].value;

		if (strcmp(k, "expect-visual") == 0) {
			size_t li = strtoul(v, NULL, 10);
			const char *want = strchr(v, ':');
			char w[4096];

			want = want ? want + 1 : v;
			while (*want == ' ')
				want++;
			unescape(want, w);
			visual_text(l, li, cps, buf, sizeof buf);
			if (!strstr(buf, w)) {
				fail(file, "line %zu reads '%s', wanted '%s' in it", li, buf, w);
			}
		} else if (strcmp(k, "expect-lines") == 0) {
			if (nl != strtoul(v, NULL, 10)) {
				fail(file, "%zu lines, wanted %s", nl, v);
			}
		} else if (strcmp(k, "expect-max-runs") == 0) {
			for (size_t li = 0; li < nl; li++)
				if (lines[li].run_count > strtoul(v, NULL, 10)) {
					fail(file, "line %zu has %zu runs, at most %s wanted", li,
					     lines[li].run_count, v);
				}
		} else if (strcmp(k, "expect-no-notdef") == 0) {
			for (size_t g = 0; g < ng; g++)
				if (glyphs[g].gid == 0) {
					fail(file, "missing glyph for character %u",
					     glyphs[g].cluster);
				}
		} else if (strcmp(k, "expect-fits") == 0) {
			for (size_t li = 0; li < nl; li++)
				if (lines[li].width > width + 0.5f) {
					fail(file, "line %zu is %.1f px wide, more than %.0f", li,
					     lines[li].width, width);
				}
		} else if (strcmp(k, "expect-min-line-height") == 0) {
			for (size_t li = 0; li < nl; li++)
				if (lines[li].height < strtof(v, NULL) * size) {
					fail(file, "line %zu is %.1f px high, less than %s em", li,
					     lines[li].height, v);
				}
		} else if (strcmp(k, "expect-no-clip") == 0) {
			for (size_t li = 0; li < nl; li++)
				for (size_t r = lines[li].first_run;
				     r < lines[li].first_run + lines[li].run_count; r++)
					for (size_t g = runs[r].first_glyph;
					     g < runs[r].first_glyph + runs[r].glyph_count; g++) {
						hb_glyph_extents_t e;
						text_font *f = glyphs[g].font;
						float s = size / (float)f->upem, top, bottom;

						if (!hb_font_get_glyph_extents(f->hb, glyphs[g].gid,
						                               &e))
							continue;
						top = glyphs[g].y - (float)e.y_bearing * s;
						bottom = glyphs[g].y -
						         (float)(e.y_bearing + e.height) * s;
						if (top < lines[li].top - 0.5f ||
						    bottom >
						        lines[li].top + lines[li].height + 0.5f) {
							fail(file,
							     "glyph %u on line %zu reaches "
							     "%.1f-%.1f outside its line %.1f-%.1f",
							     glyphs[g].gid, li, top, bottom,
							     lines[li].top,
							     lines[li].top + lines[li].height);
						}
					}
		} else if (strcmp(k, "expect-isolates-whole") == 0) {
			check_isolates(file, l);
		} else if (strcmp(k, "expect-font") == 0) {
			for (size_t g = 0; g < ng; g++)
				if (strcmp(glyphs[g].font->name, v) != 0) {
					fail(file, "character %u uses %s, wanted %s",
					     glyphs[g].cluster, glyphs[g].font->name, v);
					break;
				}
		}
	}
}

static void run_file(const char *dir, const char *name, text_fontset *fonts, bool update)
{
	char path[4096], text[8192];
	kv kvs[MAX_KEYS];
	int nkv = 0;
	size_t len;
	char *data, *expected, *line, *save = NULL, *dump = NULL;
	size_t dump_len = 0;
	FILE *mem;
	const language *lang;
	text_font *chain[LANGUAGE_MAX_FONTS];
	int nchain;
	float width, size;
	text_layout *l;
	uint32_t *cps;
	size_t tlen;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	data = paths_read_file(path, &len);
	if (!data) {
		fail(path, "%s", "cannot be read");
		return;
	}
	expected = strstr(data, "\n---\n");
	if (!expected) {
		fail(path, "%s", "has no line '---' before the expected dump");
		free(data);
		return;
	}
	*expected = '\0';
	expected += 5;
	for (line = strtok_r(data, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *colon = strchr(line, ':');

		if (line[0] == '#' || nkv == MAX_KEYS)
			continue;
		if (colon)
			*colon = '\0';
		snprintf(kvs[nkv].key, sizeof kvs[nkv].key, "%s", line);
		snprintf(kvs[nkv].value, sizeof kvs[nkv].value, "%s",
		         colon ? colon + 1 + (colon[1] == ' ') : "");
		nkv++;
	}
	lang = language_find(get(kvs, nkv, "lang"));
	if (!lang || !get(kvs, nkv, "width") || !get(kvs, nkv, "size") || !get(kvs, nkv, "text")) {
		fail(path, "%s", "needs lang (a known code), width, size and text");
		free(data);
		return;
	}
	width = strtof(get(kvs, nkv, "width"), NULL);
	size = strtof(get(kvs, nkv, "size"), NULL);
	tlen = unescape(get(kvs, nkv, "text"), text);
	nchain = language_font_chain(lang, fonts, false, chain);
	{
		text_style style = language_text_style(lang, chain, nchain, size, width);

		l = text_layout_create(text, tlen, &style);
	}
	cps = malloc((tlen + 1) * sizeof *cps);
	if (!l || !cps) {
		fail(path, "%s", "layout failed");
		free(cps);
		text_layout_destroy(l);
		free(data);
		return;
	}
	utf8_decode(text, tlen, cps, NULL);
	mem = open_memstream(&dump, &dump_len);
	text_layout_dump(l, mem);
	fclose(mem);
	if (update) {
		/* Keep the header as written, replace the dump. */
		char *orig = paths_read_file(path, NULL);
		char *cut = orig ? strstr(orig, "\n---\n") : NULL;
		FILE *out = cut ? fopen(path, "w") : NULL;

		if (out) {
			fwrite(orig, 1, (size_t)(cut - orig), out);
			fprintf(out, "\n---\n%s", dump);
			fclose(out);
		}
		free(orig);
	} else if (strcmp(dump, expected) != 0) {
		fail(path, "%s",
		     "dump differs from the expected one; run with UPDATE=1 and review git diff");
		fprintf(stderr, "--- got\n%s", dump);
	}
	check_assertions(path, kvs, nkv, l, cps, width, size);
	free(dump);
	free(cps);
	text_layout_destroy(l);
	free(data);
}

int main(void)
{
	const char *dir = "tests/layout";
	DIR *d = opendir(dir);
	struct dirent *e;
	text_fontset *fonts = fontset_create("fonts");
	bool update = getenv("UPDATE") && strcmp(getenv("UPDATE"), "1") == 0;
	int files = 0;

	if (!d || !fonts) {
		fprintf(stderr, "cannot open %s or the fonts folder (run from the project root)\n",
		        dir);
		return 1;
	}
	while ((e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);

		if (n > 5 && strcmp(e->d_name + n - 5, ".test") == 0) {
			int before = failures;

			run_file(dir, e->d_name, fonts, update);
			printf("%-32s %s\n", e->d_name, failures == before ? "ok" : "FAILED");
			files++;
		}
	}
	closedir(d);
	fontset_destroy(fonts);
	breaks_cleanup();
	printf("layout: %d files, %d failures\n", files, failures);
	return files > 0 && failures == 0 ? 0 : 1;
}
