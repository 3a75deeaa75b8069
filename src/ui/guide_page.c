#include "guide_page.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../content/catalog.h"
#include "../content/isolate.h"
#include "../content/localize.h"
#include "../speech/blocks.h"
#include "../speech/recording.h"
#include "../text/draw.h"
#include "theme.h"
#include "typeset.h"

struct guide_page {
	page_item *items;
	size_t count, cap;
	page_block *blocks;
	size_t block_count, block_cap;
	float height;
};

/* Layout state while the page is built, top to bottom. */
typedef struct {
	guide_page *page;
	text_fontset *fonts;
	const language *lang, *english;
	float unit, left, width, y;
	color_role background;  /* of the box being filled */
	bool marked;            /* the next English text follows its marker */
	bool in_card;           /* a card is read as one block, not field by field */
	const language *beside; /* Norwegian beside lang, or NULL */
	bool landscape;
	bool quiet; /* the Norwegian column is not read aloud */
} builder;

#define INK    ROLE_INK
#define MUTED  ROLE_MUTED
#define ACCENT ROLE_ACCENT

static page_item *push(guide_page *p)
{
	if (p->count == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 32;
		page_item *items = realloc(p->items, cap * sizeof *items);

		if (!items)
			return NULL;
		p->items = items;
		p->cap = cap;
	}
	memset(&p->items[p->count], 0, sizeof *p->items);
	return &p->items[p->count++];
}

/* Records a block for reading aloud; NULL if memory ran out. */
static page_block *add_block(guide_page *p, const char *ctx, const char *english, const char *text,
                             const char *lang, SDL_FRect at)
{
	page_block *blk;

	if (p->block_count == p->block_cap) {
		size_t cap = p->block_cap ? p->block_cap * 2 : 16;
		page_block *blocks = realloc(p->blocks, cap * sizeof *blocks);

		if (!blocks)
			return NULL;
		p->blocks = blocks;
		p->block_cap = cap;
	}
	blk = &p->blocks[p->block_count];
	memset(blk, 0, sizeof *blk);
	blk->english = strdup(english);
	blk->text = strdup(text);
	if (!blk->english || !blk->text) {
		free(blk->english);
		free(blk->text);
		return NULL;
	}
	recording_block_id(ctx, english, blk->id, sizeof blk->id);
	blk->lang = lang;
	blk->x = at.x;
	blk->y = at.y;
	blk->w = at.w;
	blk->h = at.h;
	p->block_count++;
	return blk;
}

/* Adds text at the current position; indent is from the start edge (the
 * right for right-to-left languages). Returns its height. */
static float add_text(builder *b, const language *lang, const char *text, float size, float indent,
                      color_role color, type_role role)
{
	text_layout *l =
	    typeset(b->fonts, lang, text, size * b->unit, b->width - indent, role, false);
	page_item *it;
	float h;

	if (!l)
		return 0;
	it = push(b->page);
	if (!it) {
		text_layout_destroy(l);
		return 0;
	}
	h = text_layout_height(l);
	it->kind = ITEM_TEXT;
	it->layout = l;
	/* The text's own direction decides its start edge: an English
	 * fallback in a right-to-left page reads from the left. */
	it->x = lang->rtl ? b->left : b->left + indent;
	it->y = b->y;
	it->w = b->width - indent;
	it->h = h;
	it->color = color;
	it->background = b->background;
	it->lang = lang->code;
	it->fallback_marked = b->marked;
	return h;
}

/* A UI string: laid out as English when it has no translation yet. */
static float add_ui_string(builder *b, const char *text, bool translated, float size, float indent,
                           color_role color)
{
	return add_text(b, translated ? b->lang : b->english, text, size, indent, color, TYPE_UI);
}

/* A source text in the reader's language, or in English with a marker. */
static float add_localized(builder *b, const char *ctx, const char *english, float size,
                           float indent, color_role color)
{
	bool translated;
	char *text = localize(ctx, english, &translated);
	float h = 0, top = b->y;

	if (!text)
		return 0;
	if (!translated) {
		bool ok;
		/* TRANSLATORS: shown above a paragraph that has no translation yet. */
		const char *marker =
		    catalog_get("page", "Not translated yet. Shown in English:", &ok);

		h += add_ui_string(b, marker, ok, 22, indent, MUTED);
		b->y += h;
	}
	b->marked = !translated;
	h += add_text(b, translated ? b->lang : b->english, text, size, indent, color, TYPE_BODY);
	b->marked = false;
	free(text);
	if (!b->in_card && !b->quiet) {
		bool tr;
		const char *shown = catalog_get(ctx, english, &tr);

		add_block(b->page, ctx, english, shown, tr ? b->lang->code : "en",
		          (SDL_FRect){b->left, top, b->width, h});
	}
	return h;
}

static void align_baselines(guide_page *p, size_t dot, size_t text);

/* The localized text at the current position; dot: a bullet item before it
 * (the bullet sits where the text starts reading, on the baseline of its
 * first line: Nastaliq lines are tall). */
static float add_one(builder *b, const char *ctx, const char *english, float size, float indent,
                     color_role color, bool dot)
{
	float y0 = b->y, h;
	bool tr;
	size_t d;

	if (!dot)
		return add_localized(b, ctx, english, size, indent, color);
	catalog_get(ctx, english, &tr);
	add_text(b, tr ? b->lang : b->english, "•", size, 0, ACCENT, TYPE_BODY);
	d = b->page->count - 1;
	b->y = y0;
	h = add_localized(b, ctx, english, size, indent + 36 * b->unit, color);
	align_baselines(b->page, d, b->page->count - 1);
	return h;
}

/* Moves the text item at dot so its first baseline meets the one of the
 * text item at text. */
static void align_baselines(guide_page *p, size_t dot, size_t text)
{
	const text_line *a, *t;
	size_t na, nt;

	if (dot >= p->count || text >= p->count || dot == text || !p->items[dot].layout ||
	    !p->items[text].layout)
		return;
	a = text_layout_lines(p->items[dot].layout, &na);
	t = text_layout_lines(p->items[text].layout, &nt);
	if (na && nt)
		p->items[dot].y = p->items[text].y + t[0].baseline - a[0].baseline;
}

/* A block in her language and, on a bilingual page, in Norwegian: beside
 * it in landscape (hers on her reading side), under it in portrait. dot
 * puts a bullet before each. Returns the height the block takes. */
static float add_block_text(builder *b, const char *ctx, const char *english, float size,
                            float indent, color_role color, bool dot)
{
	const language *lang = b->lang;
	float left = b->left, width = b->width, y = b->y, gap = 40 * b->unit, h1, h2;
	bool rtl_first;

	if (!b->beside)
		return add_one(b, ctx, english, size, indent, color, dot);
	rtl_first = lang->rtl;
	if (b->landscape) {
		float col = (width - gap) / 2;

		b->width = col;
		b->left = rtl_first ? left + col + gap : left;
	}
	h1 = add_one(b, ctx, english, size, indent, color, dot);
	/* Norwegian: its own catalog, direction, font and line breaks. */
	if (b->landscape) {
		b->left = rtl_first ? left : left + b->width + gap;
		b->y = y;
	} else {
		b->y = y + h1 + 8 * b->unit;
	}
	catalog_set_language(b->beside->code);
	b->lang = b->beside;
	b->quiet = true;
	h2 = add_one(b, ctx, english, size * 0.9f, indent, ROLE_MUTED, dot);
	b->quiet = false;
	b->lang = lang;
	catalog_set_language(lang->code);
	b->left = left;
	b->width = width;
	b->y = y;
	if (b->landscape)
		return h1 > h2 ? h1 : h2;
	return h1 + 8 * b->unit + h2;
}

/* A card is heard as one block (speech/blocks.h). */
static void card_block(builder *b, const contact *c, float y, float h)
{
	char ctx[256], english[2048], text[4096];
	const char *lang;

	speech_card_text(c, b->lang->code, english, sizeof english, text, sizeof text, &lang);
	snprintf(ctx, sizeof ctx, "contact/%s", c->id);
	add_block(b->page, ctx, english, text, lang, (SDL_FRect){b->left, y, b->width, h});
}

static void add_card(builder *b, const contact *c)
{
	char ctx[256];
	float top = b->y, pad = 24 * b->unit;
	page_item *box = push(b->page);
	size_t box_index = b->page->count - 1;

	if (!box)
		return;
	box->kind = ITEM_CARD;
	b->in_card = true;
	b->background = ROLE_SURFACE;
	b->y += pad;
	b->left += pad;
	b->width -= 2 * pad;
	contact_msgctxt(c, "name", ctx, sizeof ctx);
	b->y += add_localized(b, ctx, c->name, 30, 0, ACCENT);
	for (int i = 0; i < c->phone_count; i++) {
		char *number = isolate_whole(c->phones[i].number);

		if (number) {
			b->y += add_text(b, b->lang, number, 46, 0, INK, TYPE_NUMBER);
			free(number);
		}
		if (c->phones[i].label) {
			contact_msgctxt(c, "phone", ctx, sizeof ctx);
			b->y += add_localized(b, ctx, c->phones[i].label, 24, 0, MUTED);
		}
	}
	if (c->hours) {
		contact_msgctxt(c, "hours", ctx, sizeof ctx);
		b->y += add_localized(b, ctx, c->hours, 26, 0, INK);
	}
	/* Addresses, web and e-mail addresses are never translated. They are
	 * ink, not link-coloured: nothing on a kiosk opens them. */
	{
		const char *fields[] = {c->address, c->web, c->email};
		const color_role roles[] = {INK, INK, INK};

		for (int k = 0; k < 3; k++) {
			char *v = fields[k] ? isolate_whole(fields[k]) : NULL;

			if (v)
				b->y += add_text(b, b->lang, v, 26, 0, roles[k], TYPE_BODY);
			free(v);
		}
	}
	b->left -= pad;
	b->width += 2 * pad;
	b->y += GUIDE_CARD_BUTTON * b->unit; /* Take with you */
	b->background = ROLE_BACKGROUND;
	box = &b->page->items[box_index]; /* push may have moved it */
	box->card = c;
	box->x = b->left;
	box->y = top;
	box->w = b->width;
	box->h = b->y - top;
	b->in_card = false;
	card_block(b, c, top, b->y - top);
	b->y += 20 * b->unit;
}

static guide_page *build(const guide *g, const contact_list *contacts, text_fontset *fonts,
                         const language *lang, const language *beside, bool side_by_side, int w,
                         int h, float text_scale)
{
	guide_page *p = calloc(1, sizeof *p);
	builder b;
	char ctx[256];
	float column;

	if (!p)
		return NULL;
	memset(&b, 0, sizeof b);
	b.background = ROLE_BACKGROUND;
	b.page = p;
	b.fonts = fonts;
	b.lang = lang;
	b.beside = beside && beside != lang ? beside : NULL;
	b.landscape = side_by_side;
	b.english = language_find("en");
	b.unit = (float)(w < h ? w : h) / 1080.0f * (text_scale > 0 ? text_scale : 1);
	column = (float)w - 160.0f * (float)(w < h ? w : h) / 1080.0f;
	/* Two columns side by side get the room of two. */
	if (column > (b.beside && side_by_side ? 2000 : 1200) * b.unit)
		column = (b.beside && side_by_side ? 2000 : 1200) * b.unit;
	b.width = column;
	b.left = ((float)w - column) / 2;
	b.y = 40 * b.unit;
	if (!catalog_reviewed()) {
		bool ok;
		/* TRANSLATORS: shown at the top of every page in a language whose
		 * translation a native speaker has not checked yet. */
		const char *notice = catalog_get(
		    "page", "This translation is a draft. A native speaker has not checked it yet.",
		    &ok);

		b.y += add_ui_string(&b, notice, ok, 22, 0, MUTED) + 16 * b.unit;
	}
	guide_msgctxt(g, NULL, ctx, sizeof ctx);
	b.y += add_block_text(&b, ctx, g->title, 48, 0, INK, false) + 24 * b.unit;
	for (size_t i = 0; i < g->block_count; i++) {
		const guide_block *blk = &g->blocks[i];

		guide_msgctxt(g, blk, ctx, sizeof ctx);
		switch (blk->kind) {
		case BLOCK_HEADING:
			b.y += 16 * b.unit;
			b.y +=
			    add_block_text(&b, ctx, blk->text, 36, 0, ACCENT, false) + 8 * b.unit;
			break;
		case BLOCK_PARAGRAPH:
			b.y += add_block_text(&b, ctx, blk->text, 30, 0, INK, false) + 16 * b.unit;
			break;
		case BLOCK_BULLET:
			b.y += add_block_text(&b, ctx, blk->text, 30, 0, INK, true) + 10 * b.unit;
			break;
		case BLOCK_NOTE: {
			page_item *box = push(p);
			size_t at = p->count - 1;
			float top = b.y;

			if (!box)
				break;
			box->kind = ITEM_NOTE_BOX;
			b.background = ROLE_NOTE;
			b.y += 16 * b.unit;
			b.left += 24 * b.unit;
			b.width -= 48 * b.unit;
			b.y += add_block_text(&b, ctx, blk->text, 28, 0, INK, false) + 16 * b.unit;
			b.left -= 24 * b.unit;
			b.width += 48 * b.unit;
			b.background = ROLE_BACKGROUND;
			p->items[at].x = b.left;
			p->items[at].y = top;
			p->items[at].w = b.width;
			p->items[at].h = b.y - top;
			b.y += 20 * b.unit;
			break;
		}
		case BLOCK_CONTACT: {
			const contact *c = contacts_find(contacts, blk->text);

			if (c)
				add_card(&b, c);
			break;
		}
		}
	}
	p->height = b.y + 40 * b.unit;
	return p;
}

guide_page *guide_page_create(const guide *g, const contact_list *contacts, text_fontset *fonts,
                              const language *lang, const language *beside, int w, int h,
                              float text_scale)
{
	guide_page *p = build(g, contacts, fonts, lang, beside, beside && w > h, w, h, text_scale);

	/* Side by side only while every block still fits well within the
	 * screen: half a line is narrow for a long paragraph at the largest
	 * text, and a block taller than the view cannot be seen whole. Else one
	 * under the other, as in portrait. */
	if (p && beside && w > h) {
		bool fits = true;

		for (size_t i = 0; i < p->count && fits; i++)
			fits = p->items[i].kind != ITEM_TEXT || p->items[i].h <= (float)h * 0.6f;
		if (!fits) {
			guide_page_destroy(p);
			p = build(g, contacts, fonts, lang, beside, false, w, h, text_scale);
		}
	}
	return p;
}

void guide_page_destroy(guide_page *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->count; i++)
		text_layout_destroy(p->items[i].layout);
	for (size_t i = 0; i < p->block_count; i++) {
		free(p->blocks[i].english);
		free(p->blocks[i].text);
	}
	free(p->blocks);
	free(p->items);
	free(p);
}

float guide_page_height(const guide_page *p)
{
	return p->height;
}

const page_item *guide_page_items(const guide_page *p, size_t *count)
{
	*count = p->count;
	return p->items;
}

const page_block *guide_page_blocks(const guide_page *p, size_t *count)
{
	*count = p->block_count;
	return p->blocks;
}

void guide_page_draw(const guide_page *p, SDL_Renderer *r, text_atlas *atlas, float scroll,
                     const SDL_Rect *view, bool high_contrast)
{
	SDL_Color c;

	for (size_t i = 0; i < p->count; i++) {
		const page_item *it = &p->items[i];
		float y = it->y - scroll + (float)view->y;
		SDL_FRect box = {it->x + (float)view->x, y, it->w, it->h};

		if (y > (float)(view->y + view->h) || y + it->h < (float)view->y)
			continue; /* off screen */
		switch (it->kind) {
		case ITEM_CARD:
		case ITEM_NOTE_BOX:
			c = theme_color(high_contrast,
			                it->kind == ITEM_CARD ? ROLE_SURFACE : ROLE_NOTE);
			SDL_SetRenderDrawColor(r, c.r, c.g, c.b, 255);
			SDL_RenderFillRectF(r, &box);
			c = theme_color(high_contrast, ROLE_BORDER);
			SDL_SetRenderDrawColor(r, c.r, c.g, c.b, 255);
			SDL_RenderDrawRectF(r, &box);
			break;
		case ITEM_TEXT:
			text_draw(r, atlas, it->layout, box.x, box.y,
			          theme_color(high_contrast, it->color), view);
			break;
		}
	}
}
