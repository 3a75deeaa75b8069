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
#include "../../src/content/spans.h"
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
	/* A § reference is isolated whole, with its law's name (æ ø å are
	 * letters): the number alone would leave the § between a Latin word
	 * and Arabic. */
	expect_isolated("NAV2 and § 53", "NAV2 and " L "§ 53" P);
	expect_isolated("هذا ما ينص عليه straffeloven § 253 (قانون العقوبات).",
	                "هذا ما ينص عليه " L "straffeloven § 253" P " (قانون العقوبات).");
	expect_isolated("This is arbeidsmiljøloven § 14-5 (the Working Environment Act).",
	                "This is " L "arbeidsmiljøloven § 14-5" P
	                " (the Working Environment Act).");
	expect_isolated("husleieloven §§ 3-5 و3-7", L "husleieloven §§ 3-5" P " و" L "3-7" P);
	expect_isolated("(ekteskapsloven § 1a، قانون الزواج)",
	                "(" L "ekteskapsloven § 1a" P "، قانون الزواج)");
	expect_isolated("utlendingsloven\u00a0§\u00a053 or § 41'de",
	                L "utlendingsloven\u00a0§\u00a053" P " or " L "§ 41" P "'de");
	expect_isolated("(§ 53 second paragraph)", "(" L "§ 53" P " second paragraph)");
	expect_isolated("§5", "§" L "5" P); /* no space: not a reference */
	/* Hyphenated Latin names stay whole; a word before a number joins it
	 * even with letters beyond ASCII. */
	expect_isolated("خط (VO-linjen، Vold- og overgrepslinjen)",
	                "خط (" L "VO-linjen" P "، Vold- og overgrepslinjen)");
	expect_isolated("i Sør-Trøndelag og e-post", "i " L "Sør-Trøndelag" P " og " L "e-post" P);
	expect_isolated("Ring Trøndelag 22 40 00 40", "Ring " L "Trøndelag 22 40 00 40" P);
	expect_isolated("VO-linjen 116 006", L "VO-linjen 116 006" P);
	expect_isolated("COVID-19 (18-åringer)", L "COVID-19" P " (" L "18-åringer" P ")");
	expect_isolated("innen 1–2 uker", "innen " L "1–2" P " uker");
	expect_isolated("Østre 12 og lambarka 116 006",
	                L "Østre 12" P " og lambarka " L "116 006" P);
	expect_isolated("Ring 55 55 33 33", L "Ring 55 55 33 33" P);
	expect_isolated(L "116 117" P, L "116 117" P); /* already isolated: unchanged */
	expect_isolated("and § 5 nr. 5 (acts abroad)", "and " L "§ 5 nr. 5" P " (acts abroad)");
	expect_isolated("", "");
}

static void expect_spans(const char *english, const char *translation, bool want)
{
	char why[512] = "";

	CHECK(spans_match(english, translation, why, sizeof why) == want,
	      "spans of '%s' and '%s': %s", english, translation, why);
}

/* The catalog check compares numbers, addresses and placeholders; the new
 * kinds of span change none of that. */
static void test_spans(void)
{
	/* Hyphenated words may be translated. */
	expect_spans("Call VO-linjen.", "Ring Vold- og overgrepslinjen.", true);
	expect_spans("a well-known e-mail service", "en kjent e-posttjeneste", true);
	expect_spans("Call VO-linjen on 116 006.", "Ring VO-linjen på 116 006.", true);
	/* A law reference's digits are still compared, its name is free. */
	expect_spans("This is straffeloven § 253.", "هذا straffeloven § 253.", true);
	expect_spans("This is straffeloven § 253.", "Dette er § 253.", true);
	expect_spans("This is straffeloven § 253.", "Dette er straffeloven § 235.", false);
	expect_spans("husleieloven §§ 3-5 and 3-7", "husleieloven §§ 3-5 و3-7", true);
	expect_spans("husleieloven §§ 3-5 and 3-7", "husleieloven §§ 3-5", false);
	expect_spans("(ekteskapsloven § 1a)", "(ekteskapsloven § 1a، قانون)", true);
	/* A percent sign after a number is prose, not a printf conversion
	 * ("% lo" would parse as one); real conversions are still compared. */
	expect_spans("The price is 30 % lower.", "Prisen er 30 % lavere.", true);
	expect_spans("30% of the cost", "30 % av kostnaden", true);
	expect_spans("The price is 30 % lower.", "Fiyat %30 daha düşük.", true);
	expect_spans("%lu guides", "%lu veiledere", true);
	expect_spans("%lu guides", "%d veiledere", false);
}

int main(void)
{
	log_set_level(LOG_LEVEL_NONE);
	test_guides();
	test_contacts();
	test_isolate();
	test_spans();
	printf("content: %d failures\n", failures);
	return failures != 0;
}
