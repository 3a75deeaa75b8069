#include "catalog.h"

#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/log.h"

static char link_path[PATH_MAX];  /* as given: may be a symbolic link */
static char bound_path[PATH_MAX]; /* what it resolved to when bound */
static char language[16] = "en";

static bool bind_resolved(void)
{
	char real[PATH_MAX];

	if (!realpath(link_path, real))
		return false;
	/* glibc caches a catalog per folder name and never re-reads it; a new
	 * folder name is what makes it load the new files. */
	snprintf(bound_path, sizeof bound_path, "%s", real);
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
	if (!bind_resolved()) {
		log_error("%s: the compiled catalogs are missing (run make); showing English",
		          locale_dir);
		bindtextdomain(CATALOG_DOMAIN, locale_dir);
		textdomain(CATALOG_DOMAIN);
		return false;
	}
	return true;
}

void catalog_set_language(const char *code)
{
	snprintf(language, sizeof language, "%s", code);
	/* One language, never a list such as "fa:ar": no mixing on one screen. */
	setenv("LANGUAGE", language, 1);
	/* Setting the domain again drops glibc's cached lookups. */
	textdomain(textdomain(NULL));
}

const char *catalog_language(void)
{
	return language;
}

static bool is_source(void)
{
	return strcmp(language, "en") == 0;
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
	textdomain(textdomain(NULL));
	log_info("new catalogs published: %s", bound_path);
	return true;
}
