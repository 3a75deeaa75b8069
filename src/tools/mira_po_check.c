/* mira-po-check: the catalog report for staff (make po-check).
 * Per language: how much is translated, fuzzy or missing; msgfmt's errors
 * with file and line; characters no font of that language can show; numbers,
 * web and e-mail addresses or placeholders that a translation changed;
 * wrong or missing Plural-Forms; and the facts marked "to verify" in the
 * contacts registry. Exit 1 when there is any error. */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../content/contacts.h"
#include "../content/kvfile.h"
#include "../content/language.h"
#include "../content/po.h"
#include "../content/spans.h"
#include "../text/breaks.h"
#include "../text/font.h"
#include "../text/itemize.h"
#include "../text/utf8.h"
#include "../util/log.h"
#include "../util/paths.h"

typedef struct {
	int errors, warnings;
} tally;

static tally total;

static void report(tally *t, bool error, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void report(tally *t, bool error, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	printf("  %s %s", error ? "ERROR  " : "warning", file);
	if (line > 0)
		printf(":%d", line);
	printf(": ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	if (error)
		t->errors++;
	else
		t->warnings++;
}

static bool foreign_digit(uint32_t c)
{
	return (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) ||
	       (c >= 0x1369 && c <= 0x137C) || (c >= 0x966 && c <= 0x96F);
}

static void check_text(tally *t, const char *file, int line, const language *lang,
                       text_font *const *fonts, int nfonts, const char *english,
                       const char *translation)
{
	size_t len = strlen(translation);
	uint32_t *cps = malloc((len + 1) * sizeof *cps);
	size_t n;
	char why[2200];
	int reported = 0;

	if (!cps)
		return;
	if (!kv_valid_utf8(translation, len)) {
		report(t, true, file, line, "the translation is not valid UTF-8 (save as UTF-8)");
		free(cps);
		return;
	}
	n = utf8_decode(translation, len, cps, NULL);
	for (size_t i = 0; i < n; i++) {
		bool covered = itemize_is_invisible(cps[i]) || cps[i] == '\n';

		for (int f = 0; f < nfonts && !covered; f++)
			covered = font_covers(fonts[f], cps[i]);
		if (foreign_digit(cps[i]) && reported < 3) {
			report(
			    t, true, file, line,
			    "the translation writes a number with the digit U+%04X; write numbers "
			    "with 0-9 exactly as in the English, so they read the same everywhere",
			    cps[i]);
			reported++;
		} else if (!covered && reported < 3) {
			char ch[5] = {0};

			utf8_encode(cps[i], ch);
			report(t, true, file, line,
			       "the character '%s' (U+%04X) is in no font for %s: it would show as "
			       "an empty box",
			       ch, cps[i], lang->english_name);
			reported++;
		}
	}
	free(cps);
	if (!spans_match(english, translation, why, sizeof why))
		report(
		    t, true, file, line,
		    "numbers, addresses or placeholders differ: %s. They must stay exactly as in "
		    "the English",
		    why);
}

/* msgfmt is the judge of PO syntax and formats; its lines carry file:line. */
static void run_msgfmt(tally *t, const char *path)
{
	char cmd[4400], line[2048];
	FILE *p;
	int status;

	snprintf(cmd, sizeof cmd, "msgfmt --check -o /dev/null '%s' 2>&1", path);
	p = popen(cmd, "r");
	if (!p) {
		report(t, true, path, 0, "cannot run msgfmt (install the gettext package)");
		return;
	}
	while (fgets(line, sizeof line, p)) {
		bool warning = strstr(line, ": warning: ") != NULL;

		/* The kiosk needs none of the bookkeeping header fields. */
		if (warning && strstr(line, "missing in header"))
			continue;

		line[strcspn(line, "\n")] = '\0';
		printf("  %s %s\n", warning ? "warning" : "ERROR  ", line);
		if (warning)
			t->warnings++;
		else
			t->errors++;
	}
	status = pclose(p);
	if (status != 0 && t->errors == 0)
		report(t, true, path, 0, "msgfmt rejected this catalog");
}

static char *squeeze(const char *s)
{
	char *out = malloc(strlen(s) + 1), *o = out;

	if (!out)
		return NULL;
	for (; *s; s++)
		if (*s != ' ' && *s != '\t')
			*o++ = *s;
	*o = '\0';
	return out;
}

static void check_catalog(const char *path, const language *lang, text_fontset *fontset)
{
	tally t = {0, 0};
	char *data, *plural, *review;
	size_t len, translated = 0, fuzzy = 0, untranslated = 0, entries = 0;
	po_file po;
	diag_list diags = {0};
	text_font *fonts[2 * LANGUAGE_MAX_FONTS];
	int nfonts;

	printf("\n%s (%s)  %s\n", lang->english_name, lang->code, path);
	data = paths_read_file(path, &len);
	if (!data) {
		report(&t, true, path, 0,
		       "this catalog is missing (%s): %s shows in English. Create it with "
		       "make po-update",
		       strerror(errno), lang->english_name);
		total.errors += t.errors;
		return;
	}
	run_msgfmt(&t, path);
	if (!po_parse(path, data, len, &po, &diags)) {
		report(&t, true, path, 0, "out of memory");
		free(data);
		return;
	}
	free(data);
	for (size_t i = 0; i < diags.count; i++)
		report(&t, true, path, diags.items[i].line, "%s", diags.items[i].message);
	diag_clear(&diags);
	nfonts = language_font_chain(lang, fontset, false, fonts);
	nfonts += language_font_chain(lang, fontset, true, fonts + nfonts);

	plural = po_header_field(&po, "Plural-Forms");
	if (!plural) {
		report(&t, true, path, po.header ? po.header->line : 1,
		       "the header has no Plural-Forms; %s needs \"%s\"", lang->english_name,
		       lang->plural_forms);
	} else {
		char *a = squeeze(plural), *b = squeeze(lang->plural_forms);

		if (a && b && strcmp(a, b) != 0)
			report(&t, true, path, po.header ? po.header->line : 1,
			       "Plural-Forms is \"%s\"; %s needs \"%s\"", plural,
			       lang->english_name, lang->plural_forms);
		free(a);
		free(b);
	}
	review = po_header_field(&po, "X-Review-Status");
	for (size_t i = 0; i < po.count; i++) {
		const po_entry *e = &po.items[i];

		if (e == po.header || e->obsolete)
			continue;
		entries++;
		if (e->fuzzy) {
			fuzzy++;
			continue;
		}
		if (!po_entry_translated(e)) {
			untranslated++;
			continue;
		}
		translated++;
		if (e->id_plural && e->nstr != lang->nplurals)
			report(&t, true, path, e->line,
			       "this plural has %d forms; %s has %d (msgstr[0] to msgstr[%d])",
			       e->nstr, lang->english_name, lang->nplurals, lang->nplurals - 1);
		for (int f = 0; f < e->nstr; f++)
			check_text(&t, path, e->line, lang, fonts, nfonts,
			           e->id_plural && f > 0 ? e->id_plural : e->id, e->str[f]);
	}
	printf("  %zu of %zu translated (%zu%%), %zu fuzzy, %zu untranslated. %s\n", translated,
	       entries, entries ? translated * 100 / entries : 100, fuzzy, untranslated,
	       review && strcmp(review, "reviewed") == 0
	           ? "Reviewed by a native speaker."
	           : "Draft: not yet reviewed by a native speaker (X-Review-Status).");
	if (fuzzy || untranslated)
		printf("  (Fuzzy and untranslated texts show in English, marked as such.)\n");
	free(plural);
	free(review);
	po_free(&po);
	printf("  %s: %d errors, %d warnings\n", lang->code, t.errors, t.warnings);
	total.errors += t.errors;
	total.warnings += t.warnings;
}

static void check_contacts(const char *file)
{
	contact_list contacts;
	diag_list diags = {0};
	int dated = 0;

	printf("\nContacts  %s\n", file);
	contacts_load(file, &contacts, &diags);
	for (size_t i = 0; i < diags.count; i++)
		report(&total, true, file, diags.items[i].line, "%s", diags.items[i].message);
	for (size_t i = 0; i < contacts.count; i++) {
		const contact *c = &contacts.items[i];

		if (c->verify) {
			printf("  to verify  %s:%d: %s (checked %s): %s\n", file, c->line, c->id,
			       c->checked, c->verify);
			dated++;
		}
	}
	printf("  %zu contacts, %d marked to verify with the organisation\n", contacts.count,
	       dated);
	diag_clear(&diags);
	contacts_free(&contacts);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {{"po-dir", required_argument, NULL, 'p'},
	                                     {"fonts", required_argument, NULL, 'f'},
	                                     {"contacts", required_argument, NULL, 'c'},
	                                     {"catalog", required_argument, NULL, 'C'},
	                                     {NULL, 0, NULL, 0}};
	const char *po_dir = "po", *fonts_dir = "fonts", *contacts = NULL;
	text_fontset *fontset;
	int c, checked = 0;
	const char *single[16];
	int nsingle = 0;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'p': po_dir = optarg; break;
		case 'f': fonts_dir = optarg; break;
		case 'c': contacts = optarg; break;
		case 'C':
			if (nsingle < 16)
				single[nsingle++] = optarg;
			break;
		default:
			fprintf(stderr, "usage: mira-po-check [--po-dir DIR] [--fonts DIR] "
			                "[--contacts FILE] [--catalog FILE:LANG] [LANG...]\n");
			return 2;
		}
	}
	log_set_level(LOG_LEVEL_NONE); /* problems go into the report instead */
	fontset = fontset_create(fonts_dir);
	if (!fontset)
		return 2;
	printf("Catalog check: %s\n", po_dir);
	/* --catalog FILE:LANG checks one file as that language. */
	for (int k = 0; k < nsingle; k++) {
		char path[4096];
		const char *colon = strrchr(single[k], ':');
		const language *lang = colon ? language_find(colon + 1) : NULL;

		if (!lang) {
			fprintf(stderr, "mira-po-check: --catalog wants FILE:LANG, not '%s'\n",
			        single[k]);
			return 2;
		}
		snprintf(path, sizeof path, "%.*s", (int)(colon - single[k]), single[k]);
		check_catalog(path, lang, fontset);
		checked++;
	}
	for (size_t i = 0; i < language_count() && nsingle == 0; i++) {
		const language *lang = language_at(i);
		char path[4096];
		bool wanted = optind == argc;

		for (int k = optind; k < argc; k++)
			wanted |= strcmp(argv[k], lang->code) == 0;
		if (!wanted || strcmp(lang->code, "en") == 0)
			continue;
		snprintf(path, sizeof path, "%s/%s.po", po_dir, lang->code);
		check_catalog(path, lang, fontset);
		checked++;
	}
	for (int k = optind; k < argc; k++)
		if (!language_find(argv[k]))
			fprintf(stderr, "mira-po-check: unknown language '%s'\n", argv[k]);
	if (contacts)
		check_contacts(contacts);
	printf("\nEnglish is the source language: its text is in the guides themselves.\n");
	printf("%d catalogs checked: %d errors, %d warnings. %s\n", checked, total.errors,
	       total.warnings,
	       total.errors ? "Fix the errors above, then run make po-check again." : "All good.");
	fontset_destroy(fontset);
	breaks_cleanup();
	return total.errors ? 1 : 0;
}
