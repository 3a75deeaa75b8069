#include "listen.h"

#include <stdlib.h>

#include "screens.h"
#include "theme.h"

speech_block *listen_blocks(const scene *s)
{
	speech_block *blocks = calloc(s->spoken_count ? s->spoken_count : 1, sizeof *blocks);

	for (size_t i = 0; blocks && i < s->spoken_count; i++)
		blocks[i] = (speech_block){s->spoken[i].id, s->spoken[i].english, s->spoken[i].text,
		                           s->spoken[i].lang};
	return blocks;
}

void listen_play(narrator *n, const scene *s, size_t first, const char *lang)
{
	speech_block *blocks = listen_blocks(s);

	if (!blocks)
		return;
	narrator_play(n, blocks, s->spoken_count, first, lang, screens_spoken_to(),
	              screens_spoken_section());
	free(blocks);
}

static SDL_FRect on_screen(const scene *s, size_t i, float scroll)
{
	SDL_FRect r = s->spoken[i].rect;

	if (s->spoken[i].scrolls)
		r.y -= scroll;
	return r;
}

size_t listen_first_in_view(const scene *s, float scroll)
{
	float top = (float)s->view.y;

	for (size_t i = 0; i < s->spoken_count; i++) {
		SDL_FRect r = on_screen(s, i, scroll);

		/* More than a third of it shows. */
		if (r.y + r.h * 2 / 3 > top)
			return i;
	}
	return 0;
}

int listen_block_at(const scene *s, float x, float y, float scroll)
{
	for (size_t i = 0; i < s->spoken_count; i++) {
		SDL_FRect r = on_screen(s, i, scroll);

		if (x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h)
			return (int)i;
	}
	return -1;
}

float listen_follow(const scene *s, int i, float scroll)
{
	SDL_FRect r;
	float top = (float)s->view.y, bottom = (float)(s->view.y + s->view.h);
	float margin = (float)s->view.h * 0.05f;

	if (i < 0 || (size_t)i >= s->spoken_count || !s->spoken[i].scrolls)
		return scroll;
	r = on_screen(s, (size_t)i, scroll);
	if (r.y >= top && r.y + r.h <= bottom)
		return scroll;
	/* Its top near the view's top: the reader's eye follows the voice. */
	return scroll + (r.y - top) - margin;
}

void listen_draw_mark(const scene *s, SDL_Renderer *r, int i, float scroll, bool high_contrast)
{
	SDL_Color c = theme_color(high_contrast, ROLE_ACCENT);
	SDL_FRect b, bar;
	float unit = (float)(s->view.w < s->view.h ? s->view.w : s->view.h) / 1080.0f;
	float t = 3 * unit < 2 ? 2 : 3 * unit, pad = 14 * unit;

	if (i < 0 || (size_t)i >= s->spoken_count)
		return;
	/* Around the block, in the margin: the mark never covers a letter. */
	b = on_screen(s, (size_t)i, scroll);
	b.x -= pad;
	b.w += 2 * pad;
	b.y -= pad / 2;
	b.h += pad;
	if (s->spoken[i].scrolls)
		SDL_RenderSetClipRect(r, &s->view);
	SDL_SetRenderDrawColor(r, c.r, c.g, c.b, 255);
	for (float k = 0; k < t; k += 1) {
		SDL_FRect f = {b.x + k, b.y + k, b.w - 2 * k, b.h - 2 * k};

		SDL_RenderDrawRectF(r, &f);
	}
	/* A thicker bar on the edge where reading starts. */
	bar = (SDL_FRect){s->rtl ? b.x + b.w - pad * 0.6f : b.x, b.y, pad * 0.6f, b.h};
	SDL_RenderFillRectF(r, &bar);
	SDL_RenderSetClipRect(r, NULL);
}
