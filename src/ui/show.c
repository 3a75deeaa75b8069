/* What a visitor takes with her or shows to others: a contact's QR card
 * (a vCard her phone's camera offers to save or call, or the number
 * alone), and phrase cards that show a sentence large in Norwegian, with
 * her language below, for the desk, a doctor or NAV. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../content/catalog.h"
#include "../content/vcard.h"
#include "screens.h"
#include "typeset.h"

#define MARGIN              48.0f
#define CTX_MSG(ctx, msgid) ctx, msgid /* for xgettext (make pot) */

/* Pixels a millimetre: the kiosk's rule of 96 pixels for 9 mm on a 1080
 * pixel short side (README: Accessibility). */
static float mm(const screen_ctx *c)
{
	return c->unit * 96.0f / 9.0f;
}

static float text_at(scene *s, const screen_ctx *c, const language *lang, const char *text,
                     float size, float x, float y, float w, color_role color, bool center)
{
	text_layout *l = typeset(c->fonts, lang, text, size, w, TYPE_UI, center);
	float h = l ? text_layout_height(l) : 0;

	screens_add(s, l, x, y, color, lang, ROLE_BACKGROUND);
	return h;
}

static const language *shown(const screen_ctx *c, bool translated)
{
	return translated ? c->lang : language_find("en");
}

void screens_qr(scene *s, const screen_ctx *c, const contact *ct, bool number_only,
                bool offer_number)
{
	const float u = c->unit;
	float x = MARGIN * u, w = (float)c->w - 2 * MARGIN * u, y, side, h;
	char ctx_name[256], ctx_hours[256], nb_name[512];
	bool tr;
	const char *name, *hours = NULL, *text;
	char *data;

	contact_msgctxt(ct, "name", ctx_name, sizeof ctx_name);
	contact_msgctxt(ct, "hours", ctx_hours, sizeof ctx_hours);
	/* The Norwegian name too, for the card: what staff, signs and letters
	 * say. (Copied: libintl's string may go with the switch back.) */
	catalog_set_language("nb");
	snprintf(nb_name, sizeof nb_name, "%s", catalog_get(ctx_name, ct->name, &tr));
	catalog_set_language(c->lang->code);
	name = catalog_get(ctx_name, ct->name, &tr);
	if (ct->hours)
		hours = catalog_get(ctx_hours, ct->hours, &tr);

	screens_strip(s, c);
	y = (float)s->view.y + 24 * u;
	y += text_at(s, c, shown(c, tr), name, 40 * u * c->scale, x, y, w, ROLE_ACCENT, true);
	/* TRANSLATORS: above the QR code of a contact card. */
	text = catalog_get("qr", "Point your phone's camera here", &tr);
	y += 12 * u +
	     text_at(s, c, shown(c, tr), text, 34 * u * c->scale, x, y + 12 * u, w, ROLE_INK, true);
	/* The code itself at least 35 mm wide (its quiet zone, 8 of some 45
	 * modules, comes on top); as wide as the screen allows, up to 60 mm. */
	side = (float)s->view.h * 0.55f;
	if (side > w)
		side = w;
	if (side > 60 * mm(c))
		side = 60 * mm(c);
	if (side < 35 * 1.3f * mm(c))
		side = 35 * 1.3f * mm(c);
	data = number_only ? vcard_tel(ct) : vcard_make(ct, name, nb_name, hours);
	h = data ? scene_add_qr(s, data, (float)c->w / 2, y + 16 * u, side) : 0;
	free(data);
	y += 16 * u + h + 16 * u;
	if (number_only && ct->phone_count > 0) {
		text_layout *l =
		    typeset(c->fonts, c->lang, ct->phones[0].number, 46 * u, w, TYPE_NUMBER, true);

		screens_add(s, l, x, y, ROLE_INK, c->lang, ROLE_BACKGROUND);
		y += l ? text_layout_height(l) + 8 * u : 0;
	}
	/* TRANSLATORS: under the QR code: scanning it sends nothing anywhere. */
	text = catalog_get("qr", "Nothing is sent. The kiosk does not know who scans.", &tr);
	y += text_at(s, c, shown(c, tr), text, 28 * u * c->scale, x, y, w, ROLE_MUTED, true) +
	     24 * u;
	if (offer_number) {
		/* TRANSLATORS: a button on the QR card of a help-now number: a code
		 * with the phone number only (a phone offers to call it), or the
		 * whole card again. */
		float bw = 560 * u, lw = bw - (ROW_ICON + 3 * ROW_PAD) * u;
		text_layout *l =
		    number_only
		        ? screens_text(c, "qr", "The whole card", 32 * u * c->scale, lw, false)
		        : screens_text(c, "qr", "Number only", 32 * u * c->scale, lw, false);
		float bh = l ? text_layout_height(l) + 40 * u : 100 * u;
		widget *b;

		if (bh < 100 * u)
			bh = 100 * u;
		b = scene_add_button(s, ACT_QR_NUMBER, 0, number_only ? "qr:whole" : "qr:number",
		                     (SDL_FRect){((float)c->w - bw) / 2, y, bw, bh}, BUTTON_ROW,
		                     "phone", l, c->lang->rtl);
		if (b)
			screens_row_fit(b, c);
	}
}

/* The phrases in English (the msgids); the first takes her language's
 * name. */
static const struct {
	const char *ctx, *msgid;
} phrases[] = {
    /* TRANSLATORS: a phrase card, shown large in Norwegian to staff; %s is
     * the name of her language (in the card's own language). */
    {CTX_MSG("phrase", "I need an interpreter. My language is %s.")},
    {CTX_MSG("phrase", "I want to talk to someone alone.")},
    {CTX_MSG("phrase", "I would like to talk to a woman.")},
    {CTX_MSG("phrase", "Please speak slowly.")},
    {CTX_MSG("phrase", "I do not understand. Can you write it down?")},
    {CTX_MSG("phrase", "I need a doctor.")},
    {CTX_MSG("phrase", "I am in danger.")},
    {CTX_MSG("phrase", "I want to talk to someone at the MiRA Centre.")},
    {CTX_MSG("phrase", "Can you help me call this number?")},
    {CTX_MSG("phrase", "Please explain it again in simple words.")},
    {CTX_MSG("phrase", "Can I bring my children?")},
    {CTX_MSG("phrase", "I need help to fill in this form.")},
};

int screens_phrase_count(void)
{
	return (int)(sizeof phrases / sizeof *phrases);
}

/* Phrase i in the catalog's current language into buf, the first with
 * name filled in; translated says whether it is translated. */
static const char *phrase(int i, const char *name, const char *english_name, char *buf, size_t size,
                          bool *translated)
{
	const char *t = catalog_get(phrases[i].ctx, phrases[i].msgid, translated);

	if (i == 0) {
		/* An English sentence takes the language's English name: her
		 * script's name inside it would need other fonts. */
		snprintf(buf, size, t, *translated ? name : english_name);
		return buf;
	}
	return t;
}

void screens_phrases(scene *s, const screen_ctx *c)
{
	const float u = c->unit;
	float x = MARGIN * u, w = (float)c->w - 2 * MARGIN * u, y;
	bool tr;
	const char *text;

	screens_strip(s, c);
	y = (float)s->view.y + 24 * u;
	/* TRANSLATORS: title of the phrase cards (also the button to them). */
	text = catalog_get("phrases", "Show to staff", &tr);
	y += text_at(s, c, shown(c, tr), text, 48 * u * c->scale, x, y, w, ROLE_ACCENT, false);
	/* TRANSLATORS: under the title of the phrase cards. */
	text = catalog_get("phrases",
	                   "Tap a sentence. It shows large in Norwegian, to show at the desk, to "
	                   "a doctor or at NAV.",
	                   &tr);
	y += 8 * u +
	     text_at(s, c, shown(c, tr), text, 28 * u * c->scale, x, y + 8 * u, w, ROLE_MUTED,
	             false) +
	     24 * u;
	for (int i = 0; i < screens_phrase_count(); i++) {
		char buf[512], name[40];
		const char *t =
		    phrase(i, c->lang->autonym, c->lang->english_name, buf, sizeof buf, &tr);
		text_layout *l = typeset(c->fonts, shown(c, tr), t, 32 * u * c->scale, w - 48 * u,
		                         TYPE_UI, false);
		float rh = l ? text_layout_height(l) + 40 * u : 96 * u;
		widget *row;

		if (rh < 100 * u)
			rh = 100 * u;
		snprintf(name, sizeof name, "phrase:%d", i);
		row = scene_add_button(s, ACT_PHRASE, i, name, (SDL_FRect){x, y, w, rh}, BUTTON_ROW,
		                       NULL, l, c->lang->rtl);
		if (row && l) {
			row->label_x =
			    c->lang->rtl ? x + w - 24 * u - text_layout_width(l) : x + 24 * u;
			row->label_y = y + (rh - text_layout_height(l)) / 2;
		}
		y += rh + 12 * u;
	}
}

void screens_phrase(scene *s, const screen_ctx *c, int i)
{
	const float u = c->unit;
	float x = MARGIN * u, w = (float)c->w - 2 * MARGIN * u, y;
	char buf[512], nb_buf[512], nb_text[512];
	const language *nb = language_find("nb");
	bool tr, nb_tr;
	const char *t;

	if (i < 0 || i >= screens_phrase_count())
		i = 0;
	screens_strip(s, c);
	y = (float)s->view.y + 32 * u;
	/* Norwegian first and very large: it is what staff read. */
	catalog_set_language("nb");
	t = phrase(i, language_norwegian_name(c->lang), c->lang->english_name, nb_buf,
	           sizeof nb_buf, &nb_tr);
	snprintf(nb_text, sizeof nb_text, "%s", t); /* libintl's string may go on a switch */
	catalog_set_language(c->lang->code);
	y += text_at(s, c, nb_tr ? nb : language_find("en"), nb_text, 72 * u * c->scale, x, y, w,
	             ROLE_INK, false) +
	     32 * u;
	scene_add_box(s, (SDL_FRect){x, y, w, 3 * u}, ROLE_BORDER, false, ROLE_BORDER);
	y += 3 * u + 24 * u;
	t = phrase(i, c->lang->autonym, c->lang->english_name, buf, sizeof buf, &tr);
	text_at(s, c, shown(c, tr), t, 40 * u * c->scale, x, y, w, ROLE_MUTED, false);
}
