/* mira-po-check: the catalog report for staff (make po-check).
 * Per language: how much is translated, fuzzy or missing; msgfmt's errors
 * with file and line; characters no font of that language can show; numbers,
 * web and e-mail addresses or placeholders that a translation changed;
 * wrong or missing Plural-Forms; Norwegian names the language's glossary
 * keeps (po/glossary/<lang>.txt) that a translation left out or rendered
 * wrongly. Then the facts marked "to verify" in the contacts registry, and
 * every time of day written into a guide's text (a dated fact staff must
 * find when hours change). Exit 1 when there is any error. */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../content/contacts.h"
#include "../content/glossary.h"
#include "../content/guide.h"
#include "../content/hours.h"
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

/* Loads the language's glossary from dir. A missing one is a warning: the
 * catalog still works, but nothing holds it to the kept names. */
static bool load_glossary(tally *t, const char *dir, const language *lang, glossary *g)
{
	char path[4200];
	diag_list diags = {0};
	bool ok;

	snprintf(path, sizeof path, "%s/%s.txt", dir, lang->code);
	ok = glossary_load(path, g, &diags);
	for (size_t i = 0; i < diags.count; i++)
		report(t, true, path, diags.items[i].line, "%s", diags.items[i].message);
	diag_clear(&diags);
	if (!ok && errno == ENOMEM)
		report(t, true, path, 0, "out of memory");
	else if (!ok)
		report(t, false, path, 0,
		       "there is no glossary for %s (%s), so the Norwegian names it keeps are not "
		       "checked. Copy another language's glossary and write the explanations in "
		       "%s (see po/glossary/README.md)",
		       lang->english_name, strerror(errno), lang->english_name);
	return ok;
}

/* Every glossary term in the English must stay in the translation, and no
 * rendering the glossary lists as wrong may appear in it. A listed wrong
 * rendering is named first: it tells the translator more than "missing".
 * done[] keeps one report per term and entry, across plural forms. */
static void check_glossary(tally *t, const char *file, int line, const glossary *g, bool *done,
                           const char *english, const char *translation)
{
	for (size_t i = 0; i < g->count; i++) {
		const glossary_entry *e = &g->items[i];
		char explain[1200] = "";

		if (done[i])
			continue;
		if (e->gloss)
			snprintf(explain, sizeof explain, " and explain it as \"%s\"", e->gloss);
		for (size_t k = 0; k < e->avoid_count && !done[i]; k++)
			if (glossary_find_avoid(translation, e->avoid[k]) >= 0) {
				report(
				    t, true, file, line,
				    "glossary: the translation writes \"%s\", which the glossary "
				    "lists as a wrong rendering of \"%s\" (write \"%s\" as it "
				    "is%s; %s:%d)",
				    e->avoid[k], e->term, e->term, explain, g->file, e->line);
				done[i] = true;
			}
		if (!done[i] && glossary_has_term(english, e->term) &&
		    !glossary_has_term(translation, e->term)) {
			report(
			    t, true, file, line,
			    "glossary: \"%s\" is missing from the translation (the glossary keeps "
			    "it: write \"%s\" as it is%s; %s:%d)",
			    e->term, e->term, explain, g->file, e->line);
			done[i] = true;
		}
	}
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

static void check_catalog(const char *path, const language *lang, text_fontset *fontset,
                          const char *glossary_dir)
{
	tally t = {0, 0};
	char *data, *plural, *review;
	size_t len, translated = 0, fuzzy = 0, untranslated = 0, entries = 0;
	po_file po;
	diag_list diags = {0};
	text_font *fonts[2 * LANGUAGE_MAX_FONTS];
	int nfonts;
	glossary gloss = {0};
	bool *done = NULL;

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
	if (load_glossary(&t, glossary_dir, lang, &gloss))
		done = calloc(gloss.count + 1, sizeof *done);

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
		if (done)
			memset(done, 0, (gloss.count + 1) * sizeof *done);
		for (int f = 0; f < e->nstr; f++) {
			const char *english = e->id_plural && f > 0 ? e->id_plural : e->id;

			check_text(&t, path, e->line, lang, fonts, nfonts, english, e->str[f]);
			if (done)
				check_glossary(&t, path, e->line, &gloss, done, english, e->str[f]);
		}
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
	free(done);
	glossary_free(&gloss);
	po_free(&po);
	printf("  %s: %d errors, %d warnings\n", lang->code, t.errors, t.warnings);
	total.errors += t.errors;
	total.warnings += t.warnings;
}

static void check_contacts(const char *file, const contact_list *contacts, const diag_list *diags)
{
	int dated = 0;

	printf("\nContacts  %s\n", file);
	for (size_t i = 0; i < diags->count; i++)
		report(&total, true, file, diags->items[i].line, "%s", diags->items[i].message);
	for (size_t i = 0; i < contacts->count; i++) {
		const contact *c = &contacts->items[i];

		if (c->verify) {
			printf("  to verify  %s:%d: %s (checked %s): %s\n", file, c->line, c->id,
			       c->checked, c->verify);
			dated++;
		}
	}
	printf("  %zu contacts, %d marked to verify with the organisation\n", contacts->count,
	       dated);
}

#define MAX_TIMES 16

/* The times of a block as staff see them in the guide: "15:00 to 19:00". */
static void quote_times(const char *text, const hours_span *times, size_t n, char *out, size_t size)
{
	size_t used = 0;

	out[0] = '\0';
	for (size_t i = 0; i < n && used < size; i++)
		used += (size_t)snprintf(out + used, size - used, "%s\"%.*s\"", i ? ", " : "",
		                         (int)times[i].len, text + times[i].pos);
}

/* One guide text that gives times of day. Hours repeated from a card on the
 * same page are tied to that contact: if its hours are marked verify, the
 * text is a fact to verify with them; any other time is a warning, since a
 * time in the text does not change when staff change assets/contacts.txt. */
static void check_dated_block(const guide *g, const guide_block *b, const contact_list *contacts,
                              const char *contacts_file, int *to_verify)
{
	hours_span times[MAX_TIMES], card[MAX_TIMES];
	size_t n = hours_find(b->text, times, MAX_TIMES);
	const contact *best = NULL;
	hours_relation rel = HOURS_UNRELATED;
	char quoted[600];

	if (n == 0)
		return;
	quote_times(b->text, times, n, quoted, sizeof quoted);
	for (size_t k = 0; k < g->block_count; k++) {
		const guide_block *cb = &g->blocks[k];
		const contact *c =
		    cb->kind == BLOCK_CONTACT ? contacts_find(contacts, cb->text) : NULL;
		hours_relation r;

		if (!c || !c->hours)
			continue;
		r = hours_compare(times, n, card, hours_find(c->hours, card, MAX_TIMES));
		if (r > rel || (r == rel && r != HOURS_UNRELATED && c->verify && !best->verify)) {
			rel = r;
			best = c;
		}
	}
	if (rel == HOURS_EQUAL && best->verify) {
		printf("  to verify  %s:%d: %s repeats the hours of %s (its card is on this page), "
		       "which %s:%d marks to verify: %s. When they change, change this text too\n",
		       g->file, b->line, quoted, best->id, contacts_file, best->line, best->verify);
		(*to_verify)++;
	} else if (rel == HOURS_EQUAL) {
		report(&total, false, g->file, b->line,
		       "%s repeats the hours of %s (its card is on this page): when they change in "
		       "%s, change this text too",
		       quoted, best->id, contacts_file);
	} else if (rel == HOURS_RESEMBLE) {
		report(&total, false, g->file, b->line,
		       "%s is close to, but not the same as, the hours of %s on this page's card "
		       "(\"%s\"%s%s): check which is right with the source",
		       quoted, best->id, best->hours, best->verify ? "; to verify: " : "",
		       best->verify ? best->verify : "");
	} else {
		char same[300] = "";
		size_t used = 0;

		/* The same times as a dated contact elsewhere: maybe the same fact,
		 * maybe not; staff decide, so it is listed with those to verify. */
		for (size_t i = 0; i < contacts->count && used < sizeof same; i++) {
			const contact *c = &contacts->items[i];

			if (c->verify && c->hours &&
			    hours_compare(times, n, card, hours_find(c->hours, card, MAX_TIMES)) ==
			        HOURS_EQUAL)
				used += (size_t)snprintf(same + used, sizeof same - used, "%s%s",
				                         used ? ", " : "", c->id);
		}
		if (used) {
			printf(
			    "  to verify  %s:%d: %s, written into the guide text, are the same "
			    "times as the hours of %s in %s, which are marked to verify. If it is "
			    "the same fact, check them together and change this text with them\n",
			    g->file, b->line, quoted, same, contacts_file);
			(*to_verify)++;
			return;
		}
		report(&total, false, g->file, b->line,
		       "%s: a time written into the guide text itself, not on a contact card, so "
		       "a change in %s does not reach it. It is a dated fact: check it with its "
		       "source (%s) and change it here when it changes",
		       quoted, contacts_file, b->source ? b->source : "none given");
	}
}

/* Every time of day in the guides' text, so that staff who change opening
 * hours find every place the old ones appear. */
static void check_dated(const char *dir, const contact_list *contacts, const char *contacts_file)
{
	guide_list guides;
	diag_list diags = {0};
	int before = total.warnings, to_verify = 0;

	printf("\nTimes of day in the guides  %s\n", dir);
	if (!guides_load_dir(dir, &guides, &diags)) {
		report(&total, true, dir, 0, "the guides folder cannot be read: %s",
		       strerror(errno));
		diag_clear(&diags);
		return;
	}
	/* Problems with the guides themselves are the guides' report (make check,
	 * the staff menu); here only the times. */
	diag_clear(&diags);
	for (size_t i = 0; i < guides.count; i++) {
		const guide *g = guides.items[i];

		for (size_t k = 0; k < g->block_count; k++)
			if (g->blocks[k].kind != BLOCK_CONTACT)
				check_dated_block(g, &g->blocks[k], contacts, contacts_file,
				                  &to_verify);
	}
	printf("  %zu guides: %d texts give hours that are marked to verify, %d other texts give "
	       "times to check\n",
	       guides.count, to_verify, total.warnings - before);
	guides_free(&guides);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
	    {"po-dir", required_argument, NULL, 'p'},   {"fonts", required_argument, NULL, 'f'},
	    {"contacts", required_argument, NULL, 'c'}, {"catalog", required_argument, NULL, 'C'},
	    {"glossary", required_argument, NULL, 'g'}, {"guides", required_argument, NULL, 'G'},
	    {"facts-only", no_argument, NULL, 'F'},     {NULL, 0, NULL, 0}};
	const char *po_dir = "po", *fonts_dir = "fonts", *contacts = NULL, *glossary_dir = NULL;
	const char *guides_dir = NULL;
	char default_glossary[4200];
	bool catalogs = true;
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
		case 'g': glossary_dir = optarg; break;
		case 'G': guides_dir = optarg; break;
		case 'F': catalogs = false; break;
		case 'C':
			if (nsingle < 16)
				single[nsingle++] = optarg;
			break;
		default:
			fprintf(stderr, "usage: mira-po-check [--po-dir DIR] [--fonts DIR] "
			                "[--contacts FILE] [--guides DIR] [--glossary DIR] "
			                "[--catalog FILE:LANG] [--facts-only] [LANG...]\n");
			return 2;
		}
	}
	log_set_level(LOG_LEVEL_NONE); /* problems go into the report instead */
	fontset = fontset_create(fonts_dir);
	if (!fontset)
		return 2;
	if (catalogs)
		printf("Catalog check: %s\n", po_dir);
	else
		printf("Fact check (no catalogs)\n");
	/* --catalog FILE:LANG checks one file as that language. */
	for (int k = 0; k < nsingle; k++) {
		char path[4096];
		const char *colon = strrchr(single[k], ':'), *slash;
		const language *lang = colon ? language_find(colon + 1) : NULL;

		if (!lang) {
			fprintf(stderr, "mira-po-check: --catalog wants FILE:LANG, not '%s'\n",
			        single[k]);
			return 2;
		}
		snprintf(path, sizeof path, "%.*s", (int)(colon - single[k]), single[k]);
		/* The glossary next to the catalog: po/ar.po uses po/glossary/ar.txt. */
		slash = strrchr(path, '/');
		snprintf(default_glossary, sizeof default_glossary, "%.*s/glossary",
		         slash ? (int)(slash - path) : 1, slash ? path : ".");
		check_catalog(path, lang, fontset, glossary_dir ? glossary_dir : default_glossary);
		checked++;
	}
	/* --facts-only: the contacts and the guides' times, no catalog. */
	for (size_t i = 0; i < language_count() && nsingle == 0 && catalogs; i++) {
		const language *lang = language_at(i);
		char path[4096];
		bool wanted = optind == argc;

		for (int k = optind; k < argc; k++)
			wanted |= strcmp(argv[k], lang->code) == 0;
		if (!wanted || strcmp(lang->code, "en") == 0)
			continue;
		snprintf(path, sizeof path, "%s/%s.po", po_dir, lang->code);
		snprintf(default_glossary, sizeof default_glossary, "%s/glossary", po_dir);
		check_catalog(path, lang, fontset, glossary_dir ? glossary_dir : default_glossary);
		checked++;
	}
	for (int k = optind; k < argc; k++)
		if (!language_find(argv[k]))
			fprintf(stderr, "mira-po-check: unknown language '%s'\n", argv[k]);
	if (contacts || guides_dir) {
		contact_list list = {0};
		diag_list diags = {0};

		if (contacts) {
			contacts_load(contacts, &list, &diags);
			check_contacts(contacts, &list, &diags);
		}
		if (guides_dir)
			check_dated(guides_dir, &list, contacts ? contacts : "assets/contacts.txt");
		diag_clear(&diags);
		contacts_free(&list);
	}
	printf("\nEnglish is the source language: its text is in the guides themselves.\n");
	printf("%d catalogs checked: %d errors, %d warnings. %s\n", checked, total.errors,
	       total.warnings,
	       total.errors ? "Fix the errors above, then run make po-check again." : "All good.");
	fontset_destroy(fontset);
	breaks_cleanup();
	return total.errors ? 1 : 0;
}
