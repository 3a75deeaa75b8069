/* Take it with you, show it to staff, through the app's own event loop,
 * headless: every card of a guide has its "Take with you" button, which
 * opens the contact's QR card (Back returns); the number alone is offered
 * only for the help-now numbers; "Show in Norwegian" adds Norwegian items
 * beside hers (and only hers are read aloud), one tap back; the phrase
 * cards: 12 sentences, a tap shows one in Norwegian above hers, the first
 * naming her language in Norwegian; the reassurance shows once after the
 * picker; quick exit forgets all of it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/catalog.h"
#include "../../src/ui/app.h"
#include "../../src/ui/scene.h"
#include "../../src/ui/screens.h"
#include "../support/check.h"
#include "../support/kiosk_fixture.h"

static int failures;

static const widget *find(const scene *s, const char *name)
{
	for (size_t i = 0; i < s->widget_count; i++)
		if (strcmp(s->widgets[i].name, name) == 0)
			return &s->widgets[i];
	return NULL;
}

static bool press(app *a, const char *name, uint64_t *now)
{
	const widget *w = find(app_scene(a), name);
	SDL_FRect r;

	if (!w)
		return false;
	app_scroll_to(a, 0);
	r = scene_widget_rect(app_scene(a), w, app_scroll(a));
	if (r.y + r.h / 2 > (float)(app_scene(a)->view.y + app_scene(a)->view.h)) {
		/* Below the view: scroll it up first, as she would. */
		app_scroll_to(a, r.y - (float)app_scene(a)->view.y - 100);
		r = scene_widget_rect(app_scene(a), w, app_scroll(a));
	}
	fixture_mouse(a, SDL_MOUSEBUTTONDOWN, (int)(r.x + r.w / 2), (int)(r.y + r.h / 2),
	              *now += 50);
	fixture_mouse(a, SDL_MOUSEBUTTONUP, (int)(r.x + r.w / 2), (int)(r.y + r.h / 2), *now += 50);
	app_tick(a, *now);
	return true;
}

/* Whether any text of the scene (or its page) is laid out in lang. */
static int texts_in(const scene *s, const char *lang)
{
	int n = 0;

	for (size_t i = 0; i < s->text_count; i++)
		n += s->texts[i].lang && strcmp(s->texts[i].lang, lang) == 0;
	if (s->page) {
		size_t count;
		const page_item *it = guide_page_items(s->page, &count);

		for (size_t i = 0; i < count; i++)
			n += it[i].kind == ITEM_TEXT && it[i].lang && strcmp(it[i].lang, lang) == 0;
	}
	return n;
}

static bool has_text(const scene *s, const char *needle)
{
	for (size_t i = 0; i < s->text_count; i++) {
		size_t n;
		const uint32_t *cps = text_layout_text(s->texts[i].layout, &n);
		char buf[1024];
		size_t k = 0;

		for (size_t j = 0; j < n && k < sizeof buf - 4; j++)
			if (cps[j] < 0x80)
				buf[k++] = (char)cps[j];
		buf[k] = '\0';
		if (strstr(buf, needle))
			return true;
	}
	return false;
}

int main(void)
{
	kiosk_fixture f;
	app *a;
	uint64_t now = 1000;
	const scene *s;
	int cards = 0;

	if (!fixture_open(&f, 1920, 1080)) {
		printf("FAIL: fixture\n");
		return 1;
	}
	f.cfg.idle_timeout_s = 600;
	a = f.app = app_create(&f.cfg, 1920, 1080);

	/* The reassurance: once, on the topics after the picker. */
	press(a, "lang:en", &now);
	CHECK(has_text(app_scene(a), "yellow button clears the screen"),
	      "the topics say what the yellow button does");
	press(a, "topic:rights", &now);
	press(a, "back", &now);
	CHECK(!has_text(app_scene(a), "yellow button clears the screen"), "only once");

	/* Every card on the help-now page has its button. */
	app_set_language(a, "ar");
	app_open_page(a, "help-now");
	s = app_scene(a);
	for (size_t i = 0; s->page && i < s->widget_count; i++)
		cards += strncmp(s->widgets[i].name, "qr:", 3) == 0;
	{
		size_t n, want = 0;
		const page_item *it = guide_page_items(s->page, &n);

		for (size_t i = 0; i < n; i++)
			want += it[i].kind == ITEM_CARD;
		CHECK(cards > 0 && (size_t)cards == want,
		      "a Take with you button on each card (%d of %zu)", cards, want);
	}
	CHECK(press(a, "qr:legevakt", &now), "Take with you on the legevakt card");
	CHECK(app_scene(a)->qr.size > 0, "the QR card shows a code");
	CHECK(find(app_scene(a), "qr:number") != NULL, "a help-now number is offered alone");
	press(a, "qr:number", &now);
	CHECK(find(app_scene(a), "qr:whole") != NULL && app_scene(a)->qr.size > 0 &&
	          app_scene(a)->qr.size <= 25,
	      "the number alone: a small code (%d modules)", app_scene(a)->qr.size);
	press(a, "back", &now);
	CHECK(find(app_scene(a), "qr:legevakt") != NULL, "Back returns to the guide");
	CHECK(app_open_page(a, "qr/nav"), "the NAV card");
	CHECK(app_scene(a)->qr.size > 0 && !find(app_scene(a), "qr:number"),
	      "no number alone for a contact that is not on the help-now page");

	/* Norwegian beside Arabic, and one tap back. */
	app_open_page(a, "legevakt");
	CHECK(texts_in(app_scene(a), "nb") == 0, "Arabic alone first");
	press(a, "norwegian:on", &now);
	s = app_scene(a);
	CHECK(texts_in(s, "nb") > 5 && texts_in(s, "ar") > 5, "Norwegian beside Arabic (%d, %d)",
	      texts_in(s, "nb"), texts_in(s, "ar"));
	{
		size_t nb = 0;

		for (size_t i = 0; i < s->spoken_count; i++)
			nb += strcmp(s->spoken[i].lang, "nb") == 0;
		CHECK(nb == 0, "only her language is read aloud (%zu Norwegian blocks)", nb);
	}
	CHECK(strcmp(catalog_language(), "ar") == 0, "the catalog is hers again (%s)",
	      catalog_language());
	press(a, "norwegian:off", &now);
	CHECK(texts_in(app_scene(a), "nb") == 0 && find(app_scene(a), "norwegian:on"),
	      "one tap back");
	app_set_language(a, "nb");
	CHECK(!find(app_scene(a), "norwegian:on"), "no Norwegian button for a Norwegian reader");

	/* Phrase cards. */
	app_set_language(a, "ti");
	app_open_page(a, "help-now");
	CHECK(press(a, "phrases", &now), "Show to staff on the help-now page");
	s = app_scene(a);
	{
		int rows = 0;

		for (size_t i = 0; i < s->widget_count; i++)
			rows += strncmp(s->widgets[i].name, "phrase:", 7) == 0;
		CHECK(rows == 12 && screens_phrase_count() == 12, "12 phrases (%d)", rows);
	}
	press(a, "phrase:0", &now);
	s = app_scene(a);
	CHECK(texts_in(s, "nb") == 1 && texts_in(s, "ti") == 1,
	      "the phrase in Norwegian and Tigrinya");
	CHECK(has_text(s, "tolk") && has_text(s, "tigrinja"),
	      "the Norwegian asks for an interpreter and names her language in Norwegian");
	CHECK(strcmp(catalog_language(), "ti") == 0, "the catalog is hers again");
	press(a, "back", &now);
	CHECK(find(app_scene(a), "phrase:0") != NULL, "Back returns to the phrases");

	/* Quick exit forgets the Norwegian view and the welcome. */
	app_set_language(a, "ar");
	app_open_page(a, "legevakt");
	press(a, "norwegian:on", &now);
	press(a, "quick-exit", &now);
	CHECK(app_is_at_rest(a), "quick exit");
	press(a, "lang:ar", &now);
	CHECK(find(app_scene(a), "topic:rights") && texts_in(app_scene(a), "ar") > 0,
	      "the topics again, in Arabic");
	app_open_page(a, "legevakt");
	CHECK(texts_in(app_scene(a), "nb") == 0, "a new visit starts without Norwegian beside");

	fixture_close(&f);
	printf("%d failures\n", failures);
	return failures != 0;
}
