/* Every guide in every language lays out with no missing glyph: the title,
 * every block and every contact card field, as the kiosk shows them (from
 * the published catalogs, numbers isolated, each in its language's fonts or
 * in English where it is not translated). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/catalog.h"
#include "../../src/content/contacts.h"
#include "../../src/content/guide.h"
#include "../../src/content/isolate.h"
#include "../../src/content/language.h"
#include "../../src/content/localize.h"
#include "../../src/text/breaks.h"
#include "../../src/ui/typeset.h"
#include "../../src/util/log.h"

static int failures, checked;
static text_fontset *fonts;

static void check(const language *lang, const char *where, const char *ctx, const char *english,
                  bool translate)
{
	bool tr = true;
	char *text = translate ? localize(ctx, english, &tr) : isolate_ltr_spans(english);
	text_layout *l;
	size_t n;
	const text_glyph *g;

	if (!text)
		return;
	l = typeset(fonts, tr ? lang : language_find("en"), text, 30, 900, TYPE_BODY, false);
	g = l ? text_layout_glyphs(l, &n) : NULL;
	for (size_t i = 0; g && i < n; i++) {
		if (g[i].gid == 0) {
			printf("FAIL %s %s: missing glyph at character %u of: %s\n", lang->code,
			       where, g[i].cluster, text);
			failures++;
			break;
		}
	}
	checked++;
	text_layout_destroy(l);
	free(text);
}

int main(void)
{
	guide_list guides;
	contact_list contacts;
	diag_list d = {0};
	const char *build = getenv("BUILD") ? getenv("BUILD") : "build";
	char locale[512], ctx[256];

	log_set_level(LOG_LEVEL_ERROR);
	fonts = fontset_create("fonts");
	guides_load_dir("assets/guides", &guides, &d);
	contacts_load("assets/contacts.txt", &contacts, &d);
	snprintf(locale, sizeof locale, "%s/locale", build);
	if (!catalog_init(locale)) {
		printf("FAIL: no published catalogs in %s\n", locale);
		return 1;
	}
	for (size_t li = 0; li < language_count(); li++) {
		const language *lang = language_at(li);

		catalog_set_language(lang->code);
		for (size_t i = 0; i < guides.count; i++) {
			const guide *g = guides.items[i];

			guide_msgctxt(g, NULL, ctx, sizeof ctx);
			check(lang, g->id, ctx, g->title, true);
			for (size_t b = 0; b < g->block_count; b++) {
				if (g->blocks[b].kind == BLOCK_CONTACT)
					continue;
				guide_msgctxt(g, &g->blocks[b], ctx, sizeof ctx);
				check(lang, g->id, ctx, g->blocks[b].text, true);
			}
		}
		for (size_t i = 0; i < contacts.count; i++) {
			const contact *c = &contacts.items[i];

			contact_msgctxt(c, "name", ctx, sizeof ctx);
			check(lang, c->id, ctx, c->name, true);
			if (c->hours) {
				contact_msgctxt(c, "hours", ctx, sizeof ctx);
				check(lang, c->id, ctx, c->hours, true);
			}
			for (int p = 0; p < c->phone_count; p++) {
				check(lang, c->id, NULL, c->phones[p].number, false);
				if (c->phones[p].label) {
					contact_msgctxt(c, "phone", ctx, sizeof ctx);
					check(lang, c->id, ctx, c->phones[p].label, true);
				}
			}
			if (c->address)
				check(lang, c->id, NULL, c->address, false);
		}
	}
	printf("guides render: %d texts in %zu languages, %d failures\n", checked, language_count(),
	       failures);
	guides_free(&guides);
	contacts_free(&contacts);
	diag_clear(&d);
	fontset_destroy(fonts);
	breaks_cleanup();
	return failures != 0 || checked == 0;
}
