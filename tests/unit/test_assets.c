/* The project's own content: every guide and the contacts registry parse
 * without a single problem, every contact a guide refers to exists, every
 * fact-bearing block (paragraph, bullet, note) names its source, and no
 * guide shows a fact the fact sheet marks [UNCONFIRMED]
 * (tests/data/unconfirmed.txt), through its own text or through a contact
 * card it shows. The last check first proves itself on
 * tests/fixtures/leaks/, which must give exactly the leaks listed below.
 *
 * test_assets [ASSETS_DIR] checks another copy of assets/ (for example the
 * last commit's: git archive HEAD assets | tar -x -C /tmp/old). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/contacts.h"
#include "../../src/content/glossary.h"
#include "../../src/content/guide.h"
#include "../../src/content/hours.h"
#include "../../src/content/kvfile.h"
#include "../../src/util/log.h"
#include "../../src/util/paths.h"

#define MAX_LIST 8

enum {
	KIND_PHONE = 1,
	KIND_ADDRESS = 2,
	KIND_EMAIL = 4,
	KIND_HOURS = 8,
	KIND_DAYS = 16,
	KIND_TIMES = 32
};

static const char *const kind_names[] = {"phone", "address", "email", "hours", "days", "times"};
static const char *const kind_words[] = {"a phone number", "an address",   "an e-mail address",
                                         "opening hours",  "opening days", "times"};

typedef struct {
	char *id, *section, *sheet;
	char *service[MAX_LIST], *contact[MAX_LIST], *value[MAX_LIST], *anywhere[MAX_LIST];
	int nservice, ncontact, nvalue, nanywhere;
	unsigned kinds;
	int line;
} unconfirmed;

typedef struct {
	unconfirmed *items;
	size_t count;
	const char *file;
} unconfirmed_list;

static int failures;

/* --- tests/data/unconfirmed.txt ---------------------------------------- */

static void push(char **list, int *n, const char *value, const char *file, int line)
{
	if (*n < MAX_LIST)
		list[(*n)++] = strdup(value);
	else
		printf("FAIL %s:%d: more than %d values of one key\n", file, line, MAX_LIST);
}

static bool load_unconfirmed(const char *path, unconfirmed_list *out)
{
	size_t len;
	char *data = paths_read_file(path, &len);
	kv_reader r;
	diag_list d = {0};
	const char *key, *value;
	int line;
	unconfirmed *u = NULL;

	memset(out, 0, sizeof *out);
	out->file = path;
	if (!data || !kv_init(&r, path, data, len, &d)) {
		printf("FAIL %s: cannot be read\n", path);
		free(data);
		return false;
	}
	while (kv_next(&r, &key, &value, &line)) {
		if (strcmp(key, "[") == 0) {
			out->items = realloc(out->items, (out->count + 1) * sizeof *out->items);
			u = &out->items[out->count++];
			memset(u, 0, sizeof *u);
			u->id = strdup(value);
			u->line = line;
		} else if (!u) {
			printf("FAIL %s:%d: '%s:' before the first [id]\n", path, line, key);
			failures++;
		} else if (strcmp(key, "section") == 0) {
			u->section = strdup(value);
		} else if (strcmp(key, "sheet") == 0) {
			u->sheet = strdup(value);
		} else if (strcmp(key, "service") == 0) {
			push(u->service, &u->nservice, value, path, line);
		} else if (strcmp(key, "contact") == 0) {
			push(u->contact, &u->ncontact, value, path, line);
		} else if (strcmp(key, "value") == 0) {
			push(u->value, &u->nvalue, value, path, line);
		} else if (strcmp(key, "anywhere") == 0) {
			push(u->anywhere, &u->nanywhere, value, path, line);
		} else if (strcmp(key, "any") == 0) {
			size_t k = 0;

			while (k < 6 && strcmp(value, kind_names[k]) != 0)
				k++;
			if (k < 6) {
				u->kinds |= 1u << k;
			} else {
				printf("FAIL %s:%d: 'any: %s' is not a kind of fact\n", path, line,
				       value);
				failures++;
			}
		} else {
			printf("FAIL %s:%d: unknown keyword '%s'\n", path, line, key);
			failures++;
		}
	}
	for (size_t i = 0; i < d.count; i++, failures++)
		printf("FAIL %s:%d: %s\n", d.items[i].file, d.items[i].line, d.items[i].message);
	for (size_t i = 0; i < out->count; i++) {
		const unconfirmed *e = &out->items[i];

		/* Every entry says where it comes from and what it looks for. */
		if (!e->section || !e->sheet ||
		    !(e->nanywhere || (e->nservice && (e->nvalue || e->kinds)))) {
			printf(
			    "FAIL %s:%d: [%s] needs section:, sheet: and something to look for\n",
			    path, e->line, e->id);
			failures++;
		}
	}
	kv_free(&r);
	diag_clear(&d);
	free(data);
	return out->count > 0;
}

static void free_unconfirmed(unconfirmed_list *list)
{
	for (size_t i = 0; i < list->count; i++) {
		unconfirmed *u = &list->items[i];

		free(u->id);
		free(u->section);
		free(u->sheet);
		for (int k = 0; k < u->nservice; k++)
			free(u->service[k]);
		for (int k = 0; k < u->ncontact; k++)
			free(u->contact[k]);
		for (int k = 0; k < u->nvalue; k++)
			free(u->value[k]);
		for (int k = 0; k < u->nanywhere; k++)
			free(u->anywhere[k]);
	}
	free(list->items);
}

/* --- what a text shows -------------------------------------------------- */

/* A Norwegian phone number: 8 digits (22 40 00 40, 815 55 201), a 116
 * number, a 5-digit short number (02800) or one with a country code. Money
 * ("350 000 kr") and years are not. */
static bool has_phone(const char *s)
{
	for (const char *p = s; *p; p++) {
		char digits[24];
		size_t n = 0;
		bool plus = *p == '+';
		const char *q = p + plus;

		if ((p > s && (p[-1] >= '0' && p[-1] <= '9')) || !(*q >= '0' && *q <= '9'))
			continue;
		while (n < sizeof digits - 1 &&
		       ((*q >= '0' && *q <= '9') || (*q == ' ' && q[1] >= '0' && q[1] <= '9')))
			if (*q++ != ' ')
				digits[n++] = q[-1];
		digits[n] = '\0';
		if (plus || n == 8 || (n == 6 && strncmp(digits, "116", 3) == 0) ||
		    (n == 5 && digits[0] == '0'))
			return true;
		p = q - 1;
	}
	return false;
}

/* A street address: a street name and a number ("Storgata 53a",
 * "Trondheimsveien 233") or a postcode before Oslo ("0184 Oslo"). */
static bool has_address(const char *s)
{
	static const char *const streets[] = {"gata",   "gate",   "gaten",  "veien",
	                                      "vei",    "vegen",  "plass",  "plassen",
	                                      "leiret", "bakken", "torget", "allé"};

	for (const char *p = s; *p; p++) {
		const char *w = p;

		if (*p != ' ' || !(p[1] >= '0' && p[1] <= '9'))
			continue;
		if (p > s && p[-1] == ',' && strspn(p + 1, "0123456789") == 4 &&
		    strncmp(p + 5, " Oslo", 5) == 0)
			return true;
		while (w > s && w[-1] != ' ' && w[-1] != '(')
			w--;
		for (size_t k = 0; k < sizeof streets / sizeof *streets; k++) {
			size_t n = strlen(streets[k]);

			if ((size_t)(p - w) > n && strncmp(p - n, streets[k], n) == 0)
				return true;
		}
	}
	return false;
}

static bool has_word(const char *s, const char *const *words, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (glossary_has_term(s, words[k]))
			return true;
	return false;
}

static bool has_days(const char *s)
{
	static const char *const days[] = {"Monday",    "Tuesday",  "Wednesday", "Thursday",
	                                   "Friday",    "Saturday", "Sunday",    "weekday",
	                                   "weekend",   "Mondays",  "Tuesdays",  "Wednesdays",
	                                   "Thursdays", "Fridays",  "Saturdays", "Sundays"};

	return has_word(s, days, sizeof days / sizeof *days);
}

static bool has_times(const char *s)
{
	hours_span t[4];

	return hours_find(s, t, 4) > 0;
}

static bool has_hours(const char *s)
{
	static const char *const open[] = {"day and night", "around the clock", "24 hours", "24/7",
	                                   "every day",     "open until",       "open from"};

	return has_times(s) || has_days(s) || has_word(s, open, sizeof open / sizeof *open);
}

static bool has_kind(const char *s, unsigned kind)
{
	switch (kind) {
	case KIND_PHONE: return has_phone(s);
	case KIND_ADDRESS: return has_address(s);
	case KIND_EMAIL: return strchr(s, '@') != NULL;
	case KIND_HOURS: return has_hours(s);
	case KIND_DAYS: return has_days(s);
	default: return has_times(s);
	}
}

/* A value shows in s: times compare as times ("09:30 to 11:30" is
 * "09:30–11:30"), anything else as text, capital letters aside. */
static bool shows(const char *s, const char *value)
{
	hours_span want[4], got[16];
	size_t nw = hours_find(value, want, 4);

	if (nw)
		return hours_compare(want, nw, got, hours_find(s, got, 16)) == HOURS_EQUAL;
	return glossary_find_avoid(s, value) >= 0;
}

static bool names_service(const unconfirmed *u, const char *s)
{
	for (int k = 0; k < u->nservice; k++)
		if (glossary_has_term(s, u->service[k]))
			return true;
	return false;
}

/* --- the leak check ---------------------------------------------------- */

typedef struct {
	char **items; /* "file:line:id", once each */
	size_t count;
	const char *prefix; /* of each line printed: "FAIL" or "  expected" */
} leak_list;

static void leak(leak_list *found, const unconfirmed_list *list, const unconfirmed *u,
                 const guide *g, int line, const char *how)
{
	char key[600];

	snprintf(key, sizeof key, "%s:%d:%s", g->file, line, u->id);
	for (size_t i = 0; i < found->count; i++)
		if (strcmp(found->items[i], key) == 0)
			return; /* one report per block and fact */
	found->items = realloc(found->items, (found->count + 1) * sizeof *found->items);
	found->items[found->count++] = strdup(key);
	printf("%s %s:%d: %s. The fact sheet marks this [UNCONFIRMED] (%s: %s; %s:%d)\n",
	       found->prefix, g->file, line, how, u->section, u->sheet, list->file, u->line);
}

/* Each sentence of text that names the service: none may give it a fact
 * of a kind the sheet leaves unconfirmed, nor (values) a listed value. */
static void check_sentences(leak_list *found, const unconfirmed_list *list, const unconfirmed *u,
                            const guide *g, int line, const char *text, bool values)
{
	static const char *const pronouns[] = {"It ", "Its ", "They ", "Their ", "Both ", "This "};
	const char *p = text;
	bool speaking = false;

	while (*p) {
		size_t n = strcspn(p, ".?!");
		bool named;
		char *s = strndup(p, n + (p[n] != '\0'));
		char how[1200];

		/* "nav.no" or "15.00" does not end a sentence. */
		while (p[n] && p[n + 1] && p[n + 1] != ' ') {
			n += 1 + strcspn(p + n + 1, ".?!");
			free(s);
			s = strndup(p, n + (p[n] != '\0'));
		}
		/* A sentence that names the service speaks of it, and so does the
		 * next one when it goes on with "It", "They" or "Both". */
		named = names_service(u, s);
		for (size_t k = 0; k < sizeof pronouns / sizeof *pronouns && !named && speaking;
		     k++)
			named = strncmp(s, pronouns[k], strlen(pronouns[k])) == 0;
		speaking = named;
		if (named) {
			for (int k = 0; k < u->nvalue && values; k++)
				if (shows(s, u->value[k])) {
					snprintf(how, sizeof how,
					         "a sentence about %s shows \"%s\"", u->service[0],
					         u->value[k]);
					leak(found, list, u, g, line, how);
				}
			for (unsigned k = 0; k < 6; k++)
				if ((u->kinds & (1u << k)) && has_kind(s, 1u << k)) {
					snprintf(how, sizeof how,
					         "a sentence about %s gives it %s: \"%.200s\"",
					         u->service[0], kind_words[k], s);
					leak(found, list, u, g, line, how);
				}
		}
		free(s);
		p += n + (p[n] != '\0');
		while (*p == ' ')
			p++;
	}
}

static bool own_card(const unconfirmed *u, const contact *c)
{
	for (int k = 0; k < u->ncontact; k++)
		if (strcmp(u->contact[k], c->id) == 0)
			return true;
	return names_service(u, c->name);
}

/* Every text a card shows: name, numbers and what they are for, hours,
 * address, web and e-mail. */
static int card_fields(const contact *c, const char **out)
{
	int n = 0;

	out[n++] = c->name;
	for (int i = 0; i < c->phone_count; i++) {
		out[n++] = c->phones[i].number;
		if (c->phones[i].label)
			out[n++] = c->phones[i].label;
	}
	if (c->hours)
		out[n++] = c->hours;
	if (c->address)
		out[n++] = c->address;
	if (c->web)
		out[n++] = c->web;
	if (c->email)
		out[n++] = c->email;
	return n;
}

static void check_card(leak_list *found, const unconfirmed_list *list, const unconfirmed *u,
                       const guide *g, int line, const contact *c, bool about)
{
	const char *fields[4 + 2 * CONTACT_MAX_PHONES];
	int n = card_fields(c, fields);
	bool own = own_card(u, c);
	char how[800];

	for (int f = 0; f < n; f++) {
		for (int k = 0; k < u->nanywhere; k++)
			if (shows(fields[f], u->anywhere[k])) {
				snprintf(how, sizeof how, "the card '%s' shows \"%s\"", c->id,
				         u->anywhere[k]);
				leak(found, list, u, g, line, how);
			}
		for (int k = 0; k < u->nvalue && (about || own); k++)
			if (shows(fields[f], u->value[k])) {
				snprintf(how, sizeof how, "the card '%s' shows \"%s\" %s %s", c->id,
				         u->value[k], own ? "as a fact of" : "in a guide about",
				         u->nservice ? u->service[0] : u->id);
				leak(found, list, u, g, line, how);
			}
	}
	if (!own)
		return;
	/* The service's own card: any fact of a kind the sheet leaves open. */
	for (unsigned k = 0; k < 6; k++) {
		unsigned kind = 1u << k;
		bool has = kind == KIND_PHONE     ? c->phone_count > 0
		           : kind == KIND_ADDRESS ? c->address != NULL
		           : kind == KIND_EMAIL   ? c->email != NULL
		                                  : c->hours && has_kind(c->hours, kind);

		if ((u->kinds & kind) && has) {
			snprintf(how, sizeof how, "the card '%s', %s's own, gives it %s", c->id,
			         u->nservice ? u->service[0] : u->id, kind_words[k]);
			leak(found, list, u, g, line, how);
		}
	}
}

static void check_leaks(const guide_list *guides, const contact_list *contacts,
                        const unconfirmed_list *list, leak_list *found)
{
	for (size_t i = 0; i < guides->count; i++) {
		const guide *g = guides->items[i];

		for (size_t e = 0; e < list->count; e++) {
			const unconfirmed *u = &list->items[e];
			bool about = names_service(u, g->id) || names_service(u, g->title);

			for (int k = 0; k < u->nanywhere; k++)
				if (shows(g->title, u->anywhere[k]))
					leak(found, list, u, g, g->title_line,
					     "the title shows it");
			check_sentences(found, list, u, g, g->title_line, g->title, !about);
			for (size_t b = 0; b < g->block_count; b++) {
				const guide_block *bl = &g->blocks[b];
				const contact *c;
				char how[800];

				if (bl->kind == BLOCK_CONTACT) {
					if ((c = contacts_find(contacts, bl->text)))
						check_card(found, list, u, g, bl->line, c, about);
					continue;
				}
				for (int k = 0; k < u->nanywhere; k++)
					if (shows(bl->text, u->anywhere[k])) {
						snprintf(how, sizeof how, "the text shows \"%s\"",
						         u->anywhere[k]);
						leak(found, list, u, g, bl->line, how);
					}
				for (int k = 0; k < u->nvalue && about; k++)
					if (shows(bl->text, u->value[k])) {
						snprintf(
						    how, sizeof how,
						    "the text shows \"%s\" in a guide about %s",
						    u->value[k], u->service[0]);
						leak(found, list, u, g, bl->line, how);
					}
				/* In a guide about the service the values were looked for
				 * in the whole text above; the kinds, sentence by sentence. */
				check_sentences(found, list, u, g, bl->line, bl->text, !about);
			}
		}
	}
}

static void free_leaks(leak_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		free(l->items[i]);
	free(l->items);
}

/* The check proves itself: the fixtures hold one leak of each kind and
 * near misses that are not leaks; exactly these must be found. */
static void self_test(const unconfirmed_list *list)
{
	static const char *const expected[] = {
	    /* the sexual-assault-centre guide before it was fixed: the legevakt
	     * card gave the overgrepsmottak an address */
	    "tests/fixtures/leaks/guides/old-sexual-assault-centre.txt:28:overgrepsmottak-address",
	    "tests/fixtures/leaks/guides/mira.txt:6:mira-address",
	    "tests/fixtures/leaks/guides/mira.txt:6:mira-email",
	    "tests/fixtures/leaks/guides/mira.txt:8:mira-address",
	    "tests/fixtures/leaks/guides/legal.txt:5:jurk-phone",
	    "tests/fixtures/leaks/guides/legal.txt:7:jussbuss-phone-hours",
	    "tests/fixtures/leaks/guides/young.txt:5:kors-pa-halsen-hours",
	    "tests/fixtures/leaks/guides/young.txt:7:giftfri",
	    "tests/fixtures/leaks/guides/young.txt:9:noas-phone-hours",
	    "tests/fixtures/leaks/guides/young.txt:10:kors-pa-halsen-hours",
	};
	guide_list guides;
	contact_list contacts;
	diag_list d = {0};
	leak_list found = {NULL, 0, "  expected"};

	printf("The check on tests/fixtures/leaks, where these leaks are planted:\n");
	guides_load_dir("tests/fixtures/leaks/guides", &guides, &d);
	contacts_load("tests/fixtures/leaks/contacts.txt", &contacts, &d);
	for (size_t i = 0; i < d.count; i++, failures++)
		printf("FAIL %s:%d: %s\n", d.items[i].file, d.items[i].line, d.items[i].message);
	check_leaks(&guides, &contacts, list, &found);
	for (size_t k = 0; k < sizeof expected / sizeof *expected; k++) {
		bool seen = false;

		for (size_t i = 0; i < found.count; i++)
			seen |= strcmp(found.items[i], expected[k]) == 0;
		if (!seen) {
			printf("FAIL the leak check missed %s\n", expected[k]);
			failures++;
		}
	}
	for (size_t i = 0; i < found.count; i++) {
		bool wanted = false;

		for (size_t k = 0; k < sizeof expected / sizeof *expected; k++)
			wanted |= strcmp(found.items[i], expected[k]) == 0;
		if (!wanted) {
			printf("FAIL the leak check took a near miss for a leak: %s\n",
			       found.items[i]);
			failures++;
		}
	}
	free_leaks(&found);
	guides_free(&guides);
	contacts_free(&contacts);
	diag_clear(&d);
}

int main(int argc, char **argv)
{
	const char *assets = argc > 1 ? argv[1] : "assets";
	char guides_dir[4096], contacts_file[4096];
	guide_list guides;
	contact_list contacts;
	unconfirmed_list unconfirmed;
	leak_list leaks = {NULL, 0, "FAIL"};
	diag_list d = {0};
	size_t blocks = 0;

	log_set_level(LOG_LEVEL_ERROR);
	snprintf(guides_dir, sizeof guides_dir, "%s/guides", assets);
	snprintf(contacts_file, sizeof contacts_file, "%s/contacts.txt", assets);
	guides_load_dir(guides_dir, &guides, &d);
	contacts_load(contacts_file, &contacts, &d);
	for (size_t i = 0; i < d.count; i++, failures++)
		printf("FAIL %s:%d: %s\n", d.items[i].file, d.items[i].line, d.items[i].message);
	for (size_t i = 0; i < guides.count; i++) {
		const guide *g = guides.items[i];

		for (size_t k = 0; k < g->block_count; k++, blocks++) {
			const guide_block *b = &g->blocks[k];

			if (b->kind == BLOCK_CONTACT && !contacts_find(&contacts, b->text)) {
				printf("FAIL %s:%d: contact '%s' is not in the registry\n", g->file,
				       b->line, b->text);
				failures++;
			}
			if ((b->kind == BLOCK_PARAGRAPH || b->kind == BLOCK_BULLET ||
			     b->kind == BLOCK_NOTE) &&
			    !b->source) {
				printf("FAIL %s:%d: this %s has no source\n", g->file, b->line,
				       guide_block_keyword(b->kind));
				failures++;
			}
		}
	}
	if (guides.count == 0 || contacts.count == 0) {
		printf("FAIL no guides or no contacts found (run from the project root)\n");
		failures++;
	}

	/* Unconfirmed facts: the check proves itself, then reads the guides. */
	if (!load_unconfirmed("tests/data/unconfirmed.txt", &unconfirmed)) {
		printf("FAIL tests/data/unconfirmed.txt lists no unconfirmed facts\n");
		failures++;
	}
	self_test(&unconfirmed);
	printf("The check on %s:\n", guides_dir);
	check_leaks(&guides, &contacts, &unconfirmed, &leaks);
	failures += (int)leaks.count;

	printf("assets: %zu guides, %zu blocks, %zu contacts, %zu unconfirmed facts checked, %d "
	       "failures\n",
	       guides.count, blocks, contacts.count, unconfirmed.count, failures);
	free_leaks(&leaks);
	free_unconfirmed(&unconfirmed);
	guides_free(&guides);
	contacts_free(&contacts);
	diag_clear(&d);
	return failures != 0;
}
