/* mira-html: a guide as the static web page a centre would otherwise show
 * in a browser kiosk: the same catalogs and the same fonts. For the
 * browser peer in make bench.
 *   mira-html GUIDE-ID LANG FONTS-DIR > page.html */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/catalog.h"
#include "../../src/content/contacts.h"
#include "../../src/content/guide.h"
#include "../../src/content/language.h"
#include "../../src/content/localize.h"
#include "../../src/util/log.h"

static void escaped(const char *s)
{
	for (; *s; s++) {
		if (*s == '<')
			fputs("&lt;", stdout);
		else if (*s == '>')
			fputs("&gt;", stdout);
		else if (*s == '&')
			fputs("&amp;", stdout);
		else
			putchar(*s);
	}
}

static void text(const char *tag, const char *ctx, const char *english)
{
	bool tr;
	char *s = localize(ctx, english, &tr);

	printf("<%s%s>", tag, tr ? "" : " lang=\"en\" dir=\"ltr\"");
	escaped(s ? s : english);
	printf("</%s>\n", tag);
	free(s);
}

int main(int argc, char **argv)
{
	guide_list guides;
	contact_list contacts;
	diag_list d = {0};
	const guide *g;
	const language *lang;
	const char *build = getenv("BUILD") ? getenv("BUILD") : "build";
	char locale[512], ctx[256];
	static const char *const faces[][2] = {
	    {"Noto Sans", "NotoSans-Regular.ttf"},
	    {"Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf"},
	    {"Noto Nastaliq Urdu", "NotoNastaliqUrdu-Regular.ttf"},
	    {"Noto Sans Ethiopic", "NotoSansEthiopic-Regular.ttf"}};

	if (argc != 4 || !(lang = language_find(argv[2]))) {
		fprintf(stderr, "usage: mira-html GUIDE-ID LANG FONTS-DIR\n");
		return 2;
	}
	log_set_level(LOG_LEVEL_ERROR);
	guides_load_dir("assets/guides", &guides, &d);
	contacts_load("assets/contacts.txt", &contacts, &d);
	snprintf(locale, sizeof locale, "%s/locale", build);
	catalog_init(locale);
	catalog_set_language(lang->code);
	g = guides_find(&guides, argv[1]);
	if (!g) {
		fprintf(stderr, "mira-html: no guide %s\n", argv[1]);
		return 1;
	}
	printf("<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\"><head><meta charset=\"utf-8\">\n"
	       "<style>\n",
	       lang->code, lang->rtl ? "rtl" : "ltr");
	for (size_t i = 0; i < sizeof faces / sizeof faces[0]; i++)
		printf("@font-face { font-family: '%s'; src: url('file://%s/%s'); }\n", faces[i][0],
		       argv[3], faces[i][1]);
	printf("body { font-family: %s'Noto Sans'; font-size: 30px; line-height: 1.4;\n"
	       "  background: #faf7f2; color: #1d1b2e; margin: 40px 160px; }\n"
	       "h1 { font-size: 48px; } h2 { font-size: 36px; color: #563987; }\n"
	       ".card { background: #fff; border: 2px solid #8c7aad; padding: 24px; margin: 20px "
	       "0; }\n"
	       ".number { font-size: 46px; font-family: 'Noto Sans'; }\n"
	       "</style></head><body>\n",
	       strcmp(lang->code, "ur") == 0   ? "'Noto Nastaliq Urdu', 'Noto Naskh Arabic', "
	       : strcmp(lang->code, "ti") == 0 ? "'Noto Sans Ethiopic', "
	       : lang->rtl                     ? "'Noto Naskh Arabic', "
	                                       : "");
	guide_msgctxt(g, NULL, ctx, sizeof ctx);
	text("h1", ctx, g->title);
	for (size_t i = 0; i < g->block_count; i++) {
		const guide_block *b = &g->blocks[i];
		const contact *c;

		guide_msgctxt(g, b, ctx, sizeof ctx);
		switch (b->kind) {
		case BLOCK_HEADING: text("h2", ctx, b->text); break;
		case BLOCK_PARAGRAPH: text("p", ctx, b->text); break;
		case BLOCK_BULLET: text("li", ctx, b->text); break;
		case BLOCK_NOTE: text("aside", ctx, b->text); break;
		case BLOCK_CONTACT:
			c = contacts_find(&contacts, b->text);
			if (!c)
				break;
			printf("<div class=\"card\">\n");
			contact_msgctxt(c, "name", ctx, sizeof ctx);
			text("h3", ctx, c->name);
			for (int p = 0; p < c->phone_count; p++) {
				printf("<div class=\"number\" dir=\"ltr\">%s</div>\n",
				       c->phones[p].number);
				if (c->phones[p].label) {
					contact_msgctxt(c, "phone", ctx, sizeof ctx);
					text("div", ctx, c->phones[p].label);
				}
			}
			if (c->hours) {
				contact_msgctxt(c, "hours", ctx, sizeof ctx);
				text("div", ctx, c->hours);
			}
			printf("</div>\n");
			break;
		}
	}
	printf("</body></html>\n");
	guides_free(&guides);
	contacts_free(&contacts);
	diag_clear(&d);
	return 0;
}
