/* mira-html: a guide as the static web page a centre would otherwise show
 * in a browser kiosk, with what the kiosk shows on that screen: the strip
 * with its seven buttons (icon and label each, in the reader's order: a
 * right-to-left page mirrors them; the text-size gauge), the draft notice,
 * the guide (untranslated blocks in English under their marker, bullets,
 * notes) and every contact card in full (name, each number with what it is
 * for, hours, address, web and e-mail address), and the setup line the
 * kiosk shows while no staff PIN is set. Same catalogs, fonts, icons,
 * colours and design sizes at 1920x1080 (see src/ui/screens.c and
 * src/ui/guide_page.c). For the browser peer in make bench.
 *   mira-html GUIDE-ID LANG FONTS-DIR > page.html   (from the project root) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/catalog.h"
#include "../../src/content/contacts.h"
#include "../../src/content/guide.h"
#include "../../src/content/isolate.h"
#include "../../src/content/language.h"
#include "../../src/content/localize.h"
#include "../../src/text/font.h"
#include "../../src/ui/theme.h"
#include "../../src/util/log.h"
#include "../../src/util/paths.h"

/* The kiosk's setup line (src/ui/app.c) while no staff PIN is set, as in
 * the kiosk's screenshot that make bench takes. */
static const char setup_note[] =
    "Setup: no staff PIN is set, so Ctrl+Q closes the kiosk. Set a PIN (README: Staff PIN) to "
    "lock it and hide this line.";

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

/* A role's colour in the normal theme; each role has its own buffer, so
 * that one printf can take them all. */
static const char *css(color_role role)
{
	static char buf[ROLE_COUNT][8];
	SDL_Color c = theme_color(false, role);
	char *b = buf[role < ROLE_COUNT ? role : ROLE_INK];

	snprintf(b, sizeof buf[0], "#%02x%02x%02x", c.r, c.g, c.b);
	return b;
}

/* A source text in the reader's language, or in English under the marker,
 * as the guide page shows it. */
static void block(const char *tag, const char *cls, const char *ctx, const char *english)
{
	bool tr;
	char *s = localize(ctx, english, &tr);

	if (!tr) {
		bool ok;
		const char *marker =
		    catalog_get("page", "Not translated yet. Shown in English:", &ok);

		printf("<div class=\"marker\"%s>", ok ? "" : " lang=\"en\" dir=\"ltr\"");
		escaped(marker);
		printf("</div>\n");
	}
	printf("<%s class=\"%s\"%s>", tag, cls, tr ? "" : " lang=\"en\" dir=\"ltr\"");
	escaped(s ? s : english);
	printf("</%s>\n", tag);
	free(s);
}

/* A value that is left to right as a whole (a number, an address). */
static void ltr(const char *cls, const char *value)
{
	char *v = isolate_whole(value);

	printf("<div class=\"%s\" dir=\"ltr\">", cls);
	escaped(v ? v : value);
	printf("</div>\n");
	free(v);
}

/* An icon from assets/icons, inline, drawn in the button's ink. */
static void icon(const char *name, bool mirror)
{
	char path[512], *svg, *p;
	size_t len;

	snprintf(path, sizeof path, "assets/icons/%s.svg", name);
	svg = paths_read_file(path, &len);
	if (!svg)
		return;
	printf("<span class=\"icon%s\">", mirror ? " mirror" : "");
	for (p = svg; *p; p++) {
		if (strncmp(p, "#ffffff", 7) == 0) { /* the ink, as the kiosk tints it */
			fputs("currentColor", stdout);
			p += 6;
		} else {
			putchar(*p);
		}
	}
	printf("</span>");
	free(svg);
}

static void strip(const language *lang)
{
	static const struct {
		const char *icon, *label;
		bool exit, gauge;
	} buttons[] = {
	    {"home", "Home", false, false},           {"back", "Back", false, false},
	    {"language", "Language", false, false},   {"text-size", "Text size", false, true},
	    {"contrast", "Contrast", false, false},   {"help-now", "Help now", false, false},
	    {"quick-exit", "Quick exit", true, false}};

	printf("<nav class=\"strip\">\n");
	for (size_t i = 0; i < sizeof buttons / sizeof buttons[0]; i++) {
		bool tr;
		const char *label = catalog_get("strip", buttons[i].label, &tr);

		printf("<button class=\"%s\">", buttons[i].exit ? "exit" : "");
		icon(buttons[i].icon, lang->rtl && strcmp(buttons[i].icon, "back") == 0);
		printf("<span class=\"label\"%s>", tr ? "" : " lang=\"en\" dir=\"ltr\"");
		escaped(label);
		printf("</span>");
		if (buttons[i].gauge)
			printf("<span class=\"gauge\"><i class=\"on\"></i><i></i><i></i></span>");
		printf("</button>\n");
	}
	printf("</nav>\n");
}

static void card(const contact *c)
{
	char ctx[256];

	printf("<div class=\"card\">\n");
	contact_msgctxt(c, "name", ctx, sizeof ctx);
	block("div", "name", ctx, c->name);
	for (int p = 0; p < c->phone_count; p++) {
		ltr("number", c->phones[p].number);
		if (c->phones[p].label) {
			contact_msgctxt(c, "phone", ctx, sizeof ctx);
			block("div", "phone-label", ctx, c->phones[p].label);
		}
	}
	if (c->hours) {
		contact_msgctxt(c, "hours", ctx, sizeof ctx);
		block("div", "hours", ctx, c->hours);
	}
	if (c->address)
		ltr("field", c->address);
	if (c->web)
		ltr("field", c->web);
	if (c->email)
		ltr("field", c->email);
	printf("</div>\n");
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
	bool ok;
	text_fontset *fonts;
	text_font *chain[LANGUAGE_MAX_FONTS];
	int n;
	float line_height = 1.15f;
	static const char *const faces[][2] = {
	    {"Noto Sans", "NotoSans-Regular.ttf"},
	    {"Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf"},
	    {"Noto Sans Arabic", "NotoSansArabic-Regular.ttf"},
	    {"Noto Nastaliq Urdu", "NotoNastaliqUrdu-Regular.ttf"},
	    {"Noto Sans Ethiopic", "NotoSansEthiopic-Regular.ttf"}};

	if (argc != 4 || !(lang = language_find(argv[2]))) {
		fprintf(stderr, "usage: mira-html GUIDE-ID LANG FONTS-DIR\n");
		return 2;
	}
	log_set_level(LOG_LEVEL_ERROR);
	/* Guide text lines are 1.15 times the fonts' own line height (the
	 * tallest font of the chain: a line mixes them), as the kiosk's. */
	fonts = fontset_create(argv[3]);
	n = fonts ? language_font_chain(lang, fonts, false, chain) : 0;
	for (int i = 0; i < n; i++) {
		float h = (float)(chain[i]->ascender - chain[i]->descender + chain[i]->line_gap) /
		          (float)chain[i]->upem * 1.15f;

		if (h > line_height)
			line_height = h;
	}
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
	/* The body font chain (guide texts) and the UI chain (strip, marker),
	 * as src/content/language.c gives them. */
	printf(":root { --body: %s'Noto Sans'; --ui: %s'Noto Sans'; }\n",
	       strcmp(lang->code, "ur") == 0   ? "'Noto Nastaliq Urdu', 'Noto Naskh Arabic', "
	       : strcmp(lang->code, "ti") == 0 ? "'Noto Sans Ethiopic', "
	       : lang->rtl                     ? "'Noto Naskh Arabic', "
	                                       : "",
	       strcmp(lang->code, "ur") == 0   ? "'Noto Nastaliq Urdu', 'Noto Naskh Arabic', "
	       : strcmp(lang->code, "ti") == 0 ? "'Noto Sans Ethiopic', "
	       : lang->rtl                     ? "'Noto Sans Arabic', "
	                                       : "");
	printf(":root { --line: %.3f; }\n", line_height);
	printf("html, body { margin: 0; height: 100%%; overflow: hidden; background: %s; color: "
	       "%s; }\n"
	       "body { display: flex; flex-direction: column; font-family: var(--body); }\n"
	       ".strip { display: flex; background: %s; min-height: 104px; padding: 4px 0; "
	       "box-sizing: border-box; flex: none; }\n"
	       ".strip button { flex: 1; margin: 0 3px; border: 0; border-radius: 8px; "
	       "background: %s; color: %s; font: 22px var(--ui); display: flex; "
	       "flex-direction: column; align-items: center; justify-content: center; gap: 6px; "
	       "}\n"
	       ".strip button.exit { background: %s; color: %s; border: 3px solid %s; }\n"
	       ".icon svg { width: 40px; height: 40px; display: block; }\n"
	       ".icon.mirror svg { transform: scaleX(-1); }\n"
	       ".gauge { direction: ltr; }\n"
	       ".gauge i { display: inline-block; width: 9px; height: 9px; margin: 0 2px; "
	       "border: 1px solid currentColor; }\n"
	       ".gauge i.on { background: currentColor; }\n"
	       "main { flex: 1; overflow: hidden; }\n"
	       ".page { width: 1200px; margin: 40px auto; }\n"
	       ".draft, .marker { font: 22px var(--ui); color: %s; margin-bottom: 16px; }\n"
	       ".marker { margin: 0; }\n"
	       "h1 { font-size: 48px; font-weight: normal; margin: 0 0 24px; "
	       "line-height: var(--line); }\n"
	       "h2 { font-size: 36px; font-weight: normal; color: %s; margin: 16px 0 8px; "
	       "line-height: var(--line); }\n"
	       "p, li, aside, .card { font-size: 30px; line-height: var(--line); margin: 0 0 "
	       "16px; }\n"
	       "ul { margin: 0; padding: 0; list-style: none; }\n"
	       "li { padding-inline-start: 36px; position: relative; margin-bottom: 10px; }\n"
	       "li::before { content: '\\2022'; color: %s; position: absolute; "
	       "inset-inline-start: 0; }\n"
	       "aside { display: block; font-size: 28px; background: %s; padding: 16px 24px; "
	       "margin: 0 0 20px; }\n"
	       ".card { background: %s; border: 2px solid %s; border-radius: 8px; padding: 24px; "
	       "margin: 0 0 20px; }\n"
	       ".card .name { font-size: 30px; color: %s; }\n"
	       ".card .number { font: 46px 'Noto Sans'; }\n"
	       ".card .phone-label { font-size: 24px; color: %s; }\n"
	       ".card .hours, .card .field { font-size: 26px; }\n"
	       ".setup { flex: none; background: %s; color: %s; font: 20px 'Noto Sans'; "
	       "text-align: center; padding: 8px; }\n"
	       "</style></head><body>\n",
	       css(ROLE_BACKGROUND), css(ROLE_INK), css(ROLE_STRIP), css(ROLE_STRIP),
	       css(ROLE_STRIP_INK), css(ROLE_EXIT), css(ROLE_EXIT_INK), css(ROLE_EXIT_INK),
	       css(ROLE_MUTED), css(ROLE_ACCENT), css(ROLE_ACCENT), css(ROLE_NOTE),
	       css(ROLE_SURFACE), css(ROLE_BORDER), css(ROLE_ACCENT), css(ROLE_MUTED),
	       css(ROLE_STRIP), css(ROLE_STRIP_INK));
	strip(lang);
	printf("<main><div class=\"page\">\n");
	if (!catalog_reviewed()) {
		const char *notice = catalog_get(
		    "page", "This translation is a draft. A native speaker has not checked it yet.",
		    &ok);

		printf("<div class=\"draft\"%s>", ok ? "" : " lang=\"en\" dir=\"ltr\"");
		escaped(notice);
		printf("</div>\n");
	}
	guide_msgctxt(g, NULL, ctx, sizeof ctx);
	block("h1", "", ctx, g->title);
	for (size_t i = 0; i < g->block_count; i++) {
		const guide_block *b = &g->blocks[i];
		const contact *c;

		guide_msgctxt(g, b, ctx, sizeof ctx);
		switch (b->kind) {
		case BLOCK_HEADING: block("h2", "", ctx, b->text); break;
		case BLOCK_PARAGRAPH: block("p", "", ctx, b->text); break;
		case BLOCK_BULLET:
			printf("<ul>");
			block("li", "", ctx, b->text);
			printf("</ul>\n");
			break;
		case BLOCK_NOTE: block("aside", "", ctx, b->text); break;
		case BLOCK_CONTACT:
			c = contacts_find(&contacts, b->text);
			if (c)
				card(c);
			break;
		}
	}
	printf("</div></main>\n<div class=\"setup\" lang=\"en\" dir=\"ltr\">");
	escaped(setup_note);
	printf("</div>\n</body></html>\n");
	guides_free(&guides);
	contacts_free(&contacts);
	diag_clear(&d);
	fontset_destroy(fonts);
	return 0;
}
