#include "catalog.h"

#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "../util/diag.h"
#include "../util/log.h"
#include "language.h"

static char link_path[PATH_MAX];  /* as given: may be a symbolic link */
static char bound_path[PATH_MAX]; /* what it resolved to when bound */
static char current[16] = "en";
static char damaged[64][16]; /* languages whose .mo glibc must not read */
static int damaged_count;
static int generations; /* catalog folders bound since catalog_init */

static bool bind_resolved(void)
{
	char real[PATH_MAX];

	if (!realpath(link_path, real))
		return false;
	/* glibc caches a catalog per folder name and never re-reads it; a new
	 * folder name is what makes it load the new files. */
	snprintf(bound_path, sizeof bound_path, "%s", real);
	generations++;
	bindtextdomain(CATALOG_DOMAIN, bound_path);
	bind_textdomain_codeset(CATALOG_DOMAIN, "UTF-8");
	textdomain(CATALOG_DOMAIN);
	return true;
}

bool catalog_init(const char *locale_dir)
{
	/* Not "" (the visitor's machine settings do not matter) and not "C":
	 * glibc ignores LANGUAGE when LC_MESSAGES is exactly "C". */
	if (!setlocale(LC_ALL, "C.UTF-8"))
		log_warn("the C.UTF-8 locale is missing; translations may not show");
	snprintf(link_path, sizeof link_path, "%s", locale_dir);
	generations = 0;
	if (!bind_resolved()) {
		log_error(
		    "%s: the compiled catalogs are missing (run make catalogs); showing English",
		    locale_dir);
		bindtextdomain(CATALOG_DOMAIN, locale_dir);
		textdomain(CATALOG_DOMAIN);
		return false;
	}
	return true;
}

void catalog_set_language(const char *code)
{
	bool broken = false;

	snprintf(current, sizeof current, "%s", code);
	for (int i = 0; i < damaged_count; i++)
		broken |= strcmp(damaged[i], code) == 0;
	/* One language, never a list such as "fa:ar": no mixing on one screen.
	 * A damaged catalog is never opened: English ("en" has none) instead. */
	setenv("LANGUAGE", broken ? "en" : current, 1);
	/* Setting the domain again drops glibc's cached lookups. */
	textdomain(textdomain(NULL));
}

const char *catalog_language(void)
{
	return current;
}

static bool is_source(void)
{
	return strcmp(current, "en") == 0;
}

/* gettext's own encoding of a context: "ctx\004msgid". Uses stack when it
 * fits, else malloc; NULL if memory ran out. */
static char *make_key(const char *ctx, const char *msgid, char *stack, size_t size)
{
	size_t lc = ctx ? strlen(ctx) : 0, lm = strlen(msgid);
	size_t need = lc + (ctx ? 1 : 0) + lm + 1;
	char *key = need <= size ? stack : malloc(need);

	if (!key)
		return NULL;
	if (ctx) {
		memcpy(key, ctx, lc);
		key[lc++] = '\004';
	}
	memcpy(key + lc, msgid, lm + 1);
	return key;
}

const char *catalog_get(const char *ctx, const char *msgid, bool *translated)
{
	char stack[512];
	char *key;
	const char *out = msgid;
	bool found = false;

	if (is_source() || !*msgid) {
		found = true;
	} else if ((key = make_key(ctx, msgid, stack, sizeof stack)) != NULL) {
		out = dgettext(CATALOG_DOMAIN, key);
		found = out != key;
		if (!found)
			out = msgid;
		if (key != stack)
			free(key);
	}
	if (translated)
		*translated = found;
	return out;
}

const char *catalog_nget(const char *ctx, const char *singular, const char *plural, unsigned long n,
                         bool *translated)
{
	char stack[512];
	char *key;
	const char *out = n == 1 ? singular : plural;
	bool found = false;

	if (is_source()) {
		found = true;
	} else if ((key = make_key(ctx, singular, stack, sizeof stack)) != NULL) {
		const char *got = dngettext(CATALOG_DOMAIN, key, plural, n);

		found = got != key && got != plural;
		if (found)
			out = got;
		if (key != stack)
			free(key);
	}
	if (translated)
		*translated = found;
	return out;
}

static const char *header(void)
{
	const char *h;

	if (is_source())
		return NULL;
	h = dgettext(CATALOG_DOMAIN, "");
	return h && *h ? h : NULL;
}

bool catalog_present(void)
{
	return is_source() || header() != NULL;
}

bool catalog_reviewed(void)
{
	const char *h = header();
	const char *field;

	if (is_source())
		return true;
	if (!h || !(field = strstr(h, "X-Review-Status:")))
		return false;
	field += strlen("X-Review-Status:");
	while (*field == ' ')
		field++;
	return strncmp(field, "reviewed", 8) == 0;
}

bool catalog_poll_reload(void)
{
	char real[PATH_MAX];

	if (!link_path[0] || !realpath(link_path, real) || strcmp(real, bound_path) == 0)
		return false;
	if (!bind_resolved())
		return false;
	catalog_check_files(NULL);
	textdomain(textdomain(NULL));
	log_info("new catalogs published: %s", bound_path);
	return true;
}

int catalog_generations(void)
{
	return generations;
}

static uint32_t word(const unsigned char *p, bool swap)
{
	uint32_t v =
	    (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;

	return swap ? __builtin_bswap32(v) : v;
}

/* Why the .mo at path is unusable, or NULL if it is fine: the header, and
 * every string and the hash table inside the file, as glibc reads them
 * without checking (a cut file would crash it). */
static const char *mo_problem(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *d;
	long size;
	uint32_t magic, n, orig, trans, hsize, hoff;
	bool swap;
	const char *why = NULL;

	if (!f)
		return "missing";
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	if (size <= 0) {
		fclose(f);
		return "empty";
	}
	d = malloc((size_t)size);
	if (!d || fread(d, 1, (size_t)size, f) != (size_t)size) {
		fclose(f);
		free(d);
		return "unreadable";
	}
	fclose(f);
	if (size < 28) {
		free(d);
		return "cut short";
	}
	magic = word(d, false);
	swap = magic == 0xde120495u;
	if (magic != 0x950412deu && !swap) {
		free(d);
		return "not a compiled catalog";
	}
	n = word(d + 8, swap);
	orig = word(d + 12, swap);
	trans = word(d + 16, swap);
	hsize = word(d + 20, swap);
	hoff = word(d + 24, swap);
	if ((word(d + 4, swap) >> 16) > 1 || (uint64_t)orig + 8ull * n > (uint64_t)size ||
	    (uint64_t)trans + 8ull * n > (uint64_t)size ||
	    (hsize && (uint64_t)hoff + 4ull * hsize > (uint64_t)size)) {
		why = "cut short or damaged";
	}
	for (uint32_t i = 0; !why && i < n; i++) {
		for (int t = 0; t < 2; t++) {
			const unsigned char *e = d + (t ? trans : orig) + 8ull * i;
			uint64_t len = word(e, swap), off = word(e + 4, swap);

			/* Each string and its terminating NUL lie inside the file. */
			if (off + len >= (uint64_t)size || d[off + len] != '\0') {
				why = "cut short or damaged";
				break;
			}
		}
	}
	for (uint32_t i = 0; !why && i < hsize; i++)
		if (word(d + hoff + 4ull * i, swap) > n)
			why = "cut short or damaged";
	free(d);
	return why;
}

int catalog_check_files(void *diags_ptr)
{
	diag_list *diags = diags_ptr;
	int bad = 0;

	damaged_count = 0;

	for (size_t i = 0; i < language_count(); i++) {
		const language *lang = language_at(i);
		char path[PATH_MAX + 64];
		const char *why;

		if (strcmp(lang->code, "en") == 0)
			continue;
		snprintf(path, sizeof path, "%s/%s/LC_MESSAGES/%s.mo", bound_path, lang->code,
		         CATALOG_DOMAIN);
		why = mo_problem(path);
		if (!why)
			continue;
		if (strcmp(why, "missing") != 0 && damaged_count < 64)
			snprintf(damaged[damaged_count++], sizeof damaged[0], "%s", lang->code);
		if (strcmp(why, "missing") == 0) {
			diag_add(diags, DIAG_WARNING, path, 0,
			         "no compiled catalog: %s shows in English (run make catalogs)",
			         lang->english_name);
		} else {
			diag_add(diags, DIAG_ERROR, path, 0,
			         "the compiled catalog is %s: %s shows in English until it is "
			         "published again (make catalogs)",
			         why, lang->english_name);
			bad++;
		}
	}
	{
		char keep[sizeof current];

		/* Apply the damaged list to the current language (a copy: the
		 * setter writes current). */
		memcpy(keep, current, sizeof keep);
		catalog_set_language(keep);
	}
	return bad;
}
