#include "welcome.h"

#include <stdlib.h>
#include <string.h>

#include "../content/language.h"
#include "../text/draw.h"
#include "../text/layout.h"
#include "typeset.h"

#define MAX_LANGS 16

typedef struct {
	SDL_Rect box;
	text_layout *name, *greeting;
} cell;

struct welcome_screen {
	int w, h;
	text_layout *title;
	cell cells[MAX_LANGS];
	size_t count;
};

static text_layout *lay(text_fontset *fonts, const language *lang, const char *text, float size,
                        float width, bool ui)
{
	return typeset(fonts, lang, text, size, width, ui ? TYPE_UI : TYPE_BODY, true);
}

welcome_screen *welcome_create(text_fontset *fonts, int w, int h)
{
	welcome_screen *s = calloc(1, sizeof *s);
	int cols = w > h ? 3 : 2, rows, top, gap, cw, ch;
	float unit = (float)(w < h ? w : h) / 1080.0f;

	if (!s)
		return NULL;
	s->w = w;
	s->h = h;
	s->title = lay(fonts, language_find("en"), "MiRA", 72 * unit, (float)w, true);
	s->count = language_count() < MAX_LANGS ? language_count() : MAX_LANGS;
	rows = (int)(s->count + (size_t)cols - 1) / cols;
	top = (int)(150 * unit);
	gap = (int)(20 * unit);
	cw = (w - gap * (cols + 1)) / cols;
	ch = (h - top - gap * (rows + 1)) / rows;
	for (size_t i = 0; i < s->count; i++) {
		const language *lang = language_at(i);
		cell *c = &s->cells[i];

		c->box = (SDL_Rect){gap + (int)(i % (size_t)cols) * (cw + gap),
		                    top + gap + (int)(i / (size_t)cols) * (ch + gap), cw, ch};
		c->name = lay(fonts, lang, lang->autonym, 40 * unit, (float)cw, true);
		c->greeting = lay(fonts, lang, lang->welcome, 26 * unit, (float)cw, false);
	}
	return s;
}

void welcome_destroy(welcome_screen *s)
{
	if (!s)
		return;
	text_layout_destroy(s->title);
	for (size_t i = 0; i < s->count; i++) {
		text_layout_destroy(s->cells[i].name);
		text_layout_destroy(s->cells[i].greeting);
	}
	free(s);
}

void welcome_draw(const welcome_screen *s, SDL_Renderer *r, text_atlas *atlas)
{
	const SDL_Color ink = {0x1d, 0x1b, 0x2e, 255};

	SDL_SetRenderDrawColor(r, 0xfa, 0xf7, 0xf2, 255);
	SDL_RenderClear(r);
	if (s->title)
		text_draw(r, atlas, s->title, 0, 40.0f * (float)s->h / 1080.0f, ink, NULL);
	for (size_t i = 0; i < s->count; i++) {
		const cell *c = &s->cells[i];
		float nh = c->name ? text_layout_height(c->name) : 0;
		float gh = c->greeting ? text_layout_height(c->greeting) : 0;
		float y = (float)c->box.y + ((float)c->box.h - nh - gh) / 2;

		SDL_SetRenderDrawColor(r, 0xff, 0xff, 0xff, 255);
		SDL_RenderFillRect(r, &c->box);
		SDL_SetRenderDrawColor(r, 0x6b, 0x4e, 0x9b, 255);
		SDL_RenderDrawRect(r, &c->box);
		if (c->name)
			text_draw(r, atlas, c->name, (float)c->box.x, y, ink, NULL);
		if (c->greeting)
			text_draw(r, atlas, c->greeting, (float)c->box.x, y + nh, ink, NULL);
	}
}
