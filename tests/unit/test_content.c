/* The content layer: guide and contacts parsing with clear messages for
 * every malformed line (file, line, what is wrong) while the valid rest is
 * kept; LRI/PDI isolation of numbers and addresses. Fixtures are in
 * tests/fixtures/. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/contacts.h"
#include "../../src/content/guide.h"
#include "../../src/content/isolate.h"
#include "../../src/util/log.h"
#include "../support/check.h"

static int failures;

/* True when diags hold a message for file:line containing text. */
static bool has(const diag_list *d, const char *file_end, int line, const char *text)
{
	for (size_t i = 0; i < d->count; i++) {
		size_t fl = strlen(d->items[i].file), el = strlen(file_end);

		if (fl >= el && strcmp(d->items[i].file + fl - el, file_end) == 0 &&
		    d->items[i].line == line && strstr(d->items[i].message, text))
			return true;
	}
	return false;
}

static void dump(const diag_list *d)
{
	for (size_t i = 0; i < d->count; i++)
		printf("    %s:%d: %s\n", d->items[i].file, d->items[i].line, d->items[i].message);
}

static void test_guides(void)
{
	guide_list list;
	diag_list d = {0};
	const guide *g;

	CHECK(guides_load_dir("tests/fixtures/guides", &list, &d), "fixture folder unreadable");
	/* broken-lines and good load; no-topic and the duplicate do not. */
	CHECK(list.count == 2, "%zu guides loaded, want 2", list.count);
	g = guides_find(&list, "good-guide");
	CHECK(g && g->block_count == 5, "good guide has %zu blocks", g ? g->block_count : 0);
	if (g && g->block_count == 5) {
		CHECK(g->topic == TOPIC_RIGHTS, "topic");
		CHECK(strcmp(g->title_source, "https://example.no/title") == 0, "title source");
		CHECK(g->blocks[1].kind == BLOCK_PARAGRAPH && g->blocks[1].line == 8,
		      "paragraph line");
		CHECK(strcmp(g->blocks[1].source, "https://example.no/a ; https://example.no/b") ==
		          0,
		      "two sources joined: %s", g->blocks[1].source);
		CHECK(g->blocks[3].kind == BLOCK_CONTACT &&
		          strcmp(g->blocks[3].text, "legevakt") == 0,
		      "contact block");
	}
	g = guides_find(&list, "broken-lines");
	CHECK(g && g->block_count == 2, "broken guide keeps its 2 good blocks, has %zu",
	      g ? g->block_count : 0);
	CHECK(has(&d, "broken-lines.txt", 5, "expected 'keyword: text'"), "no-colon line");
	CHECK(has(&d, "broken-lines.txt", 6, "unknown keyword 'wibble'"), "unknown keyword");
	CHECK(has(&d, "broken-lines.txt", 7, "not valid UTF-8"), "invalid UTF-8");
	CHECK(has(&d, "broken-lines.txt", 8, "'paragraph' has no text"), "empty paragraph");
	CHECK(has(&d, "broken-lines.txt", 9, "is not a contact id"), "bad contact id");
	CHECK(has(&d, "no-topic.txt", 2, "unknown topic 'cooking'"), "unknown topic");
	CHECK(has(&d, "no-topic.txt", 0, "this guide is not shown"), "guide left out");
	CHECK(has(&d, "good.txt", 0, "another guide already has the id 'good-guide'") ||
	          has(&d, "duplicate.txt", 0, "another guide already has the id 'good-guide'"),
	      "duplicate id");
	if (failures)
		dump(&d);
	guides_free(&list);
	diag_clear(&d);

	/* A missing folder is a message, not a crash. */
	CHECK(!guides_load_dir("tests/fixtures/no-such-folder", &list, &d), "missing folder");
	CHECK(d.count == 1 && strstr(d.items[0].message, "cannot be read"),
	      "missing folder message");
	guides_free(&list);
	diag_clear(&d);
}

static void test_contacts(void)
{
	contact_list list;
	diag_list d = {0};
	const contact *c;

	CHECK(contacts_load("tests/fixtures/contacts.txt", &list, &d), "load");
	c = contacts_find(&list, "good");
	CHECK(c && c->phone_count == 2 && strcmp(c->phones[0].number, "116 117") == 0 &&
	          strcmp(c->phones[0].label, "Day and night") == 0 && !c->phones[1].label,
	      "good contact's phones");
	CHECK(contacts_find(&list, "bad-phone") &&
	          contacts_find(&list, "bad-phone")->phone_count == 0,
	      "bad phone left out, contact kept (it has a web address)");
	CHECK(has(&d, "contacts.txt", 12, "'116-CALL-NOW' is not a phone number"), "bad phone");
	CHECK(!contacts_find(&list, "no-source"), "contact without source left out");
	CHECK(has(&d, "contacts.txt", 17, "needs a 'source'"), "no source message");
	CHECK(has(&d, "contacts.txt", 22, "unknown keyword 'stray'"), "unknown keyword");
	CHECK(has(&d, "contacts.txt", 24, "the contact id 'good' is used twice"), "duplicate id");
	CHECK(list.count == 2, "%zu contacts, want 2", list.count);
	if (failures)
		dump(&d);
	contacts_free(&list);
	diag_clear(&d);

	CHECK(contacts_load("tests/fixtures/none.txt", &list, &d) && list.count == 0 &&
	          d.count == 1 && strstr(d.items[0].message, "no contact cards are shown"),
	      "missing registry");
	contacts_free(&list);
	diag_clear(&d);
}

static void expect_isolated(const char *in, const char *want)
{
	char *got = isolate_ltr_spans(in);

	CHECK(got && strcmp(got, want) == 0, "isolate '%s': got '%s', want '%s'", in, got, want);
	free(got);
}

#define L "\u2066"
#define P "\u2069"

static void test_isolate(void)
{
	expect_isolated("Call: 116 117 now.", "Call: " L "116 117" P " now.");
	/* A street and its number stay together. */
	expect_isolated("اکنون در Trondheimsveien 233، در",
	                "اکنون در " L "Trondheimsveien 233" P "، در");
	expect_isolated("اتصل بالرقم 116 117.", "اتصل بالرقم " L "116 117" P ".");
	expect_isolated("+47 23 48 72 00", L "+47 23 48 72 00" P);
	expect_isolated("Åpent: 09:00–16:00.", "Åpent: " L "09:00–16:00" P ".");
	expect_isolated("See dinutvei.no, or https://www.nav.no/en.",
	                "See " L "dinutvei.no" P ", or " L "https://www.nav.no/en" P ".");
	expect_isolated("Mail kompetanseteamet@bufdir.no today",
	                "Mail " L "kompetanseteamet@bufdir.no" P " today");
	expect_isolated("(113)", "(" L "113" P ")");
	expect_isolated("no numbers here", "no numbers here");
	expect_isolated("NAV2 and § 53", "NAV2 and § " L "53" P);
	expect_isolated("Ring 55 55 33 33", L "Ring 55 55 33 33" P);
	expect_isolated(L "116 117" P, L "116 117" P); /* already isolated: unchanged */
	expect_isolated("", "");
}

int main(void)
{
	log_set_level(LOG_LEVEL_NONE);
	test_guides();
	test_contacts();
	test_isolate();
	printf("content: %d failures\n", failures);
	return failures != 0;
}
